import { defineEnoxProject } from '../../vitest.shared.ts';

export default defineEnoxProject('@enox/app-kit');
