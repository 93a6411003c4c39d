import { z } from 'zod';
import { messageKey } from '../../../platform/contracts/domain-error.js';
import { DEFAULT_TIME_ZONES, type Locale } from '../../../platform/i18n/locale.js';
import { DATA_CATEGORIES } from './breach-incident.entity.js';
import type { RecordIncidentInput } from './incidents.service.js';

/** Messages are catalog keys, translated when the form is shown again (422). */
const text = (max: number) =>
  z
    .string({ error: messageKey('operations:incidents.errors.required').key })
    .trim().min(1, messageKey('operations:incidents.errors.required').key).max(max, messageKey('operations:incidents.errors.tooLong').key);
const asList = (value: unknown): unknown => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The offsets of the zones pages are shown in (Korea has no daylight saving time). */
const OFFSETS: Record<string, string> = { 'Asia/Seoul': '+09:00', UTC: 'Z' };

export const incidentFormSchema = z
  .object({
    awareAt: z.string({ error: messageKey('operations:incidents.errors.dateTime').key }).regex(LOCAL_DATE_TIME, messageKey('operations:incidents.errors.dateTime').key),
    whatHappenedEn: text(4000),
    whatHappenedKo: text(4000),
    dataCategories: z.preprocess(asList, z.array(z.enum(DATA_CATEGORIES)).min(1, messageKey('operations:incidents.errors.categories').key)),
    accessFromOutside: checkbox,
    measuresEn: text(4000),
    measuresKo: text(4000),
    whatPeopleCanDoEn: text(4000),
    whatPeopleCanDoKo: text(4000),
    redressEn: text(2000),
    redressKo: text(2000),
    contactDesk: text(300),
    noticesHeld: checkbox,
    affectedBy: z.enum(['account-ids', 'documents-stored-between'], { message: messageKey('operations:incidents.errors.affectedBy').key }),
    accountIds: z.string().max(400_000, messageKey('operations:incidents.errors.tooLong').key).default(''),
    storedFrom: z.string().default(''),
    storedTo: z.string().default(''),
  })
  .superRefine((form, ctx) => {
    if (form.affectedBy === 'account-ids') {
      const ids = splitIds(form.accountIds);
      if (ids.length === 0 || ids.some((id) => !UUID.test(id))) ctx.addIssue({ code: 'custom', path: ['accountIds'], message: messageKey('operations:incidents.errors.accountIds').key });
    } else {
      if (!LOCAL_DATE.test(form.storedFrom)) ctx.addIssue({ code: 'custom', path: ['storedFrom'], message: messageKey('operations:incidents.errors.date').key });
      if (!LOCAL_DATE.test(form.storedTo) || form.storedTo < form.storedFrom) ctx.addIssue({ code: 'custom', path: ['storedTo'], message: messageKey('operations:incidents.errors.dateRange').key });
    }
  });
export type IncidentForm = z.infer<typeof incidentFormSchema>;

export const incidentUpdateSchema = z.object({ bodyEn: text(4000), bodyKo: text(4000) });

/** Account ids one per line, or separated by commas or spaces (a pasted column or a CSV file's contents). */
export function splitIds(value: string): string[] {
  return [...new Set(value.split(/[\s,;]+/).filter(Boolean))];
}

/** Times typed on the page are in the page's time zone (KST on Korean pages, UTC on English ones). */
function instant(localValue: string, locale: Locale): Date {
  return new Date(`${localValue}${OFFSETS[DEFAULT_TIME_ZONES[locale]] ?? 'Z'}`);
}

export function toRecordInput(form: IncidentForm, locale: Locale): RecordIncidentInput {
  const bilingual = (en: string, ko: string) => ({ en, ko });
  return {
    awareAt: instant(form.awareAt, locale),
    whatHappened: bilingual(form.whatHappenedEn, form.whatHappenedKo),
    dataCategories: form.dataCategories,
    accessFromOutside: form.accessFromOutside,
    measures: bilingual(form.measuresEn, form.measuresKo),
    whatPeopleCanDo: bilingual(form.whatPeopleCanDoEn, form.whatPeopleCanDoKo),
    redress: bilingual(form.redressEn, form.redressKo),
    contactDesk: form.contactDesk,
    noticesHeld: form.noticesHeld,
    affected:
      form.affectedBy === 'account-ids'
        ? { kind: 'account-ids', accountIds: splitIds(form.accountIds) }
        : { kind: 'documents-stored-between', from: instant(`${form.storedFrom}T00:00`, locale), to: instant(`${form.storedTo}T23:59:59.999`, locale) },
  };
}
