// Writes a held-back labelled set for the sensitive-data detector (documents.json, korean-numbers.json)
// and freezes it: manifest.json holds the SHA-256 of every JSON file of the set, and the spec that
// guards the set pins the manifest's own digest. Shared by the pii held-back builders since
// scripts/build-pii-heldback-w10.mjs; finishHeldBackSet is the end the w19 and later builders share.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { koreanVectorWriter, writeKoreanNumberVectors } from './korean-number-vectors.mjs';
import { LabelledText } from './labelled-text.mjs';
import { pad } from './pii-values.mjs';

/** Throws unless every gold span is non-empty and inside its text, no two gold spans overlap and no decoy overlaps a gold span. */
function checkSpans(cases) {
  for (const c of cases) {
    const spans = [...c.entities].sort((a, b) => a.start - b.start);
    spans.forEach((s, k) => {
      if (!(s.start < s.end && s.end <= c.text.length) || (k > 0 && spans[k - 1].end > s.start)) throw new Error(`bad span in ${c.id}`);
    });
    for (const d of c.impossibleResidentNumbers ?? []) {
      if (!(d.start < d.end && d.end <= c.text.length) || spans.some((s) => s.start < d.end && d.start < s.end)) throw new Error(`bad decoy in ${c.id}`);
    }
  }
}

/**
 * Writes the set into `dir` (a file URL ending in '/') and returns a one-line summary of what it holds.
 * With `check` it writes nothing and throws unless every file on disk is byte for byte what the builder
 * makes (a builder's `--check`).
 */
export function writeHeldBackSet(dir, { description, seed, frozenOn, generator, cases, vectors, check = false }) {
  checkSpans([...cases, ...vectors]);
  const json = (value) => JSON.stringify(value, null, 1) + '\n';
  const made = {
    'documents.json': json({ description, seed, cases }),
    'korean-numbers.json': json({ description: `${description} Korean registration-number vectors, one per sentence.`, seed, cases: vectors }),
  };
  if (check) {
    const files = Object.fromEntries(Object.entries(made).map(([name, text]) => [name, createHash('sha256').update(text).digest('hex')]));
    made['manifest.json'] = json({ frozenOn, generator, seed, files });
    const stale = Object.keys(made).filter((name) => readFileSync(new URL(name, dir), 'utf8') !== made[name]);
    if (stale.length) throw new Error(`${stale.join(', ')} in ${dir.pathname} not what ${generator} builds`);
  } else {
    mkdirSync(dir, { recursive: true });
    for (const name of Object.keys(made)) writeFileSync(new URL(name, dir), made[name]);
    const files = {};
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'manifest.json').sort()) {
      files[name] = createHash('sha256').update(readFileSync(join(dir.pathname, name))).digest('hex');
    }
    writeFileSync(new URL('manifest.json', dir), json({ frozenOn, generator, seed, files }));
  }
  const counts = {};
  for (const c of cases) for (const e of c.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const decoys = cases.reduce((n, c) => n + (c.impossibleResidentNumbers?.length ?? 0), 0);
  return `${cases.length} documents, ${vectors.length} Korean number vectors, ${JSON.stringify(counts)}, decoys: ${decoys}`;
}

/**
 * The common end of the w19 and later builders: writes the fourteen categories of Korean number vectors
 * (idPrefix `w<wave>-kr-`, in the builder's own `frames`, with its `makers` bound to the same seeded
 * `stream`), then writes the set into `dir` — or, when the command line has `--check`, only checks that
 * the files on disk are byte for byte what the builder makes — and prints the summary.
 */
export function finishHeldBackSet({ wave, dir, seed, frozenOn, cases, frames, stream, makers }) {
  const { int, pick, chance, digits } = stream;
  const { vector, vectors } = koreanVectorWriter({ pick, frames, idPrefix: `w${wave}-kr-` });
  writeKoreanNumberVectors(vector, { int, pick, chance, digits }, makers);
  const generator = `scripts/build-pii-heldback-w${wave}.mjs`;
  const description =
    `Held-back labelled set for the Candor sensitive-data detector, wave ${wave} (${generator}, fixed seed). ` +
    'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
  const check = process.argv.includes('--check');
  const summary = writeHeldBackSet(dir, { description, seed, frozenOn, generator, cases, vectors, check });
  console.log(check ? `up to date: ${summary}` : summary);
}

/**
 * The documents of a set in the w23 and later builders' order: `perLocale` rounds over `locales`, then
 * `koreanCount` Korean documents; each document's kind is drawn from `kinds` (`koreanKinds` for Korean).
 * A non-Korean document gets the writer `writer(locale)` and a person `people[locale]()`, and one time in
 * ten a closing line `decoyCue + decoy()` whose number is an impossible Korean registration number.
 */
export function labelledDocuments({ wave, pick, chance, locales, perLocale, koreanCount, kinds, koreanKinds, writer, people, decoyCues, decoy }) {
  const cases = [];
  const order = [...Array.from({ length: perLocale }, () => locales).flat(), ...Array(koreanCount).fill('ko')];
  for (const locale of order) {
    const doc = new LabelledText();
    const korean = locale === 'ko';
    const kind = pick(Object.keys(korean ? koreanKinds : kinds));
    if (korean) koreanKinds[kind](doc, people.ko());
    else {
      kinds[kind](doc, writer(locale), people[locale]());
      if (chance(0.1)) doc.add(`${pick(decoyCues)}`).decoy(decoy()).add('\n');
    }
    cases.push(doc.asCase(`w${wave}-${pad(cases.length, 4)}`, `${kind}/${locale}`));
  }
  return cases;
}
