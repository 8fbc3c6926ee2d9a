import { describe, expect, it } from 'vitest';
import { maskKey } from './key-mask.js';

describe('maskKey', () => {
  it('keeps the public prefix and the last four characters only', () => {
    expect(maskKey('sk-proj-0123456789abcdefWXYZ')).toBe('sk-…WXYZ');
    expect(maskKey('gsk_0123456789abcdefabcd')).toBe('gsk_…abcd');
    expect(maskKey('AIzaSyA0123456789abcdef9876')).toBe('…9876');
  });

  it('shows nothing of a short key', () => {
    expect(maskKey('ollama')).toBe('••••');
    expect(maskKey('sk-12345')).toBe('sk-••••');
  });
});
