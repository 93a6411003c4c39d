import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

const RESUME = [
  'Casey Doe',
  'casey@example.com',
  '',
  'EXPERIENCE',
  'Acme — Engineer (2021 - Present)',
  '- Built the design system now used by five product teams.',
  '- Managing the release train and fixing flaky builds every week.',
  '',
  'Beta — Engineer (2017 - 2021)',
  '- Maintain the billing service for 2 million customers.',
  '- Led the move to Kubernetes, cutting deploy time by 80%.',
].join('\n');

describe('tense of bullets', () => {
  const report = analyzeResume({ text: RESUME });
  const tense = report.checks.find((c) => c.id === 'tense-consistency')!;

  it('accepts finished achievements in the past tense in the current role, and flags the present in a past role', () => {
    expect(tense.status).toBe('warn');
    expect(tense.evidence).toEqual(['Maintain the billing service for 2 million customers.']);
  });

  it('rewrites with one tense throughout: the role’s, or the bullet’s own in the current role', () => {
    const afters = report.suggestions.map((s) => s.after ?? '');
    expect(afters).toEqual(expect.arrayContaining([expect.stringMatching(/^Maintained the billing service/)]));
    expect(afters).toEqual(expect.arrayContaining([expect.stringMatching(/^Manage the release train and fix flaky builds/)]));
    expect(afters.some((a) => a.startsWith('Build the design system'))).toBe(false);
  });
});
