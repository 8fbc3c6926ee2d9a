import { useEffect, useState } from 'react';

import type { mathPlugins } from './math-plugins';

type MathPlugins = typeof mathPlugins;

let loading: Promise<MathPlugins> | null = null;
let loaded: MathPlugins | null = null;

function loadMathPlugins(): Promise<MathPlugins> {
  loading ??= import('./math-plugins').then((module) => {
    loaded = module.mathPlugins;
    return module.mathPlugins;
  });
  return loading;
}

/** `$x$`, `$$…$$`, `\(…\)` or `\[…\]` somewhere in the text. */
export function mayContainMath(text: string): boolean {
  return /\$\$|\\\(|\\\[|\$[^\s$][^$\n]*\$/.test(text);
}

/** The math plugins once loaded, loading them the first time math appears. */
export function useMathPlugins(text: string): MathPlugins | null {
  const needed = mayContainMath(text);
  const [plugins, setPlugins] = useState<MathPlugins | null>(loaded);
  useEffect(() => {
    if (!needed || plugins) return;
    let alive = true;
    void loadMathPlugins().then((value) => {
      if (alive) setPlugins(value);
    });
    return () => {
      alive = false;
    };
  }, [needed, plugins]);
  return needed ? plugins : null;
}
