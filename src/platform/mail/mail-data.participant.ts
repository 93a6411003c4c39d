import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../contracts/user-data-participant.js';
import { User } from '../identity/user.entity.js';
import { MailOutboxMessage } from './mail-outbox.entity.js';

/**
 * The outbox holds addresses and content, so it takes part in data rights: the export lists the
 * messages sent to the person (`mail/messages.json`), erasure deletes them — those linked to the
 * account and those addressed to its email address without a link.
 */
@Injectable()
@UserDataParticipant()
export class MailDataParticipant implements UserDataContributor {
  readonly dataArea = 'mail';
  readonly exportFolder = { name: 'mail', description: 'the messages to you that we still keep (sent mail is deleted after a short retention period)' };
  /** With the other modules' rows, before the user row goes: it still tells the address. */
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(private readonly em: EntityManager) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const em = this.em.fork();
    const messages = await em.find(MailOutboxMessage, await this.ownedBy(em, userId), { orderBy: { createdAt: 'desc' } });
    const rows = messages.map((m) => ({
      to: m.recipient,
      subject: m.subject,
      text: m.textBody,
      kind: m.kind,
      status: m.status,
      queuedAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    }));
    return [{ path: 'mail/messages.json', content: JSON.stringify(rows, null, 2) }];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(MailOutboxMessage, await this.ownedBy(em, userId));
  }

  private async ownedBy(em: EntityManager, userId: string): Promise<object> {
    const user = await em.findOne(User, { id: userId }, { fields: ['email'] });
    if (!user) return { user: userId };
    return { $or: [{ user: userId }, { recipient: { $ilike: escapeLike(user.email) } }] };
  }
}

/** An address matched case-insensitively and literally (`_` and `%` are ordinary characters in it). */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
