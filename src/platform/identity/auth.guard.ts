import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { applyAccountLocale } from '../i18n/locale.middleware.js';
import { Translator } from '../i18n/translator.js';
import { IS_PUBLIC, IS_SESSIONLESS } from './public.decorator.js';
import { REQUIRED_ROLES } from './roles.decorator.js';
import { SessionAuthenticator } from './session-authenticator.js';
import type { Role } from './user.entity.js';

/**
 * The global guard: every route needs a valid session unless marked `@Public()`; `@Roles()` narrows
 * further. Public routes still learn who is signed in, so pages can adapt.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly translator: Translator,
    private readonly authenticator: SessionAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_SESSIONLESS, targets)) return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    let user;
    try {
      user = await this.authenticator.authenticate(req);
    } catch (error) {
      // A public page renders for an anonymous visitor when the session cannot be checked.
      if (!isPublic) throw error;
    }
    if (user) {
      req.authUser = user;
      const res = http.getResponse<Response>();
      res.locals.currentUser = { displayName: user.displayName, role: user.role, photoUrl: user.photoUrl };
      applyAccountLocale(req, res, this.translator, user.locale);
    }
    if (isPublic) return true;
    if (!user) throw new UnauthorizedException();

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && user.role !== 'admin' && !roles.includes(user.role)) throw new ForbiddenException();
    return true;
  }
}
