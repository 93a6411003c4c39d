import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../platform/identity/current-user.js';
import { Public } from '../../platform/identity/public.decorator.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { setFlash } from '../../platform/web/flash.js';
import { fieldErrors } from '../../platform/web/form-errors.js';
import { seeOther } from '../../platform/web/htmx.js';
import { DocumentsService } from '../documents/index.js';
import { CompaniesService } from './companies.service.js';
import type { Company } from './company.entity.js';
import { choiceOf, shareProfileForm } from './dto/jobs.forms.js';
import { requireUuid } from './ids.js';
import { companyView, postingView } from './jobs.views.js';
import { PostingsService } from './postings.service.js';
import { SHAREABLE_SECTIONS } from './share-grant.entity.js';
import { SHARE_PROFILE_DAY_CHOICES, SHARE_PROFILE_DEFAULT_DAYS, SharingService } from './sharing.service.js';

/** Public company pages, and Share Profile with one company (S1). */
@Controller('companies')
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly postings: PostingsService,
    private readonly sharing: SharingService,
    private readonly documents: DocumentsService,
  ) {}

  @Get(':id')
  @Public()
  async show(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const company = await this.companies.get(requireUuid(id));
    const postings = await this.postings.publishedByCompany(company.id);
    res.render('jobs/company.njk', { title: company.name, company: companyView(company), postings: postings.map((p) => postingView(Object.assign(p, { company }))) });
  }

  @Get(':id/share')
  async sharePage(@CurrentUser() me: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const company = await this.companies.get(requireUuid(id));
    await this.renderShare(me, res, company, 200, {}, { days: SHARE_PROFILE_DEFAULT_DAYS });
  }

  @Post(':id/share')
  async share(@CurrentUser() me: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = res.locals.t as Translate;
    const company = await this.companies.get(requireUuid(id));
    const parsed = shareProfileForm(t).safeParse(body);
    if (!parsed.success) return this.renderShare(me, res, company, 422, fieldErrors(parsed.error), body);
    await this.sharing.shareProfile(me.id, company.id, choiceOf(parsed.data), parsed.data.days);
    setFlash(res, 'success', t('jobs:flash.shared', { company: company.name }));
    seeOther(res, '/settings/sharing');
  }

  private async renderShare(me: AuthUser, res: Response, company: Company, status: number, errors: Record<string, string>, values: Record<string, unknown>): Promise<void> {
    const t = res.locals.t as Translate;
    const rows = await this.documents.rows(await this.documents.list(me.id));
    res.status(status).render('jobs/share-profile.njk', {
      title: t('jobs:share.title', { company: company.name }),
      company: companyView(company),
      resumes: rows.filter((d) => d.categoryKey === 'resume'),
      coverLetters: rows.filter((d) => d.categoryKey === 'cover_letter'),
      portfolios: rows.filter((d) => d.categoryKey === 'portfolio'),
      sections: SHAREABLE_SECTIONS,
      dayChoices: SHARE_PROFILE_DAY_CHOICES,
      values: { ...values, days: Number(values.days ?? SHARE_PROFILE_DEFAULT_DAYS), sections: ([] as unknown[]).concat(values.sections ?? []), coverLetterIds: ([] as unknown[]).concat(values.coverLetterIds ?? []), portfolioIds: ([] as unknown[]).concat(values.portfolioIds ?? []) },
      errors,
    });
  }
}
