import { loginInput } from '@enox/contracts';
import { Alert, Button, Field, Input } from '@enox/ui';
import { useLogin } from './session';
import { useAuthForm } from './use-auth-form';

const FIELDS = ['email', 'password'] as const;

export function LoginForm() {
  const login = useLogin();
  const { errors, onSubmit, onInput } = useAuthForm({
    fields: FIELDS,
    schema: loginInput,
    submit: (data, { onError }) => login.mutate(data, { onError }),
  });

  return (
    <form
      data-testid="login-form"
      noValidate
      onSubmit={onSubmit}
      onInput={onInput}
      className="flex flex-col gap-4"
    >
      <Field label="Email" error={errors.fields.email} required>
        <Input
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
        />
      </Field>
      <Field label="Password" error={errors.fields.password} required>
        <Input name="password" type="password" autoComplete="current-password" />
      </Field>
      {errors.form ? <Alert variant="danger">{errors.form}</Alert> : null}
      <Button type="submit" size="lg" className="mt-2 w-full" loading={login.isPending}>
        Sign in
      </Button>
    </form>
  );
}
