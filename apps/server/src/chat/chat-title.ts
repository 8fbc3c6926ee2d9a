const MAX_TITLE = 60;

/** A new chat is named after its first message: its first line, cut at a word. */
export function titleFromMessage(message: string, fallback: string): string {
  const line = message.trim().split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
  if (!line) return fallback;
  if (line.length <= MAX_TITLE) return line;
  const cut = line.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
