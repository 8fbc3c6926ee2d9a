import type { PendingSend } from '../stores/pending-store';
import { storedUserContent } from '../utils/user-content';
import { TypingIndicator } from './message/typing-indicator';
import { UserMessage } from './message/user-message';
import { SendErrorNotice } from './send-error-notice';

/** A message the server has not taken yet: shown at once, with the answer's caret or the refusal. */
export function PendingMessage({
  pending,
  onRetry,
  onDismiss,
}: {
  pending: PendingSend;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  return (
    <>
      <UserMessage
        content={storedUserContent(pending.text, pending.attachments)}
        createdAt={new Date().toISOString()}
        sending={pending.status === 'sending'}
      />
      {pending.status === 'sending' ? (
        <div data-testid="assistant-message" data-status="sending">
          <TypingIndicator />
        </div>
      ) : pending.error ? (
        <SendErrorNotice error={pending.error} onRetry={onRetry} onDismiss={onDismiss} />
      ) : null}
    </>
  );
}
