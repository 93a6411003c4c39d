import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LabelledCase } from '../../../src/platform/privacy/evaluation.js';
import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';

// The wave 10 held-back sensitive-data set (scripts/build-pii-heldback-w10.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive` (totals
// only); no test runs the detector on it, so no failure message can name one of its documents.
const DIR = new URL('../../fixtures/pii/heldback-w10/', import.meta.url);
/** SHA-256 of manifest.json as frozen on 2026-11-30: changing any file of the set fails here. */
const FROZEN_MANIFEST_SHA256 = 'cb181de76c54b20d7595d80659aa804c1e6cbf04f780259d0bd4d3e5fdd22d1d';

type HeldBackCase = LabelledCase & { category?: string };
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const read = (name: string): Buffer => readFileSync(new URL(name, DIR));
const casesOf = (name: string): HeldBackCase[] => (JSON.parse(read(name).toString('utf8')) as { cases: HeldBackCase[] }).cases;
const documents = casesOf('documents.json');
const vectors = casesOf('korean-numbers.json');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** How many cases break span rules: a gold span empty, outside its text, of an unknown type, overlapping another gold span or a decoy. */
function malformed(cases: readonly HeldBackCase[]): number {
  const known = new Set<string>(SENSITIVE_TYPES);
  return cases.filter((c) => {
    const spans = [...c.entities].sort((a, b) => a.start - b.start);
    const decoys = c.impossibleResidentNumbers ?? [];
    return (
      spans.some((s, i) => !known.has(s.type) || s.start < 0 || s.end <= s.start || s.end > c.text.length || (i > 0 && spans[i - 1]!.end > s.start)) ||
      decoys.some((d) => d.end <= d.start || d.end > c.text.length || spans.some((s) => overlaps(s, d)))
    );
  }).length;
}

describe('held-back sensitive-data set, wave 10', () => {
  it('is frozen: manifest.json has the digest written here and every file of the set matches it', () => {
    const manifestBytes = read('manifest.json');
    expect(sha256(manifestBytes)).toBe(FROZEN_MANIFEST_SHA256);
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { frozenOn: string; files: Record<string, string> };
    const onDisk = readdirSync(DIR).filter((file) => file !== 'README.md' && file !== 'manifest.json').sort();
    expect(Object.keys(manifest.files).sort()).toEqual(onDisk);
    expect(onDisk.filter((file) => sha256(read(file)) !== manifest.files[file])).toEqual([]);
  });

  it('holds 1250 documents with unique ids and well-formed gold spans', () => {
    expect(documents).toHaveLength(1250);
    expect(new Set(documents.map((c) => c.id)).size).toBe(documents.length);
    expect(malformed(documents)).toBe(0);
    const gold = documents.flatMap((c) => c.entities);
    expect(gold.filter((e) => e.type === 'PHONE').length).toBeGreaterThanOrEqual(1000);
    expect(gold.filter((e) => e.type === 'ADDRESS').length).toBeGreaterThanOrEqual(500);
    expect(documents.reduce((n, c) => n + (c.impossibleResidentNumbers?.length ?? 0), 0)).toBeGreaterThanOrEqual(100);
  });

  it('shares no locale with the older held-out set but Korean', () => {
    const localeOf = (c: LabelledCase): string => c.source.split('/').at(-1)!;
    const older = new Set(casesOf('../eval.json').map(localeOf));
    const locales = new Set(documents.map(localeOf));
    expect(locales.size).toBe(11);
    expect([...locales].filter((locale) => older.has(locale))).toEqual(['ko']);
  });

  it('has Korean number vectors in every category, positives labelled and decoys never', () => {
    expect(malformed(vectors)).toBe(0);
    const byCategory = new Map<string, HeldBackCase[]>();
    for (const c of vectors) byCategory.set(c.category!, [...(byCategory.get(c.category!) ?? []), c]);
    const positives = ['rrn-before-2020-10', 'frn-before-2020-10', 'rrn-since-2020-10', 'frn-since-2020-10'];
    const decoys = ['impossible-birth-date', 'impossible-7th-digit', 'birth-date-in-the-future', 'inside-a-longer-digit-run', 'joined-by-plus'];
    expect([...byCategory.keys()].sort()).toEqual([...positives, ...decoys].sort());
    for (const category of positives) {
      const type = category.startsWith('rrn') ? 'KR_RRN' : 'KR_FRN';
      expect(byCategory.get(category)!.every((c) => c.entities.length === 1 && c.entities[0]!.type === type && !c.impossibleResidentNumbers), category).toBe(true);
    }
    for (const category of decoys) {
      expect(byCategory.get(category)!.every((c) => c.entities.length === 0 && c.impossibleResidentNumbers?.length === 1), category).toBe(true);
    }
  });
});
