import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Public } from '../../../platform/identity/public.decorator.js';
import { Roles } from '../../../platform/identity/roles.decorator.js';
import type { Locale } from '../../../platform/i18n/locale.js';
import type { Translate } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { policyVersionFormSchema, toDraftInput } from './policy-version.form.js';
import { NOTICE_DAYS, PolicyNoticeTooShortError, PolicyVersionsService } from './policy-versions.service.js';

/** Where the acceptance page sends people back to; only a path on this site. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/(?!\/)[^\s\\]*$/.test(value) && !value.startsWith('/policy/accept') ? value : '/dashboard';
}

/** The admins' policy versions (P1): draft and schedule with the notice period. */
@Roles('admin')
@Controller('admin/policies')
export class PolicyVersionsAdminController {
  constructor(private readonly policies: PolicyVersionsService) {}

  @Get()
  async list(@Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    res.render('compliance/policies/admin-index.njk', { title: t('operations:policies.admin.title'), versions: await this.policies.all(res.locals.locale as Locale) });
  }

  @Get('new')
  form(@Res() res: Response): void {
    this.renderForm(res, 200, {}, {});
  }

  @Post()
  async create(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = policyVersionFormSchema.safeParse(body);
    if (!parsed.success) return this.renderForm(res, 422, body, translated(fieldErrors(parsed.error), t));
    try {
      const version = await this.policies.schedule(toDraftInput(parsed.data, res.locals.locale as Locale), me.id);
      setFlash(res, 'success', t('operations:policies.flash.scheduled', { number: version.number }));
      seeOther(res, '/admin/policies');
    } catch (error) {
      if (!(error instanceof PolicyNoticeTooShortError)) throw error;
      this.renderForm(res, 422, body, { effectiveOn: t('operations:policies.errors.tooSoon', { days: error.minimumDays }) });
    }
  }

  private renderForm(res: Response, status: number, values: Record<string, unknown>, errors: Record<string, string>): void {
    const t = res.locals.t as Translate;
    res.status(status).render('compliance/policies/admin-new.njk', { title: t('operations:policies.new.title'), values, errors, noticeDays: NOTICE_DAYS });
  }
}

/** Every version that has taken effect stays public. */
@Public()
@Controller('privacy/versions')
export class PolicyVersionsPublicController {
  constructor(private readonly policies: PolicyVersionsService) {}

  @Get()
  async list(@Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    res.render('compliance/policies/versions.njk', { title: t('operations:policies.versions.title'), versions: await this.policies.published(res.locals.locale as Locale) });
  }

  @Get(':id')
  async show(@Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const version = await this.policies.publishedVersion(id, res.locals.locale as Locale);
    const t = res.locals.t as Translate;
    res.render('compliance/policies/version.njk', { title: t('operations:policies.version.title', { number: version.number }), version });
  }
}

/** The signed-in person's side: accept a material change, dismiss the banner, see what they accepted. */
@Controller()
export class PolicyAcceptanceController {
  constructor(private readonly policies: PolicyVersionsService) {}

  @Get('policy/accept')
  async acceptPage(@CurrentUser() me: AuthUser, @Query('next') next: unknown, @Res() res: Response): Promise<void> {
    const pending = await this.policies.awaitingAcceptance(me.id);
    if (!pending) return seeOther(res, safeNext(next));
    const t = res.locals.t as Translate;
    const version = await this.policies.publishedVersion(pending.id, res.locals.locale as Locale);
    res.render('compliance/policies/accept.njk', { title: t('operations:policies.accept.title'), version, next: safeNext(next) });
  }

  @Post('policy/accept')
  async accept(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const versionId = typeof body.versionId === 'string' && /^[0-9a-f-]{36}$/.test(body.versionId) ? body.versionId : null;
    const t = res.locals.t as Translate;
    if (versionId) await this.policies.accept(me.id, versionId);
    setFlash(res, 'success', t('operations:policies.flash.accepted'));
    seeOther(res, safeNext(body.next));
  }

  @Post('policy/banner/dismiss')
  async dismiss(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (typeof body.versionId === 'string' && /^[0-9a-f-]{36}$/.test(body.versionId)) await this.policies.dismissBanner(me.id, body.versionId);
    seeOther(res, safeNext(body.next));
  }

  @Get('settings/policy')
  async settings(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    res.render('compliance/policies/settings.njk', { title: t('operations:policies.settings.title'), standing: await this.policies.standing(me.id, res.locals.locale as Locale) });
  }
}

/** Form messages are catalog keys (see policy-version.form.ts), shown in the page's language. */
function translated(errors: Record<string, string>, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]));
}
