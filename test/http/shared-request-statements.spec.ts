import pg from 'pg';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { signIn } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// Issue #18: what every signed-in page pays before its own work — the session, the consent, the
// page notices — is three named prepared statements, whatever the page. A page that reads nothing of
// its own (the account deletion confirmation) shows exactly that floor.

const ctx = useTestApp();

interface Sent {
  text: string;
  name: string | undefined;
}

/** Both copies of pg: the one the ORM's pool uses (nested under @mikro-orm/postgresql) and the top one. */
function pgCopies(): Array<typeof pg> {
  const ormRequire = createRequire(import.meta.resolve('@mikro-orm/postgresql'));
  return [...new Set([pg, ormRequire('pg') as typeof pg])];
}

/** The statements this process sends while `work` runs (the real database; the queue's polling left out). */
async function statementsDuring(work: () => Promise<unknown>): Promise<Sent[]> {
  const sent: Sent[] = [];
  const restore: Array<() => void> = [];
  for (const copy of pgCopies()) {
    const original = copy.Client.prototype.query;
    copy.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as string | { text?: string; name?: string };
      const text = typeof config === 'string' ? config : (config?.text ?? '');
      if (!/pgboss/i.test(text)) sent.push({ text, name: typeof config === 'string' ? undefined : config?.name });
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    restore.push(() => (copy.Client.prototype.query = original));
  }
  try {
    await work();
  } finally {
    for (const undo of restore) undo();
  }
  return sent;
}

describe('the shared part of every signed-in page', () => {
  it('is three named prepared statements: session, consent, page notices', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Flo Floor', email: 'flo@example.com' });
    // The first view warms what every page shares (templates, the pool's connections).
    await agent.get('/settings/delete').expect(200);
    const sent = await statementsDuring(() => agent.get('/settings/delete').expect(200));
    expect(sent.map((s) => s.name).sort()).toEqual(['compliance_page_notices', 'consent_latest_for_account', 'identity_live_session']);
  });

  it('still refuses a revoked session at once (nothing about the session is remembered between requests)', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Rev Oked', email: 'revoked@example.com' });
    await agent.get('/settings/delete').expect(200);
    await ctx.db.query(`update sessions set revoked_at = now() where user_id = (select id from users where email = 'revoked@example.com')`);
    await agent.get('/settings/delete').set('Accept', 'text/html').expect(303);
  });
});
