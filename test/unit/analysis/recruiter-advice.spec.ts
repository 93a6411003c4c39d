import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { reportText } from '../../helpers/report-text.js';

// The observed items of #12 item 4, on a Go engineer with eight years (2016–2026) of dated roles.
const read = (name: string) => readFileSync(`test/fixtures/analysis/advice/${name}`, 'utf8');
const report = analyzeResume({ text: read('go-engineer.resume.txt'), job: read('go-engineer.job.txt'), asOf: new Date('2026-06-01') });

describe('advice a recruiter would sign (#12 item 4)', () => {
  it('never rewrites a job title, employer or date line', () => {
    const roleLine = 'Software Engineer — Northwind | Jan 2018 – Present';
    for (const s of report.suggestions) {
      expect(s.before).not.toContain(roleLine);
      expect(s.after).not.toMatch(/software engineering — Northwind/i);
    }
  });

  it('counts years of experience from dated roles before calling "5+ years" missing', () => {
    expect(report.match!.keywords.matched).toContain('5+ years of professional experience');
    expect(report.match!.keywords.missing).not.toContain('5+ years of professional experience');
    const junior = analyzeResume({ text: 'EXPERIENCE\nDeveloper — Contoso | Jan 2024 – Present\n- Built APIs in Go for 3 teams\n', job: read('go-engineer.job.txt'), asOf: new Date('2026-06-01') });
    expect(junior.match!.keywords.missing).toContain('5+ years of professional experience');
  });

  it('takes "event-driven microservices" as evidence of Event-Driven Architecture, shows it, and rewrites nothing into the job\'s term', () => {
    expect(report.match!.missing).not.toContain('Event-Driven Architecture');
    expect(report.match!.variants).toContainEqual(expect.objectContaining({ term: 'Event-Driven Architecture', found: expect.stringMatching(/^event-driven microservices/i), reason: 'evidence' }));
    expect(report.suggestions.some((s) => s.after.includes('Designed Event-Driven Architecture'))).toBe(false);
  });

  it('lists no noise skills: no bookbinding "cut page edges" from "Cut…", no "SEO" from the name Seo', () => {
    const names = report.skills.map((s) => s.name.toLowerCase());
    expect(names).not.toContain('cut page edges');
    expect(names).not.toContain('seo');
    expect(names).toEqual(expect.arrayContaining(['go', 'kubernetes', 'redis']));
  });

  it('every bullet suggestion names the bullet it is about', () => {
    const weak = analyzeResume({ text: 'EXPERIENCE\nClerk — Shop | 2019 – 2020\n- Responsible for various things\n- Helped with the stock\n' });
    const titles = weak.suggestions.filter((s) => s.id.startsWith('bullet-')).map((s) => reportText(s.title));
    expect(titles).toEqual(['Rewrite the bullet "Responsible for various things"', 'Rewrite the bullet "Helped with the stock"']);
  });

  it('does not take the employer\'s name for a skill: working at Salesforce is not using Salesforce', () => {
    const job = 'Account Executive\nRequirements:\n- Salesforce CRM\n';
    const resume = (skills: string) => `EXPERIENCE\nAccount Executive — Salesforce, Dublin | Jan 2020 – Present\n- Closed £2.4M in new revenue in 2023\n\nSKILLS\n${skills}\n`;
    expect(analyzeResume({ text: resume('Negotiation, Gong'), job }).match!.missing).toContain('Salesforce');
    expect(analyzeResume({ text: resume('Negotiation, Gong'), job }).skills.map((s) => s.name)).not.toContain('Salesforce');
    expect(analyzeResume({ text: resume('Negotiation, Salesforce'), job }).match!.missing).not.toContain('Salesforce');
  });

  it('takes "SAP or another ERP" as met by SAP', () => {
    const report = analyzeResume({ text: 'EXPERIENCE\nPlanner — Acme | Jan 2020 – Present\n- Cut stock-outs by a third\n\nSKILLS\nSAP, Excel\n', job: 'Requirements:\n- Inventory planning\nNice to have: SAP or another ERP\n' });
    expect(report.match!.preferred.missing).toEqual([]);
    expect(report.match!.preferred.matched).toContain('Enterprise resource planning');
  });
});
