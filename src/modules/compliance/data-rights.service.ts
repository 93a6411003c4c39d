import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { createHmac } from 'node:crypto';
import type { Writable } from 'node:stream';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { UserDataParticipant, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { User } from '../../platform/identity/user.entity.js';
import { Mailer, type MailLocale } from '../../platform/mail/index.js';
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
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.participants = this.discovery
      .getProviders({ metadataKey: UserDataParticipant.KEY })
      .map((wrapper) => wrapper.instance as UserDataContributor)
      .sort((a, b) => a.erasePhase - b.erasePhase);
    const areas = this.participants.map((p) => p.dataArea);
    if (new Set(areas).size !== areas.length) throw new Error(`Two data-rights participants share an area: ${areas.join(', ')}`);
    for (const required of ['accounts', 'vault']) {
      if (!areas.includes(required)) throw new Error(`The ${required} participant must take part in data rights`);
    }
    const folders = this.participants.flatMap((p) => (p.exportFolder ? [p.exportFolder.name] : []));
    if (new Set(folders).size !== folders.length) throw new Error(`Two data-rights participants share an export folder: ${folders.join(', ')}`);
  }

  get areas(): string[] {
    return this.participants.map((p) => p.dataArea);
  }

  /** Streams the user's whole archive as a ZIP into `out`. */
  async writeExport(userId: string, out: Writable, beforeFirstByte: () => void = () => undefined): Promise<void> {
    const generatedAt = new Date().toISOString();
    // Everything is gathered before the first byte goes out: if a part cannot be read (the object
    // store is down, say), the person gets an error page, never a complete-looking ZIP with gaps.
    const entries: { path: string; content: Buffer }[] = [];
    for (const participant of this.participants) {
      for (const entry of await participant.exportUserData(userId)) {
        // The README describes the archive folder by folder; a file outside its declared folder would go undescribed.
        if (!participant.exportFolder || !entry.path.startsWith(`${participant.exportFolder.name}/`)) {
          throw new Error(`The ${participant.dataArea} participant exported ${entry.path} outside its declared folder`);
        }
        entries.push({ path: entry.path, content: typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content });
      }
    }
    // archiver and its stream helpers (≈ 70 files) load on the first export, not at every start (issue #18).
    const { ZipArchive } = await import('archiver');
    beforeFirstByte();
    const zip = new ZipArchive({ zlib: { level: 6 } });
    const done = new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      out.on('error', reject);
      out.on('finish', resolve);
    });
    zip.pipe(out);
    const manifest: { path: string; bytes: number }[] = [];
    for (const { path, content } of entries) {
      zip.append(content, { name: path, date: new Date(generatedAt) });
      manifest.push({ path, bytes: content.length });
    }
    zip.append(JSON.stringify({ generatedAt, areas: this.areas, files: manifest }, null, 2), { name: 'manifest.json' });
    zip.append(this.readme(generatedAt), { name: 'README.txt' });
    await zip.finalize();
    await done;
  }

  /**
   * Deletes the account and everything in it, in one transaction: sessions end with the rows, so
   * access stops at once (R2). Keeps only a salted hash of the sign-in identity, apart, for six months.
   * Then confirms by email, in the language the account saved (`users.locale`), else
   * `confirmationLocale` (the language of the page the person deleted from), else English.
   */
  async eraseAccount(userId: string, options: { confirmationLocale?: MailLocale } = {}): Promise<void> {
    const em = this.em.fork();
    // The address is read under the row lock, before anything is erased, to confirm to it afterwards.
    const recipient = await em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const erasedAt = new Date();
      tx.create(ErasedAccount, {
        identityHash: this.identityHash(user.provider, user.providerSubject),
        erasedAt,
        destroyAfter: new Date(erasedAt.getTime() + ERASED_IDENTITY_RETENTION_DAYS * 86_400_000),
      });
      await tx.flush();
      for (const participant of this.participants) await participant.eraseUserData(userId, tx);
      return { address: user.email, locale: user.locale };
    });
    for (const participant of this.participants) {
      // Runs after the commit; a failure is logged for the operator and retried by hand, never hidden.
      await participant.afterErase?.(userId).catch((error: unknown) => {
        this.logger.error(`Post-erasure step of ${participant.dataArea} failed for an erased account: ${(error as Error).message}`);
      });
    }
    this.logger.log(`Erased account ${userId}`);
    await this.confirmErasure(recipient.address, recipient.locale ?? options.confirmationLocale ?? 'en');
  }

  /**
   * Queued only after the erasure committed (so the erasure cannot remove it, and no confirmation
   * goes out for an erasure that rolled back), linked to no account, and sent at once: the outbox
   * forgets the address the moment the message is delivered or given up. The template holds no
   * personal data. A failure to queue is logged for the operator: the erasure itself has happened.
   */
  private async confirmErasure(address: string, locale: MailLocale): Promise<void> {
    try {
      await this.mailer.sendNow({ to: address, locale, template: 'account-deleted', kind: 'transactional', forgetRecipient: true });
    } catch (error) {
      this.logger.error(`The deletion confirmation could not be queued: ${(error as Error).name}: ${(error as Error).message}`);
    }
  }

  /** The archive's README: one line per folder, from each participant's own declaration. */
  readme(generatedAt: string): string {
    const folders = this.participants.flatMap((p) => (p.exportFolder ? [p.exportFolder] : []));
    const width = Math.max(...folders.map((f) => f.name.length + 1), 'manifest.json'.length) + 2;
    const lines = [...folders.map((f) => ({ name: `${f.name}/`, description: f.description })), { name: 'manifest.json', description: 'the list of files in this archive' }].map(
      ({ name, description }) => `  ${name.padEnd(width)}${description}`,
    );
    return `Your Candor data
================

This archive holds everything Candor stores about you, as of ${generatedAt}.
Each folder is one part of the service; files are JSON unless they are documents you uploaded,
which are included as the original files.

${lines.join('\n')}

Questions about your data: use Settings → Privacy in Candor.
`;
  }

  /** Destroys expired identity hashes of deleted accounts. */
  async destroyExpiredErasureRecords(now = new Date()): Promise<number> {
    return this.em.fork().nativeDelete(ErasedAccount, { destroyAfter: { $lte: now } });
  }

  identityHash(provider: string, subject: string): string {
    return createHmac('sha256', this.config.secrets.masterKey).update(`erased-identity:${provider}:${subject}`).digest('hex');
  }
}
