import { BBAN_PATTERN_BY_COUNTRY, IBAN_LENGTH_BY_COUNTRY } from '../iban-registry.js';
import { ibanChecksumValid } from '../mod97.js';
import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type Recognizer } from './recognizer.js';

/** Where an IBAN may begin: a country code and two check digits, not glued to a preceding word. */
const IBAN_START = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}/g;

/**
 * IBANs are written compact or in groups of four separated by a space or dash. From each start we
 * walk forward over at most the country's length in characters, so the scan is linear.
 */
export const recognizeIbans: Recognizer = ({ text }) => {
  const found: Candidate[] = [];
  for (const m of text.matchAll(IBAN_START)) {
    const expectedLength = IBAN_LENGTH_BY_COUNTRY[m[0].slice(0, 2)];
    if (expectedLength === undefined) continue;
    const walked = walkIban(text, m.index, expectedLength);
    if (!walked || !ibanChecksumValid(walked.compact)) continue;
    const bban = BBAN_PATTERN_BY_COUNTRY[m[0].slice(0, 2)];
    if (bban && !bban.test(walked.compact.slice(4))) continue;
    found.push({ type: 'IBAN', start: m.index, end: walked.end, confidence: clampConfidence(0.95) });
  }
  return found;
};

function walkIban(text: string, start: number, expectedLength: number): { compact: string; end: number } | null {
  let compact = '';
  let separator = '';
  let groupLength = 0;
  let i = start;
  while (i < text.length && compact.length < expectedLength) {
    const c = text[i]!;
    if (isIbanChar(c)) {
      compact += c;
      groupLength++;
      i++;
    } else if ((c === ' ' || c === '-') && groupLength === 4 && (separator === '' || separator === c) && isIbanChar(text[i + 1] ?? '')) {
      // A separator is allowed only after a full group of four, and must be the same throughout.
      separator = c;
      groupLength = 0;
      i++;
    } else {
      break;
    }
  }
  if (compact.length !== expectedLength) return null;
  // The IBAN must end at a token boundary; in grouped form a following separated group is fine.
  const next = text[i] ?? '';
  if (isIbanChar(next) || /[a-z]/.test(next)) return null;
  return { compact, end: i };
}

function isIbanChar(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}
