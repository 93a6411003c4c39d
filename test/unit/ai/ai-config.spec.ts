import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/app-config.js';
import { localEnv, PRODUCTION_ENV } from '../../helpers/config-env.js';

const base = localEnv;
const production = PRODUCTION_ENV;

describe('AI provider configuration', () => {
  it('uses the offline embedded provider by default', () => {
    expect(loadConfig(base()).ai).toEqual({ provider: 'embedded', timeoutMs: 20_000 });
  });

  it('reads Gemini settings, with the default model', () => {
    expect(loadConfig({ ...base(), AI_PROVIDER: 'gemini', GEMINI_API_KEY: 'k', GEMINI_BASE_URL: 'http://127.0.0.1:9/', AI_TIMEOUT_MS: '5000' }).ai).toEqual({
      provider: 'gemini',
      apiKey: 'k',
      model: 'gemini-2.5-flash',
      baseUrl: 'http://127.0.0.1:9',
      timeoutMs: 5_000,
    });
  });

  it('names what is missing or unsafe', () => {
    expect(() => loadConfig({ ...base(), AI_PROVIDER: 'gemini' })).toThrow(/GEMINI_API_KEY: required when AI_PROVIDER=gemini/);
    expect(() => loadConfig({ ...base(), AI_PROVIDER: 'openai' })).toThrow(/AI_PROVIDER/);
    expect(() => loadConfig({ ...base(), AI_PROVIDER: 'gemini', GEMINI_API_KEY: 'k', GEMINI_MODEL: 'gemini/../x y' })).toThrow(/GEMINI_MODEL/);
    expect(() => loadConfig({ ...base(), AI_TIMEOUT_MS: '0' })).toThrow(/AI_TIMEOUT_MS/);
    expect(() => loadConfig({ ...base(), ...production, AI_PROVIDER: 'gemini', GEMINI_API_KEY: 'k', GEMINI_BASE_URL: 'http://proxy.internal' })).toThrow(
      /GEMINI_BASE_URL: must be https in production/,
    );
  });
});
