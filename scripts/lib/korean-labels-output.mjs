// The shared end of the Korean data builders (build-skill-labels-ko.mjs, build-occupation-labels-ko.mjs,
// build-korean-skill-terms.mjs): every name a page can show often must have a label, then the data is
// written as JSON, or, with --check, compared with the committed file (CI-style: nothing to rebuild by hand).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Names a page shows, by where they come from: `show(source, name)` records one. */
export function shownNames() {
  const shown = new Map();
  const show = (source, name) => (shown.get(source) ?? shown.set(source, new Set()).get(source)).add(name);
  return { shown, show };
}

/**
 * Fails (exit 1) on any earlier problem or any shown name without a label; otherwise writes `out`, or
 * checks it with --check. `what` names the labels in messages ("Korean title"), `plural` in the summary.
 */
export function finishLabels({ root, out, source, generatedBy, note, labels, shown, problems, what, plural, extra = () => '' }) {
  for (const [from, names] of shown) {
    const missing = [...names].filter((name) => !labels.has(name));
    if (missing.length) problems.push(`${from}: no ${what} for ${missing.map((n) => `"${n}"`).join(', ')}`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const sorted = [...labels.entries()].sort(([a], [b]) => a.localeCompare(b, 'en'));
  const json = `${JSON.stringify({ generatedBy, note, labels: sorted })}\n`;
  const summary = [...shown].map(([from, names]) => `${from} ${names.size}`).join(', ');
  writeOrCheck({ root, out, json, source, generatedBy,
    checked: `${sorted.length} ${plural.split(' ').at(-1)} (covers ${summary})`,
    written: `${sorted.length} Korean ${plural}${extra(sorted)}; covers ${summary}` });
}

/**
 * Writes a generated data file, or, with --check, fails (exit 1) when the committed file is not what the
 * script builds. `checked` and `written` are the summaries printed after each.
 */
export function writeOrCheck({ root, out, json, source, generatedBy, checked, written }) {
  const file = relative(root, out);
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== json) {
      console.error(`${file} is not what ${source} builds: run ${generatedBy}`);
      process.exit(1);
    }
    console.log(`${file.split('/').at(-1)} is up to date: ${checked}`);
  } else {
    writeFileSync(out, json);
    console.log(written);
  }
}
