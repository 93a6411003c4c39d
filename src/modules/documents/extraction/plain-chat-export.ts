// A résumé typed into a chat (a recruiter asks for the CV, the file does not open, the person types it
// into messages) reaches us as the app's text export: every message opens with a frame — the date and
// time and the sender ("30/11/2026, 14:10 - Malik Heilmann: …", "[30/11/2026, 14:10:05] Malik: …" from
// WhatsApp, "[윤서아] [오후 2:35] …" from KakaoTalk) — and continues on lines without one. Read as it
// stands, the frames open the name, every heading and the first line of every part, and the recruiter's
// messages and the app's notices read as résumé text.

import type { PlainTextReader } from './plain-text-reader.js';

/** "30/11/2026, 14:10", "11/30/26, 2:01 PM", "2026. 11. 30. 오후 2:35", "2026-11-30 14:10:05": a message's date and time. */
const STAMP = String.raw`\d{1,4}[./-] ?\d{1,2}[./-] ?\d{1,4}\.?,? (?:(?:오전|오후) )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?`;
/** A frame that opens with the stamp: "stamp - Sender: " (WhatsApp on Android), "[stamp] Sender: " (on iPhones). */
const STAMP_FIRST = new RegExp(String.raw`^(?:\[${STAMP}\]|${STAMP} [-–]) (?:([^:\n]{1,60}): )?`);
/** A frame that opens with the sender: "[Sender] [오후 2:35] " (KakaoTalk on a computer). */
const SENDER_FIRST = /^\[([^\]\n]{1,60})\] \[(?:(?:오전|오후|AM|PM) )?\d{1,2}:\d{2}(?: ?[AP]M)?\] /;
/** A day separator between messages: "--------------- 2026년 11월 30일 월요일 ---------------". */
const DAY_SEPARATOR = /^-{3,}[^-\n]+-{3,}$/;
/** What an app writes in place of a file: "<Media omitted>", "image omitted", "파일: 이력서.hwp", "<attached: 00000012-PHOTO.jpg>". */
const ATTACHMENT = /^(?:<[^<>\n]+>|(?:image|video|document|audio|file|sticker|gif) omitted|(?:파일|사진|동영상): .+)$/i;
/** Frames a text needs before it is read as a chat. */
const MIN_FRAMES = 4;
/** WhatsApp's emphasis around a phrase: "*WORK EXPERIENCE*", "_Halibut Fisherman_", "~old~". */
const EMPHASIS = /(?<![\p{L}\p{N}*_~])([*_~])(?=\S)([^*_~\n]+)(?<=\S)\1(?![\p{L}\p{N}*_~])/gu;

interface Message {
  sender?: string;
  lines: string[];
}

function messageFrame(line: string): { sender?: string; rest: string } | undefined {
  const kakao = SENDER_FIRST.exec(line);
  if (kakao) return { sender: kakao[1]!.trim(), rest: line.slice(kakao[0].length) };
  const stamped = STAMP_FIRST.exec(line);
  if (!stamped) return undefined;
  return { ...(stamped[1] === undefined ? {} : { sender: stamped[1].trim() }), rest: line.slice(stamped[0].length) };
}

function messagesOf(lines: readonly string[]): Message[] {
  const messages: Message[] = [];
  for (const line of lines) {
    const frame = messageFrame(line);
    if (frame) messages.push({ ...(frame.sender === undefined ? {} : { sender: frame.sender }), lines: [frame.rest] });
    else if (!DAY_SEPARATOR.test(line.trim())) messages.at(-1)?.lines.push(line);
  }
  return messages;
}

/** The sender who wrote the most: the person whose CV it is (the recruiter asks and thanks in a line or two). */
function authorOf(messages: readonly Message[]): string | undefined {
  const written = new Map<string, number>();
  for (const message of messages) {
    if (message.sender === undefined) continue;
    written.set(message.sender, (written.get(message.sender) ?? 0) + message.lines.join('\n').length);
  }
  return [...written].sort(([, a], [, b]) => b - a)[0]?.[0];
}

/**
 * The CV a person typed into a chat export, without the frames: the author's messages from the first
 * one of several lines (the one-line messages before it are the conversation: "Sorry! I will type it
 * here"), each message a paragraph, without attachment placeholders and WhatsApp's emphasis marks.
 * Any text with fewer than four message frames is returned as it is.
 */
export const chatExportReader: PlainTextReader<readonly Message[]> = {
  name: 'chat export',
  /** Four message frames or more, a sender who wrote the most, and a message of several lines from them: their messages from it on. */
  gate(text) {
    const lines = text.split('\n');
    if (lines.filter((line) => messageFrame(line) !== undefined).length < MIN_FRAMES) return undefined;
    const messages = messagesOf(lines);
    const author = authorOf(messages);
    const written = messages.filter((message) => message.sender === author);
    const start = written.findIndex((message) => message.lines.filter((line) => line.trim() !== '').length > 1);
    return author === undefined || start < 0 ? undefined : written.slice(start);
  },
  read: authorMessagesAsText,
};

function authorMessagesAsText(written: readonly Message[]): string {
  return written
    .map((message) => message.lines.filter((line) => !ATTACHMENT.test(line.trim())).join('\n').trim())
    .filter((message) => message !== '')
    .join('\n\n')
    .replace(EMPHASIS, '$2');
}
