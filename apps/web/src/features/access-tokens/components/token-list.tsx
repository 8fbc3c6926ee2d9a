import type { AccessToken } from '@enox/contracts';
import { Badge, Button, type BadgeVariant } from '@enox/ui';
import { formatTokenDate, tokenStatus, type TokenStatus } from '../utils/token-status';

const STATUS: Record<TokenStatus, { label: string; variant: BadgeVariant }> = {
  active: { label: 'Active', variant: 'success' },
  expired: { label: 'Expired', variant: 'warning' },
  revoked: { label: 'Revoked', variant: 'neutral' },
};

export interface TokenListProps {
  tokens: readonly AccessToken[];
  onRevoke: (token: AccessToken) => void;
}

export function TokenList({ tokens, onRevoke }: TokenListProps) {
  const now = new Date();
  return (
    <ul
      data-testid="token-list"
      className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface"
    >
      {tokens.map((token) => {
        const status = tokenStatus(token, now);
        return (
          <li
            key={token.id}
            data-testid="token-row"
            className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center"
          >
            <div className="min-w-0 flex-1">
              <div className="flex items-center gap-2">
                <span className="truncate text-sm font-medium text-fg">{token.name}</span>
                <Badge variant={STATUS[status].variant}>{STATUS[status].label}</Badge>
              </div>
              <p className="mt-1 font-mono text-xs text-fg-subtle">{token.prefix}…</p>
              <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-fg-muted">
                <div className="flex gap-1">
                  <dt>Created</dt>
                  <dd>{formatTokenDate(token.createdAt, '—')}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>Last used</dt>
                  <dd>{formatTokenDate(token.lastUsedAt, 'never')}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>{status === 'revoked' ? 'Revoked' : 'Expires'}</dt>
                  <dd>
                    {status === 'revoked'
                      ? formatTokenDate(token.revokedAt, '—')
                      : formatTokenDate(token.expiresAt, 'never')}
                  </dd>
                </div>
              </dl>
            </div>
            {status === 'active' ? (
              <Button size="sm" variant="secondary" onClick={() => onRevoke(token)}>
                Revoke
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
