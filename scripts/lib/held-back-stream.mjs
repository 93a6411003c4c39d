// The seeded stream of a held-back sensitive-data set builder with every value maker bound to it, first
// used by scripts/build-pii-heldback-w19.mjs (the older builders bind their own, their sets being
// frozen). Binding draws nothing, so a builder's output is the same as when it bound the makers itself.
import { koreanRegistrationLayout } from './held-back-text.mjs';
import { shuffled } from './labelled-text.mjs';
import { nationalIdMakers, piiValueMakers, UPPER } from './pii-values.mjs';
import { seededRandom } from './seeded-random.mjs';

/**
 * `seededRandom(seed)` plus `letter`, `nz` (n digits, the first not 0), `shuffle`, the makers of
 * `piiValueMakers` and `nationalIdMakers`, and `krWritten` (a Korean registration number as people type it).
 */
export function heldBackStream(seed) {
  const { random, int, pick, chance, digits } = seededRandom(seed);
  const letter = (from = UPPER) => from[int(0, from.length - 1)];
  const bound = { int, pick, chance, digits, letter };
  return {
    random,
    ...bound,
    nz: (n) => String(int(1, 9)) + digits(n - 1),
    shuffle: (items) => shuffled(items, int),
    ...piiValueMakers(bound),
    ...nationalIdMakers(bound),
    krWritten: koreanRegistrationLayout(pick),
  };
}
