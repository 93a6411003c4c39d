import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake server received it, for assertions on what left the process. */
export interface CapturedRequest {
  at: number;
  method: string;
  /** Path and query, e.g. `/v1beta/models/gemini-2.5-flash:generateContent`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeReply {
  status?: number;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (for bodies that are not JSON). */
  raw?: string;
  /** Wait this long before answering (to trigger client timeouts). */
  delayMs?: number;
  /** Drop the connection without answering (a network error). */
  destroy?: boolean;
}

export type Responder = (request: CapturedRequest) => FakeReply;

/** Gemini's `generateContent` answer with one candidate whose text is `text`. */
export function modelAnswer(text: string): FakeReply {
  return { json: { candidates: [{ content: { parts: [{ text }], role: 'model' }, finishReason: 'STOP', index: 0 }] } };
}

export function apiError(status: number, message: string, details?: unknown[]): FakeReply {
  return { status, json: { error: { code: status, message, status: status === 429 ? 'RESOURCE_EXHAUSTED' : 'ERROR', details } } };
}

/** The user-visible text the SDK put in the request (all `contents[].parts[].text`). */
export function promptOf(request: CapturedRequest): string {
  const body = JSON.parse(request.body) as { contents?: { parts?: { text?: string }[] }[] };
  return (body.contents ?? []).flatMap((c) => c.parts ?? []).map((p) => p.text ?? '').join('\n');
}

/**
 * A local stand-in for the Gemini REST API (`POST /v1beta/models/{model}:generateContent`, API key
 * in the `x-goog-api-key` header, as the official SDK sends it). It records every request and
 * answers from a script: each request takes the next responder, the last one repeats.
 */
export class FakeGeminiServer {
  readonly requests: CapturedRequest[] = [];
  private script: Responder[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server: Server;

  constructor(readonly apiKey = 'test-key-not-secret') {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const captured: CapturedRequest = {
          at: performance.now(),
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.requests.push(captured);
        let reply: FakeReply;
        if (req.method !== 'POST' || !/^\/v1beta\/models\/[A-Za-z0-9._-]+:generateContent$/.test(captured.url)) {
          reply = apiError(404, 'Not found');
        } else if (req.headers['x-goog-api-key'] !== this.apiKey) {
          reply = apiError(400, 'API key not valid. Please pass a valid API key.');
        } else {
          const responder = this.script[Math.min(this.requests.length - 1, this.script.length - 1)];
          reply = responder ? responder(captured) : apiError(500, 'No scripted reply');
        }
        const send = (): void => {
          if (reply.destroy) {
            req.socket.destroy();
            return;
          }
          const body = reply.raw ?? JSON.stringify(reply.json ?? {});
          res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=UTF-8' });
          res.end(body);
        };
        if (reply.delayMs) {
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            if (!res.destroyed && !req.socket.destroyed) send();
          }, reply.delayMs);
          this.timers.add(timer);
        } else send();
      });
    });
  }

  /** Replaces the script and forgets earlier requests. */
  respond(...script: Responder[]): void {
    this.script = script;
    this.requests.length = 0;
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
