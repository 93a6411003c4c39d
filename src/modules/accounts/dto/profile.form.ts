import { z } from 'zod';
import type { Translate } from '../../../platform/i18n/translator.js';
import { SENIORITIES, WORK_MODES } from '../../../platform/identity/user.entity.js';

const MAX_ENTRY = 80;
const MAX_ENTRIES = 10;

/** Splits a textarea or comma list into distinct, trimmed entries. */
const list = (messages: { tooLong: string; tooMany: string }) =>
  z
    .string()
    .optional()
    .default('')
    .transform((v) => [...new Set(v.split(/[\n,;]/).map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(MAX_ENTRY, messages.tooLong)).max(MAX_ENTRIES, messages.tooMany));

/** Built per request: its messages are in the reader's language. */
export const profileForm = (t: Translate) => {
  const nameRequired = t('accounts:validation.displayNameRequired');
  return z.object({
    displayName: z.string({ error: nameRequired }).trim().min(1, nameRequired).max(120, t('accounts:validation.tooLong', { max: 120 })),
    targetRoles: list({
      tooLong: t('accounts:validation.roleTooLong', { max: MAX_ENTRY }),
      tooMany: t('accounts:validation.tooManyRoles', { max: MAX_ENTRIES }),
    }),
    locations: list({
      tooLong: t('accounts:validation.locationTooLong', { max: MAX_ENTRY }),
      tooMany: t('accounts:validation.tooManyLocations', { max: MAX_ENTRIES }),
    }),
    workMode: z.enum(WORK_MODES, { error: t('accounts:validation.workMode') }),
    seniority: z.enum(SENIORITIES, { error: t('accounts:validation.seniority') }),
  });
};

export type ProfileForm = z.infer<ReturnType<typeof profileForm>>;
