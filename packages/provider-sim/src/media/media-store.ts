import { shortId } from '../hash.js';

export interface StoredMedia {
  mimeType: string;
  bytes: Buffer;
}

/** Generated files that the sim serves back by id (video downloads, OpenAI image URLs). */
export class MediaStore {
  #files = new Map<string, StoredMedia>();
  #counter = 0;

  /** Returns a lower-case alphanumeric id, the shape Gemini file names have. */
  put(media: StoredMedia, seed: string): string {
    this.#counter += 1;
    const id = `sim${this.#counter}${shortId(seed)}`;
    this.#files.set(id, media);
    return id;
  }

  get(id: string): StoredMedia | undefined {
    return this.#files.get(id);
  }
}
