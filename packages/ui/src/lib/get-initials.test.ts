import { describe, expect, it } from 'vitest';
import { getInitials } from './get-initials';

describe('getInitials', () => {
  it('takes the first letters of the first and last word', () => {
    expect(getInitials('Ada Lovelace')).toBe('AL');
    expect(getInitials('  grace   brewster murray hopper ')).toBe('GH');
  });

  it('uses one letter for a single name', () => {
    expect(getInitials('Linus')).toBe('L');
  });

  it('falls back to the email when the name is empty', () => {
    expect(getInitials('', 'zoe@example.com')).toBe('Z');
    expect(getInitials(null, null)).toBe('?');
  });

  it('keeps letters outside the BMP whole', () => {
    expect(getInitials('𠀋 Tanaka')).toBe('𠀋T');
  });
});
