// Loaded on demand (see use-math-plugins.ts): KaTeX is large and most answers have no math.
import 'katex/dist/katex.min.css';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';

export const mathPlugins = {
  remark: remarkMath,
  rehype: rehypeKatex,
};
