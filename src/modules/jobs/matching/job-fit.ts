/**
 * How well a posting fits a person: pure and deterministic, so search ranking and its explanation
 * ("matched: TypeScript, SQL — missing: Kubernetes") always agree.
 */
export interface SeekerProfile {
  /** Skill names from the person's résumé profile, any case. */
  skills: readonly string[];
  targetRoles: readonly string[];
  locations: readonly string[];
  workMode: 'any' | 'remote' | 'hybrid' | 'on_site';
  seniority: 'unspecified' | 'entry' | 'junior' | 'mid' | 'senior' | 'lead' | 'executive';
}

export interface PostingForFit {
  title: string;
  requiredSkills: readonly string[];
  preferredSkills: readonly string[];
  locations: readonly string[];
  workplace: 'remote' | 'hybrid' | 'on_site';
  seniority: 'entry' | 'junior' | 'mid' | 'senior' | 'lead' | 'executive';
}

export interface JobFit {
  /** 0–1. */
  score: number;
  matched: string[];
  missing: string[];
  roleMatch: boolean;
}

const LEVELS = ['entry', 'junior', 'mid', 'senior', 'lead', 'executive'] as const;
const key = (value: string): string => value.trim().toLowerCase();
const words = (value: string): string[] => key(value).split(/[^\p{L}\p{N}+#.]+/u).filter((w) => w.length > 1);

/** Weights: required skills dominate; role, seniority, place and work mode break ties. */
const WEIGHTS = { required: 0.5, preferred: 0.15, role: 0.15, seniority: 0.1, place: 0.05, mode: 0.05 } as const;

/**
 * What a seeker brings to every posting, prepared once per profile: a search ranks a couple of hundred
 * postings against the same profile, and lower-casing its skills and splitting its roles per posting
 * was most of the work. Held only as long as the profile object itself.
 */
const prepared = new WeakMap<SeekerProfile, { have: ReadonlySet<string>; roles: readonly string[][]; locations: readonly string[] }>();

function prepare(seeker: SeekerProfile): { have: ReadonlySet<string>; roles: readonly string[][]; locations: readonly string[] } {
  let ready = prepared.get(seeker);
  if (!ready) {
    ready = { have: new Set(seeker.skills.map(key)), roles: seeker.targetRoles.map(words), locations: seeker.locations.map(key) };
    prepared.set(seeker, ready);
  }
  return ready;
}

export function jobFit(posting: PostingForFit, seeker: SeekerProfile): JobFit {
  const { have, roles, locations } = prepare(seeker);
  const matched: string[] = [];
  const missing: string[] = [];
  for (const skill of posting.requiredSkills) (have.has(key(skill)) ? matched : missing).push(skill);
  const preferredMatched = posting.preferredSkills.filter((skill) => have.has(key(skill)));
  matched.push(...preferredMatched);

  const required = posting.requiredSkills.length ? (posting.requiredSkills.length - missing.length) / posting.requiredSkills.length : 0.5;
  const preferred = posting.preferredSkills.length ? preferredMatched.length / posting.preferredSkills.length : 0;
  const titleWords = new Set(words(posting.title));
  const roleMatch = roles.some((roleWords) => roleWords.length > 0 && roleWords.filter((w) => titleWords.has(w)).length / roleWords.length >= 0.5);
  const seniority = seeker.seniority === 'unspecified' ? 0.5 : Math.max(0, 1 - Math.abs(LEVELS.indexOf(seeker.seniority) - LEVELS.indexOf(posting.seniority)) / 2);
  const place =
    posting.workplace === 'remote' || seeker.locations.length === 0
      ? 1
      : posting.locations.some((l) => locations.some((mine) => key(l).includes(mine) || mine.includes(key(l))))
        ? 1
        : 0;
  const mode = seeker.workMode === 'any' || seeker.workMode === posting.workplace ? 1 : 0;
  const score =
    WEIGHTS.required * required + WEIGHTS.preferred * preferred + WEIGHTS.role * (roleMatch ? 1 : 0) + WEIGHTS.seniority * seniority + WEIGHTS.place * place + WEIGHTS.mode * mode;
  return { score: Math.round(score * 1000) / 1000, matched, missing, roleMatch };
}
