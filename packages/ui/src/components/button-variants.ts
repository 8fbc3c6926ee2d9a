import { cn } from '../lib/cn';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

const base =
  'relative inline-flex shrink-0 select-none items-center justify-center gap-2 whitespace-nowrap rounded-md font-medium ' +
  'transition-[background-color,border-color,color,opacity] duration-150 ' +
  'disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50 ' +
  '[&_svg]:pointer-events-none [&_svg]:shrink-0';

const variants: Record<ButtonVariant, string> = {
  primary:
    'bg-accent text-accent-fg shadow-[inset_0_1px_0_rgb(255_255_255/0.14)] hover:bg-accent-hover',
  secondary: 'border border-line-strong bg-white/5 text-fg hover:bg-white/9',
  ghost: 'text-fg-muted hover:bg-white/6 hover:text-fg',
  danger: 'bg-danger-solid text-white hover:bg-danger-solid-hover',
};

// Below md every size grows to a 44 px tap target.
const sizes: Record<ButtonSize, string> = {
  sm: 'h-8 px-3 text-sm max-md:min-h-11 [&_svg]:size-4',
  md: 'h-10 px-4 text-sm max-md:min-h-11 [&_svg]:size-4',
  lg: 'h-11 px-5 text-sm [&_svg]:size-[18px]',
};

// Square icon buttons; below md they too grow to a 44 px tap target.
const iconSizes = {
  sm: 'size-8 max-md:size-11 [&_svg]:size-4',
  md: 'size-10 max-md:size-11 [&_svg]:size-[18px]',
} as const;

export type IconButtonSize = keyof typeof iconSizes;

export interface ButtonVariantOptions {
  variant?: ButtonVariant | undefined;
  size?: ButtonSize | undefined;
  className?: string | undefined;
}

/** The button look as a class string, for links and other elements styled as buttons. */
export function buttonVariants({
  variant = 'primary',
  size = 'md',
  className,
}: ButtonVariantOptions = {}): string {
  return cn(base, variants[variant], sizes[size], className);
}

/** The square icon-button look. */
export function iconButtonVariants({
  variant = 'ghost',
  size = 'md',
  className,
}: {
  variant?: ButtonVariant | undefined;
  size?: IconButtonSize | undefined;
  className?: string | undefined;
} = {}): string {
  return cn(base, variants[variant], iconSizes[size], className);
}
