import type { Message } from '@enox/contracts';
import { Alert, Button } from '@enox/ui';
import { RefreshCw } from 'lucide-react';
import { memo, useEffect } from 'react';
import { isFollowing } from '../../api/run-follower';
import { useFollowRun } from '../../api/use-follow-run';
import { useRun } from '../../stores/run-store';
import { chooseAnswerView } from '../../utils/answer-view';
import { MediaList } from '../media/media-list';
import { Markdown } from '../markdown/markdown';
import { MessageActions } from './message-actions';
import { ThinkingPanel } from './thinking-panel';
import { TypingIndicator } from './typing-indicator';

export interface AssistantMessageProps {
  message: Message;
  modelName?: string | undefined;
  /** Offered on the last answer only. */
  onRegenerate?: (() => void) | undefined;
  /** The aspect ratio asked for, to shape an image skeleton. */
  aspect?: string | undefined;
}

/**
 * An answer. While it streams it reads its own run from the run store, so
 * tokens re-render this message only; an answer left streaming by a reload is
 * resumed here.
 */
export const AssistantMessage = memo(function AssistantMessage({
  message,
  modelName,
  onRegenerate,
  aspect,
}: AssistantMessageProps) {
  const run = useRun(message.id);
  const follow = useFollowRun();
  const needsStream = message.status === 'streaming' && !run;
  useEffect(() => {
    if (needsStream && !isFollowing(message.id)) follow(message.id, message.chatId);
  }, [needsStream, follow, message.id, message.chatId]);

  const view = chooseAnswerView(message, run);
  const streaming = view.status === 'streaming';
  const empty =
    !view.content &&
    view.thinkingPhase === 'none' &&
    view.media.length === 0 &&
    view.pendingMedia.length === 0;

  return (
    <div
      data-testid="assistant-message"
      data-status={view.status}
      data-message-id={message.id}
      className="group/message"
    >
      {view.thinkingPhase !== 'none' ? (
        <ThinkingPanel
          text={view.thinking}
          running={view.thinkingPhase === 'running' && streaming}
          startedAt={view.thinkingStartedAt}
          elapsedMs={view.thinkingMs}
        />
      ) : null}
      {streaming && empty ? <TypingIndicator /> : null}
      <MediaList media={view.media} pending={view.pendingMedia} aspect={aspect} />
      {view.content ? <Markdown text={view.content} /> : null}
      {view.status === 'stopped' ? <p className="mt-2 text-xs text-fg-subtle">Stopped</p> : null}
      {view.status === 'interrupted' ? (
        <p className="mt-2 text-xs text-fg-subtle">This answer was cut off.</p>
      ) : null}
      {view.status === 'error' ? (
        <Alert
          variant="danger"
          className="mt-3"
          title="The answer failed"
          data-testid="answer-error"
        >
          <p>{view.error?.message ?? 'Something went wrong while writing this answer.'}</p>
          {onRegenerate ? (
            <Button
              size="sm"
              variant="secondary"
              className="mt-2"
              icon={<RefreshCw />}
              onClick={onRegenerate}
            >
              Retry
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {streaming ? (
        // Holds the action row's place, so nothing moves when the answer ends.
        <div aria-hidden="true" className="mt-1 h-8 max-md:h-11" />
      ) : (
        <MessageActions
          text={view.content}
          createdAt={message.createdAt}
          usage={view.usage}
          modelName={modelName}
          onRegenerate={onRegenerate}
        />
      )}
    </div>
  );
});
