import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeResume, SCORING_FORMULA } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { reportText } from '../../helpers/report-text.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/analysis');
const GOLDEN = join(import.meta.dirname, 'golden');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const statusOf = (report: ReturnType<typeof analyzeResume>, id: string): string | undefined => report.checks.find((c) => c.id === id)?.status;

describe('analyzeResume', () => {
  const strong = analyzeResume({ text: read('strong.resume.txt'), job: read('backend-engineer.job.txt'), targetRoles: ['Backend Developer'] });
  const weak = analyzeResume({ text: read('weak.resume.txt'), job: read('backend-engineer.job.txt') });

  it('scores a strong résumé above a weak one, with weights that sum to 1', () => {
    expect(strong.score).toBeGreaterThan(weak.score + 30);
    expect(strong.breakdown.reduce((s, b) => s + b.weight, 0)).toBeCloseTo(1);
  });

  it('redistributes the match weight when there is no job', () => {
    const report = analyzeResume({ text: read('strong.resume.txt') });
    // ATS readability is about the file: reported beside the score, never in it (#12 item 2).
    expect(report.breakdown.map((b) => b.id)).toEqual(['content', 'structure']);
    expect(report.ats.findings.length).toBeGreaterThan(0);
    expect(report.breakdown.reduce((s, b) => s + b.weight, 0)).toBeCloseTo(1);
    expect(report.match).toBeUndefined();
    expect(SCORING_FORMULA.weightsWithJob.match).toBe(0.4);
  });

  it('fires checks on planted problems and not on clean text', () => {
    for (const id of ['quantified-achievements', 'action-verbs', 'weak-bullets', 'bullet-length', 'tense-consistency']) {
      expect(statusOf(weak, id), id).not.toBe('pass');
      expect(statusOf(strong, id), id).toBe('pass');
    }
    expect(statusOf(weak, 'first-person')).not.toBe('pass');
    expect(statusOf(weak, 'date-gaps')).toBe('warn');
    expect(statusOf(weak, 'sections')).not.toBe('pass');
    expect(statusOf(strong, 'contact')).toBe('pass');
  });

  it('passes a gap the résumé already explains, quoting the explanation, and still warns on an unexplained one', () => {
    const history = (summary: string): string =>
      `Lena Okafor\nSonographer\nSUMMARY\n${summary}\nEXPERIENCE\nSenior Sonographer, Riverside Hospital, Leeds | Feb 2023 – Present\n- Performed 25 scans a day.\n` +
      'Sonographer, Northgate Imaging, Leeds | Oct 2016 – Jan 2021\n- Abdominal and pelvic ultrasound for outpatients.\nEDUCATION\nBSc Medical Imaging, University of Leeds, 2014\nSKILLS\nObstetric ultrasound\n';
    const gapCheck = (text: string) => analyzeResume({ text }).checks.find((c) => c.id === 'date-gaps')!;
    const explained = gapCheck(history('Sonographer with eight years in obstetric and vascular ultrasound. Back at work since 2023 after two years at home with my twins.'));
    expect(explained.status).toBe('pass');
    expect(explained.detail).toMatchObject({ key: 'analysis:engine.checks.dateGaps.explained', params: { sentence: 'Back at work since 2023 after two years at home with my twins.' } });
    // The gap itself is still listed, so the person sees which one the sentence covers.
    expect(JSON.stringify(explained.evidence)).toContain('gapYears');
    expect(gapCheck(history('Returned in 2023 after a career break (parental leave).')).status).toBe('pass');
    const unexplained = gapCheck(history('Sonographer with eight years in obstetric and vascular ultrasound.'));
    expect(unexplained.status).toBe('warn');
    expect(unexplained.detail).toMatchObject({ key: 'analysis:engine.checks.dateGaps.some' });
  });

  it('detects variants: alias and inflection', () => {
    const report = analyzeResume({
      text: 'EXPERIENCE\nAcme — Engineer (2020 - 2022)\n- Managed product roadmaps and built UIs in React.\n',
      job: 'Requirements\n- React.js\n- Product management experience\n',
    });
    const variants = report.match?.variants ?? [];
    expect(variants).toEqual(expect.arrayContaining([expect.objectContaining({ term: 'React', found: 'React', atsWants: 'React.js', reason: 'alias' })]));
    expect(variants.some((v) => v.atsWants.toLowerCase() === 'product management')).toBe(true);
  });

  it('suggests rewrites of the user’s own bullets', () => {
    const rewrite = weak.suggestions.find((s) => s.before === 'Responsible for maintaining the website.');
    expect(rewrite?.after).toMatch(/^Maintain/);
    expect(rewrite?.after).not.toContain('[');
    expect(JSON.stringify(rewrite?.why)).toContain('reason.metric"');
    const tense = weak.suggestions.find((s) => s.before === 'Work on the React app with the team.');
    expect(tense).toBeDefined();
  });

  it('flags an image-only document and multiple columns', () => {
    const report = analyzeResume({ text: read('strong.resume.txt'), layout: { columns: 2, hasTextLayer: false } });
    expect(report.ats.findings.find((f) => f.id === 'text-layer')?.status).toBe('fail');
    expect(report.ats.findings.find((f) => f.id === 'columns')?.status).toBe('warn');
  });

  it('is deterministic', () => {
    const input = { text: read('weak.resume.txt'), job: read('frontend-developer.job.txt'), targetRoles: ['Frontend Developer'] };
    expect(JSON.stringify(analyzeResume(input))).toBe(JSON.stringify(analyzeResume(input)));
  });

  const cases: Array<[string, string, string | undefined]> = [
    ['strong-backend', 'strong.resume.txt', 'backend-engineer.job.txt'],
    ['weak-backend', 'weak.resume.txt', 'backend-engineer.job.txt'],
    ['weak-frontend', 'weak.resume.txt', 'frontend-developer.job.txt'],
    ['sofia-frontend', '../documents/resumes/sofia-garcia.plain.txt', 'frontend-developer.job.txt'],
    ['liam-nojob', '../documents/resumes/liam-walsh.resume.md', undefined],
  ];
  it.each(cases)('matches the golden report %s', (name, resume, job) => {
    // A fixed day for "Present", so years of experience (and the golden file) do not drift with the calendar.
    const report = analyzeResume({ text: read(resume), ...(job ? { job: read(job) } : {}), asOf: new Date('2026-06-01') });
    const file = join(GOLDEN, `${name}.json`);
    const actual = `${JSON.stringify(report, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});

describe('missing required skills suggestion', () => {
  it('lists only missing hard skills as a readable comma list', () => {
    const report = analyzeResume({
      text: 'SKILLS\nReact, TypeScript\n\nEXPERIENCE\nAcme — Engineer (2020 - 2022)\n- Built UIs in React.\n',
      job: 'Requirements:\n- React, JavaScript, HTML, CSS, Figma, Jest, GraphQL, Redux, Webpack, Docker.\n- Stakeholder management and collaborate with designers.\n',
    });
    const suggestion = report.suggestions.find((s) => s.id === 'missing-required');
    expect(suggestion?.after).toBeDefined();
    expect(suggestion!.after).not.toMatch(/\[/);
    expect(suggestion!.after.startsWith('React, TypeScript, JavaScript')).toBe(true);
    expect(suggestion!.after).not.toMatch(/Stakeholder|Collaboration/);
    const added = suggestion!.after.split(', ').length - 2;
    expect(added).toBeLessThanOrEqual(8);
  });
});

describe('missing required skills suggestion: which line', () => {
  const job = 'Requirements:\n- Docker, Kubernetes and Terraform.\n';
  const resumeWith = (skills: string): string => `SKILLS\n${skills}\n\nEXPERIENCE\nAcme — Engineer (2020 - 2022)\n- Built services in Go.\n`;

  it('never appends to a spoken-languages line', () => {
    const report = analyzeResume({ text: resumeWith('Languages: English, Korean\nTechnical: Go, PostgreSQL'), job });
    const suggestion = report.suggestions.find((s) => s.id === 'missing-required');
    expect(suggestion?.before).toBe('Technical: Go, PostgreSQL');
    expect(suggestion?.after).toMatch(/^Technical: Go, PostgreSQL, Docker/);
  });

  it('adds a new Skills line when the section only has languages and interests', () => {
    const report = analyzeResume({ text: resumeWith('Languages: English (fluent), Korean (native)\nInterests: hiking, chess'), job });
    const suggestion = report.suggestions.find((s) => s.id === 'missing-required');
    expect(suggestion?.after).toMatch(/\nSkills: Docker/);
    expect(suggestion?.after).not.toMatch(/(?:Korean|chess).*Docker/);
  });

  it('keeps programming-language lines as technical', () => {
    const report = analyzeResume({ text: resumeWith('Languages: Go, Python'), job });
    expect(report.suggestions.find((s) => s.id === 'missing-required')?.after).toMatch(/^Languages: Go, Python, Docker/);
  });
});

describe('missing skills in the job wording', () => {
  it('shows the job wording next to the canonical name', () => {
    const report = analyzeResume({
      text: 'SKILLS\nTechnical: Go, PostgreSQL\n\nEXPERIENCE\nAcme — Engineer (2020 - 2022)\n- Built services in Go.\n',
      job: 'Requirements:\n- AWS, Docker and Go.\n',
    });
    expect(report.match?.missing).toEqual(['Amazon Web Services', 'Docker']);
    expect(report.match?.missingDisplay).toEqual(['AWS (Amazon Web Services)', 'Docker']);
    const suggestion = report.suggestions.find((s) => s.id === 'missing-required');
    expect(suggestion?.after).toBe('Technical: Go, PostgreSQL, AWS, Docker');
    expect(reportText(suggestion?.why)).toContain('AWS (Amazon Web Services)');
  });
});

describe('missing required skills suggestion: what goes on a tools line', () => {
  it('never appends a competence named by what is done ("lead a team") to a systems line, only the tools', () => {
    const report = analyzeResume({
      text: 'SKILLS\nSystems: Opera PMS, Excel\n\nEXPERIENCE\nÅlandsfärjan Ab — Chief Purser (2018 - present)\n- Ran the hotel department of 70 across two watches.\n',
      job: 'Essential\n- At least 2 years leading a team on a passenger ship\n- Experience with a point-of-sale system and Excel\n',
    });
    const suggestion = report.suggestions.find((s) => s.id === 'missing-required');
    expect(suggestion?.after).toMatch(/^Systems: Opera PMS, Excel, point-of-sale/i);
    expect(suggestion?.after).not.toMatch(/lead/i);
  });
});
