import { randomUUID } from 'node:crypto';
import type { CapturedRequest } from './scripted-model-server.js';

/** Planted personal data, one of each kind promise D4 names, for tests of what reaches a model. */
export const PII = {
  rrn: '900101-1234568',
  phone: '+1 415-555-0132',
  email: 'jane.roe@example.com',
  card: '4111 1111 1111 1111',
  iban: 'DE89 3704 0044 0532 0130 00',
  address: '서울특별시 강남구 테헤란로 123',
};

/** Identifiers of the account the resume belongs to (promise D5): none may reach a model. */
export const USER = { id: randomUUID(), email: 'jane.roe@example.com', sessionId: randomUUID() };

/** A resume holding every planted value. */
export const RESUME_WITH_PII = [
  'Jane Roe — Backend engineer',
  `주민등록번호 ${PII.rrn}`,
  `Phone ${PII.phone} · ${PII.email}`,
  `Address: ${PII.address}`,
  `Salary account IBAN ${PII.iban}; card ${PII.card}`,
  'Experience: responsible for the payment service migration.',
].join('\n');

/** Every placeholder a model was shown, e.g. `[PHONE_1]`. */
export function placeholdersIn(prompt: string): string[] {
  return [...new Set(prompt.match(/\[[A-Z_]{1,20}_\d{1,6}\]/g) ?? [])];
}

/** Everything that left the process: method, path, headers and body of each request. */
export function allOutbound(requests: CapturedRequest[]): string {
  return requests.map((r) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`).join('\n');
}
