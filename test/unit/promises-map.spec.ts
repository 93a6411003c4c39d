import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROMISES } from '../../src/modules/compliance/promises.js';

const doc = readFileSync('docs/promises.md', 'utf8');
const rows = new Map(
  doc
    .split('\n')
    .filter((line) => /^\| [A-Z]\d \|/.test(line))
    .map((line) => [line.split('|')[1]!.trim(), line] as const),
);

describe('the published privacy promises and docs/promises.md agree', () => {
  const inForce = PROMISES.flatMap((g) => g.promises).filter((p) => p.inForce);

  it.each(inForce.map((p) => [p.id]))('%s, shown as in force, maps to its code and test', (id) => {
    const row = rows.get(id);
    expect(row, `docs/promises.md has no row for ${id}`).toBeTruthy();
    // Every test file the row names exists.
    const tests = [...row!.matchAll(/`(test\/[^`]+\.spec\.ts)`/g)].map((m) => m[1]!);
    expect(tests.length, `${id} names no test`).toBeGreaterThan(0);
    for (const file of tests) expect(existsSync(file), `${id}: ${file}`).toBe(true);
  });

  it('claims nothing in docs/promises.md that the privacy page does not show as in force', () => {
    const ids = new Set(inForce.map((p) => p.id));
    for (const id of rows.keys()) expect(ids.has(id), `${id} is mapped but not in force on the page`).toBe(true);
  });
});
