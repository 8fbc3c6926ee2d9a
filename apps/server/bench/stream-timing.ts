/** When one stream's text deltas arrived, counted from the moment it was requested. */
export class StreamTiming {
  readonly startedAt = performance.now();
  readonly arrivals: number[] = [];
  text = '';
  /** The stack only: when `chat.send` returned, before subscribing. */
  acceptedAt: number | undefined;

  accepted(): void {
    this.acceptedAt = performance.now();
  }

  arrive(text: string): void {
    this.arrivals.push(performance.now());
    this.text += text;
  }

  /** Request to first text delta. */
  firstTokenMs(): number {
    const first = this.arrivals[0];
    if (first === undefined) throw new Error('the stream carried no text');
    return first - this.startedAt;
  }

  /** Request to `chat.send` returning (the stack only). */
  acceptMs(): number | undefined {
    return this.acceptedAt === undefined ? undefined : this.acceptedAt - this.startedAt;
  }

  /** Time between consecutive text deltas. */
  gapsMs(): number[] {
    return this.arrivals.slice(1).map((at, i) => at - (this.arrivals[i] ?? at));
  }
}

/** A stream being read: its first delta, its end, and a way to leave early. */
export interface OpenStream {
  readonly firstDelta: Promise<void>;
  readonly finished: Promise<StreamTiming>;
  /** Stops the stream (the stack: `chat.stop`; direct: abort) and waits for its end. */
  close(): Promise<void>;
}

/** A promise settled from outside, for "the first delta arrived". */
export function signal(): { promise: Promise<void>; resolve(): void; reject(e: unknown): void } {
  let resolve = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A stream that fails before its first delta reports through `finished`.
  promise.catch(() => {});
  return { promise, resolve, reject };
}
