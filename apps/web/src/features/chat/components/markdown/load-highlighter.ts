export type Highlight = (code: string, language: string) => string | null;

let loading: Promise<Highlight> | null = null;
let loaded: Highlight | null = null;

/** highlight.js arrives in its own chunk the first time a code block is shown. */
export function loadHighlighter(): Promise<Highlight> {
  loading ??= import('./highlight-languages').then((module) => {
    loaded = module.highlight;
    return module.highlight;
  });
  return loading;
}

export function loadedHighlighter(): Highlight | null {
  return loaded;
}
