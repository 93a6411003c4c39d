// Skills a text asks for, from two readers combined: the trained tagger (which finds skill phrases
// the taxonomy has never heard of, "write clean maintainable code") and the taxonomy (which names
// them canonically, "k8s" → Kubernetes). A tagger phrase is mapped to the taxonomy where its
// wording holds a known skill or alias; otherwise it is kept as a job keyword when it reads like one.
import { matchSkills } from './extract-skills.js';
import { type SkillKind, skillsTaxonomy } from './skills-taxonomy.js';
import { tagSkillSpans } from './skill-tagger.js';
import { tokenize } from './tokenizer.js';

export interface SkillPhrase {
  start: number;
  end: number;
  text: string;
  /** Canonical taxonomy skills named inside the phrase; empty for a phrase the taxonomy lacks. */
  skills: Array<{ name: string; kind: SkillKind }>;
  /** Who read it: the tagger (alone or confirmed by the taxonomy), or the taxonomy alone. */
  source: 'tagger' | 'taxonomy';
}

// Function words never open or close a phrase ("and Docker" → "Docker").
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'as', 'is', 'are', 'be', 'been', 'being',
  'we', 'you', 'your', 'our', 'us', 'they', 'their', 'it', 'its', 'this', 'that', 'these', 'those', 'will', 'can', 'should', 'must',
  'have', 'has', 'had', 'do', 'does', 'etc', 'e.g', 'i.e', 'also', 'very',
]);
// Words too vague to make a keyword on their own ("good experience", "strong skills").
const VAGUE_WORDS = new Set(['work', 'working', 'good', 'great', 'strong', 'excellent', 'experience', 'skills', 'skill', 'ability', 'able', 'knowledge', 'new', 'other', 'more', 'well', 'all', 'any', 'some', 'such']);
const MAX_KEYWORD_WORDS = 6;

/** A phrase worth showing as a job keyword: a few words, at least one of them a content word. */
function readsLikeSkill(text: string): boolean {
  const words = tokenize(text);
  if (words.length === 0 || words.length > MAX_KEYWORD_WORDS) return false;
  return words.some((w) => !FUNCTION_WORDS.has(w.raw.toLowerCase()) && !VAGUE_WORDS.has(w.raw.toLowerCase()) && /\p{L}{2,}/u.test(w.raw));
}

/** Leading and trailing punctuation, spaces and function words are not part of a phrase: "(Docker," → "Docker". */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  const words = tokenize(text.slice(start, end));
  let first = 0;
  let last = words.length - 1;
  while (first <= last && FUNCTION_WORDS.has(words[first]!.raw.toLowerCase())) first++;
  while (last >= first && FUNCTION_WORDS.has(words[last]!.raw.toLowerCase())) last--;
  if (first > last) return { start, end: start };
  return { start: start + words[first]!.start, end: start + words[last]!.end };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How far a phrase reaches over slash-joined words, each of at most this many characters: bounds the work per phrase. */
const SLASH_WORDS = 2;
const SLASH_WORD_LENGTH = 12;
/** "A/B testing", "TCP/IP": a phrase never starts or ends inside words joined by a slash ("B testing"). */
function wholeSlashWords(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  for (let step = 0; step < SLASH_WORDS && start >= 2 && text[start - 1] === '/' && WORD_CHAR.test(text[start - 2]!); step++) {
    let word = start - 1;
    while (word > 0 && start - word < SLASH_WORD_LENGTH && WORD_CHAR.test(text[word - 1]!)) word--;
    start = word;
  }
  for (let step = 0; step < SLASH_WORDS && end + 1 < text.length && text[end] === '/' && WORD_CHAR.test(text[end + 1]!); step++) {
    let word = end + 1;
    while (word < text.length && word - end < SLASH_WORD_LENGTH && WORD_CHAR.test(text[word]!)) word++;
    end = word;
  }
  return { start, end };
}

const CAPITALISED_WORDS = /^\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)*$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * "Salesforce Service Cloud": a lone capitalised word next to a product the taxonomy names (one space
 * between) is the rest of that product's name, not a phrase of its own ("Service"). A phrase the
 * taxonomy names itself ("Java Spring Boot") keeps its own bounds.
 */
function withProductName(text: string, span: { start: number; end: number }, products: ProductNames): { start: number; end: number } {
  if (!CAPITALISED_WORD.test(text.slice(span.start, span.end)) || products.byStart.has(span.start)) return span;
  const before = text[span.start - 1] === ' ' ? products.byEnd.get(span.start - 1) : undefined;
  const after = text[span.end] === ' ' ? products.byStart.get(span.end + 1) : undefined;
  return { start: before?.start ?? span.start, end: after?.end ?? span.end };
}

interface ProductNames {
  byStart: Map<number, { start: number; end: number }>;
  byEnd: Map<number, { start: number; end: number }>;
}
/** The taxonomy's matches written capitalised ("Salesforce"), by where they start and end: one pass. */
function productNames(text: string, matches: ReadonlyArray<{ start: number; end: number }>): ProductNames {
  const named = matches.filter((m) => CAPITALISED_WORDS.test(text.slice(m.start, m.end)));
  return { byStart: new Map(named.map((m) => [m.start, m])), byEnd: new Map(named.map((m) => [m.end, m])) };
}

/**
 * Every skill phrase of the text, in order: the tagger's phrases (with the taxonomy skills inside
 * them) and the taxonomy matches the tagger did not cover. Linear in the text length.
 */
export function skillPhrases(text: string): SkillPhrase[] {
  const { skills } = skillsTaxonomy();
  const matches = matchSkills(text);
  const products = productNames(text, matches);
  const phrases: SkillPhrase[] = [];
  let m = 0;
  const covered = new Set<number>();
  for (const span of tagSkillSpans(text)) {
    const trim = trimmed(text, span.start, span.end);
    if (trim.end <= trim.start) continue;
    const { start, end } = withProductName(text, wholeSlashWords(text, trim), products);
    while (m < matches.length && matches[m]!.end <= start) m++;
    const inside: SkillPhrase['skills'] = [];
    for (let k = m; k < matches.length && matches[k]!.start < end; k++) {
      covered.add(k);
      const entry = skills[matches[k]!.skill]!;
      if (!inside.some((s) => s.name === entry.name)) inside.push({ name: entry.name, kind: entry.kind });
    }
    phrases.push({ start, end, text: text.slice(start, end), skills: inside, source: 'tagger' });
  }
  matches.forEach((match, k) => {
    if (covered.has(k)) return;
    const entry = skills[match.skill]!;
    phrases.push({ start: match.start, end: match.end, text: match.text, skills: [{ name: entry.name, kind: entry.kind }], source: 'taxonomy' });
  });
  return phrases.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Tagger phrases the taxonomy does not name, kept when they read like a skill: the job's own words. */
export function unmappedSkillPhrases(phrases: readonly SkillPhrase[]): string[] {
  return phrases.filter((p) => p.source === 'tagger' && p.skills.length === 0 && readsLikeSkill(p.text)).map((p) => p.text);
}
