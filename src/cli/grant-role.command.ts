import { CliUsageError, textFor, type CliCommand } from './cli-command.js';
import { UsersService } from '../platform/identity/users.service.js';
import { ROLES, type Role } from '../platform/identity/user.entity.js';

/** `grant-role <email> <role>`: an operator gives an existing account a role. */
export const grantRoleCommand: CliCommand = {
  name: 'grant-role',
  usage: 'grant-role <email> <role>',
  summary: `Give an account a role (${ROLES.join(', ')})`,
  needsApp: true,
  async run(args, io, app) {
    const [email, role] = args;
    if (!email || !role || !(ROLES as readonly string[]).includes(role) || !app) throw new CliUsageError(this.usage);
    const changed = await app.get(UsersService).grantRole(email, role as Role);
    const t = textFor(io);
    if (changed === 0) {
      io.stderr.write(`${t('cli.grantRole.noAccount', { email })}\n`);
      return 1;
    }
    io.stderr.write(`${t('cli.grantRole.granted', { email, role })}\n`);
    return 0;
  },
};
