import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ROLES, User } from './user.entity.js';

/** Where a role was changed: an administrator's page, or an operator's `grant-role` command. */
export const ROLE_CHANGE_VIAS = ['admin', 'cli'] as const;

/**
 * One change of an account's role, kept so administrators can review who gave whom staff powers and
 * when (roles decide who may open a case on a person's data, H1). Written in the same transaction as
 * the change; rows are never updated. When either account is erased its id leaves the row.
 */
const RoleChangeSchema = defineEntity({
  name: 'RoleChange',
  tableName: 'role_changes',
  indexes: [{ properties: ['at'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    subject: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /** Null for an operator's command, or once the administrator's account is erased. */
    actor: () => p.manyToOne(User).nullable().deleteRule('set null'),
    fromRole: p.enum(ROLES),
    toRole: p.enum(ROLES),
    via: p.enum(ROLE_CHANGE_VIAS),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export class RoleChange extends RoleChangeSchema.class {}
RoleChangeSchema.setClass(RoleChange);
