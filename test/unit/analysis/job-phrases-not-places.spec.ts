import { describe, expect, it } from 'vitest';
import { countryCodeOf } from '../../../src/kernel/places/countries.js';
import { jobRequirements } from '../../../src/kernel/skills/index.js';

// A posting names the countries it works in; the job's own words (shown as asked for, and as "hard skills" when the
// résumé holds them) must not take a country or territory for a skill. Seen in the lead's wave 22 screenshots: a
// ferry posting's "between Finland, Åland and Sweden" listed "Åland" as a hard skill found and "Sweden" as missing.
const job = `Requirements
- Handle customs and excise declarations for tax-free sales between Finland, Åland and Sweden
- Experience with cash management systems used in Norway, the Faroe Islands and the United Kingdom
- Knowledge of HACCP food safety and alcohol licensing rules
- Cook, Porter`;

describe('job phrases', () => {
  const phrases = jobRequirements(job).phrases.map((p) => p.toLowerCase());

  it('never a country or territory by its name', () => {
    for (const place of ['finland', 'åland', 'sweden', 'norway', 'faroe islands', 'united kingdom']) expect(phrases).not.toContain(place);
  });

  it("still the job's own words around them", () => {
    expect(phrases.some((p) => p.includes('excise declarations'))).toBe(true);
    expect(phrases).toContain('porter');
  });

  it('reads territories by the names their people use, and no part of a name as the whole', () => {
    expect(countryCodeOf('Åland')).toBe('AX');
    expect(countryCodeOf('Faroes')).toBe('FO');
    expect(countryCodeOf('Cook')).toBeUndefined();
  });
});
