import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdvicePair } from '../../../bench/advice-set.js';
import { HELD_BACK_W7_DIR, HELD_BACK_W8_DIR } from '../../../bench/analysis-heldback.js';
import { readRoleGapCases } from '../../../bench/role-gaps-set.js';

// The wave 8 held-back analysis set (scripts/build-analysis-heldback-w8.mjs) is only checked for being
// intact and well formed here: its figures come from `npm run bench -- analysis` (totals only). No test
// runs the analysis on it, so no failure message can name one of its items.
const ROOT = process.cwd();
const DIR = join(ROOT, HELD_BACK_W8_DIR);
/** SHA-256 of manifest.json as frozen on 2026-11-30 (labels committed before the build): changing any file of the set fails here. */
const FROZEN_MANIFEST_SHA256 = '5df0eac82f185365c4b4d78cacc6cfcf4f03a5e71df14770f06c5e65cba94f98';
/** Every earlier résumé set (truth/ folders): the wave 8 occupations are in none of them. */
const EARLIER_RESUME_SETS = ['resume-corpus', 'resume-corpus-fresh', 'resume-corpus-holdout', 'resume-corpus-holdout2', 'resume-corpus-holdout3', 'resume-corpus-ko'].map((name) => join(ROOT, 'test/fixtures', name));

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(DIR, join(dir, entry.name))]));
const documentsOf = (corpusDir: string): Array<{ file: string; resume: string; renderer: string }> => JSON.parse(readFileSync(join(corpusDir, 'documents.json'), 'utf8'));
const occupationOf = (resumeId: string): string => resumeId.split('-')[1]!;
const truthIds = (corpusDir: string): string[] => readdirSync(join(corpusDir, 'truth')).map((file) => file.replace(/\.json$/, ''));
const jobIds = (dir: string): string[] => readdirSync(dir).map((file) => file.split('.')[0]!);
const isKorean = (resumeId: string): boolean => /[가-힣]/.test(readFileSync(join(DIR, 'spread/truth', `${resumeId}.json`), 'utf8'));

describe('held-back analysis set, wave 8', () => {
  it('is frozen: manifest.json has the digest written here and every file of the set matches it', () => {
    const manifestBytes = readFileSync(join(DIR, 'manifest.json'));
    expect(sha256(manifestBytes)).toBe(FROZEN_MANIFEST_SHA256);
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { frozenOn: string; files: Record<string, string> };
    const onDisk = filesUnder(DIR).filter((file) => file !== 'README.md' && file !== 'manifest.json').sort();
    expect(Object.keys(manifest.files).sort()).toEqual(onDisk);
    expect(onDisk.filter((file) => sha256(readFileSync(join(DIR, file))) !== manifest.files[file])).toEqual([]);
  });

  it('renders at least twelve résumés, English ones the public corpus’s ten ways and Korean ones the Korean corpus’s six', () => {
    const documents = documentsOf(join(DIR, 'spread'));
    const resumes = [...new Set(documents.map((document) => document.resume))].sort();
    expect(resumes.length).toBeGreaterThanOrEqual(12);
    expect(truthIds(join(DIR, 'spread')).sort()).toEqual(resumes);
    const korean = resumes.filter(isKorean);
    expect(korean.length).toBeGreaterThanOrEqual(3);
    expect(resumes.length - korean.length).toBeGreaterThanOrEqual(9);
    const renderersOf = (corpusDir: string): string[] => [...new Set(documentsOf(corpusDir).map((document) => document.renderer))].sort();
    const englishRenderers = renderersOf(join(ROOT, 'test/fixtures/resume-corpus'));
    const koreanRenderers = renderersOf(join(ROOT, 'test/fixtures/resume-corpus-ko'));
    for (const resume of resumes) {
      const renderers = documents.filter((document) => document.resume === resume).map((document) => document.renderer).sort();
      expect(renderers).toEqual(korean.includes(resume) ? koreanRenderers : englishRenderers);
    }
    expect(readdirSync(join(DIR, 'spread/rendered')).sort()).toEqual(documents.map((document) => document.file).sort());
  });

  it('has occupations no earlier résumé or analysis set has, each with its own job, and at least twenty other jobs per résumé', () => {
    const occupations = new Set(truthIds(join(DIR, 'spread')).map(occupationOf));
    const earlier = new Set([...EARLIER_RESUME_SETS, join(ROOT, HELD_BACK_W7_DIR, 'spread')].flatMap(truthIds).map(occupationOf));
    expect(occupations.size).toBe(truthIds(join(DIR, 'spread')).length);
    expect([...occupations].filter((occupation) => earlier.has(occupation))).toEqual([]);
    expect(jobIds(join(DIR, 'ranking/jobs')).sort()).toEqual([...occupations].sort());
    const nearMiss = jobIds(join(DIR, 'ranking/near-miss'));
    expect(nearMiss.filter((id) => occupations.has(id))).toEqual([]);
    const others = occupations.size - 1 + nearMiss.length + jobIds(join(ROOT, 'test/fixtures/analysis/ranking/jobs')).length;
    expect(others).toBeGreaterThanOrEqual(20);
  });

  it('labels target roles neither the public role-gap set nor wave 7 has, with patterns that compile', () => {
    const cases = readRoleGapCases(join(DIR, 'role-gaps/labels.json'));
    const earlierRoles = new Set(
      ['test/fixtures/analysis/role-gaps/labels.json', join(HELD_BACK_W7_DIR, 'role-gaps/labels.json')].flatMap((file) => readRoleGapCases(join(ROOT, file))).map((c) => c.role.toLowerCase()),
    );
    expect(cases.length).toBeGreaterThanOrEqual(13);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.filter((c) => earlierRoles.has(c.role.toLowerCase())).map((c) => c.role)).toEqual([]);
    for (const c of cases) {
      expect(c.acceptable.length).toBeGreaterThanOrEqual(10);
      expect(c.unacceptable.length).toBeGreaterThanOrEqual(8);
      for (const pattern of c.acceptable) expect(() => new RegExp(pattern, 'i')).not.toThrow();
      const neverSay = c.unacceptable.map((pattern) => new RegExp(pattern, 'i'));
      // The person's own skills are never on their never-say list.
      expect(c.has.filter((skill) => neverSay.some((pattern) => pattern.test(skill)))).toEqual([]);
    }
  });

  it('pairs each advice case with a résumé of the set and one of its own or near-miss jobs, every résumé with its own job', () => {
    const { pairs } = JSON.parse(readFileSync(join(DIR, 'advice/pairs.json'), 'utf8')) as { pairs: AdvicePair[] };
    const resumes = truthIds(join(DIR, 'spread'));
    const jobs = new Set([...jobIds(join(DIR, 'ranking/jobs')), ...jobIds(join(DIR, 'ranking/near-miss'))]);
    expect(pairs.filter((pair) => !resumes.includes(pair.resume) || !jobs.has(pair.job))).toEqual([]);
    expect(resumes.filter((resume) => !pairs.some((pair) => pair.resume === resume && pair.job === occupationOf(resume)))).toEqual([]);
    expect(pairs.filter((pair) => pair.job !== occupationOf(pair.resume)).length).toBeGreaterThanOrEqual(4);
  });
});
