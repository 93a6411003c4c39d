import { z } from 'zod';
import { INTERVIEW_KINDS } from '../engine/interview-types.js';

export const INTERVIEW_LENGTHS = [3, 5, 8, 10] as const;

export const KIND_LABELS: Record<(typeof INTERVIEW_KINDS)[number], string> = {
  behavioral: 'Behavioural (past situations)',
  technical: 'Technical, for the role',
  mixed: 'Mixed',
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const startInterviewForm = z.object({
  role: z.string({ error: 'Say which role you are practising for' }).trim().min(2, 'Say which role you are practising for').max(120, 'Keep the role under 120 characters'),
  kind: z.enum(INTERVIEW_KINDS, { error: 'Choose the kind of interview' }),
  length: z.coerce.number({ error: 'Choose how many questions' }).int().min(1, 'Choose how many questions').max(10, 'At most 10 questions'),
  documentId: optionalText(36),
  job: optionalText(50_000),
});

export type StartInterviewForm = z.infer<typeof startInterviewForm>;

export const answerForm = z.object({
  turnId: z.string().trim().max(36),
  answer: z.string({ error: 'Write or record your answer first' }).trim().min(1, 'Write or record your answer first').max(10_000, 'Keep your answer under 10,000 characters'),
  source: z.enum(['text', 'voice']).catch('text'),
  /** After a sensitive-data warning: redact the findings, or keep the answer as written. */
  decision: z.enum(['redact', 'keep']).optional().catch(undefined),
});
