// Preload for scripts/page-work.mjs only (never in a running app): counts the statements the process
// sends through every copy of pg — the top one and the ORM's own, nested under @mikro-orm/postgresql —
// grouped by their text with literals blanked. pg-boss's polling runs on a timer, not for a page: left out.
import { createRequire } from 'node:module';

const copies = new Set([createRequire(import.meta.url)('pg'), createRequire(import.meta.resolve('@mikro-orm/postgresql'))('pg')]);
globalThis.__pageWork = { count: 0, texts: new Map(), record: false };
for (const pg of copies) {
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    const config = args[0];
    const text = typeof config === 'string' ? config : (config?.text ?? '');
    if (!/pgboss/i.test(text) && globalThis.__pageWork.record) {
      globalThis.__pageWork.count++;
      const key = `${config?.name ? `[${config.name}] ` : ''}${text.replace(/'[^']*'/g, '?').replace(/\b\d+\b/g, 'N').replace(/\s+/g, ' ').slice(0, 160)}`;
      globalThis.__pageWork.texts.set(key, (globalThis.__pageWork.texts.get(key) ?? 0) + 1);
    }
    return original.apply(this, args);
  };
}
