import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Company } from './company.entity.js';

export const WORKPLACE_TYPES = ['remote', 'hybrid', 'on_site'] as const;
export type WorkplaceType = (typeof WORKPLACE_TYPES)[number];
export const POSTING_SENIORITIES = ['entry', 'junior', 'mid', 'senior', 'lead', 'executive'] as const;
export type PostingSeniority = (typeof POSTING_SENIORITIES)[number];
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship', 'temporary'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const DESCRIPTION_FORMATS = ['plain', 'markdown'] as const;
export type DescriptionFormat = (typeof DESCRIPTION_FORMATS)[number];
export const POSTING_LANGUAGES = ['en', 'ko'] as const;
export type PostingLanguage = (typeof POSTING_LANGUAGES)[number];
export const POSTING_STATUSES = ['draft', 'published', 'closed'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/**
 * A job posting. `search_vector` (a stored generated tsvector with a GIN index, 'simple' configuration
 * so Korean words are kept as written) lives only in the migration: it is never read as a property.
 */
const JobPostingSchema = defineEntity({
  name: 'JobPosting',
  tableName: 'job_postings',
  indexes: [{ properties: ['company', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    title: p.string().length(160),
    locations: p.array().default([]),
    workplace: p.enum(WORKPLACE_TYPES),
    seniority: p.enum(POSTING_SENIORITIES),
    employmentType: p.enum(EMPLOYMENT_TYPES),
    salaryMin: p.integer().nullable(),
    salaryMax: p.integer().nullable(),
    salaryCurrency: p.string().length(3).nullable(),
    description: p.text(),
    descriptionFormat: p.enum(DESCRIPTION_FORMATS).default('plain'),
    language: p.enum(POSTING_LANGUAGES),
    requiredSkills: p.array().default([]),
    preferredSkills: p.array().default([]),
    keywords: p.array().default([]),
    /** Skill names joined by spaces, so the search vector (a generated column) can hold them. */
    skillTerms: p.text().default(''),
    status: p.enum(POSTING_STATUSES).default('draft'),
    publishedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class JobPosting extends JobPostingSchema.class {}
JobPostingSchema.setClass(JobPosting);
