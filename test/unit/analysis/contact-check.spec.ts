import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { reportText } from '../../helpers/report-text.js';

const body = 'EXPERIENCE\nSchool Counselor — Lincoln High School | Aug 2019 – Present\n- Counseled 420 students on course and college plans\n';
const contact = (text: string) => analyzeResume({ text }).checks.find((c) => c.id === 'contact')!;

describe('the contact-details check', () => {
  it('passes without a link and says why a link helps, with no list repeating the detail', () => {
    const c = contact(`Tamika Rowe\ntamika.rowe@example.org · (901) 555-0142 · Memphis, TN\n${body}`);
    expect(c.status).toBe('pass');
    expect(reportText(c.detail)).toBe('Email, phone and location are present. A profile link (LinkedIn, a portfolio or your own site) would let a recruiter see more of your work.');
    expect(c.evidence).toBeUndefined();
  });

  it('names every missing item in its detail when more than the link is missing', () => {
    const c = contact(`Tamika Rowe\ntamika.rowe@example.org\n${body}`);
    expect(c.status).toBe('warn');
    expect(reportText(c.detail)).toBe('Missing: phone, location, link.');
    expect(c.evidence).toBeUndefined();
  });
});
