import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { epochMs } from '../../platform/database/epoch-ms.js';
import { preparedStatement, runWithBinaryParameters } from '../../platform/database/prepared-query.js';
import { Document, type DocumentCategory } from './document.entity.js';

/** What lists show of a document, read as plain columns (no entity is built for a list). */
export interface DocumentListColumns {
  id: string;
  category: DocumentCategory;
  kind: Document['kind'];
  sizeBytes: number;
  createdAt: Date;
  fileNameCiphertext: Buffer;
}

/** The newest documents and what the dashboard says about all of them, from one statement. */
export interface LatestDocuments {
  latest: DocumentListColumns[];
  total: number;
  hasResume: boolean;
}

const WRITE_TEXT_CIPHERTEXT = preparedStatement('documents-write-text-ciphertext', 'update documents set text_ciphertext = $1 where id = $2 and owner_id = $3');

const LIST_COLUMNS = `id, category, kind, size_bytes as "sizeBytes", ${epochMs('created_at')} as "createdAt", file_name_ciphertext as "fileNameCiphertext"`;
type ListRow = Omit<DocumentListColumns, 'createdAt'> & { createdAt: number };
const listColumns = ({ createdAt, ...row }: ListRow): DocumentListColumns => ({ ...row, createdAt: new Date(createdAt) });

/**
 * Queries on documents. Every read of a row takes the owner id (promise A3); the one exception,
 * `ownersOf`, answers only "whose is this?" for the access service.
 */
@Injectable()
export class DocumentRepository {
  constructor(private readonly em: EntityManager) {}

  listOwned(ownerId: string): Promise<Document[]> {
    return this.em.find(Document, { owner: ownerId }, { orderBy: { createdAt: 'desc' } });
  }

  /** The owner's documents (of one category, if given), newest first: the columns lists show, one statement. */
  async listColumnsOwned(ownerId: string, category?: DocumentCategory): Promise<DocumentListColumns[]> {
    const rows = await this.em.execute<ListRow[]>(
      `select ${LIST_COLUMNS} from documents where owner_id = ?${category ? ' and category = ?' : ''} order by created_at desc`,
      category ? [ownerId, category] : [ownerId],
    );
    return rows.map(listColumns);
  }

  /**
   * The `count` newest documents, how many there are and whether one is a résumé, in one statement:
   * the window aggregates run over every row of the owner before the limit keeps the newest.
   */
  async latestOwned(ownerId: string, count: number): Promise<LatestDocuments> {
    const rows = await this.em.execute<(ListRow & { total: string; hasResume: boolean })[]>(
      `select ${LIST_COLUMNS}, count(*) over () as total, bool_or(category = 'resume') over () as "hasResume"
         from documents where owner_id = ? order by created_at desc limit ?`,
      [ownerId, count],
    );
    return {
      latest: rows.map(({ total: _total, hasResume: _hasResume, ...columns }) => listColumns(columns)),
      total: Number(rows[0]?.total ?? 0),
      hasResume: rows[0]?.hasResume ?? false,
    };
  }

  /**
   * The owner's newest résumé and its encrypted profile (null when it has none), in one statement;
   * undefined when the owner has no résumé.
   */
  async newestResumeProfileOwned(ownerId: string): Promise<{ documentId: string; resumeCiphertext: Buffer | null } | undefined> {
    const [row] = await this.em.execute<{ documentId: string; resumeCiphertext: Buffer | null }[]>(
      `select d.id as "documentId", rp.resume_ciphertext as "resumeCiphertext"
         from documents d left join resume_profiles rp on rp.document_id = d.id and rp.owner_id = d.owner_id
        where d.owner_id = ? and d.category = 'resume'
        order by d.created_at desc limit 1`,
      [ownerId],
    );
    return row;
  }

  findOwned(ownerId: string, documentId: string, em: EntityManager = this.em): Promise<Document | null> {
    return em.findOne(Document, { id: documentId, owner: ownerId });
  }

  /**
   * Writes a document's text ciphertext: the one way that column is written (upload, replace and
   * redaction alike), inside the caller's transaction so it commits or rolls back with the rest of
   * the change. The ORM would write the bytes into its SQL text as a hex literal (10 MB for a 5 MB
   * text) built on the main thread in one block; here they go as a bound binary parameter (issue #10,
   * see runWithBinaryParameters). The entity's `textCiphertext` is therefore never assigned for a
   * flush, and a copy of it loaded before the write is stale: read the text again after writing it.
   */
  async writeTextCiphertext(tx: EntityManager, ownerId: string, documentId: string, ciphertext: Buffer): Promise<void> {
    if (!tx.isInTransaction()) throw new Error('The text of a document is written inside the transaction of its change');
    await runWithBinaryParameters(tx, WRITE_TEXT_CIPHERTEXT, [ciphertext, documentId, ownerId]);
  }

  /** Owner of each existing document among `ids`, for the access policy. */
  async ownersOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.fork().find(Document, { id: { $in: [...ids] } }, { fields: ['id', 'owner'] });
    return new Map(rows.map((row) => [row.id, row.owner.id]));
  }
}
