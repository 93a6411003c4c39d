import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Hostile uploads are long runs of one character; every regular expression the parser runs must
// stay linear on them (a super-linear one once froze the server for minutes on 5 MB).
const ONE_MB = 1024 * 1024;
const RUNS: Record<string, string> = {
  letters: 'a'.repeat(ONE_MB),
  'letter-dots': 'a.'.repeat(ONE_MB / 2),
  'at-signs': '@'.repeat(ONE_MB),
  digits: '7'.repeat(ONE_MB),
  spaces: `x${' '.repeat(ONE_MB)}x`,
  dashes: '-'.repeat(ONE_MB),
};

describe('résumé parsing runs in linear time on hostile input', () => {
  for (const [name, text] of Object.entries(RUNS)) {
    it(`parses 1 MB of ${name} well under a second`, () => {
      const started = performance.now();
      parseResume(text);
      expect(performance.now() - started).toBeLessThan(1000);
    });
  }
});
