import { SpeechToTextError, type SpeechAvailability, type SpeechToText, type Transcript } from './speech-to-text.js';

/** SPEECH_PROVIDER=none: voice answers are off and the page offers typing only. */
export class DisabledSpeechToText implements SpeechToText {
  readonly engine = 'none';

  availability(): Promise<SpeechAvailability> {
    return Promise.resolve({ available: false, reason: 'Voice answers are turned off on this server (SPEECH_PROVIDER=none).' });
  }

  supports(): boolean {
    return false;
  }

  transcribe(): Promise<Transcript> {
    return Promise.reject(new SpeechToTextError('unavailable'));
  }
}
