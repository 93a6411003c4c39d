import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';
import type { GrantItem } from '../share-grant.entity.js';

/**
 * An advisor's own profile (a person with the `advisor` role, e.g. a labour attorney). Listed in the
 * directory only once an administrator has verified it.
 */
const AdvisorProfileSchema = defineEntity({
  name: 'AdvisorProfile',
  tableName: 'advisor_profiles',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.oneToOne(User).owner().unique().deleteRule('cascade'),
    specialty: p.string().length(120),
    bio: p.text(),
    verifiedAt: p.datetime().nullable(),
    verifiedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class AdvisorProfile extends AdvisorProfileSchema.class {}
AdvisorProfileSchema.setClass(AdvisorProfile);

/**
 * A consultation (promise S2): what a person agreed, on its own consent page naming the advisor, to let
 * that one advisor open. Read by `ConsultationGrantSource` (basis `grant`); every read is an access-log
 * row shown on the person's Sharing page; revoked in one click.
 */
const ConsultationSchema = defineEntity({
  name: 'Consultation',
  tableName: 'consultations',
  indexes: [{ properties: ['owner', 'createdAt'] }, { properties: ['advisor'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    owner: () => p.manyToOne(User).deleteRule('cascade'),
    advisor: () => p.manyToOne(User).deleteRule('cascade'),
    items: p.json<GrantItem[]>(),
    /** The person's question to the advisor, optional. */
    note: p.text().nullable(),
    /** The advisor's name as the consent page showed it when the person agreed. */
    advisorNameAtConsent: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
    revokedAt: p.datetime().nullable(),
  },
});
export class Consultation extends ConsultationSchema.class {}
ConsultationSchema.setClass(Consultation);
