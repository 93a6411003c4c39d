import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LabelledCase } from '../../src/platform/privacy/evaluation.js';
import { SENSITIVE_TYPES } from '../../src/platform/privacy/sensitive-types.js';

// The checks every held-back sensitive-data set (scripts/build-pii-heldback-w*.mjs) gets in its own spec:
// intact against its frozen manifest and well formed. No check runs the detector on a set, so no failure
// message can name one of its documents; the figures come from `npm run bench -- sensitive` (totals only).

type HeldBackCase = LabelledCase & { category?: string };

/** One held-back sensitive-data set and what it must hold. */
/**
 * The Korean number vectors of scripts/lib/korean-number-vectors.mjs (the wave 13 to 16 sets): the same
 * fourteen categories, and the types a positive may be reported as.
 */
export const KOREAN_VECTOR_CATEGORIES = {
  positives: ['rrn-with-check-digit', 'frn-with-check-digit', 'rrn-since-2020-10', 'frn-since-2020-10', 'passport', 'driver-licence', 'bank-account'],
  decoys: ['impossible-birth-date', 'impossible-7th-digit', 'birth-date-in-the-future', 'inside-a-longer-digit-run', 'joined-by-plus'],
  negatives: ['business-registration-number', 'military-or-student-number'],
} as const;
export const KOREAN_VECTOR_TYPES = ['KR_RRN', 'KR_FRN', 'PASSPORT', 'DRIVER_LICENSE', 'BANK_ACCOUNT'] as const;

/** The documents of the held-back sets of waves 10 to `wave` − 1 and eval.json: what the wave's set must be new against. */
export const earlierPiiSets = (wave: number): string[] => [...Array.from({ length: wave - 10 }, (_, k) => `heldback-w${10 + k}/documents.json`), 'eval.json'];

export interface HeldBackPiiSet {
  /** e.g. 'wave 11' */
  name: string;
  /** The set's folder under test/fixtures/pii/, e.g. 'heldback-w11'. */
  folder: string;
  /** SHA-256 of manifest.json as frozen: changing any file of the set fails. */
  manifestSha256: string;
  documents: number;
  /** The locales of the documents (the last part of `source`). */
  locales: readonly string[];
  /** Earlier sets (files under test/fixtures/pii/) whose locales this set shares only in Korean. */
  newLocalesAgainst: readonly string[];
  least: { phones: number; addresses: number; decoys: number };
  /** Every gold type that must occur in the documents. */
  types: readonly string[];
  /** Vector categories: labelled positives, impossible decoys, and plain negatives (neither). */
  vectorCategories: { positives: readonly string[]; decoys: readonly string[]; negatives: readonly string[] };
  /** The types a positive vector may be labelled with (default KR_RRN and KR_FRN). */
  vectorTypes?: readonly string[];
}

const PII = new URL('../fixtures/pii/', import.meta.url);
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const casesIn = (file: string): HeldBackCase[] => (JSON.parse(readFileSync(new URL(file, PII), 'utf8')) as { cases: HeldBackCase[] }).cases;
const localeOf = (c: LabelledCase): string => c.source.split('/').at(-1)!;
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

export function describeHeldBackPiiSet(set: HeldBackPiiSet): void {
  const dir = new URL(`${set.folder}/`, PII);
  const read = (name: string): Buffer => readFileSync(new URL(name, dir));
  const documents = casesIn(`${set.folder}/documents.json`);
  const vectors = casesIn(`${set.folder}/korean-numbers.json`);

  describe(`held-back sensitive-data set, ${set.name}`, () => {
    it('is frozen: manifest.json has the digest written here and every file of the set matches it', () => {
      const manifestBytes = read('manifest.json');
      expect(sha256(manifestBytes)).toBe(set.manifestSha256);
      const manifest = JSON.parse(manifestBytes.toString('utf8')) as { frozenOn: string; files: Record<string, string> };
      const onDisk = readdirSync(dir).filter((file) => file !== 'README.md' && file !== 'manifest.json').sort();
      expect(Object.keys(manifest.files).sort()).toEqual(onDisk);
      expect(onDisk.filter((file) => sha256(read(file)) !== manifest.files[file])).toEqual([]);
    });

    it(`holds ${set.documents} documents with unique ids and well-formed gold spans of every type it claims`, () => {
      expect(documents).toHaveLength(set.documents);
      expect(new Set(documents.map((c) => c.id)).size).toBe(documents.length);
      expect(malformed(documents)).toBe(0);
      const gold = documents.flatMap((c) => c.entities);
      expect(gold.filter((e) => e.type === 'PHONE').length).toBeGreaterThanOrEqual(set.least.phones);
      expect(gold.filter((e) => e.type === 'ADDRESS').length).toBeGreaterThanOrEqual(set.least.addresses);
      expect(documents.reduce((n, c) => n + (c.impossibleResidentNumbers?.length ?? 0), 0)).toBeGreaterThanOrEqual(set.least.decoys);
      expect(set.types.filter((type) => !gold.some((e) => e.type === type))).toEqual([]);
    });

    it('shares no locale with the earlier sets but Korean', () => {
      expect([...new Set(documents.map(localeOf))].sort()).toEqual([...set.locales].sort());
      for (const earlier of set.newLocalesAgainst) {
        const older = new Set(casesIn(earlier).map(localeOf));
        expect(set.locales.filter((locale) => older.has(locale)), earlier).toEqual(['ko']);
      }
    });

    it('has Korean number vectors in every category, positives labelled and decoys never', () => {
      expect(malformed(vectors)).toBe(0);
      const byCategory = new Map<string, HeldBackCase[]>();
      for (const c of vectors) byCategory.set(c.category!, [...(byCategory.get(c.category!) ?? []), c]);
      const { positives, decoys, negatives } = set.vectorCategories;
      expect([...byCategory.keys()].sort()).toEqual([...positives, ...decoys, ...negatives].sort());
      for (const category of positives) {
        const types = set.vectorTypes ?? ['KR_RRN', 'KR_FRN'];
        const labelled = byCategory.get(category)!.every((c) => c.entities.length === 1 && types.includes(c.entities[0]!.type) && !c.impossibleResidentNumbers);
        expect(labelled, category).toBe(true);
        if (category.startsWith('rrn') || category.startsWith('frn')) {
          const type = category.startsWith('rrn') ? 'KR_RRN' : 'KR_FRN';
          expect(byCategory.get(category)!.every((c) => c.entities[0]!.type === type), category).toBe(true);
        }
      }
      for (const category of decoys) {
        expect(byCategory.get(category)!.every((c) => c.entities.length === 0 && c.impossibleResidentNumbers?.length === 1), category).toBe(true);
      }
      for (const category of negatives) {
        expect(byCategory.get(category)!.every((c) => c.entities.length === 0 && !c.impossibleResidentNumbers), category).toBe(true);
      }
    });
  });
}
