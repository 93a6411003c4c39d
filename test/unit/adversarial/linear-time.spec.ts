import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS, MB } from '../../../bench/adversarial-inputs.js';
import { extractSkills, jobRequirements } from '../../../src/kernel/skills/index.js';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';
import { scoreAnswer } from '../../../src/modules/interview/engine/answer-rubric.js';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

/**
 * Every parse of user text runs in linear time (issue #10). Before the fix, parseResume took ~0.4 s
 * on 20 KB of one letter and grew 4x per doubling (a 1 MB input would have taken many minutes).
 *
 * Two checks, both robust to a loaded CI machine (where these take 2-4x longer than on a quiet one):
 * - growth: 4x the input costs well under the 16x of a quadratic rule (under 8x, plus a small floor
 *   for timer noise on fast runs); a noisy moment gets one fresh measurement of both sizes;
 * - an absolute bound of 20 s per MB, which the original defect missed by two orders of magnitude.
 * The time per MB itself is a figure for `npm run bench -- adversarial`, not a timed test.
 */
const SECONDS_PER_MB = 20;
const SIZE = MB;

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const FUNCTIONS: Record<string, (text: string) => unknown> = {
  parseResume: (text) => parseResume(text),
  detectSensitive: (text) => detectSensitive(text),
  extractSkills: (text) => extractSkills(text),
  jobRequirements: (text) => jobRequirements(text),
  analyzeResume: (text) => analyzeResume({ text, job: text.slice(0, 50_000) }),
  scoreAnswer: (text) => scoreAnswer({ question: 'Tell me about a project you led.', answer: text, jobText: text.slice(0, 50_000) }),
};

describe.each(Object.entries(FUNCTIONS))('%s on hostile text', (_name, run) => {
  it.each(ADVERSARIAL_INPUTS.map((input) => [input.name, input] as const))('%s (1 MB) finishes in linear time', (_inputName, input) => {
    const full = input.make(SIZE);
    const quarter = input.make(SIZE / 4);
    let grows = '';
    for (let attempt = 0; attempt < 2; attempt++) {
      const quarterMs = timed(() => run(quarter));
      const fullMs = timed(() => run(full));
      expect(fullMs / 1000).toBeLessThan(SECONDS_PER_MB * (SIZE / MB));
      if (fullMs < 8 * quarterMs + 250) return;
      grows += `${quarterMs.toFixed(0)} ms for 256 KB, ${fullMs.toFixed(0)} ms for 1 MB; `;
    }
    expect.fail(`time grows faster than the input: ${grows}`);
    // The bounds above are the assertion; the runner's own 5 s default must not cut it short.
  }, 120_000);
});
