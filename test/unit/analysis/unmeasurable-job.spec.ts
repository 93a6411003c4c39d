import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { rankJobs } from '../../../src/modules/analysis/scoring/job-ranking.js';
import { jsonResumeSchema } from '../../../src/kernel/resume/json-resume.js';

// A posting with nothing to match (no skills, phrases or keywords) once scored a perfect match: every
// vague advert ranked above a person's own job, and their report said "nothing missing".
const RESUME_TEXT = `Dana Whitfield
Registered Nurse

Experience
Registered Nurse, St. Mary's Hospital, Leeds, 2018 – present
- Cared for six patients a shift on a cardiac ward; gave IV medication and watched telemetry

Skills
Patient assessment, IV therapy, telemetry monitoring, BLS, medication administration
`;
const VAGUE = 'Join our friendly team! We are growing fast and want passionate people who love what they do. Great benefits, flexible hours.';
const OWN = 'Staff Nurse, Cardiac Ward\n\nRequirements:\n- Registration as a nurse\n- Telemetry monitoring on a cardiac ward\n- IV therapy\n- BLS certification\n';

describe('a job text with nothing to match', () => {
  it('leaves the match part out of the score instead of counting it as perfect', () => {
    const withVague = analyzeResume({ text: RESUME_TEXT, job: VAGUE });
    const withoutJob = analyzeResume({ text: RESUME_TEXT });
    expect(withVague.breakdown.map((part) => part.id)).not.toContain('match');
    expect(withVague.score).toBe(withoutJob.score);
    const withOwn = analyzeResume({ text: RESUME_TEXT, job: OWN });
    expect(withOwn.breakdown.find((part) => part.id === 'match')!.score).toBeGreaterThan(0);
  });

  it('ranks below a posting the person fits', () => {
    const resume = jsonResumeSchema.parse({
      basics: { name: 'Dana Whitfield', label: 'Registered Nurse' },
      work: [{ position: 'Registered Nurse', name: "St. Mary's Hospital", startDate: '2018', highlights: ['Gave IV medication and watched telemetry on a cardiac ward'] }],
      skills: [{ name: 'IV therapy' }, { name: 'Telemetry monitoring' }, { name: 'BLS' }],
      ...Object.fromEntries(['volunteer', 'education', 'awards', 'certificates', 'publications', 'languages', 'interests', 'references', 'projects'].map((section) => [section, []])),
    });
    const ranked = rankJobs(resume, [
      { id: 'vague', text: VAGUE },
      { id: 'own', text: OWN },
    ]);
    expect(ranked.map((job) => job.job)).toEqual(['own', 'vague']);
    expect(ranked[1]!.score).toBe(0);
  });
});
