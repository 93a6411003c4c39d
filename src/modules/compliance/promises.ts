/**
 * Candor's privacy promises. The privacy page is rendered from this list — the wording of each
 * promise is in the compliance catalog (`privacy.promises.<id>`, Korean and English) — and
 * docs/promises.md maps each id to the code that enforces it and the test that proves it.
 * `inForce` is true only when that code and test exist; the page says so honestly.
 */
export interface PrivacyPromise {
  id: string;
  inForce: boolean;
}

export interface PromiseGroup {
  /** Catalog key of the heading: `privacy.groups.<id>`. */
  id: 'account' | 'documents' | 'voice' | 'sharing' | 'rights' | 'security' | 'cookies' | 'changes';
  promises: PrivacyPromise[];
}

export const PROMISES: PromiseGroup[] = [
  {
    id: 'account',
    promises: [
      { id: 'A1', inForce: true },
      { id: 'A2', inForce: true },
      { id: 'A3', inForce: true },
    ],
  },
  {
    id: 'documents',
    promises: [
      { id: 'D1', inForce: true },
      { id: 'D2', inForce: true },
      { id: 'D3', inForce: true },
      { id: 'D4', inForce: true },
      { id: 'D5', inForce: true },
      { id: 'D6', inForce: true },
    ],
  },
  {
    id: 'voice',
    promises: [
      { id: 'V1', inForce: true },
      { id: 'V2', inForce: true },
      { id: 'V3', inForce: true },
      { id: 'V4', inForce: true },
      { id: 'V5', inForce: true },
    ],
  },
  {
    id: 'sharing',
    promises: [
      { id: 'S1', inForce: true },
      { id: 'S2', inForce: true },
      { id: 'S3', inForce: true },
    ],
  },
  {
    id: 'rights',
    promises: [
      { id: 'R1', inForce: true },
      { id: 'R2', inForce: true },
      { id: 'R3', inForce: true },
      { id: 'R4', inForce: true },
      { id: 'R5', inForce: true },
    ],
  },
  {
    id: 'security',
    promises: [
      { id: 'H1', inForce: true },
      { id: 'H2', inForce: true },
      { id: 'H3', inForce: true },
      { id: 'H4', inForce: true },
    ],
  },
  {
    id: 'cookies',
    promises: [
      { id: 'C1', inForce: true },
      { id: 'C2', inForce: true },
      { id: 'C3', inForce: true },
      { id: 'C4', inForce: true },
    ],
  },
  {
    id: 'changes',
    promises: [
      { id: 'P1', inForce: true },
      { id: 'P2', inForce: true },
    ],
  },
];
