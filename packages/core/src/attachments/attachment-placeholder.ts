import type { Attachment } from '../stream/language-model.js';
import { attachmentKind } from './attachment-kind.js';

/**
 * The text stored in place of an attachment in the user's message, since attachment
 * bytes are never stored.
 */
export function attachmentPlaceholder(attachment: Pick<Attachment, 'name' | 'mimeType'>): string {
  switch (attachmentKind(attachment)) {
    case 'image':
      return '[Image sent]';
    case 'audio':
      return '[Voice message sent]';
    case 'video':
      return `[Video sent: ${attachment.name}]`;
    default:
      return `[File sent: ${attachment.name}]`;
  }
}
