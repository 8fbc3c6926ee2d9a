import type { CreatedToken } from '@enox/contracts';
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
} from '@enox/ui';
import { useState, type FormEvent } from 'react';
import { readAppError } from '@enox/app-kit';
import { useCreateAccessToken } from '../api/use-access-tokens';
import { EXPIRY_CHOICES, expiryFor, type ExpiryChoice } from '../utils/token-status';
import { CopyTokenField } from './copy-token-field';

export interface CreateTokenDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Name and expiry, then the token itself, shown this once. */
export function CreateTokenDialog({ open, onOpenChange }: CreateTokenDialogProps) {
  const create = useCreateAccessToken();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [expiry, setExpiry] = useState<ExpiryChoice>('90');
  const error = create.error ? readAppError(create.error) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    const expiresAt = expiryFor(expiry, new Date());
    create.mutate({ name, ...(expiresAt ? { expiresAt } : {}) }, { onSuccess: setCreated });
  };
  // Closing forgets the secret: it cannot be shown again.
  const onChange = (next: boolean) => {
    if (!next) {
      setCreated(null);
      create.reset();
    }
    onOpenChange(next);
  };

  return (
    <Dialog open={open} onOpenChange={onChange}>
      <DialogContent data-testid="create-token-dialog">
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>Copy your new token</DialogTitle>
              <DialogDescription>
                “{created.name}” can now act as you on the API. Store it somewhere safe.
              </DialogDescription>
            </DialogHeader>
            <CopyTokenField token={created.token} />
            <Alert variant="info" title="You will not see it again">
              Only a fingerprint of the token is kept. If you lose it, revoke it and create another.
            </Alert>
            <DialogFooter>
              <Button variant="primary" onClick={() => onChange(false)}>
                Done
              </Button>
            </DialogFooter>
          </>
        ) : (
          <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
            <DialogHeader>
              <DialogTitle>New access token</DialogTitle>
              <DialogDescription>
                For scripts and apps: the typed client and any OpenAI-compatible client.
              </DialogDescription>
            </DialogHeader>
            <Field
              label="Name"
              hint="Where it is used, e.g. “CI” or “laptop”."
              required
              error={error?.fieldErrors.name}
            >
              <Input name="name" autoComplete="off" maxLength={80} autoFocus />
            </Field>
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-2 text-sm font-medium text-fg">Expires after</legend>
              <div className="flex flex-wrap gap-2">
                {EXPIRY_CHOICES.map((choice) => (
                  <Button
                    key={choice.value}
                    size="sm"
                    variant={expiry === choice.value ? 'primary' : 'secondary'}
                    aria-pressed={expiry === choice.value}
                    onClick={() => setExpiry(choice.value)}
                  >
                    {choice.label}
                  </Button>
                ))}
              </div>
            </fieldset>
            {error && !error.fieldErrors.name ? (
              <Alert variant="danger">{error.message}</Alert>
            ) : null}
            <DialogFooter>
              <Button variant="ghost" onClick={() => onChange(false)}>
                Cancel
              </Button>
              <Button type="submit" variant="primary" loading={create.isPending}>
                Create token
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
