/**
 * Reads the JSON object a language model was asked to answer with. JSON mode (Gemini's
 * `responseMimeType`, OpenAI's `response_format`) answers bare JSON, but models still wrap it in a
 * Markdown fence now and then, and small self-hosted models without JSON mode often put a sentence
 * before or after it. Throws SyntaxError when no JSON value can be read; the caller's schema then
 * decides whether the value is an answer.
 */
export function parseModelJson(text: string): unknown {
  const unfenced = stripCodeFence(text);
  try {
    return JSON.parse(unfenced);
  } catch (error) {
    // "Here is the JSON: {…}" — the outermost braces, once; anything else is not an answer.
    const start = unfenced.indexOf('{');
    const end = unfenced.lastIndexOf('}');
    if (start === -1 || end <= start || (start === 0 && end === unfenced.length - 1)) throw error;
    return JSON.parse(unfenced.slice(start, end + 1));
  }
}

/** The body of a Markdown code fence (```json … ```) that wraps the whole text, or the text itself. */
export function stripCodeFence(text: string): string {
  // A scan rather than one pattern: /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/ backtracks
  // quadratically on long runs of newlines.
  const trimmed = text.trim();
  if (!trimmed.startsWith('```') || !trimmed.endsWith('```') || trimmed.length < 6) return text;
  const info = /^```(?:json)?[^\S\n]*/.exec(trimmed)![0].length;
  // The body starts after the last newline of the blank run that follows the opening fence…
  let start = info;
  while (start < trimmed.length && /\s/.test(trimmed[start]!)) start++;
  const bodyStart = trimmed.lastIndexOf('\n', start - 1) + 1;
  // …and ends at the first newline of the blank run before the closing fence.
  let end = trimmed.length - 3;
  while (end > 0 && /\s/.test(trimmed[end - 1]!)) end--;
  const bodyEnd = trimmed.indexOf('\n', end);
  if (bodyStart <= info || bodyEnd === -1 || bodyEnd >= trimmed.length - 3 || bodyEnd < bodyStart - 1) return text;
  return trimmed.slice(bodyStart, Math.max(bodyStart, bodyEnd));
}
