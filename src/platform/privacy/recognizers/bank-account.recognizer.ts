import { cueNamedAnEarlierLine, labelDistance, onlyCueAfterNamesAnother } from '../context-words.js';
import { isValidClabe } from '../clabe.js';
import { looksLikeDateOrPeriod } from '../numeric-lookalikes.js';
import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, digitsOf, type Recognizer, type ScanInput } from './recognizer.js';

/**
 * Account numbers have no checksum we can rely on and look like any other long number, so they
 * are reported only next to a banking cue ("account", "acct", "계좌", a bank's name).
 *   - Korean banks print dashed groups, e.g. 110-123-456789 (신한), 123456-12-123456 (국민),
 *     1002-123-456789 (우리), 3333-01-1234567 (카카오뱅크), 301-1234-1234-11 (농협).
 *   - Singapore prints a check digit apart: 906-168-955-1 (UOB), 193-646894-5 (DBS); Thai banks a
 *     branch-type digit and a check digit (265-9-79584-3), Hong Kong's BOC 012-510-1-538011-0.
 *   - US/other accounts are 8–17 bare digits; Mexico's CLABE is 18 with a check digit (see isValidClabe).
 */
const ACCOUNT_CANDIDATE = /(?<![A-Za-z0-9-])(?:(?:\d{2,6}(?:-\d{1,7}){1,4}|\d{8,18})(?![A-Za-z0-9]|-\d)|(?<spaced>\d{3,6}(?: \d{3,6}){1,4})(?![A-Za-z0-9]|[ -]\d))/g;
/** At most this many characters, none a digit or line break, between an account cue and a value in spaced groups. */
const SPACED_VALUE_GAP = 8;

function namedRightAfterAccountCue(text: string, context: ScanInput['context'], start: number): boolean {
  const cueEnd = context.endBefore('bankAccount', start, SPACED_VALUE_GAP);
  return cueEnd >= 0 && !/[\d\n]/.test(text.slice(cueEnd, start));
}

export const recognizeBankAccounts: Recognizer = ({ text, context }) => {
  const found: Candidate[] = [];
  if (context.occurrences('bankAccount').starts.length === 0) return found; // cue-gated, see above
  for (const m of text.matchAll(ACCOUNT_CANDIDATE)) {
    const raw = m[0];
    const digitCount = digitsOf(raw).length;
    const dashed = raw.includes('-');
    // Digit groups apart by spaces ("Account no.: 6098 9910 79384", "Bank account – 2350 8136 98340") are
    // amounts, phones and ids as often: only as the value of an account label right before them.
    const spaced = m.groups?.['spaced'] !== undefined;
    if (spaced && (digitCount < 10 || digitCount > 20 || !namedRightAfterAccountCue(text, context, m.index))) continue;
    if (dashed ? digitCount < 10 || digitCount > 16 : digitCount < 8) continue;
    if (!dashed && digitCount === 18 && !isValidClabe(raw)) continue;
    if (looksLikeDateOrPeriod(raw)) continue;
    const start = m.index;
    const end = start + raw.length;
    const accountCue = context.distance('bankAccount', start, end);
    // A routing/branch code nearer than the account cue names this number, unless it is a label after
    // it with its own value ("account no. 41007520210, branch code 051001").
    if (accountCue === Infinity || labelDistance(text, context, 'routing', start, end) < accountCue) continue;
    if (onlyCueAfterNamesAnother(text, context, 'bankAccount', start, end)) continue;
    // "…a/c 5375253994, Tunapuna branch⏎Queries: payroll 868-692-6442": the cue named its own line's number.
    const cueEnd = context.endBefore('bankAccount', start);
    if (cueEnd >= 0 && cueNamedAnEarlierLine(text, cueEnd, start) && context.cueAfter('bankAccount', end) === null) continue;
    // A closer order/tracking/business-number cue, or a closer phone cue, says what the number is (not
    // one after it that names a value of its own: "입금계좌 신한 110-631-228745⏎⏎사번 20253282").
    if (labelDistance(text, context, 'reference', start, end) < accountCue || labelDistance(text, context, 'phone', start, end) < accountCue) continue;
    // "주민번호 형식 예시 541014-0181582 … 급여 계좌": a nearer resident-number cue names it.
    if (context.distance('rrn', start, end) < accountCue || context.distance('frn', start, end) < accountCue) continue;
    if (/^01[016789]-\d{3,4}-\d{4}$/.test(raw)) continue; // a Korean mobile number, never an account
    // Dashed groups are how Korean banks print account numbers; a bare run is less specific.
    found.push({ type: 'BANK_ACCOUNT', start, end, confidence: clampConfidence(dashed ? 0.8 : 0.75) });
  }
  return found;
};
