import type { Application, ApplicationNote, ApplicationStageChange } from './application.entity.js';
import type { Company } from './company.entity.js';
import { plainParagraphs, renderMarkdownDescription } from './job-description.js';
import type { JobPosting } from './job-posting.entity.js';
import { logoUrl } from './logos/logo-url.js';
import type { GrantItem } from './share-grant.entity.js';

/** What templates get of a posting (never the entity). */
export interface PostingView {
  id: string;
  title: string;
  companyId: string;
  companyLogoUrl: string | null;
  companyName: string;
  locations: string[];
  workplace: string;
  seniority: string;
  employmentType: string;
  salary: { min: number | null; max: number | null; currency: string } | null;
  /** Rendered safe Markdown (raw HTML off, safe links only) when the description is Markdown. */
  descriptionHtml: string | null;
  /** Otherwise the plain text, as paragraphs of lines. */
  paragraphs: string[][];
  language: string;
  requiredSkills: string[];
  preferredSkills: string[];
  keywords: string[];
  status: string;
  publishedAt: Date | null;
  createdAt: Date;
}

export function postingView(posting: JobPosting): PostingView {
  const markdown = posting.descriptionFormat === 'markdown';
  return {
    id: posting.id,
    title: posting.title,
    companyId: posting.company.id,
    companyName: posting.company.name ?? '',
    companyLogoUrl: logoUrl(posting.company),
    locations: posting.locations,
    workplace: posting.workplace,
    seniority: posting.seniority,
    employmentType: posting.employmentType,
    salary: posting.salaryMin !== null || posting.salaryMax !== null ? { min: posting.salaryMin ?? null, max: posting.salaryMax ?? null, currency: posting.salaryCurrency ?? '' } : null,
    descriptionHtml: markdown ? renderMarkdownDescription(posting.description) : null,
    paragraphs: markdown ? [] : plainParagraphs(posting.description),
    language: posting.language,
    requiredSkills: posting.requiredSkills,
    preferredSkills: posting.preferredSkills,
    keywords: posting.keywords,
    status: posting.status,
    publishedAt: posting.publishedAt ?? null,
    createdAt: posting.createdAt,
  };
}

/** The form's values for editing a posting (lists as text, amounts as digits). */
export function postingFormValues(posting: JobPosting): Record<string, unknown> {
  return {
    title: posting.title,
    locations: posting.locations.join(', '),
    workplace: posting.workplace,
    seniority: posting.seniority,
    employmentType: posting.employmentType,
    salaryMin: posting.salaryMin ?? '',
    salaryMax: posting.salaryMax ?? '',
    salaryCurrency: posting.salaryCurrency ?? '',
    description: posting.description,
    descriptionFormat: posting.descriptionFormat,
    language: posting.language,
    requiredSkills: posting.requiredSkills.join(', '),
    preferredSkills: posting.preferredSkills.join(', '),
  };
}

export function companyView(company: Company) {
  return { id: company.id, name: company.name, website: company.website ?? null, size: company.size ?? null, locations: company.locations, paragraphs: plainParagraphs(company.description), logoUrl: logoUrl(company) };
}

/** The company's view of an application: the applicant's account name while the account exists, nothing after. */
export function applicationView(application: Application) {
  return {
    id: application.id,
    postingId: application.posting.id,
    postingTitle: application.posting.title ?? '',
    applicantName: application.applicant?.displayName ?? null,
    stage: application.stage,
    note: application.note ?? null,
    createdAt: application.createdAt,
    grantId: application.grant?.id ?? null,
    grantActive: Boolean(application.grant && !application.grant.revokedAt && (!application.grant.expiresAt || application.grant.expiresAt > new Date())),
    items: application.grant?.items ?? ([] as GrantItem[]),
  };
}

export function historyView(change: ApplicationStageChange) {
  return { stage: change.stage, at: change.at, by: change.changedBy?.displayName ?? null };
}

export function noteView(note: ApplicationNote) {
  return { body: note.body, at: note.createdAt, by: note.author?.displayName ?? null };
}
