// The ordered list of migrations. `npm run migration:create` regenerates this file.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123203327 as M0 } from './Migration20261123203327.js';
import { Migration20261123204533_documents as M1 } from './Migration20261123204533_documents.js';
import { Migration20261123213654_analyses as M2 } from './Migration20261123213654_analyses.js';
import { Migration20261123225515_Interviews as M3 } from './Migration20261123225515_Interviews.js';
import { Migration20261123233454_DocumentTables as M4 } from './Migration20261123233454_DocumentTables.js';
import { Migration20261129161735_MailOutbox as M5 } from './Migration20261129161735_MailOutbox.js';
import { Migration20261129162400_EncryptDocumentFileNames as M6 } from './Migration20261129162400_EncryptDocumentFileNames.js';
import { Migration20261129162440_AccessLog as M7 } from './Migration20261129162440_AccessLog.js';
import { Migration20261129162705_UserLocale as M8 } from './Migration20261129162705_UserLocale.js';
import { Migration20261129190811_BreachIncidents as M9 } from './Migration20261129190811_BreachIncidents.js';
import { Migration20261129190842_Jobs as M10 } from './Migration20261129190842_Jobs.js';
import { Migration20261129190854_Billing as M11 } from './Migration20261129190854_Billing.js';
import { Migration20261129190902_ConsentLedger as M12 } from './Migration20261129190902_ConsentLedger.js';
import { Migration20261129190905_DataRequests as M13 } from './Migration20261129190905_DataRequests.js';
import { Migration20261129191500_RateLimitCounter as M14 } from './Migration20261129191500_RateLimitCounter.js';
import { Migration20261129193308_MarketingConsent as M15 } from './Migration20261129193308_MarketingConsent.js';
import { Migration20261129193941_Retention as M16 } from './Migration20261129193941_Retention.js';
import { Migration20261129195400_InterviewLocaleAndDraft as M17 } from './Migration20261129195400_InterviewLocaleAndDraft.js';
import { Migration20261129200147_PrivacyContact as M18 } from './Migration20261129200147_PrivacyContact.js';
import { Migration20261129200334_DocumentReading as M19 } from './Migration20261129200334_DocumentReading.js';
import { Migration20261129203319_PolicyVersions as M20 } from './Migration20261129203319_PolicyVersions.js';
import { Migration20261129203408_SavedSearches as M21 } from './Migration20261129203408_SavedSearches.js';
import { Migration20261129203839_ApplicationMessages as M22 } from './Migration20261129203839_ApplicationMessages.js';
import { Migration20261129204323_Advisors as M23 } from './Migration20261129204323_Advisors.js';
import { Migration20261129224348_MessageReportCases as M24 } from './Migration20261129224348_MessageReportCases.js';
import { Migration20261129224503_RetentionPurgeIndexes as M25 } from './Migration20261129224503_RetentionPurgeIndexes.js';
import { Migration20261129225326_JobsFilterIndexes as M26 } from './Migration20261129225326_JobsFilterIndexes.js';
import { Migration20261129230003_TranscriptConfidence as M27 } from './Migration20261129230003_TranscriptConfidence.js';
import { Migration20261129230507_RoleChanges as M28 } from './Migration20261129230507_RoleChanges.js';
import { Migration20261129230733_CompanyLogos as M29 } from './Migration20261129230733_CompanyLogos.js';
import { Migration20261129230918_SupportTickets as M30 } from './Migration20261129230918_SupportTickets.js';
import { Migration20261130020648_JobsLocationKeys as M31 } from './Migration20261130020648_JobsLocationKeys.js';
import { Migration20261130020801_ForeignKeyIndexes as M32 } from './Migration20261130020801_ForeignKeyIndexes.js';
import { Migration20261130053101_JobsSearchStatistics as M33 } from './Migration20261130053101_JobsSearchStatistics.js';
import { Migration20261130075646_UserDataVersion as M34 } from './Migration20261130075646_UserDataVersion.js';
import { Migration20261130082700_JobsSearchFacets as M35 } from './Migration20261130082700_JobsSearchFacets.js';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123203327', class: M0 },
  { name: 'Migration20261123204533_documents', class: M1 },
  { name: 'Migration20261123213654_analyses', class: M2 },
  { name: 'Migration20261123225515_Interviews', class: M3 },
  { name: 'Migration20261123233454_DocumentTables', class: M4 },
  { name: 'Migration20261129161735_MailOutbox', class: M5 },
  { name: 'Migration20261129162400_EncryptDocumentFileNames', class: M6 },
  { name: 'Migration20261129162440_AccessLog', class: M7 },
  { name: 'Migration20261129162705_UserLocale', class: M8 },
  { name: 'Migration20261129190811_BreachIncidents', class: M9 },
  { name: 'Migration20261129190842_Jobs', class: M10 },
  { name: 'Migration20261129190854_Billing', class: M11 },
  { name: 'Migration20261129190902_ConsentLedger', class: M12 },
  { name: 'Migration20261129190905_DataRequests', class: M13 },
  { name: 'Migration20261129191500_RateLimitCounter', class: M14 },
  { name: 'Migration20261129193308_MarketingConsent', class: M15 },
  { name: 'Migration20261129193941_Retention', class: M16 },
  { name: 'Migration20261129195400_InterviewLocaleAndDraft', class: M17 },
  { name: 'Migration20261129200147_PrivacyContact', class: M18 },
  { name: 'Migration20261129200334_DocumentReading', class: M19 },
  { name: 'Migration20261129203319_PolicyVersions', class: M20 },
  { name: 'Migration20261129203408_SavedSearches', class: M21 },
  { name: 'Migration20261129203839_ApplicationMessages', class: M22 },
  { name: 'Migration20261129204323_Advisors', class: M23 },
  { name: 'Migration20261129224348_MessageReportCases', class: M24 },
  { name: 'Migration20261129224503_RetentionPurgeIndexes', class: M25 },
  { name: 'Migration20261129225326_JobsFilterIndexes', class: M26 },
  { name: 'Migration20261129230003_TranscriptConfidence', class: M27 },
  { name: 'Migration20261129230507_RoleChanges', class: M28 },
  { name: 'Migration20261129230733_CompanyLogos', class: M29 },
  { name: 'Migration20261129230918_SupportTickets', class: M30 },
  { name: 'Migration20261130020648_JobsLocationKeys', class: M31 },
  { name: 'Migration20261130020801_ForeignKeyIndexes', class: M32 },
  { name: 'Migration20261130053101_JobsSearchStatistics', class: M33 },
  { name: 'Migration20261130075646_UserDataVersion', class: M34 },
  { name: 'Migration20261130082700_JobsSearchFacets', class: M35 },
];
