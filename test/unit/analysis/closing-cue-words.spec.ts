import { describe, expect, it } from 'vitest';
import { jobRequirements } from '../../../src/kernel/skills/job-requirements.js';
import { match, said, warmJobMatch } from '../../helpers/job-match-missing.js';

// A job phrase closed by a word of how much it is wanted ("Wolof an advantage", "English required"): seen on a
// screenshot, the report told a Wolof speaker to write "Wolof an advantage". Invented postings.
warmJobMatch();

const JOB = 'Field Officer\nWhat we ask\n- Three years of field work in rural credit\n- French or Wolof an advantage; English required\n- Forklift licence a plus\n';

describe('a word of how much a thing is wanted', () => {
  it('is no part of the job’s phrase', () => {
    const phrases = jobRequirements(JOB).phrases;
    expect(phrases.filter((p) => /\b(?:advantage|required|plus)$/i.test(p))).toEqual([]);
  });

  it('leaves a condition of a duty as it was ("recall action where required" is no item)', () => {
    const phrases = jobRequirements('Probation Officer\nDuties\n- Take enforcement and recall action where required\n').phrases;
    expect(phrases.filter((p) => /\bwhere$/i.test(p))).toEqual([]);
  });

  it('leaves a report row that names the thing alone, and the speaker meets it', () => {
    const result = match(JOB, 'Field Officer\nLANGUAGES\nWolof (native), English (fluent)\n');
    expect(result.variants.filter((v) => /advantage|required/i.test(v.atsWants))).toEqual([]);
    expect(said(result, /wolof|english/i)).toEqual([]);
  });
});
