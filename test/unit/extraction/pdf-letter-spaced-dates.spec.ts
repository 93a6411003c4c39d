import { describe, expect, it } from 'vitest';
import { withLetterSpacedNumbersClosed } from '../../../src/modules/documents/extraction/pdf-text.js';

// Issue #10, wave 21: a designed template (Apple Pages-like) sets each entry's dates above it in spaced
// small capitals; pdf.js gives the run a space after every glyph ("2 0 1 3 / 2 0 1 5"), so no date was
// read. The runs below are written for this spec as pdf.js returns such type.

describe('letter-spaced dates in a PDF', () => {
  it('closes up the digits and words of a spaced range', () => {
    expect(withLetterSpacedNumbersClosed('2 0 1 1 / 2 0 1 4')).toBe('2011 / 2014');
    expect(withLetterSpacedNumbersClosed('S E P T . 2 0 1 9 → N O W')).toBe('SEPT. 2019 → NOW');
    // Kerning pairs ("JA", "LY") come as two letters.
    expect(withLetterSpacedNumbersClosed('JA N . 2 0 1 5 → J U LY 2 0 1 7')).toBe('JAN. 2015 → JULY 2017');
  });

  it('writes a Korean date\'s units against their numbers', () => {
    expect(withLetterSpacedNumbersClosed('1 9 9 2 년 3 월 ~ 1 9 9 4 년 2 월')).toBe('1992년 3월 ~ 1994년 2월');
  });

  it('leaves spaced headings and ordinary text alone', () => {
    expect(withLetterSpacedNumbersClosed('E X P E R I E N C E')).toBe('E X P E R I E N C E');
    expect(withLetterSpacedNumbersClosed('Led 3 of 5 crews in 2 ports')).toBe('Led 3 of 5 crews in 2 ports');
  });
});
