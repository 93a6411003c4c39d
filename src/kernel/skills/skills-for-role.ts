import { occupationsForKoreanTitle } from './occupation-labels.js';
import { type SkillKind, skillsTaxonomy } from './skills-taxonomy.js';
import { stem } from './stem.js';
import { tokenize } from './tokenizer.js';

export interface RoleSkills {
  /** The occupation titles matched (ESCO and/or O*NET), best first. */
  occupations: Array<{ title: string; source: 'esco' | 'onet'; similarity: number }>;
  /** Most important first: listed by more (and closer) matching occupations, in demand / hot on O*NET. */
  skills: Array<{ name: string; kind: SkillKind; source: 'esco' | 'onet'; score: number }>;
}

const STOP = new Set(['of', 'and', 'the', 'for', 'in', 'a', 'an', 'to', 'with', '&']);
// ESCO says "expert" where job boards say "specialist" ("search engine optimisation expert").
// ESCO spells British ("counsellor"), O*NET and job boards often American; a "tech" is a technician.
const SYNONYMS: Record<string, string> = { dev: 'develop', programm: 'develop', coder: 'develop', swe: 'software', sr: 'senior', jr: 'junior', eng: 'engin', mgr: 'manag', pm: 'manag', expert: 'specialist', counselor: 'counsellor', tech: 'technician' };
const SENIORITY = new Set(['senior', 'junior', 'lead', 'principal', 'staff', 'head', 'chief', 'intern', 'trainee']);
/** How many occupations per source may contribute skills, and how far below the best they may score. */
const MAX_OCCUPATIONS_PER_SOURCE = 3;
const SIMILARITY_SLACK = 0.1;
const MIN_SIMILARITY = 0.5;
/** Listed by more occupations than this (Excel, Word, Outlook…): ranked lower. */
const UBIQUITOUS = 300;

/** Job-board words the occupation titles do not use: "Backend Developer" is a software developer. */
function normaliseTitle(title: string): string {
  return title
    .replace(/\b(?:back[\s-]?end|server[\s-]?side|dev[\s-]?ops|site reliability|platform)\b/gi, 'software')
    .replace(/\b(?:front[\s-]?end|full[\s-]?stack)\b/gi, 'web')
    // Job boards say "engineer" where the occupation lists say "developer".
    .replace(/\bweb\s+engineer\b/gi, 'web developer')
    // Abbreviations job boards use and the occupation lists spell out.
    .replace(/\bSEO\b/g, 'search engine optimisation')
    .replace(/\bHVAC(?:-?R)?\b/g, 'heating ventilation air conditioning')
    .replace(/\bUX\b/g, 'user experience');
}

function titleStems(title: string): string[] {
  return tokenize(normaliseTitle(title))
    .map((t) => t.raw.toLowerCase())
    .filter((w) => !STOP.has(w))
    .map((w) => SYNONYMS[w] ?? stem(w))
    .map((w) => SYNONYMS[w] ?? w);
}

interface TitleEntry {
  occupation: number;
  stems: Set<string>;
  alias: boolean;
}
let index: Map<string, TitleEntry[]> | undefined;
let popularity: Map<number, number> | undefined;

/** Every occupation title and alias, under each of its stems: a role is compared only with titles holding its head noun. */
function titleIndex(): Map<string, TitleEntry[]> {
  if (index) return index;
  const { occupations } = skillsTaxonomy();
  index = new Map();
  for (const [occupation, o] of occupations.entries()) {
    [o.title, ...o.altTitles].forEach((t, i) => {
      const entry = { occupation, stems: new Set(titleStems(t)), alias: i > 0 };
      for (const stem of entry.stems) (index!.get(stem) ?? index!.set(stem, []).get(stem)!).push(entry);
    });
  }
  return index;
}

const HANGUL = /[\uac00-\ud7a3]/u;

/** The role skills of several titles an (e.g. Korean) title names, as one list: each occupation once, skill scores added. */
function mergeRoleSkills(lists: RoleSkills[]): RoleSkills {
  const occupations = new Map<string, RoleSkills['occupations'][number]>();
  const skills = new Map<string, RoleSkills['skills'][number]>();
  for (const list of lists) {
    for (const o of list.occupations) if (!occupations.has(`${o.source}:${o.title}`)) occupations.set(`${o.source}:${o.title}`, o);
    for (const s of list.skills) {
      const current = skills.get(s.name);
      skills.set(s.name, current ? { ...current, score: Math.round((current.score + s.score) * 100) / 100, source: s.source === 'onet' ? 'onet' : current.source } : s);
    }
  }
  return {
    occupations: [...occupations.values()].sort((a, b) => b.similarity - a.similarity),
    skills: [...skills.values()].sort((a, b) => b.score - a.score),
  };
}

/** How many occupations list a skill: a tie-break toward broadly useful skills, and (role gaps) how little it tells of one occupation. */
export function skillPopularity(): Map<number, number> {
  if (popularity) return popularity;
  popularity = new Map();
  for (const o of skillsTaxonomy().occupations) for (const id of o.skills) popularity.set(id, (popularity.get(id) ?? 0) + 1);
  return popularity;
}

/**
 * Essential skills for a job title. The title is matched against ESCO occupation labels and O*NET
 * titles/reported titles by stemmed word overlap (Dice); a candidate must contain the title's head
 * noun ("developer") and every other word of a two-word title, so "Backend Developer" does not match
 * "blockchain developer". Exact titles score 1. Up to three close occupations per source contribute,
 * and skills are ranked by Σ similarity × importance (O*NET in demand / hot, ESCO essential), damped for
 * skills almost every occupation lists.
 */
export function skillsForRole(title: string): RoleSkills {
  // A Korean title is matched through the Korean titles of the occupations ("생산관리 담당자": industrial production manager).
  if (HANGUL.test(title)) {
    const english = occupationsForKoreanTitle(title);
    if (english.length > 0) return mergeRoleSkills(english.map((t) => skillsForRole(t)));
  }
  const wantedList = titleStems(title).filter((w) => !SENIORITY.has(w));
  const wanted = new Set(wantedList);
  if (wanted.size === 0) return { occupations: [], skills: [] };
  const head = wantedList[wantedList.length - 1]!;
  const { occupations, skills } = skillsTaxonomy();
  const best = new Map<number, number>();
  for (const entry of titleIndex().get(head) ?? []) {
    let shared = 0;
    for (const s of wanted) if (entry.stems.has(s)) shared++;
    const coverage = shared / wanted.size;
    if (coverage < (wanted.size <= 2 ? 1 : 0.6)) continue;
    const exact = shared === wanted.size && entry.stems.size === wanted.size;
    // A reported (alias) title is slightly weaker evidence than the occupation's own title.
    const similarity = exact ? (entry.alias ? 0.95 : 1) : (2 * shared) / (wanted.size + entry.stems.size);
    if (similarity > (best.get(entry.occupation) ?? 0)) best.set(entry.occupation, similarity);
  }
  const chosen: Array<{ occupation: number; similarity: number }> = [];
  for (const source of ['onet', 'esco'] as const) {
    const candidates = [...best.entries()]
      .filter(([o, sim]) => occupations[o]!.source === source && sim >= MIN_SIMILARITY)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = candidates[0]?.[1] ?? 0;
    chosen.push(...candidates.filter(([, sim]) => sim >= top - SIMILARITY_SLACK).slice(0, MAX_OCCUPATIONS_PER_SOURCE).map(([occupation, similarity]) => ({ occupation, similarity })));
  }
  chosen.sort((a, b) => b.similarity - a.similarity || a.occupation - b.occupation);
  const scores = new Map<number, { score: number; source: 'esco' | 'onet' }>();
  for (const { occupation, similarity } of chosen) {
    const o = occupations[occupation]!;
    o.skills.forEach((id, i) => {
      const current = scores.get(id);
      const add = similarity * (o.weights[i] ?? 1);
      // Named for O*NET when O*NET lists it (the reason shown is "in-demand technology").
      if (current) {
        current.score += add;
        if (o.source === 'onet') current.source = 'onet';
      } else scores.set(id, { score: add, source: o.source });
    });
  }
  // Skills nearly every occupation lists (Microsoft Office, Excel) say little about this role: damp them.
  const pop = skillPopularity();
  for (const [id, entry] of scores) entry.score /= 1 + Math.log10(Math.max(1, (pop.get(id) ?? 0) / UBIQUITOUS));
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || (pop.get(b[0]) ?? 0) - (pop.get(a[0]) ?? 0) || a[0] - b[0]);
  return {
    occupations: chosen.map(({ occupation, similarity }) => {
      const o = occupations[occupation]!;
      return { title: o.title, source: o.source, similarity: Math.round(similarity * 100) / 100 };
    }),
    skills: ranked.map(([id, { score, source }]) => ({ name: skills[id]!.name, kind: skills[id]!.kind, source, score: Math.round(score * 100) / 100 })),
  };
}
