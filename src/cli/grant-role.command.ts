import { CliUsageError, type CliCommand } from './cli-command.js';
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
    if (changed === 0) {
      io.stderr.write(`No account uses ${email}. The person must sign in once first.\n`);
      return 1;
    }
    io.stderr.write(`${email} is now ${role}.\n`);
    return 0;
  },
};
