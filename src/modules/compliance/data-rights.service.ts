import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ZipArchive } from 'archiver';
import { createHmac } from 'node:crypto';
import type { Writable } from 'node:stream';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { UserDataParticipant, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { User } from '../../platform/identity/user.entity.js';
import { ErasedAccount } from './erased-account.entity.js';

/** How long the salted identity hash of a deleted account is kept for fraud prevention (R2). */
export const ERASED_IDENTITY_RETENTION_DAYS = 183;

/**
 * Export (R1) and erasure (R2) across every module. Participants are discovered, not listed, so a
 * module that stores user data takes part as soon as it marks its provider.
 */
@Injectable()
export class DataRightsService implements OnModuleInit {
  private readonly logger = new Logger('DataRights');
  private participants: UserDataContributor[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.participants = this.discovery
      .getProviders({ metadataKey: UserDataParticipant.KEY })
      .map((wrapper) => wrapper.instance as UserDataContributor)
      .sort((a, b) => a.erasePhase - b.erasePhase);
    const areas = this.participants.map((p) => p.dataArea);
    if (new Set(areas).size !== areas.length) throw new Error(`Two data-rights participants share an area: ${areas.join(', ')}`);
    if (!areas.includes('accounts')) throw new Error('The accounts module must take part in data rights');
  }

  get areas(): string[] {
    return this.participants.map((p) => p.dataArea);
  }

  /** Streams the user's whole archive as a ZIP into `out`. */
  async writeExport(userId: string, out: Writable): Promise<void> {
    const generatedAt = new Date().toISOString();
    const zip = new ZipArchive({ zlib: { level: 6 } });
    const done = new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      out.on('error', reject);
      out.on('finish', resolve);
    });
    zip.pipe(out);
    const manifest: { path: string; bytes: number }[] = [];
    for (const participant of this.participants) {
      for (const entry of await participant.exportUserData(userId)) {
        const content = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
        zip.append(content, { name: entry.path, date: new Date(generatedAt) });
        manifest.push({ path: entry.path, bytes: content.length });
      }
    }
    zip.append(JSON.stringify({ generatedAt, areas: this.areas, files: manifest }, null, 2), { name: 'manifest.json' });
    zip.append(README(generatedAt), { name: 'README.txt' });
    await zip.finalize();
    await done;
  }

  /**
   * Deletes the account and everything in it, in one transaction: sessions end with the rows, so
   * access stops at once (R2). Keeps only a salted hash of the sign-in identity, apart, for six months.
   */
  async eraseAccount(userId: string): Promise<void> {
    const em = this.em.fork();
    await em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const erasedAt = new Date();
      tx.create(ErasedAccount, {
        identityHash: this.identityHash(user.provider, user.providerSubject),
        erasedAt,
        destroyAfter: new Date(erasedAt.getTime() + ERASED_IDENTITY_RETENTION_DAYS * 86_400_000),
      });
      await tx.flush();
      for (const participant of this.participants) await participant.eraseUserData(userId, tx);
    });
    for (const participant of this.participants) {
      // Runs after the commit; a failure is logged for the operator and retried by hand, never hidden.
      await participant.afterErase?.(userId).catch((error: unknown) => {
        this.logger.error(`Post-erasure step of ${participant.dataArea} failed for an erased account: ${(error as Error).message}`);
      });
    }
    this.logger.log(`Erased account ${userId}`);
  }

  /** Destroys expired identity hashes of deleted accounts. */
  async destroyExpiredErasureRecords(now = new Date()): Promise<number> {
    return this.em.fork().nativeDelete(ErasedAccount, { destroyAfter: { $lte: now } });
  }

  identityHash(provider: string, subject: string): string {
    return createHmac('sha256', this.config.secrets.masterKey).update(`erased-identity:${provider}:${subject}`).digest('hex');
  }
}

const README = (generatedAt: string): string => `Your Candor data
================

This archive holds everything Candor stores about you, as of ${generatedAt}.
Each folder is one part of the service; files are JSON unless they are documents you uploaded,
which are included as the original files.

  accounts/   your profile, job preferences and sign-in sessions
  documents/  every document you uploaded (the original file), the text we read from it,
              and the structured profile (JSON Resume) of each resume
  analyses/   every analysis report and the job description it was run against
  access-history/  every time someone other than you opened your data, who, why and what
  manifest.json  the list of files in this archive

Questions about your data: use Settings → Privacy in Candor.
`;
