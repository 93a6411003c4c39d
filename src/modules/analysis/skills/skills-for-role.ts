import { type SkillKind, skillsTaxonomy } from './skills-taxonomy.js';
import { stem } from './stem.js';
import { tokenize } from './tokenizer.js';

export interface RoleSkills {
  /** The occupation titles matched (ESCO and/or O*NET), best first. */
  occupations: Array<{ title: string; source: 'esco' | 'onet'; similarity: number }>;
  skills: Array<{ name: string; kind: SkillKind; source: 'esco' | 'onet' }>;
}

const STOP = new Set(['of', 'and', 'the', 'for', 'in', 'a', 'an', 'to', 'with', '&']);
const SYNONYMS: Record<string, string> = { dev: 'develop', programm: 'develop', coder: 'develop', swe: 'software', sr: 'senior', jr: 'junior', eng: 'engin', mgr: 'manag', pm: 'manag' };

function titleStems(title: string): string[] {
  return tokenize(title)
    .map((t) => t.raw.toLowerCase())
    .filter((w) => !STOP.has(w))
    .map((w) => SYNONYMS[w] ?? stem(w))
    .map((w) => SYNONYMS[w] ?? w);
}

let index: Array<{ occupation: number; stems: Set<string> }> | undefined;

function titleIndex(): Array<{ occupation: number; stems: Set<string> }> {
  if (index) return index;
  const { occupations } = skillsTaxonomy();
  index = occupations.flatMap((o, occupation) => [o.title, ...o.altTitles].map((t) => ({ occupation, stems: new Set(titleStems(t)) })));
  return index;
}

/**
 * Essential skills for a job title: fuzzy-matches the title against ESCO occupation labels and
 * O*NET titles/reported titles (stemmed word overlap, Dice coefficient) and returns the best ESCO
 * occupation's essential skills plus the best O*NET occupation's hot/in-demand technologies.
 */
export function skillsForRole(title: string): RoleSkills {
  const wanted = new Set(titleStems(title).filter((w) => !['senior', 'junior', 'lead', 'principal', 'staff', 'head'].includes(w)));
  if (wanted.size === 0) return { occupations: [], skills: [] };
  const { occupations, skills } = skillsTaxonomy();
  const best = new Map<'esco' | 'onet', { occupation: number; similarity: number }>();
  for (const entry of titleIndex()) {
    let shared = 0;
    for (const s of wanted) if (entry.stems.has(s)) shared++;
    if (shared === 0) continue;
    const similarity = (2 * shared) / (wanted.size + entry.stems.size);
    const source = occupations[entry.occupation]!.source;
    const current = best.get(source);
    // Ties go to the lower index, so the answer does not depend on iteration quirks.
    if (!current || similarity > current.similarity) best.set(source, { occupation: entry.occupation, similarity });
  }
  const chosen = [...best.values()].filter((b) => b.similarity >= 0.5).sort((a, b) => b.similarity - a.similarity || a.occupation - b.occupation);
  const seen = new Set<number>();
  const out: RoleSkills = { occupations: [], skills: [] };
  for (const { occupation, similarity } of chosen) {
    const o = occupations[occupation]!;
    out.occupations.push({ title: o.title, source: o.source, similarity: Math.round(similarity * 100) / 100 });
    for (const id of o.skills) {
      if (seen.has(id)) continue;
      seen.add(id);
      const skill = skills[id]!;
      out.skills.push({ name: skill.name, kind: skill.kind, source: o.source });
    }
  }
  return out;
}
