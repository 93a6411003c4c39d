import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { VIEWS_DIR } from '../web/project-root.js';
import { DevMailboxController } from './dev-mailbox.controller.js';
import { MailDataParticipant } from './mail-data.participant.js';
import { MailDelivery } from './mail-delivery.service.js';
import { MailTemplates } from './mail-templates.js';
import { LocalMailTransport, MAIL_TRANSPORT, type MailTransport } from './mail-transport.js';
import { MailJobs } from './mail.jobs.js';
import { Mailer } from './mailer.service.js';

/** The mail port for every module: `Mailer.send` into the outbox, a worker delivering it, the local mailbox. */
@Global()
@Module({
  controllers: [DevMailboxController],
  providers: [
    {
      provide: MailTemplates,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new MailTemplates(VIEWS_DIR, { reloadOnChange: config.env === 'development' }),
    },
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      // nodemailer (≈ 40 files) loads only where SMTP is configured, not at every development start (issue #18).
      useFactory: async (config: AppConfig): Promise<MailTransport> => {
        if (config.mail.transport.kind !== 'smtp') return new LocalMailTransport();
        const { SmtpMailTransport } = await import('./smtp-mail-transport.js');
        return new SmtpMailTransport(config.mail.transport, config.mail);
      },
    },
    MailDelivery,
    Mailer,
    MailJobs,
    MailDataParticipant,
  ],
  exports: [Mailer, MailDelivery],
})
export class MailModule {}
