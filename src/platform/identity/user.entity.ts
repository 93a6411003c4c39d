import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { LOCALES } from '../i18n/locale.js';

export const ROLES = ['job_seeker', 'employer', 'support', 'admin', 'advisor'] as const;
export type Role = (typeof ROLES)[number];

export const WORK_MODES = ['any', 'remote', 'hybrid', 'on_site'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export const SENIORITIES = ['unspecified', 'entry', 'junior', 'mid', 'senior', 'lead', 'executive'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const SIGN_IN_PROVIDERS = ['google', 'oidc', 'dev'] as const;

/**
 * A person's account. From the identity provider we keep only subject, email, name and photo URL
 * (promise A1); there is no password column by design.
 */
const UserSchema = defineEntity({
  name: 'User',
  tableName: 'users',
  uniques: [{ properties: ['provider', 'providerSubject'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    provider: p.enum(SIGN_IN_PROVIDERS),
    providerSubject: p.string().length(255),
    email: p.string().length(320),
    displayName: p.string().length(120),
    photoUrl: p.string().length(2048).nullable(),
    role: p.enum(ROLES).default('job_seeker'),
    targetRoles: p.array().default([]),
    locations: p.array().default([]),
    workMode: p.enum(WORK_MODES).default('any'),
    seniority: p.enum(SENIORITIES).default('unspecified'),
    /** Pages, emails and reports in this language (null: follow the browser). */
    locale: p.enum(LOCALES).nullable(),
    /** The last sign-in, upload, edit, analysis or interview: résumé data goes after 90 days without one (R4). */
    lastActiveAt: p.datetime().onCreate(() => new Date()),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class User extends UserSchema.class {}
UserSchema.setClass(User);
