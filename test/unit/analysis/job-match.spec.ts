import { describe, expect, it } from 'vitest';
import { jobMatch } from '../../../src/modules/analysis/scoring/job-match.js';
import { extractSkills } from '../../../src/kernel/skills/index.js';

const match = (job: string, resume: string) => jobMatch(job, resume, extractSkills(resume));

describe('jobMatch: other forms of the job’s words', () => {
  it('finds another form of a phrase when its words stand together', () => {
    const result = match('Requirements:\n- Experience in project management.\n', 'Managed projects for three clients.');
    expect(result.keywords.missing.concat(result.missing)).not.toContain('project management');
    expect(result.variants.map((v) => v.found)).toContain('Managed projects');
  });

  it('does not assemble a phrase from words of different sentences', () => {
    const result = match('Requirements:\n- Teamwork.\n', 'Built the design system used by five product teams.\nWork: Acme.');
    expect(result.variants.map((v) => v.found)).not.toContain('teams Work');
    expect(result.missing).toContain('Teamwork');
  });
});
