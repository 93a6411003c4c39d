import { describe, expect, it } from 'vitest';
import { match, said, warmJobMatch } from '../../helpers/job-match-missing.js';

// The one who does a thing shows doing it (#12, wave 17): a job that asks to "supervise drilling" is not missing
// for a "Drilling Supervisor", nor "operate forklifts" for a "Forklift Operator". Seen on a screenshot of a
// borehole-drilling supervisor's report, where "supervise drilling" was listed as missing. Invented postings and résumés.
warmJobMatch();

const job = 'Field Engineer\nRequirements:\n- Supervise drilling contractors on remote sites\n- Operate forklifts in the yard\n- Valid driving licence\n';

describe('a duty the job asks for', () => {
  it('is shown by the title of the one who does it, as a wording to copy', () => {
    const result = match(job, 'Amani Okello\nDrilling Supervisor — Rift Water Drilling Ltd, 2019 – present\nForklift Operator — Lakeside Depot, 2015 – 2019\n');
    expect(said(result, /drilling/i)).toEqual([]);
    expect(said(result, /forklift/i)).toEqual([]);
    expect(result.variants.some((v) => v.found === 'Drilling Supervisor')).toBe(true);
  });

  it('stays missing when the résumé names another thing done, or the doer of another thing', () => {
    const result = match(job, 'Amani Okello\nSite Supervisor — Rift Water Ltd, 2019 – present\nCrane Operator — Lakeside Depot, 2015 – 2019\n');
    expect(said(result, /drilling/i).length).toBeGreaterThan(0);
    expect(said(result, /forklift/i).length).toBeGreaterThan(0);
  });
});
