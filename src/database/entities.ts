import { Session } from '../modules/accounts/session.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { Analysis } from '../modules/analysis/analysis.entity.js';
import { ErasedAccount } from '../modules/compliance/erased-account.entity.js';
import { Document } from '../modules/documents/document.entity.js';
import { ResumeProfile } from '../modules/documents/resume-profile.entity.js';
import { UserKey } from '../modules/documents/storage/user-key.entity.js';
import { AudioRetentionConsent, RetainedAudio } from '../modules/interview/audio/retained-audio.entity.js';
import { InterviewTurn } from '../modules/interview/interview-turn.entity.js';
import { Interview } from '../modules/interview/interview.entity.js';
import { ScheduledJobRun } from '../shared/scheduling/scheduled-job-run.entity.js';

/** Every entity, listed explicitly: folder discovery breaks between src (tests) and dist (runtime). */
export const ENTITIES = [User, Session, ScheduledJobRun, ErasedAccount, UserKey, Document, ResumeProfile, Analysis, Interview, InterviewTurn, RetainedAudio, AudioRetentionConsent];
