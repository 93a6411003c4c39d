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

// Korean attaches particles to the word they mark: "데이터 분석을", "협업과", "리더십이". A Hangul
// word of three or more syllables loses one trailing particle, so the key is the bare noun (two-
// syllable words are kept whole: in "회로" or "과제" the last syllable is part of the noun).
const KOREAN_PARTICLES = ['에서', '으로', '을', '를', '은', '는', '이', '가', '과', '와', '의', '에', '로', '도'];
const HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]+$/;

function withoutKoreanParticle(word: string): string {
  if (word.length < 3 || !HANGUL_SYLLABLE.test(word)) return word;
  const particle = KOREAN_PARTICLES.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= 2);
  return particle ? word.slice(0, -particle.length) : word;
}

/**
 * Lower-case and drop a regular plural "s" (apis → api, databases → database; not ss/us/is), or a
 * Korean particle (분석을 → 분석).
 */
export function tokenKey(word: string): string {
  if (HANGUL_SYLLABLE.test(word)) return withoutKoreanParticle(word.normalize('NFC'));
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
