import { describe, expect, it } from 'vitest';
import { jobMatch, matchScore } from '../../../src/modules/analysis/scoring/job-match.js';
import { extractSkills } from '../../../src/kernel/skills/index.js';

const match = (job: string, resume: string) => jobMatch(job, resume, extractSkills(resume));
// The taxonomy and the tagger load on first use (seconds on a busy machine): when the file loads, not in a test's time.
match('Requirements:\n- Go and project management\n', 'Go');

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

  it('needs the number that names a thing: "planning" is no "504 plans", "Section 504 plan" is', () => {
    const job = 'School Counselor\nResponsibilities: individual counseling; 504 plans and IEP meetings with the student support team.\n';
    const without = match(job, 'Led college and career planning for 380 seniors.');
    expect(without.variants.map((v) => v.found)).not.toContain('planning');
    expect(without.phrases?.find((p) => p.phrase === '504 plans')?.verdict).toBe('missing');
    const withIt = match(job, 'Wrote and reviewed each student’s Section 504 plan with the support team.');
    expect(withIt.phrases?.find((p) => p.phrase === '504 plans')?.verdict).not.toBe('missing');
  });
});

describe('jobMatch: what the job asks in its own words', () => {
  const finance = 'Financial Analyst\nRequirements:\n- Financial modelling, budgeting and forecasting\n- Advanced Excel\n- Variance analysis and monthly management reporting\n- Knowledge of GAAP or IFRS accounting\n';
  const operations = 'Operations Manager\nSummary\nRuns warehouses.\nSkills\nLean, Six Sigma, Excel\n';

  it('counts the requirements the taxonomy does not name, so one known tool is not a full fit', () => {
    const result = match(finance, operations);
    expect(result.matched).toEqual(['Microsoft Excel']);
    expect(result.phrases?.filter((p) => p.verdict === 'missing').map((p) => p.phrase)).toEqual(expect.arrayContaining(['GAAP']));
    // Before: Excel was the only requirement read, and one of one scored the job a near-perfect match.
    expect(matchScore(result)).toBeLessThan(50);
  });

  it('finds a phrase of the job standing in the résumé, and keeps "a plus" phrases preferred', () => {
    const job = 'Requirements:\n- Variance analysis and monthly management reporting\nNice to have: knowledge of GAAP or IFRS accounting\n';
    const result = match(job, 'Wrote the monthly management reporting pack.');
    expect(result.phrases).toEqual(
      expect.arrayContaining([
        { phrase: 'monthly management reporting', preferred: false, verdict: 'matched', from: 'requirement' },
        { phrase: 'IFRS accounting', preferred: true, verdict: 'missing', from: 'requirement' },
      ]),
    );
  });

  it('reads "Six Sigma" on the résumé as the job’s "Six Sigma methods"', () => {
    const result = match('Requirements:\n- Lean or Six Sigma methods\n', operations);
    expect(result.matched).toContain('six sigma methods');
    expect(match('Requirements:\n- Lean or Six Sigma methods\n', 'Skills: Sigma').missing).toContain('six sigma methods');
  });

  it('scores reports stored before phrases were read as before', () => {
    const { phrases: _phrases, ...stored } = match(finance, operations);
    expect(matchScore(stored)).toBeGreaterThan(80);
  });
});

describe('jobMatch: named alternatives (#12 advice set: "Epic or Cerner")', () => {
  const missingOf = (result: ReturnType<typeof match>): string[] => [...result.missing, ...result.preferred.missing, ...(result.phrases ?? []).filter((p) => p.verdict === 'missing').map((p) => p.phrase)];

  it('takes one of the named products as meeting the others', () => {
    const result = match('Requirements:\n- Electronic health records (Epic or Cerner)\n- Go, Java or TypeScript\n', 'Systems: Cerner PowerChart, Pyxis.\nBuilt services in Go.');
    expect(missingOf(result)).not.toContain('Epic');
    expect(missingOf(result)).not.toContain('Java');
    expect(missingOf(result)).not.toContain('TypeScript');
  });

  it('still names the alternatives when the résumé shows none of them', () => {
    const result = match('Requirements:\n- Go, Java or TypeScript\n', 'Built services in Python.');
    expect(missingOf(result)).toEqual(expect.arrayContaining(['Go', 'Java', 'TypeScript']));
  });

  it('is met through another name of a skill ("AWS or GCP" by "Amazon Web Services")', () => {
    const result = match('Requirements:\n- A major cloud (AWS or GCP)\n', 'Ran our platform on Amazon Web Services.');
    expect(missingOf(result)).not.toContain('Google Cloud Platform');
  });

  it('does not join lower-case duties: "prospecting or closing" asks for both', () => {
    const result = match('Requirements:\n- Pipeline management and closing or negotiation\n', 'Negotiation with enterprise buyers.');
    expect(result.phrases?.find((p) => p.phrase.toLowerCase() === 'closing')?.verdict ?? 'missing').toBe('missing');
  });
});
