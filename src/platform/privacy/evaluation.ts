import { detectSensitive } from './sensitive-detector.js';
import type { DetectOptions, SensitiveType } from './sensitive-types.js';

/** One labelled example of test/fixtures/pii/corpus.json. */
export interface LabelledCase {
  id: string;
  source: string;
  text: string;
  entities: { type: SensitiveType; start: number; end: number }[];
  /** Held-out set only: which half the case belongs to (fixed before tuning). */
  split?: 'tune' | 'test';
  /** Spans shaped like a Korean registration number that cannot exist; reporting one is an error. */
  impossibleResidentNumbers?: { start: number; end: number }[];
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Evaluation {
  overall: Tally & { precision: number; recall: number };
  byType: Map<SensitiveType, Tally & { precision: number; recall: number }>;
  /** Impossible Korean registration numbers (decoys) that were reported as KR_RRN/KR_FRN. */
  impossibleResidentNumbersFlagged: number;
  /** Up to `maxErrors` mistakes, for debugging a regression. */
  errors: { id: string; kind: 'FP' | 'FN'; type: SensitiveType; text: string; span: string; start: number; end: number }[];
}

/**
 * Precision/recall of the detector on labelled cases. A finding counts as a true positive when a
 * gold entity of the same type overlaps it (each gold entity can be claimed once); this tolerates
 * boundary conventions (e.g. whether "(415)" includes its parentheses) while still penalising
 * wrong types.
 */
export function evaluateDetector(cases: readonly LabelledCase[], options?: DetectOptions, maxErrors = 50): Evaluation {
  const byType = new Map<SensitiveType, Tally>();
  const tally = (t: SensitiveType): Tally => {
    let v = byType.get(t);
    if (!v) byType.set(t, (v = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
    return v;
  };
  const errors: Evaluation['errors'] = [];
  let impossibleResidentNumbersFlagged = 0;
  for (const c of cases) {
    const found = detectSensitive(c.text, options);
    for (const decoy of c.impossibleResidentNumbers ?? []) {
      const flagged = found.some((f) => (f.type === 'KR_RRN' || f.type === 'KR_FRN') && f.start < decoy.end && decoy.start < f.end);
      if (flagged) impossibleResidentNumbersFlagged++;
    }
    const claimed = new Set<number>();
    for (const f of found) {
      const gold = c.entities.findIndex((g, i) => !claimed.has(i) && g.type === f.type && g.start < f.end && f.start < g.end);
      if (gold >= 0) {
        claimed.add(gold);
        tally(f.type).truePositives++;
      } else {
        tally(f.type).falsePositives++;
        if (errors.length < maxErrors) errors.push({ id: c.id, kind: 'FP', type: f.type, text: c.text, span: f.text, start: f.start, end: f.end });
      }
    }
    c.entities.forEach((g, i) => {
      if (claimed.has(i)) return;
      tally(g.type).falseNegatives++;
      if (errors.length < maxErrors) errors.push({ id: c.id, kind: 'FN', type: g.type, text: c.text, span: c.text.slice(g.start, g.end), start: g.start, end: g.end });
    });
  }
  const total: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const scored = new Map<SensitiveType, Tally & { precision: number; recall: number }>();
  for (const [type, t] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    total.truePositives += t.truePositives;
    total.falsePositives += t.falsePositives;
    total.falseNegatives += t.falseNegatives;
    scored.set(type, withRates(t));
  }
  return { overall: withRates(total), byType: scored, impossibleResidentNumbersFlagged, errors };
}

function withRates(t: Tally): Tally & { precision: number; recall: number } {
  const predicted = t.truePositives + t.falsePositives;
  const actual = t.truePositives + t.falseNegatives;
  return { ...t, precision: predicted === 0 ? 1 : t.truePositives / predicted, recall: actual === 0 ? 1 : t.truePositives / actual };
}
