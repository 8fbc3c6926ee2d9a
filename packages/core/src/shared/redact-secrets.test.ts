import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  it('removes the given key and anything shaped like a provider key', () => {
    const message =
      'Incorrect API key provided: my-custom-key-123. Also sk-proj-abcdefghijklmnop and ' +
      'AIzaSyA1234567890abcdefghijklmno were rejected.';
    const redacted = redactSecrets(message, ['my-custom-key-123']);
    expect(redacted).not.toContain('my-custom-key-123');
    expect(redacted).not.toContain('sk-proj-abcdefghijklmnop');
    expect(redacted).not.toContain('AIzaSy');
    expect(redacted).toContain('[redacted]');
  });

  it('leaves ordinary text alone', () => {
    expect(redactSecrets('The model is overloaded, try again.', ['abc'])).toBe(
      'The model is overloaded, try again.',
    );
  });
});
