import { pseudonymize } from './index.js';

/** Same shape as the placeholders `pseudonymize` writes: `[PHONE_1]`, `[ID_NUMBER_2]`, … */
const NUMBERED_PLACEHOLDER = /\[([A-Z_]{1,20})_(\d{1,6})\]/g;

export interface PseudonymizedParts {
  /** Each input string with its sensitive values replaced by placeholders. */
  parts: Record<string, string>;
  /** Puts the original values back into every string of a parsed answer (objects, arrays, nested). */
  restore<T>(answer: T): T;
}

/**
 * Pseudonymises several strings as one request (promise D4). Each string goes through `pseudonymize`
 * and its placeholders are then renumbered into one numbering for the whole request, so a value
 * gets the same placeholder in the resume and in a suggestion, and two different values never share
 * one. Placeholder-like tokens the user typed themselves are left alone and never "restored".
 */
export function pseudonymizeParts(input: Record<string, string>): PseudonymizedParts {
  const typed = new Set<string>();
  for (const text of Object.values(input)) for (const token of text.match(NUMBERED_PLACEHOLDER) ?? []) typed.add(token);

  const globalByValue = new Map<string, string>();
  const valueByGlobal = new Map<string, string>();
  const nextNumber = new Map<string, number>();
  const placeholderFor = (label: string, value: string): string => {
    const key = `${label}\u0000${value}`;
    const known = globalByValue.get(key);
    if (known !== undefined) return known;
    let n = nextNumber.get(label) ?? 1;
    while (typed.has(`[${label}_${n}]`)) n++;
    nextNumber.set(label, n + 1);
    const placeholder = `[${label}_${n}]`;
    globalByValue.set(key, placeholder);
    valueByGlobal.set(placeholder, value);
    return placeholder;
  };

  const parts: Record<string, string> = {};
  for (const [name, text] of Object.entries(input)) {
    const local = pseudonymize(text);
    parts[name] = local.text.replace(NUMBERED_PLACEHOLDER, (token: string, label: string) => {
      const value = local.replacements.get(token);
      return value === undefined ? token : placeholderFor(label, value);
    });
  }

  const restoreText = (text: string): string => text.replace(NUMBERED_PLACEHOLDER, (token) => valueByGlobal.get(token) ?? token);
  const restoreValue = (value: unknown): unknown => {
    if (typeof value === 'string') return restoreText(value);
    if (Array.isArray(value)) return value.map(restoreValue);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreValue(v)]));
    }
    return value;
  };
  return { parts, restore: <T>(answer: T): T => restoreValue(answer) as T };
}
