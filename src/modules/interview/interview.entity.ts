import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';
import { Document } from '../documents/index.js';
import { INTERVIEW_KINDS, INTERVIEW_LOCALES } from './engine/interview-types.js';

/** `scoring` runs as a queued job (a slow AI provider never blocks a request); `failed` offers a retry. */
export const INTERVIEW_STATUSES = ['in_progress', 'scoring', 'completed', 'failed'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/**
 * One practice interview. Text only (promise V5): the planned questions, the conversation (in
 * `InterviewTurn`) and the scoring report. Anything that can quote the user — the plan (tailored to
 * the resume), the job text and the summary — is encrypted with the owner's data key.
 */
const InterviewSchema = defineEntity({
  name: 'Interview',
  tableName: 'interviews',
  indexes: [{ properties: ['owner', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    owner: () => p.manyToOne(User).deleteRule('cascade'),
    /** The resume it was grounded in; the interview stays when the document is deleted. */
    document: () => p.manyToOne(Document).nullable().deleteRule('set null').index(),
    role: p.string().length(120),
    kind: p.enum(INTERVIEW_KINDS),
    /** The session's language, from the page it was started on: its questions, follow-ups and report. */
    locale: p.enum(INTERVIEW_LOCALES).default('en'),
    /** Main questions (follow-ups are extra). */
    length: p.integer(),
    status: p.enum(INTERVIEW_STATUSES).default('in_progress'),
    /** Who asked: `embedded` or `gemini` (for the report's note). */
    interviewer: p.string().length(20),
    aiNote: p.string().length(300).nullable(),
    jobTitle: p.string().length(200).nullable(),
    jobTextCiphertext: p.blob().nullable(),
    planCiphertext: p.blob(),
    overall: p.integer().nullable(),
    failureReason: p.string().length(300).nullable(),
    scoringAttempts: p.integer().default(0),
    summaryCiphertext: p.blob().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    completedAt: p.datetime().nullable(),
  },
});

export class Interview extends InterviewSchema.class {}
InterviewSchema.setClass(Interview);
