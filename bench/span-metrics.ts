// Span precision/recall/F1 shared by the skills bench and scripts/train-skill-tagger.mjs (which
// imports the compiled copy), so the tuning figures and the bench figures are computed alike.
export interface Span {
  start: number;
  end: number;
}

export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Running counts for two matches: overlap (any shared character) and strict (identical span). */
export class SpanCounter {
  private predicted = 0;
  private gold = 0;
  private overlapCorrect = 0;
  private overlapFound = 0;
  private strictCorrect = 0;
  private strictFound = 0;

  add(predicted: readonly Span[], gold: readonly Span[]): void {
    const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
    const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
    this.predicted += predicted.length;
    this.gold += gold.length;
    this.overlapCorrect += predicted.filter((p) => gold.some((g) => overlaps(p, g))).length;
    this.overlapFound += gold.filter((g) => predicted.some((p) => overlaps(p, g))).length;
    this.strictCorrect += predicted.filter((p) => gold.some((g) => same(p, g))).length;
    this.strictFound += gold.filter((g) => predicted.some((p) => same(p, g))).length;
  }

  overlap(): SpanScore {
    return score(this.overlapCorrect, this.predicted, this.overlapFound, this.gold);
  }

  strict(): SpanScore {
    return score(this.strictCorrect, this.predicted, this.strictFound, this.gold);
  }
}

function score(correct: number, predicted: number, found: number, gold: number): SpanScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? found / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export const formatScore = (s: SpanScore): string => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
