import { Body, Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../../../platform/identity/public.decorator.js';
import type { Locale } from '../../../platform/i18n/locale.js';
import type { Translate } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { PerPersonThrottlerGuard } from '../../../platform/web/per-person-throttler.guard.js';
import { DATA_REQUEST_TYPES, PROCESSING_PURPOSES } from './data-request.entity.js';
import { CODE_TTL_MS, DataRequestsService } from './data-requests.service.js';
import { DataRequestNotFoundError } from './data-requests.errors.js';
import { publicRequestForm, verifyCodeForm } from './dto/data-request.form.js';
import { formValues } from './requests.controller.js';

/** New requests and new codes one network address may ask for in ten minutes (on top of the per-email code limit). */
const PUBLIC_POSTS_PER_WINDOW = 10;
/** Code checks one network address may make in ten minutes; each code also allows only five wrong guesses. */
const CODE_CHECKS_PER_WINDOW = 30;

/**
 * The data-request form for people without an account (promise R3) — say, someone named in a
 * candidate's document. Nothing starts until they type the six-digit code sent to their address.
 */
@Public()
@Controller('data-requests')
export class PublicRequestsController {
  constructor(private readonly requests: DataRequestsService) {}

  @Get('new')
  form(@Res() res: Response): void {
    this.renderForm(res, 200, { type: '', details: '', purposes: [], email: '', name: '' }, {});
  }

  @Post()
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle({ default: { limit: PUBLIC_POSTS_PER_WINDOW, ttl: 600_000 } })
  async file(@Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = publicRequestForm(t).safeParse(body);
    const values = { ...formValues(body), email: typeof body.email === 'string' ? body.email : '', name: typeof body.name === 'string' ? body.name : '' };
    if (!parsed.success) return this.renderForm(res, 422, values, fieldErrors(parsed.error));
    const request = await this.requests.filePublic(parsed.data, res.locals.locale as Locale);
    setFlash(res, 'info', t('requests:public.flash.codeSent', { minutes: CODE_TTL_MS / 60_000 }));
    seeOther(res, `/data-requests/${request.id}/verify`);
  }

  @Get(':id/verify')
  async verifyPage(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const status = await this.requests.publicStatus(uuidOrNotFound(id));
    this.renderVerify(res, 200, id, status !== 'identity_unverified', {});
  }

  @Post(':id/verify')
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle({ default: { limit: CODE_CHECKS_PER_WINDOW, ttl: 600_000 } })
  async verify(@Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    uuidOrNotFound(id);
    const parsed = verifyCodeForm(t).safeParse(body);
    if (!parsed.success) return this.renderVerify(res, 422, id, false, fieldErrors(parsed.error));
    const outcome = await this.requests.verify(id, parsed.data.code);
    if (outcome !== 'verified') return this.renderVerify(res, 422, id, false, { code: t(`requests:public.errors.${outcome}`) });
    setFlash(res, 'success', t('requests:public.flash.verified'));
    seeOther(res, `/data-requests/${id}/verify`);
  }

  @Post(':id/code')
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle({ default: { limit: PUBLIC_POSTS_PER_WINDOW, ttl: 600_000 } })
  async resend(@Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.requests.resendCode(uuidOrNotFound(id));
    setFlash(res, 'info', (res.locals.t as Translate)('requests:public.flash.codeSent', { minutes: CODE_TTL_MS / 60_000 }));
    seeOther(res, `/data-requests/${id}/verify`);
  }

  private renderForm(res: Response, status: number, values: Record<string, unknown>, errors: Record<string, string>): void {
    const t = res.locals.t as Translate;
    res.status(status).render('compliance/requests/public-new.njk', { title: t('requests:public.title'), types: DATA_REQUEST_TYPES, purposes: PROCESSING_PURPOSES, values, errors });
  }

  private renderVerify(res: Response, status: number, id: string, verified: boolean, errors: Record<string, string>): void {
    const t = res.locals.t as Translate;
    res.status(status).render('compliance/requests/public-verify.njk', { title: t('requests:public.verifyTitle'), id, verified, errors, minutes: CODE_TTL_MS / 60_000 });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidOrNotFound(id: string): string {
  if (!UUID.test(id)) throw new DataRequestNotFoundError();
  return id;
}
