// The mail port: what other code uses.
export { MailModule } from './mail.module.js';
export { Mailer, MailRequestError, type MailRequest } from './mailer.service.js';
export { MailDelivery, type DeliveryReport } from './mail-delivery.service.js';
export { MailJobs } from './mail.jobs.js';
export { MAIL_LOCALES, MailOutboxMessage, type MailLocale, type MailKind } from './mail-outbox.entity.js';
