import { describe, expect, it } from 'vitest';
import { buttonVariants, iconButtonVariants } from './button-variants';

describe('button variants', () => {
  it('defaults to the primary accent look', () => {
    expect(buttonVariants()).toContain('bg-accent');
  });

  it('gives every size a 44 px tap target below md', () => {
    for (const size of ['sm', 'md'] as const) {
      expect(buttonVariants({ size })).toContain('max-md:min-h-11');
      expect(iconButtonVariants({ size })).toContain('max-md:size-11');
    }
    expect(buttonVariants({ size: 'lg' })).toContain('h-11');
  });

  it('appends caller classes last', () => {
    expect(buttonVariants({ variant: 'danger', className: 'w-full' }).endsWith('w-full')).toBe(
      true,
    );
  });
});
