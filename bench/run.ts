// `npm run bench`: runs every bench/*.bench.js in the build output and prints its figures.
// Each bench module default-exports an async function that prints its own results.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => !only || f.startsWith(only))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(`${here}/${file}`).href)) as { default: () => Promise<void> };
  console.log(`\n=== ${file.replace(/\.bench\.js$/, '')} ===`);
  await mod.default();
}
