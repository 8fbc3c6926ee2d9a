import { defineEnoxProject } from '../../vitest.shared.ts';

// The suites share no global state (each starts its own simulator), so one module graph
// per worker is safe and saves re-importing both SDKs for every file.
export default defineEnoxProject('@enox/provider-sim', { isolate: false });
