import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS, checkAttachments, mimeTypeOf } from './attachment-rules';

const MB = 1024 * 1024;
const file = (name: string, type: string, size = 1000) => ({ name, type, size });

describe('checkAttachments', () => {
  it('accepts images, PDFs, text files and audio', () => {
    const files = [
      file('cat.png', 'image/png'),
      file('report.pdf', 'application/pdf'),
      file('notes.md', ''),
      file('memo.webm', 'audio/webm'),
    ];
    expect(checkAttachments([], files)).toEqual({ accepted: files, errors: [] });
  });

  it('refuses other types with a reason naming the file', () => {
    const result = checkAttachments(
      [],
      [file('setup.exe', 'application/x-msdownload'), file('clip.mov', 'video/quicktime')],
    );
    expect(result.accepted).toEqual([]);
    expect(result.errors).toEqual([
      '“setup.exe” can’t be attached: send images, audio, PDFs or text files.',
      '“clip.mov” can’t be attached: send images, audio, PDFs or text files.',
    ]);
  });

  it('allows at most five files, counting those already attached', () => {
    const current = [
      file('a.png', 'image/png'),
      file('b.png', 'image/png'),
      file('c.png', 'image/png'),
    ];
    const result = checkAttachments(current, [
      file('d.png', 'image/png'),
      file('e.png', 'image/png'),
      file('f.png', 'image/png'),
    ]);
    expect(result.accepted.map((f) => f.name)).toEqual(['d.png', 'e.png']);
    expect(result.errors).toEqual([`Attach at most ${ATTACHMENT_LIMITS.count} files per message.`]);
  });

  it('refuses a file over 10 MB and a set over 20 MB', () => {
    expect(checkAttachments([], [file('big.png', 'image/png', 11 * MB)]).errors).toEqual([
      '“big.png” is 11.0 MB; each file may be at most 10.0 MB.',
    ]);
    const result = checkAttachments(
      [file('a.pdf', 'application/pdf', 9 * MB), file('b.pdf', 'application/pdf', 9 * MB)],
      [file('c.pdf', 'application/pdf', 3 * MB)],
    );
    expect(result.accepted).toEqual([]);
    expect(result.errors).toEqual(['“c.pdf” would bring the attachments over 20.0 MB.']);
  });

  it('refuses empty files', () => {
    expect(checkAttachments([], [file('empty.txt', 'text/plain', 0)]).errors).toEqual([
      '“empty.txt” is empty.',
    ]);
  });
});

describe('mimeTypeOf', () => {
  it('prefers the browser’s type without parameters, else the extension', () => {
    expect(mimeTypeOf({ name: 'x.webm', type: 'audio/webm;codecs=opus' })).toBe('audio/webm');
    expect(mimeTypeOf({ name: 'README.MD', type: '' })).toBe('text/markdown');
    expect(mimeTypeOf({ name: 'noext', type: '' })).toBe('');
  });
});
