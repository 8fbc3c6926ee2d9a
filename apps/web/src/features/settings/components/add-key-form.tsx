import { setKeyInput, type KeyProvider } from '@enox/contracts';
import { Button, Field, Input, NativeSelect, toast } from '@enox/ui';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { readAppError } from '@enox/app-kit';
import { useSetKey } from '../api/use-keys';
import { KEY_PROVIDER_LABEL, KEY_PROVIDERS } from '../utils/key-providers';

/** Stores a key for a provider (it replaces the one there was). The key is never shown again. */
export function AddKeyForm() {
  const [provider, setProvider] = useState<KeyProvider>('openai');
  const [apiKey, setApiKey] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSetKey();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = setKeyInput.safeParse({
      provider,
      apiKey,
      ...(baseUrl.trim() ? { baseUrl: baseUrl.trim() } : {}),
    });
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
        ),
      );
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: () => {
        setApiKey('');
        setBaseUrl('');
        toast.success(`${KEY_PROVIDER_LABEL[provider]} key saved`);
      },
      onError: (error) => {
        const info = readAppError(error);
        if (Object.keys(info.fieldErrors).length > 0) setErrors(info.fieldErrors);
        else setErrors({ apiKey: info.message });
      },
    });
  };
  return (
    <form
      data-testid="add-key-form"
      onSubmit={submit}
      noValidate
      className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-start"
    >
      <Field label="Provider">
        <NativeSelect
          value={provider}
          onChange={(event) => setProvider(event.target.value as KeyProvider)}
        >
          {KEY_PROVIDERS.map((value) => (
            <option key={value} value={value}>
              {KEY_PROVIDER_LABEL[value]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="API key" error={errors.apiKey}>
        <Input
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={apiKey}
          onChange={(event) => setApiKey(event.target.value)}
          placeholder="sk-…"
        />
      </Field>
      <Button type="submit" icon={<Plus />} loading={save.isPending} className="sm:mt-6">
        Add key
      </Button>
      {provider === 'custom' ? (
        <Field label="Base URL" error={errors.baseUrl} className="sm:col-span-3">
          <Input
            value={baseUrl}
            onChange={(event) => setBaseUrl(event.target.value)}
            placeholder="https://llm.example.com/v1"
          />
        </Field>
      ) : null}
    </form>
  );
}
