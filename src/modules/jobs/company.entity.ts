import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';
import { LOGO_TYPES } from './logos/logo-image.js';

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const MEMBER_ROLES = ['owner', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** An employer organisation: its public profile. Its people are `CompanyMember` rows. */
const CompanySchema = defineEntity({
  name: 'Company',
  tableName: 'companies',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.string().length(120),
    website: p.string().length(300).nullable(),
    size: p.enum(COMPANY_SIZES).nullable(),
    locations: p.array().default([]),
    description: p.text().default(''),
    /** The logo's object in the public store (`public/companies/<id>/logo-<version>`); company data, shown to anyone. */
    logoKey: p.string().length(200).nullable(),
    /** Its type as read from its bytes (never the upload's header). */
    logoType: p.enum(LOGO_TYPES).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export class Company extends CompanySchema.class {}
CompanySchema.setClass(Company);

/** A person who acts for a company. One company per person: the employer's pages need no picker. */
const CompanyMemberSchema = defineEntity({
  name: 'CompanyMember',
  tableName: 'company_members',
  uniques: [{ properties: ['user'] }],
  indexes: [{ properties: ['company'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    role: p.enum(MEMBER_ROLES),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class CompanyMember extends CompanyMemberSchema.class {}
CompanyMemberSchema.setClass(CompanyMember);

/**
 * An owner's invitation to a colleague, by email. Only the SHA-256 of the link's token is stored; the
 * address is deleted with the row when it is accepted.
 */
const CompanyInvitationSchema = defineEntity({
  name: 'CompanyInvitation',
  tableName: 'company_invitations',
  indexes: [{ properties: ['company'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    email: p.string().length(320),
    tokenHash: p.string().length(64).unique(),
    invitedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
  },
});
export class CompanyInvitation extends CompanyInvitationSchema.class {}
CompanyInvitationSchema.setClass(CompanyInvitation);
