import { AuthLayout, LoginForm } from '@enox/app-kit';
import { TextLink } from './text-link';

export function LoginPage() {
  return (
    <AuthLayout
      title="Welcome back"
      description="Enter your details to pick up where you left off."
      footer={
        <>
          New to Enox? <TextLink to="/register">Create an account</TextLink>
        </>
      }
    >
      <LoginForm />
    </AuthLayout>
  );
}
