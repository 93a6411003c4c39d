import { z } from 'zod';
import type { Translate } from '../../../platform/i18n/translator.js';
import { MESSAGE_MAX_LENGTH, REPORT_REASONS } from './application-message.entity.js';

/**
 * A message: trimmed plain text, bounded before anything else reads it (so every later pass over
 * it — the sensitive-data check included — is linear in at most MESSAGE_MAX_LENGTH characters).
 * `decision` is the candidate's answer to the sensitive-data warning.
 */
export const messageForm = (t: Translate) =>
  z.object({
    body: z.string().trim().min(1, t('jobs:messages.validation.required')).max(MESSAGE_MAX_LENGTH, t('jobs:messages.validation.tooLong', { max: MESSAGE_MAX_LENGTH })),
    decision: z.enum(['redact', 'keep']).optional().catch(undefined),
  });

export const reportForm = z.object({ reason: z.enum(REPORT_REASONS) });

/** Why an administrator opens a report's case (H1): recorded, and shown to the message's author. */
export const openReportForm = (t: Translate) =>
  z.object({ reason: z.string().trim().min(3, t('jobs:messages.reports.errors.reason')).max(300, t('jobs:messages.reports.errors.reasonTooLong')) });

/** What the htmx check may read: no more than a message can hold. */
export function draftOf(body: Record<string, unknown>): string {
  return typeof body.body === 'string' ? body.body.slice(0, MESSAGE_MAX_LENGTH) : '';
}
