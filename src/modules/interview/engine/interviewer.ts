import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AiProvider } from '../../../platform/ai/ai-provider.js';
import { AiProviderError } from '../../../platform/ai/ai-provider.error.js';
import { scoreAnswer } from './answer-rubric.js';
import { decideFollowUp } from './follow-up.js';
import {
  CRITERIA,
  type AnswerReport,
  type AnswerToScore,
  type FollowUp,
  type FollowUpInput,
  type FollowUpReason,
  type InterviewPlanInput,
  type PlannedQuestion,
} from './interview-types.js';
import { MAX_QUESTIONS, MIN_QUESTIONS, planInterview } from './question-plan.js';

/** The interviewer port: plans an interview, decides follow-ups, gives feedback. */
export interface Interviewer {
  readonly name: string; // 'embedded' | 'gemini'
  plan(input: InterviewPlanInput): Promise<{ questions: PlannedQuestion[]; note?: string }>;
  followUp(input: FollowUpInput): Promise<{ followUp: FollowUp | null; note?: string }>;
  feedback(input: AnswerToScore): Promise<{ report: AnswerReport; note?: string }>;
}

export const INTERVIEWER = Symbol('INTERVIEWER');

/** Candor's own rules: the question bank, the follow-up rules and the rubric. Offline and deterministic. */
export class EmbeddedInterviewer implements Interviewer {
  readonly name = 'embedded';

  plan(input: InterviewPlanInput): Promise<{ questions: PlannedQuestion[] }> {
    return Promise.resolve({ questions: planInterview(input) });
  }

  followUp(input: FollowUpInput): Promise<{ followUp: FollowUp | null }> {
    return Promise.resolve({ followUp: decideFollowUp(input) });
  }

  feedback(input: AnswerToScore): Promise<{ report: AnswerReport }> {
    return Promise.resolve({ report: scoreAnswer(input) });
  }
}

export const AI_FALLBACK_NOTES = {
  plan: 'The AI interviewer was unavailable; questions come from Candor’s built-in bank.',
  followUp: 'The AI interviewer was unavailable; the follow-up comes from Candor’s built-in rules.',
  feedback: 'The AI coach was unavailable; the better version and suggestions come from Candor’s built-in rules. Scores are not affected.',
} as const;

const FOLLOW_UP_REASONS = ['too_short', 'no_result', 'no_personal_contribution', 'off_topic', 'no_example'] as const satisfies readonly FollowUpReason[];

const plannedQuestionsSchema = z.object({
  questions: z
    .array(z.object({ text: z.string().trim().min(10).max(400), kind: z.enum(['behavioral', 'technical']), topic: z.string().trim().min(1).max(80) }))
    .min(1)
    .max(30),
});
const followUpSchema = z.object({
  followUp: z.object({ text: z.string().trim().min(5).max(300), reason: z.enum(FOLLOW_UP_REASONS) }).nullable(),
});
const feedbackSchema = z.object({
  betterVersion: z.string().trim().min(20).max(5000),
  suggestions: z.array(z.object({ id: z.enum(CRITERIA), suggestion: z.string().trim().min(5).max(600) })).max(12),
});

// A follow-up may ask; it may not coach mid-interview ("mention metrics to score higher").
const COACHING = /\b(?:scor\w*|STAR|hint|tip|rubric|you should (?:mention|include|add)|try (?:to )?(?:mention|include|add)|make sure (?:to|you)|remember to|a (?:good|strong|better) answer)\b/i;

const KIND_TEXT: Record<InterviewPlanInput['kind'], string> = {
  behavioral: 'behavioral questions only (past situations: conflict, deadlines, failure, leadership, motivation)',
  technical: 'technical questions only, about the skills and knowledge this role needs',
  mixed: 'alternating questions: behavioral first, then technical, then behavioral, and so on',
};

function questionId(text: string): string {
  return `ai:${createHash('sha256').update(text).digest('hex').slice(0, 10)}`;
}

/**
 * The interviewer backed by an AI model through the AI port (which pseudonymises every part, carries
 * no user identifier and never logs text: D3–D5). The model tailors questions and follow-ups and
 * rewrites the better version and suggestions; the SCORES always come from the embedded rubric so a
 * user's scores stay comparable over time and between providers. On AiProviderError (timeout,
 * unavailable, an answer that fails validation) the embedded rules answer, with a note for the UI;
 * any other error is a bug and propagates.
 */
export class AiInterviewer implements Interviewer {
  readonly name: string;

  constructor(
    private readonly ai: AiProvider,
    private readonly embedded: EmbeddedInterviewer = new EmbeddedInterviewer(),
  ) {
    this.name = ai.name;
  }

  async plan(input: InterviewPlanInput): Promise<{ questions: PlannedQuestion[]; note?: string }> {
    // The model is prompted in English; Korean sessions keep to the Korean questions and rules written for them.
    if (input.locale === 'ko') return this.embedded.plan(input);
    const length = Math.min(MAX_QUESTIONS, Math.max(MIN_QUESTIONS, Math.round(input.length)));
    const parts: Record<string, string> = { target_role: input.role || 'not given' };
    if (input.resumeText) parts['resume'] = input.resumeText;
    if (input.jobText) parts['job_description'] = input.jobText;
    try {
      const answer = await this.ai.generateJson(
        [
          `Act as an interviewer preparing a practice job interview for the target role. Write exactly ${length} main questions: ${KIND_TEXT[input.kind]}.`,
          'Ground them in the resume and the job description when given (the skills the job asks for, the experience the resume shows or lacks).',
          'Each question is one clear question a candidate can answer out loud in two minutes. Never include hints, model answers or scoring advice.',
          'Answer {"questions":[{"text":"<the question>","kind":"behavioral"|"technical","topic":"<what it probes, 1-4 words>"}]}.',
        ].join('\n'),
        parts,
        plannedQuestionsSchema,
      );
      return { questions: validatePlan(answer.questions, input.kind, length) };
    } catch (error) {
      if (!(error instanceof AiProviderError)) throw error;
      return { ...(await this.embedded.plan(input)), note: AI_FALLBACK_NOTES.plan };
    }
  }

  async followUp(input: FollowUpInput): Promise<{ followUp: FollowUp | null; note?: string }> {
    if (input.locale === 'ko') return this.embedded.followUp(input);
    const parts: Record<string, string> = { question: input.question.text, question_kind: input.question.kind, answer: input.answer };
    if (input.resumeText) parts['resume'] = input.resumeText;
    if (input.jobText) parts['job_description'] = input.jobText;
    try {
      const answer = await this.ai.generateJson(
        [
          'You are the interviewer. Decide whether this answer needs one follow-up question before moving on.',
          'Ask one only when the answer is too short, gives no concrete example, does not say what the candidate personally did, gives no result, or is off topic.',
          'The follow-up asks; it never hints at what a good answer contains and never mentions scores. Ground it in the resume or job when it helps.',
          `Answer {"followUp":null} or {"followUp":{"text":"<one short question>","reason":"${FOLLOW_UP_REASONS.join('"|"')}"}}.`,
        ].join('\n'),
        parts,
        followUpSchema,
      );
      // A follow-up that coaches would break the no-hints rule: the embedded rules decide instead.
      if (answer.followUp && COACHING.test(answer.followUp.text)) return this.embedded.followUp(input);
      return { followUp: answer.followUp };
    } catch (error) {
      if (!(error instanceof AiProviderError)) throw error;
      return { ...(await this.embedded.followUp(input)), note: AI_FALLBACK_NOTES.followUp };
    }
  }

  async feedback(input: AnswerToScore): Promise<{ report: AnswerReport; note?: string }> {
    const { report } = await this.embedded.feedback(input);
    if (!input.answer.trim() || input.locale === 'ko') return { report };
    const questionText = typeof input.question === 'string' ? input.question : input.question.text;
    const parts: Record<string, string> = {
      question: questionText,
      answer: input.answer,
      assessment: report.criteria.map((c) => `${c.id} (${c.score}/100): ${c.why} Suggestion: ${c.suggestion}`).join('\n'),
    };
    if (input.jobText) parts['job_description'] = input.jobText;
    try {
      const answer = await this.ai.generateJson(
        [
          'You coach a candidate after a practice interview. The assessment is fixed; do not change or restate scores.',
          '1. Rewrite the answer as a stronger version in the first person, using only facts from the answer. Behavioral stories follow Situation, Task, Action, Result; technical answers give the point, how or why, an example and a trade-off. Write [placeholders] in square brackets for facts the answer lacks, such as a number.',
          '2. For each criterion in the assessment, write one concrete suggestion for this answer.',
          `Answer {"betterVersion":"<text>","suggestions":[{"id":"${CRITERIA.join('"|"')}","suggestion":"<text>"}]}.`,
        ].join('\n'),
        parts,
        feedbackSchema,
      );
      // Absurdly long rewrites are not a better answer to a two-minute question.
      if (answer.betterVersion.length > Math.max(1500, input.answer.length * 3)) throw new AiProviderError('invalid_response');
      const suggestions = new Map(answer.suggestions.map((s) => [s.id, s.suggestion]));
      return {
        report: {
          ...report,
          criteria: report.criteria.map((c) => ({ ...c, suggestion: suggestions.get(c.id) ?? c.suggestion })),
          betterVersion: answer.betterVersion,
        },
      };
    } catch (error) {
      if (!(error instanceof AiProviderError)) throw error;
      return { report, note: AI_FALLBACK_NOTES.feedback };
    }
  }
}

/** The model's plan, checked: the asked-for count and kinds, no duplicates; otherwise invalid. */
function validatePlan(raw: Array<{ text: string; kind: 'behavioral' | 'technical'; topic: string }>, kind: InterviewPlanInput['kind'], length: number): PlannedQuestion[] {
  const seen = new Set<string>();
  const questions: PlannedQuestion[] = [];
  for (const q of raw) {
    const key = q.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    if (kind !== 'mixed' && q.kind !== kind) continue;
    questions.push({ id: questionId(q.text), text: q.text, kind: q.kind, topic: q.topic });
  }
  if (questions.length < length) throw new AiProviderError('invalid_response');
  const plan = questions.slice(0, length);
  if (kind === 'mixed' && length >= 2 && new Set(plan.map((q) => q.kind)).size < 2) throw new AiProviderError('invalid_response');
  return plan;
}
