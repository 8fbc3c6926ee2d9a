import { AuthLayout, LoginForm } from '@enox/app-kit';

/** Admins use their ordinary Enox account; accounts are created in the web app. */
export function LoginPage() {
  return (
    <AuthLayout
      logoSuffix="Admin"
      title="Admin console"
      description="Use your Enox account. Only administrators can open the console."
      footer={
        <>
          No account yet?{' '}
          <a
            href="/register"
            className="inline-flex items-center rounded-sm font-medium text-accent-text underline-offset-4 hover:underline max-md:min-h-11"
          >
            Create an account
          </a>
        </>
      }
    >
      <LoginForm />
    </AuthLayout>
  );
}
