import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Public } from '../../../platform/identity/public.decorator.js';
import { translator, type Translate } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { searchQueryFrom } from '../dto/jobs.forms.js';
import { pageLink } from '../dto/jobs.forms.js';
import { describeQuery, JOB_ALERT_STOP_PATH, SavedSearchesService } from './saved-searches.service.js';

/**
 * Saved searches with email alerts, in the jobs area: saved from the search page (a plain form, so
 * no JavaScript is needed), listed here, paused, resumed or deleted one by one.
 */
@Controller('jobs/alerts')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Get()
  async index(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const rows = await this.savedSearches.list(me.id);
    res.render('jobs/alerts/index.njk', {
      title: t('jobAlerts:list.title'),
      searches: rows.map((s) => ({
        id: s.id,
        words: describeQuery(s.query),
        query: s.query,
        link: pageLink({ ...s.query, page: 1 }, 1),
        paused: s.paused,
        savedAt: s.createdAt,
        lastAlertAt: s.lastAlertAt ?? null,
      })),
    });
  }

  /** The search page's "Save this search" form posts its query here. */
  @Post()
  async save(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    await this.savedSearches.save(me.id, searchQueryFrom(body));
    setFlash(res, 'success', t('jobAlerts:flash.saved'));
    seeOther(res, '/jobs/alerts');
  }

  @Post(':id/pause')
  async pause(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.savedSearches.setPaused(me.id, id, true);
    const t = res.locals.t as Translate;
    setFlash(res, 'success', t('jobAlerts:flash.paused'));
    seeOther(res, '/jobs/alerts');
  }

  @Post(':id/resume')
  async resume(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.savedSearches.setPaused(me.id, id, false);
    const t = res.locals.t as Translate;
    setFlash(res, 'success', t('jobAlerts:flash.resumed'));
    seeOther(res, '/jobs/alerts');
  }

  @Post(':id/delete')
  async remove(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.savedSearches.remove(me.id, id);
    const t = res.locals.t as Translate;
    setFlash(res, 'success', t('jobAlerts:flash.deleted'));
    seeOther(res, '/jobs/alerts');
  }
}

/**
 * The stop link in every alert email. GET shows a confirmation (link scanners must not stop anyone's
 * alert); POST pauses that saved search — from that button, or straight from a mail client's
 * one-click request (RFC 8058), which carries no cookie: the signed token replaces sign-in and CSRF.
 */
@Public()
@Controller(JOB_ALERT_STOP_PATH.slice(1))
export class AlertStopController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Get()
  async confirm(@Query('s') id: unknown, @Query('t') token: unknown, @Res() res: Response): Promise<void> {
    const valid = await this.savedSearches.stopLinkValid(id, token);
    res.status(valid ? 200 : 404).render('jobs/alerts/stop.njk', { title: translator(res)('jobAlerts:stop.title'), valid, done: false, id, token });
  }

  @Post()
  @HttpCode(200)
  async stop(@Query('s') id: unknown, @Query('t') token: unknown, @Res() res: Response): Promise<void> {
    const stopped = await this.savedSearches.stopByLink(id, token);
    res.status(stopped ? 200 : 404).render('jobs/alerts/stop.njk', { title: translator(res)('jobAlerts:stop.title'), valid: stopped, done: stopped });
  }
}
