import occupationsData from './data/occupations.json' with { type: 'json' };
import koreanTermsData from './data/skills-ko.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { AliasTrie, type TrieAlias } from './alias-trie.js';
import { tokenize } from './tokenizer.js';

export type SkillKind = 'hard' | 'soft';

export interface TaxonomySkill {
  id: number;
  name: string;
  kind: SkillKind;
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
  trie: AliasTrie;
  occupations: Occupation[];
  byName: Map<string, TaxonomySkill>;
  /** The skill a Korean term of scripts/build-korean-skill-terms.mjs names, by the term's letters without spaces ("데이터분석"). */
  byKoreanTerm: Map<string, TaxonomySkill>;
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
  // Read, not imported: an imported JSON module stays in memory for as long as the process runs
  // (≈ 7 MB of heap for this file's arrays); only what is built from it is kept (issue #18).
  const file = readDataFile<SkillsFile>('skills.json');
  const skills = file.skills.map(([name, kind], id): TaxonomySkill => ({ id, name, kind: kind === 's' ? 'soft' : 'hard' }));
  const idByName = new Map(skills.map((s) => [s.name, s.id]));
  const aliases: TrieAlias[] = file.aliases.map(([text, skill, exact]) => ({ keys: tokenize(text).map((token) => token.key), skill, exactText: exact === 1 ? text : undefined }));
  // Korean terms (데이터 분석 → Data analysis) are plain aliases of the skill they name.
  const byKoreanTerm = new Map<string, TaxonomySkill>();
  for (const [term, name] of (koreanTermsData as unknown as KoreanTermsFile).terms) {
    const id = idByName.get(name);
    if (id === undefined) throw new Error(`skills-ko.json names a skill the taxonomy lacks: ${name}`);
    aliases.push({ keys: tokenize(term).map((token) => token.key), skill: id });
    byKoreanTerm.set(term.replace(/\s+/gu, ''), skills[id]!);
  }
  const trie = AliasTrie.build(aliases);
  const occupations = (occupationsData as unknown as OccupationsFile).occupations.map(
    ([title, altTitles, ids, source, weights]): Occupation => ({ title, altTitles, skills: ids, weights: weights ?? ids.map(() => 1.5), source: source === 'onet' ? 'onet' : 'esco' }),
  );
  const byName = new Map(skills.map((s) => [s.name.toLowerCase(), s]));
  cached = { skills, trie, occupations, byName, byKoreanTerm };
  return cached;
}

/**
 * One of the data files beside this module (copied to the build by tsconfig.build.json), parsed:
 * for data only needed to build an index, which an `import … with { type: 'json' }` would keep
 * alive with the module.
 */
export function readDataFile<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}
