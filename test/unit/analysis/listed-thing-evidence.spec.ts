import { describe, expect, it } from 'vitest';
import { match, said, warmJobMatch } from '../../helpers/job-match-missing.js';
import { listedItems } from '../../../src/kernel/skills/job-requirements.js';

// "Missing" needs the absence of evidence (#12, wave 12): a thing the résumé lists with another handling
// noun, a thing the job asks to provide that the résumé lists whole, a degree of the level asked for or
// higher, a Korean item with a count ("경험 1회"). Invented postings and résumés.
warmJobMatch();

describe('a thing the résumé lists as an entry of its own', () => {
  it('meets the job’s handling of it with another handling noun ("mildew treatment" / "Mildew Control")', () => {
    const job = 'Vineyard Hand\nRequirements:\n- Carry out mildew treatment across the blocks\n- Sample handling for the lab\n- Tractor licence\n';
    const result = match(job, 'Vineyard Hand\nSKILLS\nMildew Control, Sample Processing, Pruning\n');
    expect(said(result, /mildew/i)).toEqual([]);
    expect(said(result, /sample/i)).toEqual([]);
    expect(result.variants.some((v) => v.found === 'Mildew Control' && v.reason === 'evidence')).toBe(true);
    // Nothing of it listed: still missing.
    expect(said(result, /tractor/i).length).toBeGreaterThan(0);
  });

  it('is not met by the word inside a sentence, nor by an entry of another thing', () => {
    const job = 'Vineyard Hand\nRequirements:\n- Carry out mildew treatment across the blocks\n';
    expect(said(match(job, 'Vineyard Hand\n- Watched for mildew on the lower rows.\nSKILLS\nPest Control\n'), /mildew/i).length).toBeGreaterThan(0);
  });

  it('meets "Provide <thing>" where the résumé lists the thing whole', () => {
    const job = 'Support Worker\nRequirements:\n- Provide respite to carers\n- Deliver bereavement support\n';
    const result = match(job, 'Support Worker\nSKILLS\nRespite, Bereavement Support, First Aid\n');
    expect(said(result, /respite/i)).toEqual([]);
    expect(said(result, /bereavement/i)).toEqual([]);
    // A short word alone is not enough to stand for the thing.
    const short = match('Clerk\nRequirements:\n- Provide care to residents\n', 'Clerk\nSKILLS\nCare\n');
    expect(said(short, /care/i).length).toBeGreaterThan(0);
  });
});

describe('a degree asked for', () => {
  const job = 'Loan Officer\nRequirements:\n- Bachelor\'s degree in business preferred\n- NMLS licence\n';

  it('is met by the résumé’s degree of that level or higher, shown as evidence', () => {
    for (const education of ['BS Finance — State University', 'BA, Economics — State University', 'Master of Science, Economics', 'PhD in Economics', 'MBA — Business School']) {
      const result = match(job, `Loan Officer\nEDUCATION\n${education}\n`);
      expect(said(result, /bachelor/i)).toEqual([]);
    }
  });

  it('is missing with no degree, with a lower one, or with "MS Office" only', () => {
    expect(said(match(job, 'Loan Officer\nSKILLS\nMS Office, Underwriting\n'), /bachelor/i).length).toBeGreaterThan(0);
    const masters = 'Chaplain\nRequirements:\n- Master\'s degree in divinity or theology\n';
    expect(said(match(masters, 'Chaplain\nEDUCATION\nBA English — College\n'), /master/i).length).toBeGreaterThan(0);
    expect(said(match(masters, 'Chaplain\nEDUCATION\nMaster of Divinity — Seminary\n'), /master/i)).toEqual([]);
  });

  it('meets a school-leaving credential by any degree or an associate’s, and reads a school taught as no credential asked', () => {
    const job = 'Behavior Technician\nRequirements:\n- High school diploma or GED\n- Secondary school diploma\n';
    for (const education of ['BA, Psychology — State University', 'Bachelor of Science, Biology — State University', 'Associate of Applied Science, Nursing — County College']) {
      const result = match(job, `Behavior Technician\nEDUCATION\n${education}\n`);
      expect(said(result, /diploma|GED/i), education).toEqual([]);
    }
    expect(said(match(job, 'Behavior Technician\nSKILLS\nData Collection, Parent Training\n'), /diploma|GED/i).length).toBeGreaterThan(0);
    // Met through a degree, it is not counted either: nearly every applicant meets it, so it tells nothing of fit.
    const graduate = match(job, 'Behavior Technician\nEDUCATION\nBA, Psychology — State University\n');
    expect((graduate.phrases ?? []).filter((p) => /diploma|GED/i.test(p.phrase))).toEqual([]);
    // Teaching at a high school is the work, not a credential: a degree does not meet it.
    const teacher = match('Teacher\nRequirements:\n- Teach high school chemistry classes\n', 'Teacher\nEDUCATION\nBS, Accounting — State University\n');
    expect(said(teacher, /school/i).length).toBeGreaterThan(0);
  });

  it('reads Korean degrees (학사, 석사)', () => {
    const job = '연구원\n자격요건\n- 석사 학위 소지자\n';
    expect(said(match(job, '연구원\n학력\n화학 학사 — 대학교\n'), /석사/).length).toBeGreaterThan(0);
    expect(said(match(job, '연구원\n학력\n화학 석사 — 대학원\n'), /석사/)).toEqual([]);
  });
});

describe('a Korean item with a count', () => {
  it('asks for the thing, not for "경험 1회"', () => {
    const items = listedItems('Workday 프로젝트 경험 1회 이상').map((item) => item.text);
    expect(items.some((item) => item.includes('Workday'))).toBe(true);
    expect(items.filter((item) => /경험|1회/.test(item))).toEqual([]);
  });
});
