import type { AdminProvider } from '@enox/contracts';
import { Badge, Button, EmptyState, PageHeader, Skeleton, toast } from '@enox/ui';
import { Plus, Server } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { MaskedKey } from '../../../components/ui/masked-key';
import { QueryError } from '../../../components/ui/query-error';
import { readAppError, trpc } from '@enox/app-kit';
import { plural } from '../../../lib/format';
import { KIND_LABELS, PRESET_LABELS } from '../utils/provider-form';
import { ProviderFormSheet } from './provider-form-sheet';
import { ProviderRowActions } from './provider-row-actions';
import { RotateKeyDialog } from './rotate-key-dialog';

type Dialog =
  | { kind: 'form'; provider?: AdminProvider }
  | { kind: 'rotate'; provider: AdminProvider }
  | { kind: 'delete'; provider: AdminProvider }
  | null;

export function ProvidersPage() {
  const providers = trpc.admin.providers.list.useQuery();
  const utils = trpc.useUtils();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const test = trpc.admin.providers.testKey.useMutation({
    onSuccess: (result) =>
      result.ok
        ? toast.success('Key works', result.message)
        : toast.error('Key test failed', result.message),
    onError: (error) => toast.error('Could not test the key', readAppError(error).message),
  });
  const remove = trpc.admin.providers.delete.useMutation({
    onSuccess: () => {
      toast.success('Provider deleted');
      void utils.admin.providers.list.invalidate();
      close();
    },
  });

  const columns: Column<AdminProvider>[] = [
    {
      id: 'name',
      header: 'Name',
      sortValue: (p) => p.name,
      cell: (p) => (
        <span className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-fg">{p.name}</span>
          {p.simulated ? <Badge>Offline</Badge> : null}
        </span>
      ),
    },
    {
      id: 'kind',
      header: 'Kind',
      hideBelow: 'md',
      sortValue: (p) => p.kind,
      cell: (p) => (
        <span className="text-fg-muted">
          {p.preset ? PRESET_LABELS[p.preset] : KIND_LABELS[p.kind]}
        </span>
      ),
    },
    {
      id: 'url',
      header: 'Base URL',
      hideBelow: 'lg',
      cell: (p) => (
        <span className="block max-w-64 truncate font-mono text-xs text-fg-subtle">
          {p.simulated ? 'built in' : (p.baseUrl ?? 'default')}
        </span>
      ),
    },
    { id: 'key', header: 'Key', hideBelow: 'sm', cell: (p) => <MaskedKey masked={p.maskedKey} /> },
    {
      id: 'models',
      header: 'Models',
      align: 'end',
      hideBelow: 'sm',
      sortValue: (p) => p.modelCount,
      cell: (p) => p.modelCount,
    },
    {
      id: 'status',
      header: 'Status',
      sortValue: (p) => p.active,
      cell: (p) => (p.active ? <Badge variant="success">Active</Badge> : <Badge>Inactive</Badge>),
    },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      align: 'end',
      cell: (p) => (
        <ProviderRowActions
          provider={p}
          onEdit={() => setDialog({ kind: 'form', provider: p })}
          onTest={() => test.mutate({ id: p.id })}
          onRotate={() => setDialog({ kind: 'rotate', provider: p })}
          onDelete={() => {
            remove.reset();
            setDialog({ kind: 'delete', provider: p });
          }}
        />
      ),
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Providers"
        description="Where models run: OpenAI-compatible endpoints and Google Gemini, with platform keys that never leave the server."
        actions={
          <Button icon={<Plus />} onClick={() => setDialog({ kind: 'form' })}>
            Add provider
          </Button>
        }
      />
      {providers.data ? (
        <DataTable
          label="Providers"
          columns={columns}
          rows={providers.data}
          rowKey={(p) => p.id}
          rowTestId="provider-row"
          empty={
            <EmptyState
              icon={<Server />}
              title="No provider yet"
              description="Add one to publish models."
            />
          }
          footer={
            <span className="text-xs text-fg-subtle">
              {plural(providers.data.length, 'provider')}
            </span>
          }
        />
      ) : providers.isError ? (
        <QueryError error={providers.error} onRetry={() => void providers.refetch()} />
      ) : (
        <Skeleton className="h-48 rounded-xl" />
      )}

      <ProviderFormSheet
        open={dialog?.kind === 'form'}
        onOpenChange={(open) => (open ? undefined : close())}
        provider={dialog?.kind === 'form' ? dialog.provider : undefined}
      />
      <RotateKeyDialog
        provider={dialog?.kind === 'rotate' ? dialog.provider : undefined}
        onOpenChange={(open) => (open ? undefined : close())}
      />
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        onOpenChange={(open) => (open ? undefined : close())}
        title={`Delete ${dialog?.kind === 'delete' ? dialog.provider.name : 'provider'}?`}
        description="Its key is erased. A provider that still has models cannot be deleted: delete or move its models first, or deactivate it."
        confirmLabel="Delete provider"
        pending={remove.isPending}
        error={remove.error ? readAppError(remove.error).message : undefined}
        onConfirm={() => dialog?.kind === 'delete' && remove.mutate({ id: dialog.provider.id })}
      />
    </div>
  );
}
