import { AppError, type AttachmentInput } from '@enox/contracts';
import { attachmentPlaceholder, type Attachment } from '@enox/core';

export const ATTACHMENT_LIMITS = {
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

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Checks and decodes attachments before anything is written. They stay in
 * memory for the provider; only placeholders are stored.
 */
export function decodeAttachments(inputs: readonly AttachmentInput[] | undefined): Attachment[] {
  let total = 0;
  return (inputs ?? []).map((input) => {
    const mimeType = input.mimeType.toLowerCase().split(';')[0]?.trim() ?? '';
    if (!ALLOWED.some((pattern) => pattern.test(mimeType))) {
      throw new AppError('ATTACHMENT_INVALID', {
        message: `"${input.name}" is a ${mimeType || 'unknown'} file; send images, audio, PDFs or text files.`,
      });
    }
    const base64 = input.data.replace(/^data:[^,]*,/, '').replace(/\s/g, '');
    if (base64.length % 4 === 1 || !BASE64.test(base64)) {
      throw new AppError('ATTACHMENT_INVALID', {
        message: `"${input.name}" is not valid base64 data.`,
      });
    }
    const data = new Uint8Array(Buffer.from(base64, 'base64'));
    if (data.byteLength === 0) {
      throw new AppError('ATTACHMENT_INVALID', { message: `"${input.name}" is empty.` });
    }
    if (data.byteLength > ATTACHMENT_LIMITS.perFileBytes) {
      throw new AppError('PAYLOAD_TOO_LARGE', {
        message: `"${input.name}" is larger than ${mb(ATTACHMENT_LIMITS.perFileBytes)}.`,
      });
    }
    total += data.byteLength;
    if (total > ATTACHMENT_LIMITS.totalBytes) {
      throw new AppError('PAYLOAD_TOO_LARGE', {
        message: `Attachments may add up to ${mb(ATTACHMENT_LIMITS.totalBytes)} per message.`,
      });
    }
    return { name: input.name, mimeType, data };
  });
}

/** What is stored in place of the files: `[Image sent]`, `[File sent: report.pdf]`, … */
export function storedUserContent(message: string, attachments: readonly Attachment[]): string {
  const placeholders = attachments.map((a) => attachmentPlaceholder(a));
  return [...placeholders, message.trim()].filter(Boolean).join('\n');
}
