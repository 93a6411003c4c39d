import { EntityManager } from '@mikro-orm/postgresql';
import { Body, Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { messageKey } from '../../../platform/contracts/domain-error.js';
import { Public } from '../../../platform/identity/public.decorator.js';
import { User } from '../../../platform/identity/user.entity.js';
import type { Locale } from '../../../platform/i18n/locale.js';
import type { Translate } from '../../../platform/i18n/translator.js';
import { Mailer } from '../../../platform/mail/index.js';
import { Clock } from '../../../platform/scheduling/clock.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { PrivacyContactMessage } from './privacy-contact-message.entity.js';

/** We answer privacy questions within this many days (the policy's promise; PIPA asks 10 for some requests, handled as R3 requests). */
export const PRIVACY_REPLY_DAYS = 30;

const contactForm = z.object({
  replyTo: z.email({ error: messageKey('operations:contact.errors.email').key }).max(320),
  message: z
    .string({ error: messageKey('operations:contact.errors.message').key })
    .trim()
    .min(10, messageKey('operations:contact.errors.message').key)
    .max(5000, messageKey('operations:contact.errors.tooLong').key),
});

/** The privacy contact: who the officer is, how fast we answer, and a form that reaches them. */
@Public()
@Controller('privacy/contact')
export class PrivacyContactController {
  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  page(@Req() req: Request, @Res() res: Response): void {
    this.render(res, 200, { replyTo: req.authUser?.email ?? '' }, {});
  }

  @Post()
  async send(@Req() req: Request, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const parsed = contactForm.safeParse(body);
    if (!parsed.success) {
      const errors = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([field, key]) => [field, t(key)]));
      return this.render(res, 422, body, errors);
    }
    const receivedAt = this.clock.now();
    const locale = res.locals.locale as Locale;
    const replyDueAt = new Date(receivedAt.getTime() + PRIVACY_REPLY_DAYS * 86_400_000);
    await this.em.fork().transactional(async (tx) => {
      const message = tx.create(PrivacyContactMessage, {
        user: req.authUser ? tx.getReference(User, req.authUser.id) : null,
        replyTo: parsed.data.replyTo,
        message: parsed.data.message,
        locale,
        receivedAt,
        replyDueAt,
      });
      await tx.flush();
      const officer = this.config.privacy.officerEmail;
      if (officer) {
        await this.mailer.send(
          {
            to: officer,
            locale: 'ko',
            template: 'privacy-contact',
            kind: 'transactional',
            headers: { 'X-Entity-Ref-ID': message.id },
            data: { replyTo: parsed.data.replyTo, message: parsed.data.message, replyDue: replyDueAt.toISOString().slice(0, 10), language: locale },
          },
          tx,
        );
      }
    });
    setFlash(res, 'success', t('operations:contact.sent', { days: PRIVACY_REPLY_DAYS }));
    seeOther(res, '/privacy/contact');
  }

  private render(res: Response, status: number, values: Record<string, unknown>, errors: Record<string, string>): void {
    const t = res.locals.t as Translate;
    res.status(status).render('compliance/contact.njk', {
      title: t('operations:contact.title'),
      officerName: this.config.privacy.officerName,
      officerEmail: this.config.privacy.officerEmail,
      replyDays: PRIVACY_REPLY_DAYS,
      values,
      errors,
    });
  }
}
