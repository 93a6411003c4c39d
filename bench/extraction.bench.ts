// Extraction benchmark: timing per format through the real resource-limited worker, both pooled (a
// warm worker, as uploads run now) and fresh (a new worker per upload, as before the pool), and
// in-process to show the worker's own cost; then field-level parsing accuracy against the labelled
// fixtures.
// Runs from dist/bench/ via `npm run bench`; fixtures are read relative to the working directory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDetectedDocument } from '../src/modules/documents/extraction/extract-by-kind.js';
import { extractDocumentText } from '../src/modules/documents/extraction/extract-text.js';
import type { DocumentKind } from '../src/modules/documents/extraction/file-type-detector.js';
import { parseResume } from '../src/modules/documents/extraction/resume-parser.js';
import { DEFAULT_WORKER_LIMITS, resolveWorkerScript, type ExtractionWorkerInput, type ExtractionWorkerOutput } from '../src/modules/documents/extraction/run-in-worker.js';
import { WorkerPool } from '../src/platform/workers/worker-pool.js';

interface Labels {
  kind: DocumentKind;
  name: string;
  email: string;
  phone: string;
  titles: string[];
  employers: string[];
  dates: Array<{ startDate: string | null; endDate: string | null }>;
  schools: string[];
  skills: string[];
}

const FIXTURES = join(process.cwd(), 'test/fixtures/documents');
const ITERATIONS = 10;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function summarize(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms (n=${sorted.length})`;
}

const same = (a: string | undefined, b: string): boolean => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
const digits = (value: string | undefined): string => (value ?? '').replace(/\D/g, '');

/** Items of `expected` found at the same position in `actual` (order matters for jobs and dates). */
function positional<T>(actual: readonly T[], expected: readonly T[], equal: (a: T, b: T) => boolean): [number, number] {
  return [expected.filter((item, index) => actual[index] !== undefined && equal(actual[index]!, item)).length, expected.length];
}

export default async function (): Promise<void> {
  const labels = JSON.parse(readFileSync(join(FIXTURES, 'labels.json'), 'utf8')) as Record<string, Labels>;
  const workerTimes: Record<string, number[]> = {};
  const freshWorkerTimes: Record<string, number[]> = {};
  // No idle workers: every task starts (and loads the extraction modules in) a new worker.
  const freshWorkers = new WorkerPool<ExtractionWorkerInput, ExtractionWorkerOutput>({
    script: resolveWorkerScript(),
    resourceLimits: { maxOldGenerationSizeMb: DEFAULT_WORKER_LIMITS.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: DEFAULT_WORKER_LIMITS.maxYoungGenerationSizeMb, stackSizeMb: DEFAULT_WORKER_LIMITS.stackSizeMb },
    maxIdle: 0,
    maxTasksPerWorker: 1,
  });
  const inProcessTimes: Record<string, number[]> = {};
  const fields: Record<string, [number, number]> = {};
  const add = (field: string, [hit, total]: [number, number]): void => {
    const current = fields[field] ?? [0, 0];
    fields[field] = [current[0] + hit, current[1] + total];
  };

  for (const [file, label] of Object.entries(labels)) {
    const bytes = readFileSync(join(FIXTURES, 'resumes', file));
    // One warm-up run each so module loading is not counted as extraction time.
    await extractDocumentText(bytes, { filename: file });
    await extractDetectedDocument(label.kind, bytes);
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      let started = performance.now();
      await extractDocumentText(bytes, { filename: file });
      (workerTimes[label.kind] ??= []).push(performance.now() - started);
      started = performance.now();
      await freshWorkers.run({ bytes, filename: file }, DEFAULT_WORKER_LIMITS.timeoutMs);
      (freshWorkerTimes[label.kind] ??= []).push(performance.now() - started);
      started = performance.now();
      await extractDetectedDocument(label.kind, bytes);
      (inProcessTimes[label.kind] ??= []).push(performance.now() - started);
    }

    const resume = parseResume((await extractDocumentText(bytes, { filename: file })).text);
    add('name', [same(resume.basics.name, label.name) ? 1 : 0, 1]);
    add('email', [same(resume.basics.email, label.email) ? 1 : 0, 1]);
    add('phone', [digits(resume.basics.phone) === digits(label.phone) ? 1 : 0, 1]);
    add('titles', positional(resume.work.map((job) => job.position ?? ''), label.titles, same));
    add('employers', positional(resume.work.map((job) => job.name ?? ''), label.employers, same));
    add(
      'dates',
      positional(
        resume.work.map((job) => `${job.startDate ?? ''}/${job.endDate ?? ''}`),
        label.dates.map((range) => `${range.startDate ?? ''}/${range.endDate ?? ''}`),
        (a, b) => a === b,
      ),
    );
    add('schools', positional(resume.education.map((school) => school.institution ?? ''), label.schools, same));
    const skills = new Set(resume.skills.flatMap((skill) => skill.keywords ?? (skill.name ? [skill.name] : [])).map((skill) => skill.toLowerCase()));
    add('skills', [label.skills.filter((skill) => skills.has(skill.toLowerCase())).length, label.skills.length]);
  }

  console.log(`fixtures: ${Object.keys(labels).length}, iterations per fixture: ${ITERATIONS}`);
  for (const kind of ['pdf', 'docx', 'txt', 'md']) {
    if (!workerTimes[kind]) continue;
    console.log(`${kind.padEnd(4)} pooled worker (extract):  ${summarize(workerTimes[kind])}`);
    console.log(`${kind.padEnd(4)} fresh worker per upload:  ${summarize(freshWorkerTimes[kind] ?? [])}`);
    console.log(`${kind.padEnd(4)} in-process extract:       ${summarize(inProcessTimes[kind] ?? [])}`);
  }
  await freshWorkers.close();
  console.log('field accuracy (correct / labelled):');
  for (const [field, [hit, total]] of Object.entries(fields)) {
    console.log(`  ${field.padEnd(10)} ${hit}/${total} (${((hit / total) * 100).toFixed(1)}%)`);
  }
}
