import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/** Where a request came from, recorded with every look at someone else's data (promise H1: "from where"). */
export interface AccessOrigin {
  /** The client address as Express sees it (behind a proxy only when TRUST_PROXY is set). */
  ip: string | undefined;
  /** The method and path that opened it, without the query string. */
  via: string;
}

const origins = new AsyncLocalStorage<AccessOrigin>();

/** Middleware: the rest of the request runs knowing its origin, so the access log can record it. */
export function accessOriginMiddleware(req: Request, _res: Response, next: NextFunction): void {
  origins.run({ ip: req.ip, via: `${req.method} ${req.originalUrl.split('?')[0] ?? ''}`.slice(0, 200) }, next);
}

/** The current request's origin; undefined outside a request (a job, the CLI). */
export function currentAccessOrigin(): AccessOrigin | undefined {
  return origins.getStore();
}
