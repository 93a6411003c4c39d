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
 * The bound is deliberately generous for loaded CI machines; a quadratic function misses it by
 * orders of magnitude at 1 MB.
 */
const SECONDS_PER_MB = 8;
const SIZE = MB;

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
    const text = input.make(SIZE);
    const started = performance.now();
    run(text);
    expect((performance.now() - started) / 1000).toBeLessThan(SECONDS_PER_MB * (SIZE / MB));
    // The bound above is the assertion; the runner's own 5 s default must not cut it short.
  }, 60_000);
});
