import { Logger, Module, type LoggerService } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AI_PROVIDER, type AiProvider } from './ai-provider.js';
import { EmbeddedAiProvider } from './embedded-ai-provider.js';
import { FallbackAiProvider } from './fallback-ai-provider.js';
import { GeminiAiProvider } from './gemini-ai-provider.js';
import { OpenAiCompatibleAiProvider } from './openai-compatible-ai-provider.js';

/**
 * Picks the AI provider named by the configuration (AI_PROVIDER). A remote model (Gemini, or a
 * self-hosted server speaking the OpenAI protocol) is always wrapped in the fallback to the embedded rules; the embedded provider needs no wrapper, it cannot time out.
 */
export function createAiProvider(ai: AppConfig['ai'], logger: LoggerService = new Logger('AiProvider')): AiProvider {
  switch (ai.provider) {
    case 'embedded':
      return new EmbeddedAiProvider();
    case 'gemini':
      return new FallbackAiProvider(
        new GeminiAiProvider({ apiKey: ai.apiKey, model: ai.model, baseUrl: ai.baseUrl, timeoutMs: ai.timeoutMs, logger }),
        new EmbeddedAiProvider(),
        logger,
      );
    case 'openai-compatible':
      return new FallbackAiProvider(
        new OpenAiCompatibleAiProvider({ baseUrl: ai.baseUrl, model: ai.model, apiKey: ai.apiKey, timeoutMs: ai.timeoutMs, logger }),
        new EmbeddedAiProvider(),
        logger,
      );
  }
}

/** The AI provider port (promises D3–D5). Other modules inject `AI_PROVIDER` only. */
@Module({
  providers: [{ provide: AI_PROVIDER, inject: [APP_CONFIG], useFactory: (config: AppConfig): AiProvider => createAiProvider(config.ai) }],
  exports: [AI_PROVIDER],
})
export class AiModule {}
