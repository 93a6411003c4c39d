import { Module } from '@nestjs/common';
import { AI_PROVIDER, type AiProvider } from '../../../platform/ai/ai-provider.js';
import { AiModule } from '../../../platform/ai/ai.module.js';
import { AiInterviewer, EmbeddedInterviewer, INTERVIEWER, type Interviewer } from './interviewer.js';

/**
 * Provides INTERVIEWER: Candor's own rules when the AI provider is the embedded one (it has no
 * general model and would only ever fall back), otherwise the AI interviewer over the configured provider.
 */
export function createInterviewer(ai: AiProvider): Interviewer {
  return ai.name === 'embedded' ? new EmbeddedInterviewer() : new AiInterviewer(ai);
}

@Module({
  imports: [AiModule],
  providers: [{ provide: INTERVIEWER, inject: [AI_PROVIDER], useFactory: createInterviewer }],
  exports: [INTERVIEWER],
})
export class InterviewerModule {}
