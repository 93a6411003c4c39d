import { DiscoveryService } from '@nestjs/core';
import type { Locale } from '../i18n/locale.js';
import type { Translate } from '../i18n/translator.js';
import type { AuthUser } from '../identity/current-user.js';
import type { Role } from '../identity/user.entity.js';

/**
 * One of the first things a newcomer should do, shown in order at the top of the dashboard with a
 * link, and marked done once done (e.g. "Upload a résumé").
 */
/** The reader's language, for the words a provider writes itself (titles, first steps). */
export interface CardLanguage {
  t: Translate;
  locale: Locale;
}

export interface FirstStep {
  /** Position in the list: lower comes first. */
  order: number;
  title: string;
  /** One sentence: why, or what is still missing. */
  description: string;
  href: string;
  done: boolean;
}

/**
 * A part of the dashboard a module contributes (the dashboard imports no feature service). Mark the
 * provider `@DashboardCard()`; the dashboard finds every one at start-up and refuses two with one id.
 * The dashboard draws the card's frame and heading; `template` draws its body from `card.model`
 * (templates translate and format: the model carries values and enums, not sentences).
 */
export interface DashboardCardProvider<Model extends object = object> {
  /** Unique across the app; also the card's HTML id (`card-<id>`). */
  readonly id: string;
  /** The card's heading in the reader's language, also shown when its content could not be loaded. */
  title(t: Translate): string;
  /** Position on the dashboard: lower comes first. */
  readonly order: number;
  /** Who sees it. Job seekers are plain users (`job_seeker`). */
  readonly roles: readonly Role[];
  /** A nunjucks partial, `<module>/cards/_<card>.njk`. */
  readonly template: string;
  /** Spans the whole row (charts); other cards share rows. */
  readonly wide?: boolean;
  /**
   * The card and its first step are drawn from the actor's own data only (and their language): nothing
   * read from other people's rows, no clock. A dashboard whose cards all say so is cached under the
   * person's data version (PageDataCache); leave it unset for anything else (staff cards over all cases).
   */
  readonly ownDataOnly?: boolean;
  /** The card's view model for this person, or null when it has nothing to show (the card is left out). */
  load(actor: AuthUser): Promise<Model | null>;
  /** When the card stands for one of the first steps, that step for this person, in their language. */
  firstStep?(actor: AuthUser, language: CardLanguage): Promise<FirstStep>;
}

export const DashboardCard = DiscoveryService.createDecorator<void>();


/**
 * One read shared by the parts of one dashboard: a provider's card and its first step would each
 * query the same list. Every part of one page receives the same actor object, so it keys the memo,
 * which is forgotten with the request.
 */
export class PerDashboard<T> {
  private readonly loaded = new WeakMap<AuthUser, Promise<T>>();

  constructor(private readonly load: (actor: AuthUser) => Promise<T>) {}

  for(actor: AuthUser): Promise<T> {
    let value = this.loaded.get(actor);
    if (!value) {
      value = this.load(actor);
      this.loaded.set(actor, value);
    }
    return value;
  }
}
