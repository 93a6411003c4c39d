// A chat exported as text in which the person typed the CV into messages (issue #10 §2): a WhatsApp export
// ("30/11/2026, 14:02 - Name: …", "11/30/26, 2:02 PM - Name: …") or a KakaoTalk PC export ("[이름] [오후 2:35] …"
// under "이름 님과 카카오톡 대화" and day lines). A message continues on the lines without a prefix. The CV is what
// the person sent: the other side's messages, the app's notices, attachments ("<Media omitted>", "파일: …") and
// the short replies before the first message of several lines ("Sorry! I will type it here") are dropped, each
// message is a block of its own, and WhatsApp's *bold* / _italic_ marks are dropped. Other texts are unchanged.

/** "30/11/2026, 14:02 - ", "11/30/26, 2:02 PM - ": a WhatsApp message's prefix, then "Name: " when a person sent it. */
const WHATSAPP_PREFIX = /^\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?:\s?[AP]M)? - /i;
/** "[윤서아] [오후 2:35] ": a KakaoTalk message's sender and time. */
const KAKAO_PREFIX = /^\[([^[\]]{1,40})\] \[(?:오전|오후|AM|PM) \d{1,2}:\d{2}\] /;
/** "--------------- 2026년 11월 30일 월요일 ---------------", "저장한 날짜 : …", "… 님과 카카오톡 대화": KakaoTalk's own lines. */
const KAKAO_NOTICE = /^-{3,} .* -{3,}$|^저장한 날짜 ?:|님과 카카오톡 대화$/;
/** An attachment that did not come through as text. */
const ATTACHMENT = /^(?:<Media omitted>|<미디어 없음>|파일: .*|사진|image omitted)$/i;
/** WhatsApp's "*bold*" and "_italic_" around words. */
const EMPHASIS = /(?<![\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]+)\1(?![\p{L}\p{N}*_])/gu;

interface Message {
  sender: string | undefined;
  lines: string[];
}

function startOfMessage(line: string): Message | undefined {
  const whatsapp = WHATSAPP_PREFIX.exec(line);
  if (whatsapp) {
    const rest = line.slice(whatsapp[0].length);
    const colon = rest.indexOf(': ');
    // A notice of the app ("Messages and calls are end-to-end encrypted.") has no sender.
    return colon > 0 && colon <= 40 ? { sender: rest.slice(0, colon), lines: [rest.slice(colon + 2)] } : { sender: undefined, lines: [rest] };
  }
  const kakao = KAKAO_PREFIX.exec(line);
  return kakao ? { sender: kakao[1]!, lines: [line.slice(kakao[0].length)] } : undefined;
}

/** The messages of a chat export, or undefined when the text is none (fewer than three prefixed lines). */
function chatMessages(lines: readonly string[]): Message[] | undefined {
  const messages: Message[] = [];
  for (const line of lines) {
    const started = startOfMessage(line);
    if (started) messages.push(started);
    else if (KAKAO_NOTICE.test(line.trim())) continue;
    else messages.at(-1)?.lines.push(line);
  }
  return messages.length >= 3 ? messages : undefined;
}

/** The chat read as the CV the person typed into it (see above); any other text is returned as it was. */
export function withChatExportAsText(text: string): string {
  const messages = chatMessages(text.split('\n'));
  if (!messages) return text;
  // The person is the sender who wrote the most lines; the recruiter asks and thanks in a line or two.
  const linesBySender = new Map<string, number>();
  for (const message of messages) if (message.sender !== undefined) linesBySender.set(message.sender, (linesBySender.get(message.sender) ?? 0) + message.lines.length);
  const person = [...linesBySender.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sent = messages.filter((message) => message.sender === person).map((message) => message.lines.filter((line) => !ATTACHMENT.test(line.trim())));
  const firstLong = sent.findIndex((lines) => lines.filter((line) => line.trim() !== '').length >= 2);
  const blocks = sent.slice(Math.max(firstLong, 0)).filter((lines) => lines.some((line) => line.trim() !== ''));
  return blocks.map((lines) => lines.map((line) => line.replace(EMPHASIS, '$2')).join('\n')).join('\n\n');
}
