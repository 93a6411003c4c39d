import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

/**
 * Guards against catastrophic backtracking / quadratic scans. Wall-clock limits are deliberately
 * generous (CI machines vary); the real figures are in bench/sensitive.bench.ts. A quadratic
 * recognizer would take minutes on these inputs, so completing at all is the main signal, and the
 * 10x-input ratio check catches super-linear growth without depending on absolute speed.
 */
const MB = 1024 * 1024;
const ADVERSARIAL: Record<string, (size: number) => string> = {
  'digit run': (n) => '1'.repeat(n),
  'digits and spaces': (n) => '1 '.repeat(n / 2),
  'digits and dashes': (n) => '12-'.repeat(n / 3),
  'a@a@a@': (n) => 'a@'.repeat(n / 2),
  'local part without @': (n) => 'a'.repeat(n) + '@b.co',
  'separators': (n) => '- . '.repeat(n / 4),
  'card groups': (n) => '4111 '.repeat(n / 5),
  'capitalised words': (n) => '123 Main Main Main '.repeat(n / 19),
  'hangul districts': (n) => '강남구 '.repeat(n / 4),
  'plus signs': (n) => '+'.repeat(n),
  'hangul run': (n) => '가'.repeat(n / 3),
  'street words and postcodes': (n) => 'Am Hagel Kreuz 12, 12345 '.repeat(n / 25),
  'hangul lot numbers': (n) => '역삼동 1-1 '.repeat(n / 12),
  'id layouts (3-3-3, 4-4-4, 4.2.3)': (n) => '123 456 789 1234-5678-9012 1234.56.789 '.repeat(n / 39),
  'registration-number halves': (n) => '850315 - '.repeat(n / 9),
  // Postal tails walked back over address-like segments (wave 10): every segment is a candidate.
  'postcode tails after address segments': (n) => 'Unit 4, 12 Smith St, Fitzroy VIC 3065, '.repeat(n / 39),
  'comma-separated capitalised words': (n) => 'Flat 3, Sai Residency, '.repeat(n / 23),
  'digit pairs and cities': (n) => '22 347 19 05, 00-590 Warszawa '.repeat(n / 31),
  'street words of other languages': (n) => 'Rīgas iela 1, Phường 4, вул. Б, 1, кв. 2, '.repeat(n / 42),
  'street words without separators': (n) => 'Király utca 5. '.repeat(n / 15),
  // Chinese-script addresses (wave 15): Han runs, lane numbers and 號 back to back.
  'Chinese addresses': (n) => '220\n臺北市路1巷2弄3號4樓 路'.repeat(n / 19),
  // Flat and box numbers with Latin and Arabic comma parts, Georgian street words (wave 15).
  'Thai addresses': (n) => '1 ถนน ซอย '.repeat(n / 10),
  'unit-first addresses': (n) => 'Villa 1, Street 2, شقة 3، برج، P.O. Box 4, X, გამზ. №5, '.repeat(n / 56),
};

/** Best of three: a single millisecond-scale run on a shared machine is mostly scheduler noise. */
function elapsed(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    detectSensitive(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('linear time on adversarial input', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`${name}: 1 MB completes and scales ~linearly from 128 KB`, { timeout: 30_000 }, () => {
      const small = make(128 * 1024);
      const large = make(MB);
      elapsed(small); // warm-up
      const tSmall = Math.max(elapsed(small), 1);
      const tLarge = elapsed(large);
      expect(tLarge).toBeLessThan(20_000);
      // Linear growth gives ~8x; quadratic would give ~64x. Allow lots of noise. Below 100 ms for
      // 1 MB the ratio only measures GC pauses (the small run takes under a millisecond): no
      // super-linear pass is that fast on 1 MB.
      if (tLarge > 100) expect(tLarge / tSmall).toBeLessThan(32);
    });
  }
});
