import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { seeOther } from '../../platform/web/htmx.js';
import { AdvisorsService } from './advisors/advisors.service.js';
import { SharingService } from './sharing.service.js';

/** Settings → Sharing: every grant, what it covers, every view, and revoke in one click (S1). */
@Controller('settings/sharing')
export class SharingController {
  constructor(
    private readonly sharing: SharingService,
    private readonly advisors: AdvisorsService,
  ) {}

  @Get()
  async index(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = (res.locals.t as Translate);
    res.render('jobs/sharing.njk', { title: t('jobs:sharing.title'), grants: await this.sharing.rowsFor(me.id), consultations: await this.advisors.rowsFor(me.id) });
  }

  @Post(':id/revoke')
  async revoke(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = (res.locals.t as Translate);
    const grant = await this.sharing.revoke(me.id, id);
    setFlash(res, 'success', t('jobs:flash.revoked', { company: grant.company.name }));
    seeOther(res, '/settings/sharing');
  }
}
