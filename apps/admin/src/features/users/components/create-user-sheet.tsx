import { createUserInput, type UserRole } from '@enox/contracts';
import { Field, Input, toast } from '@enox/ui';
import { FormSheet } from '../../../components/ui/form-sheet';
import { Select } from '../../../components/ui/select';
import { useSchemaForm } from '../../../lib/forms/use-schema-form';
import { trpc } from '@enox/app-kit';

interface CreateUserValues extends Record<string, unknown> {
  name: string;
  email: string;
  password: string;
  role: UserRole;
}

const initial: CreateUserValues = { name: '', email: '', password: '', role: 'user' };
const toInput = (values: CreateUserValues) => values;

export function CreateUserSheet({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return open ? <CreateUserForm onOpenChange={onOpenChange} /> : null;
}

/** An account made by an admin: how a closed server gets its people. */
function CreateUserForm({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
  const utils = trpc.useUtils();
  const form = useSchemaForm({
    initial,
    schema: createUserInput,
    toInput,
    fieldOfCode: { EMAIL_TAKEN: 'email' },
  });
  const create = trpc.admin.users.create.useMutation({
    onSuccess: (user) => {
      toast.success(`Account created for ${user.name}`, 'Share the password with them safely.');
      void utils.admin.users.list.invalidate();
      onOpenChange(false);
    },
    onError: form.fail,
  });
  const { values, set, error } = form;
  return (
    <FormSheet
      open
      onOpenChange={onOpenChange}
      data-testid="create-user-form"
      title="Create an account"
      description="Works whatever the sign-up policy. The person signs in with this email and password."
      submitLabel="Create account"
      pending={create.isPending}
      formError={form.formError}
      onSubmit={form.submit((input) => create.mutate(input))}
    >
      <Field label="Name" error={error('name')} required>
        <Input
          name="name"
          autoComplete="off"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
        />
      </Field>
      <Field label="Email" error={error('email')} required>
        <Input
          name="email"
          type="email"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={values.email}
          onChange={(e) => set('email', e.target.value)}
        />
      </Field>
      <Field label="Password" error={error('password')} required hint="At least 10 characters.">
        <Input
          name="password"
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => set('password', e.target.value)}
        />
      </Field>
      <Field label="Role">
        <Select
          name="role"
          value={values.role}
          onChange={(e) => set('role', e.target.value === 'admin' ? 'admin' : 'user')}
        >
          <option value="user">User</option>
          <option value="admin">Administrator</option>
        </Select>
      </Field>
    </FormSheet>
  );
}
