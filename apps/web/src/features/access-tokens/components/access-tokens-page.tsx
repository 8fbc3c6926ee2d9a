import type { AccessToken } from '@enox/contracts';
import { Alert, Button, EmptyState, PageHeader, Skeleton } from '@enox/ui';
import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import { readAppError } from '@enox/app-kit';
import { useAccessTokens } from '../api/use-access-tokens';
import { CreateTokenDialog } from './create-token-dialog';
import { RevokeTokenDialog } from './revoke-token-dialog';
import { TokenList } from './token-list';
import { UsageHint } from './usage-hint';

/** Settings → Access tokens: create (copy once), list and revoke personal access tokens. */
export function AccessTokensPage() {
  const tokens = useAccessTokens();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<AccessToken | null>(null);
  const newToken = (
    <Button variant="primary" icon={<Plus />} onClick={() => setCreating(true)}>
      New token
    </Button>
  );

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Access tokens"
        description="Let scripts and apps use Enox as you, with the typed client or any OpenAI-compatible client."
        actions={tokens.data?.length ? newToken : null}
      />
      {tokens.isPending ? (
        <div className="flex flex-col gap-2" aria-busy="true">
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-16 w-full" />
        </div>
      ) : tokens.isError ? (
        <Alert variant="danger" title="Could not load your tokens">
          {readAppError(tokens.error).message}
        </Alert>
      ) : tokens.data.length === 0 ? (
        <EmptyState
          icon={<KeyRound />}
          title="No access tokens yet"
          description="Create one to call Enox from a script, CI or another app."
          action={newToken}
        />
      ) : (
        <TokenList tokens={tokens.data} onRevoke={setRevoking} />
      )}
      <UsageHint />
      <CreateTokenDialog open={creating} onOpenChange={setCreating} />
      <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </div>
  );
}
