import { z } from 'zod';
import { AiProviderError } from './ai-provider.error.js';
import { postToModelServer, RefusableOption, type ModelServerEndpoint } from './openai-compatible-http.js';
import { PromptedJsonProvider, type ModelPrompt, type PromptedJsonProviderOptions } from './prompted-json-provider.js';

export interface OpenAiCompatibleAiProviderOptions extends PromptedJsonProviderOptions, ModelServerEndpoint {}

/** The part of a Chat Completions answer we read; everything else (usage, ids, logprobs) is ignored. */
const chatCompletionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1),
});

/**
 * A self-hosted model server speaking the OpenAI Chat Completions protocol
 * (`POST {base}/v1/chat/completions`): Ollama, vLLM, LocalAI, llama.cpp server. Prompts,
 * pseudonymisation (D4), retries, timeouts, answer validation and the log line (D3) are
 * PromptedJsonProvider's; this class only speaks the protocol.
 *
 * D5: the body is the model name, two messages (our instructions; the pseudonymised task), the
 * temperature and, while the server accepts it, JSON mode. No `user`, `metadata`, `store` or other
 * field that could identify or keep anything.
 *
 * JSON mode (`response_format: {type: 'json_object'}`) is asked for first. Some servers and older
 * versions refuse the field with a 400/422; then the same request is sent once without it, and if
 * that succeeds JSON mode is not asked of this server again. Without JSON mode the answer is parsed
 * defensively (code fences, a sentence around the object) and validated by the caller's schema.
 */
export class OpenAiCompatibleAiProvider extends PromptedJsonProvider {
  readonly name = 'openai-compatible';
  private readonly endpoint: ModelServerEndpoint;
  private readonly jsonMode = new RefusableOption();

  constructor(options: OpenAiCompatibleAiProviderOptions) {
    super(options);
    this.endpoint = { baseUrl: options.baseUrl, apiKey: options.apiKey };
  }

  protected send(prompt: ModelPrompt, signal: AbortSignal): Promise<string> {
    return this.jsonMode.run((jsonMode) => this.complete(prompt, jsonMode, signal));
  }

  private async complete({ instructions, prompt }: ModelPrompt, jsonMode: boolean, signal: AbortSignal): Promise<string> {
    const request = {
      model: this.model,
      messages: [
        { role: 'system', content: instructions },
        { role: 'user', content: prompt },
      ],
      temperature: 0.3,
      stream: false,
      ...(jsonMode ? { response_format: { type: 'json_object' } } : {}),
    };
    const answer = chatCompletionSchema.safeParse(await postToModelServer(this.endpoint, '/v1/chat/completions', JSON.stringify(request), signal));
    const content = answer.success ? answer.data.choices[0]!.message.content : undefined;
    if (!content) throw new AiProviderError('invalid_response');
    return content;
  }
}
