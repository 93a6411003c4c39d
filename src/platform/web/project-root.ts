import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project root — where package.json, views/, static/ and migrations/ live — whether this code
 * runs from src/ (tests) or from dist/src/ (the built app and the Docker image, which keeps
 * package.json next to dist/).
 */
export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);

/** Where the nunjucks templates are: pages, and mail under views/mail/. */
export const VIEWS_DIR = join(PROJECT_ROOT, 'views');

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${start}: cannot find the project root`);
  }
}
