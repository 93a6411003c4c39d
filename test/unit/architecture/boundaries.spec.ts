import { createRequire } from 'node:module';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';

// The same rules `npm run lint` runs over src/, applied to a small tree that breaks each of them
// on purpose: the rules must catch every kind of violation, and pass the real tree.
const config = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs') as IConfiguration;

async function violations(baseDir: string): Promise<{ rule: string; from: string; to: string }[]> {
  const result = await cruise(['src'], { ruleSet: { forbidden: config.forbidden }, ...config.options, baseDir, tsConfig: undefined, validate: true });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('module boundaries (dependency-cruiser rules)', () => {
  let found: { rule: string; from: string; to: string }[];
  beforeAll(async () => {
    found = await violations('test/fixtures/boundaries');
  });

  it('refuses a module reaching into another module’s internals', () => {
    expect(found).toContainEqual({ rule: 'module-internals', from: 'src/modules/beta/into-internals.ts', to: 'src/modules/alpha/internal/alpha-value.ts' });
  });

  it('allows a module to use another through its index.ts', () => {
    expect(found.filter((v) => v.from === 'src/modules/beta/through-index.ts')).toEqual([]);
  });

  it('refuses app/ reaching into a module’s internals', () => {
    expect(found).toContainEqual({ rule: 'outside-into-module-internals', from: 'src/app/dashboard/into-internals.ts', to: 'src/modules/alpha/internal/alpha-value.ts' });
  });

  it('refuses platform/ importing a module, and kernel/ importing platform/', () => {
    expect(found).toContainEqual({ rule: 'platform-is-below-modules', from: 'src/platform/web/uses-module.ts', to: 'src/modules/alpha/index.ts' });
    expect(found).toContainEqual({ rule: 'kernel-is-pure', from: 'src/kernel/skills/uses-platform.ts', to: 'src/platform/web/cycle-a.ts' });
  });

  it('refuses import cycles', () => {
    expect(found.some((v) => v.rule === 'no-cycles' && v.from === 'src/platform/web/cycle-a.ts')).toBe(true);
  });

  it('finds no violation in the real source tree', async () => {
    expect(await violations('.')).toEqual([]);
  }, 60_000);
});
