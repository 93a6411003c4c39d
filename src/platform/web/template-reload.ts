import { watch, type FSWatcher } from 'node:fs';
import type { Environment } from 'nunjucks';

/**
 * In development, templates stay compiled between requests (reading and compiling them on every
 * request made each page several times slower) and are recompiled after a file under `dir` changes.
 * One recursive watcher that does not keep the process alive; any change empties every loader's
 * cache, because a change to a partial or layout affects every template that includes it.
 */
export function reloadTemplatesOnChange(views: Environment, dir: string): FSWatcher {
  const loaders = (views as unknown as { loaders: Array<{ cache: Record<string, unknown> }> }).loaders;
  const watcher = watch(dir, { recursive: true, persistent: false }, () => {
    for (const loader of loaders) loader.cache = {};
  });
  // A watcher error (the folder removed, too many watches) only stops reloading; pages keep working.
  watcher.on('error', () => watcher.close());
  return watcher;
}
