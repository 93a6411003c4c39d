import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { Locale } from '../i18n/locale.js';
import type { Role } from './user.entity.js';

/** Who is signed in, as the rest of the app sees it (never the entity). */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  photoUrl: string | null;
  role: Role;
  /** The saved language, or null to follow the browser. */
  locale: Locale | null;
  sessionId: string;
  /** When the person was last active (for retention, written at most hourly). */
  lastActiveAt: Date;
  /**
   * The person's data version as the session lookup read it (`users.data_version`): any write to their
   * data commits a new one, so it keys what pages cache (PageDataCache). Absent: nothing is cached.
   */
  dataVersion?: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    authUser?: AuthUser;
  }
}

/** The signed-in user of a private route; throws if used on a route that let an anonymous request in. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<Request>().authUser;
  if (!user) throw new UnauthorizedException();
  return user;
});

/** The signed-in user or undefined, for public pages that adapt to a session. */
export const OptionalUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser | undefined => ctx.switchToHttp().getRequest<Request>().authUser,
);
