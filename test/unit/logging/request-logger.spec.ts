import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { createLogger, requestLogger } from '../../../src/platform/logging/logger.js';

class Lines extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) this.lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  }
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A real HTTP server with the request logger in front of a handler that answers by path. */
async function serve(level: string): Promise<{ origin: string; lines: Lines }> {
  const lines = new Lines();
  const log = requestLogger(createLogger(level, lines));
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const status = Number(/\/status\/(\d+)/.exec(req.url ?? '')?.[1] ?? 200);
    if (req.url?.startsWith('/hang')) {
      // The client goes away before an answer: the line still comes, from 'close'.
      return;
    }
    res.statusCode = status;
    res.end('ok');
  };
  const server = createServer((req, res) => log(req, res, () => handler(req, res)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines };
}

it('writes one line per request: id, method, path without the query, status and duration, and nothing else of the request', async () => {
  const { origin, lines } = await serve('info');
  await fetch(`${origin}/documents/42?email=pat@example.com&code=secret`, { headers: { cookie: 'candor_session=abc', authorization: 'Bearer xyz' } });
  await fetch(`${origin}/documents`, { method: 'POST', body: 'password=hunter2' });
  await expect.poll(() => lines.lines.length).toBe(2);
  const [first, second] = lines.lines;
  expect(first).toMatchObject({ level: 30, service: 'candor', reqId: 1, req: { id: 1, method: 'GET', path: '/documents/42' }, res: { statusCode: 200 }, msg: 'request completed' });
  expect(typeof first!.responseTime).toBe('number');
  expect(second).toMatchObject({ reqId: 2, req: { id: 2, method: 'POST', path: '/documents' } });
  const text = JSON.stringify(lines.lines);
  for (const secret of ['pat@example.com', 'secret', 'candor_session', 'Bearer', 'hunter2', 'email=']) expect(text).not.toContain(secret);
});

it('logs client errors as warnings and server errors as errors with their cause', async () => {
  const { origin, lines } = await serve('info');
  await fetch(`${origin}/status/404`);
  await fetch(`${origin}/status/503`);
  await expect.poll(() => lines.lines.length).toBe(2);
  expect(lines.lines[0]).toMatchObject({ level: 40, res: { statusCode: 404 }, msg: 'request completed' });
  expect(lines.lines[1]).toMatchObject({ level: 50, res: { statusCode: 503 }, err: { message: 'failed with status code 503' }, msg: 'request errored' });
});

it('skips the health probe and static files, and lines below the level', async () => {
  const { origin, lines } = await serve('warn');
  await fetch(`${origin}/healthz`);
  await fetch(`${origin}/static/css/app.css`);
  await fetch(`${origin}/dashboard`);
  await fetch(`${origin}/status/404`);
  await expect.poll(() => lines.lines.length).toBe(1);
  expect(lines.lines[0]).toMatchObject({ level: 40, req: { path: '/status/404' } });
});

it('still writes the line when the client goes away before the answer', async () => {
  const { origin, lines } = await serve('info');
  const aborted = new AbortController();
  const request = fetch(`${origin}/hang`, { signal: aborted.signal }).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 100));
  aborted.abort();
  await request;
  await expect.poll(() => lines.lines.length).toBe(1);
  expect(lines.lines[0]).toMatchObject({ req: { method: 'GET', path: '/hang' } });
});
