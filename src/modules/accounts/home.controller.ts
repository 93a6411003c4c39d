import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, OptionalUser, type AuthUser } from '../../shared/auth/current-user.js';
import { Public } from '../../shared/auth/public.decorator.js';
import { analysisRow } from '../analysis/analysis-row.js';
import { AnalysisService } from '../analysis/analysis.service.js';
import { scoreHistoryChart } from '../analysis/charts/score-history-chart.js';
import { toRow } from '../documents/document-row.js';
import { DocumentsService } from '../documents/documents.service.js';
import { interviewRow } from '../interview/interview-row.js';
import { InterviewsService } from '../interview/interviews.service.js';
import { UsersService } from './users.service.js';

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
      documents: documents.slice(0, 5).map(toRow),
      documentCount: documents.length,
      chart: scoreHistoryChart(summary.series),
      latestAnalyses: summary.latest.map(analysisRow),
      topSuggestions: summary.topSuggestions,
      learnFirst: summary.learnFirst,
      progress: summary.progress,
      latestInterviews: interviews.slice(0, 3).map(interviewRow),
    });
  }
}
