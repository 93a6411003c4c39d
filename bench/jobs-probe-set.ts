// A third query set for the jobs bench: the *probe* set (wave 6). Written and committed before any plan
// of it was looked at, to find the slow plan shapes at 1M without reading the held-back set
// (bench/jobs-held-back.ts), which stays unread per query. Unlike the held-back set, its per-query
// plans, buffers and times are printed and tuned on: its figures are in-sample once tuning starts.
//
// Two halves: a list written by hand up front, in the spirit of what people type into a job search
// (common and rare words, Korean and English, titles, skills, words no posting has, typos, every filter
// the search form offers, "posted within", later pages), and a part generated from the vocabulary of the
// shipped demo postings (the bench's templates) by a seeded generator: words drawn from each document-
// frequency band (in most templates, in some, in one or two), pairs of words from the same template and
// from different ones, each with filters drawn at random. The search page has no sort choice (best
// match, then fit, then freshness), so there is no sort option to vary.
import type { JobSearchQuery, SeekerProfile } from '../src/modules/jobs/index.js';
import demo from '../src/modules/jobs/demo/demo-postings.json' with { type: 'json' };

const none: Omit<JobSearchQuery, 'text'> = { location: '', workplace: '', seniority: '', employmentType: '', salaryAtLeast: null, postedWithinDays: null, page: 1 };
const q = (text: string, filters: Partial<JobSearchQuery> = {}): JobSearchQuery => ({ ...none, text, ...filters });

/** Written by hand before any measurement. */
const HAND_WRITTEN: readonly JobSearchQuery[] = [
  q('backend'),
  q('frontend developer'),
  q('react typescript'),
  q('python'),
  q('java', { location: 'Seoul' }),
  q('devops', { workplace: 'remote' }),
  q('kubernetes docker', { seniority: 'senior' }),
  q('sre'),
  q('program manager', { location: 'Redmond, WA' }),
  q('designer', { workplace: 'hybrid', postedWithinDays: 7 }),
  q('design researcher'),
  q('quantum'),
  q('security incident', { employmentType: 'full_time' }),
  q('data analyst'),
  q('데이터 분석가'),
  q('프론트엔드'),
  q('모바일 앱 개발자', { location: '서울' }),
  q('ios'),
  q('QA 인턴', { employmentType: 'internship' }),
  q('결제'),
  q('엔지니어', { postedWithinDays: 30 }),
  q('개발자', { page: 2 }),
  q('nurse'),
  q('accountant', { location: 'Busan' }),
  q('marketing manager'),
  q('rust'),
  q('golang', { workplace: 'remote' }),
  q('c++ embedded'),
  q('node.js'),
  q('senior software engineer', { page: 2 }),
  q('principal', { seniority: 'lead' }),
  q('intern', { employmentType: 'internship', location: 'Seoul' }),
  q('machine learning engineer'),
  q('sql', { salaryAtLeast: 60_000_000 }),
  q('azure', { postedWithinDays: 1 }),
  q('aws cloud', { location: 'Berlin', workplace: 'on_site' }),
  q('sofware enginer'),
  q('firmware', { seniority: 'junior', employmentType: 'contract' }),
  q('engineer', { location: 'London', seniority: 'entry', workplace: 'hybrid' }),
  q('software', { page: 5 }),
  q('', { location: 'Daejeon' }),
  q('', { workplace: 'hybrid', seniority: 'lead', postedWithinDays: 7 }),
  q('', { employmentType: 'part_time', page: 3 }),
  q('', { location: 'Tokyo' }),
  q('', { salaryAtLeast: 85_000_000 }),
  q('백엔드', { location: 'Incheon', workplace: 'on_site' }),
  q('devops 엔지니어'),
  q('data', { postedWithinDays: 30, seniority: 'mid' }),
  q('program manager quantum'),
  q('scientist', { location: 'Remote', workplace: 'remote' }),
];

/** Deterministic PRNG (mulberry32): the generated half is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORKPLACES = ['remote', 'hybrid', 'on_site'] as const;
const SENIORITIES = ['entry', 'junior', 'mid', 'senior', 'lead'] as const;
const TYPES = ['full_time', 'contract', 'part_time', 'internship'] as const;
const PLACES = ['Seoul', '서울', 'Busan', 'Incheon', 'Daejeon', 'Redmond', 'Berlin', 'London', 'Remote', 'Jeju'] as const;

/** Words of each template as the bench stores it (title and the first 1,200 characters), split as the search splits them. */
function templateWords(): string[][] {
  return demo.companies
    .flatMap((c) => c.postings)
    .map((t) => [...new Set(`${t.title} ${t.description.slice(0, 1200)}`.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !/^\d+$/.test(w)))]);
}

function generated(): JobSearchQuery[] {
  const random = seeded(20261130);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const templates = templateWords();
  const frequency = new Map<string, number>();
  for (const words of templates) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const words = [...frequency.keys()].sort();
  const band = (min: number, max: number) => words.filter((w) => frequency.get(w)! >= min && frequency.get(w)! <= max);
  const bands = { common: band(30, 66), some: band(8, 29), few: band(3, 7), rare: band(1, 2) };
  const filters = (): Partial<JobSearchQuery> => {
    const f: Partial<JobSearchQuery> = {};
    const r = random();
    if (r < 0.35) return f; // about a third without any filter
    if (random() < 0.4) f.location = pick(PLACES);
    if (random() < 0.3) f.workplace = pick(WORKPLACES);
    if (random() < 0.3) f.seniority = pick(SENIORITIES);
    if (random() < 0.2) f.employmentType = pick(TYPES);
    if (random() < 0.15) f.salaryAtLeast = pick([50_000_000, 70_000_000, 90_000_000]);
    if (random() < 0.25) f.postedWithinDays = pick([1, 7, 30] as const);
    if (random() < 0.2) f.page = pick([2, 3, 4]);
    return f;
  };
  const out: JobSearchQuery[] = [];
  for (const [name, list] of Object.entries(bands)) {
    const count = name === 'rare' ? 8 : 6;
    for (let i = 0; i < count; i++) out.push(q(pick(list), filters()));
  }
  // Two words from one template (they occur together) and from two different ones (they may never).
  for (let i = 0; i < 8; i++) {
    const words = pick(templates);
    out.push(q(`${pick(words)} ${pick(words)}`, filters()));
  }
  for (let i = 0; i < 8; i++) out.push(q(`${pick(pick(templates))} ${pick(pick(templates))}`, filters()));
  // A title as typed, sometimes with a word of the description.
  for (let i = 0; i < 6; i++) {
    const t = pick(demo.companies.flatMap((c) => c.postings));
    out.push(q(random() < 0.5 ? t.title : `${t.title.split(/\s+/)[0]} ${pick(pick(templates))}`, filters()));
  }
  return out;
}

export const PROBE_QUERIES: readonly JobSearchQuery[] = [...HAND_WRITTEN, ...generated()];

/** Two people: one with a full profile, one without any. */
export const PROBE_PROFILES: readonly (SeekerProfile | null)[] = [
  null,
  { skills: ['React', 'TypeScript', 'Node.js', 'GraphQL'], targetRoles: ['Frontend developer', '프론트엔드 개발자'], locations: ['서울'], workMode: 'remote', seniority: 'junior' },
];
