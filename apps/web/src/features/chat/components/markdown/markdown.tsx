import { useMemo } from 'react';
import { cn } from '@enox/ui';
import { splitMarkdownBlocks } from '../../utils/markdown-blocks';
import { MarkdownBlock } from './markdown-block';

/**
 * An answer's markdown, block by block. Settled blocks keep their props, so
 * React skips them; while streaming only the open tail is parsed again.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const { settled, tail } = useMemo(() => splitMarkdownBlocks(text), [text]);
  return (
    <div className={cn('markdown', className)}>
      {settled.map((block, index) => (
        <MarkdownBlock key={index} source={block} />
      ))}
      {tail ? <MarkdownBlock key={settled.length} source={tail} /> : null}
    </div>
  );
}
