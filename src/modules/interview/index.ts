// The interview module's public face: the only file other modules, app/ and the CLI import.
export { InterviewModule } from './interview.module.js';
export { InterviewsService } from './interviews.service.js';
export { INTERVIEW_CATALOG } from './i18n/interview.catalog.js';
export { interviewRow } from './interview-row.js';
export { scoreAnswer } from './engine/answer-rubric.js';
export { inferQuestionKind, isKorean } from './engine/answer-signals.js';

import { AudioRetentionConsent, RetainedAudio } from './audio/retained-audio.entity.js';
import { InterviewTurn } from './interview-turn.entity.js';
import { Interview } from './interview.entity.js';
export const INTERVIEW_ENTITIES = [Interview, InterviewTurn, RetainedAudio, AudioRetentionConsent];
