// Worst-case time per MB of every parser of user text on hostile input (issue #10): long runs of
// one character or a short unit, the shapes that make backtracking patterns and naive scans
// super-linear. Run with `npm run bench -- adversarial` (from dist/bench). Linear functions show
// about the same ms/MB at 256 KB and 1 MB; a quadratic one would be ~4x worse at 1 MB.
// Then the running app (a child process, as `npm start` runs it): each hostile text uploaded at 1 MB
// and 5 MB through HTTP while /healthz is polled, the slowest answer printed against the flat 200 ms
// target ("/healthz keeps answering within 200 ms while hostile input runs"). The HTTP spec
// (test/http/adversarial-input.spec.ts) keeps a bound relative to an ordinary upload, since it runs
// on loaded CI machines; the flat target lives here. `npm run bench -- adversarial http` runs only that part.
import { extractSkills, jobRequirements } from '../src/kernel/skills/index.js';
import { analyzeResume } from '../src/modules/analysis/scoring/analyze-resume.js';
import { parseResume } from '../src/modules/documents/extraction/resume-parser.js';
import { extractResume } from '../src/modules/documents/extraction/extract-text.js';
import { scoreAnswer } from '../src/modules/interview/engine/answer-rubric.js';
import { detectSensitive } from '../src/platform/privacy/index.js';
import { ADVERSARIAL_INPUTS, MB } from './adversarial-inputs.js';
import { startAppProcess } from './app-process.js';
import { BrowserLikeClient, signInDev } from './http-client.js';

const HEALTH_TARGET_MS = 200;
/** After the upload answers, keep polling a little: work the request started may still be running. */
const TAIL_MS = 250;

const FUNCTIONS: Record<string, (text: string) => unknown> = {
  parseResume: (text) => parseResume(text),
  detectSensitive: (text) => detectSensitive(text),
  extractSkills: (text) => extractSkills(text),
  jobRequirements: (text) => jobRequirements(text),
  analyzeResume: (text) => analyzeResume({ text, job: text.slice(0, 50_000) }),
  scoreAnswer: (text) => scoreAnswer({ question: 'Tell me about a project you led.', answer: text, jobText: text.slice(0, 50_000) }),
};

function msPerMb(run: (text: string) => unknown, text: string): number {
  const started = performance.now();
  run(text);
  return (performance.now() - started) / (Buffer.byteLength(text) / MB);
}

/** Runs `work` while polling /healthz every 25 ms; returns the slowest health answer seen (Infinity when one failed). */
async function worstHealthDuring(origin: string, work: () => Promise<unknown>): Promise<number> {
  let running = true;
  let worst = 0;
  const poll = (async () => {
    while (running) {
      const started = performance.now();
      // A health check that fails outright is worse than any slow one: count it as unbounded.
      const answered = await fetch(`${origin}/healthz`).then((res) => res.arrayBuffer().then(() => res.ok), () => false);
      worst = Math.max(worst, answered ? performance.now() - started : Number.POSITIVE_INFINITY);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, TAIL_MS));
  } finally {
    running = false;
    await poll;
  }
  return worst;
}

async function upload(client: BrowserLikeClient, name: string, bytes: Buffer): Promise<number> {
  const page = await client.get('/documents');
  const token = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(page.body)![1]!);
  const form = new FormData();
  form.set('category', 'resume');
  form.set('file', new Blob([new Uint8Array(bytes)]), name);
  try {
    const res = await client.request(`/documents?_csrf=${encodeURIComponent(token)}`, { method: 'POST', body: form });
    await res.arrayBuffer();
    return res.status;
  } catch (error) {
    // The server dropping the upload's connection is a result to print, not a reason to stop measuring.
    console.log(`  ${name}: upload failed (${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)})`);
    return 0;
  }
}

/** Hostile uploads through the running app, each with the slowest /healthz answer during it. */
async function healthDuringHostileUploads(): Promise<void> {
  const app = await startAppProcess({ UPLOAD_RATE_LIMIT: '1000' });
  try {
    const client = new BrowserLikeClient(app.origin);
    await signInDev(client, 'Mallory Bench', 'mallory.bench@example.com');
    await upload(client, 'warm-up.txt', Buffer.from('Jane Doe\nEngineer\n'));
    const ordinary = Buffer.from('Jane Doe\nSoftware Engineer at Acme, Berlin (2019 – 2023)\n• Led a team of five.\n'.repeat(MB / 80));
    let status = 0;
    const ordinaryWorst = await worstHealthDuring(app.origin, async () => (status = await upload(client, 'ordinary.txt', ordinary)));
    console.log(`\nslowest /healthz during an upload through HTTP (app as a child process; target ≤ ${HEALTH_TARGET_MS} ms)`);
    console.log(`${'input'.padEnd(18)} ${'1 MB'.padStart(12)} ${'5 MB'.padStart(12)}`);
    console.log(`${'ordinary text'.padEnd(18)} ${`${ordinaryWorst.toFixed(0)} ms`.padStart(9)} ${String(status)}`);
    let worstOverall = 0;
    let worstName = '';
    for (const input of ADVERSARIAL_INPUTS) {
      const cells: string[] = [];
      for (const size of [MB, 5 * MB]) {
        const bytes = Buffer.from(input.make(size));
        const worst = await worstHealthDuring(app.origin, async () => (status = await upload(client, `${input.name}.txt`, bytes)));
        if (worst > worstOverall) [worstOverall, worstName] = [worst, `${input.name} @ ${size / MB} MB`];
        cells.push(`${`${worst.toFixed(0)} ms`.padStart(9)} ${String(status)}${worst > HEALTH_TARGET_MS ? '!' : ' '}`);
      }
      console.log(`${input.name.padEnd(18)} ${cells.join(' ')}`);
    }
    console.log(`worst: ${worstOverall.toFixed(0)} ms (${worstName}) against the ${HEALTH_TARGET_MS} ms target: ${worstOverall <= HEALTH_TARGET_MS ? 'met' : 'MISSED'}; after each time, the upload's HTTP status (0: connection dropped); '!' marks a miss; figures are noisy on a loaded machine`);
  } finally {
    await app.stop();
  }
}

export default async function adversarialBench(): Promise<void> {
  // `npm run bench -- adversarial http`: only the uploads through the running app.
  if (process.argv.includes('http')) {
    await healthDuringHostileUploads();
    return;
  }
  console.log(`${'function'.padEnd(18)} ${'worst ms/MB @256KB'.padStart(19)} ${'worst ms/MB @1MB'.padStart(17)}  worst input`);
  for (const [name, run] of Object.entries(FUNCTIONS)) {
    let worstSmall = 0;
    let worstLarge = 0;
    let worstInput = '';
    for (const input of ADVERSARIAL_INPUTS) {
      worstSmall = Math.max(worstSmall, msPerMb(run, input.make(MB / 4)));
      const large = msPerMb(run, input.make(MB));
      if (large > worstLarge) [worstLarge, worstInput] = [large, input.name];
    }
    console.log(`${name.padEnd(18)} ${worstSmall.toFixed(0).padStart(19)} ${worstLarge.toFixed(0).padStart(17)}  ${worstInput}`);
  }
  // The upload path end to end: detection, text and parse in the resource-limited worker.
  let worstUpload = 0;
  let worstUploadInput = '';
  for (const input of ADVERSARIAL_INPUTS) {
    const bytes = Buffer.from(input.make(MB));
    const started = performance.now();
    await extractResume(bytes, { filename: `${input.name}.txt` }).catch(() => undefined);
    const ms = (performance.now() - started) / (bytes.byteLength / MB);
    if (ms > worstUpload) [worstUpload, worstUploadInput] = [ms, input.name];
  }
  console.log(`${'extractResume (worker)'.padEnd(18)} ${''.padStart(19)} ${worstUpload.toFixed(0).padStart(17)}  ${worstUploadInput}`);
  await healthDuringHostileUploads();
}
