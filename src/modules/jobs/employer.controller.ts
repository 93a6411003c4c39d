import { Body, Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import type { Response } from 'express';
import { AccessService } from '../../platform/access/access.service.js';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import { Roles } from '../../platform/identity/roles.decorator.js';
import { translator } from '../../platform/i18n/translator.js';
import { isLocale } from '../../platform/i18n/locale.js';
import { attachmentDisposition } from '../../platform/web/content-disposition.js';
import { setFlash } from '../../platform/web/flash.js';
import { fieldErrors } from '../../platform/web/form-errors.js';
import { seeOther } from '../../platform/web/htmx.js';
import { PerPersonThrottlerGuard } from '../../platform/web/per-person-throttler.guard.js';
import { DocumentsService } from '../documents/index.js';
import { ApplicationsService } from './applications.service.js';
import { COMPANY_SIZES } from './company.entity.js';
import { CompaniesService } from './companies.service.js';
import { companyForm, inviteForm, noteForm, postingForm, stageForm } from './dto/jobs.forms.js';
import { requireUuid } from './ids.js';
import { DESCRIPTION_FORMATS, EMPLOYMENT_TYPES, POSTING_LANGUAGES, POSTING_SENIORITIES, WORKPLACE_TYPES } from './job-posting.entity.js';
import { JobsNotFoundError } from './jobs.errors.js';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE } from './logos/logo-image.js';
import { applicationView, companyView, historyView, noteView, postingFormValues, postingView } from './jobs.views.js';
import { PostingsService, type PostingInput } from './postings.service.js';
import { EMPLOYER_STAGES } from './application.entity.js';
import { EmployerGrantsService } from './employer-grants.service.js';
import { REPORT_REASONS, MESSAGE_MAX_LENGTH } from './messages/application-message.entity.js';
import { MessagesService } from './messages/messages.service.js';

/**
 * Reads of shared items per person and hour (S3: no bulk export). Generous for reviewing applicants
 * one by one; far below what copying a pipeline out would need.
 */
export const EMPLOYER_ITEM_READS_PER_HOUR = 120;

const POSTING_CHOICES = { workplaces: WORKPLACE_TYPES, seniorities: POSTING_SENIORITIES, employmentTypes: EMPLOYMENT_TYPES, formats: DESCRIPTION_FORMATS, languages: POSTING_LANGUAGES };

/** The employer's side: the company, its postings, its applicants — and only what applicants shared. */
@Controller('employer')
@Roles('employer')
export class EmployerController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly postings: PostingsService,
    private readonly applications: ApplicationsService,
    private readonly grants: EmployerGrantsService,
    private readonly access: AccessService,
    private readonly documents: DocumentsService,
    private readonly messages: MessagesService,
  ) {}

  @Get()
  async home(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.renderHome(me, res, 200, {}, undefined);
  }

  @Post('company')
  async saveCompany(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = companyForm(t).safeParse(body);
    if (!parsed.success) return this.renderHome(me, res, 422, fieldErrors(parsed.error), body);
    const member = await this.companies.membershipOf(me.id);
    if (member) await this.companies.update(me.id, parsed.data);
    else await this.companies.create(me.id, parsed.data);
    setFlash(res, 'success', t('jobs:flash.companySaved'));
    seeOther(res, '/employer');
  }

  @Post('invitations')
  async invite(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = inviteForm(t).safeParse(body);
    if (!parsed.success) return this.renderHome(me, res, 422, fieldErrors(parsed.error), undefined, body);
    const locale = isLocale(res.locals.locale) ? res.locals.locale : 'en';
    await this.companies.invite(me.id, parsed.data.email, locale, me.displayName);
    setFlash(res, 'success', t('jobs:flash.invited', { email: parsed.data.email }));
    seeOther(res, '/employer');
  }

  @Get('postings/new')
  async newPosting(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.companies.requireMembership(me.id);
    this.renderPostingForm(res, 200, null, { workplace: 'on_site', seniority: 'mid', employmentType: 'full_time', descriptionFormat: 'plain', language: res.locals.locale ?? 'en' }, {});
  }

  @Post('postings')
  async createPosting(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = postingForm(t).safeParse({ ...body, requiredSkills: undefined, preferredSkills: undefined });
    if (!parsed.success) return this.renderPostingForm(res, 422, null, body, fieldErrors(parsed.error));
    const posting = await this.postings.create(me.id, postingInput(parsed.data, false));
    setFlash(res, 'success', t('jobs:flash.draftSaved'));
    seeOther(res, `/employer/postings/${posting.id}`);
  }

  @Get('postings/:id')
  async editPosting(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const posting = await this.postings.ownedPosting(me.id, requireUuid(id));
    this.renderPostingForm(res, 200, postingView(posting), postingFormValues(posting), {});
  }

  @Post('postings/:id')
  async updatePosting(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const posting = await this.postings.ownedPosting(me.id, requireUuid(id));
    const parsed = postingForm(t).safeParse(body);
    if (!parsed.success) return this.renderPostingForm(res, 422, postingView(posting), body, fieldErrors(parsed.error));
    await this.postings.update(me.id, id, postingInput(parsed.data, parsed.data.action === 'extract'));
    setFlash(res, 'success', posting.status === 'draft' ? t('jobs:flash.draftSaved') : t('jobs:flash.postingSaved'));
    seeOther(res, `/employer/postings/${id}`);
  }

  @Post('postings/:id/status')
  async postingStatus(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const action = body.action === 'close' || body.action === 'reopen' || body.action === 'publish' ? body.action : undefined;
    if (!action) throw new JobsNotFoundError();
    await this.postings.setStatus(me.id, requireUuid(id), action);
    setFlash(res, 'success', t(`jobs:flash.status.${action}`));
    seeOther(res, `/employer/postings/${id}`);
  }

  @Get('postings/:id/applicants')
  async applicants(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const posting = await this.postings.ownedPosting(me.id, requireUuid(id));
    const applications = await this.applications.forPosting(me.id, id);
    res.render('jobs/employer/applicants.njk', {
      title: t('jobs:applicants.title', { title: posting.title }),
      posting: postingView(posting),
      applications: applications.map((a) => applicationView(Object.assign(a, { posting }))),
    });
  }

  @Get('applications/:id')
  async application(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const application = await this.applications.forCompany(me.id, id);
    const view = applicationView(application);
    res.render('jobs/employer/application.njk', {
      title: t('jobs:application.title', { title: view.postingTitle }),
      application: view,
      history: (await this.applications.history(application.id)).map(historyView),
      notes: (await this.applications.notes(application.id)).map(noteView),
      stages: EMPLOYER_STAGES,
      // No thread once the candidate erased their account: it went with it.
      thread: application.applicant ? await this.messages.thread(me, application.id, 'company') : null,
      reasons: REPORT_REASONS,
      maxLength: MESSAGE_MAX_LENGTH,
    });
  }

  @Post('applications/:id/stage')
  async moveStage(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = stageForm.safeParse(body);
    if (!parsed.success) throw new JobsNotFoundError();
    await this.applications.moveStage(me.id, id, parsed.data.stage);
    setFlash(res, 'success', t('jobs:flash.stageMoved'));
    seeOther(res, `/employer/applications/${id}`);
  }

  @Post('applications/:id/notes')
  async addNote(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = noteForm(t).safeParse(body);
    if (!parsed.success) {
      await this.applications.forCompany(me.id, id);
      setFlash(res, 'error', fieldErrors(parsed.error).body ?? t('jobs:validation.noteRequired'));
      return seeOther(res, `/employer/applications/${id}`);
    }
    await this.applications.addNote(me.id, id, parsed.data.body);
    setFlash(res, 'success', t('jobs:flash.noteAdded'));
    seeOther(res, `/employer/applications/${id}`);
  }

  /** Profiles shared with the company without an application. */
  @Get('shared')
  async shared(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    const t = translator(res);
    res.render('jobs/employer/shared.njk', { title: t('jobs:shared.title'), shares: await this.grants.profileSharesFor(me.id) });
  }

  /** One shared document, read through the access service: the grant allows it and the read is logged. */
  @Get('grants/:grantId/documents/:documentId')
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle({ default: { limit: EMPLOYER_ITEM_READS_PER_HOUR, ttl: 3_600_000 } })
  async sharedDocument(@CurrentUser() me: AuthUser, @Param('grantId') grantId: string, @Param('documentId') documentId: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const item = await this.grants.item(me.id, grantId, documentId, 'document');
    const { ownerId } = await this.access.require(me, 'document:read-shared', item.documentId);
    const document = await this.documents.get(ownerId, item.documentId);
    res.set('Cache-Control', 'private, no-store');
    res.render('jobs/employer/shared-document.njk', {
      title: t(`jobs:items.${item.category}`),
      grantId,
      documentId: item.documentId,
      category: item.category,
      fileName: await this.documents.fileName(document),
      text: await this.documents.text(ownerId, item.documentId),
    });
  }

  @Get('grants/:grantId/documents/:documentId/download')
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle({ default: { limit: EMPLOYER_ITEM_READS_PER_HOUR, ttl: 3_600_000 } })
  async downloadShared(@CurrentUser() me: AuthUser, @Param('grantId') grantId: string, @Param('documentId') documentId: string, @Res() res: Response): Promise<void> {
    const item = await this.grants.item(me.id, grantId, documentId, 'document');
    const { ownerId } = await this.access.require(me, 'document:read-shared', item.documentId);
    const { document, bytes } = await this.documents.original(ownerId, item.documentId);
    res.set({
      'Content-Type': document.mediaType,
      'Content-Disposition': attachmentDisposition(await this.documents.fileName(document)),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(bytes);
  }

  /** The résumé profile sections the person ticked, and no other section. */
  @Get('grants/:grantId/profile/:documentId')
  @UseGuards(PerPersonThrottlerGuard)
  @Throttle({ default: { limit: EMPLOYER_ITEM_READS_PER_HOUR, ttl: 3_600_000 } })
  async sharedProfile(@CurrentUser() me: AuthUser, @Param('grantId') grantId: string, @Param('documentId') documentId: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const item = await this.grants.item(me.id, grantId, documentId, 'profile');
    const { ownerId } = await this.access.require(me, 'profile:read-shared', item.documentId);
    const { resume } = await this.documents.profile(ownerId, item.documentId);
    res.set('Cache-Control', 'private, no-store');
    res.render('jobs/employer/shared-profile.njk', {
      title: t('jobs:items.profile'),
      sections: item.sections.map((name) => ({ name, json: JSON.stringify((resume as Record<string, unknown>)[name] ?? null, null, 2) })),
    });
  }

  private async renderHome(me: AuthUser, res: Response, status: number, errors: Record<string, string>, companyValues?: Record<string, unknown>, inviteValues?: Record<string, unknown>): Promise<void> {
    const t = translator(res);
    const member = await this.companies.membershipOf(me.id);
    const company = member?.company;
    const postings = company ? await this.postings.listForCompany(company.id) : [];
    res.status(status).render('jobs/employer/home.njk', {
      title: t('jobs:employer.title'),
      company: company ? companyView(company) : null,
      isOwner: member?.role === 'owner',
      logoLimits: { limitKb: LOGO_MAX_BYTES / 1024, maxSide: LOGO_MAX_SIDE },
      members: company ? (await this.companies.members(company.id)).map((m) => ({ name: m.user.displayName, role: m.role })) : [],
      postings: postings.map((p) => postingView(Object.assign(p, { company }))),
      values: companyValues ?? (company ? { name: company.name, website: company.website ?? '', size: company.size ?? '', locations: company.locations.join(', '), description: company.description } : {}),
      inviteValues: inviteValues ?? {},
      errors,
      sizes: COMPANY_SIZES,
    });
  }

  private renderPostingForm(res: Response, status: number, posting: ReturnType<typeof postingView> | null, values: Record<string, unknown>, errors: Record<string, string>): void {
    const t = translator(res);
    res.status(status).render('jobs/employer/posting-form.njk', {
      title: posting ? t('jobs:postingForm.editTitle', { title: posting.title }) : t('jobs:postingForm.newTitle'),
      posting,
      values,
      errors,
      ...POSTING_CHOICES,
    });
  }
}


function postingInput(form: ReturnType<ReturnType<typeof postingForm>['parse']>, extractAgain: boolean): PostingInput {
  const { action: _action, requiredSkills, preferredSkills, ...rest } = form;
  return {
    ...rest,
    // Empty lists (a new posting) or "extract again": the engine reads them from the description.
    requiredSkills: extractAgain || !requiredSkills?.length ? null : requiredSkills,
    preferredSkills: extractAgain || !requiredSkills?.length ? null : (preferredSkills ?? []),
  };
}
