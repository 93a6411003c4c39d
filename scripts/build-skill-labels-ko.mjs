// Builds src/kernel/skills/data/skill-labels-ko.json: the Korean name a page shows for a taxonomy skill
// (data analysis → 데이터 분석, "comply with legislation related to health care" → 보건의료 법규 준수).
// The labels are curated by hand in scripts/skill-labels-ko.txt; this script checks them and fails when
//   - a label names a skill the taxonomy (scripts/build-skills-taxonomy.mjs) does not hold, or one twice;
//   - a label is neither Korean nor the name kept as written (`=`), apart from Latin acronyms (UML);
//   - a skill people are shown has no label: every skill of the occupation families' lists and the
//     stack relations (data/role-gaps.json), the first ten role gaps of every family occupation taken
//     as a target role, every skill the job engine reads in the shipped
//     demo postings (job search, posting pages, interviews grounded in a job), the skills of the
//     analysis fixtures and of the Korean résumé corpus, and every target of the Korean skill terms
//     (data/skills-ko.json: the reverse of 데이터 분석 → Data analysis).
// A Korean-term target left out of the curated list gets its Korean term (the spaced spelling), so the
// two lists never disagree on a skill the curated list forgot.
// Run after `npm run -s build` (it reads the job engine from dist/):
//   npx node scripts/build-skill-labels-ko.mjs          rebuild the data file
//   npx node scripts/build-skill-labels-ko.mjs --check  fail if the data file is not what the list builds
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finishLabels, shownNames } from './lib/korean-labels-output.mjs';

const root = process.cwd();
const DATA = join(root, 'src/kernel/skills/data');
const OUT = join(DATA, 'skill-labels-ko.json');
const { extractSkills } = await import(join(root, 'dist/src/kernel/skills/extract-skills.js'));
const { jobRequirements } = await import(join(root, 'dist/src/kernel/skills/job-requirements.js'));
const { roleGaps } = await import(join(root, 'dist/src/kernel/skills/role-gaps.js'));

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const taxonomy = readJson('src/kernel/skills/data/skills.json').skills.map(([name]) => name);
const canonical = new Map(taxonomy.map((name) => [name.toLowerCase(), name]));

// 1. The curated list.
const labels = new Map();
const problems = [];
readFileSync(join(root, 'scripts/skill-labels-ko.txt'), 'utf8')
  .split('\n')
  .forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const at = `skill-labels-ko.txt:${index + 1}`;
    const [name, label] = line.split(' | ').map((part) => part?.trim().normalize('NFC'));
    if (!name || !label) return problems.push(`${at}: not "<name> | <label>"`);
    if (canonical.get(name.toLowerCase()) !== name) return problems.push(`${at}: "${name}" is not a taxonomy skill name (as spelled there)`);
    if (labels.has(name)) return problems.push(`${at}: "${name}" is listed twice`);
    // Korean words, or Latin acronyms Koreans write as they are (UML, SPARQL, BGP).
    if (label !== '=' && !/\p{Script=Hangul}/u.test(label) && !/^[A-Z][A-Z0-9&]+$/.test(label)) problems.push(`${at}: "${label}" is neither Korean nor "="`);
    labels.set(name, label === '=' ? name : label);
  });

// 2. The Korean skill terms, in reverse, for a target the curated list lacks.
const koreanTerms = new Map();
for (const [term, name] of readJson('src/kernel/skills/data/skills-ko.json').terms) (koreanTerms.get(name) ?? koreanTerms.set(name, []).get(name)).push(term);
for (const [name, terms] of koreanTerms) {
  if (labels.has(name) || !/\p{Script=Hangul}/u.test(terms.join(''))) continue;
  const hangul = terms.filter((term) => /\p{Script=Hangul}/u.test(term));
  labels.set(name, hangul.find((term) => term.includes(' ')) ?? hangul[0]);
}

// 3. The skills people are shown, which must all have a label.
const { shown, show } = shownNames();
const roleGapsFile = readJson('src/kernel/skills/data/role-gaps.json');
for (const list of Object.values(roleGapsFile.families)) for (const [id] of list) show('occupation families', taxonomy[id]);
for (const id of Object.keys(roleGapsFile.relations)) show('stack relations', taxonomy[Number(id)]);
// What a report lists for a role: the ten first gaps of every occupation of a family, as a target role
// (the families' lists plus each occupation's own ESCO essential skills).
readJson('src/kernel/skills/data/occupations.json').occupations.forEach(([title], index) => {
  if (!roleGapsFile.occupationFamily[index]) return;
  for (const gap of roleGaps(title, { has: [] }, 10).gaps) show('role gaps of family occupations', gap.name);
});
for (const company of readJson('src/modules/jobs/demo/demo-postings.json').companies)
  for (const posting of company.postings) {
    const found = jobRequirements(posting.description);
    for (const skill of [...found.required, ...found.preferred]) show('demo postings', skill.name);
  }
for (const file of readdirSync(join(root, 'test/fixtures/analysis')).filter((f) => f.endsWith('.txt')))
  for (const skill of extractSkills(readFileSync(join(root, 'test/fixtures/analysis', file), 'utf8'))) show('analysis fixtures', skill.name);
for (const file of readdirSync(join(root, 'test/fixtures/resume-corpus-ko/truth')).filter((f) => /^\d+-.*\.json$/.test(f)))
  for (const skill of extractSkills(readFileSync(join(root, 'test/fixtures/resume-corpus-ko/truth', file), 'utf8'))) show('Korean résumé corpus', skill.name);
for (const name of koreanTerms.keys()) show('Korean skill terms', name);

finishLabels({
  root,
  out: OUT,
  source: 'scripts/skill-labels-ko.txt',
  generatedBy: 'scripts/build-skill-labels-ko.mjs',
  note: 'Korean display label of a taxonomy skill (skills.json name → label); a label equal to the name is a product term kept as written',
  labels,
  shown,
  problems,
  what: 'Korean label',
  plural: 'skill labels',
  extra: (sorted) => ` (${sorted.filter(([n, l]) => n === l).length} kept as written)`,
});
