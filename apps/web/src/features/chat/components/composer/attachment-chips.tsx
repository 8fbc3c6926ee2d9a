import { AudioLines, FileText, X } from 'lucide-react';
import { formatBytes } from '../../../../lib/format';
import type { AttachedFile } from '../../hooks/use-attachments';

/** Attached files as removable chips, with a thumbnail for images. */
export function AttachmentChips({
  files,
  onRemove,
}: {
  files: readonly AttachedFile[];
  onRemove: (id: number) => void;
}) {
  if (files.length === 0) return null;
  return (
    <ul aria-label="Attachments" className="flex flex-wrap gap-2 px-3 pt-3">
      {files.map((file) => (
        <li
          key={file.id}
          data-testid="attachment-chip"
          className="flex h-11 max-w-60 items-center gap-2 rounded-lg border border-line bg-white/[0.04] pr-1 pl-1.5"
        >
          {file.previewUrl ? (
            <img src={file.previewUrl} alt="" className="size-8 rounded-md object-cover" />
          ) : (
            <span className="flex size-8 items-center justify-center rounded-md bg-white/6 text-fg-muted">
              {file.mimeType.startsWith('audio/') ? (
                <AudioLines aria-hidden="true" className="size-4" />
              ) : (
                <FileText aria-hidden="true" className="size-4" />
              )}
            </span>
          )}
          <span className="min-w-0 flex-1 leading-tight">
            <span className="block truncate text-xs font-medium text-fg">{file.name}</span>
            <span className="block text-xs text-fg-subtle">{formatBytes(file.size)}</span>
          </span>
          <button
            type="button"
            onClick={() => onRemove(file.id)}
            aria-label={`Remove ${file.name}`}
            className="flex size-7 shrink-0 items-center justify-center rounded-md text-fg-subtle hover:bg-white/8 hover:text-fg max-md:size-10"
          >
            <X aria-hidden="true" className="size-3.5" />
          </button>
        </li>
      ))}
    </ul>
  );
}
