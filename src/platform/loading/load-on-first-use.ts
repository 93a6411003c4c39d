import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const requireModule = createRequire(import.meta.url);

/**
 * A package that only some requests need, loaded the first time one does instead of at start-up
 * (issue #18: importing the app's modules is most of a warm start to /readyz). Synchronous, for
 * callers whose API is: Node loads the ES module with `require` (the same instance an `import` gets,
 * since Node shares one module cache between them), so the caller keeps its signature and pays the
 * package's load once, on its first call. `url` is what `import.meta.resolve` gave the caller, so
 * the package resolves from the caller's place, with `import` conditions, as its static import did.
 * Asynchronous callers need none of this: `await import(…)` where the package is used.
 */
export function loadOnFirstUse<T>(url: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireModule(fileURLToPath(url)) as T);
}
