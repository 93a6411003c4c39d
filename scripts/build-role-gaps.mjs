// Builds src/kernel/skills/data/role-gaps.json: which skills matter for each occupation family, and
// how skills relate (alternatives, prerequisites, front-end/back-end), for the analysis's role gaps.
// Run after `npm run -s build` (it reads the project's own skill extractor and family titles from dist/):
//   node scripts/build-role-gaps.mjs [taxonomy dir] [jobs dir]
// (defaults ../shared/data/taxonomy and ../shared/data/jobs). Inputs are read here only, never at run time.
//
// Family importance of a skill = (share of the family's occupations that list it + share of the
// family's job postings that name it) × how specific it is to the family (ln 12/number of families
// it matters to), so Excel, Outlook and "communication", which every family lists, rank nowhere.
//   - Occupations: the shipped taxonomy (data/occupations.json: ESCO essential skills, O*NET in-demand /
//     hot technologies), placed in a family by their ISCO-08 group (ESCO) or O*NET-SOC code — codes, not
//     title words, so a civil engineer is not a software engineer. O*NET lists count their weight
//     (in demand 2 + hot 1, of 3); ESCO's essential skills 1.
//   - Postings: the Microsoft careers sample (MIT; the English half of the shipped demo postings) and the
//     SkillSpan postings (CC BY 4.0), each placed in a family by the kernel's title families, skills read
//     by the kernel's own extractor. Each source counts once (mean of its shares), so one employer's
//     stack (C#, Azure) does not become every engineer's gap. Only sources with 10+ postings in a family count.
//   - A skill only one occupation lists, with no posting naming it, is dropped: one occupation's
//     flat tool list (O*NET lists Apache Spark for registered nurses) says nothing about importance.
// Skill relations come from the Tanova skills taxonomy v1.4.11 (CC BY 4.0): its subcategories give
// groups of alternatives (programming languages, front-end frameworks, cloud platforms…), its
// prerequisites what a skill is built on (.NET → C#), its tags and subcategories the side of the stack.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const taxonomyDir = resolve(process.argv[2] ?? join(root, '../shared/data/taxonomy'));
const jobsDir = resolve(process.argv[3] ?? join(root, '../shared/data/jobs'));
const { extractSkills } = await import(join(root, 'dist/src/kernel/skills/extract-skills.js'));
const { familyByTitle, OCCUPATION_FAMILIES } = await import(join(root, 'dist/src/kernel/skills/occupation-families.js'));

const skillsFile = JSON.parse(readFileSync(join(root, 'src/kernel/skills/data/skills.json'), 'utf8'));
const occupationsFile = JSON.parse(readFileSync(join(root, 'src/kernel/skills/data/occupations.json'), 'utf8'));
const idByName = new Map(skillsFile.skills.map(([name], id) => [name, id]));

// ISCO-08 unit groups (ESCO) and O*NET-SOC prefixes of each family.
const ISCO = {
  software: ['1330', '2511', '2512', '2513', '2514', '2519', '2521', '2522', '2523', '2529', '3511', '3512', '3513', '3514'],
  data: [],
  nursing_care: ['2221', '2222', '3221', '3222', '5321', '5322'],
  finance_accounting: ['1211', '2411', '2412', '2413', '3311', '3312', '3313', '3314', '3315', '4311', '4312', '4313'],
  teaching: ['2310', '2320', '2330', '2341', '2342', '2351', '2352', '2353', '2354', '2355', '2356', '2359', '5312'],
  design: ['2163', '2166', '3432'],
  marketing: ['1222', '2431'],
  sales: ['1221', '2433', '2434', '3321', '3322', '3324', '5244'],
  operations_logistics: ['1321', '1324', '3323', '4321', '4322', '4323'],
  hr: ['1212', '2423', '2424', '3333', '4416'],
  customer_support: ['4222', '4225', '4229'],
  product: [],
};
const SOC = {
  software: ['15-12'],
  data: ['15-2041', '15-2051', '15-1243'],
  nursing_care: ['29-1141', '29-1151', '29-1161', '29-1171', '29-2061', '31-1121', '31-1122', '31-1131', '31-1132', '31-1133'],
  finance_accounting: ['13-20', '11-3031', '43-3011', '43-3021', '43-3031', '43-3051'],
  teaching: ['25-1', '25-2', '25-3', '25-9031'],
  design: ['27-1021', '27-1024', '27-1025', '15-1255'],
  marketing: ['11-2011', '11-2021', '11-2032', '11-2033', '13-1161'],
  sales: ['41-', '11-2022'],
  operations_logistics: ['11-1021', '11-3061', '11-3071', '13-1023', '13-1081', '43-5011', '43-5032', '43-5061', '43-5071', '43-5081'],
  hr: ['11-3121', '11-3131', '13-1071', '13-1075', '13-1141', '13-1151', '43-4161'],
  customer_support: ['43-4051', '43-4171'],
  product: [],
};

const readGz = (path) => gunzipSync(readFileSync(path)).toString('utf8');
const tsv = (path) => {
  const [header, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean).map((l) => l.split('\t'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};
// occupationUri,occupation,iscoGroup,… — the occupation label has no comma-in-quotes before the group in practice;
// a quoted label is handled by taking the last 4-digit field before relationType.
const iscoOf = new Map();
for (const line of readGz(join(taxonomyDir, 'esco-v1.1.1/occupation_skills_labeled_en.csv.gz')).split('\n').slice(1)) {
  const m = /^[^,]+,("(?:[^"]|"")*"|[^,]*),(\d{4}),/.exec(line);
  if (m) iscoOf.set(m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), m[2]);
}
const socOf = new Map(tsv(join(taxonomyDir, 'onet-30.2-tech/Occupation Data.txt')).map((r) => [r.Title, r['O*NET-SOC Code']]));

/** The family of a taxonomy occupation by its code; a data title among software codes is data, a product title is product. */
function occupationFamily([title, , , source]) {
  const code = source === 'onet' ? socOf.get(title) : iscoOf.get(title);
  if (!code) return undefined;
  const table = source === 'onet' ? SOC : ISCO;
  const byCode = Object.keys(table).find((f) => table[f].some((prefix) => (source === 'onet' ? code.startsWith(prefix) : code === prefix)));
  const byTitle = familyByTitle(title);
  if (byTitle === 'product') return 'product';
  if (byCode === 'software' && byTitle === 'data') return 'data';
  return byCode;
}
const occupationFamilies = occupationsFile.occupations.map(occupationFamily);

// Postings, by source: [title, text].
function skillspanPostings() {
  const posts = new Map();
  for (const file of ['train.json', 'dev.json']) {
    for (const line of readFileSync(join(jobsDir, 'skillspan', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line);
      const key = `${file}:${row.source}:${row.idx}`;
      const sentence = row.tokens.join(' ').replace(/<[A-Z]+>/g, ' ').replace(/\s+/g, ' ').trim();
      if (!posts.has(key)) posts.set(key, { title: sentence.slice(0, 80), text: '' });
      posts.get(key).text += `${sentence}\n`;
    }
  }
  return [...posts.values()];
}
const microsoft = JSON.parse(readFileSync(join(jobsDir, 'ms-careers-jobs/microsoft_careers_sample.json'), 'utf8')).map((p) => ({ title: p.title, text: `${p.title}\n${p.description}` }));
const POSTING_SOURCES = { microsoft, skillspan: skillspanPostings() };
const hardSkillCache = new Map();
/** The canonical hard skills a posting names (the kernel's extractor), once per posting. */
function hardSkillsOf(posting) {
  if (!hardSkillCache.has(posting)) {
    hardSkillCache.set(posting, new Set(extractSkills(posting.text).filter((s) => s.kind === 'hard').map((s) => idByName.get(s.name)).filter((id) => id !== undefined)));
  }
  return hardSkillCache.get(posting);
}
const MIN_POSTINGS = 10;

const families = {};
const familyCount = new Map();
const gated = {};
for (const family of OCCUPATION_FAMILIES) {
  const members = occupationsFile.occupations.filter((_, i) => occupationFamilies[i] === family);
  const shares = new Map();
  const listings = new Map();
  const fromOnet = new Set();
  for (const source of ['esco', 'onet']) {
    const list = members.filter((o) => o[3] === source);
    if (list.length === 0) continue;
    const sum = new Map();
    for (const [title, , ids, , weights] of list) {
      // O*NET's detailed occupations (29-1141.01…04) repeat their parent's list: one listing per SOC code.
      const listing = source === 'onet' ? socOf.get(title).slice(0, 7) : title;
      ids.forEach((id, i) => {
        sum.set(id, (sum.get(id) ?? 0) + (source === 'onet' ? (weights?.[i] ?? 1) / 3 : 1));
        (listings.get(id) ?? listings.set(id, new Set()).get(id)).add(listing);
        if (source === 'onet') fromOnet.add(id);
      });
    }
    for (const [id, s] of sum) shares.set(id, (shares.get(id) ?? 0) + s / list.length / 2);
  }
  const postingShare = new Map();
  const postingCount = new Map();
  const sources = Object.values(POSTING_SOURCES).map((posts) => posts.filter((p) => familyByTitle(p.title) === family)).filter((posts) => posts.length >= MIN_POSTINGS);
  for (const posts of sources) {
    const df = new Map();
    // Soft skills a posting asks for ("problem solving") are asked of everyone: only hard skills count.
    for (const p of posts) for (const id of hardSkillsOf(p)) df.set(id, (df.get(id) ?? 0) + 1);
    for (const [id, n] of df) {
      postingShare.set(id, (postingShare.get(id) ?? 0) + n / posts.length / sources.length);
      postingCount.set(id, (postingCount.get(id) ?? 0) + n);
    }
  }
  // Candidates must be listed by the family's occupations (so the reason shown is true); postings only weigh them.
  const kept = new Map();
  for (const [id, share] of shares) {
    if ((listings.get(id)?.size ?? 0) < 2 && (postingCount.get(id) ?? 0) < 2) continue;
    // Where the family has postings, a skill none of them names (ESCO's "interpret technical texts") is
    // rarely what an employer looks for: it counts a quarter.
    const named = sources.length === 0 || postingShare.has(id) ? 1 : 0.25;
    kept.set(id, { share: (share + (postingShare.get(id) ?? 0)) * named, onet: fromOnet.has(id) });
  }
  gated[family] = kept;
  for (const id of shares.keys()) familyCount.set(id, (familyCount.get(id) ?? 0) + 1);
  console.log(`${family}: ${members.length} occupations, ${sources.map((s) => s.length).join('+') || 0} postings, ${kept.size} skills`);
}
const MAX_PER_FAMILY = 150;
for (const family of OCCUPATION_FAMILIES) {
  const scored = [...gated[family]]
    .map(([id, { share, onet }]) => [id, share * Math.log(OCCUPATION_FAMILIES.length / familyCount.get(id)) ** 2, onet])
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_PER_FAMILY);
  const top = scored[0]?.[1] ?? 1;
  // [skill id, importance 0–1, 1 when an O*NET occupation of the family lists it]
  families[family] = scored.map(([id, w, onet]) => [id, Math.round((1000 * w) / top) / 1000, onet ? 1 : 0]);
}

// Which skills postings name together (lift over chance), for skills named in 3+ postings: what goes
// with a person's stack (Go → Kubernetes) weighs more for them than what goes with another one.
const allPostings = Object.values(POSTING_SOURCES).flat();
const postingDf = new Map();
for (const p of allPostings) for (const id of hardSkillsOf(p)) postingDf.set(id, (postingDf.get(id) ?? 0) + 1);
const pairCount = new Map();
for (const p of allPostings) {
  const ids = [...hardSkillsOf(p)].filter((id) => postingDf.get(id) >= 3);
  for (const a of ids) for (const b of ids) if (a !== b) pairCount.set(`${a}:${b}`, (pairCount.get(`${a}:${b}`) ?? 0) + 1);
}
const cooccurrence = {};
for (const [pair, n] of pairCount) {
  if (n < 2) continue;
  const [a, b] = pair.split(':').map(Number);
  const lift = (n * allPostings.length) / (postingDf.get(a) * postingDf.get(b));
  if (lift > 1.2) (cooccurrence[a] ??= []).push([b, Math.round(lift * 100) / 100]);
}

// Skill relations from Tanova.
const tanova = JSON.parse(readFileSync(join(taxonomyDir, 'tanova-skills-taxonomy/taxonomy.json'), 'utf8'));
const tanovaSkills = Object.values(tanova.categories).flatMap((c) => Object.entries(c.subcategories).flatMap(([sub, s]) => s.skills.map((skill) => ({ ...skill, sub }))));
const tanovaId = new Map(tanovaSkills.map((s) => [s.id, s]));
const ALTERNATIVE_GROUPS = {
  programming_languages: 'language',
  backend_frameworks: 'backend-framework',
  backend_development: 'backend-framework',
  cloud_platforms: 'cloud',
  mobile: 'mobile-platform',
  mobile_development: 'mobile-platform',
};
// Within a subcategory, what is one choice among others (fundamentals such as HTML, REST or SQL are not).
const ALTERNATIVE_IDS = {
  'frontend-framework': ['react', 'vue', 'angular', 'jquery', 'next_js', 'nuxtjs'],
  database: ['postgresql', 'mysql', 'sql_server', 'mongodb'],
  cloud: ['aws'],
};
const NOT_ALTERNATIVES = new Set(['rest_api', 'api_design', 'api_integration', 'mobile_development', 'typescript']);
const SIDE = { frontend_development: 'frontend', backend_development: 'backend', backend_frameworks: 'backend', mobile: 'mobile', mobile_development: 'mobile' };
const resolveId = (tanovaSkillId) => {
  const s = tanovaId.get(tanovaSkillId);
  return s ? idByName.get(s.canonical_name) : undefined;
};
const relations = {};
for (const s of tanovaSkills) {
  const id = idByName.get(s.canonical_name);
  if (id === undefined) continue;
  const group = NOT_ALTERNATIVES.has(s.id) ? undefined : (ALTERNATIVE_GROUPS[s.sub] ?? Object.keys(ALTERNATIVE_IDS).find((g) => ALTERNATIVE_IDS[g].includes(s.id)));
  const requires = [...new Set([...(s.prerequisites ?? []), ...(s.parent_skills ?? [])].map(resolveId).filter((r) => r !== undefined && r !== id))];
  const sides = [...new Set([SIDE[s.sub], ...(s.tags ?? []).filter((t) => ['frontend', 'backend', 'mobile'].includes(t))].filter(Boolean))];
  const senior = ['management', 'architecture', 'software_architecture'].includes(s.sub);
  const entry = { ...(group ? { group } : {}), ...(requires.length ? { requires } : {}), ...(sides.length ? { sides } : {}), ...(senior ? { senior: 1 } : {}) };
  if (Object.keys(entry).length) relations[id] = entry;
}

// A skill postings name almost only with one programming language (JUnit, Maven → Java) belongs to
// that language's stack: for someone who works in another language it is an alternative, not a gap.
const languages = Object.entries(relations).filter(([, r]) => r.group === 'language').map(([id]) => Number(id));
for (const [id, df] of postingDf) {
  if (df < 4 || relations[id]?.group === 'language') continue;
  // Named with the language in 80 %+ of its postings, and at least three times as often as postings name the language at all.
  const language = languages.find((l) => {
    const share = (pairCount.get(`${l}:${id}`) ?? 0) / df;
    return share >= 0.8 && share >= (3 * (postingDf.get(l) ?? 0)) / allPostings.length;
  });
  if (language === undefined) continue;
  const entry = (relations[id] ??= {});
  entry.requires = [...new Set([...(entry.requires ?? []), language])];
}

const out = {
  generatedBy: 'scripts/build-role-gaps.mjs',
  sources: {
    taxonomy: 'src/kernel/skills/data/occupations.json (ESCO v1.1.1 © European Union, CC BY 4.0; O*NET 30.2 / 29.0 by USDOL/ETA, CC BY 4.0, modified by Candor); occupation codes: ESCO ISCO-08 groups, O*NET-SOC codes',
    postings: 'microsoft/SkillsExtractorCognitiveSearch microsoft_careers_sample.json (MIT, © Microsoft Corporation); SkillSpan train+dev postings (Zhang et al., NAACL 2022; CC BY 4.0) — counts of skills per family only, no text',
    relations: 'Tanova skills taxonomy v1.4.11 (https://github.com/tanova-ai/skills-taxonomy) — CC BY 4.0, modified (subcategories, prerequisites and tags turned into alternatives, requirements and stack sides)',
  },
  // occupationFamily[i]: the family of occupations.json's occupation i by its code ('' when none).
  occupationFamily: occupationFamilies.map((f) => f ?? ''),
  // families[f] = [[skill index, importance 0–1, 1 if an O*NET occupation of f lists it]], most important first.
  families,
  // relations[skill index] = { group: alternatives group, requires: [skill indexes], sides: ['frontend'|'backend'|'mobile'], senior: 1 }
  relations,
  // cooccurrence[skill index] = [[other skill index, lift]]: named together in postings more often than by chance.
  cooccurrence,
};
writeFileSync(join(root, 'src/kernel/skills/data/role-gaps.json'), `${JSON.stringify(out)}\n`);
console.log(`role-gaps.json: ${Object.values(families).reduce((n, f) => n + f.length, 0)} family skills, ${Object.keys(relations).length} relations`);
