// Builds src/kernel/skills/data/occupation-labels-ko.json: the Korean title a page shows for an ESCO or
// O*NET occupation (Software Developers → 소프트웨어 개발자, Registered Nurses → 간호사), e.g. the
// analysis report's "Compared with" line. The titles are curated by hand in
// scripts/occupation-labels-ko.txt; this script checks them and fails when
//   - a line names an occupation the taxonomy (data/occupations.json) does not hold, or one twice;
//   - a title is not Korean;
//   - an occupation people are shown has no title: every member of an occupation family
//     (data/role-gaps.json `occupationFamily`), and every occupation the taxonomy matches for a common
//     target role (test/fixtures/analysis/common-target-roles.json) or for a role of the role-gap
//     fixtures (test/fixtures/analysis/role-gaps/labels.json).
// Titles are compared with spaces normalised and case ignored (a few taxonomy titles hold no-break spaces).
// Run after `npm run -s build` (it reads the occupation matcher from dist/):
//   npx node scripts/build-occupation-labels-ko.mjs          rebuild the data file
//   npx node scripts/build-occupation-labels-ko.mjs --check  fail if the data file is not what the list builds
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finishLabels, shownNames } from './lib/korean-labels-output.mjs';

const root = process.cwd();
const OUT = join(root, 'src/kernel/skills/data/occupation-labels-ko.json');
const { skillsForRole } = await import(join(root, 'dist/src/kernel/skills/skills-for-role.js'));
const { occupationKey } = await import(join(root, 'dist/src/kernel/skills/occupation-labels.js'));

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const occupations = readJson('src/kernel/skills/data/occupations.json').occupations.map(([title]) => title);
const known = new Set(occupations.map(occupationKey));

// 1. The curated list.
const labels = new Map();
const problems = [];
readFileSync(join(root, 'scripts/occupation-labels-ko.txt'), 'utf8')
  .split('\n')
  .forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const at = `occupation-labels-ko.txt:${index + 1}`;
    const [title, label] = line.split(' | ').map((part) => part?.trim().normalize('NFC'));
    if (!title || !label) return problems.push(`${at}: not "<title> | <Korean title>"`);
    const key = occupationKey(title);
    if (!known.has(key)) return problems.push(`${at}: "${title}" is not an occupation of the taxonomy`);
    if (labels.has(key)) return problems.push(`${at}: "${title}" is listed twice`);
    if (!/\p{Script=Hangul}/u.test(label)) problems.push(`${at}: "${label}" is not Korean`);
    labels.set(key, label);
  });

// 2. The occupations people are shown, which must all have a title.
const { shown, show: showName } = shownNames();
const show = (source, title) => showName(source, occupationKey(title));
readJson('src/kernel/skills/data/role-gaps.json').occupationFamily.forEach((family, index) => {
  if (family) show('occupation families', occupations[index]);
});
const roles = [...readJson('test/fixtures/analysis/common-target-roles.json').roles, ...readJson('test/fixtures/analysis/role-gaps/labels.json').cases.map((c) => c.role)];
for (const role of roles) for (const o of skillsForRole(role).occupations) show('matched for common and fixture roles', o.title);

finishLabels({
  root,
  out: OUT,
  source: 'scripts/occupation-labels-ko.txt',
  generatedBy: 'scripts/build-occupation-labels-ko.mjs',
  note: 'Korean display title of an ESCO / O*NET occupation: [occupation title, lower-cased with spaces normalised → Korean title]',
  labels,
  shown,
  problems,
  what: 'Korean title',
  plural: 'occupation titles',
});
