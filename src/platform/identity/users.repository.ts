import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RoleChange, ROLE_CHANGE_VIAS } from './role-change.entity.js';
import { User, type Role } from './user.entity.js';

/** Queries on accounts. A user row is its own owner: every read is by the account's id or sign-in identity. */
@Injectable()
export class UsersRepository {
  constructor(private readonly em: EntityManager) {}

  findByIdentity(provider: User['provider'], subject: string): Promise<User | null> {
    return this.em.findOne(User, { provider, providerSubject: subject });
  }

  findById(userId: string, em: EntityManager = this.em): Promise<User | null> {
    return em.findOne(User, { id: userId });
  }

  setLocale(userId: string, locale: User['locale']): Promise<number> {
    return this.em.nativeUpdate(User, { id: userId }, { locale });
  }

  /** Accounts holding any role but the default one (staff and employers), for administrators. */
  withGrantedRoles(): Promise<User[]> {
    return this.em.find(User, { role: { $ne: 'job_seeker' } }, { orderBy: { role: 'asc', email: 'asc' } });
  }

  /**
   * Sets the role of the accounts `where` picks and records each actual change in `role_changes`, in
   * one transaction. Returns how many accounts matched (0: none has that id or email).
   */
  private async setRole(where: { sql: string; value: string }, role: Role, by: RoleChangedBy): Promise<number> {
    return this.em.transactional(async (em) => {
      const rows = await em.execute<{ id: string; role: Role }[]>(`select id, role from users where ${where.sql} for update`, [where.value]);
      const changed = rows.filter((row) => row.role !== role);
      if (changed.length) {
        await em.nativeUpdate(User, { id: { $in: changed.map((row) => row.id) } }, { role });
        await em.insertMany(
          RoleChange,
          changed.map((row) => ({ id: randomUUID(), subject: row.id, actor: by.actorId, fromRole: row.role, toRole: role, via: by.via, at: new Date() })),
        );
      }
      return rows.length;
    });
  }

  setRoleById(userId: string, role: Role, by: RoleChangedBy): Promise<number> {
    return this.setRole({ sql: 'id = ?', value: userId }, role, by);
  }

  /** Operator action: matches the email case-insensitively, literally (no wildcards). */
  setRoleByEmail(email: string, role: Role, by: RoleChangedBy): Promise<number> {
    return this.setRole({ sql: 'lower(email) = lower(?)', value: email }, role, by);
  }

  /** The latest role changes, newest first, for administrators (with both accounts when they still exist). */
  recentRoleChanges(limit: number): Promise<RoleChange[]> {
    return this.em.find(RoleChange, {}, { orderBy: { at: 'desc', id: 'desc' }, limit, populate: ['subject', 'actor'] });
  }
}

/** Who changed a role, and where: an administrator's page or an operator's command (no account). */
export interface RoleChangedBy {
  actorId: string | null;
  via: (typeof ROLE_CHANGE_VIAS)[number];
}
