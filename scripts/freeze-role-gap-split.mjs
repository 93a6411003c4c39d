// Freezes the tuning/test split of the labelled role-gap set (test/fixtures/analysis/role-gaps/labels.json)
// before any tuning: a case is on the test side when the first byte of SHA-256("role-gaps:" + id) is odd.
// Re-running it gives the same split; it refuses to overwrite a split that already exists.
// Usage: node scripts/freeze-role-gap-split.mjs
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/analysis/role-gaps');
const out = join(dir, 'split.json');
if (existsSync(out)) throw new Error(`${out} exists: the split is frozen`);
const { cases } = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const side = (id) => (createHash('sha256').update(`role-gaps:${id}`).digest()[0] % 2 === 1 ? 'test' : 'tuning');
const split = Object.fromEntries(cases.map((c) => [c.id, side(c.id)]));
writeFileSync(out, `${JSON.stringify({ rule: 'first byte of SHA-256("role-gaps:" + id) odd → test, even → tuning; frozen before tuning', cases: split }, null, 2)}\n`);
console.log(Object.values(split).filter((s) => s === 'test').length, 'test /', cases.length);
