import { z } from 'zod';
import type { Translate } from '../../../platform/i18n/translator.js';
import { EMPLOYER_STAGES } from '../application.entity.js';
import { COMPANY_SIZES } from '../company.entity.js';
import { DESCRIPTION_FORMATS, EMPLOYMENT_TYPES, POSTING_LANGUAGES, POSTING_SENIORITIES, WORKPLACE_TYPES } from '../job-posting.entity.js';
import { POSTED_WITHIN_DAYS, type JobSearchQuery } from '../job-search.service.js';
import { SHAREABLE_SECTIONS } from '../share-grant.entity.js';
import { SHARE_PROFILE_DAY_CHOICES, SHARE_PROFILE_DEFAULT_DAYS, type ShareChoice } from '../sharing.service.js';

/** Splits a textarea or comma list into distinct, trimmed entries. */
const list = (maxEntry: number, maxEntries: number, t: Translate) =>
  z
    .string()
    .optional()
    .default('')
    .transform((v) => [...new Set(v.split(/[\n,;]/).map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(maxEntry, t('jobs:validation.entryTooLong', { max: maxEntry }))).max(maxEntries, t('jobs:validation.tooMany', { max: maxEntries })));

/** Ticked checkboxes arrive as nothing, one string, or several. */
const ticked = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : ([] as string[]).concat(v)));

const optionalText = (max: number, t: Translate) =>
  z
    .string()
    .optional()
    .transform((v) => v?.trim() || null)
    .pipe(z.string().max(max, t('jobs:validation.tooLong', { max })).nullable());

const optionalAmount = (t: Translate) =>
  z
    .string()
    .optional()
    .transform((v) => v?.replace(/[\s,]/g, '') ?? '')
    .refine((v) => v === '' || (/^\d{1,10}$/.test(v) && Number(v) <= 2_000_000_000), t('jobs:validation.amount'))
    .transform((v) => (v === '' ? null : Number(v)));

export const companyForm = (t: Translate) =>
  z.object({
    name: z.string({ error: t('jobs:validation.nameRequired') }).trim().min(1, t('jobs:validation.nameRequired')).max(120, t('jobs:validation.tooLong', { max: 120 })),
    website: optionalText(300, t).refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), t('jobs:validation.website')),
    size: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(z.enum(COMPANY_SIZES, { error: t('jobs:validation.choose') }).nullable()),
    locations: list(80, 10, t),
    description: z.string().optional().default('').transform((v) => v.trim()).pipe(z.string().max(5000, t('jobs:validation.tooLong', { max: 5000 }))),
  });

export const postingForm = (t: Translate) =>
  z
    .object({
      title: z.string({ error: t('jobs:validation.titleRequired') }).trim().min(1, t('jobs:validation.titleRequired')).max(160, t('jobs:validation.tooLong', { max: 160 })),
      locations: list(80, 10, t),
      workplace: z.enum(WORKPLACE_TYPES, { error: t('jobs:validation.choose') }),
      seniority: z.enum(POSTING_SENIORITIES, { error: t('jobs:validation.choose') }),
      employmentType: z.enum(EMPLOYMENT_TYPES, { error: t('jobs:validation.choose') }),
      salaryMin: optionalAmount(t),
      salaryMax: optionalAmount(t),
      salaryCurrency: z
        .string()
        .optional()
        .transform((v) => v?.trim().toUpperCase() || null)
        .pipe(z.string().regex(/^[A-Z]{3}$/, t('jobs:validation.currency')).nullable()),
      description: z.string({ error: t('jobs:validation.descriptionRequired') }).trim().min(1, t('jobs:validation.descriptionRequired')).max(20_000, t('jobs:validation.tooLong', { max: 20_000 })),
      descriptionFormat: z.enum(DESCRIPTION_FORMATS, { error: t('jobs:validation.choose') }),
      language: z.enum(POSTING_LANGUAGES, { error: t('jobs:validation.choose') }),
      requiredSkills: list(80, 30, t).optional(),
      preferredSkills: list(80, 30, t).optional(),
      /** "extract" asks the engine to read the skills from the description again. */
      action: z.string().optional(),
    })
    .refine((v) => v.salaryMin === null || v.salaryMax === null || v.salaryMax >= v.salaryMin, { path: ['salaryMax'], message: t('jobs:validation.salaryRange') })
    .refine((v) => (v.salaryMin === null && v.salaryMax === null) || v.salaryCurrency !== null, { path: ['salaryCurrency'], message: t('jobs:validation.currency') });

export const inviteForm = (t: Translate) => z.object({ email: z.email(t('jobs:validation.email')).max(320, t('jobs:validation.email')) });

const choiceFields = (t: Translate) => ({
  resumeId: z
    .string()
    .optional()
    .transform((v) => v || null),
  coverLetterIds: ticked,
  portfolioIds: ticked,
  sections: ticked.transform((v) => SHAREABLE_SECTIONS.filter((s) => v.includes(s))),
  note: optionalText(2000, t),
});

export const applyForm = (t: Translate) => z.object(choiceFields(t)).refine((v) => v.resumeId !== null, { path: ['resumeId'], message: t('jobs:validation.chooseResume') });

export const shareProfileForm = (t: Translate) =>
  z
    .object({
      ...choiceFields(t),
      days: z.coerce
        .number()
        .optional()
        .transform((v) => v ?? SHARE_PROFILE_DEFAULT_DAYS)
        .pipe(z.union(SHARE_PROFILE_DAY_CHOICES.map((d) => z.literal(d)) as [z.ZodLiteral<7>, z.ZodLiteral<30>, z.ZodLiteral<90>], { error: t('jobs:validation.choose') })),
    })
    .refine((v) => v.resumeId !== null || v.coverLetterIds.length > 0 || v.portfolioIds.length > 0, { path: ['resumeId'], message: t('jobs:validation.chooseSomething') });

export const stageForm = z.object({ stage: z.enum(EMPLOYER_STAGES) });
export const noteForm = (t: Translate) => z.object({ body: z.string().trim().min(1, t('jobs:validation.noteRequired')).max(5000, t('jobs:validation.tooLong', { max: 5000 })) });

export function choiceOf(form: { resumeId: string | null; coverLetterIds: string[]; portfolioIds: string[]; sections: ShareChoice['sections'] }): ShareChoice {
  return { resumeId: form.resumeId, coverLetterIds: form.coverLetterIds, portfolioIds: form.portfolioIds, sections: form.sections };
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | '' => (values as readonly unknown[]).includes(value) ? (value as T) : '';

/** The search form's query string, read leniently: anything unknown is simply not a filter. */
export function searchQueryFrom(query: Record<string, unknown>): JobSearchQuery {
  const text = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const location = typeof query.location === 'string' ? query.location.slice(0, 80) : '';
  const salary = Number(typeof query.salary === 'string' ? query.salary.replace(/[\s,]/g, '') : NaN);
  const days = Number(query.posted);
  const page = Number(query.page);
  return {
    text,
    location,
    workplace: oneOf(WORKPLACE_TYPES, query.workplace),
    seniority: oneOf(POSTING_SENIORITIES, query.seniority),
    employmentType: oneOf(EMPLOYMENT_TYPES, query.type),
    salaryAtLeast: Number.isFinite(salary) && salary > 0 ? Math.floor(salary) : null,
    postedWithinDays: (POSTED_WITHIN_DAYS as readonly number[]).includes(days) ? (days as JobSearchQuery['postedWithinDays']) : null,
    page: Number.isInteger(page) && page > 0 && page <= 1000 ? page : 1,
  };
}

/** A consultation's consent page (S2): the same choice of items, and the explicit consent box. */
export const consultForm = (t: Translate) =>
  z
    .object({
      ...choiceFields(t),
      consent: z.literal('yes', { error: t('advisors:validation.consent') }),
    })
    .refine((v) => v.resumeId !== null || v.coverLetterIds.length > 0 || v.portfolioIds.length > 0, { path: ['resumeId'], message: t('jobs:validation.chooseSomething') });

export const advisorProfileForm = (t: Translate) =>
  z.object({
    specialty: z.string({ error: t('advisors:validation.specialty') }).trim().min(1, t('advisors:validation.specialty')).max(120, t('jobs:validation.tooLong', { max: 120 })),
    bio: z.string().optional().default('').transform((v) => v.trim()).pipe(z.string().max(3000, t('jobs:validation.tooLong', { max: 3000 }))),
  });

/** The same search on another page: plain links, so paging works without JavaScript. */
export function pageLink(query: JobSearchQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  if (query.location) params.set('location', query.location);
  if (query.workplace) params.set('workplace', query.workplace);
  if (query.seniority) params.set('seniority', query.seniority);
  if (query.employmentType) params.set('type', query.employmentType);
  if (query.salaryAtLeast !== null) params.set('salary', String(query.salaryAtLeast));
  if (query.postedWithinDays !== null) params.set('posted', String(query.postedWithinDays));
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `/jobs?${text}` : '/jobs';
}
