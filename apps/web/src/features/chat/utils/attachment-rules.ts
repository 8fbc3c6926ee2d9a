import { MAX_ATTACHMENTS } from '@enox/contracts';
import { formatBytes } from '../../../lib/format';

/** The server's limits, checked before sending so a refusal never costs a round trip. */
export const ATTACHMENT_LIMITS = {
  count: MAX_ATTACHMENTS,
  perFileBytes: 10 * 1024 * 1024,
  totalBytes: 20 * 1024 * 1024,
} as const;

const ALLOWED = [
  /^image\/(png|jpeg|gif|webp)$/,
  /^audio\/(mpeg|mp3|mp4|aac|wav|x-wav|webm|ogg|flac|m4a|x-m4a)$/,
  /^application\/pdf$/,
  /^text\/[a-z0-9.+-]+$/,
  /^application\/(json|xml|x-yaml|yaml|javascript|typescript|x-sh|csv)$/,
];

/** What the file picker offers. */
export const ATTACHMENT_ACCEPT =
  'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/*,audio/*,.md,.txt,.csv,.json,.ts,.tsx,.js,.py,.yaml,.yml';

// Browsers leave the type of many text files empty; the extension tells.
const TEXT_EXTENSIONS: Record<string, string> = {
  md: 'text/markdown',
  markdown: 'text/markdown',
  txt: 'text/plain',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  xml: 'application/xml',
  ts: 'text/plain',
  tsx: 'text/plain',
  js: 'text/javascript',
  jsx: 'text/javascript',
  py: 'text/x-python',
  go: 'text/plain',
  rs: 'text/plain',
  java: 'text/plain',
  c: 'text/plain',
  cpp: 'text/plain',
  h: 'text/plain',
  sh: 'application/x-sh',
  sql: 'text/plain',
  html: 'text/html',
  css: 'text/css',
  log: 'text/plain',
};

export interface CandidateFile {
  name: string;
  type: string;
  size: number;
}

/** The file's MIME type, from the browser or else its extension ('' when unknown). */
export function mimeTypeOf(file: Pick<CandidateFile, 'name' | 'type'>): string {
  const given = file.type.toLowerCase().split(';')[0]?.trim() ?? '';
  if (given) return given;
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return TEXT_EXTENSIONS[extension] ?? '';
}

export function isAllowedType(mimeType: string): boolean {
  return ALLOWED.some((pattern) => pattern.test(mimeType));
}

export interface AttachmentCheck<T> {
  accepted: T[];
  /** One sentence per refused file, in the server's terms. */
  errors: string[];
}

/**
 * Which of `incoming` may join the files already attached: at most five in
 * all, each at most 10 MB, 20 MB together, and only images, audio, PDFs and
 * text files.
 */
export function checkAttachments<T extends CandidateFile>(
  current: readonly Pick<CandidateFile, 'size'>[],
  incoming: readonly T[],
): AttachmentCheck<T> {
  const accepted: T[] = [];
  const errors: string[] = [];
  let count = current.length;
  let total = current.reduce((sum, file) => sum + file.size, 0);
  for (const file of incoming) {
    const mimeType = mimeTypeOf(file);
    if (!isAllowedType(mimeType)) {
      errors.push(`“${file.name}” can’t be attached: send images, audio, PDFs or text files.`);
    } else if (file.size === 0) {
      errors.push(`“${file.name}” is empty.`);
    } else if (file.size > ATTACHMENT_LIMITS.perFileBytes) {
      errors.push(
        `“${file.name}” is ${formatBytes(file.size)}; each file may be at most ${formatBytes(ATTACHMENT_LIMITS.perFileBytes)}.`,
      );
    } else if (count >= ATTACHMENT_LIMITS.count) {
      errors.push(`Attach at most ${ATTACHMENT_LIMITS.count} files per message.`);
    } else if (total + file.size > ATTACHMENT_LIMITS.totalBytes) {
      errors.push(
        `“${file.name}” would bring the attachments over ${formatBytes(ATTACHMENT_LIMITS.totalBytes)}.`,
      );
    } else {
      accepted.push(file);
      count += 1;
      total += file.size;
    }
  }
  return { accepted, errors: [...new Set(errors)] };
}
