import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';
import { LOCALES } from '../../../platform/i18n/locale.js';

/**
 * A message to the privacy officer from the contact form, kept so the 30-day reply commitment can be
 * checked. Linked to the account when sent signed in (and erased with it).
 */
const PrivacyContactMessageSchema = defineEntity({
  name: 'PrivacyContactMessage',
  tableName: 'privacy_contact_messages',
  indexes: [{ properties: ['user'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(User).nullable().deleteRule('cascade'),
    replyTo: p.string().length(320),
    message: p.text(),
    locale: p.enum(LOCALES),
    receivedAt: p.datetime(),
    replyDueAt: p.datetime(),
  },
});
export class PrivacyContactMessage extends PrivacyContactMessageSchema.class {}
PrivacyContactMessageSchema.setClass(PrivacyContactMessage);
