import type { AttachmentInput } from '@enox/contracts';
import type { ChatMessage } from '@enox/core';
import { decodeAttachments } from '../chat/attachments.js';
import type { CompletionMessage, ContentPart } from './chat-completion-request.js';
import { OpenAIApiError } from './openai-error.js';

const DATA_URL = /^data:([^;,]+)(?:;[^,]*)?;base64,(.*)$/s;

function badRequest(message: string, param: string) {
  return new OpenAIApiError(400, message, { param, code: 'invalid_request' });
}

/** An inline image; nothing is ever fetched from a URL on the caller's behalf. */
function imageAttachment(url: string, param: string, index: number): AttachmentInput {
  const match = DATA_URL.exec(url);
  if (!match) {
    const remote = /^https?:\/\//i.test(url);
    throw badRequest(
      remote
        ? 'Image URLs are not fetched: send the image inline as a data URL (data:image/png;base64,…).'
        : 'An image must be a base64 data URL (data:image/png;base64,…).',
      param,
    );
  }
  const mimeType = match[1]?.toLowerCase() ?? '';
  if (!mimeType.startsWith('image/')) {
    throw badRequest(`An image_url part must hold an image, not ${mimeType}.`, param);
  }
  const extension = mimeType.split('/')[1] ?? 'bin';
  return { name: `image-${index + 1}.${extension}`, mimeType, data: match[2] ?? '' };
}

function splitParts(content: CompletionMessage['content'], param: string) {
  if (content === null || content === undefined) return { text: '', images: [] };
  if (typeof content === 'string') return { text: content, images: [] };
  const texts: string[] = [];
  const images: AttachmentInput[] = [];
  content.forEach((part: ContentPart, j) => {
    if (part.type === 'text' && 'text' in part && typeof part.text === 'string') {
      texts.push(part.text);
    } else if (part.type === 'image_url' && 'image_url' in part) {
      const image = part.image_url as { url: string };
      images.push(imageAttachment(image.url, `${param}.${j}.image_url.url`, images.length));
    } else if (part.type !== 'refusal') {
      throw badRequest(`Content parts of type "${part.type}" are not supported.`, `${param}.${j}`);
    }
  });
  return { text: texts.join('\n'), images };
}

/** OpenAI `messages` as the provider layer's messages; images become in-memory attachments. */
export function toChatMessages(messages: readonly CompletionMessage[]): ChatMessage[] {
  return messages.map((message, i) => {
    const param = `messages.${i}.content`;
    if (message.role === 'tool' || message.role === 'function' || message.tool_calls?.length) {
      throw badRequest('Tool calls are not supported by this API.', `messages.${i}`);
    }
    const { text, images } = splitParts(message.content, param);
    if (message.role !== 'user') {
      if (images.length > 0) throw badRequest('Only user messages may carry images.', param);
      return { role: message.role === 'assistant' ? 'assistant' : 'system', content: text };
    }
    if (images.length === 0) return { role: 'user', content: text };
    // Checks type and size exactly as chat attachments are checked.
    return { role: 'user', content: text, attachments: decodeAttachments(images) };
  });
}
