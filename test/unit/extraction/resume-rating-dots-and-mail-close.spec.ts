import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseLanguages } from '../../../src/modules/documents/extraction/resume-languages.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

describe('languages drawn as rating dots or run together in a narrow column', () => {
  it('reads "Language level ●●●○○" rows, a level wrapped under its language included', () => {
    expect(parseLanguages(['Tongan Native\t●●●●●', 'Samoan', 'Conversational\t●●●○○', 'French Basic\t●●○○○'])).toEqual([
      { language: 'Tongan', fluency: 'Native' },
      { language: 'Samoan', fluency: 'Conversational' },
      { language: 'French', fluency: 'Basic' },
    ]);
  });

  it('splits "English Native Scottish Gaelic Basic" after each level', () => {
    expect(parseLanguages(['English Native Scottish Gaelic Basic'])).toEqual([
      { language: 'English', fluency: 'Native' },
      { language: 'Scottish Gaelic', fluency: 'Basic' },
    ]);
  });
});

describe('a designed template and a note app', () => {
  it('reads a "Strengths" box of skill tags as the skills', () => {
    const resume = parseResume(
      ['Ana Folau', 'Reef Survey Diver', 'ana.folau@example.to', '', 'STRENGTHS', 'Underwater Survey\tFish Counts', 'Boat Handling', '', 'LANGUAGES', 'Tongan Native\t●●●●●'].join('\n'),
    );
    expect(resume.skills.flatMap(({ name, keywords }) => [name, ...(keywords ?? [])])).toEqual(expect.arrayContaining(['Underwater Survey', 'Fish Counts', 'Boat Handling']));
    expect(resume.basics.summary).toBeUndefined();
  });

  it('reads an Obsidian callout\'s title without its "[!info]" type', () => {
    const markdown = (source: string): string => extractPlainText(new TextEncoder().encode(source), 'md').text;
    expect(markdown('# Ana Folau\n\n> [!info] Reef Survey Diver\n').split('\n')).toContain('Reef Survey Diver');
    expect(parseResume(markdown('# Ana Folau\n\n> [!info] Reef Survey Diver\n\n## Skills\n\n- Boat Handling\n')).basics.label).toBe('Reef Survey Diver');
  });
});

describe('a résumé typed into an e-mail', () => {
  it('ends at the mail\'s "Kind regards," — the sender\'s first name under it is no language', () => {
    const resume = parseResume(
      ['ANA FOLAU', 'Reef Survey Diver', 'Nuku\'alofa | +676 555 0142 | ana.folau@example.to', '', 'LANGUAGES', 'Tongan (Native), English (Fluent)', 'Kind regards,', 'Ana'].join('\n'),
    );
    expect(resume.languages).toEqual([
      { language: 'Tongan', fluency: 'Native' },
      { language: 'English', fluency: 'Fluent' },
    ]);
  });
});
