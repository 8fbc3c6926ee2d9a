/** Larger text files are cut: the excess would only crowd out the conversation. */
export const TEXT_FILE_LIMIT_BYTES = 200_000;

export interface DecodedText {
  text: string;
  truncated: boolean;
}

export function decodeTextFile(
  data: Uint8Array,
  limitBytes: number = TEXT_FILE_LIMIT_BYTES,
): DecodedText {
  const truncated = data.byteLength > limitBytes;
  const slice = truncated ? data.subarray(0, limitBytes) : data;
  // Non-fatal decoding: a cut multi-byte character or a stray byte becomes U+FFFD
  // rather than losing the whole file. A leading BOM is dropped by the decoder.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(slice);
  return { text: truncated ? text.replace(/\uFFFD+$/, '') : text, truncated };
}

/** The text block a model reads for an attached text file. */
export function textFileBlock(name: string, data: Uint8Array, limitBytes?: number): string {
  const { text, truncated } = decodeTextFile(data, limitBytes);
  const note = truncated ? '\n\n[File truncated: it is larger than the size limit]' : '';
  return `[Content of attached file ${name}]:\n\n${text}${note}`;
}
