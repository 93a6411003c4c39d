import { describe, expect, it } from 'vitest';
import { isFluency, isLanguageRow, parseLanguages } from '../../../src/modules/documents/extraction/resume-languages.js';

// Issue #10, wave 15: a "Languages" label in a table cell of its own and levels after a dash. Every
// example is written for this spec (invented languages lists), none is taken from a corpus.

describe('labelled language rows', () => {
  it('reads a "Languages" cell beside a list of languages with their levels after a dash', () => {
    expect(isLanguageRow('Languages\tTswana – Mother tongue, English – Professional, Portuguese – Basic')).toBe(true);
    expect(isLanguageRow('Languages\tPython, Go, TypeScript')).toBe(false);
    expect(parseLanguages(['Languages\tTswana – Mother tongue, English – Professional'])).toEqual([
      { language: 'Tswana', fluency: 'Mother tongue' },
      { language: 'English', fluency: 'Professional' },
    ]);
  });

  it('knows "Professional" as a level, not a language', () => {
    expect(isFluency('Professional')).toBe(true);
    expect(isFluency('Professional proficiency')).toBe(true);
  });
});
