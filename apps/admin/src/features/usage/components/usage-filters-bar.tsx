import type { UsageFilter } from '@enox/contracts';
import { Button, Field, Input } from '@enox/ui';
import { X } from 'lucide-react';
import { Select } from '../../../components/ui/select';
import { trpc } from '@enox/app-kit';

export interface UsageFiltersBarProps {
  filter: UsageFilter;
  onChange: (key: keyof UsageFilter, value: string) => void;
  onClear: () => void;
}

/** Date range, person, model and key source; every change lands in the URL. */
export function UsageFiltersBar({ filter, onChange, onClear }: UsageFiltersBarProps) {
  const users = trpc.admin.users.list.useQuery({ limit: 100 });
  const models = trpc.admin.models.list.useQuery();
  const knownUser = users.data?.items.some((u) => u.id === filter.userId) ?? false;
  return (
    <div
      role="search"
      aria-label="Filter usage"
      className="grid grid-cols-2 gap-3 rounded-xl border border-line bg-surface p-4 md:grid-cols-3 xl:grid-cols-6"
    >
      <Field label="From">
        <Input
          type="date"
          inputSize="sm"
          value={filter.from ?? ''}
          max={filter.to}
          onChange={(e) => onChange('from', e.target.value)}
        />
      </Field>
      <Field label="To">
        <Input
          type="date"
          inputSize="sm"
          value={filter.to ?? ''}
          min={filter.from}
          onChange={(e) => onChange('to', e.target.value)}
        />
      </Field>
      <Field label="Person">
        <Select
          selectSize="sm"
          value={filter.userId ?? ''}
          onChange={(e) => onChange('userId', e.target.value)}
        >
          <option value="">Everyone</option>
          {filter.userId && !knownUser ? (
            <option value={filter.userId}>Selected person</option>
          ) : null}
          {users.data?.items.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Model">
        <Select
          selectSize="sm"
          value={filter.modelId ?? ''}
          onChange={(e) => onChange('modelId', e.target.value)}
        >
          <option value="">All models</option>
          {models.data?.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Key">
        <Select
          selectSize="sm"
          value={filter.keySource ?? ''}
          onChange={(e) => onChange('keySource', e.target.value)}
        >
          <option value="">Platform and own</option>
          <option value="platform">Platform key</option>
          <option value="own">Own key</option>
        </Select>
      </Field>
      <div className="flex items-end">
        <Button variant="ghost" size="sm" icon={<X />} onClick={onClear} className="w-full">
          Reset filters
        </Button>
      </div>
    </div>
  );
}
