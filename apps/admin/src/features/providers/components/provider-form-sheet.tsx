import {
  createProviderInput,
  providerPresetSchema,
  updateProviderInput,
  type AdminProvider,
  type CreateProviderInput,
  type ProviderKeyTest,
  type UpdateProviderInput,
} from '@enox/contracts';
import { Alert, Button, Field, Input, toast } from '@enox/ui';
import { PlugZap } from 'lucide-react';
import { useCallback, useState } from 'react';
import { FormSheet } from '../../../components/ui/form-sheet';
import { MaskedKey } from '../../../components/ui/masked-key';
import { Select } from '../../../components/ui/select';
import { Switch } from '../../../components/ui/switch';
import { readAppError, trpc } from '@enox/app-kit';
import type { FormSchema } from '@enox/app-kit';
import { useSchemaForm } from '../../../lib/forms/use-schema-form';
import {
  KIND_LABELS,
  PRESET_LABELS,
  providerFormValues,
  toCreateProviderInput,
  toTestKeyInput,
  toUpdateProviderInput,
  type ProviderFormValues,
} from '../utils/provider-form';
import { KeyTestResult } from './key-test-result';

export interface ProviderFormSheetProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The provider to edit; none to add one. */
  provider?: AdminProvider | undefined;
}

export function ProviderFormSheet({ open, onOpenChange, provider }: ProviderFormSheetProps) {
  return open ? (
    <ProviderForm key={provider?.id ?? 'new'} onOpenChange={onOpenChange} provider={provider} />
  ) : null;
}

function ProviderForm({ onOpenChange, provider }: Omit<ProviderFormSheetProps, 'open'>) {
  const utils = trpc.useUtils();
  const editing = provider !== undefined;
  const toInput = useCallback(
    (values: ProviderFormValues) =>
      provider ? toUpdateProviderInput(provider, values) : toCreateProviderInput(values),
    [provider],
  );
  const schema: FormSchema<CreateProviderInput | UpdateProviderInput> = editing
    ? updateProviderInput
    : createProviderInput;
  const form = useSchemaForm({ initial: providerFormValues(provider), schema, toInput });
  const [tested, setTested] = useState<ProviderKeyTest | null>(null);
  const done = (message: string) => {
    toast.success(message);
    void utils.admin.providers.list.invalidate();
    void utils.admin.models.list.invalidate();
    onOpenChange(false);
  };
  const create = trpc.admin.providers.create.useMutation({
    onSuccess: (saved) => done(`${saved.name} added`),
    onError: form.fail,
  });
  const update = trpc.admin.providers.update.useMutation({
    onSuccess: (saved) => done(`${saved.name} saved`),
    onError: form.fail,
  });
  const test = trpc.admin.providers.testKey.useMutation({
    onSuccess: setTested,
    onError: (error) => toast.error('Could not test the key', readAppError(error).message),
  });
  const { values, set, error } = form;
  const simulated = provider?.simulated ?? false;

  return (
    <FormSheet
      open
      onOpenChange={onOpenChange}
      data-testid="provider-form"
      title={editing ? `Edit ${provider.name}` : 'Add a provider'}
      description={
        editing
          ? 'Changes apply to the next request. The key stays as it is unless you type a new one.'
          : 'Connect an OpenAI-compatible endpoint or Google Gemini with a platform key.'
      }
      submitLabel={editing ? 'Save changes' : 'Add provider'}
      pending={create.isPending || update.isPending}
      formError={form.formError}
      onSubmit={form.submit((input) => {
        setTested(null);
        if ('id' in input) update.mutate(input);
        else create.mutate(input);
      })}
      secondaryAction={
        <Button
          variant="ghost"
          icon={<PlugZap />}
          loading={test.isPending}
          onClick={() => test.mutate(toTestKeyInput(provider, values))}
        >
          Test key
        </Button>
      }
    >
      {simulated ? (
        <Alert title="Offline simulator">
          This provider answers from a simulator inside the server. It needs no key and no URL.
        </Alert>
      ) : null}
      <Field label="Kind" required>
        <Select
          name="kind"
          value={values.kind}
          disabled={editing}
          onChange={(e) =>
            set('kind', e.target.value === 'google' ? 'google' : 'openai-compatible')
          }
        >
          {Object.entries(KIND_LABELS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Name"
        error={error('name')}
        required
        hint="What admins see, e.g. “Team OpenAI”."
      >
        <Input name="name" value={values.name} onChange={(e) => set('name', e.target.value)} />
      </Field>
      {!simulated && values.kind === 'openai-compatible' ? (
        <Field
          label="Preset"
          error={error('preset')}
          hint="Fills in the URL and the provider's quirks."
        >
          <Select
            name="preset"
            value={values.preset}
            onChange={(e) => {
              const parsed = providerPresetSchema.safeParse(e.target.value);
              set('preset', parsed.success ? parsed.data : '');
            }}
          >
            <option value="">Custom endpoint</option>
            {Object.entries(PRESET_LABELS).map(([preset, label]) => (
              <option key={preset} value={preset}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {!simulated ? (
        <>
          <Field
            label="Base URL"
            error={error('baseUrl')}
            hint={
              values.kind === 'google'
                ? 'Leave empty for Google’s API.'
                : 'Leave empty to use the preset’s URL (OpenAI’s without a preset).'
            }
          >
            <Input
              name="baseUrl"
              type="url"
              inputMode="url"
              spellCheck={false}
              placeholder="https://api.example.com/v1"
              value={values.baseUrl}
              onChange={(e) => set('baseUrl', e.target.value)}
            />
          </Field>
          <Field
            label="API key"
            error={error('apiKey')}
            hint={
              editing && provider.maskedKey ? (
                <span className="inline-flex flex-wrap items-center gap-1.5">
                  Leave empty to keep <MaskedKey masked={provider.maskedKey} />
                </span>
              ) : (
                'Stored encrypted; never shown again. Local servers may need none.'
              )
            }
          >
            <Input
              name="apiKey"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={values.apiKey}
              onChange={(e) => set('apiKey', e.target.value)}
            />
          </Field>
        </>
      ) : null}
      <Field label="Active" hint="Inactive providers hide their models from everyone.">
        <Switch checked={values.active} onCheckedChange={(active) => set('active', active)} />
      </Field>
      {tested ? <KeyTestResult result={tested} /> : null}
    </FormSheet>
  );
}
