import { describe, expect, it } from 'vitest';
import { buildPdf } from '../test-pdf.js';
import { convertContents } from './convert-contents.js';

const b64 = (data: Uint8Array) => Buffer.from(data).toString('base64');

describe('convertContents (Gemini)', () => {
  it('moves system messages to the system instruction and maps roles', () => {
    const prompt = convertContents(
      [
        { role: 'system', content: 'You are Enox.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
        { role: 'user', content: 'Again' },
      ],
      { vision: true },
    );
    expect(prompt.systemInstruction).toBe('You are Enox.');
    expect(prompt.contents).toEqual([
      { role: 'user', parts: [{ text: 'Hi' }] },
      { role: 'model', parts: [{ text: 'Hello' }] },
      { role: 'user', parts: [{ text: 'Again' }] },
    ]);
  });

  it('sends every attachment as inlineData (images, audio, PDFs, text)', () => {
    const image = new Uint8Array([1, 2, 3]);
    const audio = new Uint8Array([4, 5]);
    const pdf = buildPdf('x');
    const text = new TextEncoder().encode('a,b\n1,2');
    const { contents } = convertContents(
      [
        {
          role: 'user',
          content: 'See attached',
          attachments: [
            { name: 'a.jpg', mimeType: 'image/jpeg', data: image },
            { name: 'v.webm', mimeType: 'audio/webm;codecs=opus', data: audio },
            { name: 'r.pdf', mimeType: 'application/pdf', data: pdf },
            { name: 'd.csv', mimeType: 'text/csv', data: text },
          ],
        },
      ],
      { vision: true },
    );
    expect(contents[0]?.parts).toEqual([
      { text: 'See attached' },
      { inlineData: { mimeType: 'image/jpeg', data: b64(image) } },
      { inlineData: { mimeType: 'audio/webm', data: b64(audio) } },
      { inlineData: { mimeType: 'application/pdf', data: b64(pdf) } },
      { inlineData: { mimeType: 'text/plain', data: b64(text) } },
    ]);
  });

  it('merges consecutive turns of one role, which Gemini expects to alternate', () => {
    const { contents } = convertContents(
      [
        { role: 'user', content: 'one' },
        { role: 'user', content: 'two' },
      ],
      { vision: true },
    );
    expect(contents).toEqual([{ role: 'user', parts: [{ text: 'one' }, { text: 'two' }] }]);
  });
});
