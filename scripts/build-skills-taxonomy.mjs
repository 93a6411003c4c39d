// Builds the compact skills taxonomy shipped with the analysis engine
// (src/kernel/skills/data/{skills,occupations}.json) from the shared taxonomy sources.
// Re-runnable: `node scripts/build-skills-taxonomy.mjs [input-dir]` (default ../shared/data/taxonomy).
//
// Sources and licences (attribution also in NOTICE and in the generated files' `sources` field):
//   - ESCO v1.1.1 skills, occupation→essential-skill relations and occupations' alternative labels — © European Union, CC BY 4.0.
//   - O*NET 30.2 Technology Skills + O*NET 29.0 reported job titles — USDOL/ETA, CC BY 4.0, modified.
//   - Tanova skills taxonomy v1.4.11 (canonical names and aliases) — CC BY 4.0.
//   - GitHub linguist language aliases (via linguist-languages@9.5.0) — MIT.
//
// Precedence when two sources name the same skill: Tanova (curated) > linguist > O*NET > ESCO.
// Ambiguous short aliases (Go, R, C, Excel, Swift, Express…) are flagged `exactCase` so the runtime
// matcher only accepts them as written and applies its context rules; generic one-word ESCO labels
// ("design", "work") are dropped because they would turn ordinary English into "skills". More generally
// a one-word alias that ESCO itself writes as an ordinary lower-case word ("product", "cloud", "energy")
// is dropped unless it is a known tech term (TECH_WORDS) or a curated soft skill; spoken languages
// (Tamil, Czech…) are not skills; vendor-name fragments ("Power" of Power BI, "Analytics") and known
// misleading aliases (DROP_ALIAS_KEYS: "inc" → PHP, "API" → RESTful, "startup") are dropped; Terraform
// is its own skill (linguist lists it under HCL). O*NET occupations carry per-skill importance
// weights (In Demand / Hot Technology) used to rank role skill gaps.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv, records } from './lib/csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? join(root, '../shared/data/taxonomy'));
const outDir = join(root, 'src/kernel/skills/data');

const readGz = (path) => gunzipSync(readFileSync(path)).toString('utf8');
const tsv = (path) => records(readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean).map((l) => l.split('\t')));

/** Dedup key: case- and punctuation-insensitive, mirrors the runtime tokenizer closely enough. */
const keyOf = (label) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9+#.]+/g, ' ')
    .replace(/(^|\s)\.(?=\s|$)/g, ' ')
    .trim();

// One-word labels that are ordinary English; ESCO has many ("design", "sales"…). Dropped as ESCO
// labels; when a curated source uses one (Go, Swift) it becomes exact-case instead.
const COMMON_WORDS = new Set(
  `go r c d make swift rust express ruby spring flask jest less sass chef puppet ant dart julia crystal pig hive spark storm
  access word outlook project teams slack stripe prism shell pandas safe agile excel react vue angular ember backbone
  meteor elm io self pure red ring boo nit pan pony text basic logo lean scheme maple mercury opal gosu hack nu v zig
  mathematica matlab processing visual link box notes sketch canva bootstrap gatsby remix redux next nuxt express koa
  nest hapi rails phoenix play grails struts mocha chai karma jasmine cypress selenium puppeteer playwright
  design work support management sales marketing teaching writing reading cooking cleaning driving planning research
  communication leadership teamwork english french german spanish italian mathematics physics chemistry biology
  history law music art dance sport security safety quality service services finance accounting economics health
  languages language programming testing training coaching editing drawing painting nursing farming fishing mining
  printing acting singing welding logistics advertising engineering manufacturing construction retail hospitality
  tourism statistics geography philosophy psychology sociology theology literature journalism photography`
    .split(/\s+/)
    .filter(Boolean),
);

// Ambiguous as written even with the right case; the runtime adds context rules for these.
const ALWAYS_EXACT = new Set(['go', 'intercom', 'r', 'c', 'd', 'excel', 'swift', 'rust', 'express', 'safe', 'access', 'word', 'teams', 'project', 'slack', 'spark', 'hive', 'pig', 'shell', 'julia', 'dart', 'chef', 'puppet', 'ant', 'make', 'less', 'next', 'play', 'rails', 'stripe', 'ruby', 'spring', 'flask', 'jest', 'sketch', 'visual', 'notes', 'box', 'link', 'canva', 'lean', 'prism', 'io', 'v', 'nu', 'zig', 'red', 'ring', 'pure', 'self', 'text', 'basic', 'logo', 'scheme', 'crystal', 'mercury', 'hack', 'elm', 'nest', 'remix', 'phoenix', 'storm', 'it', 'ai', 'ml', 'qa', 'ux', 'ui', 'pr', 'hr', 'bi', 'sas']);

// Ordinary English, learned from the data: every word ESCO writes in lower case in its skill and
// occupation labels ("product", "cloud", "analytics", "energy"…). A one-word alias in this vocabulary
// is dropped unless it is a well-known technology term (TECH_WORDS) or a curated soft skill.
const escoSkillsText = readGz(join(input, 'esco-v1.1.1/skills_compact_en.csv.gz'));
const escoOccupationText = readGz(join(input, 'esco-v1.1.1/occupation_skills_labeled_en.csv.gz'));
const ENGLISH = new Set();
for (const text of [escoSkillsText, escoOccupationText]) for (const m of text.matchAll(/(?<![\p{L}\p{N}])[a-z][a-z]+(?![\p{L}\p{N}])/gu)) ENGLISH.add(m[0]);

// One-word names Candor's own lists (APPENDED_SKILLS) give on purpose although ESCO writes them as ordinary words.
const CANDOR_WORDS = new Set(['intercom', 'prospecting', 'roadmapping']);

// One-word technology terms that happen to be English words too; kept (ambiguous ones stay exact-case).
const TECH_WORDS = new Set(
  `go rust php bash shell react next spring express rest git android tensorflow rails agile scrum safe saas excel assembly
  crystal less matlab latex linux uml puppet chef pig spark airflow eclipse postman metasploit unity gis firmware encryption
  debugging algorithms kubernetes docker python java kotlin swift ruby scala perl haskell elixir erlang clojure lua julia dart
  groovy cobol fortran html css sass scss yaml json xml markdown graphql terraform ansible jenkins jira confluence figma sketch
  illustrator photoshop outlook accessibility wcag hadoop hive kafka redis mongodb postgresql mysql sqlite oracle sap salesforce
  tableau looker excel vba dbt snowflake databricks pandas numpy pytorch keras jupyter vue angular svelte ember backbone jquery
  webpack vite babel jest mocha cypress selenium playwright storybook nginx apache tomcat django flask fastapi laravel symfony
  cybersecurity hibernate apis
  dotnet unix windows macos ios azure aws gcp heroku vercel netlify cloudflare prometheus grafana datadog splunk kibana
  elasticsearch solr rabbitmq celery grpc protobuf oauth saml ldap kerberos blockchain solidity ethereum cad autocad solidworks
  revit sketchup blender maya houdini nuke unreal godot`
    .split(/\s+/)
    .filter(Boolean),
);

// Aliases that name something else in most texts ("inc" → PHP, "API" → RESTful, "startups").
const DROP_ALIAS_KEYS = new Set(['inc', 'cake', 'rs', 'api', 'san', 'bi', 'hr', 'pro', 'imagine', 'absorb', 'blast', 'grass', 'spice', 'product', 'strategy', 'finance', 'hiring', 'troubleshoot', 'optimization', 'containerization', 'startup', 'start up', 'cloud', 'analytics', 'power', 'opentofu', 'windows', 'dynamics', 'database', 'products', 'ai', 'google', 'apple', 'amazon', 'microsoft', 'oracle', 'early stage', 'high growth', 'startup experience', 'seed to series b', '0 1 building',
  'be responsible', 'enjoy working', 'personal development', 'application procedure', 'application process', 'cv', 'product development', 'remote first', 'remote work', 'work remotely']);

// Natural (spoken) languages: ESCO names each in "understand spoken X" / "interact verbally in X" skills.
// They are languages, not hard skills, so no source may turn them into one.
const NATURAL_LANGUAGES = new Set();
for (const m of escoSkillsText.matchAll(/(?:understand spoken|understand written|interact verbally in|write) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/g)) NATURAL_LANGUAGES.add(m[1].toLowerCase());
for (const l of ['english', 'french', 'german', 'spanish', 'italian', 'portuguese', 'dutch', 'tamil', 'hindi', 'czech', 'polish', 'chinese', 'mandarin', 'cantonese', 'japanese', 'korean', 'arabic', 'russian', 'urdu', 'bengali', 'telugu', 'malayalam', 'kannada', 'marathi', 'gujarati', 'punjabi', 'turkish', 'greek', 'hebrew', 'swedish', 'danish', 'norwegian', 'finnish', 'ukrainian', 'romanian', 'hungarian', 'vietnamese', 'thai', 'indonesian', 'malay', 'swahili', 'persian', 'farsi', 'sanskrit', 'latin'])
  NATURAL_LANGUAGES.add(l);
const isLanguageLabel = (key) => NATURAL_LANGUAGES.has(key) || NATURAL_LANGUAGES.has(key.replace(/ language$/, ''));

const SOFT_NAMES = new Set(
  [
    'communication', 'teamwork', 'leadership', 'problem solving', 'critical thinking', 'time management', 'adaptability',
    'collaboration', 'mentoring', 'coaching', 'stakeholder management', 'stakeholder communication', 'conflict resolution',
    'team leadership', 'team building', 'negotiation', 'presentation skills', 'public speaking', 'creativity',
    'attention to detail', 'emotional intelligence', 'decision making', 'written communication', 'verbal communication',
    'interpersonal skills', 'customer focus', 'ownership', 'self-motivation', 'organisational skills', 'remote/async work',
  ].map(keyOf),
);

// Curated soft skills that neither source names the way résumés do.
const EXTRA_SOFT = [
  ['Communication', ['communication skills', 'communicator', 'strong communication']],
  ['Problem Solving', ['problem-solving', 'problem solver', 'solve problems']],
  ['Teamwork', ['team player', 'team work', 'teamwork']],
  ['Leadership', ['leadership skills', 'people leadership']],
  ['Critical Thinking', ['analytical thinking', 'think critically']],
  ['Time Management', ['prioritization', 'prioritisation']],
  ['Collaboration', ['cross-functional collaboration', 'collaborative']],
  ['Stakeholder Management', ['stakeholder management', 'stakeholder engagement', 'managing stakeholders']],
  ['Collaboration', ['collaborate with designers', 'collaborate with engineers', 'cross-functional teams']],
  ['Attention to Detail', ['detail-oriented', 'detail oriented']],
  ['Public Speaking', ['presentation skills', 'presenting']],
  ['Negotiation', ['negotiating', 'negotiate']],
  ['Adaptability', ['adaptable', 'flexibility']],
  ['Mentoring', ['mentor', 'mentored', 'mentorship', 'mentoring']],
];

// Popular languages taken from linguist (with its aliases); linguist's full list has hundreds of
// names that are English words (Red, Pony, Self…), so only these are matched.
const LINGUIST_LANGUAGES = new Set(
  `JavaScript TypeScript Python Java Go C C++ C# Ruby Rust PHP Swift Kotlin Scala R Perl Shell PowerShell SQL PLSQL TSQL
  Objective-C Dart Elixir Erlang Haskell Clojure F# Lua MATLAB Julia Groovy Visual_Basic_.NET VBA COBOL Fortran Assembly
  HTML CSS SCSS Sass Less YAML JSON XML Markdown GraphQL HCL Terraform Dockerfile Solidity OCaml Zig Nim Crystal Vue Svelte
  Apex ABAP SAS Stata Jupyter_Notebook TeX Makefile CMake Protocol_Buffer`
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => n.replace(/_/g, ' ')),
);

const VENDORS = ['Adobe', 'Amazon Web Services', 'Amazon', 'Apache', 'Apple', 'Atlassian', 'Autodesk', 'Microsoft', 'Oracle', 'Google', 'IBM', 'SAP', 'Salesforce', 'Bentley', 'Intuit', 'Cisco', 'VMware', 'Red Hat', 'Facebook', 'Meta', 'Epic Systems', 'Dassault Systemes', 'Esri', 'The MathWorks', 'Unity Technologies', 'JetBrains', 'Elastic', 'HashiCorp', 'Docker', 'Kubernetes', 'Linux'];

const skills = []; // { name, kind, aliases: Map<key, {text, exact}> , sources:Set }
const byKey = new Map(); // alias key -> skill index

function addAlias(index, label, { force = false, exactCase = false } = {}) {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 60) return;
  const key = keyOf(text);
  if (!key || key.split(' ').length > 6) return;
  if (DROP_ALIAS_KEYS.has(key) || DROP_ALIAS_KEYS.has(key.replace(/s$/, '')) || isLanguageLabel(key)) return;
  const owner = byKey.get(key);
  if (owner !== undefined && owner !== index) return; // first source wins an alias
  const oneWord = !key.includes(' ');
  const exact = oneWord && (exactCase || ALWAYS_EXACT.has(key) || key.length <= 2 || (COMMON_WORDS.has(key) && !force));
  if (oneWord && COMMON_WORDS.has(key) && !force && !ALWAYS_EXACT.has(key)) return;
  const skill = skills[index];
  // A one-word English word only names a skill when it is a tech term or a curated soft skill.
  if (oneWord && ENGLISH.has(key) && !TECH_WORDS.has(key) && !CANDOR_WORDS.has(key) && !(skill.kind === 'soft' && force)) return;
  byKey.set(key, index);
  // Exact-case spellings are kept side by side ("Spark" and "SPARK"), plain ones once per key.
  // An exact-case spelling that is itself a plain lower-case English word ("safe", "slack") would
  // match that word in every sentence: only its capitalised forms name the product.
  if (exact && text === key && ENGLISH.has(key)) return;
  const slot = exact ? `${key}\u0000${text}` : key;
  if (!skill.aliases.has(slot)) skill.aliases.set(slot, { text, exact });
}

/** Returns the index of the skill some label already names, or a new skill. */
function upsert(name, kind, labels, source, { curated = false } = {}) {
  const keys = [name, ...labels].map((l) => keyOf(typeof l === 'string' ? l : l.exact)).filter(Boolean);
  let index = keys.map((k) => byKey.get(k)).find((i) => i !== undefined);
  if (index === undefined) {
    index = skills.length;
    skills.push({ name, kind, aliases: new Map(), sources: new Set() });
  }
  const skill = skills[index];
  skill.sources.add(source);
  if (kind === 'soft' && curated) skill.kind = 'soft';
  for (const label of [name, ...labels]) {
    if (typeof label === 'string') addAlias(index, label, { force: curated });
    else addAlias(index, label.exact, { force: curated, exactCase: true });
  }
  return index;
}

// 0. Curated names that must win their aliases: soft skills as résumés name them, and Terraform (linguist
// lists "terraform" as an alias of the HCL language, but résumés and postings mean the tool).
for (const [name, aliases] of EXTRA_SOFT) upsert(name, 'soft', aliases, 'candor', { curated: true });
upsert('Terraform', 'hard', ['HashiCorp Terraform'], 'candor', { curated: true });
// Tanova's "Deployment Pipelines" (CI/CD pipelines, release pipelines) is the same skill as CI/CD.
upsert('CI/CD', 'hard', ['deployment pipelines', 'deployment pipeline'], 'candor', { curated: true });
upsert('Accessibility', 'hard', ['web accessibility', 'WCAG', 'a11y'], 'candor', { curated: true });
upsert('dbt', 'hard', ['data build tool'], 'candor', { curated: true });

// 1. Tanova (curated canonical names + aliases).
const tanova = JSON.parse(readFileSync(join(input, 'tanova-skills-taxonomy/taxonomy.json'), 'utf8'));
for (const category of Object.values(tanova.categories)) {
  for (const sub of Object.values(category.subcategories)) {
    for (const s of sub.skills) {
      const soft = SOFT_NAMES.has(keyOf(s.canonical_name));
      upsert(s.canonical_name, soft ? 'soft' : 'hard', s.aliases ?? [], 'tanova', { curated: true });
    }
  }
}
// A few aliases résumés use that no source lists.
const EXTRA_ALIASES = [
  ['Kubernetes', ['k8s', 'kube']],
  ['Go', ['Golang', 'go lang']],
  ['JavaScript', ['JS', 'ECMAScript']],
  ['Node.js', ['NodeJS', 'Node', 'node.js']],
  ['React', ['React.js', 'ReactJS', 'React JS']],
  ['PostgreSQL', ['Postgres', 'psql']],
  ['Amazon Web Services', ['AWS', 'Amazon AWS']],
  ['Google Cloud Platform', ['GCP', 'Google Cloud']],
  ['Machine Learning', ['ML']],
  ['CI/CD', ['CI CD', 'continuous integration', 'continuous delivery', 'continuous deployment']],
  ['Microsoft Excel', ['Excel', 'MS Excel']],
  ['Apache Spark', [{ exact: 'Spark' }, 'PySpark']],
  ['Microsoft Power BI', ['Power BI', 'PowerBI']],
];
for (const [name, aliases] of EXTRA_ALIASES) upsert(name, 'hard', aliases, 'candor', { curated: true });

// Engineering practices and fields that résumés and postings name every day but no source lists
// under these words (found by reading SkillSpan's missed spans). Multi-word or exact-case only:
// a bare English word ("networking", "security", "Travis") would match far too much.
const EXTRA_SKILLS = [
  ['Software Development', ['software development', 'software engineering', 'application development']],
  ['Web Development', ['web development', 'web application development']],
  ['Backend Development', ['back-end development', 'backend development', 'back end development', 'server-side development']],
  ['Frontend Development', ['front-end development', 'frontend development', 'front end development']],
  ['Cybersecurity', ['cyber security', 'cyber-security', 'information security', 'IT security', 'InfoSec']],
  ['Code Review', ['code reviews', 'code reviewing', 'peer review of code']],
  ['Pair Programming', ['pair programming', 'pair-programming']],
  ['Test-Driven Development', ['TDD', 'test driven development']],
  ['Behavior-Driven Development', ['BDD', 'behaviour-driven development', 'behavior driven development', 'behaviour driven development']],
  ['Test Automation', ['automated testing', 'automation testing', 'automated tests']],
  ['Unit Testing', ['unit tests', 'unit test', 'unit-testing']],
  ['Integration Testing', ['integration tests', 'end-to-end testing', 'end-to-end tests', 'E2E testing', 'E2E tests']],
  ['Object-Oriented Programming', ['OOP', 'object oriented programming', 'object-oriented design', 'object oriented design']],
  ['Design Patterns', ['software design patterns']],
  ['Web Services', ['web-services', 'SOAP web services']],
  ['API Development', ['APIs', 'API design', 'web APIs', 'API development']],
  ['Site Reliability Engineering', ['SRE', 'site reliability']],
  ['Cloud Infrastructure', ['cloud computing', 'cloud services', 'cloud platforms', 'cloud-native']],
  ['Computer Networking', ['network engineering', 'TCP/IP', 'computer networks']],
  ['Observability', ['application monitoring', 'monitoring and alerting', 'logging and monitoring']],
  ['Hibernate', [{ exact: 'Hibernate' }, 'Hibernate ORM']],
  ['Jakarta EE', ['Java EE', 'JEE', 'J2EE']],
  ['Java Message Service', ['JMS']],
  ['CircleCI', ['Circle CI']],
  ['Travis CI', ['TravisCI']],
  ['Oracle Database', [{ exact: 'Oracle' }, 'Oracle DB', 'Oracle RDBMS']],
  ['Supply Chain Management', ['supply chain', 'supply-chain management']],
  ['IT Consulting', ['technology consulting', 'IT consultancy']],
];
for (const [name, aliases] of EXTRA_SKILLS) upsert(name, 'hard', aliases, 'candor', { curated: true });
// Soft skills postings ask for under other names.
upsert('Critical Thinking', 'soft', ['analytical skills'], 'candor', { curated: true });
upsert('Communication', 'soft', ['interpersonal skills'], 'candor', { curated: true });
upsert('Business Acumen', 'soft', ['business acumen', 'business understanding', 'commercial awareness'], 'candor', { curated: true });

// 2. linguist (popular programming languages and their official aliases).
const linguist = JSON.parse(readFileSync(join(input, 'linguist-languages/languages_aliases.json'), 'utf8'));
for (const lang of linguist) {
  if (!LINGUIST_LANGUAGES.has(lang.name)) continue;
  const aliases = (lang.aliases ?? []).filter((a) => a.length >= 2 && !COMMON_WORDS.has(a.toLowerCase()));
  upsert(lang.name, 'hard', aliases, 'linguist', { curated: true });
}

// 3. O*NET 30.2 Technology Skills: hot/in-demand examples or ones used by several occupations.
const onetTech = tsv(join(input, 'onet-30.2-tech/Technology Skills.txt'));
const exampleUse = new Map();
for (const row of onetTech) exampleUse.set(row.Example, (exampleUse.get(row.Example) ?? 0) + 1);
const onetSkillOf = new Map();
function onetLabels(example) {
  let name = example.replace(/\s+software$/i, '').trim();
  const labels = [];
  const acronym = /^(.+?)\s+([A-Z][A-Z0-9]{1,7})$/.exec(name);
  // "Structured query language SQL" → SQL; not "Microsoft Power BI" (BI is part of the name).
  const initials = acronym ? acronym[1].split(/[\s-]+/).map((w) => w[0]?.toLowerCase()).join('') : '';
  if (acronym && !/\s/.test(acronym[2]) && (initials.endsWith(acronym[2].toLowerCase()) || byKey.has(keyOf(acronym[2])))) {
    labels.push({ exact: acronym[2] });
    name = acronym[1];
  }
  for (const vendor of VENDORS) {
    if (name === vendor || VENDORS.some((v) => v !== vendor && v.startsWith(vendor) && name.startsWith(v))) break;
    if (name.startsWith(`${vendor} `) && name.length > vendor.length + 2) {
      const rest = name.slice(vendor.length + 1);
      // "Office", "Word", "Photoshop": a one-word remainder is only accepted as written (exact case).
      labels.push(rest.includes(' ') ? rest : { exact: rest });
      break;
    }
  }
  return { name, labels };
}
for (const row of onetTech) {
  if (onetSkillOf.has(row.Example)) continue;
  const keep = row['Hot Technology'] === 'Y' || row['In Demand'] === 'Y' || (exampleUse.get(row.Example) ?? 0) >= 4;
  if (!keep) continue;
  const { name, labels } = onetLabels(row.Example);
  if (name.length < 2) continue;
  onetSkillOf.set(row.Example, upsert(name, 'hard', labels, 'onet', { curated: true }));
}

// 4. ESCO skills (preferred + alternative labels), parenthetical qualifiers stripped as aliases.
const escoRows = records(parseCsv(escoSkillsText));
const escoSkillOf = new Map();
/** [ESCO preferred label, the skill it would otherwise have been an alias of]. */
const splitAliases = [];
const headOf = (label) => keyOf(label).split(' ').at(-1).replace(/(?:ing|ies|es|s)$/, '');
/**
 * An ESCO skill met only through an alternative label (none of `shared` is its preferred label) names
 * another thing where its head noun differs from the existing skill's: "civil engineering" is no "urban
 * planning", "computer programming" no "Visual Basic .NET"; "perform chiropractic examinations" is
 * "conduct chiropractic examination".
 */
function namesAnotherThing(bare, existingName, shared) {
  if (shared.includes(keyOf(bare))) return false;
  const own = keyOf(bare).split(' ');
  const other = keyOf(existingName).split(' ');
  // One name within the other ("Jenkins" / "Jenkins CI", "electricity" / "electricity principles"), or its
  // initials ("search engine optimisation" / "SEO"): the same thing.
  if (own.every((w) => other.includes(w)) || other.every((w) => own.includes(w))) return false;
  if (other.length === 1 && own.length > 1 && own.map((w) => w[0]).join('') === other[0]) return false;
  return headOf(bare) !== headOf(existingName);
}
// ESCO phrases about working with people ("collaborate with designers", "liaise with managers") are the
// canonical soft skills Collaboration / Communication, not hard skills of their own.
const softIndex = (name) => byKey.get(keyOf(name));
const SOFT_PHRASE = [
  [/^(?:collaborate|cooperate|work together|work in teams?|work in a team)\b/i, 'Collaboration'],
  [/^(?:communicate|liaise|interact)\b/i, 'Communication'],
];
const LANGUAGE_SKILL = /^(?:understand spoken|understand written|interact verbally in|write|read) [A-Z]|^[A-Z][a-z]+$/;
for (const row of escoRows) {
  const preferred = row.preferredLabel.trim();
  if (!preferred) continue;
  if (LANGUAGE_SKILL.test(preferred) && NATURAL_LANGUAGES.has(preferred.split(' ').at(-1).toLowerCase())) continue;
  const softPhrase = SOFT_PHRASE.find(([re]) => re.test(preferred));
  if (softPhrase && softIndex(softPhrase[1]) !== undefined) {
    const target = softIndex(softPhrase[1]);
    for (const label of [preferred, ...(row.altLabels_pipe ?? '').split('|').map((x) => x.trim()).filter((x) => x.includes(' '))]) addAlias(target, label);
    escoSkillOf.set(row.skillUri, target);
    continue;
  }
  const kind = row.reuseLevel === 'transversal' && row.skillType !== 'knowledge' ? 'soft' : 'hard';
  // One-word alternative labels are mostly ordinary words ("interaction" for communication).
  const alt = (row.altLabels_pipe ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.includes(' ') && s.split(' ').length <= 5);
  const labels = [...alt];
  const bare = preferred.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare !== preferred) labels.unshift(bare);
  const all = [preferred, ...labels];
  const keys = all.map(keyOf);
  const existing = keys.map((k) => byKey.get(k)).find((i) => i !== undefined);
  // Met only through an alternative label, the ESCO skill may be another field: ESCO lists "urban planning" and
  // "city planning" among the labels of "civil engineering", which would make "civil engineering" (and eight
  // "civil engineering …" phrases) aliases of Tanova's Urban Planning. Where the head nouns differ, the ESCO
  // skill's labels name a skill of their own (the shared label stays with its first owner), numbered after every
  // other skill; this changes what a text's words name, not the occupations' lists.
  if (existing !== undefined && namesAnotherThing(bare, skills[existing].name, keys.filter((k) => byKey.get(k) === existing))) {
    const index = skills.length;
    const listedAs = skills[existing].listedAs ?? existing;
    skills.push({ name: bare.length >= 2 ? bare : preferred, kind: SOFT_NAMES.has(keyOf(bare)) ? 'soft' : kind, aliases: new Map(), sources: new Set(['esco']), split: true, listedAs });
    for (const label of all) addAlias(index, label);
    splitAliases.push([preferred, skills[existing].name]);
    // Occupations listing it keep the skill they listed (the role-gap data is built on those lists).
    escoSkillOf.set(row.skillUri, listedAs);
    continue;
  }
  if (existing !== undefined) {
    skills[existing].sources.add('esco');
    for (const label of all) addAlias(existing, label);
    escoSkillOf.set(row.skillUri, skills[existing].listedAs ?? existing);
    continue;
  }
  const name = bare.length >= 2 ? bare : preferred;
  const index = skills.length;
  skills.push({ name, kind: SOFT_NAMES.has(keyOf(name)) ? 'soft' : kind, aliases: new Map(), sources: new Set(['esco']) });
  for (const label of all) addAlias(index, label);
  escoSkillOf.set(row.skillUri, index);
}

// Occupations: ESCO (essential skills) and O*NET (hot / in-demand technologies + reported titles).
const occupations = [];
const escoOcc = new Map();
for (const row of records(parseCsv(readGz(join(input, 'esco-v1.1.1/occupation_skills_labeled_en.csv.gz'))))) {
  if (row.relationType !== 'essential') continue;
  const skill = escoSkillOf.get(row.skillUri);
  if (skill === undefined || skills[skill].aliases.size === 0) continue;
  let occ = escoOcc.get(row.occupationUri);
  if (!occ) {
    occ = { title: row.occupation, alt: [], skills: new Set(), source: 'esco' };
    escoOcc.set(row.occupationUri, occ);
    occupations.push(occ);
  }
  occ.skills.add(skill);
}
// ESCO's alternative labels of each occupation ("tour guide" of the tourist guide, "highway maintenance worker" of
// the road maintenance worker, "cabinetmaker" of the cabinet maker): the names job boards use, which ESCO's preferred
// label often is not. Without them a role ESCO knows under another name matched only O*NET's office-software list.
const escoClassification = unzipSync(new Uint8Array(readFileSync(join(input, 'esco-v1.1.1/ESCO dataset - v1.1.1 - classification - en - csv.zip'))), { filter: (file) => file.name === 'occupations_en.csv' });
for (const row of records(parseCsv(strFromU8(escoClassification['occupations_en.csv'])))) {
  const occ = escoOcc.get(row.conceptUri);
  if (!occ) continue;
  const preferred = row.preferredLabel.trim().toLowerCase();
  occ.alt = [...new Set(row.altLabels.split('\n').map((label) => label.trim()).filter((label) => label.length > 0 && label.toLowerCase() !== preferred))];
}
const onetOcc = new Map();
for (const row of tsv(join(input, 'onet-30.2-tech/Occupation Data.txt'))) {
  const occ = { title: row.Title, alt: [], skills: new Set(), weights: new Map(), source: 'onet' };
  onetOcc.set(row['O*NET-SOC Code'], occ);
}
for (const row of onetTech) {
  const occ = onetOcc.get(row['O*NET-SOC Code']);
  const skill = onetSkillOf.get(row.Example);
  if (!occ || skill === undefined) continue;
  if (row['Hot Technology'] === 'Y' || row['In Demand'] === 'Y') {
    occ.skills.add(skill);
    // Importance for ranking gaps: in demand for this occupation (postings) and hot across the economy.
    const weight = (row['In Demand'] === 'Y' ? 2 : 0) + (row['Hot Technology'] === 'Y' ? 1 : 0);
    occ.weights.set(skill, Math.max(weight, occ.weights.get(skill) ?? 0));
  }
}
for (const row of records(parseCsv(readFileSync(join(input, 'onet-29.0/csv/Sample_of_Reported_Titles.csv'), 'utf8')))) {
  const occ = onetOcc.get(row['O*NET-SOC Code']);
  if (occ && occ.alt.length < 12) occ.alt.push(row['Reported Job Title']);
}
for (const occ of onetOcc.values()) if (occ.skills.size > 0) occupations.push(occ);

// Added after the sources, so they are numbered last and the skill indexes data/role-gaps.json holds stay
// valid: named by postings and résumés of support, sales, product and pharmacy roles (the #12 advice set,
// wave 6: "Zendesk or Intercom", "Prospecting, pipeline management", "roadmapping", "sterile compounding").
const APPENDED_SKILLS = [
  ['Zendesk', ['Zendesk']],
  ['Intercom', [{ exact: 'Intercom' }]],
  ['Sales Prospecting', ['prospecting', 'sales prospecting', 'outbound prospecting', 'lead prospecting']],
  ['Product Roadmapping', ['roadmapping', 'product roadmapping', 'product roadmap', 'product roadmaps', 'roadmap planning']],
  ['Sterile Compounding', ['sterile compounding', 'aseptic compounding', 'IV compounding', 'sterile preparations']],
  // wave 8: security operations postings ask for "endpoint detection and response tools" or "EDR", and
  // name the category that products such as CrowdStrike Falcon or SentinelOne belong to (skill-evidence.ts).
  ['Endpoint Detection and Response', ['endpoint detection and response', { exact: 'EDR' }, 'endpoint detection & response']],
  // Real estate, legal and sales postings ask for "e-signature tools"; résumés name DocuSign (skill-evidence.ts).
  ['Electronic Signatures', ['e-signature', 'e-signatures', 'electronic signature', 'electronic signatures', 'e-sign', 'esignature']],
];
for (const [name, aliases] of APPENDED_SKILLS) upsert(name, 'hard', aliases, 'candor', { curated: true });

// Keep only skills that have at least one alias; renumber. Split ESCO skills (above) come last, so every other
// skill keeps its number (role-gaps.json and the appended skills refer to them by number).
const kept = skills
  .map((s, i) => [s, i])
  .filter(([s]) => s.aliases.size > 0)
  .sort(([a], [b]) => Number(a.split === true) - Number(b.split === true));
console.log(`ESCO skills kept apart from the skill an alternative label of theirs names: ${splitAliases.length}`);
const newIndex = new Map(kept.map(([, old], i) => [old, i]));
const SOURCES = {
  esco: 'ESCO v1.1.1 — © European Union, https://esco.ec.europa.eu — CC BY 4.0',
  onet: 'O*NET 30.2 Database (Technology Skills) and O*NET 29.0 (reported titles) by USDOL/ETA, used under CC BY 4.0; modified by Candor (filtered, renamed, merged)',
  tanova: 'Tanova skills taxonomy v1.4.11 (https://github.com/tanova-ai/skills-taxonomy) — CC BY 4.0',
  linguist: 'GitHub linguist language aliases (linguist-languages@9.5.0) — MIT',
};
const skillsOut = {
  generatedBy: 'scripts/build-skills-taxonomy.mjs',
  sources: SOURCES,
  // skills[i] = [canonical name, "h"|"s"]; aliases = [text, skill index, 1 if exact-case else 0]
  skills: kept.map(([s]) => [s.name, s.kind === 'soft' ? 's' : 'h']),
  aliases: kept.flatMap(([s], i) => [...s.aliases.values()].map((a) => (a.exact ? [a.text, i, 1] : [a.text.toLowerCase(), i, 0]))),
};
const occupationsOut = {
  generatedBy: 'scripts/build-skills-taxonomy.mjs',
  sources: SOURCES,
  // [title, alternative titles, essential skill indexes, "esco"|"onet", O*NET weights (2 in demand + 1 hot) per skill]
  occupations: occupations
    .filter((o) => o.skills.size > 0)
    .map((o) => {
      const ids = [...o.skills].filter((i) => newIndex.get(i) !== undefined);
      const row = [o.title, o.alt, ids.map((i) => newIndex.get(i)), o.source];
      if (o.weights) row.push(ids.map((i) => o.weights.get(i) ?? 1));
      return row;
    }),
};
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'skills.json'), `${JSON.stringify(skillsOut)}\n`);
writeFileSync(join(outDir, 'occupations.json'), `${JSON.stringify(occupationsOut)}\n`);
console.log(`skills: ${skillsOut.skills.length}, aliases: ${skillsOut.aliases.length}, occupations: ${occupationsOut.occupations.length} → ${outDir}`);
