import { Injectable } from '@nestjs/common';
import { DashboardCard, type DashboardCardProvider, type FirstStep } from '../../platform/contracts/dashboard-card.js';
import type { AuthUser } from '../../platform/identity/current-user.js';
import { type DocumentRow } from './document-row.js';
import { DocumentsService } from './documents.service.js';

export interface DocumentsCardModel {
  documents: DocumentRow[];
  count: number;
}

const SHOWN = 5;

/** The person's latest documents, and the step "upload a résumé". */
@Injectable()
@DashboardCard()
export class DocumentsDashboardCard implements DashboardCardProvider<DocumentsCardModel> {
  readonly id = 'documents';
  readonly title = 'Your documents';
  readonly order = 10;
  readonly roles = ['job_seeker'] as const;
  readonly template = 'documents/cards/_documents.njk';

  constructor(private readonly documents: DocumentsService) {}

  async load(actor: AuthUser): Promise<DocumentsCardModel> {
    const documents = await this.documents.list(actor.id);
    return { documents: await this.documents.rows(documents.slice(0, SHOWN)), count: documents.length };
  }

  async firstStep(actor: AuthUser): Promise<FirstStep> {
    const hasResume = (await this.documents.list(actor.id)).some((d) => d.category === 'resume');
    return {
      order: 2,
      title: 'Upload a résumé',
      description: hasResume
        ? 'Your résumé is in; upload a new version whenever it changes.'
        : 'Candor reads it the way hiring systems do and turns it into a profile you can correct.',
      href: '/documents',
      done: hasResume,
    };
  }
}
