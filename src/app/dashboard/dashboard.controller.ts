import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, OptionalUser, type AuthUser } from '../../platform/identity/current-user.js';
import { Public } from '../../platform/identity/public.decorator.js';
import { AnalysisService } from '../../modules/analysis/index.js';
import { scoreHistoryChart } from '../../platform/web/charts/score-history-chart.js';
import { DocumentsService } from '../../modules/documents/index.js';
import { interviewRow, InterviewsService } from '../../modules/interview/index.js';
import { UsersService } from '../../platform/identity/users.service.js';

@Controller()
export class HomeController {
  constructor(
    private readonly users: UsersService,
    private readonly documents: DocumentsService,
    private readonly analyses: AnalysisService,
    private readonly interviews: InterviewsService,
  ) {}

  @Public()
  @Get()
  landing(@OptionalUser() user: AuthUser | undefined, @Res() res: Response): void {
    res.render('home/landing.njk', { title: 'Candor — honest help with your career', signedIn: Boolean(user) });
  }

  @Get('dashboard')
  async dashboard(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const [user, documents, summary, interviews] = await Promise.all([
      this.users.get(me.id),
      this.documents.list(me.id),
      this.analyses.dashboard(me.id),
      this.interviews.list(me.id),
    ]);
    const missing: string[] = [];
    if (user.targetRoles.length === 0) missing.push('the roles you are aiming for');
    if (user.locations.length === 0) missing.push('where you want to work');
    if (user.seniority === 'unspecified') missing.push('your seniority');
    res.render('home/dashboard.njk', {
      title: 'Dashboard',
      firstName: user.displayName.split(/\s+/)[0],
      profileGaps: missing,
      targetRoles: user.targetRoles,
      documents: await this.documents.rows(documents.slice(0, 5)),
      documentCount: documents.length,
      chart: scoreHistoryChart(summary.series),
      latestAnalyses: await this.analyses.rows(summary.latest),
      topSuggestions: summary.topSuggestions,
      learnFirst: summary.learnFirst,
      progress: summary.progress,
      latestInterviews: interviews.slice(0, 3).map(interviewRow),
    });
  }
}
