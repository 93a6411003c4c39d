import { DiscoveryService } from '@nestjs/core';
import type { Request } from 'express';

/**
 * A read every signed-in page view needs besides the session (the consent banner, the page notices),
 * answered by the session lookup's own statement: a page pays one round trip for all of them instead of
 * one each (issue #18). A module marks the provider that owns the read `@SessionCompanion()`; the
 * sessions repository finds every one at start-up and writes each into its statement as a scalar
 * subquery, evaluated only when the session is live. The owner still reads it itself where the session
 * lookup did not bring it (form posts, which run the plain lookup), so the companion is only a shortcut.
 */
export interface SessionCompanionRead {
  /** Unique across the app: the statement's column and the key `companionValue()` finds it under. */
  readonly companionName: string;
  /** One scalar SQL expression (a parenthesised subquery answering one value, JSON for several); `?` per parameter. */
  readonly companionSql: string;
  /** The values of the `?`s in `companionSql`, in order, for this person. */
  companionParams(userId: string): readonly unknown[];
}

export const SessionCompanion = DiscoveryService.createDecorator<void>();

/** What the session lookup brought for each companion, for the person it was read for. */
export interface SessionCompanionValues {
  userId: string;
  values: ReadonlyMap<string, unknown>;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by the session lookup of a page view (GET/HEAD); absent on other requests. */
    sessionCompanions?: SessionCompanionValues;
  }
}

/** Page views (GET, HEAD) run the session lookup with its companions; other requests need none of them. */
export function isPageView(req: Request): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

/**
 * The value the session lookup read for companion `name` and this person, or `undefined` when the
 * lookup did not bring it (then its owner reads it itself). SQL null comes back as `null`.
 */
export function companionValue(req: Request, name: string, userId: string): { value: unknown } | undefined {
  const read = req.sessionCompanions;
  if (!read || read.userId !== userId || !read.values.has(name)) return undefined;
  return { value: read.values.get(name) };
}
