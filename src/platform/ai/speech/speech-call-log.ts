import type { LoggerService } from '@nestjs/common';

export type SpeechCallOutcome = 'ok' | 'timeout' | 'unavailable' | 'failed';

/** Everything a speech log line may say. There is no field for audio, text or a path, on purpose. */
export interface SpeechCallEvent {
  engine: 'pocketsphinx' | 'gemini' | 'openai-compatible';
  outcome: SpeechCallOutcome;
  latencyMs: number;
  audioSeconds: number;
}

const ENGINES = new Set<string>(['pocketsphinx', 'gemini', 'openai-compatible']);
const OUTCOMES = new Set<string>(['ok', 'timeout', 'unavailable', 'failed']);

/**
 * The one way speech code writes a log line: built here from numbers and fixed words, so neither
 * a transcript nor engine output (which can quote what was said) can reach the logs through it.
 */
export function logSpeechCall(logger: LoggerService, event: SpeechCallEvent): void {
  const engine = ENGINES.has(event.engine) ? event.engine : 'unknown';
  const outcome = OUTCOMES.has(event.outcome) ? event.outcome : 'failed';
  const latencyMs = Number.isFinite(event.latencyMs) ? Math.round(event.latencyMs) : -1;
  const audioSeconds = Number.isFinite(event.audioSeconds) ? Math.round(event.audioSeconds * 10) / 10 : -1;
  const line = `speech call engine=${engine} outcome=${outcome} latencyMs=${latencyMs} audioSeconds=${audioSeconds}`;
  if (outcome === 'ok') logger.log(line, 'SpeechToText');
  else logger.warn(line, 'SpeechToText');
}
