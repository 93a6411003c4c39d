import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

describe('offsets are UTF-16 code units (plain JS string indices)', () => {
  it('stay exact after astral emoji, ZWJ sequences and Hangul', () => {
    const text = '👩‍💻 김민수 😀 연락처 010-1234-5678 📧 minsu@example.kr 🇰🇷 주소: 서울특별시 강남구 테헤란로 123';
    const findings = detectSensitive(text);
    expect(findings.map((f) => f.type)).toEqual(['PHONE', 'EMAIL', 'ADDRESS']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    // '👩‍💻' alone is 5 code units; a code-point count would be off by the surrogate pairs.
    expect(findings[0]!.start).toBe(text.indexOf('010-1234-5678'));
    expect(findings[1]!.start).toBe(text.indexOf('minsu@'));
  });
  it('masks by code points, so previews never split a surrogate pair', () => {
    const [f] = detectSensitive('주소: 서울특별시 강남구 테헤란로 123');
    expect(f!.masked).toBe('서**** 강** 테*** 1**');
  });
});
