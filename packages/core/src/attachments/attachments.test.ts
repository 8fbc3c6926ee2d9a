import { describe, expect, it } from 'vitest';
import { buildPdf } from '../test-pdf.js';
import { attachmentKind } from './attachment-kind.js';
import { attachmentPlaceholder } from './attachment-placeholder.js';
import { decodeTextFile, textFileBlock } from './decode-text-file.js';
import { extractPdfText, pdfTextBlock, PDF_EXTRACTION_FAILED } from './extract-pdf-text.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('attachmentKind', () => {
  it('classifies by MIME type, and by extension when the browser gave none', () => {
    expect(attachmentKind({ name: 'a.png', mimeType: 'image/png' })).toBe('image');
    expect(attachmentKind({ name: 'voice.webm', mimeType: 'audio/webm;codecs=opus' })).toBe(
      'audio',
    );
    expect(attachmentKind({ name: 'r.pdf', mimeType: 'application/pdf' })).toBe('pdf');
    expect(attachmentKind({ name: 'data.json', mimeType: 'application/json' })).toBe('text');
    expect(attachmentKind({ name: 'main.rs', mimeType: 'application/octet-stream' })).toBe('text');
    expect(attachmentKind({ name: 'blob.bin', mimeType: 'application/octet-stream' })).toBe(
      'binary',
    );
  });
});

describe('attachmentPlaceholder', () => {
  it('is what the stored message keeps instead of the bytes', () => {
    expect(attachmentPlaceholder({ name: 'cat.jpg', mimeType: 'image/jpeg' })).toBe('[Image sent]');
    expect(attachmentPlaceholder({ name: 'v.m4a', mimeType: 'audio/mp4' })).toBe(
      '[Voice message sent]',
    );
    expect(attachmentPlaceholder({ name: 'report.pdf', mimeType: 'application/pdf' })).toBe(
      '[File sent: report.pdf]',
    );
  });
});

describe('decodeTextFile', () => {
  it('decodes UTF-8 and cuts files over the limit', () => {
    expect(decodeTextFile(encode('héllo wörld'))).toEqual({
      text: 'héllo wörld',
      truncated: false,
    });
    const cut = decodeTextFile(encode('ééééé'), 5); // 5 bytes end inside the third 'é'
    expect(cut).toEqual({ text: 'éé', truncated: true });
    expect(textFileBlock('notes.txt', encode('abcdef'), 3)).toContain('[File truncated');
  });
});

describe('extractPdfText', () => {
  it('extracts the text of a PDF', async () => {
    expect(await extractPdfText(buildPdf('Quarterly revenue grew'))).toBe('Quarterly revenue grew');
    expect(await pdfTextBlock('q.pdf', buildPdf('Hi there'))).toBe(
      '[Content of attached PDF file q.pdf]:\n\nHi there',
    );
  });

  it('degrades to a placeholder when the file cannot be read', async () => {
    expect(await extractPdfText(encode('%PDF-1.4 this is not really a pdf'))).toBeUndefined();
    expect(await pdfTextBlock('broken.pdf', encode('garbage'))).toContain(PDF_EXTRACTION_FAILED);
  });
});
