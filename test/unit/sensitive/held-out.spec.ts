import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';
import { evaluateDetector, type LabelledCase } from '../../../src/platform/privacy/evaluation.js';

/**
 * test/fixtures/pii/eval.json (scripts/build-pii-eval.mjs) was generated after the detector was
 * written, in locales and layouts it was not written against; its split was fixed before tuning.
 * The floors are issue #10's goals on the test half (P, R >= 0.95 overall, address R >= 0.8, no
 * impossible resident number reported); the measured figures are in the README and the bench.
 */
const heldOut = JSON.parse(readFileSync(new URL('../../fixtures/pii/eval.json', import.meta.url), 'utf8')) as { cases: LabelledCase[] };
const test = evaluateDetector(heldOut.cases.filter((c) => c.split === 'test'));
const tune = evaluateDetector(heldOut.cases.filter((c) => c.split === 'tune'));

describe('held-out labelled set', () => {
  it('has both halves, fixed by document index parity', () => {
    expect(heldOut.cases.length).toBe(1640); // 1200 documents, then 440 with national ids of other countries
    expect(heldOut.cases.every((c, i) => c.split === (i % 2 === 0 ? 'tune' : 'test'))).toBe(true);
  });
  it('never reports an impossible Korean resident number', () => {
    expect(test.impossibleResidentNumbersFlagged).toBe(0);
    expect(tune.impossibleResidentNumbersFlagged).toBe(0);
  });
  it('reaches precision and recall >= 0.95 overall, phones >= 0.95 and addresses >= 0.8 on the test half', () => {
    expect(test.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(test.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(test.byType.get('PHONE')!.recall).toBeGreaterThanOrEqual(0.95);
    expect(test.byType.get('ADDRESS')!.recall).toBeGreaterThanOrEqual(0.8);
    for (const [type, t] of test.byType) expect(t.precision, type).toBeGreaterThanOrEqual(0.95);
  });
});

const types = (text: string): [string, string][] => detectSensitive(text).map((f) => [f.type, f.text]);

describe('Korean registration numbers: only numbers that can exist', () => {
  it('rejects impossible dates and gender digits 0, 9', () => {
    for (const n of ['901301-1234567', '900230-1234567', '900100-1234567', '900101-0234567', '900101-9234567']) {
      expect(types(`주민등록번호 ${n}`), n).toEqual([]);
    }
  });
  it('rejects 13 digits inside a longer run or joined by +', () => {
    expect(types('serial 99001011234568')).toEqual([]);
    expect(types('ref 1+9001011234568')).toEqual([]);
    expect(types('ref 900101-1234568+1')).toEqual([]);
  });
  it('enforces the check digit for numbers issued before October 2020, and reports later ones with lower confidence', () => {
    expect(types('번호 900101-1234568')).toEqual([['KR_RRN', '900101-1234568']]); // check digit holds
    expect(types('번호 900101-1234567')).toEqual([]); // fails, no cue
    const late = detectSensitive('번호 210315-3847261');
    expect(late.map((f) => f.type)).toEqual(['KR_RRN']);
    expect(late[0]!.confidence).toBeLessThan(detectSensitive('번호 900101-1234568')[0]!.confidence);
  });
});

describe('street addresses with and without a label', () => {
  it.each([
    ['371 Green Courts Apt. 722, Springfield, IL 62704', 'US'],
    ['10 Downing Street', 'UK street'],
    ['3 Antoinette Approach, Long Harvey HA3 5IT', 'UK with postcode'],
    ['Hallesche Str. 466, 93558 Neu Leoni', 'DE'],
    ['Eichenweg 50', 'DE compound'],
    ['12 Rue de la Paix, 75002 Paris', 'FR'],
    ['Calle Mayor 5, 28013 Madrid', 'ES'],
    ['서울특별시 강남구 테헤란로 123', 'KR road name'],
    ['역삼동 123-45', 'KR lot number'],
  ])('%s (%s)', (address) => {
    expect(types(`Send it to ${address} — thanks`)).toEqual([['ADDRESS', address]]);
    expect(types(`Address: ${address}`)).toEqual([['ADDRESS', address]]);
  });
});
