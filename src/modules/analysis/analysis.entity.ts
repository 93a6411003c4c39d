import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';
import { Document } from '../documents/index.js';

export const ANALYSIS_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

/**
 * One analysis run of a document, optionally against a job description. Scores are plain numbers
 * (for the history chart); the report, which quotes the user's own bullets, and the job text are
 * encrypted with the owner's data key. Only results are stored: never a prompt or a model's raw
 * answer (promise D3).
 *
 * Both ciphertexts are lazy: lists, cards and the chart need the plain columns only, and loading
 * every report (tens of kilobytes each) to draw a list cost most of the page (issue #18).
 * `AnalysisRepository.ciphertextsOf()` reads them when a report is opened.
 */
const AnalysisSchema = defineEntity({
  name: 'Analysis',
  tableName: 'analyses',
  indexes: [{ properties: ['owner', 'createdAt'] }, { properties: ['document', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    owner: () => p.manyToOne(User).deleteRule('cascade'),
    document: () => p.manyToOne(Document).deleteRule('cascade'),
    status: p.enum(ANALYSIS_STATUSES).default('queued'),
    jobTitle: p.string().length(200).nullable(),
    jobTextCiphertext: p.blob().lazy().nullable(),
    score: p.integer().nullable(),
    /** Sub-scores by name (numbers only), e.g. {"match": 72, "content": 64}. */
    subScores: p.json<Record<string, number>>().nullable(),
    reportCiphertext: p.blob().lazy().nullable(),
    /** Set when the external AI provider could not help and the embedded engine's text was used. */
    aiNote: p.string().length(200).nullable(),
    failureReason: p.string().length(300).nullable(),
    attempts: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    startedAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
  },
});

export class Analysis extends AnalysisSchema.class {}
AnalysisSchema.setClass(Analysis);
