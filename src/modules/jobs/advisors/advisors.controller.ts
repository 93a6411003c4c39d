import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessService } from '../../../platform/access/access.service.js';
import { CurrentUser, type AuthUser } from '../../../platform/identity/current-user.js';
import { Roles } from '../../../platform/identity/roles.decorator.js';
import { translator } from '../../../platform/i18n/translator.js';
import { setFlash } from '../../../platform/web/flash.js';
import { fieldErrors } from '../../../platform/web/form-errors.js';
import { seeOther } from '../../../platform/web/htmx.js';
import { DocumentsService } from '../../documents/index.js';
import { advisorProfileForm, choiceOf, consultForm } from '../dto/jobs.forms.js';
import { JobsNotFoundError } from '../jobs.errors.js';
import { SHAREABLE_SECTIONS, type GrantItem } from '../share-grant.entity.js';
import { AdvisorsService } from './advisors.service.js';


/** Job seekers' side: the directory of verified advisors, an advisor's page, and the consent page (S2). */
@Controller('advisors')
export class AdvisorDirectoryController {
  constructor(
    private readonly advisors: AdvisorsService,
    private readonly documents: DocumentsService,
  ) {}

  @Get()
  async directory(@Res() res: Response): Promise<void> {
    const t = translator(res);
    res.render('jobs/advisors/directory.njk', { title: t('advisors:directory.title'), advisors: await this.advisors.directory() });
  }

  @Get(':id')
  async show(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const advisor = await this.advisors.verifiedAdvisor(id);
    res.render('jobs/advisors/show.njk', { title: advisor.name, advisor });
  }

  @Get(':id/consult')
  async consentPage(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.renderConsent(me, res, id, 200, {}, {});
  }

  @Post(':id/consult')
  async consult(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = consultForm(t).safeParse(body);
    if (!parsed.success) return this.renderConsent(me, res, id, 422, fieldErrors(parsed.error), body);
    const consultation = await this.advisors.consult(me.id, id, choiceOf(parsed.data), parsed.data.note);
    setFlash(res, 'success', t('advisors:flash.consulted', { advisor: consultation.advisorNameAtConsent }));
    seeOther(res, '/settings/sharing');
  }

  private async renderConsent(me: AuthUser, res: Response, advisorId: string, status: number, errors: Record<string, string>, values: Record<string, unknown>): Promise<void> {
    const t = translator(res);
    const advisor = await this.advisors.verifiedAdvisor(advisorId);
    if (advisor.id === me.id) throw new JobsNotFoundError();
    const rows = await this.documents.rows(await this.documents.list(me.id));
    res.status(status).render('jobs/advisors/consent.njk', {
      title: t('advisors:consent.title', { advisor: advisor.name }),
      advisor,
      resumes: rows.filter((d) => d.categoryKey === 'resume'),
      coverLetters: rows.filter((d) => d.categoryKey === 'cover_letter'),
      portfolios: rows.filter((d) => d.categoryKey === 'portfolio'),
      sections: SHAREABLE_SECTIONS,
      values: { ...values, sections: ([] as unknown[]).concat(values.sections ?? []), coverLetterIds: ([] as unknown[]).concat(values.coverLetterIds ?? []), portfolioIds: ([] as unknown[]).concat(values.portfolioIds ?? []) },
      errors,
    });
  }
}

/** The advisor's side: their own profile, and the consultations people opened to them — nothing else. */
@Controller('advisor')
@Roles('advisor')
export class AdvisorController {
  constructor(
    private readonly advisors: AdvisorsService,
    private readonly documents: DocumentsService,
    private readonly access: AccessService,
  ) {}

  @Get()
  async home(@CurrentUser() me: AuthUser, @Res() res: Response): Promise<void> {
    await this.renderHome(me, res, 200, {});
  }

  @Post('profile')
  async saveProfile(@CurrentUser() me: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const parsed = advisorProfileForm(t).safeParse(body);
    if (!parsed.success) return this.renderHome(me, res, 422, fieldErrors(parsed.error), body);
    await this.advisors.saveProfile(me.id, parsed.data);
    setFlash(res, 'success', t('advisors:flash.profileSaved'));
    seeOther(res, '/advisor');
  }

  @Get('consultations/:id')
  async consultation(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const t = translator(res);
    const consultation = await this.advisors.activeForAdvisor(me.id, id);
    res.set('Cache-Control', 'private, no-store');
    res.render('jobs/advisors/consultation.njk', {
      title: t('advisors:consultation.title', { person: consultation.owner.displayName }),
      consultation: { id: consultation.id, personName: consultation.owner.displayName, note: consultation.note ?? null, items: consultation.items, since: consultation.createdAt },
    });
  }

  /** One shared document, through the access service: the consultation allows it and the read is logged. */
  @Get('consultations/:id/documents/:documentId')
  async sharedDocument(@CurrentUser() me: AuthUser, @Param('id') id: string, @Param('documentId') documentId: string, @Res() res: Response): Promise<void> {
    const item = await this.itemOf(me, id, documentId, 'document');
    const { ownerId } = await this.access.require(me, 'document:read-shared', item.documentId);
    const document = await this.documents.get(ownerId, item.documentId);
    const t = translator(res);
    res.set('Cache-Control', 'private, no-store');
    res.render('jobs/advisors/shared-document.njk', {
      title: t(`jobs:items.${item.category}`),
      consultationId: id,
      category: item.category,
      fileName: await this.documents.fileName(document),
      text: await this.documents.text(ownerId, item.documentId),
    });
  }

  @Get('consultations/:id/profile/:documentId')
  async sharedProfile(@CurrentUser() me: AuthUser, @Param('id') id: string, @Param('documentId') documentId: string, @Res() res: Response): Promise<void> {
    const item = await this.itemOf(me, id, documentId, 'profile');
    const { ownerId } = await this.access.require(me, 'profile:read-shared', item.documentId);
    const { resume } = await this.documents.profile(ownerId, item.documentId);
    const t = translator(res);
    res.set('Cache-Control', 'private, no-store');
    res.render('jobs/advisors/shared-profile.njk', {
      title: t('jobs:items.profile'),
      consultationId: id,
      sections: item.sections.map((name) => ({ name, json: JSON.stringify((resume as Record<string, unknown>)[name] ?? null, null, 2) })),
    });
  }

  private async itemOf(me: AuthUser, consultationId: string, documentId: string, kind: 'document'): Promise<Extract<GrantItem, { kind: 'document' }>>;
  private async itemOf(me: AuthUser, consultationId: string, documentId: string, kind: 'profile'): Promise<Extract<GrantItem, { kind: 'profile' }>>;
  private async itemOf(me: AuthUser, consultationId: string, documentId: string, kind: GrantItem['kind']): Promise<GrantItem> {
    const consultation = await this.advisors.activeForAdvisor(me.id, consultationId);
    const item = consultation.items.find((i) => i.kind === kind && i.documentId === documentId);
    if (!item) throw new JobsNotFoundError();
    return item;
  }

  private async renderHome(me: AuthUser, res: Response, status: number, errors: Record<string, string>, values?: Record<string, unknown>): Promise<void> {
    const t = translator(res);
    const profile = await this.advisors.profileOf(me.id);
    res.status(status).render('jobs/advisors/advisor-home.njk', {
      title: t('advisors:home.title'),
      verified: Boolean(profile?.verifiedAt),
      hasProfile: Boolean(profile),
      values: values ?? { specialty: profile?.specialty ?? '', bio: profile?.bio ?? '' },
      errors,
      consultations: await this.advisors.forAdvisor(me.id),
    });
  }
}

/** Administrators verify advisors before the directory lists them. */
@Controller('admin/advisors')
@Roles('admin')
export class AdvisorAdminController {
  constructor(private readonly advisors: AdvisorsService) {}

  @Get()
  async index(@Res() res: Response): Promise<void> {
    const t = translator(res);
    res.render('jobs/advisors/admin.njk', { title: t('advisors:admin.title'), advisors: await this.advisors.forAdmin() });
  }

  @Post(':id/verify')
  async verify(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.advisors.setVerified(me.id, id, true);
    const t = translator(res);
    setFlash(res, 'success', t('advisors:flash.verified'));
    seeOther(res, '/admin/advisors');
  }

  @Post(':id/unverify')
  async unverify(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.advisors.setVerified(me.id, id, false);
    const t = translator(res);
    setFlash(res, 'success', t('advisors:flash.unverified'));
    seeOther(res, '/admin/advisors');
  }
}

/** Settings → Sharing: a consultation is revoked in one click; the advisor gets "not found" from then on. */
@Controller('settings/sharing/consultations')
export class ConsultationSharingController {
  constructor(private readonly advisors: AdvisorsService) {}

  @Post(':id/revoke')
  async revoke(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const consultation = await this.advisors.revoke(me.id, id);
    const t = translator(res);
    setFlash(res, 'success', t('advisors:flash.revoked', { advisor: consultation.advisor.displayName }));
    seeOther(res, '/settings/sharing');
  }
}
