import { Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../../platform/identity/public.decorator.js';
import type { Translate } from '../../../platform/i18n/translator.js';
import { KEEP_DATA_PATH, RetentionService } from './retention.service.js';

/**
 * The "keep my data" link of the retention warnings. It works without signing in (the link is
 * signed); GET only asks, so a mail scanner following links changes nothing; the button's POST
 * counts as activity.
 */
@Public()
@Controller(KEEP_DATA_PATH.slice(1))
export class KeepDataController {
  constructor(private readonly retention: RetentionService) {}

  @Get()
  confirm(@Query('u') userId: unknown, @Query('t') token: unknown, @Res() res: Response): void {
    const t = res.locals.t as Translate;
    const valid = this.retention.verifyKeepData(userId, token) !== null;
    res.status(valid ? 200 : 404).render('compliance/retention/keep.njk', { title: t('operations:retention.keep.title'), valid, done: false, userId, token });
  }

  @Post()
  async keep(@Query('u') userId: unknown, @Query('t') token: unknown, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const account = this.retention.verifyKeepData(userId, token);
    if (!account) return void res.status(404).render('compliance/retention/keep.njk', { title: t('operations:retention.keep.title'), valid: false, done: false });
    await this.retention.keepData(account);
    res.status(200).render('compliance/retention/keep.njk', { title: t('operations:retention.keep.title'), valid: true, done: true });
  }
}
