import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDetector, type LabelledCase } from '../../../src/platform/privacy/evaluation.js';

const corpus = JSON.parse(readFileSync(new URL('../../fixtures/pii/corpus.json', import.meta.url), 'utf8')) as { cases: LabelledCase[] };

describe('labelled PII corpus (test/fixtures/pii, built by scripts/build-pii-corpus.mjs)', () => {
  const evaluation = evaluateDetector(corpus.cases);

  it('is non-trivial and covers every type', () => {
    expect(corpus.cases.length).toBeGreaterThan(1000);
    expect(evaluation.byType.size).toBe(16); // 12 original types + presidio's UK NINO, IN PAN, ES NIF, IT fiscal code vectors
  });

  it('reaches precision and recall >= 0.95 overall', () => {
    const { precision, recall } = evaluation.overall;
    expect(precision, JSON.stringify(evaluation.errors.slice(0, 10), null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(recall, JSON.stringify(evaluation.errors.slice(0, 10), null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps every type at precision and recall >= 0.9', () => {
    for (const [type, t] of evaluation.byType) {
      expect(t.precision, type).toBeGreaterThanOrEqual(0.9);
      expect(t.recall, type).toBeGreaterThanOrEqual(0.9);
    }
  });
});
