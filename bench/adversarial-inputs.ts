// Hostile text shapes that make backtracking regular expressions and naive scans super-linear:
// long runs of one character (or of a short unit) with no natural break. Shared by the
// adversarial bench (`npm run bench -- adversarial`) and the adversarial tests, so both measure
// the same inputs.

/** Builds a string of about `bytes` UTF-8 bytes by repeating `unit`. */
function repeatToBytes(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
}

export interface AdversarialInput {
  name: string;
  make(bytes: number): string;
}

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  { name: 'letters', make: (n) => repeatToBytes('a', n) },
  { name: 'a.', make: (n) => repeatToBytes('a.', n) },
  { name: '@', make: (n) => repeatToBytes('@', n) },
  { name: 'a@', make: (n) => repeatToBytes('a@', n) },
  { name: 'digits', make: (n) => repeatToBytes('1', n) },
  { name: 'spaces', make: (n) => `x${repeatToBytes(' ', n - 2)}x` },
  { name: 'dashes', make: (n) => repeatToBytes('-', n) },
  { name: 'words', make: (n) => repeatToBytes('Go ', n) },
  { name: 'newlines', make: (n) => `x${repeatToBytes('\n', n - 2)}x` },
  { name: 'tabs', make: (n) => `x${repeatToBytes('\t', n - 2)}x` },
  { name: 'Hangul', make: (n) => repeatToBytes('가', n) },
  { name: 'combining marks', make: (n) => `e${repeatToBytes('\u0301', n - 1)}` },
];

export const MB = 1024 * 1024;
