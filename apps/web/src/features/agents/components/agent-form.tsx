import type { Model } from '@enox/contracts';
import { Alert, Button, Field, Input, NativeSelect, Switch, Textarea } from '@enox/ui';
import { Save, Trash2 } from 'lucide-react';
import type { FormEvent } from 'react';
import type { UsernameStatus } from '../hooks/use-username-check';
import type { AgentDraft, DraftErrors } from '../utils/agent-draft';
import { SettingSlider } from './setting-slider';
import { UsernameStatusText } from './username-status';

export interface AgentFormProps {
  draft: AgentDraft;
  onChange: (change: Partial<AgentDraft>) => void;
  errors: DraftErrors;
  formError: string | null;
  usernameStatus: UsernameStatus;
  models: readonly Model[];
  isNew: boolean;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onDelete?: (() => void) | undefined;
}

/** The Agent Studio's settings: who the agent is, how it answers, who may use it. */
export function AgentForm({
  draft,
  onChange,
  errors,
  formError,
  usernameStatus,
  models,
  isNew,
  dirty,
  saving,
  onSave,
  onDelete,
}: AgentFormProps) {
  const textModels = models.filter((model) => model.type === 'text');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  return (
    <form data-testid="agent-form" noValidate onSubmit={submit} className="flex flex-col gap-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" error={errors.name} required>
          <Input
            value={draft.name}
            onChange={(e) => onChange({ name: e.target.value })}
            placeholder="Poetry coach"
          />
        </Field>
        <Field
          label="Username"
          error={
            errors.username ??
            (usernameStatus === 'taken' ? 'This username is taken. Pick another one.' : null)
          }
          hint="Lowercase letters, digits and _; the agent’s page is /a/username."
          labelAside={<UsernameStatusText status={usernameStatus} />}
          required
        >
          <Input
            value={draft.username}
            onChange={(e) => onChange({ username: e.target.value.toLowerCase() })}
            autoCapitalize="none"
            spellCheck={false}
            leadingIcon={<span className="text-sm">@</span>}
            placeholder="poetry_coach"
          />
        </Field>
      </div>
      <Field label="Description" error={errors.description} hint="What people see in Explore.">
        <Textarea
          rows={2}
          value={draft.description}
          onChange={(e) => onChange({ description: e.target.value })}
          placeholder="Helps you write and polish short poems."
        />
      </Field>
      <Field label="System prompt" error={errors.systemPrompt} hint="Only you can see it.">
        <Textarea
          rows={7}
          value={draft.systemPrompt}
          onChange={(e) => onChange({ systemPrompt: e.target.value })}
          placeholder="You are a warm, precise poetry coach…"
          className="font-mono text-[13px]"
        />
      </Field>
      <Field label="Model" error={errors.modelId} required>
        <NativeSelect value={draft.modelId} onChange={(e) => onChange({ modelId: e.target.value })}>
          {textModels.map((model) => (
            <option key={model.id} value={model.id}>
              {model.name} — {model.provider.name}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <SettingSlider
          label="Temperature"
          hint="Higher is more creative, lower more focused (0–2)."
          value={draft.temperature}
          min={0}
          max={2}
          step={0.1}
          fallback={1}
          onChange={(temperature) => onChange({ temperature })}
          error={errors.temperature}
        />
        <SettingSlider
          label="Top P"
          hint="Limits choices to the most likely words (0–1)."
          value={draft.topP}
          min={0}
          max={1}
          step={0.05}
          fallback={1}
          onChange={(topP) => onChange({ topP })}
          error={errors.topP}
        />
      </div>
      <Field
        label="Max tokens"
        error={errors.maxTokens}
        hint="Leave empty for the model’s default."
      >
        <Input
          type="number"
          inputMode="numeric"
          min={1}
          value={draft.maxTokens ?? ''}
          onChange={(e) =>
            onChange({
              maxTokens: e.target.value === '' ? null : Math.round(Number(e.target.value)),
            })
          }
          placeholder="Default"
        />
      </Field>
      <div className="flex items-center justify-between gap-4 rounded-lg border border-line bg-white/[0.02] px-4 py-3">
        <div>
          <p id="agent-public-label" className="text-sm font-medium text-fg">
            Public
          </p>
          <p className="text-xs text-fg-subtle">
            Anyone can find it in Explore and chat with it. The prompt stays private.
          </p>
        </div>
        <Switch
          aria-labelledby="agent-public-label"
          checked={draft.isPublic}
          onCheckedChange={(isPublic) => onChange({ isPublic })}
        />
      </div>
      {formError ? <Alert variant="danger">{formError}</Alert> : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" icon={<Save />} loading={saving} disabled={!dirty && !isNew}>
          {isNew ? 'Create agent' : 'Save changes'}
        </Button>
        {!isNew && !dirty ? (
          <span className="text-xs text-fg-subtle">All changes saved</span>
        ) : null}
        {onDelete ? (
          <Button
            variant="ghost"
            icon={<Trash2 />}
            onClick={onDelete}
            className="ml-auto text-danger hover:text-danger"
          >
            Delete
          </Button>
        ) : null}
      </div>
    </form>
  );
}
