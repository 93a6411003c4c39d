import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Public } from '../identity/public.decorator.js';
import { MailOutboxMessage } from './mail-outbox.entity.js';
import type { Translate } from '../i18n/translator.js';

/** How many messages the list shows, newest first. */
const LIST_LIMIT = 200;

/**
 * The local mailbox (development and tests only; 404 in production): every message in the outbox,
 * so sign-up mail, notices and alerts can be read without any mail server. Public like the
 * development sign-in: the messages worth checking here are often those of people who are signed
 * out — a deletion confirmation, an invitation to someone without an account — and it exists only
 * where no real person's mail is.
 */
@Public()
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async list(@Res() res: Response): Promise<void> {
    this.refuseInProduction();
    const messages = await this.em.fork().find(MailOutboxMessage, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: LIST_LIMIT });
    res.render('dev/mailbox.njk', { title: (res.locals.t as Translate)('mailbox.title'), messages: messages.map(summary) });
  }

  @Get(':id')
  async show(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const message = await this.find(id);
    res.render('dev/mailbox-message.njk', {
      title: message.subject,
      message: { ...summary(message), text: message.textBody, headers: Object.entries(message.headers).map(([name, value]) => ({ name, value })) },
    });
  }

  /**
   * The HTML part, framed by the message page. It gets its own policy: no script of any kind, no
   * network, inline styles (mail needs them), a sandbox, and framing by this origin only.
   */
  @Get(':id/html')
  async html(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const message = await this.find(id);
    res
      .set({
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox",
        'X-Frame-Options': 'SAMEORIGIN',
        'Cache-Control': 'no-store',
      })
      .type('html')
      .send(message.htmlBody);
  }

  private async find(id: string): Promise<MailOutboxMessage> {
    this.refuseInProduction();
    const message = await this.em.fork().findOne(MailOutboxMessage, { id });
    if (!message) throw new NotFoundException();
    return message;
  }

  private refuseInProduction(): void {
    if (this.config.isProduction) throw new NotFoundException();
  }
}

function summary(m: MailOutboxMessage): Record<string, unknown> {
  return {
    id: m.id,
    to: m.recipient,
    subject: m.subject,
    template: m.template,
    locale: m.locale,
    kind: m.kind,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    queuedAt: m.createdAt,
    queuedAtIso: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}
