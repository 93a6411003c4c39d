// A seeded pseudo-random source for fixture generators: mulberry32 (tiny, seedable, good enough
// for picking templates and digits), with the helpers every generator needs.
export function seededRandom(seed) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  return {
    random,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    chance: (p) => random() < p,
    digits: (n) => Array.from({ length: n }, () => int(0, 9)).join(''),
  };
}
