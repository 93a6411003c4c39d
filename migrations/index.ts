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
import { Migration20261129195400_InterviewLocaleAndDraft as M9 } from './Migration20261129195400_InterviewLocaleAndDraft.js';

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
  { name: 'Migration20261129195400_InterviewLocaleAndDraft', class: M9 },
];
