import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';
import { Application } from '../application.entity.js';
import { Company } from '../company.entity.js';

/** Who wrote a message: the candidate, or someone acting for the company the application went to. */
export const MESSAGE_SIDES = ['candidate', 'company'] as const;
export type MessageSide = (typeof MESSAGE_SIDES)[number];

/** Longest message, in characters: one screen of plain text, and a bound on every pass over it. */
export const MESSAGE_MAX_LENGTH = 4000;

/**
 * One plain-text message on an application's thread. Stored as written (like the company's notes
 * and the candidate's application note); erasing the candidate's account deletes the whole thread.
 */
const ApplicationMessageSchema = defineEntity({
  name: 'ApplicationMessage',
  tableName: 'job_application_messages',
  indexes: [{ properties: ['application', 'createdAt'] }, { properties: ['author'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    application: () => p.manyToOne(Application).deleteRule('cascade'),
    side: p.enum(MESSAGE_SIDES),
    /** Null once that person's account is erased (a colleague's message stays with the thread). */
    author: () => p.manyToOne(User).nullable().deleteRule('set null'),
    body: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class ApplicationMessage extends ApplicationMessageSchema.class {}
ApplicationMessageSchema.setClass(ApplicationMessage);

/** A candidate stopped messages with a company: on every application to it, both ways. */
const CompanyBlockSchema = defineEntity({
  name: 'CompanyBlock',
  tableName: 'job_company_blocks',
  uniques: [{ properties: ['user', 'company'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class CompanyBlock extends CompanyBlockSchema.class {}
CompanyBlockSchema.setClass(CompanyBlock);

export const REPORT_REASONS = ['spam', 'harassment', 'scam', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/**
 * A message someone reported to staff. It keeps the text the reporter forwarded, so staff can review
 * it without opening the thread — but only inside the report's case, opened with a reason; erasing the
 * candidate's account removes that text with the thread.
 */
const MessageReportSchema = defineEntity({
  name: 'MessageReport',
  tableName: 'job_message_reports',
  indexes: [{ properties: ['reviewedAt', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    message: () => p.manyToOne(ApplicationMessage).nullable().deleteRule('set null'),
    reporter: () => p.manyToOne(User).nullable().deleteRule('set null'),
    reporterSide: p.enum(MESSAGE_SIDES),
    company: () => p.manyToOne(Company).nullable().deleteRule('set null'),
    reason: p.enum(REPORT_REASONS),
    /** The reported message as it was; null after the thread was erased. */
    reportedText: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    reviewedAt: p.datetime().nullable(),
    reviewedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /**
     * The report is the case staff read the message in (promise H1): the administrator who opened it
     * and why. Only they read the text, only until the report is reviewed, and each look is logged
     * for the message's author.
     */
    openedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    openedReason: p.string().length(300).nullable(),
    openedAt: p.datetime().nullable(),
  },
});
export class MessageReport extends MessageReportSchema.class {}
MessageReportSchema.setClass(MessageReport);

export const MESSAGE_ENTITIES = [ApplicationMessage, CompanyBlock, MessageReport];
