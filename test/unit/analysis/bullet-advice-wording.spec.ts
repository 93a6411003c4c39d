import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

// #12 wave 13: advice seen on real reports that a user could not use or that read wrong. Invented bullets.
const resume = (bullets: readonly string[], dates = '2015 – 2019'): string =>
  ['Alex Morgan', 'alex@example.com · 07700 900123 · Leeds, UK', '', 'EXPERIENCE', `Practitioner — Northfield Services | ${dates}`, ...bullets.map((b) => `- ${b}`), '', 'EDUCATION', 'BSc, University of Leeds, 2015', '', 'SKILLS', 'Safeguarding, Scheduling'].join('\n');

const advice = (bullets: readonly string[], dates?: string) => analyzeResume({ text: resume(bullets, dates) }).suggestions.filter((s) => s.id.startsWith('bullet-'));
const afterOf = (bullet: string, dates?: string): string | undefined => advice([bullet], dates).find((s) => s.before === bullet)?.after;
const whyOf = (bullet: string, dates?: string): string => JSON.stringify(advice([bullet], dates).find((s) => s.before === bullet)?.why ?? null);

describe('bullet advice a user can act on', () => {
  it('never shows a placeholder verb: a role held gets "Served as", anything else the reason in words', () => {
    expect(afterOf('First responder at the county show for three summers.')).toMatch(/^Served as first responder at the county show/);
    expect(afterOf('Team lead for the weekend cleaning crew of 6.')).toMatch(/^Served as team lead for the weekend cleaning crew of 6/);
    const noun = 'Caseload of 42 families across two estates.';
    expect(afterOf(noun)).not.toMatch(/\[/);
    expect(whyOf(noun)).toContain('reason.actionVerbInWords');
    expect(advice(['Weekly newsletter for the parish.', 'Checklist for the night shift handover.']).every((s) => !s.after.includes('['))).toBe(true);
    expect(afterOf('Weekly newsletter for the parish.')).not.toMatch(/^Served/);
  });

  it('turns "Owner of …" into its own verb, not "Served as owner of …" (seen on a real report, wave 15)', () => {
    expect(afterOf('Owner of the monthly stock reconciliation and the audit file.')).toBe('Owned the monthly stock reconciliation and the audit file.');
    expect(afterOf('Coordinator of the volunteer rota for 30 helpers.')).toMatch(/^Coordinated the volunteer rota for 30 helpers/);
    // A role without a verb of its own still reads "Served as".
    expect(afterOf('First responder at the county show for three summers.')).toMatch(/^Served as first responder/);
  });

  it('reads "Commissioned …" as a verb: no advice to start with one', () => {
    expect(whyOf('Commissioned two packaged boiler plants for the hospital site.')).not.toContain('actionVerb');
    expect(afterOf('Commissioning two packaged boiler plants for the hospital site.')).toBe('Commissioned two packaged boiler plants for the hospital site.');
  });

  it('keeps an acronym as written when the text is left or follows "Served as"', () => {
    const after = afterOf('NIV and high-flow oxygen set-up for 12 patients a night.');
    expect(after).toMatch(/^NIV and high-flow/);
    expect(afterOf('NHS first responder for the village.')).toMatch(/^Served as NHS first responder/);
  });

  it('puts a verb joined by "and" in the new tense only when it is in the opener’s own form', () => {
    expect(afterOf('Maintain the boilers and manage spare parts for 3 sites.')).toBe('Maintained the boilers and managed spare parts for 3 sites.');
    expect(afterOf('Maintains the boilers and orders spare parts for 3 sites.')).toBe('Maintained the boilers and ordered spare parts for 3 sites.');
    // "staffing and training" are nouns after a past verb: nothing to change.
    expect(afterOf('Oversaw staffing and training for 4 wards.')).toBeUndefined();
    // A gerund closing the bullet is the noun of a list, not a second verb.
    expect(afterOf('Managing rotas for 12 staff and scheduling.')).toBe('Managed rotas for 12 staff and scheduling.');
  });

  it('keeps a gerund joined to a noun: "Wiring and maintenance" is no "Wired and maintenance"', () => {
    expect(afterOf('Wiring and maintenance of pumping stations in the river district.')).toBe('Wiring and maintenance of pumping stations in the river district.');
    expect(afterOf('Training and development of 14 apprentices.')).toBeUndefined();
    // Two gerunds are two verbs: both take the past.
    expect(afterOf('Cleaning and polishing the fleet of 30 coaches.')).toBe('Cleaned and polished the fleet of 30 coaches.');
  });

  it('offers no rewrite of a job title read as a line of its own (roles grouped under one employer)', () => {
    expect(afterOf('Site Supervisor')).toBeUndefined();
    expect(afterOf('Head of Pastry')).toBeUndefined();
    expect(afterOf('Lead Rigger – Offshore')).toBeUndefined();
    // A sentence that starts with a role still gets its verb.
    expect(afterOf('First responder at the county show for three summers.')).toMatch(/^Served as first responder/);
    expect(afterOf('Managed Rotas')).toBeDefined();
  });

  it('does not turn "Mentoring" into the title-like "Mentor"', () => {
    expect(afterOf('Mentoring 3 newly qualified nurses each year.', '2021 – Present')).toBeUndefined();
    expect(afterOf('Mentoring 3 newly qualified nurses each year.')).toBe('Mentored 3 newly qualified nurses each year.');
    expect(afterOf('Mentoring of 3 newly qualified nurses.')).toBe('Mentored 3 newly qualified nurses.');
    // Other current-role gerunds keep the house rule: offered in the present.
    expect(afterOf('Managing the release train for 4 teams.', '2021 – Present')).toBe('Manage the release train for 4 teams.');
  });

  it('asks for the size of hands-on work in words, not an improvement by a percentage', () => {
    const craft = 'Laid natural stone walls and carved lettering for memorials.';
    expect(afterOf(craft) ?? '').not.toContain('[X%]');
    expect(whyOf(craft)).toContain('reason.metricScale');
    const office = 'Reorganised the filing system for the housing team.';
    expect(whyOf(office)).toContain('reason.metric"');
  });

  it('never appends a template to fill: the bullet is left as written and the reason says what to add', () => {
    const office = 'Reorganised the filing system for the housing team.';
    const care = 'Cared for 2 residents at a time on the dementia unit.';
    const night = 'Supported residents with personal care on night shifts.';
    for (const bullet of [office, night, 'Laid natural stone walls and carved lettering for memorials.']) {
      expect(afterOf(bullet) ?? '').not.toMatch(/\[|improving/);
    }
    expect(afterOf(office)).toBe(office);
    const vague = 'Fixed various things for several teams.';
    expect(afterOf(vague)).toBe(vague);
    expect(whyOf(vague)).toContain('reason.vague');
    expect(whyOf(night)).toContain('reason.metricCare');
    expect(afterOf(care)).toBeUndefined();
  });
});
