import { userRoleSchema, type AdminUser } from '@enox/contracts';
import { Avatar, Badge, Button, EmptyState, Input, PageHeader, Skeleton, toast } from '@enox/ui';
import { Search, UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { QueryError } from '../../../components/ui/query-error';
import { Select } from '../../../components/ui/select';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { useSearchParam } from '../../../hooks/use-search-param';
import { readAppError, trpc, useSignedInUser } from '@enox/app-kit';
import { formatDate } from '../../../lib/format';
import { CreateUserSheet } from './create-user-sheet';
import { UserLimitsSheet } from './user-limits-sheet';
import { UserRowActions } from './user-row-actions';

type Dialog =
  | { kind: 'create' }
  | { kind: 'limits'; user: AdminUser }
  | { kind: 'role'; user: AdminUser; role: AdminUser['role'] }
  | { kind: 'disable'; user: AdminUser }
  | null;

export function UsersPage() {
  const me = useSignedInUser();
  const utils = trpc.useUtils();
  const [search, setSearch] = useSearchParam('q');
  const [roleParam, setRole] = useSearchParam('role');
  const role = userRoleSchema.safeParse(roleParam).data;
  const settledSearch = useDebouncedValue(search.trim());
  const users = trpc.admin.users.list.useInfiniteQuery(
    { search: settledSearch || undefined, role, limit: 25 },
    {
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: (previous) => previous,
    },
  );
  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const changed = (message: string) => {
    toast.success(message);
    void utils.admin.users.list.invalidate();
    close();
  };
  const setUserRole = trpc.admin.users.setRole.useMutation({
    onSuccess: (user) =>
      changed(`${user.name} is now ${user.role === 'admin' ? 'an administrator' : 'a user'}`),
  });
  const disable = trpc.admin.users.disable.useMutation({
    onSuccess: (user) => changed(`${user.name} is disabled and signed out everywhere`),
  });
  const enable = trpc.admin.users.enable.useMutation({
    onSuccess: (user) => changed(`${user.name} can sign in again`),
    onError: (error) => toast.error('Could not enable the account', readAppError(error).message),
  });

  const columns: Column<AdminUser>[] = [
    {
      id: 'name',
      header: 'Person',
      sortValue: (u) => u.name,
      cell: (u) => (
        <span className="flex min-w-0 items-center gap-3">
          <Avatar name={u.name} email={u.email} src={u.avatarUrl} size="sm" />
          <span className="flex min-w-0 flex-col">
            <span className="truncate font-medium text-fg">
              {u.name}
              {u.id === me.id ? <span className="text-fg-subtle"> (you)</span> : null}
            </span>
            <span className="truncate text-xs text-fg-subtle">{u.email}</span>
          </span>
        </span>
      ),
    },
    {
      id: 'role',
      header: 'Role',
      sortValue: (u) => u.role,
      cell: (u) =>
        u.role === 'admin' ? <Badge variant="accent">Admin</Badge> : <Badge>User</Badge>,
    },
    {
      id: 'status',
      header: 'Status',
      hideBelow: 'sm',
      sortValue: (u) => u.disabledAt === null,
      cell: (u) =>
        u.disabledAt ? (
          <Badge variant="danger">Disabled</Badge>
        ) : (
          <Badge variant="success">Active</Badge>
        ),
    },
    {
      id: 'joined',
      header: 'Joined',
      hideBelow: 'md',
      sortValue: (u) => u.createdAt,
      cell: (u) => <span className="text-fg-muted">{formatDate(u.createdAt)}</span>,
    },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      align: 'end',
      cell: (u) => (
        <UserRowActions
          user={u}
          isSelf={u.id === me.id}
          onLimits={() => setDialog({ kind: 'limits', user: u })}
          onSetRole={(next) => {
            setUserRole.reset();
            setDialog({ kind: 'role', user: u, role: next });
          }}
          onDisable={() => {
            disable.reset();
            setDialog({ kind: 'disable', user: u });
          }}
          onEnable={() => enable.mutate({ userId: u.id })}
        />
      ),
    },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Users"
        description="Everyone with an account: roles, per-model limits, and who may sign in."
        actions={
          <Button icon={<UserPlus />} onClick={() => setDialog({ kind: 'create' })}>
            Create account
          </Button>
        }
      />
      <div className="flex flex-col gap-2 sm:flex-row" role="search" aria-label="Find people">
        <Input
          aria-label="Search by name or email"
          placeholder="Search by name or email"
          leadingIcon={<Search />}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="sm:max-w-xs"
        />
        <Select
          aria-label="Role"
          value={role ?? ''}
          onChange={(e) => setRole(e.target.value)}
          className="sm:w-40"
        >
          <option value="">All roles</option>
          <option value="admin">Admins</option>
          <option value="user">Users</option>
        </Select>
      </div>
      {users.data ? (
        <DataTable
          label="Users"
          columns={columns}
          rows={rows}
          rowKey={(u) => u.id}
          rowTestId="user-row"
          empty={
            <EmptyState
              icon={<Users />}
              title="Nobody matches"
              description="Try another name or email."
            />
          }
          footer={
            users.hasNextPage ? (
              <Button
                size="sm"
                variant="secondary"
                loading={users.isFetchingNextPage}
                onClick={() => void users.fetchNextPage()}
              >
                Load more
              </Button>
            ) : (
              <span className="text-xs text-fg-subtle">All {rows.length} shown</span>
            )
          }
        />
      ) : users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Skeleton className="h-64 rounded-xl" />
      )}

      <CreateUserSheet
        open={dialog?.kind === 'create'}
        onOpenChange={(open) => (open ? undefined : close())}
      />
      <UserLimitsSheet
        user={dialog?.kind === 'limits' ? dialog.user : undefined}
        onOpenChange={(open) => (open ? undefined : close())}
      />
      <ConfirmDialog
        open={dialog?.kind === 'role'}
        onOpenChange={(open) => (open ? undefined : close())}
        variant="primary"
        title={
          dialog?.kind === 'role'
            ? dialog.role === 'admin'
              ? `Make ${dialog.user.name} an administrator?`
              : `Remove ${dialog.user.name}'s admin role?`
            : ''
        }
        description="The change applies to their very next request."
        confirmLabel={
          dialog?.kind === 'role' && dialog.role === 'admin' ? 'Make admin' : 'Remove admin role'
        }
        pending={setUserRole.isPending}
        error={setUserRole.error ? readAppError(setUserRole.error).message : undefined}
        onConfirm={() =>
          dialog?.kind === 'role' &&
          setUserRole.mutate({ userId: dialog.user.id, role: dialog.role })
        }
      />
      <ConfirmDialog
        open={dialog?.kind === 'disable'}
        onOpenChange={(open) => (open ? undefined : close())}
        title={dialog?.kind === 'disable' ? `Disable ${dialog.user.name}?` : ''}
        description="They are signed out everywhere at once and cannot sign in until you enable the account again. Their chats and agents are kept."
        confirmLabel="Disable account"
        pending={disable.isPending}
        error={disable.error ? readAppError(disable.error).message : undefined}
        onConfirm={() => dialog?.kind === 'disable' && disable.mutate({ userId: dialog.user.id })}
      />
    </div>
  );
}
