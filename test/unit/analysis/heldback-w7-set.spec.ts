import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdvicePair } from '../../../bench/advice-set.js';
import { HELD_BACK_W7_DIR } from '../../../bench/analysis-heldback.js';
import { readRoleGapCases } from '../../../bench/role-gaps-set.js';

// The wave 7 held-back analysis set (scripts/build-analysis-heldback-w7.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis` (totals only). No test
// runs the analysis on it, so no failure message can name one of its items.
const DIR = join(process.cwd(), HELD_BACK_W7_DIR);
/** SHA-256 of manifest.json as frozen on 2026-11-30 (advice pairs added the same day, nothing else changed): changing any file of the set fails here. */
const FROZEN_MANIFEST_SHA256 = 'fdd7207df548596732251c86f90b74d866483cfca2b106e8b212798bc07a8b14';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(DIR, join(dir, entry.name))]));
const documentsOf = (corpusDir: string): Array<{ file: string; resume: string; renderer: string }> => JSON.parse(readFileSync(join(corpusDir, 'documents.json'), 'utf8'));
const occupationOf = (resumeId: string): string => resumeId.split('-')[1]!;

describe('held-back analysis set, wave 7', () => {
  it('is frozen: manifest.json has the digest written here and every file of the set matches it', () => {
    const manifestBytes = readFileSync(join(DIR, 'manifest.json'));
    expect(sha256(manifestBytes)).toBe(FROZEN_MANIFEST_SHA256);
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { frozenOn: string; files: Record<string, string> };
    const onDisk = filesUnder(DIR).filter((file) => file !== 'README.md' && file !== 'manifest.json').sort();
    expect(Object.keys(manifest.files).sort()).toEqual(onDisk);
    expect(onDisk.filter((file) => sha256(readFileSync(join(DIR, file))) !== manifest.files[file])).toEqual([]);
  });

  it('renders ten résumés the same ten ways as the public corpus the spread bench reads', () => {
    const documents = documentsOf(join(DIR, 'spread'));
    const publicRenderers = new Set(documentsOf(join(process.cwd(), 'test/fixtures/resume-corpus')).map((document) => document.renderer));
    const resumes = new Set(documents.map((document) => document.resume));
    expect(resumes.size).toBe(10);
    expect(new Set(documents.map((document) => document.renderer))).toEqual(publicRenderers);
    expect(documents).toHaveLength(resumes.size * publicRenderers.size);
    expect(readdirSync(join(DIR, 'spread/truth')).sort()).toEqual([...resumes].sort().map((id) => `${id}.json`));
  });

  it('has occupations none of the public spread and ranking sets has, each with its own job', () => {
    const occupations = new Set(readdirSync(join(DIR, 'spread/truth')).map((file) => occupationOf(file)));
    const publicOccupations = new Set(readdirSync(join(process.cwd(), 'test/fixtures/resume-corpus/truth')).map((file) => occupationOf(file)));
    expect(occupations.size).toBe(10);
    expect([...occupations].filter((occupation) => publicOccupations.has(occupation))).toEqual([]);
    expect(readdirSync(join(DIR, 'ranking/jobs')).sort()).toEqual([...occupations].sort().map((occupation) => `${occupation}.job.txt`));
  });

  it('labels target roles the public role-gap set does not have, with patterns that compile', () => {
    const cases = readRoleGapCases(join(DIR, 'role-gaps/labels.json'));
    const publicRoles = new Set(readRoleGapCases(join(process.cwd(), 'test/fixtures/analysis/role-gaps/labels.json')).map((c) => c.role.toLowerCase()));
    expect(cases.length).toBeGreaterThanOrEqual(13);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.filter((c) => publicRoles.has(c.role.toLowerCase())).map((c) => c.role)).toEqual([]);
    for (const c of cases) {
      expect(c.acceptable.length).toBeGreaterThanOrEqual(10);
      expect(c.unacceptable.length).toBeGreaterThanOrEqual(8);
      for (const pattern of c.acceptable) expect(() => new RegExp(pattern, 'i')).not.toThrow();
      const neverSay = c.unacceptable.map((pattern) => new RegExp(pattern, 'i'));
      // The person's own skills are never on their never-say list.
      expect(c.has.filter((skill) => neverSay.some((pattern) => pattern.test(skill)))).toEqual([]);
    }
  });

  it('pairs each advice case with a résumé of the set and a job of the set or of the public ranking set', () => {
    const { pairs } = JSON.parse(readFileSync(join(DIR, 'advice/pairs.json'), 'utf8')) as { pairs: AdvicePair[] };
    const resumes = new Set(readdirSync(join(DIR, 'spread/truth')).map((file) => file.replace(/\.json$/, '')));
    const jobs = new Set([join(DIR, 'ranking/jobs'), join(process.cwd(), 'test/fixtures/analysis/ranking/jobs')].flatMap((dir) => readdirSync(dir).map((file) => file.split('.')[0]!)));
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    expect(pairs.filter((pair) => !resumes.has(pair.resume) || !jobs.has(pair.job))).toEqual([]);
  });
});
