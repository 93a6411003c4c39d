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
