import { Check, Copy } from 'lucide-react';
import { useCopy } from '../../hooks/use-copy';
import { useHighlighted } from './use-highlighted';

/** A fenced code block: language label, copy button, highlighted once highlight.js is in. */
export function CodeBlock({ code, language }: { code: string; language: string }) {
  const html = useHighlighted(code, language);
  const { copied, copy } = useCopy();
  return (
    <div className="code-block group/code my-4 overflow-hidden rounded-lg border border-line bg-[#0f0f13]">
      <div className="flex h-9 items-center justify-between border-b border-line pr-1 pl-3 text-xs text-fg-subtle">
        <span className="font-mono">{language || 'text'}</span>
        <button
          type="button"
          onClick={() => copy(code)}
          aria-label={copied ? 'Copied' : 'Copy code'}
          className="inline-flex h-7 items-center gap-1.5 rounded-md px-2 text-fg-muted transition-colors hover:bg-white/6 hover:text-fg max-md:h-10"
        >
          {copied ? (
            <Check aria-hidden="true" className="size-3.5" />
          ) : (
            <Copy aria-hidden="true" className="size-3.5" />
          )}
          <span>{copied ? 'Copied' : 'Copy'}</span>
        </button>
      </div>
      <pre className="overflow-x-auto p-3 text-[13px] leading-relaxed">
        {html === null ? (
          <code className="font-mono">{code}</code>
        ) : (
          // highlight.js escapes the code; the markup is only its span classes.
          <code className="hljs font-mono" dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </div>
  );
}
