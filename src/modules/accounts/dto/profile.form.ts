import { z } from 'zod';
import type { Translate } from '../../../platform/i18n/translator.js';
import { SENIORITIES, WORK_MODES } from '../../../platform/identity/user.entity.js';
import { isOccupationTitle } from '../../../kernel/skills/index.js';

const MAX_ENTRY = 80;
/** The taxonomy's longest occupation title has 105 characters (an O*NET title of machine setters). */
const MAX_ROLE = 120;
const MAX_ENTRIES = 10;

/**
 * A comma inside one line that is a single role: an occupation title of the taxonomy ("Farmers, Ranchers,
 * and Other Agricultural Managers", "Sales Representatives, Wholesale and Manufacturing, Technical …") or a list closed by a conjunction or an
 * exception (", and Other …", ", Except Oil and Gas", ", All Other").
 */
const ONE_ROLE_COMMA = /,\s*(?:and|or|&|except|all other)\s/iu;
const keepsCommas = (line: string): boolean => ONE_ROLE_COMMA.test(line) || isOccupationTitle(line);

/**
 * Splits a textarea into distinct, trimmed entries: one per line or semicolon, and a line of several
 * entries by its commas ("Data engineer, SRE") unless `wholeLine` says the commas belong to one entry.
 */
const list = (messages: { tooLong: string; tooMany: string }, { wholeLine = () => false, max = MAX_ENTRY }: { wholeLine?: (line: string) => boolean; max?: number } = {}) =>
  z
    .string()
    .optional()
    .default('')
    .transform((v) => [
      ...new Set(
        v
          .split(/[\n;]/u)
          .flatMap((line) => (wholeLine(line.trim()) ? [line] : line.split(',')))
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(max, messages.tooLong)).max(MAX_ENTRIES, messages.tooMany));

/** Built per request: its messages are in the reader's language. */
export const profileForm = (t: Translate) => {
  const nameRequired = t('accounts:validation.displayNameRequired');
  return z.object({
    displayName: z.string({ error: nameRequired }).trim().min(1, nameRequired).max(120, t('accounts:validation.tooLong', { max: 120 })),
    targetRoles: list({
      tooLong: t('accounts:validation.roleTooLong', { max: MAX_ROLE }),
      tooMany: t('accounts:validation.tooManyRoles', { max: MAX_ENTRIES }),
    }, { wholeLine: keepsCommas, max: MAX_ROLE }),
    locations: list({
      tooLong: t('accounts:validation.locationTooLong', { max: MAX_ENTRY }),
      tooMany: t('accounts:validation.tooManyLocations', { max: MAX_ENTRIES }),
    }),
    workMode: z.enum(WORK_MODES, { error: t('accounts:validation.workMode') }),
    seniority: z.enum(SENIORITIES, { error: t('accounts:validation.seniority') }),
  });
};

export type ProfileForm = z.infer<ReturnType<typeof profileForm>>;
