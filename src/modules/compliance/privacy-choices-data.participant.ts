import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { BreachIncidentPerson } from './incidents/breach-incident.entity.js';
import { MarketingConsentEvent } from './marketing/marketing-consent-event.entity.js';
import { PolicyAcceptance, PolicyNotice } from './policies/policy-version.entity.js';
import { PrivacyContactMessage } from './policies/privacy-contact-message.entity.js';

/**
 * What compliance operations keep about a person — marketing choices (R5), breach notices sent to
 * them (H2), messages to the privacy officer, privacy policy notices and acceptances (P1) — exported under `privacy/` (R1) and erased with the
 * account (R2). Retention warnings are erased too; they say only when a warning went out.
 */
@Injectable()
@UserDataParticipant()
export class PrivacyChoicesDataParticipant implements UserDataContributor {
  readonly dataArea = 'privacy-choices';
  readonly exportFolder = { name: 'privacy', description: 'your marketing email choices, breach notices sent to you, your messages to our privacy officer, and the privacy policy versions you were told about and accepted' };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(private readonly em: EntityManager) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const em = this.em.fork();
    const [choices, notices, messages, policyNotices, acceptances] = await Promise.all([
      em.find(MarketingConsentEvent, { user: userId }, { orderBy: { at: 'asc' } }),
      em.find(BreachIncidentPerson, { user: userId }, { populate: ['incident'] }),
      em.find(PrivacyContactMessage, { user: userId }, { orderBy: { receivedAt: 'asc' } }),
      em.find(PolicyNotice, { user: userId }, { populate: ['version'], orderBy: { notifiedAt: 'asc' } }),
      em.find(PolicyAcceptance, { user: userId }, { populate: ['version'], orderBy: { acceptedAt: 'asc' } }),
    ]);
    const json = (value: unknown): string => JSON.stringify(value, null, 2);
    return [
      { path: 'privacy/marketing-choices.json', content: json(choices.map((c) => ({ subscribed: c.optedIn, how: c.source, at: c.at.toISOString() }))) },
      {
        path: 'privacy/breach-notices.json',
        content: json(notices.map((n) => ({ incident: n.incident.reference, noticesReceived: n.notifiedPhase, lastNoticeAt: n.lastNotifiedAt?.toISOString() ?? null, bannerDismissedAt: n.bannerDismissedAt?.toISOString() ?? null }))),
      },
      {
        path: 'privacy/policy-versions.json',
        content: json({
          toldAbout: policyNotices.map((n) => ({ version: n.version.number, notifiedAt: n.notifiedAt.toISOString(), bannerDismissedAt: n.bannerDismissedAt?.toISOString() ?? null })),
          accepted: acceptances.map((a) => ({ version: a.version.number, acceptedAt: a.acceptedAt.toISOString() })),
        }),
      },
      { path: 'privacy/messages-to-privacy-officer.json', content: json(messages.map((m) => ({ replyTo: m.replyTo, message: m.message, receivedAt: m.receivedAt.toISOString(), replyDueAt: m.replyDueAt.toISOString() }))) },
    ];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(MarketingConsentEvent, { user: userId });
    await em.nativeDelete(BreachIncidentPerson, { user: userId });
    await em.nativeDelete(PrivacyContactMessage, { user: userId });
    await em.nativeDelete(PolicyNotice, { user: userId });
    await em.nativeDelete(PolicyAcceptance, { user: userId });
    await em.execute(`delete from retention_warnings where user_id = ?`, [userId]);
  }
}
