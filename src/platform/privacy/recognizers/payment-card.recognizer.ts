import { luhnValid } from '../luhn.js';
import { cardBrandOf } from '../payment-card-issuers.js';
import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type Recognizer } from './recognizer.js';

/**
 * 12–19 digits, each optionally preceded by one space or dash. `(?:[ -]?\d)` has exactly one way
 * to match any given string, and the repeat count is bounded, so this cannot backtrack
 * catastrophically; the lookbehind stops matches from starting inside a longer digit run.
 */
const CARD_CANDIDATE = /(?<![A-Za-z0-9-])\d(?:[ -]?\d){11,18}(?![A-Za-z0-9])/g;

/** Printed layouts: 4-4-4-4(-3) for most brands, 4-6-5 Amex, 4-6-4 Diners. */
const GROUPED_LAYOUTS: ReadonlySet<string> = new Set([
  '4,4,4,4', '4,4,4,4,1', '4,4,4,4,2', '4,4,4,4,3', // 16–19 digit PANs
  '4,4,4,1', '4,4,4,2', '4,4,4,3', '4,4,5', // 13–15 digit PANs
  '4,6,5', // Amex
  '4,6,4', // Diners
]);

export const recognizePaymentCards: Recognizer = ({ text, context }) => {
  const found: Candidate[] = [];
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    const raw = m[0];
    if (!hasCardLayout(raw)) continue;
    const pan = raw.replace(/[ -]/g, '');
    if (!luhnValid(pan)) continue;
    const brand = cardBrandOf(pan);
    if (brand === null) continue;
    const start = m.index;
    const end = start + raw.length;
    const cued = context.has('card', start, end);
    if (brand === 'uatp' && !cued) continue;
    found.push({ type: 'CREDIT_CARD', start, end, confidence: clampConfidence(0.9 + (cued ? 0.1 : 0)) });
  }
  return found;
};

/** Either no separators at all, or one separator kind used between the groups of a known layout. */
function hasCardLayout(raw: string): boolean {
  const groups = raw.split(/[ -]/);
  if (groups.length === 1) return true;
  const hasSpace = raw.includes(' ');
  const hasDash = raw.includes('-');
  if (hasSpace && hasDash) return false;
  return GROUPED_LAYOUTS.has(groups.map((g) => g.length).join(','));
}
