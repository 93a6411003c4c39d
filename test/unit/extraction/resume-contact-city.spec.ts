import { describe, expect, it } from 'vitest';
import { countryCodeOf } from '../../../src/kernel/places/countries.js';
import { isDistrictOfTown } from '../../../src/modules/documents/extraction/city-gazetteer.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 15: "District, Town" and "Town, Region" look alike on a contact line; a gazetteer of
// towns (GeoNames, CC BY 4.0) tells them apart. Every example is invented for this spec.

const cityOf = (contactLine: string): string | undefined => parseResume(['Ada Brook', contactLine, '', 'Experience', 'Clerk, Acme Ltd', '2020 – 2024'].join('\n')).basics.location?.city;

describe('the town of a contact line', () => {
  it('is the second name when the first is a district or suburb of it', () => {
    expect(cityOf('📍 Kileleshwa, Nairobi · 📞 +254 712 555 010 · ada@example.org')).toBe('Nairobi');
    expect(cityOf('Andheri, Mumbai | ada@example.org')).toBe('Mumbai');
    // A satellite town within a few kilometres of its metropolis, both in the gazetteer.
    expect(cityOf('Itagüí, Medellín · ada@example.org')).toBe('Medellín');
    // With the country after them.
    expect(cityOf('Address: Kileleshwa, Nairobi, Kenya · ada@example.org')).toBe('Nairobi');
  });

  it('stays the first name in "Town, Region"', () => {
    expect(cityOf('Portland, Oregon · ada@example.org')).toBe('Portland');
    expect(cityOf('Reading, Berkshire · ada@example.org')).toBe('Reading');
    // Campinas is a town of its own, 90 km from São Paulo.
    expect(cityOf('Campinas, São Paulo · ada@example.org')).toBe('Campinas');
    // A bigger Kent than any Washington: the state, not the capital.
    expect(cityOf('Kent, Washington · ada@example.org')).toBe('Kent');
    // Armenia is also a town in Colombia; after a comma it is the country.
    expect(cityOf('Dilijan, Armenia · ada@example.org')).toBe('Dilijan');
  });

  it('looks for the town in the country the phone number names', () => {
    expect(cityOf('Ikeja, Lagos · +234 803 555 0142 · ada@example.org')).toBe('Lagos');
    expect(isDistrictOfTown('Ikeja', 'Lagos', new Set(['NG']))).toBe(true);
    // Once the country is known, any town of it counts, however small (wave 20): Luz is a parish of Lagos in Portugal.
    expect(isDistrictOfTown('Luz', 'Lagos', new Set(['PT']))).toBe(true);
    // A bigger namesake in the same country still keeps "Town, Region" (Oregon, Ohio is a town of 20,000).
    expect(isDistrictOfTown('Portland', 'Oregon', new Set(['US']))).toBe(false);
    expect(isDistrictOfTown('Salem', 'Oregon', new Set(['US']))).toBe(false);
  });

  it('names countries by their English names and common short forms', () => {
    expect(countryCodeOf('Kenya')).toBe('KE');
    expect(countryCodeOf('UK')).toBe('GB');
    expect(countryCodeOf('South Korea')).toBe('KR');
    expect(countryCodeOf('Nairobi')).toBeUndefined();
  });
});
