import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';
import type { Delivery } from './engine/interview-types.js';
import { Interview } from './interview.entity.js';

export const ANSWER_SOURCES = ['text', 'voice'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

/**
 * One question of an interview and the answer to it. A voice answer is stored as its (edited)
 * transcript and delivery numbers only; the audio never reaches this table (promise V2).
 */
const InterviewTurnSchema = defineEntity({
  name: 'InterviewTurn',
  tableName: 'interview_turns',
  uniques: [{ properties: ['interview', 'position'] }],
  indexes: [{ properties: ['owner'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    interview: () => p.manyToOne(Interview).deleteRule('cascade'),
    /** Denormalised so every query can be scoped by owner without a join. */
    owner: () => p.manyToOne(User).deleteRule('cascade'),
    /** 0, 1, 2… in the order asked. */
    position: p.integer(),
    /** Which planned question this turn belongs to (a follow-up shares its main question's index). */
    questionIndex: p.integer(),
    followUpReason: p.string().length(40).nullable(),
    questionCiphertext: p.blob(),
    answerCiphertext: p.blob().nullable(),
    /** The answer being typed, saved so it survives a reload; encrypted like the answer, deleted on submit or after a day. */
    draftCiphertext: p.blob().nullable(),
    draftSavedAt: p.datetime().nullable(),
    answeredBy: p.enum(ANSWER_SOURCES).nullable(),
    /** Measured when a recording is transcribed; kept only if the answer is then submitted as spoken. */
    delivery: p.json<Delivery>().nullable(),
    /** The recogniser's confidence (0–1) in the last transcript of a recording for this turn, when it gave one. */
    transcriptConfidence: p.double().nullable(),
    /**
     * The transcript was below the engine's calibrated confidence: the page says so next to it, no
     * delivery figures are kept, and the stronger version in the report never quotes it.
     */
    transcriptLowConfidence: p.boolean().default(false),
    score: p.integer().nullable(),
    reportCiphertext: p.blob().nullable(),
    askedAt: p.datetime().onCreate(() => new Date()),
    answeredAt: p.datetime().nullable(),
  },
});

export class InterviewTurn extends InterviewTurnSchema.class {}
InterviewTurnSchema.setClass(InterviewTurn);
