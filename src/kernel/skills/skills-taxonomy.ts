import occupationsData from './data/occupations.json' with { type: 'json' };
import koreanTermsData from './data/skills-ko.json' with { type: 'json' };
import skillsData from './data/skills.json' with { type: 'json' };
import { tokenize } from './tokenizer.js';

export type SkillKind = 'hard' | 'soft';

export interface TaxonomySkill {
  id: number;
  name: string;
  kind: SkillKind;
}

export interface AliasHit {
  skill: number;
  /** Ambiguous alias (Go, R, Excel): must appear exactly as written and pass the context rules. */
  exact: boolean;
  text: string;
}

export interface TrieNode {
  /**
   * Absent on leaves: most of the ~160 000 nodes are the last token of an alias, and an empty Map
   * each cost about 40 MB of heap for as long as the process runs.
   */
  next?: Map<string, TrieNode>;
  hits?: AliasHit[];
}

export interface Occupation {
  title: string;
  altTitles: string[];
  skills: number[];
  /** Importance of each skill for this occupation (O*NET: 2 in demand + 1 hot technology; ESCO essential: 1.5). */
  weights: number[];
  source: 'esco' | 'onet';
}

export interface SkillsTaxonomy {
  skills: TaxonomySkill[];
  trie: TrieNode;
  occupations: Occupation[];
  byName: Map<string, TaxonomySkill>;
}

interface SkillsFile {
  skills: Array<[string, string]>;
  aliases: Array<[string, number, number]>;
}
interface KoreanTermsFile {
  /** [Korean term, taxonomy skill name], from scripts/build-korean-skill-terms.mjs. */
  terms: Array<[string, string]>;
}
interface OccupationsFile {
  occupations: Array<[string, string[], number[], string, number[]?]>;
}

let cached: SkillsTaxonomy | undefined;

/**
 * The taxonomy built by scripts/build-skills-taxonomy.mjs (ESCO, O*NET, Tanova, linguist; see NOTICE),
 * with the Korean terms of scripts/build-korean-skill-terms.mjs as extra aliases, indexed once per process as a token trie so extraction is one pass over the text.
 */
export function skillsTaxonomy(): SkillsTaxonomy {
  if (cached) return cached;
  const file = skillsData as unknown as SkillsFile;
  const skills = file.skills.map(([name, kind], id): TaxonomySkill => ({ id, name, kind: kind === 's' ? 'soft' : 'hard' }));
  const trie: TrieNode = { next: new Map() };
  const idByName = new Map(skills.map((s) => [s.name, s.id]));
  // Korean terms (데이터 분석 → Data analysis) are plain aliases of the skill they name.
  const koreanAliases = (koreanTermsData as unknown as KoreanTermsFile).terms.map(([term, name]): [string, number, number] => {
    const id = idByName.get(name);
    if (id === undefined) throw new Error(`skills-ko.json names a skill the taxonomy lacks: ${name}`);
    return [term, id, 0];
  });
  for (const [text, skill, exact] of [...file.aliases, ...koreanAliases]) {
    const tokens = tokenize(text);
    if (tokens.length === 0) continue;
    let node = trie;
    for (const token of tokens) {
      node.next ??= new Map();
      let child = node.next.get(token.key);
      if (!child) {
        child = {};
        node.next.set(token.key, child);
      }
      node = child;
    }
    (node.hits ??= []).push({ skill, exact: exact === 1, text });
  }
  const occupations = (occupationsData as unknown as OccupationsFile).occupations.map(
    ([title, altTitles, ids, source, weights]): Occupation => ({ title, altTitles, skills: ids, weights: weights ?? ids.map(() => 1.5), source: source === 'onet' ? 'onet' : 'esco' }),
  );
  const byName = new Map(skills.map((s) => [s.name.toLowerCase(), s]));
  cached = { skills, trie, occupations, byName };
  return cached;
}
