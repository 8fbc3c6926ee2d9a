import type { Attachment } from '../stream/language-model.js';

export type AttachmentKind = 'image' | 'audio' | 'video' | 'pdf' | 'text' | 'binary';

const TEXT_MIME_TYPES = new Set([
  'application/json',
  'application/ld+json',
  'application/xml',
  'application/javascript',
  'application/typescript',
  'application/x-javascript',
  'application/x-typescript',
  'application/x-sh',
  'application/x-yaml',
  'application/yaml',
  'application/toml',
  'application/sql',
  'application/csv',
  'application/x-ndjson',
]);

// Browsers report many source files as '' or application/octet-stream, so the
// extension decides for them.
const TEXT_EXTENSIONS = new Set(
  (
    'txt md markdown csv tsv json jsonl ndjson yaml yml toml xml html htm css js mjs cjs ts ' +
    'tsx jsx py rb go rs java kt c h cpp hpp cs php sh bash sql ini cfg conf log env tex ' +
    'rst svg swift scala lua r'
  ).split(' '),
);

export function baseMimeType(mimeType: string): string {
  return (mimeType.split(';')[0] ?? '').trim().toLowerCase();
}

export function attachmentKind(attachment: Pick<Attachment, 'name' | 'mimeType'>): AttachmentKind {
  const mime = baseMimeType(attachment.mimeType);
  if (mime === 'image/svg+xml') return 'text';
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('audio/')) return 'audio';
  if (mime.startsWith('video/')) return 'video';
  if (mime === 'application/pdf') return 'pdf';
  if (mime.startsWith('text/') || TEXT_MIME_TYPES.has(mime)) return 'text';
  const extension = attachment.name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'pdf') return 'pdf';
  if (attachment.name.includes('.') && TEXT_EXTENSIONS.has(extension)) return 'text';
  return 'binary';
}
