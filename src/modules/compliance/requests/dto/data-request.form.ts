import { z } from 'zod';
import type { Translate } from '../../../../platform/i18n/translator.js';
import { DATA_REQUEST_TYPES, PROCESSING_PURPOSES } from '../data-request.entity.js';

/** Checkboxes arrive as nothing, one string or several. */
const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : []);

function requestFields(t: Translate) {
  return {
    type: z.enum(DATA_REQUEST_TYPES, { error: t('requests:form.errors.type') }),
    details: z
      .string()
      .trim()
      .max(4000, t('requests:form.errors.detailsLong'))
      .optional()
      .transform((v) => v || undefined),
    purposes: z.preprocess(listOf, z.array(z.enum(PROCESSING_PURPOSES, { error: t('requests:form.errors.purposes') }))),
  };
}

function checkRequest(t: Translate) {
  return (value: { type: string; details?: string | undefined; purposes: string[] }, ctx: z.RefinementCtx): void => {
    if (value.type === 'objection' && value.purposes.length === 0) ctx.addIssue({ code: 'custom', path: ['purposes'], message: t('requests:form.errors.purposes') });
    if (value.type === 'correction' && !value.details) ctx.addIssue({ code: 'custom', path: ['details'], message: t('requests:form.errors.correctionDetails') });
  };
}

/** Filing from Settings: the session says who is asking. */
export const fileRequestForm = (t: Translate) => z.object(requestFields(t)).superRefine(checkRequest(t));

/** The public form: who is asking is an address, proven by a code before anything starts. */
export const publicRequestForm = (t: Translate) =>
  z
    .object({
      ...requestFields(t),
      email: z.string().trim().max(320).pipe(z.email(t('requests:form.errors.email'))),
      name: z
        .string()
        .trim()
        .max(120, t('requests:form.errors.nameLong'))
        .optional()
        .transform((v) => v || undefined),
    })
    .superRefine(checkRequest(t));

export const verifyCodeForm = (t: Translate) => z.object({ code: z.string().trim().regex(/^\d{6}$/, t('requests:public.errors.codeFormat')) });
