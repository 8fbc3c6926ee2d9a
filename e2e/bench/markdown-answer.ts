/** One section of mixed markdown: heading, lists, a table, a code block, inline and block math. */
function section(n: number): string {
  const rows = Array.from(
    { length: 6 },
    (_, i) => `| ${i + 1} | ${(i + 1) ** 2} | row ${i + 1} of part ${n} |`,
  );
  return [
    `## Part ${n}: squares and sums`,
    '',
    `Here **part ${n}** looks at $x^2$ for small *x*, with \`inline code\` and the rule $\\sum_{i=1}^{k} i = \\frac{k(k+1)}{2}$.`,
    '',
    '- a first point, short and plain',
    `- a second point with $a_${n}^2 + b_${n}^2$`,
    '  - a nested detail',
    '1. step one',
    '2. step two, **in bold**',
    '',
    '| n | n² | note |',
    '|---|---:|---|',
    ...rows,
    '',
    '```ts',
    `function square${n}(x: number): number {`,
    '  const result = x * x;',
    '  return result;',
    '}',
    '```',
    '',
    '$$',
    '\\int_0^1 x^2 \\, dx = \\frac{1}{3}',
    '$$',
    '',
  ].join('\n');
}

/** At least `minChunks` explicit chunks (a word and the whitespace after it) of markdown. */
export function markdownChunks(minChunks: number): string[] {
  const chunks: string[] = [];
  for (let n = 1; chunks.length < minChunks; n++) {
    chunks.push(...(section(n).match(/\S+\s*/g) ?? []));
  }
  return chunks;
}
