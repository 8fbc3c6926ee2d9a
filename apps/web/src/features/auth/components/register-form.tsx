import { registerInput } from '@enox/contracts';
import { Alert, Button, Field, Input } from '@enox/ui';
import { useAuthForm, useRegister } from '@enox/app-kit';

const FIELDS = ['name', 'email', 'password'] as const;

export function RegisterForm() {
  const register = useRegister();
  const { errors, onSubmit, onInput } = useAuthForm({
    fields: FIELDS,
    schema: registerInput,
    submit: (data, { onError }) => register.mutate(data, { onError }),
  });

  return (
    <form
      data-testid="register-form"
      noValidate
      onSubmit={onSubmit}
      onInput={onInput}
      className="flex flex-col gap-4"
    >
      <Field label="Name" error={errors.fields.name} required>
        <Input name="name" autoComplete="name" autoFocus />
      </Field>
      <Field label="Email" error={errors.fields.email} required>
        <Input
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
        />
      </Field>
      <Field
        label="Password"
        hint="At least 10 characters. A passphrase works well."
        error={errors.fields.password}
        required
      >
        <Input name="password" type="password" autoComplete="new-password" />
      </Field>
      {errors.form ? <Alert variant="danger">{errors.form}</Alert> : null}
      <Button type="submit" size="lg" className="mt-2 w-full" loading={register.isPending}>
        Create account
      </Button>
    </form>
  );
}
