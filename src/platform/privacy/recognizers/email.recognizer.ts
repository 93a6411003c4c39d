import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type Recognizer } from './recognizer.js';

const MAX_LOCAL_PART = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;

/**
 * E-mail addresses, found by a hand-written scan instead of a regex: every '@' is a pivot, and we
 * expand left over local-part characters and right over domain characters, each walk bounded by
 * the RFC 5321 lengths. Adversarial input such as `a@a@a@…` therefore costs O(n), where a naive
 * `[\w.]+@[\w.]+` regex would be quadratic.
 *
 * Only ASCII addresses are reported (IDN domains in their xn-- form): in Korean text an address is
 * often glued to Hangul (`메일은john@x.com입니다`), and admitting non-ASCII would swallow the words.
 */
export const recognizeEmails: Recognizer = ({ text }) => {
  const found: Candidate[] = [];
  let resumeAt = 0; // first index a new finding may start at, so findings never overlap
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    const leftLimit = Math.max(resumeAt, at - MAX_LOCAL_PART);
    while (start > leftLimit && isLocalChar(text.charCodeAt(start - 1))) start--;
    // A run of local-part characters longer than the RFC limit is not an address (and we must not
    // report its last 64 characters as one).
    if (start === at - MAX_LOCAL_PART && start > resumeAt && isLocalChar(text.charCodeAt(start - 1))) continue;
    while (start < at && text[start] === '.') start++; // a local part cannot start with '.'
    if (start === at || text[at - 1] === '.' || text.slice(start, at).includes('..')) continue;

    let end = at + 1;
    const rightLimit = Math.min(text.length, at + 1 + MAX_DOMAIN);
    while (end < rightLimit && isDomainChar(text.charCodeAt(end))) end++;
    // Sentence punctuation after an address is not part of it.
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    if (!isValidDomain(text.slice(at + 1, end))) continue;

    found.push({ type: 'EMAIL', start, end, confidence: clampConfidence(0.95) });
    resumeAt = end;
  }
  return found;
};

function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 /* . */ || c === 95 /* _ */ || c === 37 /* % */ || c === 43 /* + */ || c === 45 /* - */;
}

function isDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 45;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > MAX_LABEL || label.startsWith('-') || label.endsWith('-')) return false;
  }
  const tld = labels[labels.length - 1]!;
  return /^[A-Za-z]{2,24}$/.test(tld) || /^xn--[A-Za-z0-9-]{1,59}$/.test(tld);
}
