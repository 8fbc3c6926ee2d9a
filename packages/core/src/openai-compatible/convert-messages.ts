import type {
  ChatCompletionContentPart,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { attachmentKind, baseMimeType } from '../attachments/attachment-kind.js';
import { textFileBlock } from '../attachments/decode-text-file.js';
import { pdfTextBlock } from '../attachments/extract-pdf-text.js';
import { toBase64 } from '../shared/base64.js';
import type { Attachment, ChatMessage } from '../stream/language-model.js';

export interface ConvertMessagesOptions {
  /** The model can read images. */
  vision: boolean;
  /** The provider accepts `input_audio` parts. */
  audioInput: boolean;
}

const AUDIO_FORMATS: Record<string, 'wav' | 'mp3'> = {
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
};

/**
 * Chat messages in the OpenAI chat-completions format. Attachments become parts the
 * provider understands, or a short note saying what could not be sent, so the model
 * never silently misses part of the user's message.
 */
export async function convertMessages(
  messages: readonly ChatMessage[],
  options: ConvertMessagesOptions,
): Promise<ChatCompletionMessageParam[]> {
  return Promise.all(
    messages.map(async (message): Promise<ChatCompletionMessageParam> => {
      if (message.role === 'system') return { role: 'system', content: message.content };
      if (message.role === 'assistant') return { role: 'assistant', content: message.content };
      const attachments = message.attachments ?? [];
      if (attachments.length === 0) return { role: 'user', content: message.content };
      const parts: ChatCompletionContentPart[] = [];
      if (message.content !== '') parts.push({ type: 'text', text: message.content });
      for (const attachment of attachments)
        parts.push(await convertAttachment(attachment, options));
      return { role: 'user', content: parts };
    }),
  );
}

async function convertAttachment(
  attachment: Attachment,
  options: ConvertMessagesOptions,
): Promise<ChatCompletionContentPart> {
  const mime = baseMimeType(attachment.mimeType);
  switch (attachmentKind(attachment)) {
    case 'image':
      if (!options.vision)
        return note(`[Image ${attachment.name} attached: this model cannot see images]`);
      return {
        type: 'image_url',
        image_url: { url: `data:${mime};base64,${toBase64(attachment.data)}` },
      };
    case 'audio': {
      const format = AUDIO_FORMATS[mime];
      if (options.audioInput && format) {
        return { type: 'input_audio', input_audio: { data: toBase64(attachment.data), format } };
      }
      return note(`[Voice message ${attachment.name} attached: this model cannot listen to audio]`);
    }
    case 'pdf':
      return note(await pdfTextBlock(attachment.name, attachment.data));
    case 'text':
      return note(textFileBlock(attachment.name, attachment.data));
    case 'video':
      return note(`[Video ${attachment.name} attached: this model cannot watch video]`);
    case 'binary':
      return note(
        `[File ${attachment.name} (${mime || 'unknown type'}) attached: its content cannot be read]`,
      );
  }
}

function note(text: string): ChatCompletionContentPart {
  return { type: 'text', text };
}
