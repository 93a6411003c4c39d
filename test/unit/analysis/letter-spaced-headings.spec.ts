import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { letterSpacedLines } from '../../../src/modules/analysis/scoring/resume-checks.js';

// Wide letter spacing in a PDF heading reaches the text layer as "E X P E R I E N C E". An ATS
// reading that text may see single letters, not a heading: the check says so instead of "no standard
// titles", which would tell a person whose résumé plainly says Experience that it does not.

const SPACED = `Jiwoo Seo
Senior Backend Engineer
jiwoo.seo@example.net
P R O F I L E
Backend engineer with nine years building payment platforms.
E X P E R I E N C E
Staff Backend Engineer Mar 2021 – Present
Coupang · Seoul
• Led the redesign of the order routing service, cutting p99 latency from 820 ms to 140 ms.
E D U C AT I O N
B.S. in Computer Science, Korea University, 2013 – 2017
L A N G UA G E S
Korean — native`;

describe('letter-spaced headings', () => {
  it('finds headings spelled out letter by letter, kerned pairs included, at most three', () => {
    expect(letterSpacedLines(SPACED)).toEqual(['P R O F I L E', 'E X P E R I E N C E', 'E D U C AT I O N']);
  });

  it('leaves ordinary lines, initials and short acronyms alone', () => {
    expect(letterSpacedLines('EXPERIENCE\nJ. R. R. Tolkien\nA B C\nAWS GCP SQL API\nUI UX QA PM\nGo, C, R')).toEqual([]);
  });

  it('names the letter spacing as the cause in the section-title check', () => {
    const check = analyzeResume({ text: SPACED, layout: { pages: 1, columns: 1, hasTextLayer: true } }).ats.findings.find((c) => c.id === 'section-titles');
    expect(check?.detail).toMatchObject({ key: 'analysis:engine.ats.sectionTitles.spaced' });
    expect(check?.evidence).toContain('E X P E R I E N C E');
  });

  it('keeps the usual wording for ordinary headings', () => {
    const check = analyzeResume({ text: SPACED.split('\n').map((line) => (letterSpacedLines(line).length ? line.replaceAll(' ', '') : line)).join('\n'), layout: { pages: 1, columns: 1, hasTextLayer: true } }).ats.findings.find((c) => c.id === 'section-titles');
    expect(check?.detail).not.toMatchObject({ key: 'analysis:engine.ats.sectionTitles.spaced' });
  });
});
