/** Shared types of the interviewer engine (pure logic: no I/O, no Nest). */

export const INTERVIEW_KINDS = ['behavioral', 'technical', 'mixed'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/** A question of one interview, as planned at the start. */
export interface PlannedQuestion {
  /** Stable id: the bank id (e.g. `bank:123`) or a generated one (e.g. `skill:kubernetes`). */
  id: string;
  text: string;
  kind: 'behavioral' | 'technical';
  /** What it probes, for the report, e.g. "conflict", "JavaScript", "Kubernetes". */
  topic: string;
  /** The occupation family a technical question belongs to (`general` for craft questions about any role). */
  family?: string;
  /** The language the question is written in; absent means English (plans saved before Korean sessions). */
  locale?: InterviewLocale;
}

/** Languages the interviewer can hold a session in: its questions, follow-ups and report. */
export const INTERVIEW_LOCALES = ['en', 'ko'] as const;
export type InterviewLocale = (typeof INTERVIEW_LOCALES)[number];

export interface InterviewPlanInput {
  /** The target role as the user typed it, e.g. "Frontend engineer", "Registered nurse". */
  role: string;
  kind: InterviewKind;
  /** Main questions (follow-ups do not count). */
  length: number;
  resumeText?: string;
  jobText?: string;
  /** Same seed, same plan (the interview id), so a plan is reproducible. */
  seed: string;
  /** The session's language (default English). Korean sessions ask only questions written in Korean. */
  locale?: InterviewLocale;
}

export type FollowUpReason = 'too_short' | 'no_result' | 'no_personal_contribution' | 'off_topic' | 'no_example';

export interface FollowUp {
  text: string;
  reason: FollowUpReason;
}

export interface FollowUpInput {
  question: PlannedQuestion;
  answer: string;
  resumeText?: string;
  jobText?: string;
  locale?: InterviewLocale;
}

/** Delivery of a spoken answer, measured from the recognised words and their timings. */
export type { Delivery } from '../../../platform/ai/speech/delivery.js';
import type { Delivery } from '../../../platform/ai/speech/delivery.js';

export const CRITERIA = ['structure', 'relevance', 'specificity', 'contribution', 'impact', 'clarity'] as const;
export type CriterionId = (typeof CRITERIA)[number];

export interface CriterionScore {
  id: CriterionId;
  label: string;
  /** 0–100. */
  score: number;
  /** One or two sentences saying why, in plain words. */
  why: string;
  /** The user's own words that the score is based on (may be empty when something is missing). */
  quotes: string[];
  /** What to do better, concretely. */
  suggestion: string;
}

export interface StarCoverage {
  situation: boolean;
  task: boolean;
  action: boolean;
  result: boolean;
}

export interface DeliveryReport extends Delivery {
  score: number;
  why: string;
  suggestion: string;
}

export interface AnswerReport {
  /** 0–100, the weighted mean of the criteria (weights published in the report). */
  overall: number;
  criteria: CriterionScore[];
  star: StarCoverage;
  delivery?: DeliveryReport;
  /** A stronger version of the answer built from the user's own words, with [placeholders] for facts we cannot know. */
  betterVersion: string;
  /** The answer was a transcript the recogniser doubted: `betterVersion` is an outline that quotes none of it. */
  lowConfidenceTranscript?: boolean;
}

export interface AnswerToScore {
  question: PlannedQuestion | string;
  answer: string;
  jobText?: string;
  delivery?: Delivery;
  /** The language of the report's text (why, suggestions, better version); default English. */
  locale?: InterviewLocale;
}

export interface InterviewSummary {
  overall: number;
  /** Mean per criterion over the answers. */
  criteria: { id: CriterionId; label: string; score: number }[];
  strengths: string[];
  focusAreas: string[];
  delivery?: { wordsPerMinute: number; fillersPerMinute: number; longPauses: number };
}
