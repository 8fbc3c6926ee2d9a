/** What the server keeps of an attachment: attachments themselves are never stored. */
export function attachmentPlaceholder(file: { name: string; mimeType: string }): string {
  if (file.mimeType.startsWith('image/')) return '[Image sent]';
  if (file.mimeType.startsWith('audio/')) return '[Voice message sent]';
  if (file.mimeType.startsWith('video/')) return `[Video sent: ${file.name}]`;
  return `[File sent: ${file.name}]`;
}

/** The user message as the server stores it: placeholders first, then the text. */
export function storedUserContent(
  text: string,
  attachments: readonly { name: string; mimeType: string }[],
): string {
  return [...attachments.map(attachmentPlaceholder), text.trim()].filter(Boolean).join('\n');
}

export interface UserContentParts {
  /** Placeholders such as "Image sent" or "File sent: report.pdf", shown as chips. */
  attachments: string[];
  text: string;
}

const PLACEHOLDER = /^\[((?:Image sent|Voice message sent)|(?:(?:Video|File) sent: [^\]\n]+))\]$/;

/** Splits a stored user message back into its attachment placeholders and its text. */
export function parseUserContent(content: string): UserContentParts {
  const lines = content.split('\n');
  const attachments: string[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const match = PLACEHOLDER.exec(lines[index] ?? '');
    if (!match?.[1]) break;
    attachments.push(match[1]);
  }
  return { attachments, text: lines.slice(index).join('\n') };
}
