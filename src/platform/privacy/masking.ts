import type { SensitiveType } from './sensitive-types.js';

/**
 * A preview of a finding that is safe to show in a UI or a log: enough to recognise which value
 * it is ("the card ending 1111"), never enough to reconstruct it. Separators are kept so the
 * shape stays familiar (`***-**-6789`).
 */
export function maskValue(type: SensitiveType, value: string): string {
  switch (type) {
    case 'EMAIL':
      return maskEmail(value);
    case 'ADDRESS':
      return maskWords(value);
    case 'DATE_OF_BIRTH':
      return maskKeepingLast(value, 0);
    default:
      return maskKeepingLast(value, keptTail(value));
  }
}

/** Show the last 4 characters of identifiers of 8+ characters, at most a third of shorter ones. */
function keptTail(value: string): number {
  let alnum = 0;
  for (const ch of value) if (isAlnum(ch)) alnum++;
  return alnum >= 8 ? 4 : Math.floor(alnum / 3);
}

/** Replace letters and digits with '*', except the last `keep` of them. */
export function maskKeepingLast(value: string, keep: number): string {
  const chars = [...value];
  let toKeep = keep;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!isAlnum(chars[i]!)) continue;
    if (toKeep > 0) toKeep--;
    else chars[i] = '*';
  }
  return chars.join('');
}

/** j***@e***.com: first character of the local part and of the domain, plus the top-level domain. */
function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const lastDot = domain.lastIndexOf('.');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${domain.slice(lastDot)}`;
}

/** Keep the first character of each word: "123 Main St" → "1** M*** S*". */
function maskWords(value: string): string {
  return value
    .split(/(\s+)/)
    .map((part) => (/\s/.test(part) ? part : [...part].map((ch, i) => (i === 0 || !isAlnum(ch) ? ch : '*')).join('')))
    .join('');
}

const UNICODE_ALNUM = /[\p{L}\p{N}]/u;

/** ASCII answered without the regex engine: masking runs on every finding of every scan. */
function isAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return UNICODE_ALNUM.test(ch);
}
