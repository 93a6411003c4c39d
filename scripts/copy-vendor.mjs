// Copies browser assets from node_modules (versions pinned by the lockfile) into static/vendor.
// No CDN: the app serves its own copy.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const assets = [['node_modules/htmx.org/dist/htmx.min.js', 'static/vendor/htmx.min.js']];
for (const [from, to] of assets) {
  mkdirSync(dirname(join(root, to)), { recursive: true });
  copyFileSync(join(root, from), join(root, to));
}
