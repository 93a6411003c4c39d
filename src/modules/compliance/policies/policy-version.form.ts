import { z } from 'zod';
import { messageKey } from '../../../platform/contracts/domain-error.js';
import { DEFAULT_TIME_ZONES, type Locale } from '../../../platform/i18n/locale.js';
import type { DraftPolicyInput } from './policy-versions.service.js';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The offsets of the zones pages are shown in (Korea has no daylight saving time). */
const OFFSETS: Record<string, string> = { 'Asia/Seoul': '+09:00', UTC: 'Z' };

/** Messages are catalog keys, translated when the form is shown again (422). */
const text = (max: number) =>
  z
    .string({ error: messageKey('operations:policies.errors.required').key })
    .trim()
    .min(1, messageKey('operations:policies.errors.required').key)
    .max(max, messageKey('operations:policies.errors.tooLong').key);
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

export const policyVersionFormSchema = z.object({
  effectiveOn: z.string({ error: messageKey('operations:policies.errors.date').key }).regex(LOCAL_DATE, messageKey('operations:policies.errors.date').key),
  material: checkbox,
  summaryKo: text(4000),
  summaryEn: text(4000),
  bodyKo: text(100_000),
  bodyEn: text(100_000),
});
export type PolicyVersionForm = z.infer<typeof policyVersionFormSchema>;

/** The version takes effect at the start of the day typed, in the page's time zone (KST on Korean pages). */
export function toDraftInput(form: PolicyVersionForm, locale: Locale): DraftPolicyInput {
  return {
    material: form.material,
    summary: { ko: form.summaryKo, en: form.summaryEn },
    body: { ko: form.bodyKo, en: form.bodyEn },
    effectiveAt: new Date(`${form.effectiveOn}T00:00:00${OFFSETS[DEFAULT_TIME_ZONES[locale]] ?? 'Z'}`),
  };
}
