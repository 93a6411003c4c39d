import { NO_NODE, TRIE_ROOT } from './alias-trie.js';
import { type SkillKind, skillsTaxonomy } from './skills-taxonomy.js';
import { type Token, tokenize } from './tokenizer.js';

export interface SkillMention {
  start: number;
  end: number;
  /** The exact wording in the text. */
  text: string;
}

export interface Skill {
  name: string;
  kind: SkillKind;
  mentions: SkillMention[];
}

/** Longest phrase the taxonomy holds, in tokens; bounds the work per position (linear overall). */
const MAX_PHRASE_TOKENS = 8;

// After an ambiguous word these make it ordinary English: "go to", "excel at", "Swift action".
const BLOCKING_NEXT = new Set(['to', 'at', 'ahead', 'back', 'through', 'into', 'out', 'up', 'over', 'beyond', 'above', 'the', 'a', 'an', 'your', 'our', 'my', 'their', 'his', 'her', 'live', 'get', 'far', 'on', 'forward', 'beyond']);
// Before a single letter these make it a grade, a vitamin or a plan, not the language.
const BLOCKING_PREVIOUS = new Set(['grade', 'vitamin', 'plan', 'type', 'class', 'level', 'series', 'tier', 'section', 'part', 'appendix', 'team', 'option', 'category', 'group', 'phase', 'note', 'figure', 'box', 'row', 'column', 'b', 'a']);
const LETTER_CONTEXT_WORDS = new Set(['and', 'or', 'with', 'using', 'in', 'language', 'programming', 'languages', 'including', 'like', 'such']);
const LIST_PUNCTUATION = /[,/()|;:•·]/;

function nearChar(text: string, from: number, step: 1 | -1): string {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const ch = text[i]!;
    if (ch !== ' ' && ch !== '\t') return ch;
  }
  return '\n';
}

function atSentenceStart(text: string, start: number): boolean {
  const before = nearChar(text, start - 1, -1);
  return before === '\n' || /[.!?•\-*–—]/.test(before);
}

/** Context rules for ambiguous aliases (Go, R, C, Excel, Swift…): case already matched exactly. */
function ambiguousAliasAccepted(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const glued = (ch: string | undefined): boolean => ch === '&' || ch === '-' || ch === "'" || ch === '’';
  if (glued(text[token.end]) || glued(text[token.start - 1])) return false; // R&D, C-suite, Go-to
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  const nextWord = next && !/\n/.test(text.slice(token.end, next.start)) ? next.raw : undefined;
  if (nextWord && BLOCKING_NEXT.has(nextWord.toLowerCase()) && !LIST_PUNCTUATION.test(text.slice(token.end, next!.start))) return false;
  // "Excel in …" opening a sentence is the verb; "Excel (pivot tables, VLOOKUP)" opening a skills line is the tool: a
  // bracket or list mark between the word and the next one ends the phrase.
  if (atSentenceStart(text, token.start) && nextWord && /^\p{Ll}/u.test(nextWord) && nextWord !== 'and' && nextWord !== 'or' && !LIST_PUNCTUATION.test(text.slice(token.end, next!.start))) return false;
  if (token.raw.length === 1) {
    if (previous && BLOCKING_PREVIOUS.has(previous.raw.toLowerCase()) && !LIST_PUNCTUATION.test(text.slice(previous.end, token.start))) return false;
    const around = text.slice(previous ? previous.end : Math.max(0, token.start - 3), token.start) + text.slice(token.end, next ? next.start : token.end + 3);
    const listed = LIST_PUNCTUATION.test(around) || /\n/.test(around);
    const worded = (previous && LETTER_CONTEXT_WORDS.has(previous.raw.toLowerCase())) || (next && LETTER_CONTEXT_WORDS.has(next.raw.toLowerCase()));
    if (!listed && !worded) return false;
  }
  return true;
}

export interface RawSkillMatch {
  skill: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Leftmost-longest dictionary matching over tokens: at each position walk the trie at most
 * MAX_PHRASE_TOKENS deep, so the cost is linear in the text length whatever the taxonomy size.
 */
export function matchSkills(text: string, tokens: readonly Token[] = tokenize(text)): RawSkillMatch[] {
  const { trie } = skillsTaxonomy();
  const matches: RawSkillMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node = TRIE_ROOT;
    let best: { skill: number; endIndex: number } | undefined;
    for (let j = i; j < tokens.length && j - i < MAX_PHRASE_TOKENS; j++) {
      // A phrase never spans a line break or sentence end: "Go\nto" or "React. Native" are two things.
      if (j > i && /[\n.!?;]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      node = trie.child(node, tokens[j]!.key);
      if (node === NO_NODE) break;
      const skill = trie.firstHit(node, (exactText) => j === i && tokens[i]!.raw === exactText && ambiguousAliasAccepted(text, tokens, i));
      if (skill !== NO_NODE) best = { skill, endIndex: j };
    }
    if (best) {
      const start = tokens[i]!.start;
      const end = tokens[best.endIndex]!.end;
      matches.push({ skill: best.skill, start, end, text: text.slice(start, end) });
      i = best.endIndex + 1;
    } else i++;
  }
  return matches;
}

/** Canonical skills in order of first mention, each with every place it was written. */
/**
 * Taxonomy entries that, in résumés, are almost always ordinary words rather than the skill: ESCO
 * craft skills that read like an achievement's opening verb ("Cut page edges of the latency budget").
 */
const NOISE_SKILLS = new Set(['cut page edges']);

/**
 * An acronym skill ("SEO", "SAP", "GIS") counts only when written in capitals: "Seo" is a family
 * name, "sap" a word. Mixed-case brands ("GraphQL") are unaffected.
 */
function acronymWrittenAsWord(name: string, wording: string): boolean {
  return /^[A-Z]{2,5}$/.test(name) && wording !== wording.toUpperCase();
}

export function extractSkills(text: string): Skill[] {
  const { skills } = skillsTaxonomy();
  const bySkill = new Map<number, Skill>();
  for (const match of matchSkills(text)) {
    const entry = skills[match.skill]!;
    if (NOISE_SKILLS.has(entry.name.toLowerCase()) || acronymWrittenAsWord(entry.name, match.text)) continue;
    let skill = bySkill.get(match.skill);
    if (!skill) {
      skill = { name: entry.name, kind: entry.kind, mentions: [] };
      bySkill.set(match.skill, skill);
    }
    skill.mentions.push({ start: match.start, end: match.end, text: match.text });
  }
  return [...bySkill.values()];
}
