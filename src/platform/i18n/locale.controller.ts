import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OptionalUser, type AuthUser } from '../identity/current-user.js';
import { Public } from '../identity/public.decorator.js';
import { UsersService } from '../identity/users.service.js';
import { safeReturnPath, seeOther } from '../web/htmx.js';
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_MS } from './locale.js';

/**
 * The language switcher on every page: a plain form post (works without JavaScript). The choice is
 * kept in a cookie for this browser and, once signed in, in the account (emails and other devices).
 */
@Controller('locale')
export class LocaleController {
  constructor(private readonly users: UsersService) {}

  @Public()
  @Post()
  async choose(@Body() body: unknown, @OptionalUser() user: AuthUser | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const form = (body ?? {}) as { locale?: unknown; returnTo?: unknown };
    const returnTo = safeReturnPath(form.returnTo, user ? '/dashboard' : '/');
    if (!isLocale(form.locale)) {
      seeOther(res, returnTo);
      return;
    }
    res.cookie(LOCALE_COOKIE, form.locale, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: LOCALE_COOKIE_MAX_AGE_MS,
    });
    if (user) await this.users.setLocale(user.id, form.locale);
    seeOther(res, returnTo);
  }
}
