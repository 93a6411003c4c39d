import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { preparedRows, preparedStatement } from '../../platform/database/prepared-query.js';
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

// Every signed-in page asks for it (the consent banner and what the page may load): a prepared
// statement, no entity (see prepared-query.ts).
const LATEST_FOR_ACCOUNT = preparedStatement(
  'consent_latest_for_account',
  `select consent_id as "consentId", policy_version as "policyVersion", analytics, advertising, method, gpc_signal as "gpcSignal"
     from consent_records where account_id = $1 order by recorded_at desc limit 1`,
);

/** The append-only consent ledger (promise C4): rows are inserted, never changed. */
@Injectable()
export class ConsentLedgerRepository {
  constructor(private readonly em: EntityManager) {}

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

  /** The account's latest decision, which follows the person to every browser they sign in on. */
  async latestForAccount(accountId: string): Promise<StoredConsent | undefined> {
    const [row] = await preparedRows<StoredConsent>(this.em, LATEST_FOR_ACCOUNT, [accountId]);
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
