import type { LoggerService } from '@nestjs/common';

export type AiCallOutcome = 'ok' | 'timeout' | 'error' | 'fallback';

/** Everything an AI log line may say. There is no field for text, on purpose (promise D3). */
export interface AiCallEvent {
  provider: 'gemini' | 'openai-compatible' | 'embedded';
  /** From our configuration (validated as a plain model name), never from a request or answer. */
  model: string;
  latencyMs: number;
  outcome: AiCallOutcome;
}

const PROVIDERS = new Set<string>(['gemini', 'openai-compatible', 'embedded']);
const OUTCOMES = new Set<string>(['ok', 'timeout', 'error', 'fallback']);
// Self-hosted servers name models like `llama3.1:8b` or `Qwen/Qwen2.5-7B-Instruct`: still no spaces.
const MODEL_NAME = /^[A-Za-z0-9._:/-]{1,200}$/;

/**
 * The one way AI code writes a log line. It builds the line from the four fields itself, so neither
 * a prompt, an answer nor an error message can reach the logs through it.
 */
export function logAiCall(logger: LoggerService, event: AiCallEvent): void {
  // Checked at run time too: a cast elsewhere must not turn these fields into a channel for text.
  const provider = PROVIDERS.has(event.provider) ? event.provider : 'unknown';
  const outcome = OUTCOMES.has(event.outcome) ? event.outcome : 'error';
  const model = MODEL_NAME.test(event.model) ? event.model : 'unnamed';
  const latencyMs = Number.isFinite(event.latencyMs) ? Math.round(event.latencyMs) : -1;
  const line = `ai call provider=${provider} model=${model} outcome=${outcome} latencyMs=${latencyMs}`;
  if (outcome === 'ok') logger.log(line, 'AiProvider');
  else logger.warn(line, 'AiProvider');
}
