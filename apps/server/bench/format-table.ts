import type { LatencyResult } from './measure-latency.js';
import type { MemoryResult } from './measure-memory.js';
import type { StatementResult } from './measure-statements.js';
import type { ThroughputResult } from './measure-throughput.js';

export interface BenchReport {
  readonly setting: string;
  readonly latency: readonly LatencyResult[];
  readonly throughput: ThroughputResult;
  readonly memory: MemoryResult;
  readonly statements: StatementResult;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** Stack minus direct, always with its sign. */
const added = (stack: number, direct: number, unit = ms) => {
  const diff = stack - direct;
  return `${diff >= 0 ? '+' : '−'}${unit(Math.abs(diff))}`;
};
const pair = (a: { p50: number; p99: number }) => `${a.p50.toFixed(1)} / ${a.p99.toFixed(1)}`;
const count = (value: number) => Math.round(value).toLocaleString('en-US');
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function latencyTable(results: readonly LatencyResult[]): string[] {
  return [
    row([
      'streams',
      'added TTFT p50',
      'added TTFT p99',
      'added gap p50',
      'added gap p99',
      'TTFT stack p50 / p99',
      'TTFT direct p50 / p99',
      'of which `chat.send` p50 / p99',
      'gap stack p50 / p99',
      'gap direct p50 / p99',
      'samples (TTFT / gaps)',
    ]),
    row(['---:', ...Array.from({ length: 10 }, () => '---:')]),
    ...results.map((r) =>
      row([
        String(r.streams),
        added(r.ttft.stack.p50, r.ttft.direct.p50),
        added(r.ttft.stack.p99, r.ttft.direct.p99),
        added(r.gap.stack.p50, r.gap.direct.p50),
        added(r.gap.stack.p99, r.gap.direct.p99),
        pair(r.ttft.stack),
        pair(r.ttft.direct),
        pair(r.send),
        pair(r.gap.stack),
        pair(r.gap.direct),
        `${r.samples.ttft} / ${r.samples.gaps}`,
      ]),
    ),
  ];
}

function costTable({ throughput: t, memory: m, statements: s }: BenchReport): string[] {
  const kinds = s.byKind.map(([kind, n]) => `${n} ${kind}`).join(', ');
  const rss = m.perStream;
  return [
    row(['measure', 'stack', 'direct', 'stack vs direct']),
    row(['---', '---:', '---:', '---:']),
    row([
      `relayed tokens/s at saturation (${t.streams} streams × ${t.deltas} unpaced deltas)`,
      count(t.tokensPerSecond.stack),
      count(t.tokensPerSecond.direct),
      `${(t.tokensPerSecond.stack / t.tokensPerSecond.direct).toFixed(2)}×`,
    ]),
    row([
      `RSS per open stream (${m.streams} open after their first delta, after GC)`,
      kib(rss.stack.rssBytes),
      kib(rss.direct.rssBytes),
      added(rss.stack.rssBytes, rss.direct.rssBytes, kib),
    ]),
    row([
      'JS heap per open stream (same readings)',
      kib(rss.stack.heapBytes),
      kib(rss.direct.heapBytes),
      added(rss.stack.heapBytes, rss.direct.heapBytes, kib),
    ]),
    row([
      `database statements per answer (send → done, and the writes after it${s.countsTransactionControl ? '' : '; PGlite: BEGIN/COMMIT not logged'})`,
      `${s.total} (${kinds})`,
      '0',
      `+${s.total}`,
    ]),
  ];
}

/** The whole report as markdown: latency by concurrency, then throughput, memory, database. */
export function formatReport(report: BenchReport): string {
  return [
    '## Chat streaming: the stack vs the simulator directly',
    '',
    report.setting,
    '',
    'Each stream: 64 deltas, 20 ms apart (20 ms to the first). TTFT runs from `chat.send` ' +
      '(stack) or `create()` (direct) to the first text delta; gaps are between consecutive ' +
      'deltas. Added = stack percentile − direct percentile, both measured in this run.',
    '',
    ...latencyTable(report.latency),
    '',
    'A stack gap of 0 ms is deltas that queued before the subscription opened, arriving together.',
    '',
    ...costTable(report),
    '',
  ].join('\n');
}
