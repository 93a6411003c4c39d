import { NAMED_BY_CUE_GAP } from '../context-words.js';
import { analyzeKoreanRegistrationNumber } from '../korean-registration-number.js';
import type { Candidate } from '../sensitive-types.js';
import { isValidSsn } from '../us-ssn.js';
import { clampConfidence, type Recognizer } from './recognizer.js';

/**
 * Korean RRN/FRN: 6 + 7 digits, bare or split after the birth date by what people type there: a
 * hyphen (or the en dash / non-breaking hyphen / minus sign a word processor substitutes, or the
 * full-width hyphen-minus U+FF0D that Korean and Japanese input methods type in full-width mode),
 * one space, or a dash between single spaces. Bounded quantifiers and ASCII-alnum boundaries, so
 * each start position costs O(1).
 */
const KOREAN_REGISTRATION = /(?<![A-Za-z0-9+\-.])(\d{6})( ?[-\u2010\u2011\u2013\u2212\uFF0D] ?| ?)(\d{7})(?![A-Za-z0-9+]|[-.]\d)/g;

export const recognizeKoreanRegistrationNumbers: Recognizer = ({ text, context }) => {
  const found: Candidate[] = [];
  for (const m of text.matchAll(KOREAN_REGISTRATION)) {
    const analysis = analyzeKoreanRegistrationNumber(m[1]! + m[3]!);
    if (!analysis) continue;
    const start = m.index;
    const end = start + m[0].length;
    const cued = context.has('rrn', start, end) || context.has('frn', start, end);
    // "주문번호 …", "order no. …": an order or ticket number that happens to parse as a date, a
    // gender digit and a check digit (one in ~300 random 13-digit numbers) is not a person's.
    if (!cued && context.names('reference', start, NAMED_BY_CUE_GAP)) continue;
    const hyphenated = m[2] !== '' && m[2] !== ' ';
    let confidence: number;
    if (analysis.issuedUnderRandomScheme) {
      // Born since October 2020: the number was issued under the random scheme, so there is no
      // check digit to verify; the date and the gender digit still had to be right.
      confidence = 0.7 + (cued ? 0.1 : 0);
    } else if (analysis.checksumValid) {
      confidence = (hyphenated ? 0.9 : 0.8) + (cued ? 0.1 : 0);
    } else if (cued) {
      // The check digit applies and fails. A number re-issued (or a foreigner registered) since
      // October 2020 can still belong to someone born earlier, so a cue word keeps it, weakly.
      confidence = 0.6;
    } else {
      continue;
    }
    found.push({ type: analysis.kind, start, end, confidence: clampConfidence(confidence) });
  }
  return found;
};

/**
 * SSN: AAA-GG-SSSS with '-', ' ' or '.' separators, or 9 bare digits. A '.' right before or after
 * means we are inside a version/ip-like token.
 */
const SSN = /(?<![A-Za-z0-9.-])(\d{3})([-. ]?)(\d{2})([-. ]?)(\d{4})(?![A-Za-z0-9]|[-.]\d)/g;

export const recognizeUsSsn: Recognizer = ({ text, context }) => {
  const found: Candidate[] = [];
  for (const m of text.matchAll(SSN)) {
    if (!isValidSsn(m[1]! + m[3]! + m[5]!)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const cued = context.has('ssn', start, end);
    const [sep1, sep2] = [m[2]!, m[4]!];
    let confidence: number;
    if (sep1 !== '' && sep1 === sep2) {
      // The canonical layout. Dashes are the form SSNs are written in; spaces/dots are weaker.
      confidence = sep1 === '-' ? 0.85 : 0.7;
    } else if (!cued) {
      // Bare 9 digits or a mixed layout (078-051121) is just a number unless someone says "SSN".
      continue;
    } else if (sep1 === '' && sep2 === '') {
      confidence = 0.75;
    } else if (sep1 === '' || sep2 === '') {
      confidence = 0.65;
    } else {
      continue; // two different separators (693-09.4444): never an SSN layout
    }
    if (cued) confidence += 0.1;
    found.push({ type: 'US_SSN', start, end, confidence: clampConfidence(confidence) });
  }
  return found;
};
