import type { SimDirectives } from './directives.js';
import { DIRECTIVES } from './directives.js';

export interface ParsedDirectives {
  directives: SimDirectives;
  /** The directives as written, in order. */
  found: string[];
  /** What could not be understood, as sentences for the user. */
  problems: string[];
  /** The message without its directives, whitespace tidied. */
  rest: string;
}

// `[sim:name]`, `[sim:name=value]` and `[sim:fake-tool:A:fenced]`-style values.
const DIRECTIVE = /\[sim:([a-z][a-z0-9-]*)(?:[=:]([^\]\s]*))?\]/gi;

/** Reads the `[sim:…]` directives of a message; later ones override earlier ones. */
export function parseDirectives(text: string): ParsedDirectives {
  const directives: SimDirectives = {};
  const found: string[] = [];
  const problems: string[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const [written, rawName = '', value] = match;
    found.push(written);
    const name = rawName.toLowerCase();
    const spec = DIRECTIVES.find((d) => d.name === name);
    const problem = spec
      ? spec.apply(value, directives)
      : `[sim:${name}] is not a simulator directive.`;
    if (problem !== undefined) problems.push(problem);
  }
  const rest = text
    .replace(DIRECTIVE, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
  return { directives, found, problems, rest };
}
