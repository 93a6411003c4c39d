// Worst-case time per MB of every parser of user text on hostile input (issue #10): long runs of
// one character or a short unit, the shapes that make backtracking patterns and naive scans
// super-linear. Run with `npm run bench -- adversarial` (from dist/bench). Linear functions show
// about the same ms/MB at 256 KB and 1 MB; a quadratic one would be ~4x worse at 1 MB.
import { extractSkills, jobRequirements } from '../src/kernel/skills/index.js';
import { analyzeResume } from '../src/modules/analysis/scoring/analyze-resume.js';
import { parseResume } from '../src/modules/documents/extraction/resume-parser.js';
import { extractResume } from '../src/modules/documents/extraction/extract-text.js';
import { scoreAnswer } from '../src/modules/interview/engine/answer-rubric.js';
import { detectSensitive } from '../src/platform/privacy/index.js';
import { ADVERSARIAL_INPUTS, MB } from './adversarial-inputs.js';

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

export default async function adversarialBench(): Promise<void> {
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
}
