import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A generated data file that no longer matches its script's list (a term edited in the JSON by hand, or the list
// changed without a rebuild) fails here, as `--check` does. The label builders read the engine from dist/ and are
// checked after a build (`npx node scripts/build-skill-labels-ko.mjs --check`); this one reads only the taxonomy.
describe('generated Korean skill terms', () => {
  it('are what scripts/build-korean-skill-terms.mjs builds from its list', () => {
    const out = execFileSync(process.execPath, ['scripts/build-korean-skill-terms.mjs', '--check'], { cwd: process.cwd(), encoding: 'utf8' });
    expect(out).toMatch(/skills-ko\.json is up to date: \d+ Korean terms/);
  });
});
