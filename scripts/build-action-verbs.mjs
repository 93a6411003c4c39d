// Builds src/modules/analysis/scoring/data/action-verbs.json: the English verbs a résumé bullet may start
// with, in base form, with the past forms English does not make by rule. Read by `scoring/verbs.ts`.
//   node scripts/build-action-verbs.mjs [taxonomy dir]      (default ../shared/data/taxonomy; read here only)
//
// Why a lexicon from occupation data: a closed list of about 170 résumé verbs knew software work and little
// else, so a school counsellor was told to "start with an action verb" on "Counsel a caseload…". Occupation
// data names what people in every kind of work do, in the imperative:
//   - O*NET 29.0 occupation descriptions (USDOL/ETA, CC BY 4.0): each sentence starts with a verb ("Plan,
//     direct, or coordinate…", "Diagnose and treat…"); the verbs of that opening list are read.
//   - ESCO v1.1.1 skill/competence labels (© European Union, CC BY 4.0): preferred labels start with a verb
//     ("counsel students", "keep records"); an alternative label's first word counts where the data
//     also shows it inflected ("tiling", "shipped"), which a noun opening a
//     label ("compliance controls of…") never is.
// Words that open a label without being verbs (adverbs, -ing nouns, "food", "clinical") are filtered by
// their ending and by the reviewed list NOT_VERBS. Both spellings of -ise/-ize and -yse/-yze are kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseCsv, records } from './lib/csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? join(root, '../shared/data/taxonomy'));
const out = join(root, 'src/modules/analysis/scoring/data/action-verbs.json');

/** Irregular past tenses (English grammar, written for Candor): only those of verbs in the lexicon are kept. */
const IRREGULAR = `arise arose|awake awoke|bear bore|beat beat|become became|begin began|bend bent|bet bet|bind bound|bite bit|bleed bled|
blow blew|break broke|breed bred|bring brought|broadcast broadcast|build built|buy bought|cast cast|catch caught|choose chose|
cling clung|come came|cost cost|creep crept|cut cut|deal dealt|dig dug|draw drew|drink drank|drive drove|eat ate|fall fell|
feed fed|feel felt|fight fought|find found|flee fled|fling flung|fly flew|forbid forbade|forecast forecast|foresee foresaw|
forget forgot|forgive forgave|freeze froze|give gave|grind ground|grow grew|hang hung|hear heard|hide hid|hit hit|hold held|
hurt hurt|input input|keep kept|kneel knelt|know knew|lay laid|lead led|leave left|lend lent|let let|light lit|lose lost|
make made|mean meant|meet met|mislead misled|offset offset|outsell outsold|overcome overcame|override overrode|oversee oversaw|
overtake overtook|output output|pay paid|preset preset|put put|quit quit|read read|rebuild rebuilt|redo redid|redraw redrew|
remake remade|repay repaid|rerun reran|resell resold|reset reset|retake retook|rewind rewound|rewrite rewrote|ride rode|ring rang|
rise rose|run ran|say said|see saw|seek sought|sell sold|send sent|set set|shake shook|shed shed|shine shone|shoot shot|
shrink shrank|shut shut|sing sang|sink sank|sit sat|sleep slept|slide slid|sling slung|speak spoke|speed sped|spend spent|
spin spun|split split|spread spread|spring sprang|stand stood|steal stole|stick stuck|sting stung|strike struck|string strung|
strive strove|sweep swept|swim swam|swing swung|take took|teach taught|tear tore|tell told|think thought|throw threw|
thrust thrust|typeset typeset|undergo underwent|underpin underpinned|understand understood|undertake undertook|underwrite underwrote|
uphold upheld|upset upset|wake woke|wear wore|weave wove|win won|wind wound|withdraw withdrew|withhold withheld|
withstand withstood|write wrote`;

/**
 * Verbs of résumé writing that occupation data does not open a duty with ("spearhead", "refactor",
 * "onboard"): Candor's earlier hand-written list, kept so no bullet it accepted is now flagged.
 */
const RESUME_VERBS = `accelerate achieve administer advise analyse analyze architect automate build champion coach collaborate
configure consolidate coordinate create cut debug define deliver deploy design develop direct drive eliminate enable
engineer establish evaluate execute expand facilitate focus generate grow guide identify implement improve increase
initiate innovate integrate introduce launch lead maintain manage mentor migrate modernise modernize monitor negotiate
optimise optimize orchestrate organise organize own oversee partner pilot plan prepare present prioritise prioritize
produce program prototype publish raise rebuild reduce refactor redesign release research resolve restructure
revamp run save scale secure ship simplify spearhead standardise standardize streamline strengthen supervise support
teach test train transform troubleshoot unify upgrade win write handle perform ensure help assist work use make
process review track report audit author conduct contribute document draft edit fix host hire
recruit onboard operate provide recommend replace serve sell set shape sign solve speak start tune validate verify
commission decommission`.split(/\s+/);

/** Verbs stressed on a last syllable of one vowel and consonant double it ("admitted", "controlled", "programmed"). */
const DOUBLING = `admit commit submit permit omit emit transmit remit refer prefer transfer confer defer deter occur recur incur
control patrol compel propel expel excel repel equip regret acquit rebut abet allot program kidnap format outfit
unplug unwrap handicap`.split(/\s+/);

/**
 * First words of a label that are not verbs, read from the data and reviewed by hand: nouns and
 * adjectives that open an occupation's or a skill's name, auxiliaries ("be flexible", "have…"), and two
 * misspellings. A verb here would only be missing from the lexicon, never wrongly in it.
 */
const NOT_VERBS = new Set(`all any are automotive be clerical clinical conductors core covert do does duties equipment
excludes field food generally have in includes inspections manoeuvere manufacturing materials may must naval non other
parallel peform personnel processes psychiatric required requires responsible roles services setup specialized
supervisors tasks team these those types under usually vegetation workers works yardmasters administrative identity
pallets evaluation advice metal licensing and or otherwise new car disease treet unit slab wood game
suppervise ad brickwork joint kerb re teamwork sport mortar lap recruite moniter liase`.split(/\s+/));

/** Endings of words that are not base-form verbs: adverbs, gerunds and nouns of action or quality. */
function notBaseForm(word) {
  if (word.length < 2 || NOT_VERBS.has(word)) return true;
  if (/ly$/.test(word) && !/ply$/.test(word) && word.length > 5) return true;
  if (/ing$/.test(word) && !/^(?:bring|sing|ring|sting|string|swing|spring|cling|fling|sling|wring)$/.test(word)) return true;
  return /(?:tion|sion|ity|ness|ism|ics|ical|ous|ful|less)$/.test(word) || /[^su]s$/.test(word);
}

/** The regular past, as `scoring/verbs.ts` makes it (kept in step: the lexicon lists only what differs). */
function regularPast(base) {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && base.length <= 4) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

/** Whether the text shows the word inflected as a verb: "tiled", "tiling", "shipped", "sat". */
function inflected(word, inflections) {
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  return [`${stem}ing`, `${word}${word.at(-1)}ing`, regularPast(word), `${word}ed`].some((form) => form !== word && inflections.has(form));
}

const readGz = (path) => gunzipSync(readFileSync(path)).toString('utf8');
const onet = records(parseCsv(readFileSync(join(input, 'onet-29.0/csv/Occupation_Data.csv'), 'utf8')));
const esco = records(parseCsv(readGz(join(input, 'esco-v1.1.1/skills_compact_en.csv.gz')))).filter((r) => r.skillType === 'skill/competence');

const verbs = new Set();
const inflections = new Set();
const addWords = (text) => {
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) inflections.add(w);
};

// O*NET: the opening list of each sentence of a description ("Plan, direct, or coordinate …").
for (const { Description: description } of onet) {
  addWords(description);
  for (const sentence of description.split(/(?<=\.)\s+/)) {
    const opening = /^[A-Z][a-z]+(?:(?:,| or| and|, or|, and) [a-z]+){0,4}/.exec(sentence)?.[0] ?? '';
    const words = opening.toLowerCase().split(/,? (?:or |and )?|, /).filter(Boolean);
    // Only a list of verbs: "Plan, direct, or coordinate" — the words after the first must be verbs too,
    // so they are kept only when the first one is (checked below against the other sources as well).
    for (const word of words.slice(0, 1)) if (!notBaseForm(word)) verbs.add(word);
    if (words.length > 1 && !notBaseForm(words[0])) for (const word of words.slice(1)) if (!notBaseForm(word)) verbs.add(word);
  }
}

// ESCO: preferred labels' first words; alternative labels' where the data inflects the word as a verb.
const altFirst = new Set();
for (const row of esco) {
  addWords(`${row.preferredLabel} ${row.altLabels_pipe}`);
  const first = /^[a-z]+(?= )/.exec(row.preferredLabel)?.[0];
  if (first && !notBaseForm(first)) verbs.add(first);
  for (const label of row.altLabels_pipe.split('|')) {
    const word = /^[a-z]+(?= )/.exec(label.trim())?.[0];
    if (word) altFirst.add(word);
  }
}
for (const word of altFirst) if (!notBaseForm(word) && inflected(word, inflections)) verbs.add(word);

for (const verb of RESUME_VERBS) verbs.add(verb);

// Both spellings: ESCO writes "analyse", "organise"; O*NET "analyze", "organize".
for (const verb of [...verbs]) {
  if (/[^s]ise$/.test(verb) && verb.length >= 6) verbs.add(verb.replace(/ise$/, 'ize'));
  if (/ize$/.test(verb) && verb.length >= 6) verbs.add(verb.replace(/ize$/, 'ise'));
  if (/yse$/.test(verb)) verbs.add(verb.replace(/yse$/, 'yze'));
  if (/yze$/.test(verb)) verbs.add(verb.replace(/yze$/, 'yse'));
}

const irregular = Object.fromEntries(
  IRREGULAR.split('|').map((pair) => pair.trim().split(' ')).filter(([base]) => verbs.has(base)).map(([base, past]) => [base, past]),
);
for (const base of DOUBLING) if (verbs.has(base)) irregular[base] = `${base}${base.at(-1)}ed`;
const sorted = [...verbs].sort();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({
    source: 'First words of O*NET 29.0 occupation descriptions (USDOL/ETA) and ESCO v1.1.1 skill labels (© European Union), both CC BY 4.0, modified: filtered to verbs in base form. Built by scripts/build-action-verbs.mjs.',
    verbs: sorted,
    irregularPast: Object.fromEntries(Object.entries(irregular).sort(([a], [b]) => a.localeCompare(b))),
  }, null, 0)}\n`,
);
console.log(`${sorted.length} verbs, ${Object.keys(irregular).length} irregular pasts → ${out}`);
