/** Shared look of text inputs and textareas. */
export const controlClasses =
  'w-full rounded-md border border-line-strong bg-white/[0.03] text-sm text-fg placeholder:text-fg-subtle ' +
  'transition-[border-color,background-color,box-shadow] duration-150 ' +
  'hover:border-white/20 focus-visible:border-ring focus-visible:bg-white/[0.05] ' +
  'focus-visible:outline-none focus-visible:ring-3 focus-visible:ring-ring/25 ' +
  'disabled:cursor-not-allowed disabled:opacity-50 ' +
  'aria-invalid:border-danger/70 aria-invalid:focus-visible:ring-danger/25';
