import { detectSensitive, redact, type SensitiveFinding, type SensitiveType } from './index.js';

const LABELS: Record<SensitiveType, string> = {
  KR_RRN: 'Korean resident registration number',
  KR_FRN: 'Korean foreigner registration number',
  US_SSN: 'US Social Security number',
  PASSPORT: 'passport number',
  DRIVER_LICENSE: 'driver’s licence number',
  CREDIT_CARD: 'payment card number',
  IBAN: 'IBAN (bank account)',
  BANK_ACCOUNT: 'bank account number',
  PHONE: 'phone number',
  EMAIL: 'email address',
  ADDRESS: 'street address',
  DATE_OF_BIRTH: 'date of birth',
};

/** Contact details are expected in a resume's contact block; there they get a softer note. */
const CONTACT_TYPES = new Set<SensitiveType>(['PHONE', 'EMAIL', 'ADDRESS']);

export interface SensitiveWarning {
  /** Stable id within one text, used by the one-click redaction form. */
  id: string;
  type: SensitiveType;
  label: string;
  masked: string;
  line: number;
  /** True for contact details inside the contact block: shown as a note, not a warning. */
  expected: boolean;
  start: number;
  end: number;
}

/**
 * Warnings for a text, with where each finding is (masked — the page never repeats the raw value).
 * `contactBlockEnd` marks the end of a resume's contact header, where email and phone are normal.
 */
export function sensitiveWarnings(text: string, contactBlockEnd = 0): SensitiveWarning[] {
  return detectSensitive(text).map((finding: SensitiveFinding) => ({
    id: `${finding.type}-${finding.start}-${finding.end}`,
    type: finding.type,
    label: LABELS[finding.type],
    masked: finding.masked,
    line: lineOf(text, finding.start),
    expected: finding.end <= contactBlockEnd && CONTACT_TYPES.has(finding.type),
    start: finding.start,
    end: finding.end,
  }));
}

/** Replaces the chosen findings (by id; all unexpected ones when `ids` is 'all') with placeholders. */
export function redactWarnings(text: string, ids: readonly string[] | 'all', contactBlockEnd = 0): { text: string; redacted: number } {
  const chosen = sensitiveWarnings(text, contactBlockEnd).filter((w) => (ids === 'all' ? !w.expected : ids.includes(w.id)));
  return { text: redact(text, chosen), redacted: chosen.length };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
