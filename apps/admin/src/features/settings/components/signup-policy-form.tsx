import { setSettingsInput, type SignupPolicyInput } from '@enox/contracts';
import { Alert, Button, Field, Textarea, cn, toast } from '@enox/ui';
import { useSchemaForm } from '../../../lib/forms/use-schema-form';
import { trpc } from '@enox/app-kit';
import { signupFormValues, toSettingsInput, type SignupFormValues } from '../utils/signup-form';

const MODES: { mode: SignupFormValues['mode']; label: string; hint: string }[] = [
  { mode: 'open', label: 'Open', hint: 'Anyone who reaches the server can create an account.' },
  { mode: 'domains', label: 'Email domains', hint: 'Only addresses at the domains you list.' },
  { mode: 'closed', label: 'Closed', hint: 'Only administrators create accounts.' },
];

/** The policy's issues (`signup.domains.2`) all concern the domain list. */
const domainsOfPolicy = (path: ReadonlyArray<PropertyKey>) =>
  path[0] === 'signup' ? ('domains' as const) : undefined;

export function SignupPolicyForm({ policy }: { policy: SignupPolicyInput }) {
  const utils = trpc.useUtils();
  const form = useSchemaForm({
    initial: signupFormValues(policy),
    schema: setSettingsInput,
    toInput: toSettingsInput,
    fieldOfPath: domainsOfPolicy,
  });
  const save = trpc.admin.settings.set.useMutation({
    onSuccess: (saved) => {
      utils.admin.settings.get.setData(undefined, saved);
      toast.success('Sign-up policy saved');
    },
    onError: form.fail,
  });
  const { values, set } = form;

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      data-testid="signup-policy-form"
      onSubmit={form.submit((input) => save.mutate(input))}
    >
      <fieldset className="grid gap-2 sm:grid-cols-3">
        <legend className="sr-only">Sign-up policy</legend>
        {MODES.map(({ mode, label, hint }) => (
          <label
            key={mode}
            className={cn(
              'flex cursor-pointer flex-col gap-1 rounded-lg border p-3 transition-colors duration-150',
              'has-[:focus-visible]:ring-3 has-[:focus-visible]:ring-ring/25',
              values.mode === mode
                ? 'border-accent bg-accent-soft'
                : 'border-line hover:bg-white/[0.03]',
            )}
          >
            <span className="flex items-center gap-2 text-sm font-medium">
              <input
                type="radio"
                name="mode"
                value={mode}
                checked={values.mode === mode}
                onChange={() => set('mode', mode)}
                className="accent-accent"
              />
              {label}
            </span>
            <span className="text-xs text-fg-muted">{hint}</span>
          </label>
        ))}
      </fieldset>
      {values.mode === 'domains' ? (
        <Field
          label="Allowed domains"
          error={form.error('domains')}
          required
          hint="One per line, e.g. example.com."
        >
          <Textarea
            name="domains"
            rows={4}
            spellCheck={false}
            autoCapitalize="none"
            value={values.domains}
            onChange={(e) => set('domains', e.target.value)}
          />
        </Field>
      ) : null}
      {form.formError ? <Alert variant="danger">{form.formError}</Alert> : null}
      <div>
        <Button type="submit" loading={save.isPending}>
          Save policy
        </Button>
      </div>
    </form>
  );
}
