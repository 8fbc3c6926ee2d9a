import type { ComponentProps } from 'react';
import { Link } from 'react-router';

/** An inline link in the accent colour, with a 44 px-tall hit area on phones. */
export function TextLink(props: ComponentProps<typeof Link>) {
  return (
    <Link
      {...props}
      className="inline-flex items-center rounded-sm font-medium text-accent-text underline-offset-4 hover:underline max-md:min-h-11"
    />
  );
}
