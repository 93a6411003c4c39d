import { describe, expect, it } from 'vitest';
import { detectSensitive, pseudonymize } from '../../../src/platform/privacy/index.js';
import { detectPersonalDetails } from '../../../src/platform/privacy/personal-details.js';
import { markedText, personalDetailNotes, redactWarnings, sensitiveWarnings } from '../../../src/platform/privacy/sensitive-warnings.js';

const topics = (text: string): [string, string][] => detectPersonalDetails(text).map((d) => [d.topic, d.text]);

describe('personal details employers should not ask about (a soft note)', () => {
  it('finds marital status, children, religion, health and photo requests in English', () => {
    expect(topics('Marital status: married, 2 children. Religion: Catholic. No disability. Please attach a photo.')).toEqual([
      ['MARITAL_STATUS', 'Marital status'],
      ['MARITAL_STATUS', 'married'],
      ['CHILDREN', 'children'],
      ['RELIGION', 'Religion'],
      ['RELIGION', 'Catholic'],
      ['HEALTH', 'disability'],
      ['PHOTO', 'photo'],
    ]);
  });
  it('finds them in Korean, with particles attached', () => {
    expect(topics('결혼 여부: 기혼, 자녀는 둘. 종교는 불교. 건강 상태 양호. 증명사진 첨부.')).toEqual([
      ['MARITAL_STATUS', '결혼 여부'],
      ['MARITAL_STATUS', '기혼'],
      ['CHILDREN', '자녀'],
      ['RELIGION', '종교'],
      ['RELIGION', '불교'],
      ['HEALTH', '건강 상태'],
      ['PHOTO', '증명사진'],
    ]);
  });
  it('does not fire inside other words', () => {
    expect(topics('Photographers, kidswear retail, childrenswear and wifely are not topics; faithfully shipped.')).toEqual([]);
  });
  it('is a note only: not a sensitive finding, never redacted, never replaced before an AI call', () => {
    const text = 'Married, two children. Phone 010-1234-5678.';
    expect(detectSensitive(text).map((f) => f.type)).toEqual(['PHONE']);
    expect(pseudonymize(text).text).toContain('Married, two children');
    expect(redactWarnings(text, 'all').text).toContain('Married, two children');
    expect(personalDetailNotes(text).map((n) => [n.label, n.severity])).toEqual([
      ['marital status', 'note'],
      ['children or family plans', 'note'],
    ]);
  });
});

describe('the text as the page prints it', () => {
  it('replaces each sensitive finding with the masked value its warning shows, and marks notes', () => {
    const text = 'RRN 900101-1234568\nMarried.';
    const warnings = sensitiveWarnings(text);
    const segments = markedText(text, warnings, personalDetailNotes(text));
    expect(segments).toEqual([
      { kind: 'plain', text: 'RRN ' },
      { kind: 'finding', severity: 'warning', label: 'Korean resident registration number', labelKey: 'privacy.types.KR_RRN', shown: warnings[0]!.masked },
      { kind: 'plain', text: '\n' },
      { kind: 'finding', severity: 'note', label: 'marital status', labelKey: 'privacy.topics.MARITAL_STATUS', shown: 'Married' },
      { kind: 'plain', text: '.' },
    ]);
    expect(JSON.stringify(segments)).not.toContain('900101-1234568');
  });
  it('marks expected contact details as notes, still masked', () => {
    const text = 'jamie@example.com\n\nSummary';
    const segments = markedText(text, sensitiveWarnings(text, 18), []);
    expect(segments[0]).toEqual({ kind: 'finding', severity: 'note', label: 'email address', labelKey: 'privacy.types.EMAIL', shown: 'j***@e***.com' });
  });
});
