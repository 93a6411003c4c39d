import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Translate } from '../../platform/i18n/translator.js';
import { CurrentUser, OptionalUser, type AuthUser } from '../../platform/identity/current-user.js';
import { Public } from '../../platform/identity/public.decorator.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { DashboardCardsService } from './dashboard-cards.service.js';

@Controller()
export class HomeController {
  constructor(private readonly cards: DashboardCardsService) {}

  @Public()
  @Get()
  landing(@OptionalUser() user: AuthUser | undefined, @Res() res: Response): void {
    const t = res.locals.t as Translate;
    res.render('home/landing.njk', { title: t('dashboard:landing.title'), signedIn: Boolean(user) });
  }

  /** Never a 500 for one part: a card that fails or hangs is drawn as a quiet empty state. */
  @Get('dashboard')
  async dashboard(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const { cards, steps } = await this.cards.forActor(me, { t, locale: res.locals.locale as Locale });
    const next = steps.find((s) => !s.done);
    res.render('home/dashboard.njk', {
      title: t('dashboard:dashboard.title'),
      firstName: me.displayName.split(/\s+/)[0],
      cards,
      steps: steps.map((s) => ({ ...s, next: s === next })),
      stepsLeft: steps.filter((s) => !s.done).length,
    });
  }
}
