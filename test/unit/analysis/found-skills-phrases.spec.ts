import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

// "Skills we found" lists what the job match found in the résumé too (#12, wave 18). Seen on a borehole-drilling
// supervisor's report: the job match met her rotary drilling, borehole logging and pumping tests, yet the skills
// found were QGIS and Excel only, the taxonomy having no name for trade, lab or field work. Invented texts.

const resume = `Wanjiru Kamau
Drilling Supervisor — Rift Basin Water Ltd | Mar 2018 – Present
- Led rotary drilling crews on 140 community boreholes across three counties
- Ran borehole logging and pumping tests on every completed well
- Planned siting from resistivity surveys and QGIS maps

SKILLS
Rotary drilling, borehole logging, pumping tests, resistivity surveys, QGIS, Excel
`;
const job = `Borehole Drilling Supervisor
Requirements:
- Experience with rotary drilling and air-lift development
- Borehole logging and pumping tests
- Resistivity surveys for siting
- QGIS
`;

beforeAll(() => void analyzeResume({ text: 'warm-up', asOf: new Date('2026-06-01') }), 120_000);

describe('skills found', () => {
  it('include the trade and field skills the job match found in the résumé', () => {
    const report = analyzeResume({ text: resume, job, asOf: new Date('2026-06-01') });
    const names = report.skills.map((s) => s.name.toLowerCase());
    expect(names).toContain('qgis');
    for (const skill of ['borehole logging', 'pumping tests', 'resistivity surveys']) expect(names).toContain(skill);
    // Each once, where the résumé wrote it.
    expect(names.filter((n) => n === 'pumping tests')).toHaveLength(1);
    const logging = report.skills.find((s) => s.name.toLowerCase() === 'borehole logging')!;
    expect(resume.slice(logging.mentions[0]!.start, logging.mentions[0]!.end).toLowerCase()).toBe('borehole logging');
  });

  it('add nothing the résumé does not hold', () => {
    const report = analyzeResume({ text: resume.replace(/,? ?resistivity surveys/gi, ''), job, asOf: new Date('2026-06-01') });
    expect(report.skills.map((s) => s.name.toLowerCase())).not.toContain('resistivity surveys');
  });

  it('take a phrase only as whole words, and never a language listed under Languages (a sonographer\'s report, wave 18)', () => {
    const sonographer = `Mariam Haddad
Senior Sonographer — Cedars Imaging Centre | Feb 2019 – Present
- Perform 25 scans a day on GE Voluson and Philips EPIQ systems
EDUCATION
BSc Radiology and Medical Imaging Technology, 2014
LANGUAGES
English — fluent
Arabic — native
`;
    const posting = 'Sonographer\nRequirements:\n- Experience with GE and Philips systems\n- English, spoken and written\n- Imaging reports\n';
    const report = analyzeResume({ text: sonographer, job: posting, asOf: new Date('2026-06-01') });
    const found = report.skills.filter((s) => s.mentions.every((m) => m.text === sonographer.slice(m.start, m.end)));
    expect(report.skills.map((s) => s.name)).not.toContain('English');
    // "GE" is the maker on the bullet line, not the "ge" inside "Imaging".
    const ge = report.skills.find((s) => s.name.toLowerCase() === 'ge');
    if (ge) expect(sonographer.slice(ge.mentions[0]!.start - 5, ge.mentions[0]!.end + 8)).toContain('GE Voluson');
    expect(found.length).toBe(report.skills.length);
  });
});
