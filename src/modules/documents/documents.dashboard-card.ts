import { Injectable } from '@nestjs/common';
import { DashboardCard, PerDashboard, type CardLanguage, type DashboardCardProvider, type FirstStep } from '../../platform/contracts/dashboard-card.js';
import type { Translate } from '../../platform/i18n/translator.js';
import type { AuthUser } from '../../platform/identity/current-user.js';
import type { DocumentCategory } from './document.entity.js';
import { DocumentsService } from './documents.service.js';

/** One document as the card lists it; the template translates the category and formats the date. */
export interface DocumentsCardEntry {
  id: string;
  fileName: string;
  category: DocumentCategory;
  uploadedAt: Date;
}

export interface DocumentsCardModel {
  documents: DocumentsCardEntry[];
  count: number;
}

const SHOWN = 5;

/** The person's latest documents, and the step "upload a résumé". */
@Injectable()
@DashboardCard()
export class DocumentsDashboardCard implements DashboardCardProvider<DocumentsCardModel> {
  readonly id = 'documents';
  readonly order = 10;
  readonly roles = ['job_seeker'] as const;
  readonly template = 'documents/cards/_documents.njk';
  readonly ownDataOnly = true;

  /** The card and the first step read the same statement: once per dashboard. */
  private readonly latest = new PerDashboard((actor) => this.documents.latest(actor.id, SHOWN));

  constructor(private readonly documents: DocumentsService) {}

  title(t: Translate): string {
    return t('documents:cards.title');
  }

  async load(actor: AuthUser): Promise<DocumentsCardModel> {
    const { latest, total } = await this.latest.for(actor);
    return { documents: latest, count: total };
  }

  async firstStep(actor: AuthUser, { t }: CardLanguage): Promise<FirstStep> {
    const { hasResume } = await this.latest.for(actor);
    return {
      order: 2,
      title: t('documents:cards.step.title'),
      description: hasResume
        ? t('documents:cards.step.done')
        : t('documents:cards.step.todo'),
      href: '/documents',
      done: hasResume,
    };
  }
}
