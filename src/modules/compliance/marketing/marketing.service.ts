import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { User } from '../../../platform/identity/user.entity.js';
import { Mailer, type MailLocale } from '../../../platform/mail/index.js';
import { Clock } from '../../../platform/scheduling/clock.js';
import { PublicOrigin } from '../../../platform/web/public-origin.service.js';
import { SignedLinks } from '../../../platform/web/signed-link.js';
import { MarketingConsentEvent, type MarketingConsentSource } from './marketing-consent-event.entity.js';

/** The one route that answers a mail client's one-click POST (RFC 8058): no CSRF token, a signed one instead. */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/marketing/unsubscribe';

/**
 * Marketing email only with opt-in, withdrawal in one click (promise R5). Choices are recorded as
 * events; every marketing message carries a signed unsubscribe link that needs no sign-in, and the
 * List-Unsubscribe headers (added by the mail port for `kind: 'marketing'`).
 */
@Injectable()
export class MarketingService {
  private readonly links: SignedLinks;

  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly origin: PublicOrigin,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.links = new SignedLinks(config.secrets.sessionSecret, 'marketing-unsubscribe');
  }

  async isOptedIn(userId: string): Promise<boolean> {
    const latest = await this.em.fork().findOne(MarketingConsentEvent, { user: userId }, { orderBy: { at: 'desc', id: 'desc' } });
    return latest?.optedIn ?? false;
  }

  /** Records a choice; a repeated choice is not recorded twice. Returns whether anything changed. */
  async choose(userId: string, optedIn: boolean, source: MarketingConsentSource): Promise<boolean> {
    if ((await this.isOptedIn(userId)) === optedIn) return false;
    const em = this.em.fork();
    em.create(MarketingConsentEvent, { user: em.getReference(User, userId), optedIn, source, at: this.clock.now() });
    await em.flush();
    return true;
  }

  async history(userId: string): Promise<{ optedIn: boolean; source: MarketingConsentSource; at: Date }[]> {
    const events = await this.em.fork().find(MarketingConsentEvent, { user: userId }, { orderBy: { at: 'desc', id: 'desc' } });
    return events.map((e) => ({ optedIn: e.optedIn, source: e.source, at: e.at }));
  }

  /** The signed link in every marketing message; valid until the person opts in again and out again — it only ever unsubscribes. */
  unsubscribeUrl(userId: string): string {
    return this.links.url(this.origin.value, ONE_CLICK_UNSUBSCRIBE_PATH, 'u', userId);
  }

  /** The account a link's parameters name, when the signature matches; null otherwise. */
  verifyUnsubscribe(userId: unknown, token: unknown): string | null {
    return this.links.verify(userId, token);
  }

  /** Sends one marketing message to everyone opted in now; returns how many were queued. */
  async sendToSubscribers(template: string, data: Record<string, unknown> = {}): Promise<number> {
    const em = this.em.fork();
    const subscribers = await em.execute<{ id: string; email: string; locale: MailLocale | null }[]>(
      `select u.id, u.email, u.locale from users u
        where (select e.opted_in from marketing_consent_events e where e.user_id = u.id order by e.at desc, e.id desc limit 1)`,
    );
    for (const person of subscribers) {
      const unsubscribeUrl = this.unsubscribeUrl(person.id);
      await this.mailer.send({ to: person.email, userId: person.id, locale: person.locale, template, kind: 'marketing', unsubscribeUrl, data: { ...data, unsubscribeUrl } });
    }
    return subscribers.length;
  }

}
