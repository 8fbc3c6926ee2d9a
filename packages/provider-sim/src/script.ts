import type { SimBehaviour, SimEndpoint, SimFeature, SimProtocol } from './behaviour.js';
import type { SimStep } from './provider-sim.js';

/** What a step is matched against. */
export interface MatchTarget {
  protocol: SimProtocol;
  endpoint: SimEndpoint;
  model: string | undefined;
  /** Features the request uses (for `unsupported` steps). */
  features: readonly SimFeature[];
}

interface QueuedStep {
  step: SimStep;
  remaining: number;
}

/** Whether a behaviour makes sense for a request at all, so a step never lands on the wrong endpoint. */
function applies(behaviour: SimBehaviour, target: MatchTarget): boolean {
  switch (behaviour.kind) {
    case 'reply':
      return target.endpoint === 'chat';
    case 'unsupported':
      return (
        target.endpoint === 'chat' && behaviour.features.some((f) => target.features.includes(f))
      );
    case 'media':
      return target.endpoint === 'image' || target.endpoint === 'speech';
    case 'video':
      return target.endpoint === 'video';
    case 'error':
    case 'hang':
    case 'disconnect':
      return true;
  }
}

function matches(step: SimStep, target: MatchTarget): boolean {
  const m = step.match;
  if (m?.protocol !== undefined && m.protocol !== target.protocol) return false;
  if (m?.endpoint !== undefined && m.endpoint !== target.endpoint) return false;
  if (m?.model !== undefined && m.model !== target.model) return false;
  return applies(step.behaviour, target);
}

/** The FIFO of scripted steps. */
export class ScriptQueue {
  #queue: QueuedStep[] = [];

  push(steps: readonly SimStep[]): void {
    for (const step of steps) {
      const times = step.times ?? 1;
      if (!(times >= 1)) throw new Error(`provider-sim: step.times must be >= 1 (got ${times})`);
      this.#queue.push({ step, remaining: times });
    }
  }

  /** Consumes one use of the first step that matches; `undefined` means default behaviour. */
  take(target: MatchTarget): SimBehaviour | undefined {
    const index = this.#queue.findIndex((q) => matches(q.step, target));
    const queued = this.#queue[index];
    if (queued === undefined) return undefined;
    queued.remaining -= 1;
    if (queued.remaining <= 0) this.#queue.splice(index, 1);
    return queued.step.behaviour;
  }

  size(): number {
    return this.#queue.length;
  }

  clear(): void {
    this.#queue = [];
  }
}
