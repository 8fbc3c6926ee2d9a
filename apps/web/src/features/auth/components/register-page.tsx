import { AuthLayout } from '@enox/app-kit';
import { RegisterForm } from './register-form';
import { TextLink } from './text-link';

export function RegisterPage() {
  return (
    <AuthLayout
      title="Create your account"
      description="Every model in one place: chat, images, video and speech."
      footer={
        <>
          Already have an account? <TextLink to="/login">Sign in</TextLink>
        </>
      }
    >
      <RegisterForm />
    </AuthLayout>
  );
}
