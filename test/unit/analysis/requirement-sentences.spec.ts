import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/app/catalogs.js';
import { jobRequirements } from '../../../src/kernel/skills/job-requirements.js';
import { analysisReportView } from '../../../src/modules/analysis/analysis-report.view.js';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { matchScore } from '../../../src/modules/analysis/scoring/job-match.js';
import type { JobMatch } from '../../../src/modules/analysis/scoring/analysis-report.js';
import { Translator } from '../../../src/platform/i18n/translator.js';

// Wave 20 (#12): a dairy herd manager's report said "Required — missing (0): Nothing missing" while the posting's
// Essential lines (robotic milking systems, a DIY AI certificate, a full UK driving licence) were listed only among
// "the job's own words", and that list held fragments ("their data", "willing", "managing or deputising").

const POSTING = `Herd Manager — 400-cow robotic dairy, Shropshire
We are a family farm milking 400 Holstein Friesians through eight robots, with all youngstock reared on farm.
Main duties
- Manage the day-to-day running of the herd, including fertility, calving and youngstock
- Keep accurate herd records and analyse their data to improve performance
- Lead a team of three, managing or deputising for the farm manager when required
Essential
- At least 3 years' experience managing a dairy herd
- Experience of robotic milking systems
- DIY AI certificate
- Full UK driving licence
- Willing to work alternate weekends
Desirable
- Foot trimming qualification`;

const CV = `Sam Carter
Dairy Herd Manager
PROFILE
Herd manager for 220 dairy cows on a grazing farm, milked through four robots since 2020.
EXPERIENCE
Herd Manager — Oakfield Farm | Mar 2018 – Present
- Cut the calving interval from 405 to 382 days with activity collars and a tighter breeding plan.
- Commissioned four milking robots and moved the herd onto them in five weeks.
EDUCATION
Foundation Degree in Agriculture — Reaseheath College, 2014
SKILLS
Herd: Breeding, Calving, Robotic Milking, Grassland Management
Other: Tractor Driving, Herd Records`;

beforeAll(() => {
  jobRequirements('Requirements:\n- Forklift licence, stocktaking');
}, 120_000);

describe("a posting's requirement sentences", () => {
  it('reads the lines under "Essential" as requirements and the duty lines apart', () => {
    const read = jobRequirements(POSTING);
    expect(read.phrases).toEqual(expect.arrayContaining(['DIY AI certificate', 'Full UK driving licence', 'robotic milking systems']));
    for (const requirement of ['DIY AI certificate', 'Full UK driving licence', 'robotic milking systems']) expect(read.dutyPhrases).not.toContain(requirement);
    expect(read.dutyPhrases).toContain('Keep accurate herd records');
    // "… when required" is a condition of the duty, not a cue that the line is a requirement.
    expect(read.dutyPhrases).toContain('deputising');
  });

  it('leaves out fragments that name no requirement', () => {
    const read = jobRequirements(POSTING);
    expect(read.phrases.filter((p) => /\btheir\b|^willing$|weekends|^\p{Ll}+ or \p{Ll}+$/u.test(p))).toEqual([]);
    expect(jobRequirements('Requirements:\n- Degree or HND in agriculture\n- Willing to travel').phrases).not.toContain('Degree');
  });

  it('meets "robotic milking systems" by a résumé that lists Robotic Milking, and never a kit by one word ("milking systems" by "Milking")', () => {
    const match = analyzeResume({ text: CV, job: POSTING }).match!;
    expect(match.phrases!.find((p) => p.phrase === 'robotic milking systems')?.verdict).toBe('matched');
    const oneWord = analyzeResume({ text: 'Ada Lee\nSKILLS\nMilking, Calving', job: 'Requirements:\n- Experience of milking systems, calving' }).match!;
    const kit = oneWord.phrases!.find((p) => p.phrase === 'milking systems');
    expect(kit).toBeDefined();
    expect(kit!.verdict).not.toBe('matched');
  });

  it('shows what the Essential lines ask and the résumé lacks under "Required — missing"', () => {
    const report = analyzeResume({ text: CV, job: POSTING });
    const view = analysisReportView(report, new Translator(CATALOGS).forLocale('en'), 'en');
    const missing = view.match!.missing.map((m) => m.text);
    expect(missing).toEqual(expect.arrayContaining(['DIY AI certificate', 'Full UK driving licence']));
    expect(view.match!.matched.map((m) => m.text)).toContain('robotic milking systems');
    // Duty lines stay among the job's other words.
    expect(missing).not.toContain('Keep accurate herd records');
  });

  it('weighs a duty line half a requirement sentence', () => {
    const base: JobMatch = { required: [], matched: [], missing: [], missingDisplay: [], variants: [], preferred: { wanted: [], matched: [], missing: [] }, keywords: { wanted: [], matched: [], missing: [] } };
    const phrases: JobMatch['phrases'] = [
      { phrase: 'DIY AI certificate', preferred: false, verdict: 'matched', from: 'requirement' },
      { phrase: 'Keep herd records', preferred: false, verdict: 'missing', from: 'duty' },
    ];
    // 1 of 1.5 weighed items: 67, where both counted alike gave 50.
    expect(matchScore({ ...base, phrases })).toBe(67);
    // A report stored before wave 20 (no `from`) scores as before.
    expect(matchScore({ ...base, phrases: phrases.map(({ from: _from, ...p }) => p) })).toBe(50);
  });
});
