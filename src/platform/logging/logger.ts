import type { LoggerService } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';

/**
 * Paths pino blanks out wherever they appear. Request logs carry no bodies, cookies, tokens or query
 * strings at all (see `requestLogger`); this list is the second line of defence for ad-hoc objects.
 */
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.email',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.idToken',
  '*.code',
  '*.text',
  '*.prompt',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'candor' } },
    destination as never,
  );
}

const REQUEST_STARTED = Symbol('requestStarted');
const REQUEST_ID = Symbol('requestId');
const REQUEST_LOGGER = Symbol('requestLogger');

type LoggedResponse = ServerResponse & { [REQUEST_STARTED]?: number; [REQUEST_ID]?: number; [REQUEST_LOGGER]?: Logger; req: IncomingMessage & { originalUrl?: string } };

/** Requests that never get a line: the health probe and static files (as many as pages, and no news). */
function unlogged(url: string): boolean {
  return url === '/healthz' || url.startsWith('/static/');
}

/** The path without its query string (which may carry codes, tokens or search words). */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * The one listener of every logged response (finish, close or error, whichever comes first): shared by
 * all requests, with what it needs kept on the response, so a request costs no closure and no child logger.
 */
function requestDone(this: LoggedResponse, err?: Error): void {
  this.removeListener('finish', requestDone);
  this.removeListener('close', requestDone);
  this.removeListener('error', requestDone);
  const logger = this[REQUEST_LOGGER]!;
  const failure = err ?? (this.statusCode >= 500 ? new Error(`failed with status code ${this.statusCode}`) : undefined);
  const level = failure ? 'error' : this.statusCode >= 400 ? 'warn' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  const id = this[REQUEST_ID]!;
  const line: Record<string, unknown> = {
    reqId: id,
    req: { id, method: this.req.method, path: pathOf(this.req.originalUrl ?? this.req.url ?? '') },
    res: { statusCode: this.statusCode },
  };
  if (failure) line.err = failure;
  line.responseTime = Date.now() - this[REQUEST_STARTED]!;
  logger[level](line, failure ? 'request errored' : 'request completed');
}

/**
 * One line per request: id, method, path without the query string, status, duration. No PII: nothing
 * else of the request (headers, cookies, body, query) is ever read. The same lines pino-http wrote,
 * without its per-request work that was paid even when the line was not (two child loggers, each
 * serialising the whole request with its headers, and four closures): issue #18.
 */
export function requestLogger(logger: Logger): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  let lastId = 0;
  return (req, res, next) => {
    if (!unlogged(req.url ?? '')) {
      const logged = res as LoggedResponse;
      lastId = (lastId + 1) & 0x7fffffff;
      logged[REQUEST_ID] = lastId;
      logged[REQUEST_STARTED] = Date.now();
      logged[REQUEST_LOGGER] = logger;
      res.on('finish', requestDone);
      res.on('close', requestDone);
      res.on('error', requestDone);
    }
    next();
  };
}

/** Nest's logger interface on top of pino, so framework and app logs share one JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
