import { describe, expect, it } from 'vitest';
import { logAiCall, type AiCallEvent } from '../../../src/platform/ai/ai-call-log.js';

function capture(event: AiCallEvent): string[] {
  const lines: string[] = [];
  const sink = (m: unknown) => void lines.push(String(m));
  logAiCall({ log: sink, warn: sink, error: sink }, event);
  return lines;
}

describe('AI call log line', () => {
  it('says provider, model, outcome and latency, and nothing else', () => {
    expect(capture({ provider: 'gemini', model: 'gemini-2.5-flash', latencyMs: 123.4, outcome: 'ok' })).toEqual([
      'ai call provider=gemini model=gemini-2.5-flash outcome=ok latencyMs=123',
    ]);
  });

  it('cannot be turned into a channel for text by a cast', () => {
    const line = capture({
      provider: 'gemini: jane.roe@example.com' as never,
      model: 'Resume of Jane, phone 010-2345-6789',
      latencyMs: Number.NaN,
      outcome: 'prompt was: secret' as never,
    }).join('\n');
    expect(line).toBe('ai call provider=unknown model=unnamed outcome=error latencyMs=-1');
  });
});
