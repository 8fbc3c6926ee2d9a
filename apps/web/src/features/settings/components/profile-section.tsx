import { updateProfileInput } from '@enox/contracts';
import { Button, Card, Field, Input, toast } from '@enox/ui';
import { useState, type FormEvent } from 'react';
import { readAppError, useSignedInUser } from '@enox/app-kit';
import { useUpdateProfile } from '../api/use-keys';

/** Name and avatar. */
export function ProfileSection() {
  const user = useSignedInUser();
  const [name, setName] = useState(user.name);
  const [avatarUrl, setAvatarUrl] = useState(user.avatarUrl ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = useUpdateProfile();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = updateProfileInput.safeParse({ name, avatarUrl: avatarUrl.trim() || null });
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
        ),
      );
      return;
    }
    setErrors({});
    update.mutate(parsed.data, {
      onSuccess: () => toast.success('Profile saved'),
      onError: (error) => {
        const info = readAppError(error);
        if (Object.keys(info.fieldErrors).length > 0) setErrors(info.fieldErrors);
        else toast.error('Could not save the profile', info.message);
      },
    });
  };
  return (
    <Card className="p-5">
      <h2 className="text-base font-semibold">Profile</h2>
      <p className="mt-1 text-sm text-fg-muted">{user.email}</p>
      <form onSubmit={submit} noValidate className="mt-4 flex flex-col gap-4">
        <Field label="Name" error={errors.name}>
          <Input
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="name"
          />
        </Field>
        <Field
          label="Avatar URL"
          error={errors.avatarUrl}
          hint="An https:// link to a square image, or empty."
        >
          <Input
            value={avatarUrl}
            onChange={(event) => setAvatarUrl(event.target.value)}
            inputMode="url"
          />
        </Field>
        <div>
          <Button type="submit" loading={update.isPending}>
            Save profile
          </Button>
        </div>
      </form>
    </Card>
  );
}
