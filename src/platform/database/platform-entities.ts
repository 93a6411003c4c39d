import { AccessLog } from '../access/access-log.entity.js';
import { RoleChange } from '../identity/role-change.entity.js';
import { Session } from '../identity/session.entity.js';
import { User } from '../identity/user.entity.js';
import { MailOutboxMessage } from '../mail/mail-outbox.entity.js';
import { ScheduledJobRun } from '../scheduling/scheduled-job-run.entity.js';
import { UserKey } from '../vault/user-key.entity.js';

/** The platform's own tables; modules list theirs in their index.ts, and app/entities.ts joins them. */
export const PLATFORM_ENTITIES = [User, Session, ScheduledJobRun, UserKey, MailOutboxMessage, AccessLog, RoleChange];
