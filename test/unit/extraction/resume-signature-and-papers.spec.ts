import { describe, expect, it } from 'vitest';
import { detectSectionHeading } from '../../../src/kernel/resume/resume-sections.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 15: a résumé pasted into an e-mail ends in the sender's signature, and an academic
// CV lists "Papers and talks" after its languages. Every example is written for this spec (invented
// people), none is taken from a corpus.

const languagesOf = (text: string): string[] => parseResume(text).languages.map((entry) => entry.language ?? '');

describe('what follows the languages list', () => {
  it('leaves an e-mail signature ("-- ", the name and phone) out of the last section', () => {
    const text = ['Ingrid Solvang', 'ingrid.solvang@example.org', '', 'LANGUAGES', 'Norwegian (Native), German (Good)', '', '-- ', 'Ingrid Solvang', '+47 400 12 345'].join('\n');
    expect(languagesOf(text)).toEqual(['Norwegian', 'German']);
  });

  it('keeps a "--" far from the end as text, not a signature', () => {
    const text = ['Ingrid Solvang', 'ingrid.solvang@example.org', '', 'LANGUAGES', '--', 'Norwegian', 'German', 'Finnish', 'Swedish', 'Danish', 'Icelandic', 'Faroese'].join('\n');
    expect(languagesOf(text)).toEqual(['Norwegian', 'German', 'Finnish', 'Swedish', 'Danish', 'Icelandic', 'Faroese']);
  });

  it('knows "Papers and talks", "Publications and Presentations" and "발표 및 논문" as headings of their own', () => {
    expect(detectSectionHeading('Papers and talks')).toBe('publications');
    expect(detectSectionHeading('Publications and Presentations')).toBe('publications');
    expect(detectSectionHeading('발표 및 논문')).toBe('publications');
    const text = ['Ingrid Solvang', 'ingrid.solvang@example.org', '', 'Languages', 'Norwegian — Native', 'German — Good', 'Papers and talks', 'Fjord sediment cores from Sognefjorden, 2021'].join('\n');
    expect(languagesOf(text)).toEqual(['Norwegian', 'German']);
  });
});
