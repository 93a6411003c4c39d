import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../identity/user.entity.js';
import { ACCESS_BASES } from './access-grant-source.js';

/**
 * One opening of a person's data by someone else, on a share grant or inside a support case (promise
 * H1). Written by the same call that allowed it; the person sees these rows in Settings and in their
 * export. Owners reading their own data are not logged.
 */
const AccessLogSchema = defineEntity({
  name: 'AccessLog',
  tableName: 'access_log',
  indexes: [{ properties: ['subjectUser', 'at'] }, { properties: ['actor'] }, { properties: ['at'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** Whose data was opened. */
    subjectUser: () => p.manyToOne(User).deleteRule('cascade'),
    /** Who opened it; null once that account is erased (the row stays with the subject). */
    actor: () => p.manyToOne(User).nullable().deleteRule('set null'),
    actorRole: p.string().length(20),
    basis: p.enum(ACCESS_BASES),
    /** The grant's or case's id. */
    referenceId: p.string().length(100),
    reason: p.string().length(300),
    resourceKind: p.string().length(30),
    resourceId: p.uuid(),
    permission: p.string().length(40),
    at: p.datetime().onCreate(() => new Date()),
    /** From where: the client address and the route that opened it (null outside a request). */
    ip: p.string().length(64).nullable(),
    via: p.string().length(200).nullable(),
  },
});

export class AccessLog extends AccessLogSchema.class {}
AccessLogSchema.setClass(AccessLog);
