import { describe, expect, it } from 'vitest';
import { match, said, warmJobMatch } from '../../helpers/job-match-missing.js';

// A thing the résumé names, asked for with a head that only says how it is dealt with (#12, wave 22): "failsafe
// procedures" beside "failsafe checks", "build-over agreements" beside "build-over applications", "money advice
// partners" beside "refer tenants to money advice". Partly met, never missing. Invented postings and résumés.
warmJobMatch();

describe('a thing named before a duty head', () => {
  it('is partly met by one distinctive word the résumé names', () => {
    const job = 'Screener\nRequirements:\n- Refer patients in line with failsafe procedures\n- Experience of build-over agreements\n';
    const resume = 'Screener\nEXPERIENCE\n- Took part in quality assurance and failsafe checks.\n- Wrote reports for build-over applications.\n';
    expect(said(match(job, resume), /failsafe|build-over/i)).toEqual([]);
  });

  it('is partly met by the thing of two words the résumé names ("money advice partners", "combustible dust housekeeping")', () => {
    const job = 'Officer\nRequirements:\n- Work with money advice partners\n- Lead combustible dust housekeeping on shift\n';
    const resume = 'Officer\nEXPERIENCE\n- Referred tenants to money advice.\nSKILLS\nCombustible Dust, Lockout/Tagout\n';
    expect(said(match(job, resume), /money advice|combustible dust/i)).toEqual([]);
  });

  it('stays missing when the résumé names only a generic or short word of it', () => {
    const job = 'Officer\nRequirements:\n- Follow safety procedures\n- Experience of lease agreements\n';
    const resume = 'Officer\nEXPERIENCE\n- Kept the site safety board up to date.\n';
    expect(said(match(job, resume), /lease agreements/i).length).toBeGreaterThan(0);
  });
});
