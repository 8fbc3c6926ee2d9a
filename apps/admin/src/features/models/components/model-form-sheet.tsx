import {
  createModelInput,
  modelTypeSchema,
  updateModelInput,
  type AdminModel,
  type AdminProvider,
  type CreateModelInput,
  type ModelCapabilities,
  type UpdateModelInput,
} from '@enox/contracts';
import { Field, Input, toast } from '@enox/ui';
import { useCallback } from 'react';
import { Checkbox } from '../../../components/ui/checkbox';
import { FormSheet } from '../../../components/ui/form-sheet';
import { Select } from '../../../components/ui/select';
import { Switch } from '../../../components/ui/switch';
import type { FormSchema } from '@enox/app-kit';
import { useSchemaForm } from '../../../lib/forms/use-schema-form';
import { trpc } from '@enox/app-kit';
import {
  TYPE_LABELS,
  modelFormValues,
  toCreateModelInput,
  toUpdateModelInput,
  type ModelFormValues,
} from '../utils/model-form';

export interface ModelFormSheetProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  model?: AdminModel | undefined;
  providers: readonly AdminProvider[];
  defaultMonthlyLimit: number | undefined;
}

export function ModelFormSheet({ open, ...props }: ModelFormSheetProps) {
  return open ? <ModelForm key={props.model?.id ?? 'new'} {...props} /> : null;
}

const CAPABILITIES: { key: keyof ModelCapabilities; label: string; hint: string }[] = [
  { key: 'thinking', label: 'Thinking', hint: 'Shows its reasoning when asked to think.' },
  { key: 'tools', label: 'Tools', hint: 'Can generate images, speech and video through tools.' },
  { key: 'vision', label: 'Vision', hint: 'Accepts images and PDFs.' },
];

function ModelForm({
  onOpenChange,
  model,
  providers,
  defaultMonthlyLimit,
}: Omit<ModelFormSheetProps, 'open'>) {
  const utils = trpc.useUtils();
  const editing = model !== undefined;
  const toInput = useCallback(
    (values: ModelFormValues) =>
      model ? toUpdateModelInput(model, values) : toCreateModelInput(values),
    [model],
  );
  const schema: FormSchema<CreateModelInput | UpdateModelInput> = editing
    ? updateModelInput
    : createModelInput;
  const form = useSchemaForm({
    initial: modelFormValues(model, providers.find((p) => !p.simulated)?.id ?? providers[0]?.id),
    schema,
    toInput,
    fieldOfCode: { MODEL_EXISTS: 'modelId' },
  });
  const done = (message: string) => {
    toast.success(message);
    void utils.admin.models.list.invalidate();
    void utils.admin.providers.list.invalidate();
    onOpenChange(false);
  };
  const create = trpc.admin.models.create.useMutation({
    onSuccess: (saved) => done(`${saved.name} added`),
    onError: form.fail,
  });
  const update = trpc.admin.models.update.useMutation({
    onSuccess: (saved) => done(`${saved.name} saved`),
    onError: form.fail,
  });
  const { values, set, error } = form;

  return (
    <FormSheet
      open
      onOpenChange={onOpenChange}
      data-testid="model-form"
      title={editing ? `Edit ${model.name}` : 'Add a model'}
      description="What people can pick, on which provider, and how much of it each may use per month."
      submitLabel={editing ? 'Save changes' : 'Add model'}
      pending={create.isPending || update.isPending}
      formError={form.formError}
      onSubmit={form.submit((input) =>
        'id' in input ? update.mutate(input) : create.mutate(input),
      )}
    >
      <Field label="Provider" error={error('providerId')} required>
        <Select
          name="providerId"
          value={values.providerId}
          onChange={(e) => set('providerId', e.target.value)}
        >
          <option value="" disabled>
            Pick a provider
          </option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.active ? '' : ' (inactive)'}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Display name"
        error={error('name')}
        required
        hint="What people see in the model picker."
      >
        <Input name="name" value={values.name} onChange={(e) => set('name', e.target.value)} />
      </Field>
      <Field
        label="Model id"
        error={error('modelId')}
        required
        hint="The id the provider uses, e.g. gpt-5-mini or gemini-2.5-flash."
      >
        <Input
          name="modelId"
          spellCheck={false}
          autoCapitalize="none"
          className="font-mono"
          value={values.modelId}
          onChange={(e) => set('modelId', e.target.value)}
        />
      </Field>
      <Field label="Type" error={error('type')} required>
        <Select
          name="type"
          value={values.type}
          onChange={(e) => set('type', modelTypeSchema.catch('text').parse(e.target.value))}
        >
          {Object.entries(TYPE_LABELS).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          label="Monthly limit"
          error={error('monthlyLimit')}
          hint={`Requests per person per month. Empty: the default${defaultMonthlyLimit === undefined ? '' : ` (${defaultMonthlyLimit})`}.`}
        >
          <Input
            name="monthlyLimit"
            inputMode="numeric"
            value={values.monthlyLimit}
            onChange={(e) => set('monthlyLimit', e.target.value)}
          />
        </Field>
        <Field
          label="Max tokens"
          error={error('maxTokens')}
          hint="Output cap. Empty: no model cap."
        >
          <Input
            name="maxTokens"
            inputMode="numeric"
            value={values.maxTokens}
            onChange={(e) => set('maxTokens', e.target.value)}
          />
        </Field>
      </div>
      {values.type === 'text' ? (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">Capabilities</legend>
          {CAPABILITIES.map(({ key, label, hint }) => (
            <Checkbox
              key={key}
              label={label}
              hint={hint}
              checked={values.capabilities[key]}
              onChange={(e) =>
                set('capabilities', { ...values.capabilities, [key]: e.target.checked })
              }
            />
          ))}
        </fieldset>
      ) : null}
      <Field
        label="Active"
        hint="Inactive models disappear from everyone's picker; their history stays."
      >
        <Switch checked={values.active} onCheckedChange={(active) => set('active', active)} />
      </Field>
    </FormSheet>
  );
}
