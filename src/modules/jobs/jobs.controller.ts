import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser, OptionalUser, type AuthUser } from '../../platform/identity/current-user.js';
import { Public } from '../../platform/identity/public.decorator.js';
import { translator } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { fieldErrors } from '../../platform/web/form-errors.js';
import { seeOther } from '../../platform/web/htmx.js';
import { ProcessingRestrictions } from '../compliance/index.js';
import { DocumentsService } from '../documents/index.js';
import { ApplicationsService } from './applications.service.js';
import { applyForm, choiceOf, pageLink, searchQueryFrom } from './dto/jobs.forms.js';
import { requireUuid } from './ids.js';
import { EMPLOYMENT_TYPES, JobPosting, POSTING_SENIORITIES, WORKPLACE_TYPES } from './job-posting.entity.js';
import { JobSearchService, POSTED_WITHIN_DAYS } from './job-search.service.js';
import { postingView } from './jobs.views.js';
import { SeekerProfileService } from './matching/seeker-profile.service.js';
import { PostingsService } from './postings.service.js';
import { SavedJobsService } from './saved-jobs.service.js';
import { SHAREABLE_SECTIONS } from './share-grant.entity.js';

/** Job seekers' side: search, public posting pages, saved jobs, applying and their applications. */
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly search: JobSearchService,
    private readonly postings: PostingsService,
    private readonly applications: ApplicationsService,
    private readonly seekers: SeekerProfileService,
    private readonly documents: DocumentsService,
    private readonly savedJobs: SavedJobsService,
    private readonly restrictions: ProcessingRestrictions,
  ) {}

  /** Works signed out too (public job board); signed in, results are ranked by fit and explained. */
  @Get()
  @Public()
  async index(@OptionalUser() me: AuthUser | undefined, @Query() raw: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const query = searchQueryFrom(raw);
    // Read with the page's notices: no statement of its own on every search.
    const matchingPaused = me ? await this.restrictions.isRestrictedInRequest(req, me.id, 'matching') : false;
    // Ranking by fit reads the person's profile: a restriction of matching (R3) shows plain results.
    const seeker = me && !matchingPaused ? await this.seekers.forRanking(me) : null;
    const result = await this.search.searchBoard(query, seeker);
    res.render('jobs/search.njk', {
      title: t('jobs:search.title'),
      query,
      result,
      personalised: Boolean(seeker),
      matchingPaused,
      pageLink: (page: number) => pageLink(query, page),
      workplaces: WORKPLACE_TYPES,
      seniorities: POSTING_SENIORITIES,
      employmentTypes: EMPLOYMENT_TYPES,
      postedChoices: POSTED_WITHIN_DAYS,
    });
  }

  @Get('saved')
  async saved(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const saved = await this.savedJobs.list(me.id);
    res.render('jobs/saved.njk', { title: t('jobs:saved.title'), postings: saved.map(postingView) });
  }

  @Get('applications')
  async mine(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const applications = await this.applications.mine(me.id);
    res.render('jobs/my-applications.njk', {
      title: t('jobs:mine.title'),
      applications: applications.map((a) => ({ id: a.id, postingId: a.posting.id, postingTitle: a.posting.title, companyName: a.company.name, stage: a.stage, appliedAt: a.createdAt })),
    });
  }

  @Post('applications/:id/withdraw')
  async withdraw(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    await this.applications.withdraw(me.id, id);
    setFlash(res, 'success', t('jobs:flash.withdrawn'));
    seeOther(res, '/jobs/applications');
  }

  @Get(':id')
  @Public()
  async show(@OptionalUser() me: AuthUser | undefined, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const posting = await this.postings.publicPosting(requireUuid(id));
    const saved = me ? await this.savedJobs.isSaved(me.id, posting.id) : false;
    const application = me ? await this.applications.current(me.id, posting.id) : null;
    res.render('jobs/show.njk', { title: posting.title, posting: postingView(posting), signedIn: Boolean(me), saved, application: application ? { id: application.id, stage: application.stage } : null });
  }

  @Post(':id/save')
  async save(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const posting = await this.postings.publicPosting(requireUuid(id));
    await this.savedJobs.save(me.id, posting.id);
    setFlash(res, 'success', t('jobs:flash.saved'));
    seeOther(res, `/jobs/${posting.id}`);
  }

  @Post(':id/unsave')
  async unsave(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    await this.savedJobs.unsave(me.id, requireUuid(id));
    setFlash(res, 'success', t('jobs:flash.unsaved'));
    seeOther(res, `/jobs/${id}`);
  }

  @Get(':id/apply')
  async applyPage(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const posting = await this.postings.publicPosting(requireUuid(id));
    await this.renderApply(me, res, posting, 200, {}, {});
  }

  @Post(':id/apply')
  async apply(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const posting = await this.postings.publicPosting(requireUuid(id));
    const parsed = applyForm(t).safeParse(body);
    if (!parsed.success) return this.renderApply(me, res, posting, 422, fieldErrors(parsed.error), body);
    await this.applications.apply(me.id, posting.id, choiceOf(parsed.data), parsed.data.note);
    setFlash(res, 'success', t('jobs:flash.applied', { company: posting.company.name }));
    seeOther(res, '/jobs/applications');
  }

  private async renderApply(me: AuthUser, res: Response, posting: JobPosting, status: number, errors: Record<string, string>, values: Record<string, unknown>): Promise<void> {
    const t = translator(res);
    const rows = await this.documents.rows(await this.documents.list(me.id));
    res.status(status).render('jobs/apply.njk', {
      title: t('jobs:apply.title', { title: posting.title }),
      posting: postingView(posting),
      applicantName: me.displayName,
      resumes: rows.filter((d) => d.categoryKey === 'resume'),
      coverLetters: rows.filter((d) => d.categoryKey === 'cover_letter'),
      portfolios: rows.filter((d) => d.categoryKey === 'portfolio'),
      sections: SHAREABLE_SECTIONS,
      values: { ...values, sections: ([] as unknown[]).concat(values.sections ?? []), coverLetterIds: ([] as unknown[]).concat(values.coverLetterIds ?? []), portfolioIds: ([] as unknown[]).concat(values.portfolioIds ?? []) },
      errors,
    });
  }
}


