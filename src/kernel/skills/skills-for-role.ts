import { HANGUL } from '../resume/resume-sections.js';
import { occupationsForKoreanTitle } from './occupation-labels.js';
import { type SkillKind, skillsTaxonomy } from './skills-taxonomy.js';
import { stem } from './stem.js';
import { tokenize } from './tokenizer.js';

export interface RoleSkills {
  /**
   * The occupation titles matched (ESCO and/or O*NET), best first. `approximate`: no title of that
   * source holds every word of the role ("Event Planner"), so the nearest by the head noun was taken.
   */
  occupations: Array<{
    title: string;
    source: 'esco' | 'onet';
    similarity: number;
    approximate?: boolean;
    /** Not exact, but the title holds every word of the role ("refrigeration air condition and heat pump technician"). */
    holdsRole?: boolean;
    /** Of the trade the role's words name, none holding its head noun ("leather goods patternmaker" for a leather goods maker). */
    trade?: boolean;
  }>;
  /** Most important first: listed by more (and closer) matching occupations, in demand / hot on O*NET. */
  skills: Array<{ name: string; kind: SkillKind; source: 'esco' | 'onet'; score: number }>;
}

const STOP = new Set(['of', 'and', 'the', 'for', 'in', 'a', 'an', 'to', 'with', '&']);
// ESCO says "expert" where job boards say "specialist" ("search engine optimisation expert").
// ESCO spells British ("counsellor"), O*NET and job boards often American; a "tech" is a technician. An
// engine is not an engineer (both stem to "engin": a search engine marketer, an engine assembler).
const SYNONYMS: Record<string, string> = { dev: 'develop', programm: 'develop', coder: 'develop', swe: 'software', sr: 'senior', jr: 'junior', eng: 'engin', mgr: 'manag', pm: 'manag', expert: 'specialist', counselor: 'counsellor', tech: 'technician', engine: 'motor', engines: 'motor' };
const SENIORITY = new Set(['senior', 'junior', 'lead', 'principal', 'staff', 'head', 'chief', 'intern', 'trainee']);
/** How many occupations per source may contribute skills, and how far below the best they may score. */
const MAX_OCCUPATIONS_PER_SOURCE = 3;
const SIMILARITY_SLACK = 0.1;
const MIN_SIMILARITY = 0.5;
/** A reported or alternative title is slightly weaker evidence than the occupation's own title. */
const ALIAS_SIMILARITY = 0.95;
/** How close a title must be to tell the role's own work (role-gaps.ts takes its skills as the role's from here on). */
const OWN_WORK_SIMILARITY = 0.75;
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

/** "Meeting, Convention, and Event Planners": meeting planners, convention planners, event planners (short items only). */
function listedTitles(title: string): string[] {
  if (!title.includes(', and ') && !title.includes(', or ')) return [];
  const parts = title.split(/,\s*(?:and\s+|or\s+)?/).map((p) => p.trim());
  const last = parts[parts.length - 1]!.split(' ');
  const head = last[last.length - 1]!;
  if (last.length < 2 || parts.slice(0, -1).some((p) => p.split(' ').length > 2)) return [];
  return [...parts.slice(0, -1).map((p) => `${p} ${head}`), parts[parts.length - 1]!];
}

interface TitleEntry {
  occupation: number;
  stems: Set<string>;
  alias: boolean;
  /**
   * One of ESCO's alternative labels: it names the occupation when it is the role's whole title ("tour guide" of the
   * tourist guide), but its words are too loose to compare a part of ("technical supervisor" of a technical director).
   */
  wholeOnly?: true;
}
let index: Map<string, TitleEntry[]> | undefined;
let escoTitleWords: { heads: Set<string>; titlesWith: Map<string, number> } | undefined;
let popularity: Map<number, number> | undefined;

/**
 * Every occupation title and alias, under each of its stems: a role is compared only with titles holding its head noun.
 * In the same walk, of ESCO's own titles: the words that end one and in how many titles each word stands (`escoWords`).
 */
function titleIndex(): Map<string, TitleEntry[]> {
  if (index) return index;
  const { occupations } = skillsTaxonomy();
  index = new Map();
  const heads = new Set<string>();
  const titlesWith = new Map<string, number>();
  for (const [occupation, o] of occupations.entries()) {
    [o.title, ...o.altTitles].forEach((t, i) => {
      const stems = titleStems(t);
      const entry: TitleEntry = { occupation, stems: new Set(stems), alias: i > 0, ...(o.source === 'esco' && i > 0 ? { wholeOnly: true as const } : {}) };
      for (const stem of entry.stems) (index!.get(stem) ?? index!.set(stem, []).get(stem)!).push(entry);
      if (o.source !== 'esco' || i > 0) return;
      if (stems.length > 0) heads.add(stems.at(-1)!);
      for (const stem of entry.stems) titlesWith.set(stem, (titlesWith.get(stem) ?? 0) + 1);
    });
    // An O*NET title that lists several ("Meeting, Convention, and Event Planners") names each of them.
    for (const t of listedTitles(o.title)) {
      const entry = { occupation, stems: new Set(titleStems(t)), alias: true };
      for (const stem of entry.stems) (index!.get(stem) ?? index!.set(stem, []).get(stem)!).push(entry);
    }
  }
  escoTitleWords = { heads, titlesWith };
  return index;
}


/** What else tells which occupation a role is nearest to when no title holds all its words: the person's skills. */
export interface RoleContext {
  /** Canonical names of the skills the person's résumé shows. */
  has?: readonly string[];
}

/** An approximate match is never taken as closer than this. */
const APPROXIMATE_SIMILARITY = 0.5;

/**
 * The occupation of `source` nearest to a role no title of it matches word for word ("Event Planner",
 * "Line Cook" where ESCO says "cook", "React Developer"): a title holding the role's head noun, scored by
 * the role words its title shares, the role's other words its skills name ("event" in "coordinate
 * events") and the person's skills it lists (their field). A tie goes to the shorter, more general title.
 * None when no such title has a reason to be near.
 */
function nearestOccupation(wanted: readonly string[], head: string, source: 'esco' | 'onet', context: RoleContext): { occupation: number; similarity: number } | undefined {
  const { occupations, skills, byName } = skillsTaxonomy();
  const has = new Set((context.has ?? []).map((n) => byName.get(n.toLowerCase())?.id).filter((id): id is number => id !== undefined));
  const others = wanted.filter((w) => w !== head && w.length >= 5);
  {
    const entries = (titleIndex().get(head) ?? []).filter((e) => occupations[e.occupation]!.source === source && !e.wholeOnly);
    let best: { occupation: number; score: number; size: number; shared: number } | undefined;
    for (const entry of entries) {
      const o = occupations[entry.occupation]!;
      let shared = 0;
      for (const w of wanted) if (entry.stems.has(w)) shared++;
      const skillWords = o.skills.map((id) => skills[id]!.name.toLowerCase());
      // The role's other words, each named by two or more of its skills ("coordinate events", "arrange special events").
      const named = others.filter((w) => !entry.stems.has(w) && skillWords.filter((n) => n.includes(w)).length >= 2).length;
      const field = o.skills.filter((id) => has.has(id)).length;
      // Near only with a reason: the title is the role's own head ("cook" for a line cook), its skills name
      // the role's other words, or it lists the person's skills; a title sharing one word is no more.
      const general = !entry.alias && entry.stems.size === 1 && entry.stems.has(head);
      if (!general && (others.length === 0 || named < others.length) && field < 2) continue;
      const score = shared * 2 + named + Math.min(3, field) * 0.5;
      if (!best || score > best.score || (score === best.score && (entry.stems.size < best.size || (entry.stems.size === best.size && entry.occupation < best.occupation)))) {
        best = { occupation: entry.occupation, score, size: entry.stems.size, shared };
      }
    }
    if (best) return { occupation: best.occupation, similarity: Math.max(APPROXIMATE_SIMILARITY, (2 * best.shared) / (wanted.length + best.size)) };
  }
  return undefined;
}

/**
 * ESCO occupations whose whole title is one of the matched O*NET occupations' titles or reported titles
 * (or lies within one): the same work under ESCO's name. Those sharing most of the role's words, the
 * longer (more specific) titles first; at most three.
 */
function escoNamesOf(chosen: ReadonlyArray<{ occupation: number; approximate?: boolean }>, wanted: readonly string[]): Array<{ occupation: number; similarity: number; approximate: true }> {
  const { occupations } = skillsTaxonomy();
  const onetTitles = chosen
    .filter(({ occupation, approximate }) => !approximate && occupations[occupation]!.source === 'onet')
    .flatMap(({ occupation }) => [occupations[occupation]!.title, ...occupations[occupation]!.altTitles].map((t) => new Set(titleStems(t))));
  const found = new Map<number, { shared: number; size: number }>();
  // ESCO's alternative labels that are one of O*NET's titles for the occupation, whole and of two words or more
  // ("farm equipment operator" of the land-based machinery operator, "floor sander" of the wood sander): only where
  // no ESCO title of its own is one, since an alternative label's words are looser.
  const byLabel = new Map<number, { shared: number; size: number }>();
  for (const stems of onetTitles) {
    for (const first of stems) {
      for (const entry of titleIndex().get(first) ?? []) {
        if (occupations[entry.occupation]!.source !== 'esco' || found.has(entry.occupation)) continue;
        if (entry.alias) {
          if (entry.stems.size >= 2 && entry.stems.size === stems.size && [...entry.stems].every((w) => stems.has(w))) {
            byLabel.set(entry.occupation, { shared: wanted.filter((w) => entry.stems.has(w)).length, size: entry.stems.size });
          }
          continue;
        }
        // A one-word ESCO title only as a whole title ("Radiographer"), not as a word of one ("Patient Escort").
        if (![...entry.stems].every((w) => stems.has(w)) || (entry.stems.size === 1 && stems.size > 1)) continue;
        found.set(entry.occupation, { shared: wanted.filter((w) => entry.stems.has(w)).length, size: entry.stems.size });
      }
    }
  }
  if (found.size === 0) for (const [occupation, f] of byLabel) found.set(occupation, f);
  // Where some share the role's words, only those: the others name a neighbouring work.
  const mostShared = Math.max(0, ...[...found.values()].map((f) => f.shared));
  return [...found.entries()]
    .filter(([, f]) => f.shared === mostShared)
    .sort((a, b) => b[1].shared - a[1].shared || b[1].size - a[1].size || a[0] - b[0])
    .slice(0, MAX_OCCUPATIONS_PER_SOURCE)
    .map(([occupation, { shared, size }]) => ({ occupation, similarity: Math.max(APPROXIMATE_SIMILARITY, (2 * shared) / (wanted.length + size)), approximate: true as const }));
}

/** A person noun's field: "therapist" and "therapy" → "therap", "geneticist" → "genetic". */
const fieldRoot = (word: string): string => word.replace(/(?:ist|ian|y)$/, '');
/** Two title words of one field: the same word, or a person noun and its practice ("therapist" / "therapy", "geneticist" / "genetic"). */
function sameRoot(a: string, b: string): boolean {
  return a === b || fieldRoot(a) === fieldRoot(b) || fieldRoot(a) === b || a === fieldRoot(b);
}
/** ESCO's many teachers of a field ("… vocational teacher") teach it: not the work, unless the role teaches too. */
const TEACHES = /^(?:teacher|lecturer|educator|instructor|trainer)$/;

/**
 * Of ESCO's titles: the words that end one (a person: technologist, technician, transcriptionist) and in how many
 * titles each word stands (medical in many, diagnostic in few).
 */
function escoWords(): { heads: Set<string>; titlesWith: Map<string, number> } {
  titleIndex();
  return escoTitleWords!;
}

/**
 * Where an O*NET occupation's tools tell nothing of the work and ESCO has no title for it
 * ("Mental Health Counselors", "Respiratory Therapists", "Genetic Counselors" list only office software):
 * ESCO's occupations of the same field — titles holding most of the role's words, a word's root being
 * enough ("respiratory therapy technician", "mental health social worker"), no teacher of it; failing two, its field word
 * alone ("geneticist" for a genetic counsellor), never its head noun alone (a credit counsellor is no
 * bereavement counsellor), and only a word of the O*NET title itself. Nearest, not exact; at most two, the shorter
 * titles first.
 */
function fieldOf(title: string, wanted: readonly string[], head: string, onetTitles: readonly string[]): Array<{ occupation: number; similarity: number; approximate: true }> {
  const { occupations } = skillsTaxonomy();
  const { heads, titlesWith } = escoWords();
  // The field word must be the O*NET occupation's own ("genetic" of Genetic Counselors), not only the role's
  // ("medical" of a medical science liaison that O*NET files under genetic counsellors), and no qualifier of
  // the person ("Registered", "Licensed", "Certified").
  const onetStems = onetTitles.flatMap((t) => titleStems(t));
  const qualifiers = new Set(title.split(/[^\p{L}]+/u).filter((w) => /ed$/i.test(w)).flatMap((w) => titleStems(w)));
  // A person noun is no field, though it stands before the last word ("Cardiovascular Technologists and
  // Technicians": a food technologist is no neighbour). Of two field words, the rarer tells more: "diagnostic"
  // (a diagnostic radiographer) before "medical" (a medical transcriptionist) for a diagnostic medical sonographer.
  // A person noun: a word of the role written as one (technologists, not restoration, whose stem a restorer shares)
  // whose stem ends an ESCO title.
  const persons = new Set(title.split(/[^\p{L}]+/u).filter((w) => /(?:ists?|ians?|ers?|ors?)$/i.test(w)).flatMap((w) => titleStems(w)).filter((w) => heads.has(w)));
  const isField = (w: string): boolean => w !== head && w.length >= 6 && !qualifiers.has(w) && !persons.has(w) && onetStems.some((t) => sameRoot(w, t));
  const field = [...occupations.entries()]
    .filter(([, o]) => o.source === 'esco')
    .map(([occupation, o]) => {
      const stems = titleStems(o.title);
      const shared = wanted.filter((w) => stems.some((t) => sameRoot(w, t)));
      const fieldWords = shared.filter(isField);
      const rarity = Math.min(Number.POSITIVE_INFINITY, ...fieldWords.map((w) => titlesWith.get(w) ?? 1));
      return { occupation, size: stems.length, shared: shared.length, fieldWord: fieldWords.length > 0, rarity, teaches: TEACHES.test(stems.at(-1) ?? '') };
    })
    .filter((f) => f.fieldWord && (!f.teaches || TEACHES.test(head)))
    .sort((a, b) => b.shared - a.shared || a.rarity - b.rarity || a.size - b.size || a.occupation - b.occupation);
  const most = field[0]?.shared ?? 0;
  const rarest = field[0]?.rarity ?? 0;
  return field
    .filter((f) => f.shared === most && f.rarity === rarest)
    .slice(0, 2)
    .map((f) => ({ occupation: f.occupation, similarity: APPROXIMATE_SIMILARITY, approximate: true as const }));
}

/** How many of ESCO's occupations of a trade stand for a role no title names. */
const MAX_TRADE_OCCUPATIONS = 3;

/**
 * ESCO's occupations whose own title holds every word of the role but its head, where those are two words or more
 * (the trade: "leather goods" of a leather goods maker, "special effects" of a special effects technician): the
 * shortest titles, the trade's general work before its specialities. Nearest, never exact; none for a role of one
 * word besides its head ("Clerk of Works" is no clerk).
 */
function tradeOf(wanted: readonly string[], head: string): Array<{ occupation: number; similarity: number; approximate: true; trade: true }> {
  const trade = [...new Set(wanted.filter((w) => w !== head))];
  if (trade.length < 2) return [];
  const { occupations } = skillsTaxonomy();
  const found = new Map<number, number>();
  for (const entry of titleIndex().get(trade[0]!) ?? []) {
    if (entry.alias || occupations[entry.occupation]!.source !== 'esco' || !trade.every((w) => entry.stems.has(w))) continue;
    found.set(entry.occupation, entry.stems.size);
  }
  return [...found.entries()]
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, MAX_TRADE_OCCUPATIONS)
    .map(([occupation]) => ({ occupation, similarity: APPROXIMATE_SIMILARITY, approximate: true as const, trade: true as const }));
}

/**
 * The work an O*NET title leaves out ("Earth Drillers, Except Oil and Gas": oil, gas): a skill naming it is
 * another occupation's, whichever neighbouring title brought it (ESCO's driller installs oil rigs).
 */
export function excludedWork(titles: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const title of titles) {
    const except = /\bExcept (.+)$/i.exec(title)?.[1];
    if (except) for (const w of except.toLowerCase().split(/[^\p{L}]+/u)) if (w.length > 2 && !STOP.has(w)) words.add(w);
  }
  return words;
}

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
export function skillsForRole(title: string, context: RoleContext = {}): RoleSkills {
  // A Korean title is matched through the Korean titles of the occupations ("생산관리 담당자": industrial production manager).
  if (HANGUL.test(title)) {
    const english = occupationsForKoreanTitle(title, context.has);
    if (english.length > 0) return mergeRoleSkills(english.map((t) => skillsForRole(t, context)));
  }
  const wantedList = titleStems(title).filter((w) => !SENIORITY.has(w));
  const wanted = new Set(wantedList);
  if (wanted.size === 0) return { occupations: [], skills: [] };
  const head = wantedList[wantedList.length - 1]!;
  const { occupations, skills } = skillsTaxonomy();
  const best = new Map<number, { similarity: number; holdsRole: boolean }>();
  let escoNames: number[] | undefined;
  for (const entry of titleIndex().get(head) ?? []) {
    let shared = 0;
    for (const s of wanted) if (entry.stems.has(s)) shared++;
    const coverage = shared / wanted.size;
    if (coverage < (wanted.size <= 2 ? 1 : 0.6)) continue;
    const exact = shared === wanted.size && entry.stems.size === wanted.size;
    if (entry.wholeOnly) {
      if (exact) (escoNames ??= []).push(entry.occupation);
      continue;
    }
    const similarity = exact ? (entry.alias ? ALIAS_SIMILARITY : 1) : (2 * shared) / (wanted.size + entry.stems.size);
    if (similarity > (best.get(entry.occupation)?.similarity ?? 0)) best.set(entry.occupation, { similarity, holdsRole: shared === wanted.size });
  }
  const chosen: Array<{ occupation: number; similarity: number; approximate?: boolean; holdsRole?: boolean; trade?: boolean }> = [];
  for (const source of ['onet', 'esco'] as const) {
    const candidates = [...best.entries()]
      .filter(([o, { similarity }]) => occupations[o]!.source === source && similarity >= MIN_SIMILARITY)
      .sort((a, b) => b[1].similarity - a[1].similarity || a[0] - b[0]);
    const top = candidates[0]?.[1].similarity ?? 0;
    chosen.push(
      ...candidates
        .filter(([, { similarity }]) => similarity >= top - SIMILARITY_SLACK)
        .slice(0, MAX_OCCUPATIONS_PER_SOURCE)
        .map(([occupation, { similarity, holdsRole }]) => ({ occupation, similarity, ...(holdsRole ? { holdsRole } : {}) })),
    );
  }
  const pop = skillPopularity();
  const tells = (occupation: number): boolean => {
    const o = occupations[occupation]!;
    return o.source === 'esco' || o.skills.some((id, i) => (o.weights[i] ?? 1) >= 2 && (pop.get(id) ?? 0) <= UBIQUITOUS);
  };
  // No close title tells the work (O*NET's office-software list for "Tour Guides and Escorts", ESCO's "road maintenance
  // worker" only sharing words with a highway maintenance worker): the ESCO occupations one of whose alternative labels
  // is the role's whole title ("tour guide" of the tourist guide), as close as an O*NET reported title. Where ESCO titles
  // sharing the role's words matched, such a label confirms one of them and brings no other (ESCO also files "user
  // experience designer" under the technical communicator).
  if (escoNames && !chosen.some(({ occupation, similarity }) => similarity >= OWN_WORK_SIMILARITY && tells(occupation))) {
    const partial = chosen.filter(({ occupation }) => occupations[occupation]!.source === 'esco');
    const named = [...new Set(escoNames)].sort((a, b) => a - b);
    if (partial.length === 0) chosen.push(...named.slice(0, MAX_OCCUPATIONS_PER_SOURCE).map((occupation) => ({ occupation, similarity: ALIAS_SIMILARITY, holdsRole: true })));
    for (const match of partial) {
      if (!named.includes(match.occupation)) continue;
      match.similarity = ALIAS_SIMILARITY;
      match.holdsRole = true;
    }
  }
  // No title holds all the role's words where it would tell the work (only a flat tool list matched, or
  // nothing: a made-up or compound title): the nearest title of each source that matched none.
  const tellsTheWork = chosen.some(({ occupation }) => tells(occupation));
  // An ESCO title that only shares the role's words ("forestry equipment operator" for an agricultural one, below
  // OWN_WORK_SIMILARITY and not holding every word of the role) tells role-gaps.ts nothing: ESCO's name for the O*NET
  // occupation is still looked for.
  const escoOwnWork = chosen.some(({ occupation, similarity, holdsRole }) => occupations[occupation]!.source === 'esco' && (similarity >= OWN_WORK_SIMILARITY || holdsRole));
  const ownWork = chosen.some(({ occupation, similarity, holdsRole }) => (similarity >= OWN_WORK_SIMILARITY || holdsRole) && tells(occupation));
  if (!tellsTheWork) {
    for (const source of ['onet', 'esco'] as const) {
      if (chosen.some(({ occupation }) => occupations[occupation]!.source === source)) continue;
      const nearest = nearestOccupation(wantedList, head, source, context);
      if (nearest) chosen.push({ ...nearest, approximate: true });
    }
  }
  // An O*NET occupation whose tools tell nothing of the work (Excel, Outlook) and no ESCO title for the
  // role: ESCO's name for that same occupation, found in O*NET's own titles for it ("Radiographer" among
  // the radiologic technologists', "career guidance advisor" within "Educational, Guidance, and Career
  // Counselors and Advisors"). The role's words are not its title, so it is nearest, not exact.
  // Where some ESCO title already shares the role's words, only an O*NET title holding every word of the role is read
  // for ESCO's name (a "Social and Community Service Managers" near a social media manager names no one's work).
  const partlyNamed = chosen.some(({ occupation }) => occupations[occupation]!.source === 'esco');
  if (!ownWork && !escoOwnWork) chosen.push(...escoNamesOf(partlyNamed ? chosen.filter(({ holdsRole }) => holdsRole) : chosen, wantedList));
  // Still nothing of the work (an O*NET title whose tools are office software, and no ESCO name for it): ESCO's
  // occupations of the same field.
  if (!tellsTheWork && chosen.length > 0 && !chosen.some(({ occupation }) => occupations[occupation]!.source === 'esco')) {
    const onetTitles = chosen.filter(({ approximate }) => !approximate).map(({ occupation }) => occupations[occupation]!.title);
    chosen.push(...fieldOf(title, wantedList, head, onetTitles));
  }
  // Nothing holds the role's head noun with its other words ("Leather Goods Maker", "Special Effects Technician"):
  // ESCO's occupations of the trade those words name ("leather goods patternmaker", "special effects artist").
  if (chosen.length === 0) chosen.push(...tradeOf(wantedList, head));
  chosen.sort((a, b) => b.similarity - a.similarity || a.occupation - b.occupation);
  const excluded = excludedWork(chosen.filter(({ approximate }) => !approximate).map(({ occupation }) => occupations[occupation]!.title));
  const scores = new Map<number, { score: number; source: 'esco' | 'onet' }>();
  for (const { occupation, similarity } of chosen) {
    const o = occupations[occupation]!;
    o.skills.forEach((id, i) => {
      // ESCO's driller is an oil and gas driller; O*NET's "Earth Drillers, Except Oil and Gas" are not.
      if (excluded.size > 0 && skills[id]!.name.toLowerCase().split(/[^\p{L}]+/u).some((w) => excluded.has(w))) return;
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
  for (const [id, entry] of scores) entry.score /= 1 + Math.log10(Math.max(1, (pop.get(id) ?? 0) / UBIQUITOUS));
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || (pop.get(b[0]) ?? 0) - (pop.get(a[0]) ?? 0) || a[0] - b[0]);
  return {
    occupations: chosen.map(({ occupation, similarity, approximate, holdsRole, trade }) => {
      const o = occupations[occupation]!;
      return { title: o.title, source: o.source, similarity: Math.round(similarity * 100) / 100, ...(approximate ? { approximate } : holdsRole ? { holdsRole } : {}), ...(trade ? { trade } : {}) };
    }),
    skills: ranked.map(([id, { score, source }]) => ({ name: skills[id]!.name, kind: skills[id]!.kind, source, score: Math.round(score * 100) / 100 })),
  };
}
