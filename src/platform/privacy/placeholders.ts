import { detectSensitive } from './sensitive-detector.js';
import type { DetectOptions, SensitiveFinding, SensitiveType } from './sensitive-types.js';

/**
 * The label a redacted value is replaced with. Identity numbers share one label on purpose: the
 * reader (or the model) needs to know "an ID was here", not which country issued it.
 */
export const PLACEHOLDER_LABELS = {
  KR_RRN: 'ID_NUMBER',
  KR_FRN: 'ID_NUMBER',
  US_SSN: 'ID_NUMBER',
  UK_NINO: 'ID_NUMBER',
  CA_SIN: 'ID_NUMBER',
  DE_TAX_ID: 'ID_NUMBER',
  FR_NIR: 'ID_NUMBER',
  ES_DNI: 'ID_NUMBER',
  IT_FISCAL_CODE: 'ID_NUMBER',
  NL_BSN: 'ID_NUMBER',
  IN_AADHAAR: 'ID_NUMBER',
  IN_PAN: 'ID_NUMBER',
  CN_RESIDENT_ID: 'ID_NUMBER',
  JP_MY_NUMBER: 'ID_NUMBER',
  PASSPORT: 'ID_NUMBER',
  DRIVER_LICENSE: 'ID_NUMBER',
  CREDIT_CARD: 'CARD_NUMBER',
  IBAN: 'BANK_ACCOUNT',
  BANK_ACCOUNT: 'BANK_ACCOUNT',
  PHONE: 'PHONE',
  EMAIL: 'EMAIL',
  ADDRESS: 'ADDRESS',
  DATE_OF_BIRTH: 'DATE_OF_BIRTH',
} as const satisfies Record<SensitiveType, string>;

export type PlaceholderLabel = (typeof PLACEHOLDER_LABELS)[SensitiveType];

/** `[PHONE]`, `[ID_NUMBER]`, … */
export function placeholderFor(type: SensitiveType): string {
  return `[${PLACEHOLDER_LABELS[type]}]`;
}

/** Replaces every finding's span with its placeholder. Findings must not overlap (detectSensitive guarantees it). */
export function redact(text: string, findings: readonly Pick<SensitiveFinding, 'type' | 'start' | 'end'>[]): string {
  const ordered = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const f of ordered) {
    if (f.start < cursor) continue; // defensive: an overlapping span was already replaced
    out += text.slice(cursor, f.start) + placeholderFor(f.type);
    cursor = f.end;
  }
  return out + text.slice(cursor);
}

export interface Pseudonymized {
  /** The input with each sensitive value replaced by a numbered placeholder such as `[PHONE_1]`. */
  text: string;
  /** Placeholder → original value. */
  replacements: ReadonlyMap<string, string>;
  /** Puts the original values back into a text (e.g. a model's answer) that quotes the placeholders. */
  restore(answer: string): string;
}

const NUMBERED_PLACEHOLDER = /\[([A-Z_]{1,20})_(\d{1,6})\]/g;

/**
 * Replaces sensitive values with numbered placeholders before text leaves our trust boundary (e.g.
 * goes to an LLM) and returns a `restore` that maps them back. The same value always gets the same
 * placeholder, so "call [PHONE_1]" stays meaningful. Numbers already present in the input as
 * placeholder-like tokens are skipped, so restoring never rewrites text the user wrote.
 */
export function pseudonymize(text: string, options?: DetectOptions): Pseudonymized {
  const findings = detectSensitive(text, options);
  const alreadyPresent = new Set(text.match(NUMBERED_PLACEHOLDER) ?? []);
  const placeholderByValue = new Map<string, string>();
  const replacements = new Map<string, string>();
  const nextNumber = new Map<string, number>();

  let out = '';
  let cursor = 0;
  for (const f of findings) {
    const label = PLACEHOLDER_LABELS[f.type];
    const key = `${label}\u0000${f.text}`;
    let placeholder = placeholderByValue.get(key);
    if (placeholder === undefined) {
      let n = nextNumber.get(label) ?? 1;
      while (alreadyPresent.has(`[${label}_${n}]`)) n++;
      placeholder = `[${label}_${n}]`;
      nextNumber.set(label, n + 1);
      placeholderByValue.set(key, placeholder);
      replacements.set(placeholder, f.text);
    }
    out += text.slice(cursor, f.start) + placeholder;
    cursor = f.end;
  }
  out += text.slice(cursor);

  return {
    text: out,
    replacements,
    restore: (answer: string) => answer.replace(NUMBERED_PLACEHOLDER, (token) => replacements.get(token) ?? token),
  };
}
