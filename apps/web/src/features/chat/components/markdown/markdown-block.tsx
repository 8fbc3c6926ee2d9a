import { memo, type ReactNode } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { CodeBlock } from './code-block';
import { useMathPlugins } from './use-math-plugins';

type HastNode = NonNullable<ExtraProps['node']>['children'][number];

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const components: Components = {
  pre({ node }) {
    const code = node?.children[0];
    if (code?.type !== 'element' || code.tagName !== 'code') return <pre>{textOfAll(node)}</pre>;
    const classes = code.properties.className;
    const languageClass = Array.isArray(classes)
      ? classes.map(String).find((name) => name.startsWith('language-'))
      : undefined;
    const text = textOf(code).replace(/\n$/, '');
    return <CodeBlock code={text} language={languageClass?.slice('language-'.length) ?? ''} />;
  },
  a({ node: _node, children, ...props }) {
    return (
      <a {...props} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    );
  },
  table({ node: _node, children, ...props }) {
    return (
      <div className="table-scroll">
        <table {...props}>{children}</table>
      </div>
    );
  },
  img({ node: _node, alt, src }) {
    // Answers may not load third-party images (privacy, CSP): show the link instead.
    return typeof src === 'string' ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow">
        {alt || src}
      </a>
    ) : null;
  },
};

function textOfAll(node: ExtraProps['node']): ReactNode {
  return node ? node.children.map(textOf).join('') : null;
}

/** One top-level markdown block. Memoised: a settled block never renders again. */
export const MarkdownBlock = memo(function MarkdownBlock({ source }: { source: string }) {
  const math = useMathPlugins(source);
  return (
    <ReactMarkdown
      remarkPlugins={math ? [remarkGfm, math.remark] : [remarkGfm]}
      rehypePlugins={math ? [math.rehype] : []}
      components={components}
    >
      {source}
    </ReactMarkdown>
  );
});
