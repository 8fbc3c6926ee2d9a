import type { Message, Model } from '@enox/contracts';
import { Button, Spinner } from '@enox/ui';
import { ArrowDown } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useStickToBottom } from '../hooks/use-stick-to-bottom';
import { AssistantMessage } from './message/assistant-message';
import { UserMessage } from './message/user-message';

export interface ConversationProps {
  messages: readonly Message[];
  modelsById: ReadonlyMap<string, Model>;
  /** The last answer can be regenerated (absent while one streams). */
  onRegenerate?: ((message: Message) => void) | undefined;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  /** Shown after the history: a message on its way, or why it was refused. */
  footer?: ReactNode;
  aspect?: string | undefined;
  /** Changes when the person sends: jump back to the end. */
  followKey?: unknown;
}

/** The reading column: history, older pages on scroll-up, auto-follow with "jump to latest". */
export function Conversation({
  messages,
  modelsById,
  onRegenerate,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  footer,
  aspect,
  followKey,
}: ConversationProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const { atBottom, scrollToBottom } = useStickToBottom(scrollRef, contentRef);

  useEffect(() => {
    if (followKey !== undefined) scrollToBottom();
  }, [followKey, scrollToBottom]);

  // Older pages are prepended: keep the message under the reader's eyes where it was.
  const anchor = useRef<number | null>(null);
  useEffect(() => {
    const sentinel = sentinelRef.current;
    const scroller = scrollRef.current;
    if (!sentinel || !scroller || !hasOlder) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry?.isIntersecting && !loadingOlder) {
          anchor.current = scroller.scrollHeight - scroller.scrollTop;
          onLoadOlder();
        }
      },
      { root: scroller, rootMargin: '200px 0px 0px 0px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [hasOlder, loadingOlder, onLoadOlder]);
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (scroller && anchor.current !== null && !loadingOlder) {
      scroller.scrollTop = scroller.scrollHeight - anchor.current;
      anchor.current = null;
    }
  }, [messages.length, loadingOlder]);

  const last = messages.at(-1);
  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <div
        ref={scrollRef}
        data-testid="conversation"
        className="min-h-0 flex-1 overflow-y-auto [overflow-anchor:none]"
      >
        <div
          ref={contentRef}
          role="log"
          aria-label="Conversation"
          aria-live="off"
          className="mx-auto flex w-full max-w-3xl flex-col gap-5 px-4 pt-6 pb-10 sm:px-6"
        >
          {hasOlder ? (
            <div ref={sentinelRef} className="flex justify-center">
              {loadingOlder ? <Spinner label="Loading earlier messages" /> : null}
            </div>
          ) : null}
          {messages.map((message) =>
            message.role === 'user' ? (
              <UserMessage
                key={message.id}
                content={message.content}
                createdAt={message.createdAt}
              />
            ) : message.role === 'assistant' ? (
              <AssistantMessage
                key={message.id}
                message={message}
                aspect={aspect}
                modelName={message.modelId ? modelsById.get(message.modelId)?.name : undefined}
                onRegenerate={
                  onRegenerate && message === last && message.status !== 'streaming'
                    ? () => onRegenerate(message)
                    : undefined
                }
              />
            ) : null,
          )}
          {footer}
        </div>
      </div>
      {atBottom ? null : (
        <div className="pointer-events-none absolute inset-x-0 bottom-3 flex justify-center">
          <Button
            size="sm"
            variant="secondary"
            icon={<ArrowDown />}
            onClick={() => scrollToBottom('smooth')}
            data-testid="jump-to-latest"
            className="pointer-events-auto rounded-full bg-popover shadow-popover"
          >
            Jump to latest
          </Button>
        </div>
      )}
    </div>
  );
}
