import type { AppConfig } from '../../../config/app-config.js';

/** The kinds of processor the privacy page names (P2). */
export const PROCESSOR_AREAS = ['hosting', 'storage', 'ai', 'speech', 'email', 'analytics', 'ads', 'payments'] as const;
export type ProcessorArea = (typeof PROCESSOR_AREAS)[number];

/**
 * One processor in use. `area` keys its purpose, the data it receives and the safeguards in the
 * catalog (`operations:processors.<area>.*`); name and location come from the configuration.
 */
export interface Processor {
  area: ProcessorArea;
  name: string;
  location: string | undefined;
}

/**
 * The processors Candor uses as it is configured right now: a provider that is not configured is
 * not listed, and the list changes when the configuration does — so the page cannot name a
 * processor that is not used, nor leave out one that is. Work Candor does on its own servers
 * (embedded model, PocketSphinx, local storage and mail) has no processor.
 */
export function processorsInUse(config: AppConfig): Processor[] {
  const list: Processor[] = [];
  if (config.privacy.hosting) list.push({ area: 'hosting', name: config.privacy.hosting.provider, location: config.privacy.hosting.location });
  if (config.storage.driver === 's3') list.push({ area: 'storage', name: config.storage.endpoint ? hostOf(config.storage.endpoint) : 'Amazon S3', location: config.storage.region });
  if (config.ai.provider === 'gemini') list.push({ area: 'ai', name: 'Google (Gemini API)', location: undefined });
  if (config.ai.provider === 'openai-compatible') list.push({ area: 'ai', name: hostOf(config.ai.baseUrl), location: undefined });
  if (config.speech.provider === 'gemini') list.push({ area: 'speech', name: 'Google (Gemini API)', location: undefined });
  if (config.speech.provider === 'openai-compatible') list.push({ area: 'speech', name: hostOf(config.speech.baseUrl), location: undefined });
  if (config.mail.transport.kind === 'smtp') list.push({ area: 'email', name: hostOf(config.mail.transport.url), location: undefined });
  return list;
}

/** The areas with no processor in this configuration: said plainly on the page. */
export function areasWithoutProcessor(processors: readonly Processor[]): ProcessorArea[] {
  return PROCESSOR_AREAS.filter((area) => !processors.some((p) => p.area === area));
}

/** Only the host: a URL may carry credentials (smtp://user:pass@host), which must never be shown. */
function hostOf(url: string): string {
  return new URL(url).hostname;
}
