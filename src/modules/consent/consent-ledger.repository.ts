import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { preparedRows, preparedStatement } from '../../platform/database/prepared-query.js';
import { companionValue, SessionCompanion, type SessionCompanionRead } from '../../platform/identity/session-companion.js';
import { User } from '../../platform/identity/user.entity.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { ConsentRecord, type BrowserFamily, type ConsentMethod } from './consent-record.entity.js';
import type { StoredConsent } from './consent-state.js';

export interface ConsentDecision {
  consentId: string;
  accountId: string | undefined;
  policyVersion: number;
  analytics: boolean;
  advertising: boolean;
  method: ConsentMethod;
  gpcSignal: boolean;
  language: Locale;
  ipPrefix: string | null;
  browserFamily: BrowserFamily;
}

/** One row of a person's consent history, as Settings and the export show it. */
export interface ConsentHistoryEntry {
  recordedAt: Date;
  policyVersion: number;
  analytics: boolean;
  advertising: boolean;
  method: ConsentMethod;
  gpcSignal: boolean;
  language: string;
  ipPrefix: string | null;
  browserFamily: BrowserFamily;
}

/** The latest decision of the account (`?`); the companion and the statement below share it. */
const LATEST_FOR_ACCOUNT_SELECT = `select consent_id as "consentId", policy_version as "policyVersion", analytics, advertising, method, gpc_signal as "gpcSignal"
     from consent_records where account_id = ? order by recorded_at desc limit 1`;

// Where the session lookup did not bring it (form posts): a prepared statement, no entity (see prepared-query.ts).
const LATEST_FOR_ACCOUNT = preparedStatement('consent_latest_for_account', LATEST_FOR_ACCOUNT_SELECT.replace('?', '$1'));

/**
 * The append-only consent ledger (promise C4): rows are inserted, never changed. Every signed-in page
 * asks for the account's latest decision (the consent banner and what the page may load): the
 * session lookup of a page view reads it in its own statement (a session companion, one JSON value
 * or null), so it costs no round trip of its own.
 */
@Injectable()
@SessionCompanion()
export class ConsentLedgerRepository implements SessionCompanionRead {
  readonly companionName = 'consent_latest';
  readonly companionSql = `(select row_to_json(c) from (${LATEST_FOR_ACCOUNT_SELECT}) c)`;

  constructor(private readonly em: EntityManager) {}

  companionParams(accountId: string): unknown[] {
    return [accountId];
  }

  async append(decision: ConsentDecision): Promise<void> {
    // A native insert: the row is written now, and nothing could ever flush a change to it later.
    await this.em.insert(ConsentRecord, {
      id: randomUUID(),
      consentId: decision.consentId,
      account: decision.accountId ? this.em.getReference(User, decision.accountId) : null,
      recordedAt: new Date(),
      policyVersion: decision.policyVersion,
      analytics: decision.analytics,
      advertising: decision.advertising,
      method: decision.method,
      gpcSignal: decision.gpcSignal,
      language: decision.language,
      ipPrefix: decision.ipPrefix,
      browserFamily: decision.browserFamily,
    });
  }

  /**
   * The account's latest decision, which follows the person to every browser they sign in on: as the
   * session lookup of `req` read it when it did (the ledger as the request began, before anything this
   * request appends), else read now.
   */
  async latestForAccount(accountId: string, req?: Request): Promise<StoredConsent | undefined> {
    const fromSession = req && companionValue(req, this.companionName, accountId);
    if (fromSession) return (fromSession.value as StoredConsent | null) ?? undefined;
    const [row] = await preparedRows<StoredConsent>(this.em, LATEST_FOR_ACCOUNT, this.companionParams(accountId));
    return row;
  }

  async historyForAccount(accountId: string): Promise<ConsentHistoryEntry[]> {
    const rows = await this.em.fork().find(ConsentRecord, { account: accountId }, { orderBy: { recordedAt: 'desc' } });
    return rows.map((r) => ({
      recordedAt: r.recordedAt,
      policyVersion: r.policyVersion,
      analytics: r.analytics,
      advertising: r.advertising,
      method: r.method,
      gpcSignal: r.gpcSignal,
      language: r.language,
      ipPrefix: r.ipPrefix ?? null,
      browserFamily: r.browserFamily,
    }));
  }

  /** Account erasure: the decisions stay as evidence under their random consent ids, no longer linked to anyone. */
  async unlinkAccount(accountId: string, em: EntityManager): Promise<void> {
    await em.nativeUpdate(ConsentRecord, { account: accountId }, { account: null });
  }
}
