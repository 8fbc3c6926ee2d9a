import { describe, expect, it } from 'vitest';
import { parseUserContent, storedUserContent } from './user-content';

describe('user message content', () => {
  it('stores placeholders before the text, like the server', () => {
    expect(
      storedUserContent('  what is this? ', [
        { name: 'cat.png', mimeType: 'image/png' },
        { name: 'memo.webm', mimeType: 'audio/webm' },
        { name: 'report.pdf', mimeType: 'application/pdf' },
      ]),
    ).toBe('[Image sent]\n[Voice message sent]\n[File sent: report.pdf]\nwhat is this?');
  });

  it('reads placeholders back as chips and keeps the text as written', () => {
    expect(parseUserContent('[Image sent]\n[File sent: a.txt]\nLine one\n[Image sent]')).toEqual({
      attachments: ['Image sent', 'File sent: a.txt'],
      text: 'Line one\n[Image sent]',
    });
    expect(parseUserContent('plain')).toEqual({ attachments: [], text: 'plain' });
  });
});
