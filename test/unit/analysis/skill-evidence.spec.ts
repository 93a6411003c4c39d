import { beforeAll, describe, expect, it } from 'vitest';
import { jobMatch } from '../../../src/modules/analysis/scoring/job-match.js';
import { extractSkills } from '../../../src/kernel/skills/index.js';
import { skillEvidence } from '../../../src/kernel/skills/skill-evidence.js';

// The tagger's weights load on the first job read: on a loaded machine that alone passed the default
// per-test limit (wave 8), so it happens here, with room (a guard against hangs, not a speed check).
beforeAll(() => {
  jobMatch('Requirements:\n- Go', 'Go', []);
}, 120_000);

describe('soft skills shown by what the person did', () => {
  it.each([
    ['Mentoring', 'Mentored two junior engineers through their first on-call rotation.', 'Mentored two junior engineers through their first on-call rotation'],
    ['Collaboration', 'Partnered with design and support to cut ticket volume by 20%.', 'Partnered with design and support to cut ticket volume by 20%'],
    ['Leadership', 'Led a team of five to ship the new billing system.', 'Led a team of five to ship the new billing system'],
    ['Public Speaking', 'Spoke at JSConf EU about accessibility.', 'Spoke at JSConf EU about accessibility'],
    ['Leadership', 'Managed a fulfillment center of 180 staff shipping 45,000 orders a day.', 'Managed a fulfillment center of 180 staff shipping 45,000 orders a day'],
  ])('%s from "%s"', (skill, text, expected) => {
    expect(skillEvidence(skill, text)).toBe(expected);
  });

  it.each([
    ['Unit Testing', 'SKILLS\nReact, TypeScript, Jest', 'Jest'],
    ['Backend Development', 'Senior Backend Engineer at Paywise', 'Backend Engineer'],
  ])('%s from the tools and titles: "%s"', (skill, text, expected) => {
    expect(skillEvidence(skill, text)).toBe(expected);
  });

  it('does not take a topic word for a deed', () => {
    expect(skillEvidence('Leadership', 'Reported weekly to the leadership team.')).toBeUndefined();
    expect(skillEvidence('Mentoring', 'Built a mentoring platform in React.')).toBeUndefined();
    expect(skillEvidence('Kubernetes', 'Led the Kubernetes migration.')).toBeUndefined();
    expect(skillEvidence('Leadership', 'Managed a budget of 2 million and 40 suppliers.')).toBeUndefined();
  });

  it('counts a required soft skill as met in other words, with the job’s wording for an ATS', () => {
    const job = 'Requirements:\n- 3+ years of Go\n- Excellent problem solving skills\n';
    const resume = 'Backend engineer.\n- Diagnosed a memory leak that crashed the payment service weekly.\n- Built services in Go.';
    const match = jobMatch(job, resume, extractSkills(resume));
    expect(match.required).toContain('Problem Solving');
    expect(match.missing).not.toContain('Problem Solving');
    expect(match.variants).toEqual(
      expect.arrayContaining([expect.objectContaining({ term: 'Problem Solving', reason: 'evidence', found: 'Diagnosed a memory leak that crashed the payment service weekly' })]),
    );
    // Without the evidence it is missing.
    expect(jobMatch(job, 'Backend engineer.\n- Built services in Go.', extractSkills('Built services in Go.')).missing).toContain('Problem Solving');
  });
});
