import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake server received it, for assertions on what left the process. */
export interface CapturedRequest {
  at: number;
  method: string;
  /** Path and query, e.g. `/v1beta/models/gemini-2.5-flash:generateContent`. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The body as UTF-8 text (binary parts of a multipart body come out mangled: use `bytes`). */
  body: string;
  bytes: Buffer;
}

export interface FakeReply {
  status?: number;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (for bodies that are not JSON). */
  raw?: string;
  /** Extra response headers (e.g. Retry-After). */
  headers?: Record<string, string>;
  /** Wait this long before answering (to trigger client timeouts). */
  delayMs?: number;
  /** Drop the connection without answering (a network error). */
  destroy?: boolean;
}

export type Responder = (request: CapturedRequest) => FakeReply;

/**
 * A local HTTP server standing in for a model API. It records every request and answers from a
 * script: each request takes the next responder, the last one repeats. `refuse` answers first for
 * requests the real API would turn away (unknown path, wrong key), before the script is consulted.
 */
export class ScriptedModelServer {
  readonly requests: CapturedRequest[] = [];
  private script: Responder[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server: Server;

  constructor(refuse: (request: CapturedRequest) => FakeReply | undefined, noScript: () => FakeReply) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const captured: CapturedRequest = {
          at: performance.now(),
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: bytes.toString('utf8'),
          bytes,
        };
        this.requests.push(captured);
        let reply = refuse(captured);
        if (!reply) {
          const responder = this.script[Math.min(this.requests.length - 1, this.script.length - 1)];
          reply = responder ? responder(captured) : noScript();
        }
        const send = (): void => {
          if (reply.destroy) {
            req.socket.destroy();
            return;
          }
          const body = reply.raw ?? JSON.stringify(reply.json ?? {});
          res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=UTF-8', ...reply.headers });
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
