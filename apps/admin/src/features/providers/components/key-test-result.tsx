import type { ProviderKeyTest } from '@enox/contracts';
import { Alert } from '@enox/ui';

/** The outcome of a key test, announced when it arrives. */
export function KeyTestResult({ result }: { result: ProviderKeyTest }) {
  return (
    <Alert
      variant={result.ok ? 'success' : 'danger'}
      title={result.ok ? 'Key works' : 'Key test failed'}
      data-testid="key-test-result"
    >
      {result.message} <span className="text-fg-subtle">({result.latencyMs} ms)</span>
    </Alert>
  );
}
