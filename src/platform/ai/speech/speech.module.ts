import { Logger, Module, type LoggerService } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { AudioScratch } from './audio-scratch.js';
import { DisabledSpeechToText } from './disabled-speech-to-text.js';
import { GeminiSpeechToText } from './gemini-speech-to-text.js';
import { OpenAiCompatibleSpeechToText } from './openai-compatible-speech-to-text.js';
import { PocketSphinxSpeechToText } from './pocketsphinx-speech-to-text.js';
import { SPEECH_TO_TEXT, type SpeechToText } from './speech-to-text.js';

/** Picks the engine named by the configuration (SPEECH_PROVIDER). Also used by the `transcribe` CLI. */
export function createSpeechToText(speech: AppConfig['speech'], logger: LoggerService = new Logger('SpeechToText')): SpeechToText {
  switch (speech.provider) {
    case 'pocketsphinx':
      return new PocketSphinxSpeechToText({ binary: speech.binary, modelDir: speech.modelDir, timeoutMs: speech.timeoutMs, logger });
    case 'gemini':
      return new GeminiSpeechToText({ apiKey: speech.apiKey, model: speech.model, baseUrl: speech.baseUrl, timeoutMs: speech.timeoutMs, logger });
    case 'openai-compatible':
      return new OpenAiCompatibleSpeechToText({ baseUrl: speech.baseUrl, model: speech.model, apiKey: speech.apiKey, timeoutMs: speech.timeoutMs, logger });
    case 'none':
      return new DisabledSpeechToText();
  }
}

/** The speech-to-text port and the audio scratch directory (promises V2, V3). */
@Module({
  providers: [
    { provide: SPEECH_TO_TEXT, inject: [APP_CONFIG], useFactory: (config: AppConfig): SpeechToText => createSpeechToText(config.speech) },
    { provide: AudioScratch, inject: [APP_CONFIG], useFactory: (config: AppConfig): AudioScratch => new AudioScratch(config.audio.scratchDir) },
  ],
  exports: [SPEECH_TO_TEXT, AudioScratch],
})
export class SpeechModule {}
