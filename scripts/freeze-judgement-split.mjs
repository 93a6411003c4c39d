// Freezes the test split of the interview judgement set (test/fixtures/interview/judgement-set.json)
// BEFORE any tuning of the rubric: about 40 % of the answers, chosen by a hash of their id (not by
// looking at them), stratified by nothing but chance. Writes judgement-split.json with the ids and a
// SHA-256 of the test items, so test/unit/interview/judgement-set.spec.ts notices any later edit.
// Run once: node scripts/freeze-judgement-split.mjs. Refuses to overwrite an existing split.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const SET = 'test/fixtures/interview/judgement-set.json';
const SPLIT = 'test/fixtures/interview/judgement-split.json';
if (existsSync(SPLIT) && !process.argv.includes('--force')) {
  console.error(`${SPLIT} exists: the test split is frozen.`);
  process.exit(1);
}
const set = JSON.parse(readFileSync(SET, 'utf8'));
const inTest = (id) => createHash('sha256').update(`candor-judgement-split:${id}`).digest()[0] < 0.4 * 256;
const test = set.answers.filter((a) => inTest(a.id));
const hash = createHash('sha256').update(JSON.stringify(test)).digest('hex');
writeFileSync(SPLIT, `${JSON.stringify({ frozenAt: new Date().toISOString(), rule: 'sha256("candor-judgement-split:" + id)[0] < 102', test: test.map((a) => a.id), testSha256: hash }, null, 2)}\n`);
console.log(`test split: ${test.length} of ${set.answers.length} answers, sha256 ${hash}`);
