/** One word-like token of the input, with its offsets so matches can point back into the text. */
export interface Token {
  /** Matching key: lower-case, with a plain plural "s" removed (the same rule is applied to aliases). */
  key: string;
  /** The exact characters as written. */
  raw: string;
  start: number;
  end: number;
}

// Words keep the characters that make technology names distinct: C++, C#, .NET, Node.js, ES2015+.
// A leading dot only counts at a word boundary so "end.Next" is not ".next".
const TOKEN = /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}][\p{L}\p{N}+#]*(?:\.[\p{L}\p{N}][\p{L}\p{N}+#]*)*/gu;

/** Lower-case and drop a regular plural "s" (apis → api, databases → database); not ss/us/is. */
export function tokenKey(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is|\+s|#s)$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    tokens.push({ key: tokenKey(raw), raw, start, end: start + raw.length });
  }
  return tokens;
}
