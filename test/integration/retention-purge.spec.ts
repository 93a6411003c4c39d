import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { RetentionJobs } from '../../src/modules/compliance/retention/retention.jobs.js';
import { RetentionService } from '../../src/modules/compliance/retention/retention.service.js';
import { EncryptedObjectStore } from '../../src/platform/vault/encrypted-object-store.service.js';
import { OBJECT_STORAGE, type ObjectStorage } from '../../src/platform/vault/object-storage.js';
import { signIn } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// The bulk purge of promise R4: set-based batches that delete the expired people's documents with their
// analyses and profiles, and the encrypted originals through the vault; nobody else's; recorded as a
// scheduled run; safe to run twice at once and to resume after a failure half-way.
const ctx = useTestApp();
const DAY = 86_400_000;
const ids: Record<string, string> = {};
const keys: Record<string, string[]> = {};

/** One résumé (with its profile and two analyses) and one cover letter, with their originals stored through the vault. */
async function giveResumeData(userId: string): Promise<void> {
  const store = ctx.t.app.get(EncryptedObjectStore);
  keys[userId] = [];
  for (const category of ['resume', 'cover_letter'] as const) {
    const id = randomUUID();
    const storageKey = `users/${userId}/documents/${id}`;
    await store.putObject(userId, storageKey, Buffer.from(`${category} of ${userId}`));
    keys[userId].push(storageKey);
    await ctx.db.query(
      `insert into documents (id, owner_id, category, kind, file_name_ciphertext, media_type, size_bytes, storage_key, text_ciphertext, created_at, updated_at)
       values ($1, $2, $3, 'txt', '\\x01', 'text/plain', 10, $4, '\\x01', now(), now())`,
      [id, userId, category, storageKey],
    );
    if (category === 'resume') {
      await ctx.db.query(`insert into resume_profiles (document_id, owner_id, resume_ciphertext, updated_at) values ($1, $2, '\\x01', now())`, [id, userId]);
      for (let i = 0; i < 2; i++) {
        await ctx.db.query(`insert into analyses (id, owner_id, document_id, status, created_at) values (gen_random_uuid(), $1, $2, 'done', now())`, [userId, id]);
      }
    }
  }
}

/** Inactive since `daysAgo`, and (unless `warned` is false) warned 3 days before for this stretch of inactivity, 4 days ago. */
async function inactiveSince(userId: string, daysAgo: number, warned = true): Promise<void> {
  const lastActive = new Date(Date.now() - daysAgo * DAY);
  await ctx.db.query(`update users set last_active_at = $1 where id = $2`, [lastActive, userId]);
  if (warned) {
    await ctx.db.query(`insert into retention_warnings (user_id, for_activity_at, warned14_at, warned3_at) values ($1, $2, $3, $4)
       on conflict (user_id) do update set for_activity_at = excluded.for_activity_at, warned14_at = excluded.warned14_at, warned3_at = excluded.warned3_at`, [
      userId,
      lastActive,
      new Date(Date.now() - 15 * DAY),
      new Date(Date.now() - 4 * DAY),
    ]);
  }
}

const rowsOf = async (userId: string) => {
  const [row] = await ctx.db.query<{ documents: number; profiles: number; analyses: number }>(
    `select (select count(*)::int from documents where owner_id = $1) as documents,
            (select count(*)::int from resume_profiles where owner_id = $1) as profiles,
            (select count(*)::int from analyses where owner_id = $1) as analyses`,
    [userId],
  );
  return row!;
};
const storedObjects = async (userId: string) => {
  const storage = ctx.t.app.get<ObjectStorage>(OBJECT_STORAGE);
  return (await Promise.all(keys[userId]!.map((key) => storage.exists(key)))).filter(Boolean).length;
};

beforeAll(async () => {
  // Expired and warned: purged. Active: kept. Expired but never given the last warning: kept (nobody loses data unwarned).
  for (const name of ['expired-a', 'expired-b', 'expired-c', 'active', 'unwarned']) {
    await signIn(ctx.t.origin, { name, email: `${name}@example.com` });
    const [{ id }] = await ctx.db.query<{ id: string }>(`select id from users where email = $1`, [`${name}@example.com`]);
    ids[name] = id;
    await giveResumeData(id);
  }
  await inactiveSince(ids['expired-a']!, 100);
  await inactiveSince(ids['expired-b']!, 95);
  await inactiveSince(ids['expired-c']!, 120);
  await inactiveSince(ids['unwarned']!, 100, false);
});

describe('the bulk retention purge (R4 at scale)', () => {
  it('rolls a failed batch back whole and finishes it on the next run', async () => {
    const storage = ctx.t.app.get<ObjectStorage>(OBJECT_STORAGE);
    const realDeleteMany = storage.deleteMany.bind(storage);
    const failing = vi.spyOn(storage, 'deleteMany').mockImplementation(async (keys) => {
      // The object store goes away after two deletions, as in a crash half-way through a batch.
      await realDeleteMany(keys.slice(0, 2));
      throw new Error('object store unavailable');
    });
    await expect(ctx.t.app.get(RetentionService).run()).rejects.toThrow('object store unavailable');
    failing.mockRestore();
    // The batch's rows are all still there: nothing half-deleted, nothing forgotten.
    for (const name of ['expired-a', 'expired-b', 'expired-c']) expect(await rowsOf(ids[name]!)).toEqual({ documents: 2, profiles: 1, analyses: 2 });
  });

  it('deletes the expired people’s résumé data and originals when two runs race, each batch once', async () => {
    const service = ctx.t.app.get(RetentionService);
    const [first, second] = await Promise.all([service.run(), service.run()]);
    expect(first.purgedPeople + second.purgedPeople).toBe(3);
    expect(first.purgedDocuments + second.purgedDocuments).toBe(6);
    for (const name of ['expired-a', 'expired-b', 'expired-c']) {
      expect(await rowsOf(ids[name]!)).toEqual({ documents: 0, profiles: 0, analyses: 0 });
      expect(await storedObjects(ids[name]!)).toBe(0);
      // The account itself stays; only the résumé data goes.
      expect(await ctx.db.query(`select 1 from users where id = $1`, [ids[name]])).toHaveLength(1);
    }
    for (const name of ['active', 'unwarned']) {
      expect(await rowsOf(ids[name]!)).toEqual({ documents: 2, profiles: 1, analyses: 2 });
      expect(await storedObjects(ids[name]!)).toBe(2);
    }
  });

  it('finds nothing more to do on a second run', async () => {
    expect(await ctx.t.app.get(RetentionService).run()).toEqual({ warned14: 0, warned3: 0, purgedPeople: 0, purgedDocuments: 0 });
  });

  it('walks past whole batches of warned accounts with nothing left to delete to the expired ones after them', async () => {
    // 1,200 accounts warned and purged on earlier days (no documents left), whose ids sort first:
    // more than a batch, so the first batch finds nobody to delete and the walk must go on.
    await ctx.db.query(
      `with gone as (
         insert into users (id, provider, provider_subject, email, display_name, created_at, updated_at, last_active_at)
         select ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'dev', 'purged-' || g, 'purged-' || g || '@example.com', 'Purged', now(), now(), now() - interval '200 days'
           from generate_series(1, 1200) g
         returning id, last_active_at)
       insert into retention_warnings (user_id, for_activity_at, warned14_at, warned3_at)
       select id, last_active_at, now() - interval '120 days', now() - interval '110 days' from gone`,
    );
    // Expired people after them, up to the very end of the id space.
    const later = ['7fffffff-ffff-4fff-bfff-ffffffffffff', '80000000-0000-4000-8000-000000000000', 'ffffffff-ffff-4fff-bfff-ffffffffffff'];
    for (const [i, id] of later.entries()) {
      await ctx.db.query(`insert into users (id, provider, provider_subject, email, display_name, created_at, updated_at) values ($1, 'dev', $2, $3, 'Later', now(), now())`, [id, `later-${i}`, `later-${i}@example.com`]);
      await giveResumeData(id);
      await inactiveSince(id, 100);
    }

    expect(await ctx.t.app.get(RetentionService).run()).toMatchObject({ purgedPeople: 3, purgedDocuments: 6 });
    for (const id of later) {
      expect(await rowsOf(id)).toEqual({ documents: 0, profiles: 0, analyses: 0 });
      expect(await storedObjects(id)).toBe(0);
    }
    expect(await rowsOf(ids['active']!)).toEqual({ documents: 2, profiles: 1, analyses: 2 });
  });

  it('rolls the batch back when deleting the rows fails while the originals are going, and finishes on the next run', async () => {
    // The originals are deleted while PostgreSQL deletes the rows: a failing statement must still
    // roll the batch back whole, and the next run delete the rows whose originals are already gone.
    await signIn(ctx.t.origin, { name: 'statement-fails', email: 'statement-fails@example.com' });
    const [{ id }] = await ctx.db.query<{ id: string }>(`select id from users where email = $1`, ['statement-fails@example.com']);
    await giveResumeData(id);
    await inactiveSince(id, 100);
    await ctx.db.query(`create function refuse_document_deletion() returns trigger language plpgsql as $$ begin raise exception 'documents are read-only'; end $$`);
    await ctx.db.query(`create trigger refuse_document_deletion before delete on documents for each row execute function refuse_document_deletion()`);
    try {
      await expect(ctx.t.app.get(RetentionService).run()).rejects.toThrow('documents are read-only');
    } finally {
      await ctx.db.query(`drop trigger refuse_document_deletion on documents`);
      await ctx.db.query(`drop function refuse_document_deletion()`);
    }
    expect(await rowsOf(id)).toEqual({ documents: 2, profiles: 1, analyses: 2 });

    expect(await ctx.t.app.get(RetentionService).run()).toMatchObject({ purgedPeople: 1, purgedDocuments: 2 });
    expect(await rowsOf(id)).toEqual({ documents: 0, profiles: 0, analyses: 0 });
    expect(await storedObjects(id)).toBe(0);
    expect(await rowsOf(ids['active']!)).toEqual({ documents: 2, profiles: 1, analyses: 2 });
  });

  it('runs once per day across instances and records the run for the admins', async () => {
    const jobs = ctx.t.app.get(RetentionJobs);
    await inactiveSince(ids['unwarned']!, 100);
    expect(await Promise.all([jobs.applyRetention(), jobs.applyRetention()])).toEqual(expect.arrayContaining(['ran', 'skipped']));
    expect(await rowsOf(ids['unwarned']!)).toEqual({ documents: 0, profiles: 0, analyses: 0 });
    const runs = await ctx.db.query<{ outcome: string; finished_at: Date | null }>(`select outcome, finished_at from scheduled_job_runs where job_name = 'compliance.retention'`);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ outcome: 'ok', finished_at: expect.any(Date) });
    expect(await rowsOf(ids['active']!)).toEqual({ documents: 2, profiles: 1, analyses: 2 });
  });
});
