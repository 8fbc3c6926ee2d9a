import { useEffect, useState } from 'react';
import { loadedHighlighter, loadHighlighter, type Highlight } from './load-highlighter';

/** Highlighted HTML for a code block once highlight.js has loaded; null until then. */
export function useHighlighted(code: string, language: string): string | null {
  const [highlighter, setHighlighter] = useState<Highlight | null>(loadedHighlighter);
  useEffect(() => {
    if (highlighter || !language) return;
    let alive = true;
    void loadHighlighter().then((fn) => {
      if (alive) setHighlighter(() => fn);
    });
    return () => {
      alive = false;
    };
  }, [highlighter, language]);
  return highlighter && language ? highlighter(code, language) : null;
}
