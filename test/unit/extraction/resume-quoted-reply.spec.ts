import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 17: a résumé pasted into an e-mail and quoted in the reply ("> " before every
// line). Every example is written for this spec; people, employers and places are invented.

const jobsOf = (text: string) =>
  (parseResume(text).work ?? []).map(({ name, position, location, startDate, endDate, highlights }) => ({ name, position, location, startDate, endDate, highlights }));

describe('a résumé quoted in an e-mail reply', () => {
  const reply = [
    'From: Hiring Desk <jobs@example.org>',
    'Subject: RE: Application',
    '',
    'Thanks, we received your CV.',
    '',
    'On Mon, 2 Mar 2026 at 09:10, Odile Maranga <odile.maranga@example.com> wrote:',
    '> ODILE MARANGA',
    '> Kiln Operator',
    '> odile.maranga@example.com',
    '>',
    '> WORK EXPERIENCE',
    '> Kiln Operator - Tessaro Ceramics, Kilnworks',
    '> Mar. 2020 – date',
    '> - Fired about 1,200 tiles a week in two gas kilns and logged',
    '>   every firing curve.',
    '> - Trained four apprentices.',
    '>',
    '> EDUCATION',
    '> Riverside Technical College',
  ].join('\n');

  it('reads the quoted text without its markers, a wrapped list item rejoined', () => {
    const text = extractPlainText(new TextEncoder().encode(reply), 'txt').text;
    expect(text.split('\n')).toContain('• Fired about 1,200 tiles a week in two gas kilns and logged every firing curve.');
    expect(text).not.toContain('Hiring Desk');
    expect(jobsOf(text)[0]).toMatchObject({ position: 'Kiln Operator', startDate: '2020-03', highlights: ['Fired about 1,200 tiles a week in two gas kilns and logged every firing curve.', 'Trained four apprentices.'] });
  });

  it('leaves a line or two opening with ">" as they are', () => {
    const text = extractPlainText(new TextEncoder().encode(['Odile Maranga', 'Kiln Operator', '', 'Summary', '> 10 years firing kilns.', '', 'Experience', 'Kiln Operator, Tessaro Ceramics'].join('\n')), 'txt').text;
    expect(text).toContain('> 10 years firing kilns.');
  });
});

describe('a convent school', () => {
  it('names a school, so the qualification beside it is not taken for the school', () => {
    const education = parseResume(['Odile Maranga', '', 'EDUCATION', "St. Agnes' Convent, Port Lamont - CSEC – 6 subjects", '2004 - 2009'].join('\n')).education;
    expect(education?.[0]?.institution).toBe("St. Agnes' Convent, Port Lamont");
  });
});
