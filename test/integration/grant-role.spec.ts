import { PassThrough, Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { readAll } from '../../src/cli/cli-command.js';
import { grantRoleCommand } from '../../src/cli/grant-role.command.js';
import { useTestApp } from '../helpers/test-app.js';
import { signIn } from '../helpers/sign-in.js';

const ctx = useTestApp();

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  const stderr = new PassThrough();
  const code = await grantRoleCommand.run(args, { stdin: Readable.from([]), stdout: new PassThrough(), stderr }, ctx.t.app);
  stderr.end();
  return { code, stderr: await readAll(stderr) };
}

it('grants a role to an existing account, matching the email case-insensitively', async () => {
  await signIn(ctx.t.origin, { name: 'Staff Member', email: 'Staff@Example.com' });
  const result = await run(['staff@example.com', 'support']);
  expect(result).toEqual({ code: 0, stderr: 'staff@example.com is now support.\n' });
  const [row] = await ctx.db.query<{ role: string }>(`select role from users where email = 'Staff@Example.com'`);
  expect(row?.role).toBe('support');
  // On the record for administrators, as an operator's change (no account made it).
  const changes = await ctx.db.query<{ from_role: string; to_role: string; via: string; actor_id: string | null }>(
    `select from_role, to_role, via, actor_id from role_changes c join users u on u.id = c.subject_id where u.email = 'Staff@Example.com'`,
  );
  expect(changes).toEqual([{ from_role: 'job_seeker', to_role: 'support', via: 'cli', actor_id: null }]);
  // Granting the role it already has changes nothing and records nothing.
  expect((await run(['staff@example.com', 'support'])).code).toBe(0);
  expect(await ctx.db.query(`select 1 from role_changes`)).toHaveLength(1);
});

it('explains when no account has that email', async () => {
  const result = await run(['nobody@example.com', 'admin']);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('must sign in once first');
});

it('rejects unknown roles and does not treat the email as a pattern', async () => {
  await expect(run(['staff@example.com', 'superuser'])).rejects.toThrow('grant-role <email> <role>');
  expect((await run(['%@example.com', 'admin'])).code).toBe(1);
});
