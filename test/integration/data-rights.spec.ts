import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DiscoveryService } from '@nestjs/core';
import { UserDataParticipant, type UserDataContributor } from '../../src/platform/contracts/user-data-participant.js';
import { InterviewDataParticipant } from '../../src/modules/interview/interview-data.participant.js';
import { EncryptedObjectStore } from '../../src/platform/vault/encrypted-object-store.service.js';
import { ObjectNotFoundError } from '../../src/platform/vault/object-storage.js';
import { VaultDataParticipant } from '../../src/platform/vault/vault-data.participant.js';
import { ComplianceJobs } from '../../src/modules/compliance/compliance.jobs.js';
import { DataRightsService } from '../../src/modules/compliance/data-rights.service.js';
import { useTestApp } from '../helpers/test-app.js';
import { startAnalysis, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { JobQueue } from '../../src/platform/queue/job-queue.service.js';
import { ANALYSIS_QUEUE } from '../../src/modules/analysis/analysis.service.js';
import { binary, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';

const ctx = useTestApp();

async function download(agent: Agent): Promise<Record<string, string>> {
  const res = await agent.get('/settings/export').buffer(true).parse(binary).expect(200);
  expect(res.headers['content-type']).toBe('application/zip');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="candor-data-\d{4}-\d{2}-\d{2}\.zip"$/);
  expect(res.headers['cache-control']).toBe('no-store');
  const files = unzipSync(new Uint8Array(res.body as Buffer));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/**
 * Every row anywhere that still mentions the user: any column, any table, found by introspecting the
 * schema (so a table added later is covered without editing this test).
 */
async function rowsMentioning(values: string[]): Promise<string[]> {
  // Our tables, and pg-boss's (jobs keep their data after they finish).
  const columns = await ctx.db.query<{ table_schema: string; table_name: string; column_name: string }>(
    `select table_schema, table_name, column_name from information_schema.columns
      where table_schema in ('public', 'pgboss') and table_name <> 'mikro_orm_migrations'
        and data_type in ('uuid', 'text', 'character varying', 'ARRAY', 'jsonb', 'json')`,
  );
  expect(columns.length).toBeGreaterThan(5);
  expect(columns.some((c) => c.table_schema === 'pgboss' && c.table_name === 'job' && c.column_name === 'data')).toBe(true);
  const hits: string[] = [];
  for (const { table_schema, table_name, column_name } of columns) {
    for (const value of values) {
      const [row] = await ctx.db.query<{ n: number }>(
        `select count(*)::int as n from "${table_schema}"."${table_name}" where "${column_name}"::text ilike '%' || $1 || '%'`,
        [value],
      );
      if (row!.n > 0) hits.push(`${table_schema}.${table_name}.${column_name}`);
    }
  }
  return hits;
}

describe('export (R1)', () => {
  it('downloads one ZIP with the profile, job preferences, sessions and a manifest', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Export Me', email: 'export@example.com' });
    const token = await tokenFor(agent, '/profile');
    await agent
      .post('/profile')
      .type('form')
      .send({ _csrf: token, displayName: 'Export Me', targetRoles: 'Data analyst', locations: 'Busan', workMode: 'remote', seniority: 'junior' })
      .expect(303);

    const files = await download(agent);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'access-history/access-log.json', 'accounts/profile.json', 'accounts/sessions.json', 'advisors/advisor-profile.json', 'advisors/consultations.json', 'analyses/analyses.json', 'consent/consent-history.json', 'data-requests/paused-uses.json', 'data-requests/requests.json', 'documents/documents.json', 'interviews/interviews.json', 'job-alerts/saved-searches.json', 'jobs/applications.json', 'jobs/company-membership.json', 'jobs/messages.json', 'jobs/saved-jobs.json', 'jobs/sharing.json', 'mail/messages.json', 'manifest.json', 'privacy/breach-notices.json', 'privacy/marketing-choices.json', 'privacy/messages-to-privacy-officer.json', 'privacy/policy-versions.json', 'support-tickets/tickets.json']);
    const profile = JSON.parse(files['accounts/profile.json']!);
    expect(profile).toMatchObject({
      email: 'export@example.com',
      displayName: 'Export Me',
      jobPreferences: { targetRoles: ['Data analyst'], locations: ['Busan'], workMode: 'remote', seniority: 'junior' },
    });
    expect(JSON.parse(files['accounts/sessions.json']!)).toHaveLength(1);
    const manifest = JSON.parse(files['manifest.json']!);
    expect(manifest.areas).toContain('accounts');
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain('accounts/profile.json');
  });

  it('contains only the requesting user’s data', async () => {
    await signIn(ctx.t.origin, { name: 'Someone Else', email: 'someone-else@example.com' });
    const agent = await signIn(ctx.t.origin, { name: 'Only Me', email: 'only-me@example.com' });
    const files = await download(agent);
    expect(Object.values(files).join('\n')).not.toContain('someone-else@example.com');
  });

  it('discovers every module that stores user data', () => {
    expect(ctx.t.app.get(DataRightsService).areas).toContain('accounts');
  });

  it('explains every participant’s folder in the README, from the participants’ own declarations', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Read Me', email: 'read-me@example.com' });
    const readme = (await download(agent))['README.txt']!;
    const declared = ctx.t.app
      .get(DiscoveryService)
      .getProviders({ metadataKey: UserDataParticipant.KEY })
      .map((wrapper) => (wrapper.instance as UserDataContributor).exportFolder)
      .filter((folder) => folder !== null);
    expect(declared.map((f) => f.name).sort()).toEqual(['access-history', 'accounts', 'advisors', 'analyses', 'billing', 'consent', 'data-requests', 'documents', 'interviews', 'job-alerts', 'jobs', 'mail', 'privacy', 'support-tickets']);
    for (const folder of declared) {
      expect(readme).toMatch(new RegExp(`^  ${folder.name}/ +${folder.description.replace(/[().]/g, '\\$&')}$`, 'm'));
    }
  });

  it('has interviews delete their own recordings, and the vault every other object of the person', async () => {
    await signIn(ctx.t.origin, { name: 'Objects', email: 'objects@example.com' });
    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'objects@example.com'`);
    const userId = user!.id;
    const store = ctx.t.app.get(EncryptedObjectStore);
    const recording = `users/${userId}/interview-audio/kept.wav`;
    const original = `users/${userId}/documents/cv.txt`;
    await store.putObject(userId, recording, Buffer.from('audio'));
    await store.putObject(userId, original, Buffer.from('resume'));

    await ctx.t.app.get(InterviewDataParticipant).afterErase(userId);
    await expect(store.getObject(userId, recording)).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect((await store.getObject(userId, original)).toString()).toBe('resume');

    await ctx.t.app.get(VaultDataParticipant).afterErase(userId);
    await expect(store.getObject(userId, original)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('erases every module’s rows before the vault destroys the key, and the user row last', () => {
    const areas = ctx.t.app.get(DataRightsService).areas;
    expect(areas.slice(-2)).toEqual(['vault', 'accounts']);
    expect(areas).toEqual(expect.arrayContaining(['documents', 'analyses', 'interviews']));
  });
});

describe('account deletion (R2)', () => {
  it('asks for confirmation and does nothing without it', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Careful', email: 'careful@example.com' });
    const page = await agent.get('/settings/delete').expect(200);
    expect(page.text).toContain('careful@example.com');
    const token = await tokenFor(agent, '/settings/delete');
    const res = await agent.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'wrong@example.com' }).expect(422);
    expect(res.text).toContain('Type your email address exactly as shown');
    await agent.get('/dashboard').expect(200);
  });

  it('signs out at once and leaves no row referencing the user in any table', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Delete Me', email: 'delete-me@example.com' });
    const other = await signIn(ctx.t.origin, { name: 'Bystander', email: 'bystander@example.com' });
    // A second session of the same person, e.g. on a phone.
    const phone = await signIn(ctx.t.origin, { name: 'Delete Me', email: 'delete-me@example.com' });
    const [user] = await ctx.db.query<{ id: string; provider_subject: string }>(`select id, provider_subject from users where email = 'delete-me@example.com'`);
    // Data requests: a closed one is erased; an open deletion request stays for support, without the person.
    const requestToken = await tokenFor(agent, '/settings/requests');
    await agent.post('/settings/requests').type('form').send({ _csrf: requestToken, type: 'access', details: 'Write to delete-me@example.com' }).expect(303);
    await agent.post('/settings/requests').type('form').send({ _csrf: requestToken, type: 'deletion', details: 'I am delete-me@example.com' }).expect(303);
    // A support ticket (its subject and messages encrypted under the person's key) goes with the account.
    await agent.post('/settings/support').type('form').send({ _csrf: await tokenFor(agent, '/settings/support'), subject: 'Help', message: 'Write to delete-me@example.com' }).expect(303);
    expect(await rowsMentioning([user!.id])).not.toHaveLength(0);

    const token = await tokenFor(agent, '/settings/delete');
    const res = await agent.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'Delete-Me@example.com ' }).expect(303);
    expect(res.headers.location).toBe('/');
    expect(([] as string[]).concat(res.headers['set-cookie'] ?? []).some((c) => /^candor_session=;/.test(c))).toBe(true);

    // Both sessions are dead on the server.
    await agent.get('/dashboard').set('Accept', 'text/html').expect(303);
    await phone.get('/dashboard').set('Accept', 'text/html').expect(303);
    // Nothing anywhere still names the user, by id, email or provider subject.
    expect(await rowsMentioning([user!.id, 'delete-me@example.com', user!.provider_subject])).toEqual([]);
    // Other people are untouched.
    await other.get('/dashboard').expect(200);
  });

  it('removes the queue’s job rows for the person’s work, finished or still queued', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Queued Work', email: 'queued-work@example.com' });
    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'queued-work@example.com'`);
    const analysisId = await startAnalysis(agent, await uploadFixture(agent, 'sofia-garcia.plain.txt'));
    await waitForAnalysis(agent, analysisId);
    // One more job for the same work, queued just before the erasure (whatever state it reaches by then).
    await ctx.t.app.get(JobQueue).send(ANALYSIS_QUEUE, { analysisId }, { ownerId: user!.id });
    const jobs = await ctx.db.query<{ state: string }>(`select state from pgboss.job where data->>'analysisId' = $1`, [analysisId]);
    expect(jobs.length).toBe(2);
    expect(jobs.map((j) => j.state)).toContain('completed');
    expect(await rowsMentioning([analysisId])).toEqual(expect.arrayContaining([expect.stringMatching(/^pgboss\.job/)]));

    const token = await tokenFor(agent, '/settings/delete');
    await agent.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'queued-work@example.com' }).expect(303);
    expect(await rowsMentioning([user!.id, analysisId, 'queued-work@example.com'])).toEqual([]);
  });

  it('keeps only a salted identity hash, destroyed after six months by a scheduled job', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Hash Me', email: 'hash-me@example.com' });
    const [user] = await ctx.db.query<{ provider: string; provider_subject: string }>(`select provider, provider_subject from users where email = 'hash-me@example.com'`);
    const token = await tokenFor(agent, '/settings/delete');
    await agent.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'hash-me@example.com' }).expect(303);

    const expected = ctx.t.app.get(DataRightsService).identityHash(user!.provider, user!.provider_subject);
    const [record] = await ctx.db.query<{ identity_hash: string; destroy_after: Date; erased_at: Date }>(
      `select * from erased_accounts where identity_hash = $1`,
      [expected],
    );
    expect(record).toBeTruthy();
    expect(record!.identity_hash).not.toContain(user!.provider_subject);
    const days = (record!.destroy_after.getTime() - record!.erased_at.getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(180);
    expect(days).toBeLessThanOrEqual(184);

    const jobs = ctx.t.app.get(ComplianceJobs);
    await jobs.destroyExpiredErasureRecords(new Date(Date.now() + 170 * 86_400_000));
    expect(await ctx.db.query(`select 1 from erased_accounts where identity_hash = $1`, [expected])).toHaveLength(1);
    await jobs.destroyExpiredErasureRecords(new Date(Date.now() + 190 * 86_400_000));
    expect(await ctx.db.query(`select 1 from erased_accounts where identity_hash = $1`, [expected])).toHaveLength(0);
  });
});
