import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 17: the contact city when a part of the town comes first. Every example is
// written for this spec; people are invented, the towns are real.

describe('the contact city after a part of the town', () => {
  const cityOf = (place: string, phone: string) => parseResume(['Odile Maranga', 'Kiln Operator', `${place} | ${phone} | odile@example.com`].join('\n')).basics.location?.city;

  it('takes the town after a numbered or named subdivision', () => {
    expect(cityOf('Block 10, Salmiya', '+965 9555 1234')).toBe('Salmiya');
    expect(cityOf('4th khoroo, Darkhan', '+976 9955 1234')).toBe('Darkhan');
    expect(cityOf('Khan-Uul district, Ulaanbaatar', '+976 8855 1234')).toBe('Ulaanbaatar');
  });

  it('knows a capital written with "St." as the gazetteer writes it with "Saint"', () => {
    expect(cityOf("Villa, St. John's", '+1 268 555 0100')).toBe("St. John's");
  });

  it('keeps a town before its region', () => {
    expect(cityOf('Portland, Oregon', '+1 503 555 0100')).toBe('Portland');
  });
});

describe('a Korean address with a note after it', () => {
  it('reads the 시 of the province though the new town is named in brackets after the address', () => {
    const location = parseResume(['오하늘', '승강기 유지보수 기술자', '📍 경기 김포시 장기동 (한강신도시) | 📞 010-5553-0000 | ✉️ haneul@example.kr'].join('\n')).basics.location;
    expect(location?.city).toBe('김포시');
  });
});
