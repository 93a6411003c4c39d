import roleGapsData from './data/role-gaps.json' with { type: 'json' };
import { extractSkills } from './extract-skills.js';
import { skillEvidence } from './skill-evidence.js';
import { occupationFamilyFor, type FamilyOrGeneral, type OccupationFamily } from './occupation-families.js';
import { excludedWork, skillPopularity, skillsForRole } from './skills-for-role.js';
import { type SkillKind, skillsTaxonomy } from './skills-taxonomy.js';

interface RoleGapsFile {
  occupationFamily: string[];
  families: Record<OccupationFamily, Array<[number, number, number]>>;
  relations: Record<string, { group?: string; requires?: number[]; sides?: string[]; senior?: number }>;
  cooccurrence: Record<string, Array<[number, number]>>;
}

export interface RoleGap {
  name: string;
  kind: SkillKind;
  /**
   * Where the need for it is recorded: an O*NET technology list, ESCO essential skills, or the level
   * (a senior role's architecture and leadership, from the stack relations), or managing people (a
   * management role's, at any level).
   */
  source: 'esco' | 'onet' | 'seniority' | 'management';
  score: number;
}

export interface RoleGapsResult {
  family: FamilyOrGeneral;
  occupations: ReturnType<typeof skillsForRole>['occupations'];
  gaps: RoleGap[];
}

export interface RoleGapsPerson {
  /** Canonical names of the skills the person's résumé shows (extracted or evidenced). */
  has: readonly string[];
  /** The résumé text, where a skill may show in deeds or tools rather than by name (skill-evidence.ts). */
  text?: string;
  /** The seniority they aim at (entry, junior, mid, senior, lead, executive), when the role's title does not say. */
  seniority?: string;
}

const data = roleGapsData as unknown as RoleGapsFile;
/** How much the target role's own occupations add to the family's importance. */
const ROLE_WEIGHT = 1;
/** How many skills of the role's own occupations may share one score before the score stops ranking them. */
const TIED_LIST = 5;
/** A family skill none of the role's own occupations lists, when some of them are of the family: the family's, less this role's. */
const OFF_ROLE_WEIGHT = 0.3;
/** What an essential skill of the role's own ESCO occupation adds (a family's top skill is 1). */
const ESSENTIAL_WEIGHT = 0.5;
/**
 * What sets a senior apart, as gaps for a senior role even where the family's postings rarely name it
 * (a family's top skill is 1): leading people in every family; technical leadership and the
 * architecture of systems in software and data work — the architecture of back-end systems not for a
 * front-end or mobile role, whose architecture is its own stack's.
 */
const SENIOR_BASE = 0.3;
const SENIOR_GAPS = {
  people: ['Mentoring', 'Team Building', 'Conflict Resolution'],
  technical: ['Technical Leadership'],
  systems: ['System Architecture', 'Distributed Systems', 'Microservices Architecture', 'Event-Driven Architecture', 'Cloud Architecture'],
} as const;
const TECHNICAL_FAMILIES: ReadonlySet<string> = new Set(['software', 'data']);
/**
 * A role that manages people (a manager, director, supervisor, head or team lead, 팀장, 매니저…) asks for
 * running a team whatever the person's level, in every family (general too): a junior or entry-level
 * person aiming at it lacks these most (a family top skill's weight times the first), anyone else may
 * already run one (the second: after the role's own work).
 */
const MANAGEMENT_BASE = { junior: 0.9, other: 0.25 } as const;
const MANAGEMENT_GAPS = ['Leadership', 'manage staff', 'manage budgets', 'recruit employees', 'Team Building', 'Mentoring', 'Conflict Resolution'] as const;
/** Managers of a thing rather than of a team: a product, project or account manager need not run one. */
const MANAGES_THING = /\b(?:product|project|programme|program|account|case|community|content|social media|relationship|portfolio|release|brand|property|wealth|asset|office)\s+manager\b|프로덕트|프로젝트|PM\b/i;
const MANAGES_PEOPLE = /\b(?:manager|director|supervisor|head of|team lead(?:er)?|superintendent|foreman|forewoman)\b|팀장|실장|부장|매니저|관리자|책임자|감독|반장/i;
const SENIOR = /\b(?:senior|sr|lead|principal|staff|head|chief|architect)\b|시니어|수석|책임|리드/i;
const JUNIOR = /\b(?:junior|jr|intern|trainee|graduate|entry[\s-]level|apprentice)\b|주니어|신입|인턴/i;
const SIDE_OF_TITLE: Array<[RegExp, string]> = [
  // Running systems rather than building their screens: the front end is another side of the stack.
  [/\b(?:dev[\s-]?ops|sre|site reliability|infrastructure|cloud (?:engineer|architect|administrator)|systems? administrator|sysadmin)\b|데브옵스|인프라|클라우드 엔지니어|시스템 관리자/i, 'infrastructure'],
  [/\b(?:back[\s-]?end|server[\s-]?side|api|platform|golang|go engineer|go developer)\b|백엔드|서버/i, 'backend'],
  [/\b(?:front[\s-]?end|ui (?:developer|engineer)|web designer)\b|프론트엔드/i, 'frontend'],
  [/\b(?:mobile|ios|android)\b|모바일/i, 'mobile'],
];

/** What a skill of the role's own occupations weighs against a family's top skill (1). */
const OWN_SKILL_WEIGHT = 0.5;
/** How close an occupation's title must be to the role's for its skills to be the role's own. */
const OWN_OCCUPATION_SIMILARITY = 0.75;
/** Listed by more occupations than this: says nothing of any one of them. */
const UBIQUITOUS = 300;
/** Occupations listing a skill at which it counts half as characteristic of any one of them. */
const CHARACTERISTIC_HALF = 20;

/**
 * The skills of the role's own occupations, by how much they say about that work (the best 1): an
 * ESCO essential skill or an O*NET technology in demand or hot for the occupation counts, weighed by
 * how close the occupation's title is; one of a flat O*NET tool list (all weighted alike) only where
 * another of the role's occupations names it too. What nearly every occupation lists (Communication,
 * Microsoft Word) tells little of this one and counts less than what few occupations list (a
 * physiotherapy assessment, Metasploit).
 */
function ownOccupationSkills(matched: ReturnType<typeof skillsForRole>): Map<number, { score: number; source: 'esco' | 'onet' }> {
  const own = occupationSkills(matched, false);
  // Nothing of the work in the role's close titles (O*NET's flat tool lists): a longer title holding every word of the
  // role tells it ("refrigeration air condition and heat pump technician" of a refrigeration technician).
  return own.size > 0 ? own : occupationSkills(matched, true);
}

function occupationSkills(matched: ReturnType<typeof skillsForRole>, longerTitles: boolean): Map<number, { score: number; source: 'esco' | 'onet' }> {
  const { occupations } = skillsTaxonomy();
  const pop = skillPopularity();
  const listed = new Map<number, { score: number; by: number; source: 'esco' | 'onet' }>();
  for (const m of matched.occupations) {
    const o = occupations[occupationIndex(m)];
    // Only the role's own work: a title that merely shares its words ("veterinary nurse" for a nurse) says nothing of it,
    // unless it is the nearest there is (no title holds all the role's words), weighed by how near, or (`longerTitles`)
    // holds every word of the role.
    if (!o || (m.similarity < OWN_OCCUPATION_SIMILARITY && !m.approximate && !(longerTitles && m.holdsRole))) continue;
    o.skills.forEach((id, i) => {
      const importance = o.source === 'esco' || (o.weights[i] ?? 1) >= 2 ? 1 : 0;
      const current = listed.get(id) ?? { score: 0, by: 0, source: o.source };
      current.score += m.similarity * importance;
      current.by += 1;
      if (importance > 0 && o.source === 'onet') current.source = 'onet';
      listed.set(id, current);
    });
  }
  const out = new Map<number, { score: number; source: 'esco' | 'onet' }>();
  for (const [id, { score, by, source }] of listed) {
    const agreed = score > 0 ? score : by >= 2 ? 0.5 : 0;
    // What nearly every occupation lists (Microsoft Office, Communication) is no gap for one of them.
    if (agreed === 0 || (pop.get(id) ?? 0) > UBIQUITOUS) continue;
    out.set(id, { score: agreed / (1 + Math.log(1 + (pop.get(id) ?? 0) / CHARACTERISTIC_HALF)), source });
  }
  const top = Math.max(0, ...[...out.values()].map((v) => v.score));
  for (const v of out.values()) v.score /= top;
  return out;
}

let occupationIndexes: Map<string, number> | undefined;
/** Where a matched occupation is in the taxonomy's list (-1 when it is not). */
function occupationIndex(m: { title: string; source: string }): number {
  if (!occupationIndexes) {
    occupationIndexes = new Map();
    for (const [index, o] of skillsTaxonomy().occupations.entries()) if (!occupationIndexes.has(`${o.source}:${o.title}`)) occupationIndexes.set(`${o.source}:${o.title}`, index);
  }
  return occupationIndexes.get(`${m.source}:${m.title}`) ?? -1;
}

/**
 * The family whose occupations the role matched (by their ISCO/O*NET codes), weighted by how close
 * each match is; when none of them belongs to a family, the family its title words name.
 */
function familyOf(role: string, matched: ReturnType<typeof skillsForRole>): FamilyOrGeneral {
  const votes = new Map<string, number>();
  // A trade's occupations ("leather goods production supervisor" for a leather goods maker) tell its skills, not the
  // role's kind of work (nor do the title's words: "goods" is no warehouse's): the trade's own skills alone.
  if (matched.occupations.length > 0 && matched.occupations.every((m) => m.trade)) return 'general';
  for (const m of matched.occupations) {
    const family = data.occupationFamily[occupationIndex(m)];
    if (family) votes.set(family, (votes.get(family) ?? 0) + m.similarity);
  }
  const byTitle = occupationFamilyFor(role);
  // No occupation matched: the title's words decide. Matched, but none in a family ("mechanical engineer"): none.
  if (matched.occupations.length === 0) return byTitle;
  // Only nearest titles matched (none holds the role's words): the title's own words decide where they name a family.
  if (byTitle !== 'general' && matched.occupations.every((m) => m.approximate)) return byTitle;
  if (byTitle !== 'general' && votes.has(byTitle)) return byTitle;
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return (best?.[0] as OccupationFamily | undefined) ?? 'general';
}

/**
 * Skills a person lacks for a target role, most important first. Importance is the family's
 * (occupations and postings of that kind of work: data/role-gaps.json, scripts/build-role-gaps.mjs),
 * plus the role's own matched occupations where the family agrees. Then it is made the person's:
 * skills they have are left out, and so are alternatives to what they already use or the role names
 * (a Go engineer is not told to learn C#, nor .NET which is built on it), the other side of the stack
 * (CSS for a back-end role), and a seniority weight (architecture and leadership count more for senior
 * roles, less for junior ones). A skill only a single occupation's flat tool list names is no gap.
 */
export function roleGaps(role: string, person: RoleGapsPerson, limit: number): RoleGapsResult {
  const matched = skillsForRole(role, { has: person.has });
  const family = familyOf(role, matched);
  const { skills, byName } = skillsTaxonomy();
  const roleTop = matched.skills[0]?.score ?? 1;
  // A flat tool list (O*NET's 29 "hot technologies" of software developers, all weighted alike) says a
  // tool is used in the occupation, not that it matters more than the next: a score many skills share
  // ranks them by the family's importance alone, its own weight shared among them.
  const tied = new Map<number, number>();
  for (const s of matched.skills) tied.set(s.score, (tied.get(s.score) ?? 0) + 1);
  const roleScore = new Map(matched.skills.map((s) => [byName.get(s.name.toLowerCase())!.id, (s.score / roleTop) * Math.min(1, TIED_LIST / tied.get(s.score)!)]));

  const named = extractSkills(role).map((s) => byName.get(s.name.toLowerCase())?.id).filter((id): id is number => id !== undefined);
  // The side of the stack: the title's words ("backend"), else the one side of what it names ("React").
  const namedSides = named.map((id) => data.relations[id]?.sides).filter((sides) => sides?.length === 1);
  const side = SIDE_OF_TITLE.find(([re]) => re.test(role))?.[1] ?? namedSides[0]?.[0];
  const level = SENIOR.test(role) ? 'senior' : JUNIOR.test(role) ? 'junior' : person.seniority;
  const managesPeople = MANAGES_PEOPLE.test(role) && !MANAGES_THING.test(role);
  // A management role is not junior work, whoever aims at it: its leadership skills are not damped.
  const seniority = level === 'senior' || level === 'lead' || level === 'executive' ? 1.5 : (level === 'junior' || level === 'entry') && !managesPeople ? 0.6 : 1;
  const candidates = new Map<number, { score: number; source: RoleGap['source'] }>();
  if (family !== 'general') {
    const { occupations } = skillsTaxonomy();
    // The role matched occupations of its family: what none of them lists is the family's, not this role's.
    const roleInFamily = matched.occupations.some((m) => data.occupationFamily[occupationIndex(m)] === family);
    for (const [id, importance, onet] of data.families[family]) {
      // The role's own occupations list it: more of this role's work (their lists rank nothing by themselves).
      const own = roleScore.get(id);
      candidates.set(id, { score: importance * (own === undefined ? (roleInFamily ? OFF_ROLE_WEIGHT : 1) : 1 + ROLE_WEIGHT * own), source: onet ? 'onet' : 'esco' });
    }
    // ESCO's essential skills of the role's own occupation ("search engine optimisation expert"), when
    // it is of the same family ("nursing lecturer" is not a nurse's).
    for (const m of matched.occupations) {
      if (m.source !== 'esco') continue;
      const index = occupationIndex(m);
      if (data.occupationFamily[index] !== family) continue;
      for (const id of occupations[index]!.skills) {
        const current = candidates.get(id);
        candidates.set(id, { score: (current?.score ?? 0) + ESSENTIAL_WEIGHT * m.similarity, source: current?.source ?? 'esco' });
      }
    }
    // The role's own occupations name it though its family does not (Metasploit for a penetration tester).
    for (const [id, own] of ownOccupationSkills(matched)) {
      if (!candidates.has(id)) candidates.set(id, { score: OWN_SKILL_WEIGHT * own.score, source: own.source });
    }
    if (seniority > 1) {
      const technical = TECHNICAL_FAMILIES.has(family);
      const frontOrMobile = side === 'frontend' || side === 'mobile';
      const senior = [...SENIOR_GAPS.people, ...(technical ? SENIOR_GAPS.technical : []), ...(technical && !frontOrMobile ? SENIOR_GAPS.systems : [])];
      for (const name of senior) {
        const id = byName.get(name.toLowerCase())?.id;
        if (id !== undefined && !candidates.has(id)) candidates.set(id, { score: SENIOR_BASE, source: 'seniority' });
      }
    }
  } else {
    // No family: what the role's own occupations say of that work (no single flat tool list).
    for (const [id, own] of ownOccupationSkills(matched)) candidates.set(id, own);
  }
  if (managesPeople) {
    const base = level === 'junior' || level === 'entry' ? MANAGEMENT_BASE.junior : MANAGEMENT_BASE.other;
    for (const name of MANAGEMENT_GAPS) {
      const id = byName.get(name.toLowerCase())?.id;
      if (id === undefined) continue;
      const current = candidates.get(id);
      if (!current || current.score < base) candidates.set(id, { score: base, source: current?.source ?? 'management' });
    }
  }

  const owned = new Set(person.has.map((h) => byName.get(h.toLowerCase())?.id).filter((id): id is number => id !== undefined));
  // The person's stack: what the role names ("Go") and what they work with on the role's side (a Go
  // engineer aiming at a front-end role still needs JavaScript; for a back-end role C# is an alternative).
  const onSide = (id: number): boolean => side === undefined || !data.relations[id]?.sides?.length || data.relations[id]!.sides!.includes(side);
  const anchors = new Set([...named, ...[...owned].filter(onSide)]);
  const anchorGroups = new Set([...anchors].map((id) => data.relations[id]?.group).filter(Boolean));
  const isAlternative = (id: number): boolean => {
    const group = data.relations[id]?.group;
    return group !== undefined && anchorGroups.has(group) && !anchors.has(id);
  };
  // Named together with the person's stack in postings: how much more it belongs to their kind of work.
  const affinity = new Map<number, number>();
  // Averaged over the stack's skills postings tell about: what goes with all of Linux, Docker and Git
  // is more of the person's kind of work than what goes with Git alone (Git goes with everything).
  const told = [...new Set([...named, ...owned])].filter((anchor) => data.cooccurrence[anchor]?.length);
  for (const anchor of told) for (const [id, lift] of data.cooccurrence[anchor]!) affinity.set(id, (affinity.get(id) ?? 1) * lift ** (1 / told.length));
  // When postings tell what goes with the person's stack, a skill never named with it counts less.
  const knownStack = affinity.size > 0;

  // What the role's own O*NET title leaves out ("Earth Drillers, Except Oil and Gas") is no gap, whichever list named it.
  const excluded = excludedWork(matched.occupations.filter((m) => !m.approximate && m.source === 'onet').map((m) => m.title));
  const gaps: RoleGap[] = [];
  for (const [id, { score, source }] of candidates) {
    if (excluded.size > 0 && skills[id]!.name.toLowerCase().split(/[^\p{L}]+/u).some((w) => excluded.has(w))) continue;
    if (owned.has(id) || (person.text !== undefined && skillEvidence(skills[id]!.name, person.text) !== undefined)) continue;
    const relation = data.relations[id];
    if (isAlternative(id) || (relation?.requires ?? []).some(isAlternative)) continue;
    // A skill of another side of the stack only (CSS for a back-end or DevOps role, Android for a
    // front-end one) is no gap; a front-end role may still use back-end skills (Node.js), and one that
    // runs infrastructure the services it runs (Go, REST APIs), so those only count less.
    const otherSide = side !== undefined && relation?.sides?.length && !relation.sides.includes(side);
    if (otherSide && !((side === 'frontend' || side === 'infrastructure') && relation.sides?.includes('backend'))) continue;
    const lift = affinity.get(id);
    const domain = (lift !== undefined ? 1 + Math.log(lift) : knownStack ? 0.7 : 1) * (otherSide ? 0.5 : 1);
    const weighted = (relation?.senior ? score * seniority : score) * domain;
    gaps.push({ name: skills[id]!.name, kind: skills[id]!.kind, source, score: Math.round(weighted * 1000) / 1000 });
  }
  gaps.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return { family, occupations: matched.occupations, gaps: gaps.slice(0, limit) };
}
