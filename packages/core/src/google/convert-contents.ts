import type { Content, Part } from '@google/genai';
import { attachmentKind, baseMimeType } from '../attachments/attachment-kind.js';
import { toBase64 } from '../shared/base64.js';
import type { Attachment, ChatMessage } from '../stream/language-model.js';

export interface GeminiPrompt {
  systemInstruction?: string;
  contents: Content[];
}

/**
 * Chat messages as Gemini contents. System messages become the system instruction;
 * attachments travel as `inlineData`, since Gemini reads images, audio, video, PDFs and
 * text natively. Consecutive turns of one role are merged because Gemini expects the
 * roles to alternate.
 */
export function convertContents(
  messages: readonly ChatMessage[],
  options: { vision: boolean },
): GeminiPrompt {
  const system: string[] = [];
  const contents: Content[] = [];
  for (const message of messages) {
    if (message.role === 'system') {
      if (message.content !== '') system.push(message.content);
      continue;
    }
    const role = message.role === 'assistant' ? 'model' : 'user';
    const parts: Part[] = [];
    if (message.content !== '') parts.push({ text: message.content });
    for (const attachment of message.attachments ?? [])
      parts.push(convertAttachment(attachment, options));
    if (parts.length === 0) continue;
    const previous = contents.at(-1);
    if (previous?.role === role) previous.parts = [...(previous.parts ?? []), ...parts];
    else contents.push({ role, parts });
  }
  return { ...(system.length > 0 ? { systemInstruction: system.join('\n\n') } : {}), contents };
}

function convertAttachment(attachment: Attachment, options: { vision: boolean }): Part {
  const kind = attachmentKind(attachment);
  if (kind === 'image' && !options.vision) {
    return { text: `[Image ${attachment.name} attached: this model cannot see images]` };
  }
  if (kind === 'binary') {
    return { text: `[File ${attachment.name} attached: its content cannot be read]` };
  }
  // Gemini accepts a fixed list of text types; text/plain covers every text file.
  const mimeType = kind === 'text' ? 'text/plain' : baseMimeType(attachment.mimeType);
  return { inlineData: { mimeType, data: toBase64(attachment.data) } };
}
