import { cn } from '@enox/ui';
import { AudioLines, FileText, ImageIcon } from 'lucide-react';
import { memo } from 'react';
import { parseUserContent } from '../../utils/user-content';
import { MessageActions } from './message-actions';

export interface UserMessageProps {
  content: string;
  createdAt: string;
  /** Shown dimmed while it is on its way. */
  sending?: boolean;
}

/** The person's message: a subtle bubble on the right, attachments as chips above. */
export const UserMessage = memo(function UserMessage({
  content,
  createdAt,
  sending,
}: UserMessageProps) {
  const { attachments, text } = parseUserContent(content);
  return (
    <div data-testid="user-message" className="group/message flex flex-col items-end">
      {attachments.length > 0 ? (
        <div className="mb-1.5 flex flex-wrap justify-end gap-1.5">
          {attachments.map((label, index) => (
            <AttachmentPlaceholder key={index} label={label} />
          ))}
        </div>
      ) : null}
      {text ? (
        <div
          className={cn(
            'max-w-[85%] rounded-2xl rounded-br-md bg-white/[0.07] px-4 py-2.5 text-message whitespace-pre-wrap text-fg',
            'wrap-anywhere',
            sending && 'opacity-80',
          )}
        >
          {text}
        </div>
      ) : null}
      <MessageActions text={text} createdAt={createdAt} align="end" />
    </div>
  );
});

function AttachmentPlaceholder({ label }: { label: string }) {
  const Icon = label.startsWith('Image')
    ? ImageIcon
    : label.startsWith('Voice')
      ? AudioLines
      : FileText;
  return (
    <span
      data-testid="attachment-placeholder"
      className="inline-flex h-7 max-w-64 items-center gap-1.5 rounded-md border border-line bg-surface px-2 text-xs text-fg-muted"
    >
      <Icon aria-hidden="true" className="size-3.5 shrink-0" />
      <span className="truncate">[{label}]</span>
    </span>
  );
}
