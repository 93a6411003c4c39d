import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from 'nunjucks';

/** Stops a reloader's watching. */
export interface TemplateReloader {
  close(): void;
}

/**
 * In development, templates stay compiled between requests (reading and compiling them on every
 * request made each page several times slower) and are recompiled after a file under `dir` changes.
 * Any change empties every loader's cache, because a change to a partial or layout affects every
 * template that includes it, and calls `onChange` (what was drawn with the old templates goes too). Watchers do not keep the process alive.
 *
 * One watcher per folder, not `fs.watch(dir, { recursive: true })`: on Linux Node emulates a
 * recursive watch by walking the tree and watching every file, ≈ 90 ms of CPU for `views/` (223
 * files) per environment, three environments at every start (issue #18, warm start). A folder's
 * watcher already reports changes to the files in it; a folder created later is watched when it appears.
 */
export function reloadTemplatesOnChange(views: Environment, dir: string, onChange?: () => void): TemplateReloader {
  const loaders = (views as unknown as { loaders: Array<{ cache: Record<string, unknown> }> }).loaders;
  const watchers = new Map<string, FSWatcher>();
  const forget = (): void => {
    for (const loader of loaders) loader.cache = {};
    onChange?.();
  };
  const watchFolder = (folder: string): void => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, { persistent: false }, (_event, name) => {
        forget();
        if (name) watchIfFolder(join(folder, name));
      });
    } catch {
      return; // removed meanwhile, or out of watches: only reloading stops, pages keep working
    }
    // A watcher error (the folder removed, too many watches) only stops reloading there.
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(folder);
    });
    watchers.set(folder, watcher);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) watchFolder(join(folder, entry.name));
    }
  };
  const watchIfFolder = (path: string): void => {
    try {
      if (statSync(path).isDirectory()) watchFolder(path);
    } catch {
      // a file removed or renamed away: nothing to watch
    }
  };
  watchFolder(dir);
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
