import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';
import { Company } from './company.entity.js';
import { JobPosting } from './job-posting.entity.js';
import { ShareGrant } from './share-grant.entity.js';

export const APPLICATION_STAGES = ['new', 'reviewing', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
/** Stages a company may move an application to (withdrawal is the candidate's alone). */
export const EMPLOYER_STAGES = ['new', 'reviewing', 'interviewing', 'offer', 'hired', 'rejected'] as const satisfies readonly ApplicationStage[];

/**
 * An application to a posting. What the company may open is the grant's business, not this row's:
 * the row holds the stage and the candidate's note. When the candidate's account is erased the row
 * stays for the company's pipeline, withdrawn, with no applicant, grant or note.
 */
const ApplicationSchema = defineEntity({
  name: 'Application',
  tableName: 'job_applications',
  indexes: [{ properties: ['posting', 'createdAt'] }, { properties: ['applicant'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    posting: () => p.manyToOne(JobPosting).deleteRule('cascade'),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    applicant: () => p.manyToOne(User).nullable().deleteRule('set null'),
    grant: () => p.manyToOne(ShareGrant).nullable().deleteRule('set null'),
    stage: p.enum(APPLICATION_STAGES).default('new'),
    /** The candidate's optional note to the company. */
    note: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class Application extends ApplicationSchema.class {}
ApplicationSchema.setClass(Application);

/** Stage history: who moved the application where, and when. */
const ApplicationStageChangeSchema = defineEntity({
  name: 'ApplicationStageChange',
  tableName: 'job_application_stage_changes',
  indexes: [{ properties: ['application', 'at'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    application: () => p.manyToOne(Application).deleteRule('cascade'),
    stage: p.enum(APPLICATION_STAGES),
    changedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export class ApplicationStageChange extends ApplicationStageChangeSchema.class {}
ApplicationStageChangeSchema.setClass(ApplicationStageChange);

/** A note the company keeps about an application; the candidate never sees it. */
const ApplicationNoteSchema = defineEntity({
  name: 'ApplicationNote',
  tableName: 'job_application_notes',
  indexes: [{ properties: ['application', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    application: () => p.manyToOne(Application).deleteRule('cascade'),
    author: () => p.manyToOne(User).nullable().deleteRule('set null'),
    body: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class ApplicationNote extends ApplicationNoteSchema.class {}
ApplicationNoteSchema.setClass(ApplicationNote);

/** A posting a job seeker kept for later. */
const SavedJobSchema = defineEntity({
  name: 'SavedJob',
  tableName: 'saved_jobs',
  uniques: [{ properties: ['user', 'posting'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    posting: () => p.manyToOne(JobPosting).deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class SavedJob extends SavedJobSchema.class {}
SavedJobSchema.setClass(SavedJob);
