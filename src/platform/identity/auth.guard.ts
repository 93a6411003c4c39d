import { type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request, Response } from 'express';
import { applyAccountLocale } from '../i18n/locale.middleware.js';
import { Translator } from '../i18n/translator.js';
import type { AuthUser } from './current-user.js';
import { IS_PUBLIC, IS_SESSIONLESS } from './public.decorator.js';
import { REQUIRED_ROLES } from './roles.decorator.js';
import type { Role } from './user.entity.js';

/**
 * The global guard: every route needs a valid session unless marked `@Public()`; `@Roles()` narrows
 * further. Public routes still learn who is signed in, so pages can adapt.
 */
@Injectable()
export class SessionAuthGuard extends AuthGuard('session') {
  constructor(
    private readonly reflector: Reflector,
    private readonly translator: Translator,
  ) {
    super();
  }

  override getAuthenticateOptions(): { session: boolean; property: string } {
    return { session: false, property: 'authUser' };
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_SESSIONLESS, [context.getHandler(), context.getClass()])) return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<Request>();
    try {
      await super.canActivate(context);
    } catch (error) {
      if (!isPublic) throw error;
    }
    const user = req.authUser ?? undefined;
    if (user) {
      const res = context.switchToHttp().getResponse<Response>();
      res.locals.currentUser = { displayName: user.displayName, role: user.role, photoUrl: user.photoUrl };
      applyAccountLocale(req, res, this.translator, user.locale);
    }
    if (isPublic) return true;
    if (!user) throw new UnauthorizedException();

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [context.getHandler(), context.getClass()]);
    if (roles && user.role !== 'admin' && !roles.includes(user.role)) throw new ForbiddenException();
    return true;
  }

  override handleRequest<TUser = AuthUser>(err: unknown, user: TUser | false): TUser {
    if (err) throw err;
    if (!user) throw new UnauthorizedException();
    return user;
  }
}
