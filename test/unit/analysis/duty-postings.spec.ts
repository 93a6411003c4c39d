import { describe, expect, it } from 'vitest';
import { jobRequirements } from '../../../src/kernel/skills/job-requirements.js';
import { extractSkills } from '../../../src/kernel/skills/index.js';
import { jobMatch, matchScore } from '../../../src/modules/analysis/scoring/job-match.js';

// Trades and care postings write their requirements as duties under "Duties" or "Tasks", with dashes,
// squares or numbers for bullets, and as what a person holds ("Hold a valid electrical licence"). Those
// lines are the job's requirements as much as a "Requirements:" list of nouns (#12, wave 15). Invented postings.
const SOLAR = [
  'Solar PV Installer',
  'Sunwise Energy is hiring an installer for residential rooftop systems.',
  'Duties:',
  '– Install and commission PV systems and battery storage on residential roofs.',
  '– Mount racking, run conduit and terminate DC and AC wiring.',
  '▪ Test strings and inverters and record results.',
  'Criteria',
  '1. Hold a valid electrical licence.',
].join('\n');

const INSTALLER = [
  'Solar Installer — Brightside Solar | 2021 – Present',
  '- Installed battery storage and PV systems on 120 homes; ran conduit and terminated AC wiring.',
  '- Tested strings after every install and logged results.',
  'Certifications: Electrical licence (A-grade), working at heights training',
].join('\n');

describe('a posting written as duties', () => {
  it('yields its duty and holding lines as requirements', () => {
    const phrases = jobRequirements(SOLAR).phrases.map((p) => p.toLowerCase());
    expect(phrases).toEqual(expect.arrayContaining(['battery storage', 'electrical licence', 'mount racking', 'run conduit']));
  });

  it('scores an installer who did those duties well above one who did none', () => {
    const score = (resume: string): number => matchScore(jobMatch(SOLAR, resume, extractSkills(resume)));
    const installer = score(INSTALLER);
    const barista = score('Barista — Bean There | 2020 – Present\n- Pulled 300 espresso shots a day and trained four new baristas.\n');
    expect(installer).toBeGreaterThanOrEqual(40);
    expect(installer - barista).toBeGreaterThanOrEqual(30);
  });
});

describe('a duty of a verb and one thing', () => {
  const missingPhrases = (job: string, resume: string): string[] =>
    (jobMatch(job, resume, extractSkills(resume)).phrases ?? []).filter((p) => p.verdict === 'missing').map((p) => p.phrase);

  it('is partly met where the experience works with that thing by another verb', () => {
    const job = 'Well Driller\nDuties:\n- Install casing, screens and grout\n- Service pumps\n';
    const resume = 'Well Driller — Lake Drilling | 2015 – Present\n- Set screens and grout the casing on 90 wells a year.\n- Install submersible pumps and pressure tanks for farms.\n';
    expect(missingPhrases(job, resume).join(' | ')).not.toMatch(/casing|pumps/i);
  });

  it('is no verb inside a list of nouns: "broadcast captioning" is not met by captioning alone', () => {
    const job = 'Court Reporter\nPreferred: CART or broadcast captioning experience\n';
    const resume = 'Court Reporter — County Court | 2015 – Present\n- Wrote realtime captioning for two deaf jurors in a six-week trial.\n';
    expect(missingPhrases(job, resume).join(' | ')).toMatch(/broadcast captioning/);
  });

  it('is still missing when the thing is one every job has', () => {
    const job = 'Lab Assistant\nDuties:\n- Record results\n';
    const resume = 'Lab Assistant — City Lab | 2019 – Present\n- Checked results against the reference ranges every shift.\n';
    expect(missingPhrases(job, resume)).toContain('Record results');
  });
});

describe('an acronym the job spells out with a hyphenated compound', () => {
  it('is met by the words: "on-the-job instructor (OJI)"', () => {
    const job = 'Air Traffic Controller\nDuties:\n- Take part in unit training as an on-the-job instructor (OJI) when qualified\n';
    const resume = 'Air Traffic Controller\nTrain new controllers on the sector as an on-the-job instructor; six trainees checked out.\n';
    const missing = (jobMatch(job, resume, extractSkills(resume)).phrases ?? []).filter((p) => p.verdict === 'missing').map((p) => p.phrase);
    expect(missing.join(' | ')).not.toMatch(/\bOJI\b/);
  });
});
