import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { seeOther } from '../../platform/web/htmx.js';
import { CompaniesService } from './companies.service.js';

/** A colleague's invitation link: open to any signed-in person whose address it was sent to. */
@Controller('employer/invitations')
export class InvitationsController {
  constructor(private readonly companies: CompaniesService) {}

  @Get(':token')
  async show(@CurrentUser() me: AuthUser, @Param('token') token: string, @Res() res: Response): Promise<void> {
    const t = (res.locals.t as Translate);
    const invitation = await this.companies.invitation(token, me.email);
    res.render('jobs/invitation.njk', { title: t('jobs:invitation.title', { company: invitation.company.name }), companyName: invitation.company.name, token });
  }

  @Post(':token')
  async accept(@CurrentUser() me: AuthUser, @Param('token') token: string, @Res() res: Response): Promise<void> {
    const t = (res.locals.t as Translate);
    const company = await this.companies.accept(me.id, me.email, token);
    setFlash(res, 'success', t('jobs:flash.joined', { company: company.name }));
    seeOther(res, '/employer');
  }
}
