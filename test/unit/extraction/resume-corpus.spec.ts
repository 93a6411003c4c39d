import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../../src/kernel/resume/json-resume.js';
import {
  type CorpusDocument, evaluateDocuments, FIELDS, FRESH_CORPUS_DIR, HOLDOUT2_CORPUS_DIR, HOLDOUT3_CORPUS_DIR, HOLDOUT4_CORPUS_DIR, HOLDOUT5_CORPUS_DIR, HOLDOUT6_CORPUS_DIR, HOLDOUT7_CORPUS_DIR, HOLDOUT8_CORPUS_DIR, HOLDOUT9_CORPUS_DIR, HOLDOUT10_CORPUS_DIR, HOLDOUT11_CORPUS_DIR, HOLDOUT12_CORPUS_DIR,
  HOLDOUT13_CORPUS_DIR, HOLDOUT14_CORPUS_DIR, HOLDOUT15_CORPUS_DIR, HOLDOUT16_CORPUS_DIR, HOLDOUT17_CORPUS_DIR, HOLDOUT18_CORPUS_DIR, HOLDOUT19_CORPUS_DIR, HOLDOUT20_CORPUS_DIR, HOLDOUT_CORPUS_DIR, loadCorpus, loadTruth,
} from '../../../bench/resume-corpus-scoring.js';

// Floors for the tuning half of the résumé corpus (test/fixtures/resume-corpus/), a little under
// what the parser reaches, so a regression fails. They were set on the HTML, DOCX and text
// renderings and still hold for exactly those; the LaTeX renderings added later have floors of their
// own. The test half is not asserted field by field: its figures are reported by
// `npm run bench -- resume-corpus`, next to the fresh test set's.
const isLatex = (renderer: string): boolean => renderer.startsWith('latex-');

const TUNING_FLOORS: Record<(typeof FIELDS)[number], number> = {
  name: 0.97, label: 0.97, email: 0.97, phone: 0.97, city: 0.97, links: 0.97, summary: 0.95,
  jobs: 0.97, 'work.title': 0.97, 'work.employer': 0.96, 'work.location': 0.94, 'work.start': 0.94, 'work.end': 0.94,
  'work.highlights': 0.94, 'edu.institution': 0.93, 'edu.degree': 0.95, 'edu.area': 0.95, 'edu.dates': 0.93,
  skills: 0.97, languages: 0.94,
};

describe('résumé corpus', () => {
  it('splits by résumé: every rendering of one résumé is on the same side, both halves non-empty', () => {
    const corpus = loadCorpus();
    const sides = new Map<string, Set<string>>();
    for (const document of corpus) sides.set(document.resume, (sides.get(document.resume) ?? new Set()).add(document.half));
    expect([...sides.values()].every((halves) => halves.size === 1)).toBe(true);
    expect(corpus.filter((document) => document.half === 'tuning').length).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((document) => document.half === 'test').length).toBeGreaterThanOrEqual(60);
  });

  it('reads the tuning half at or above the floors for every field', async () => {
    const report = await evaluateDocuments(loadCorpus().filter((document) => document.half === 'tuning' && !isLatex(document.renderer)), 'tuning');
    const below = FIELDS.filter((field) => report.accuracy[field] < TUNING_FLOORS[field]).map((field) => `${field} ${report.accuracy[field].toFixed(3)} < ${TUNING_FLOORS[field]}`);
    expect(below).toEqual([]);
    expect(report.mean).toBeGreaterThanOrEqual(0.97);
  }, 120_000);

  it('reads the LaTeX renderings (moderncv, Awesome-CV-like, Jake\'s résumé) of both halves at or above their floors', async () => {
    const report = await evaluateDocuments(loadCorpus().filter((document) => isLatex(document.renderer)), 'tuning');
    expect(report.documents).toBe(60);
    expect(report.mean).toBeGreaterThanOrEqual(0.94);
    expect(Math.min(...FIELDS.map((field) => report.accuracy[field]))).toBeGreaterThanOrEqual(0.7);
  }, 120_000);

  it('keeps a modest floor on the held-out test half (measured at the end, never tuned field by field)', async () => {
    const report = await evaluateDocuments(loadCorpus().filter((document) => document.half === 'test' && !isLatex(document.renderer)), 'test');
    expect(report.mean).toBeGreaterThanOrEqual(0.93);
    expect(Math.min(...FIELDS.map((field) => report.accuracy[field]))).toBeGreaterThanOrEqual(0.8);
  }, 120_000);
});

/** The SHA-256 scripts/build-resume-corpus.mjs writes when it freezes a test set (same order, same framing). */
function testSetHash(documents: readonly CorpusDocument[], corpusDir: string = FRESH_CORPUS_DIR): string {
  const hash = createHash('sha256');
  for (const id of [...new Set(documents.map((document) => document.resume))].sort()) {
    hash.update(`truth/${id}.json\n`).update(readFileSync(join(corpusDir, 'truth', `${id}.json`)));
    for (const document of documents.filter((candidate) => candidate.resume === id).sort((a, b) => a.file.localeCompare(b.file))) {
      hash.update(`rendered/${document.file}\n`).update(readFileSync(join(corpusDir, 'rendered', document.file)));
    }
  }
  return hash.digest('hex');
}

describe('fresh résumé test set', () => {
  it('is frozen: every truth and rendering hashes to test-split.sha256, all on the test side, every renderer present', () => {
    const documents = loadCorpus(FRESH_CORPUS_DIR);
    expect(documents.every((document) => document.half === 'test')).toBe(true);
    expect(new Set(documents.map((document) => document.renderer)).size).toBe(10);
    expect(testSetHash(documents)).toBe(readFileSync(join(FRESH_CORPUS_DIR, 'test-split.sha256'), 'utf8').trim());
  });

  // Its figures were seen in wave 4, so from wave 5 it is tuning data (issue #10 part 2): the goal
  // (every field ≥ 0.9, mean ≥ 0.95) is asserted, a little under what the parser reaches.
  it('reads the first fresh set, now tuning data, at every field ≥ 0.9 and a mean ≥ 0.97', async () => {
    const report = await evaluateDocuments(loadCorpus(FRESH_CORPUS_DIR), 'test');
    const below = FIELDS.filter((field) => report.accuracy[field] < 0.9).map((field) => `${field} ${report.accuracy[field].toFixed(3)}`);
    expect(below).toEqual([]);
    expect(report.mean).toBeGreaterThanOrEqual(0.97);
  }, 240_000);
});

/**
 * A held-back set is intact: every file matches manifest.json and test-split.sha256, nothing is added or
 * missing, `resumes` résumés × 8 renderers, all on the test side.
 */
function expectFrozenHeldBackSet(corpusDir: string, resumes: number): void {
  const documents = loadCorpus(corpusDir);
  expect(documents).toHaveLength(resumes * 8);
  expect(documents.every((document) => document.half === 'test')).toBe(true);
  expect(new Set(documents.map((document) => document.renderer)).size).toBe(8);
  expect(testSetHash(documents, corpusDir)).toBe(readFileSync(join(corpusDir, 'test-split.sha256'), 'utf8').trim());

  const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
  const onDisk = ['documents.json', 'split.json', ...['truth', 'rendered'].flatMap((folder) => readdirSync(join(corpusDir, folder)).map((name) => `${folder}/${name}`))];
  expect(Object.keys(manifest.files).sort()).toEqual(onDisk.sort());
  const changed = onDisk.filter((file) => createHash('sha256').update(readFileSync(join(corpusDir, file))).digest('hex') !== manifest.files[file]);
  expect(changed).toEqual([]);
}

const rendererNames = (corpusDir: string): Set<string> => new Set(loadCorpus(corpusDir).map((document) => document.renderer));
const ENGLISH_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus');
const KOREAN_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-ko');

/** No renderer name of an earlier set comes back. */
function expectNoEarlierRenderers(corpusDir: string, earlier: readonly string[]): void {
  const seen = new Set(earlier.flatMap((earlierDir) => [...rendererNames(earlierDir)]));
  expect([...rendererNames(corpusDir)].filter((renderer) => seen.has(renderer))).toEqual([]);
}

/** The set's résumé ids, and those of the earlier sets. */
function resumeIds(corpusDir: string, earlier: readonly string[]): { ids: string[]; earlierIds: string[] } {
  return {
    ids: [...new Set(loadCorpus(corpusDir).map((document) => document.resume))],
    earlierIds: earlier.flatMap((earlierDir) => loadCorpus(earlierDir).map((document) => document.resume)),
  };
}

/** Résumé ids are <n>-<occupation>-…: no occupation of an earlier set comes back. */
function expectNoEarlierOccupations(corpusDir: string, earlier: readonly string[]): void {
  const occupation = (id: string): string => id.split('-')[1]!;
  const { ids, earlierIds } = resumeIds(corpusDir, earlier);
  expect(ids.filter((id) => new Set(earlierIds.map(occupation)).has(occupation(id)))).toEqual([]);
}

/**
 * A held-back set has renderers, occupations and people of its own: no renderer name or occupation of an
 * earlier set, and no person, employer, school or home city of an earlier set's truth (compared case-blind).
 */
function expectNothingFromEarlierSets(corpusDir: string, earlier: readonly string[]): void {
  expectNoEarlierRenderers(corpusDir, earlier);
  expectNoEarlierOccupations(corpusDir, earlier);
  const namesIn = (resume: JsonResume): string[] => [
    resume.basics?.name, resume.basics?.location?.city, ...(resume.work ?? []).map((job) => job.name), ...(resume.education ?? []).map((school) => school.institution),
  ].filter((value): value is string => Boolean(value)).map((value) => value.toLowerCase());
  const earlierNames = new Set(earlier.flatMap((earlierDir) => [...new Set(loadCorpus(earlierDir).map((document) => document.resume))].flatMap((id) => namesIn(loadTruth(id, earlierDir)))));
  const { ids } = resumeIds(corpusDir, earlier);
  expect(ids.flatMap((id) => namesIn(loadTruth(id, corpusDir))).filter((name) => earlierNames.has(name))).toEqual([]);
}

/**
 * What a frozen held-back set is checked for besides being intact, against every set before it (both corpora,
 * the fresh set and the held-back sets above it in the table): `renderers` — no renderer name comes back
 * (the second set); `renderersAndIds` — nor an occupation or a résumé id (the third); `everything` —
 * `expectNothingFromEarlierSets` (the fourth on).
 */
type EarlierSetCheck = 'renderers' | 'renderersAndIds' | 'everything';

/**
 * The frozen held-back sets, oldest first (each built by scripts/build-resume-corpus-holdout<n>.mjs; the first
 * 22 people of the seventh on write in English, 8 Koreans in Korean, written out one by one). They are only
 * checked for being intact and for owing nothing to an earlier set: their figures come from
 * `npm run bench -- resume-corpus` (`held-back` for a set still held back; aggregates only); no test parses them.
 * `slow` sets get a minute per check.
 */
const FROZEN_HELD_BACK_SETS: readonly { name: string; dir: string; resumes: number; earlierSetCheck?: EarlierSetCheck; slow?: boolean }[] = [
  { name: 'held-back résumé test set', dir: HOLDOUT_CORPUS_DIR, resumes: 24 },
  { name: 'second held-back résumé test set', dir: HOLDOUT2_CORPUS_DIR, resumes: 28, earlierSetCheck: 'renderers' },
  { name: 'third held-back résumé test set', dir: HOLDOUT3_CORPUS_DIR, resumes: 30, earlierSetCheck: 'renderersAndIds' }, // wave 7
  { name: 'fourth held-back résumé test set', dir: HOLDOUT4_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 8
  { name: 'fifth held-back résumé test set', dir: HOLDOUT5_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 9
  { name: 'sixth held-back résumé test set', dir: HOLDOUT6_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 10
  { name: 'seventh held-back résumé test set', dir: HOLDOUT7_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 11
  { name: 'eighth held-back résumé test set', dir: HOLDOUT8_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 12
  { name: 'ninth held-back résumé test set', dir: HOLDOUT9_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 13
  { name: 'tenth held-back résumé test set', dir: HOLDOUT10_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 14
  { name: 'eleventh held-back résumé test set', dir: HOLDOUT11_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 15
  { name: 'twelfth held-back résumé test set', dir: HOLDOUT12_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 16
  { name: 'thirteenth held-back résumé test set', dir: HOLDOUT13_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 17
  { name: 'fourteenth held-back résumé test set', dir: HOLDOUT14_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 18
  { name: 'fifteenth held-back résumé test set', dir: HOLDOUT15_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 19
  { name: 'sixteenth held-back résumé test set', dir: HOLDOUT16_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 20
  { name: 'seventeenth held-back résumé test set', dir: HOLDOUT17_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 21
  { name: 'eighteenth held-back résumé test set', dir: HOLDOUT18_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 22
  { name: 'nineteenth held-back résumé test set', dir: HOLDOUT19_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 23
  { name: 'twentieth held-back résumé test set', dir: HOLDOUT20_CORPUS_DIR, resumes: 30, earlierSetCheck: 'everything', slow: true }, // wave 24
];

describe.each(FROZEN_HELD_BACK_SETS.map((set, index) => ({ ...set, earlier: [ENGLISH_CORPUS_DIR, FRESH_CORPUS_DIR, ...FROZEN_HELD_BACK_SETS.slice(0, index).map((before) => before.dir), KOREAN_CORPUS_DIR] })))('$name', (set) => {
  const timeout = set.slow ? 60_000 : undefined;

  it(`is frozen: every file matches manifest.json and test-split.sha256, ${set.resumes} résumés × 8 renderers, all on the test side`, () => {
    expectFrozenHeldBackSet(set.dir, set.resumes);
  }, timeout);

  if (set.earlierSetCheck === 'renderers') {
    it('has renderers of its own: no renderer name of the sets the parser is tuned on', () => {
      expectNoEarlierRenderers(set.dir, set.earlier);
    }, timeout);
  } else if (set.earlierSetCheck) {
    it('has renderers, people and occupations of its own: none of every earlier set', () => {
      if (set.earlierSetCheck === 'everything') {
        expectNothingFromEarlierSets(set.dir, set.earlier);
        return;
      }
      expectNoEarlierRenderers(set.dir, set.earlier);
      expectNoEarlierOccupations(set.dir, set.earlier);
      const { ids, earlierIds } = resumeIds(set.dir, set.earlier);
      expect(ids.filter((id) => earlierIds.includes(id))).toEqual([]);
    }, timeout);
  }
});
