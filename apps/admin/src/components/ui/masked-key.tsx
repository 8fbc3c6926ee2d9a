import { KeyRound } from 'lucide-react';

/**
 * A key as the server shows it (`sk-…abcd`), drawn as `sk-•••• abcd`: enough
 * to tell keys apart, and nothing a copy could leak.
 */
export function MaskedKey({ masked }: { masked: string | null }) {
  if (!masked) return <span className="text-xs text-fg-subtle">No key</span>;
  const cut = masked.indexOf('…');
  const prefix = cut >= 0 ? masked.slice(0, cut) : masked.replaceAll('•', '');
  const last4 = cut >= 0 ? masked.slice(cut + 1) : '';
  return (
    <span
      className="inline-flex items-center gap-1.5 font-mono text-xs text-fg-muted"
      aria-label={last4 ? `Key ending in ${last4}` : 'Key set'}
      title={last4 ? `Key ending in ${last4}` : 'Key set'}
    >
      <KeyRound aria-hidden="true" className="size-3.5 text-fg-subtle" />
      <span aria-hidden="true">
        {prefix}
        <span className="tracking-widest select-none">••••</span>
        {last4 ? ` ${last4}` : ''}
      </span>
    </span>
  );
}
