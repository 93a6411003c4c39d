import { CRITERIA } from './engine/interview-types.js';
import { RUBRIC_WEIGHTS } from './engine/answer-rubric.js';

/**
 * The published weights of the rubric, per kind of question, for the report's "How answers are scored".
 * Names and explanations of the criteria are words of the page (`interview:criteria.<id>.*`).
 */
export function rubricWeightsView() {
  const kinds = ['behavioral', 'technical'] as const;
  return {
    kinds,
    rows: CRITERIA.map((id) => ({ id, weights: kinds.map((k) => Math.round(RUBRIC_WEIGHTS[k][id] * 100)) })),
  };
}
