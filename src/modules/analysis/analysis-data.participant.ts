import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { Analysis } from './analysis.entity.js';
import { AnalysisService } from './analysis.service.js';

/** Analyses in export (every report and the job text it was run against) and in erasure. */
@Injectable()
@UserDataParticipant()
export class AnalysisDataParticipant implements UserDataContributor {
  readonly dataArea = 'analyses';
  readonly exportFolder = { name: 'analyses', description: 'every analysis report and the job description it was run against' };
  readonly erasePhase = ERASE_PHASE.dependentRows;

  constructor(private readonly analyses: AnalysisService) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const rows = [];
    for (const analysis of await this.analyses.list(userId)) {
      const { report, jobText } = await this.analyses.view(userId, analysis.id);
      rows.push({
        id: analysis.id,
        document: await this.analyses.documentName(analysis),
        status: analysis.status,
        score: analysis.score ?? null,
        jobTitle: analysis.jobTitle ?? null,
        jobDescription: jobText ?? null,
        report: report ?? null,
        note: analysis.aiNote ?? null,
        requestedAt: analysis.createdAt.toISOString(),
        completedAt: analysis.completedAt?.toISOString() ?? null,
      });
    }
    return [{ path: 'analyses/analyses.json', content: JSON.stringify(rows, null, 2) }];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(Analysis, { owner: userId });
  }
}
