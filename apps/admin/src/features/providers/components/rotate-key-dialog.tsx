import { rotateProviderKeyInput, type AdminProvider } from '@enox/contracts';
import {
  Alert,
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  Field,
  Input,
  toast,
} from '@enox/ui';
import { useCallback } from 'react';
import { MaskedKey } from '../../../components/ui/masked-key';
import { useSchemaForm } from '../../../lib/forms/use-schema-form';
import { trpc } from '@enox/app-kit';

export interface RotateKeyDialogProps {
  provider: AdminProvider | undefined;
  onOpenChange: (open: boolean) => void;
}

/** Replaces a provider's key; the next request uses the new one. */
export function RotateKeyDialog({ provider, onOpenChange }: RotateKeyDialogProps) {
  return (
    <Dialog open={provider !== undefined} onOpenChange={onOpenChange}>
      {provider ? <RotateKeyForm provider={provider} onOpenChange={onOpenChange} /> : null}
    </Dialog>
  );
}

function RotateKeyForm({
  provider,
  onOpenChange,
}: {
  provider: AdminProvider;
  onOpenChange: (open: boolean) => void;
}) {
  const utils = trpc.useUtils();
  const toInput = useCallback(
    (values: { apiKey: string }) => ({ id: provider.id, apiKey: values.apiKey.trim() }),
    [provider.id],
  );
  const form = useSchemaForm({ initial: { apiKey: '' }, schema: rotateProviderKeyInput, toInput });
  const rotate = trpc.admin.providers.rotateKey.useMutation({
    onSuccess: (saved) => {
      toast.success(`Key of ${saved.name} replaced`);
      void utils.admin.providers.list.invalidate();
      onOpenChange(false);
    },
    onError: form.fail,
  });
  return (
    <DialogContent>
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={form.submit((input) => rotate.mutate(input))}
      >
        <DialogHeader>
          <DialogTitle>Rotate the key of {provider.name}</DialogTitle>
          <DialogDescription>
            Requests in flight finish with the old key; every new one uses the new key.
          </DialogDescription>
        </DialogHeader>
        <p className="flex items-center gap-2 text-sm text-fg-muted">
          Current: <MaskedKey masked={provider.maskedKey} />
        </p>
        <Field label="New API key" error={form.error('apiKey')} required>
          <Input
            name="apiKey"
            type="password"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={form.values.apiKey}
            onChange={(e) => form.set('apiKey', e.target.value)}
          />
        </Field>
        {form.formError ? <Alert variant="danger">{form.formError}</Alert> : null}
        <DialogFooter>
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" loading={rotate.isPending}>
            Replace key
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
