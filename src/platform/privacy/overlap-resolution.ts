import type { Candidate } from './sensitive-types.js';

/**
 * Different recognizers may claim overlapping spans (a Korean bank account that also parses as a
 * phone number, an SSN inside a card-like run). We keep the most confident claim, preferring the
 * longer span on a tie, and drop anything overlapping a claim already kept.
 *
 * Kept spans are marked in an occupancy bitmap over the text, so each check costs the span's
 * length: total work is O(text length + Σ span lengths), linear because every recognizer emits
 * non-overlapping spans of its own.
 */
export function resolveOverlaps<T extends Candidate>(candidates: readonly T[], textLength: number): T[] {
  if (candidates.length <= 1) return [...candidates];
  const byPriority = [...candidates].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const occupied = new Uint8Array(textLength);
  const kept: T[] = [];
  for (const candidate of byPriority) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) {
      if (occupied[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    occupied.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
