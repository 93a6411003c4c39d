import { z } from 'zod';
import type { Translate } from '../../../platform/i18n/translator.js';
import { INTERVIEW_KINDS } from '../engine/interview-types.js';

export const INTERVIEW_LENGTHS = [3, 5, 8, 10] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/** The start form, its messages in the reader's language (`t` of the request). */
export const startInterviewForm = (t: Translate) =>
  z.object({
    role: z.string({ error: t('interview:errors.role') }).trim().min(2, t('interview:errors.role')).max(120, t('interview:errors.roleTooLong')),
    kind: z.enum(INTERVIEW_KINDS, { error: t('interview:errors.kind') }),
    length: z.coerce.number({ error: t('interview:errors.length') }).int().min(1, t('interview:errors.length')).max(10, t('interview:errors.lengthTooMany')),
    documentId: optionalText(36),
    job: optionalText(50_000),
  });

export type StartInterviewForm = z.infer<ReturnType<typeof startInterviewForm>>;

/** An answer, its messages in the reader's language. */
export const answerForm = (t: Translate) =>
  z.object({
    turnId: z.string().trim().max(36),
    answer: z.string({ error: t('interview:errors.answer') }).trim().min(1, t('interview:errors.answer')).max(10_000, t('interview:errors.answerTooLong')),
    source: z.enum(['text', 'voice']).catch('text'),
    /** After a sensitive-data warning: redact the findings, or keep the answer as written. */
    decision: z.enum(['redact', 'keep']).optional().catch(undefined),
  });
