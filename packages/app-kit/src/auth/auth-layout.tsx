import { Card, Logo } from '@enox/ui';
import type { ReactNode } from 'react';

export interface AuthLayoutProps {
  title: string;
  description: string;
  children: ReactNode;
  /** A line under the card, e.g. the link to the other form. */
  footer: ReactNode;
  /** Beside the logo, naming the app (e.g. "Admin"). */
  logoSuffix?: string | undefined;
}

export function AuthLayout({ title, description, children, footer, logoSuffix }: AuthLayoutProps) {
  return (
    <div className="relative flex min-h-dvh flex-col items-center justify-center overflow-hidden px-4 py-12">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 h-96 bg-[radial-gradient(60%_100%_at_50%_0%,rgb(100_87_240/0.16),transparent)]"
      />
      <main className="relative w-full max-w-100 animate-fade-in">
        <div className="mb-8 flex justify-center">
          <Logo suffix={logoSuffix} />
        </div>
        <Card className="p-6 sm:p-8">
          <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
          <p className="mt-1.5 text-sm text-fg-muted">{description}</p>
          <div className="mt-6">{children}</div>
        </Card>
        <p className="mt-6 text-center text-sm text-fg-muted">{footer}</p>
      </main>
    </div>
  );
}
