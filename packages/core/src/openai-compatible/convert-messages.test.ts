import { describe, expect, it } from 'vitest';
import { PDF_EXTRACTION_FAILED } from '../attachments/extract-pdf-text.js';
import type { ChatMessage } from '../stream/language-model.js';
import { buildPdf } from '../test-pdf.js';
import { convertMessages } from './convert-messages.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

function userWith(...attachments: NonNullable<ChatMessage['attachments']>): ChatMessage[] {
  return [{ role: 'user', content: 'Look', attachments }];
}

describe('convertMessages (OpenAI-compatible)', () => {
  it('keeps plain roles and text as they are', async () => {
    const messages = await convertMessages(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
      ],
      { vision: true, audioInput: true },
    );
    expect(messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello!' },
    ]);
  });

  it('sends images as data URLs, or a note when the model cannot see', async () => {
    const image = { name: 'a.png', mimeType: 'image/png', data: png };
    const [withVision] = await convertMessages(userWith(image), {
      vision: true,
      audioInput: false,
    });
    expect(withVision).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'Look' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw==' } },
      ],
    });
    const [blind] = await convertMessages(userWith(image), { vision: false, audioInput: false });
    expect(JSON.stringify(blind)).toContain('cannot see images');
  });

  it('sends wav/mp3 as input_audio where the provider takes audio, else a note', async () => {
    const audio = { name: 'v.mp3', mimeType: 'audio/mpeg', data: bytes('ID3audio') };
    const [openai] = await convertMessages(userWith(audio), { vision: true, audioInput: true });
    expect(openai?.content).toContainEqual({
      type: 'input_audio',
      input_audio: { data: Buffer.from('ID3audio').toString('base64'), format: 'mp3' },
    });
    const [other] = await convertMessages(userWith(audio), { vision: true, audioInput: false });
    expect(JSON.stringify(other)).toContain('cannot listen to audio');
    const webm = { name: 'v.webm', mimeType: 'audio/webm', data: bytes('x') };
    const [unsupportedFormat] = await convertMessages(userWith(webm), {
      vision: true,
      audioInput: true,
    });
    expect(JSON.stringify(unsupportedFormat)).toContain('cannot listen to audio');
  });

  it('sends a PDF as its extracted text, or the failure placeholder', async () => {
    const pdf = {
      name: 'report.pdf',
      mimeType: 'application/pdf',
      data: buildPdf('Revenue doubled'),
    };
    const [good] = await convertMessages(userWith(pdf), { vision: true, audioInput: false });
    expect(good?.content).toContainEqual({
      type: 'text',
      text: '[Content of attached PDF file report.pdf]:\n\nRevenue doubled',
    });
    const broken = { name: 'broken.pdf', mimeType: 'application/pdf', data: bytes('not a pdf') };
    const [bad] = await convertMessages(userWith(broken), { vision: true, audioInput: false });
    expect(JSON.stringify(bad)).toContain(PDF_EXTRACTION_FAILED);
  });

  it('decodes text files into the message', async () => {
    const file = { name: 'notes.md', mimeType: 'text/markdown', data: bytes('# Title\nBody ✓') };
    const [message] = await convertMessages(userWith(file), { vision: true, audioInput: false });
    expect(message?.content).toContainEqual({
      type: 'text',
      text: '[Content of attached file notes.md]:\n\n# Title\nBody ✓',
    });
  });
});
