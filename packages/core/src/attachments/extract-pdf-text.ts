import { extractText, getDocumentProxy } from 'unpdf';

export const PDF_TEXT_LIMIT_CHARS = 200_000;

export const PDF_EXTRACTION_FAILED = '[PDF content could not be extracted]';

/**
 * The text of a PDF, for providers that cannot read PDFs themselves. Returns undefined
 * when the file cannot be parsed or holds no text (e.g. a scan), so the caller can say so
 * instead of failing the whole message.
 */
export async function extractPdfText(
  data: Uint8Array,
  limitChars: number = PDF_TEXT_LIMIT_CHARS,
): Promise<string | undefined> {
  try {
    // pdf.js may transfer (detach) the buffer it is given, so it gets a copy.
    const document = await getDocumentProxy(new Uint8Array(data), { verbosity: 0 });
    try {
      const { text } = await extractText(document, { mergePages: true });
      const trimmed = text.trim();
      if (trimmed === '') return undefined;
      return trimmed.length > limitChars
        ? `${trimmed.slice(0, limitChars)}\n\n[PDF text truncated]`
        : trimmed;
    } finally {
      await document.loadingTask.destroy();
    }
  } catch {
    return undefined;
  }
}

/** The text block a model reads for an attached PDF. */
export async function pdfTextBlock(name: string, data: Uint8Array): Promise<string> {
  const text = await extractPdfText(data);
  if (text === undefined) return `[Attached PDF ${name}]: ${PDF_EXTRACTION_FAILED}`;
  return `[Content of attached PDF file ${name}]:\n\n${text}`;
}
