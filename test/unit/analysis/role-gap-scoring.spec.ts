import { describe, expect, it } from 'vitest';
import { gapMatches, gapWording } from '../../../bench/role-gaps-set.js';

// The bench judges a role's gaps against patterns a labeller wrote. A Korean role's reader sees each gap by its
// Korean label, and the labeller wrote Korean patterns: judging the English name alone scored right gaps as wrong.
describe('role-gap scoring: a gap is judged by the words its reader sees', () => {
  it("judges a Korean role's gap by its Korean label as well as its canonical name", () => {
    const wordings = gapWording('동물보건사', 'assist in administering veterinary anaesthetics');
    expect(wordings).toEqual(['assist in administering veterinary anaesthetics', '동물 마취 보조']);
    expect(gapMatches(['마취|모니터링'], wordings)).toBe(true);
    expect(gapMatches(['마취|모니터링'], ['assist in administering veterinary anaesthetics'])).toBe(false);
  });

  it('keeps the English patterns of a Korean role (HACCP, Excel are written as they are)', () => {
    expect(gapMatches(['haccp|해썹'], gapWording('영양사', 'HACCP'))).toBe(true);
  });

  it('judges an English role by the canonical name alone', () => {
    expect(gapWording('Veterinary Nurse', 'assist in administering veterinary anaesthetics')).toEqual(['assist in administering veterinary anaesthetics']);
  });
});
