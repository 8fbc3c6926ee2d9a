/** The answer's caret before its first token: three soft dots. */
export function TypingIndicator() {
  return (
    <div role="status" data-testid="typing-indicator" className="flex h-7 items-center gap-1">
      <span className="sr-only">Writing an answer</span>
      {[0, 150, 300].map((delay) => (
        <span
          key={delay}
          aria-hidden="true"
          className="size-1.5 animate-pulse rounded-full bg-fg-muted"
          style={{ animationDelay: `${delay}ms` }}
        />
      ))}
    </div>
  );
}
