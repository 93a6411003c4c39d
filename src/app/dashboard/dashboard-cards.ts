import type { CardLanguage, DashboardCardProvider, FirstStep } from '../../platform/contracts/dashboard-card.js';
import type { AuthUser } from '../../platform/identity/current-user.js';
import { withinTimeLimit } from '../../platform/loading/time-limit.js';

/** A card as the dashboard template draws it. */
export interface RenderedCard {
  id: string;
  title: string;
  template: string;
  wide: boolean;
  /** The card's view model; absent when it failed or ran out of time. */
  model?: object;
  failed: boolean;
}

export interface LoadedDashboard {
  cards: RenderedCard[];
  steps: FirstStep[];
  /** Some card or step failed or ran out of time (drawn as an empty state, or left out). */
  incomplete: boolean;
}

/** Logs a card that failed, by card id and error kind only: messages may quote the person's data. */
export type CardFailureLog = (cardId: string, part: 'card' | 'step', error: unknown) => void;

/**
 * Loads every card (and first step) the actor may see, concurrently, each within `timeLimitMs` (a late one fails with a `TimeLimitError`). One
 * that throws or hangs becomes a quiet empty state for that card alone; the page is still drawn.
 */
export async function loadDashboard(
  providers: readonly DashboardCardProvider[],
  actor: AuthUser,
  options: { timeLimitMs: number; logFailure: CardFailureLog; language: CardLanguage },
): Promise<LoadedDashboard> {
  const visible = providers.filter((p) => p.roles.includes(actor.role));
  const withSteps = visible.filter((p) => p.firstStep);
  const [cards, steps] = await Promise.all([
    Promise.allSettled(visible.map((p) => withinTimeLimit(p.load(actor), options.timeLimitMs))),
    Promise.allSettled(withSteps.map((p) => withinTimeLimit(p.firstStep!(actor, options.language), options.timeLimitMs))),
  ]);

  let incomplete = false;
  const rendered: RenderedCard[] = [];
  cards.forEach((result, i) => {
    const provider = visible[i]!;
    const frame = { id: provider.id, title: provider.title(options.language.t), template: provider.template, wide: provider.wide ?? false };
    if (result.status === 'fulfilled') {
      if (result.value !== null) rendered.push({ ...frame, model: result.value, failed: false });
    } else {
      options.logFailure(provider.id, 'card', result.reason);
      incomplete = true;
      rendered.push({ ...frame, failed: true });
    }
  });

  const loadedSteps: FirstStep[] = [];
  steps.forEach((result, i) => {
    if (result.status === 'fulfilled') loadedSteps.push(result.value);
    else {
      options.logFailure(withSteps[i]!.id, 'step', result.reason);
      incomplete = true;
    }
  });
  loadedSteps.sort((a, b) => a.order - b.order);
  return { cards: rendered, steps: loadedSteps, incomplete };
}
