import { EntityManager } from '@mikro-orm/postgresql';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MailDelivery, Mailer, MailJobs } from '../../../src/platform/mail/index.js';
import { binary, signIn, tokenFor } from '../../helpers/sign-in.js';
import { useTestApp } from '../../helpers/test-app.js';

// No SMTP_URL: the local transport, where the outbox rows are the mailbox.
const ctx = useTestApp();

const mailer = (): Mailer => ctx.t.app.get(Mailer);
const message = { template: 'account-deleted', kind: 'transactional' } as const;

async function outbox(where = 'true', params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return ctx.db.query(`select * from mail_outbox where ${where} order by created_at`, params);
}

describe('the outbox', () => {
  it('writes the message inside the caller’s transaction: it exists exactly when the change commits', async () => {
    const em = ctx.t.app.get(EntityManager).fork();
    await expect(
      em.transactional(async (tx) => {
        await mailer().send({ ...message, to: 'rolled-back@example.com' }, tx);
        expect(await outbox(`recipient = 'rolled-back@example.com'`)).toHaveLength(0); // not visible before commit
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await outbox(`recipient = 'rolled-back@example.com'`)).toHaveLength(0);

    await em.transactional(async (tx) => {
      await mailer().send({ ...message, to: 'committed@example.com', locale: 'ko' }, tx);
    });
    const [row] = await outbox(`recipient = 'committed@example.com'`);
    expect(row).toMatchObject({ status: 'pending', attempts: 0, locale: 'ko', template: 'account-deleted', subject: 'Candor 계정이 삭제되었습니다' });
  });

  it('“delivers” into the local mailbox without any server', async () => {
    const id = await mailer().send({ ...message, to: 'local@example.com' });
    await ctx.t.app.get(MailDelivery).deliverDue();
    const [row] = await outbox('id = $1', [id]);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, recipient: 'local@example.com' });
  });

  it('purges sent and failed messages after the retention period, and never pending ones', async () => {
    await ctx.db.query('delete from mail_outbox');
    const sent = await mailer().send({ ...message, to: 'old-sent@example.com' });
    await ctx.t.app.get(MailDelivery).deliverDue();
    const pending = await mailer().send({ ...message, to: 'still-pending@example.com' });
    const failed = await mailer().send({ ...message, to: 'old-failed@example.com' });
    await ctx.db.query(`update mail_outbox set status = 'failed', failed_at = now() where id = $1`, [failed]);
    const jobs = ctx.t.app.get(MailJobs);

    await jobs.purgeSettled(new Date(Date.now() + 29 * 86_400_000));
    expect((await outbox()).map((r) => r.id)).toEqual(expect.arrayContaining([sent, pending, failed]));

    await jobs.purgeSettled(new Date(Date.now() + 31 * 86_400_000));
    expect((await outbox()).map((r) => r.id)).toEqual([pending]);
  });
});

describe('data rights (R1, R2)', () => {
  it('exports the messages sent to the person and erases them with the account, leaving others’ mail', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Mail Owner', email: 'mail-owner@example.com' });
    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'mail-owner@example.com'`);
    await mailer().send({ ...message, to: 'mail-owner@example.com', userId: user!.id });
    // Sent to the address before the account was linked, e.g. an invitation.
    await mailer().send({ ...message, to: 'Mail-Owner@Example.com' });
    await mailer().send({ ...message, to: 'mail_owner@example.com' }); // `_` is no wildcard
    await mailer().send({ ...message, to: 'someone-else@example.com' });

    const res = await agent.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const exported = JSON.parse(strFromU8(files['mail/messages.json']!)) as { to: string; subject: string; text: string }[];
    expect(exported.map((m) => m.to.toLowerCase())).toEqual(['mail-owner@example.com', 'mail-owner@example.com']);
    expect(exported[0]!.subject).toBe('Your Candor account has been deleted');
    expect(exported[0]!.text).toContain('What we keep');

    const token = await tokenFor(agent, '/settings/delete');
    await agent.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'mail-owner@example.com' }).expect(303);

    expect(await outbox(`recipient ilike 'mail-owner@example.com' or user_id = $1`, [user!.id])).toHaveLength(0);
    expect(await outbox(`recipient in ('someone-else@example.com', 'mail_owner@example.com')`)).toHaveLength(2);
    // The confirmation of this deletion: delivered, linked to nobody, its address already gone.
    const confirmations = await outbox(`user_id is null and recipient is null`);
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]).toMatchObject({ status: 'sent', template: 'account-deleted', forget_recipient: true });
  });
});
