import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, OptionalUser, type AuthUser } from '../../platform/identity/current-user.js';
import { Public } from '../../platform/identity/public.decorator.js';
import { DashboardCardsService } from './dashboard-cards.service.js';

@Controller()
export class HomeController {
  constructor(private readonly cards: DashboardCardsService) {}

  @Public()
  @Get()
  landing(@OptionalUser() user: AuthUser | undefined, @Res() res: Response): void {
    res.render('home/landing.njk', { title: 'Candor — honest help with your career', signedIn: Boolean(user) });
  }

  /** Never a 500 for one part: a card that fails or hangs is drawn as a quiet empty state. */
  @Get('dashboard')
  async dashboard(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const { cards, steps } = await this.cards.forActor(me);
    const next = steps.find((s) => !s.done);
    res.render('home/dashboard.njk', {
      title: 'Dashboard',
      firstName: me.displayName.split(/\s+/)[0],
      cards,
      steps: steps.map((s) => ({ ...s, next: s === next })),
      stepsLeft: steps.filter((s) => !s.done).length,
    });
  }
}
