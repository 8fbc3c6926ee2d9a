import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VideoOperations } from './gemini/video-operations.js';
import type { MediaStore } from './media/media-store.js';
import type { Recorder, RequestRecord } from './recorder.js';

/** What outlives a single request. */
export interface SimState {
  /** The sim's root URL, for URIs that point back at it. */
  readonly simUrl: string;
  readonly media: MediaStore;
  readonly videos: VideoOperations;
  readonly recorder: Recorder;
}

/** One request/response pair and what a handler needs to answer it. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly record: RequestRecord;
  /** Aborted when the connection closes before the response ended, or when the sim closes. */
  readonly signal: AbortSignal;
  /** `performance.now()` when the request arrived: the origin of every scripted delay. */
  readonly startedAt: number;
  readonly state: SimState;
}

export function sendJson(
  ex: Exchange,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  ex.res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  ex.res.end(text);
}

export function sendBytes(ex: Exchange, mimeType: string, bytes: Uint8Array): void {
  ex.res.writeHead(200, { 'content-type': mimeType, 'content-length': bytes.byteLength });
  ex.res.end(bytes);
}

/** Kills the connection mid-response, as a crashed upstream or a broken proxy would. */
export function dropConnection(ex: Exchange): void {
  ex.state.recorder.settle(ex.record, 'dropped-by-sim');
  const socket = ex.req.socket;
  // Let what was already written reach the client first: the drop comes after those chunks.
  // An empty write's callback runs once everything queued before it is flushed.
  socket.write(Buffer.alloc(0), () => socket.destroy());
}

/** Sends the headers now, before any body byte, so the client sees a live response. */
export function sendHeadersOnly(ex: Exchange, contentType: string): void {
  ex.res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-cache' });
  ex.res.flushHeaders();
}
