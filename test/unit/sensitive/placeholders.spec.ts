import { describe, expect, it } from 'vitest';
import {
  detectSensitive,
  PLACEHOLDER_LABELS,
  placeholderFor,
  pseudonymize,
  redact,
  SENSITIVE_TYPES,
} from '../../../src/platform/privacy/index.js';

const CV = 'Jane Doe, jane@example.com, (415) 555-0132. 주민등록번호 960121-1021413. Call (415) 555-0132 again.';

describe('placeholders', () => {
  it('map every type to a label', () => {
    for (const t of SENSITIVE_TYPES) expect(placeholderFor(t)).toMatch(/^\[[A-Z_]+\]$/);
    expect(placeholderFor('KR_RRN')).toBe('[ID_NUMBER]');
    expect(placeholderFor('CREDIT_CARD')).toBe('[CARD_NUMBER]');
    expect(PLACEHOLDER_LABELS.IBAN).toBe('BANK_ACCOUNT');
  });

  it('redact replaces each span', () => {
    expect(redact(CV, detectSensitive(CV))).toBe(
      'Jane Doe, [EMAIL], [PHONE]. 주민등록번호 [ID_NUMBER]. Call [PHONE] again.',
    );
    expect(redact('no pii here', [])).toBe('no pii here');
  });

  it('pseudonymize numbers placeholders consistently and restore round-trips', () => {
    const p = pseudonymize(CV);
    expect(p.text).toBe('Jane Doe, [EMAIL_1], [PHONE_1]. 주민등록번호 [ID_NUMBER_1]. Call [PHONE_1] again.');
    expect(p.restore(p.text)).toBe(CV);
    // A model's answer may reorder or repeat placeholders; unknown ones are left alone.
    expect(p.restore('Reach [PHONE_1] or [EMAIL_1]; [PHONE_9] is unknown.')).toBe('Reach (415) 555-0132 or jane@example.com; [PHONE_9] is unknown.');
    expect(p.replacements.get('[ID_NUMBER_1]')).toBe('960121-1021413');
  });

  it('never reuses a placeholder that the input already contains', () => {
    const text = 'Template token [PHONE_1] stays; my number is (415) 555-0132';
    const p = pseudonymize(text);
    expect(p.text).toBe('Template token [PHONE_1] stays; my number is [PHONE_2]');
    expect(p.restore(p.text)).toBe(text);
  });
});
