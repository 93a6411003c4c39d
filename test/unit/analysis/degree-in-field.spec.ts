import { describe, expect, it } from 'vitest';
import { match, said, warmJobMatch } from '../../helpers/job-match-missing.js';

// A degree the job asks for in a field ("BSc in Food Science, Agriculture or Chemistry", #12). Seen on a
// screenshot: beside a "BSc Agriculture" the report told the user to write "BSc in Food Science" — the job's
// wording for a field they did not study. Invented postings and résumés.
warmJobMatch();

const JOB = 'Quality Officer\nRequirements:\n- BSc in Food Science, Agriculture or Chemistry\n- 3+ years of quality control\n';

describe('a degree asked for in one of the fields the job lists', () => {
  it('is met by a degree in one of the fields the job lists beside it, and no row asks to copy the job’s wording', () => {
    const result = match(JOB, 'Quality Controller\nEDUCATION\nBSc Agriculture, University of Example, 2014\n');
    expect(said(result, /BSc|food science/i)).toEqual([]);
    expect(result.variants.filter((v) => /food science/i.test(v.atsWants))).toEqual([]);
  });

  it('is met by the first field itself ("Bachelor of Science in Food Science")', () => {
    const result = match(JOB, 'Technologist\nEDUCATION\nBachelor of Science in Food Science, 2018\n');
    expect(said(result, /food science/i)).toEqual([]);
  });

  it('stays missing beside a degree in another field, never offered as a wording to copy', () => {
    const result = match(JOB, 'Quality Controller\nEDUCATION\nBSc Physics, University of Example, 2014\n');
    expect(result.variants.filter((v) => /food science/i.test(v.atsWants))).toEqual([]);
    expect(said(result, /food science/i).length).toBeGreaterThan(0);
  });

  it('is not met by the field named without any degree', () => {
    const result = match(JOB, 'Farm Supervisor\nEXPERIENCE\n- Ran agriculture extension visits for 40 farms\n');
    expect(said(result, /food science/i).length).toBeGreaterThan(0);
  });
});
