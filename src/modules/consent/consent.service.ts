import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { browserFamily, truncateIp } from './consent-evidence.js';
import { ConsentLedgerRepository, type ConsentHistoryEntry } from './consent-ledger.repository.js';
import type { BrowserFamily, ConsentMethod } from './consent-record.entity.js';
import { CONSENT_COOKIE, effectiveConsent, formatConsentCookie, parseConsentCookie, type EffectiveConsent, type StoredConsent } from './consent-state.js';
import { COOKIE_POLICY_VERSION } from './cookie-registry.js';

/** Half a year, after which the banner asks again (as European regulators recommend). */
const CONSENT_COOKIE_MAX_AGE_MS = 182 * 86_400_000;

export interface ConsentChoice {
  analytics: boolean;
  advertising: boolean;
}

/**
 * Each request's consent, and each decision's record. A visitor's decision lives in their browser's
 * consent cookie; a signed-in person's latest decision in the ledger follows their account to every
 * browser (the cookie is this browser's choice until they make one while signed in).
 */
@Injectable()
export class ConsentService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ledger: ConsentLedgerRepository,
  ) {}

  /** The browser sent Global Privacy Control (promise C2). */
  static gpcSignal(req: Request): boolean {
    return req.get('Sec-GPC')?.trim() === '1';
  }

  /**
   * What this request may load. A GPC signal the ledger has not seen for this browser (and version) is
   * recorded as a refusal of advertising, method "gpc", once.
   */
  async forRequest(req: Request, res: Response, accountId: string | undefined): Promise<EffectiveConsent> {
    const gpc = ConsentService.gpcSignal(req);
    let stored = await this.stored(req, accountId);
    if (accountId && stored !== undefined && stored.source === 'browser' && effectiveConsent(stored, gpc, true).decided) {
      // A choice made in this browser before signing in becomes the account's, so it follows the
      // person to their other browsers and shows in their history. Recorded once: from now on the
      // account's row is found first.
      await this.ledger.append({ ...this.evidence(req, res), ...stored, accountId });
      stored = { ...stored, source: 'account' };
    }
    if (gpc && (!stored || stored.policyVersion !== COOKIE_POLICY_VERSION)) {
      await this.record(req, res, accountId, { analytics: false, advertising: false }, 'gpc');
    }
    return effectiveConsent(stored, gpc, this.config.consent.analyticsRequiresConsent);
  }

  /**
   * Records a person's own choice. Switching off something they had allowed, and allowing nothing new,
   * is a withdrawal; an opt-in made while GPC is on is recorded with the signal, as the override it is.
   */
  async decide(req: Request, res: Response, accountId: string | undefined, choice: ConsentChoice, source: 'banner' | 'settings'): Promise<void> {
    const before = effectiveConsent(await this.stored(req, accountId), ConsentService.gpcSignal(req), this.config.consent.analyticsRequiresConsent);
    const revoked = (before.decided && before.analytics && !choice.analytics) || (before.advertising && !choice.advertising);
    const granted = (choice.analytics && !before.analytics) || (choice.advertising && !before.advertising);
    await this.record(req, res, accountId, choice, revoked && !granted ? 'withdrawal' : source);
  }

  history(accountId: string): Promise<ConsentHistoryEntry[]> {
    return this.ledger.historyForAccount(accountId);
  }

  /** The account's latest decision, else this browser's; marked with where it came from. */
  private async stored(req: Request, accountId: string | undefined): Promise<(StoredConsent & { source: 'account' | 'browser' }) | undefined> {
    const fromAccount = accountId ? await this.ledger.latestForAccount(accountId, req) : undefined;
    if (fromAccount && fromAccount.policyVersion === COOKIE_POLICY_VERSION) return { ...fromAccount, source: 'account' };
    const fromBrowser = this.fromCookie(req);
    if (fromBrowser) return { ...fromBrowser, source: 'browser' };
    return fromAccount && { ...fromAccount, source: 'account' };
  }

  /** What the ledger keeps about the request behind a decision. */
  private evidence(req: Request, res: Response): { language: Locale; ipPrefix: string | null; browserFamily: BrowserFamily } {
    return { language: res.locals.locale as Locale, ipPrefix: truncateIp(req.ip), browserFamily: browserFamily(req.get('User-Agent')) };
  }

  private fromCookie(req: Request): StoredConsent | undefined {
    return parseConsentCookie((req.signedCookies as Record<string, unknown> | undefined)?.[CONSENT_COOKIE]);
  }

  private async record(req: Request, res: Response, accountId: string | undefined, choice: ConsentChoice, method: ConsentMethod): Promise<void> {
    // The browser keeps its random id across decisions, so its history reads as one visitor's.
    const consentId = this.fromCookie(req)?.consentId ?? randomUUID();
    const decision: StoredConsent = { consentId, policyVersion: COOKIE_POLICY_VERSION, ...choice, method, gpcSignal: ConsentService.gpcSignal(req) };
    await this.ledger.append({ ...decision, accountId, ...this.evidence(req, res) });
    res.cookie(CONSENT_COOKIE, formatConsentCookie(decision), this.cookieOptions());
    // Later code in this request (the page rendered after a GPC record) sees the new decision.
    (req.signedCookies as Record<string, unknown>)[CONSENT_COOKIE] = formatConsentCookie(decision);
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.isProduction, signed: true, path: '/', maxAge: CONSENT_COOKIE_MAX_AGE_MS };
  }
}
