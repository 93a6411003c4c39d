import { cueNamedAnEarlierLine, labelDistance, onlyCueAfterNamesAnother } from '../context-words.js';
import { isValidClabe } from '../clabe.js';
import { looksLikeDate, looksLikeDateOrPeriod } from '../numeric-lookalikes.js';
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
  // A label's whole value, read in its grouping, replaces the pieces of it read above ("SN012 01212 036182701905 21").
  const cues = context.occurrences('bankAccount');
  for (let i = 0; i < cues.ends.length; i++) {
    const value = valueOfAccountLabel(text, context, cues.ends[i]!);
    if (!value) continue;
    const inside = (f: Candidate): boolean => f.start >= value.start && f.end <= value.end;
    if (found.some((f) => f.start < value.end && value.start < f.end && !inside(f))) continue;
    for (let j = found.length - 1; j >= 0; j--) if (inside(found[j]!)) found.splice(j, 1);
    found.push({ type: 'BANK_ACCOUNT', ...value, confidence: clampConfidence(0.8) });
  }
  return found;
};

/**
 * The rest of an account label and its value, read right at the cue's end: the bank's name or a number sign
 * ("Compte SGCI n° ", "account # ", "cuenta Nº "), a colon or dash, then digit groups in the bank's own grouping —
 * a branch and a check digit apart ("99089925941-33", "9084-697192127", "1-46170800"), dotted thousands
 * ("318.664.931"), a French-style RIB (bank, branch, account, key: "10002 53455 25513308759 10", with a country
 * prefix in the UEMOA: "CI191 05859 016216569854 35") or a Portuguese NIB ("0001 2230 80786983800 15").
 */
const VALUE_AFTER_ACCOUNT_LABEL =
  /[^\S\n]{0,3}(?:[\p{L}.°#№]{1,12}[^\S\n]{1,2}){0,2}[:#|¦–—-]?[^\S\n]{0,3}(?<value>(?:[A-Z]{2})?\d{1,22}(?:[-. ]\d{1,12}){0,4})(?![\p{L}\p{N}]|[-.]\d)/uy;
const IBAN_HEAD_BEFORE = /[A-Z]{2}\d{2} ?[A-Za-z]{4}$/;
const LABELLED_VALUE_DIGITS = { min: 7, max: 24 } as const;

function valueOfAccountLabel(text: string, context: ScanInput['context'], cueEnd: number): { start: number; end: number } | undefined {
  // "LV80 BANK 0000 4351 9500 1": a bank code inside an IBAN-like string is no label.
  if (IBAN_HEAD_BEFORE.test(text.slice(Math.max(0, cueEnd - 12), cueEnd))) return undefined;
  VALUE_AFTER_ACCOUNT_LABEL.lastIndex = cueEnd;
  const m = VALUE_AFTER_ACCOUNT_LABEL.exec(text);
  const raw = m?.groups?.['value'];
  if (!m || !raw) return undefined;
  const digitCount = digitsOf(raw).length;
  // Dotted groups are the label's value here ("rekening 412.077.305"), not a version number.
  if (digitCount < LABELLED_VALUE_DIGITS.min || digitCount > LABELLED_VALUE_DIGITS.max || looksLikeDate(raw)) return undefined;
  if (/^\d{18}$/.test(raw) && !isValidClabe(raw)) return undefined;
  const end = m.index + m[0].length;
  const start = end - raw.length;
  // Another kind's label between the cue and the value names it ("Bank: KCB, Tel: 0722 …").
  const gap = start - cueEnd;
  for (const kind of ['phone', 'reference', 'routing', 'rrn', 'frn'] as const) if (context.endBefore(kind, start, gap) >= cueEnd) return undefined;
  return { start, end };
}
