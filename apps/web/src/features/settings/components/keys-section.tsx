import { Card, Switch } from '@enox/ui';
import { useSignedInUser } from '@enox/app-kit';
import { useKeys, useSetByok } from '../api/use-keys';
import { AddKeyForm } from './add-key-form';
import { KeyRow } from './key-row';

/** Bring your own key: the toggle, the stored keys, and a form to add one. */
export function KeysSection() {
  const user = useSignedInUser();
  const keys = useKeys();
  const byok = useSetByok();
  return (
    <Card id="keys" className="scroll-mt-6 p-5">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 id="byok-label" className="text-base font-semibold">
            Use my own API keys
          </h2>
          <p className="mt-1 max-w-lg text-sm text-fg-muted">
            With this on, models of a provider you have a key for run on your key: no monthly limit,
            billed to you. Keys are encrypted on the server and never shown again.
          </p>
        </div>
        <Switch
          aria-labelledby="byok-label"
          data-testid="byok-toggle"
          checked={user.byokEnabled}
          onCheckedChange={(enabled) => byok.mutate({ enabled })}
        />
      </div>
      <ul aria-label="Your keys" className="mt-4 divide-y divide-line border-y border-line">
        {keys.isPending ? (
          <li className="py-3 text-sm text-fg-muted">Loading keys…</li>
        ) : (keys.data ?? []).length === 0 ? (
          <li className="py-3 text-sm text-fg-muted">No keys yet.</li>
        ) : (
          keys.data?.map((stored) => <KeyRow key={stored.provider} stored={stored} />)
        )}
      </ul>
      <div className="mt-4">
        <AddKeyForm />
      </div>
    </Card>
  );
}
