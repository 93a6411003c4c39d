import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';
import type { BilingualText } from '../incidents/breach-incident.entity.js';

/**
 * A version of the privacy policy (promise P1): the summary of what changed and the full text, in
 * Korean and English, and when it takes effect — at least 7 days after it was scheduled, 30 when the
 * change is material. Published versions stay public; nothing about a version is edited after it is
 * scheduled (a correction is a new version).
 */
const PolicyVersionSchema = defineEntity({
  name: 'PolicyVersion',
  tableName: 'policy_versions',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** 1, 2, 3…: what people see ("version 3"). */
    number: p.integer().unique(),
    material: p.boolean(),
    summary: p.json<BilingualText>(),
    body: p.json<BilingualText>(),
    effectiveAt: p.datetime(),
    /** Set when every announcement (sent when it is scheduled, so 7 or 30 days ahead) has been queued. */
    announcementsDoneAt: p.datetime().nullable(),
    /** Set when every notice that it is now in effect has been queued. */
    noticesDoneAt: p.datetime().nullable(),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime(),
  },
});
export class PolicyVersion extends PolicyVersionSchema.class {}
PolicyVersionSchema.setClass(PolicyVersion);

/**
 * The two notices a person gets about a version: `announced` when it is scheduled (the notice
 * period runs from then), `in-effect` when it takes effect (email, and the banner until dismissed).
 */
export const POLICY_NOTICE_KINDS = ['announced', 'in-effect'] as const;
export type PolicyNoticeKind = (typeof POLICY_NOTICE_KINDS)[number];

/** One person told about one version, once per kind. */
const PolicyNoticeSchema = defineEntity({
  name: 'PolicyNotice',
  tableName: 'policy_notices',
  primaryKeys: ['version', 'user', 'kind'],
  properties: {
    version: () => p.manyToOne(PolicyVersion).primary().deleteRule('cascade'),
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    kind: p.string().length(20).$type<PolicyNoticeKind>().primary(),
    notifiedAt: p.datetime(),
    bannerDismissedAt: p.datetime().nullable(),
  },
});
export class PolicyNotice extends PolicyNoticeSchema.class {}
PolicyNoticeSchema.setClass(PolicyNotice);

/** A person's acceptance of a version: append-only (a trigger refuses updates); erased with the account. */
const PolicyAcceptanceSchema = defineEntity({
  name: 'PolicyAcceptance',
  tableName: 'policy_acceptances',
  uniques: [{ properties: ['user', 'version'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    version: () => p.manyToOne(PolicyVersion).deleteRule('cascade'),
    acceptedAt: p.datetime(),
  },
});
export class PolicyAcceptance extends PolicyAcceptanceSchema.class {}
PolicyAcceptanceSchema.setClass(PolicyAcceptance);

export const POLICY_ENTITIES = [PolicyVersion, PolicyNotice, PolicyAcceptance];
