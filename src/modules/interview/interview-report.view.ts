import { CRITERIA, type CriterionId } from './engine/interview-types.js';
import { CRITERION_LABELS, RUBRIC_WEIGHTS } from './engine/answer-rubric.js';

const EXPLANATIONS: Record<CriterionId, string> = {
  structure: 'Whether the answer tells a story in order: the situation, your task, what you did, and the result (STAR).',
  relevance: 'Whether the answer addresses the question asked (and the job, when you gave one).',
  specificity: 'Concrete detail and evidence: names of tools and methods, numbers, a real example rather than generalities.',
  contribution: 'Whether it is clear what you did yourself, not only what the team did.',
  impact: 'Whether the answer says what changed because of what you did, ideally measured.',
  clarity: 'Whether the answer is easy to follow: sentence length, focus, and no rambling or repetition.',
};

/** The published weights of the rubric, per kind of question, for the report's "How answers are scored". */
export function rubricWeightsView() {
  const kinds = [
    { id: 'behavioral' as const, label: 'Behavioural questions' },
    { id: 'technical' as const, label: 'Technical questions' },
  ];
  return {
    kinds,
    rows: CRITERIA.map((id) => ({
      label: CRITERION_LABELS[id],
      weights: kinds.map((k) => Math.round(RUBRIC_WEIGHTS[k.id][id] * 100)),
      explanation: EXPLANATIONS[id],
    })),
  };
}
