import type { StreamPart } from './stream-part.js';

type BlockKind = 'text' | 'reasoning';

/**
 * Opens and closes text and reasoning blocks around deltas. Only one block is open at a
 * time: reasoning that resumes after text starts a new block, which is how the chat shows
 * a new "thinking" panel.
 */
export class BlockWriter {
  #open: { kind: BlockKind; id: string } | undefined;
  #count = 0;

  text(delta: string): StreamPart[] {
    return this.#delta('text', delta);
  }

  reasoning(delta: string): StreamPart[] {
    return this.#delta('reasoning', delta);
  }

  /** Closes whatever block is open (before tool calls, errors and the finish). */
  close(): StreamPart[] {
    const open = this.#open;
    if (!open) return [];
    this.#open = undefined;
    return [{ type: `${open.kind}-end`, id: open.id }];
  }

  get openKind(): BlockKind | undefined {
    return this.#open?.kind;
  }

  #delta(kind: BlockKind, delta: string): StreamPart[] {
    if (delta === '') return [];
    const parts: StreamPart[] = [];
    let open = this.#open;
    if (open?.kind !== kind) {
      parts.push(...this.close());
      open = { kind, id: `${kind}-${this.#count++}` };
      this.#open = open;
      parts.push({ type: `${kind}-start`, id: open.id });
    }
    const id = open.id;
    parts.push(
      kind === 'text' ? { type: 'text-delta', id, delta } : { type: 'reasoning-delta', id, delta },
    );
    return parts;
  }
}
