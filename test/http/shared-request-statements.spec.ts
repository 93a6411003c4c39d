import jwt from 'jsonwebtoken';
import pg from 'pg';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { signIn } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// Issue #18: what every signed-in page pays before its own work — the session, the consent, the
// page notices — is one named prepared statement, whatever the page: the session lookup of a page view
// carries the consent and the notices as companions (platform/identity/session-companion.ts). A page
// that reads nothing of its own (the account deletion confirmation) shows exactly that floor.

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
  it('is one named prepared statement: the session with its consent and page notices', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Flo Floor', email: 'flo@example.com' });
    // The first view warms what every page shares (templates, the pool's connections).
    await agent.get('/settings/delete').expect(200);
    const sent = await statementsDuring(() => agent.get('/settings/delete').expect(200));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.name).toMatch(/^identity_live_session_[0-9a-f]{12}$/);
    // Both companions ride along, each under its own column.
    expect(sent[0]!.text).toContain('"companion.consent_latest"');
    expect(sent[0]!.text).toContain('"companion.compliance_notices"');
  });

  it('reads the account’s consent with the session: a decision made in one browser holds in another', async () => {
    const person = { name: 'Cora Companion', email: 'cora@example.com' };
    const first = await signIn(ctx.t.origin, person);
    const page = (await first.get('/settings/delete').expect(200)).text;
    expect(page).toContain('aria-labelledby="consent-banner-heading"');
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    await first.post('/settings/cookies').type('form').send({ _csrf: token, decision: 'reject_all', returnTo: '/settings/delete' }).expect(303);
    // A second browser has no consent cookie: only the ledger, read by the session lookup, knows.
    const second = await signIn(ctx.t.origin, person);
    let shown = '';
    const sent = await statementsDuring(async () => (shown = (await second.get('/settings/delete').expect(200)).text));
    expect(sent).toHaveLength(1);
    expect(shown).not.toContain('aria-labelledby="consent-banner-heading"');
  });

  it('still refuses a revoked session at once (nothing about the session is remembered between requests)', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Rev Oked', email: 'revoked@example.com' });
    await agent.get('/settings/delete').expect(200);
    await ctx.db.query(`update sessions set revoked_at = now() where user_id = (select id from users where email = 'revoked@example.com')`);
    await agent.get('/settings/delete').set('Accept', 'text/html').expect(303);
  });

  it('decodes the session cookie once per request for its CSRF binding, on a page view and on a checked post', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Dee Code', email: 'decode@example.com' });
    const page = (await agent.get('/settings/delete').expect(200)).text;
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    // csrf-csrf asks for the session id to check the posted token and again to check the cookie's.
    const decode = vi.spyOn(jwt, 'decode');
    try {
      await agent.get('/settings/delete').expect(200);
      expect(decode).toHaveBeenCalledTimes(1);
      decode.mockClear();
      await agent.post('/settings/cookies').type('form').send({ _csrf: token, decision: 'reject_all', returnTo: '/settings/delete' }).expect(303);
      expect(decode).toHaveBeenCalledTimes(1);
      decode.mockClear();
      // Still checked: the same post without its token is refused.
      await agent.post('/settings/cookies').type('form').send({ decision: 'reject_all', returnTo: '/settings/delete' }).expect(403);
    } finally {
      decode.mockRestore();
    }
  });
});
