import { modelTypeSchema, type AdminModel } from '@enox/contracts';
import { Button, EmptyState, Input, PageHeader, Skeleton, toast } from '@enox/ui';
import { Boxes, Brain, Eye, Plus, Search, Wrench } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { QueryError } from '../../../components/ui/query-error';
import { Select } from '../../../components/ui/select';
import { Switch } from '../../../components/ui/switch';
import { readAppError, trpc } from '@enox/app-kit';
import { formatInteger, plural } from '../../../lib/format';
import { filterModels } from '../utils/filter-models';
import { TYPE_LABELS } from '../utils/model-form';
import { ModelFormSheet } from './model-form-sheet';
import { ModelRowActions } from './model-row-actions';
import { ModelTypeBadge } from './model-type-badge';

type Dialog = { kind: 'form'; model?: AdminModel } | { kind: 'delete'; model: AdminModel } | null;

export function ModelsPage() {
  const models = trpc.admin.models.list.useQuery();
  const providers = trpc.admin.providers.list.useQuery();
  const settings = trpc.admin.settings.get.useQuery();
  const utils = trpc.useUtils();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const typeParam = modelTypeSchema.safeParse(params.get('type'));
  const search = params.get('q') ?? '';
  const type = typeParam.success ? typeParam.data : '';
  const providerId = params.get('provider') ?? '';
  const filter = { search, type, providerId } as const;
  const setFilter = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const shown = useMemo(
    () => filterModels(models.data ?? [], { search, type, providerId }),
    [models.data, search, type, providerId],
  );
  const defaultLimit = settings.data?.defaultMonthlyLimit;

  const setActive = trpc.admin.models.setActive.useMutation({
    onSuccess: (saved) => {
      toast.success(`${saved.name} ${saved.active ? 'activated' : 'deactivated'}`);
      void utils.admin.models.list.invalidate();
    },
    onError: (error) => toast.error('Could not change the model', readAppError(error).message),
  });
  const remove = trpc.admin.models.delete.useMutation({
    onSuccess: () => {
      toast.success('Model deleted');
      void utils.admin.models.list.invalidate();
      void utils.admin.providers.list.invalidate();
      close();
    },
  });

  const columns: Column<AdminModel>[] = [
    {
      id: 'name',
      header: 'Model',
      sortValue: (m) => m.name,
      cell: (m) => (
        <span className="flex min-w-0 flex-col">
          <span className="font-medium text-fg">{m.name}</span>
          <span className="truncate font-mono text-xs text-fg-subtle">{m.modelId}</span>
        </span>
      ),
    },
    {
      id: 'provider',
      header: 'Provider',
      hideBelow: 'md',
      sortValue: (m) => m.provider.name,
      cell: (m) => <span className="text-fg-muted">{m.provider.name}</span>,
    },
    {
      id: 'type',
      header: 'Type',
      sortValue: (m) => m.type,
      cell: (m) => <ModelTypeBadge type={m.type} />,
    },
    {
      id: 'limit',
      header: 'Monthly limit',
      align: 'end',
      hideBelow: 'sm',
      sortValue: (m) => m.monthlyLimit ?? defaultLimit ?? null,
      cell: (m) =>
        m.monthlyLimit === null ? (
          <span className="text-fg-subtle">
            Default{defaultLimit === undefined ? '' : ` (${formatInteger(defaultLimit)})`}
          </span>
        ) : (
          formatInteger(m.monthlyLimit)
        ),
    },
    {
      id: 'tokens',
      header: 'Max tokens',
      align: 'end',
      hideBelow: 'lg',
      sortValue: (m) => m.maxTokens,
      cell: (m) =>
        m.maxTokens === null ? (
          <span className="text-fg-subtle">—</span>
        ) : (
          formatInteger(m.maxTokens)
        ),
    },
    {
      id: 'capabilities',
      header: 'Capabilities',
      hideBelow: 'lg',
      cell: (m) => <Capabilities model={m} />,
    },
    {
      id: 'active',
      header: 'Active',
      sortValue: (m) => m.active,
      cell: (m) => (
        <Switch
          aria-label={`${m.name} active`}
          checked={m.active}
          disabled={setActive.isPending}
          onCheckedChange={(active) => setActive.mutate({ id: m.id, active })}
        />
      ),
    },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      align: 'end',
      cell: (m) => (
        <ModelRowActions
          model={m}
          onEdit={() => setDialog({ kind: 'form', model: m })}
          onDelete={() => {
            remove.reset();
            setDialog({ kind: 'delete', model: m });
          }}
        />
      ),
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Models"
        description="What people can pick: type, provider, monthly limit and token cap."
        actions={
          <Button
            icon={<Plus />}
            disabled={!providers.data?.length}
            onClick={() => setDialog({ kind: 'form' })}
          >
            Add model
          </Button>
        }
      />
      <div className="flex flex-col gap-2 sm:flex-row" role="search" aria-label="Filter models">
        <Input
          aria-label="Search models"
          placeholder="Search by name or id"
          leadingIcon={<Search />}
          value={filter.search}
          onChange={(e) => setFilter('q', e.target.value)}
          className="sm:max-w-xs"
        />
        <Select
          aria-label="Type"
          value={filter.type}
          onChange={(e) => setFilter('type', e.target.value)}
          className="sm:w-40"
        >
          <option value="">All types</option>
          {Object.entries(TYPE_LABELS).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </Select>
        <Select
          aria-label="Provider"
          value={filter.providerId}
          onChange={(e) => setFilter('provider', e.target.value)}
          className="sm:w-56"
        >
          <option value="">All providers</option>
          {providers.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </div>
      {models.data ? (
        <DataTable
          label="Models"
          columns={columns}
          rows={shown}
          rowKey={(m) => m.id}
          rowTestId="model-row"
          empty={
            <EmptyState
              icon={<Boxes />}
              title={models.data.length ? 'No model matches' : 'No model yet'}
              description={
                models.data.length
                  ? 'Change the filters to see more.'
                  : 'Add a provider, then its models.'
              }
            />
          }
          footer={
            <span className="text-xs text-fg-subtle">
              {shown.length === models.data.length
                ? plural(models.data.length, 'model')
                : `${formatInteger(shown.length)} of ${plural(models.data.length, 'model')}`}
            </span>
          }
        />
      ) : models.isError ? (
        <QueryError error={models.error} onRetry={() => void models.refetch()} />
      ) : (
        <Skeleton className="h-64 rounded-xl" />
      )}

      <ModelFormSheet
        open={dialog?.kind === 'form' && providers.data !== undefined}
        onOpenChange={(open) => (open ? undefined : close())}
        model={dialog?.kind === 'form' ? dialog.model : undefined}
        providers={providers.data ?? []}
        defaultMonthlyLimit={defaultLimit}
      />
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        onOpenChange={(open) => (open ? undefined : close())}
        title={`Delete ${dialog?.kind === 'delete' ? dialog.model.name : 'model'}?`}
        description="It disappears from every picker. A model with usage history cannot be deleted, so the records stay: deactivate it instead."
        confirmLabel="Delete model"
        pending={remove.isPending}
        error={remove.error ? readAppError(remove.error).message : undefined}
        onConfirm={() => dialog?.kind === 'delete' && remove.mutate({ id: dialog.model.id })}
      />
    </div>
  );
}

function Capabilities({ model }: { model: AdminModel }) {
  const items = [
    { on: model.capabilities.thinking, icon: <Brain />, label: 'Thinking' },
    { on: model.capabilities.tools, icon: <Wrench />, label: 'Tools' },
    { on: model.capabilities.vision, icon: <Eye />, label: 'Vision' },
  ].filter((item) => item.on);
  if (items.length === 0) return <span className="text-fg-subtle">—</span>;
  return (
    <span className="flex items-center gap-2 text-fg-muted [&_svg]:size-4">
      {items.map((item) => (
        <span key={item.label} title={item.label} aria-label={item.label} role="img">
          {item.icon}
        </span>
      ))}
    </span>
  );
}
