/**
 * Candor's privacy promises, in the product's own words. The privacy page is rendered from this
 * list and docs/promises.md maps each id to the code that enforces it and the test that proves it.
 * `inForce` is true only when that code and test exist; the page says so honestly.
 */
export interface PrivacyPromise {
  id: string;
  text: string;
  inForce: boolean;
}

export interface PromiseGroup {
  heading: string;
  promises: PrivacyPromise[];
}

export const PROMISES: PromiseGroup[] = [
  {
    heading: 'Your account',
    promises: [
      {
        id: 'A1',
        text: 'You sign in with Google (or your organisation’s OpenID provider). We never ask for or store a password. From the provider we keep only your name, email address, photo link and an account identifier.',
        inForce: true,
      },
      {
        id: 'A2',
        text: 'Your session is a signed token in a cookie scripts cannot read. Signing out or deleting your account ends it on our servers at once, not just in your browser.',
        inForce: true,
      },
      {
        id: 'A3',
        text: 'Every request for your data is checked against your account; one account can never see another’s data.',
        inForce: true,
      },
    ],
  },
  {
    heading: 'Documents and analysis',
    promises: [
      { id: 'D1', text: 'Resumes, cover letters and portfolios are encrypted with a key of your own before they are stored.', inForce: true },
      { id: 'D2', text: 'Only you can open your documents and their analyses.', inForce: true },
      { id: 'D3', text: 'When an AI model helps analyse your documents, we keep the results, not the prompt or the model’s raw answer, and we log none of it.', inForce: true },
      { id: 'D4', text: 'Identity numbers, phone numbers, emails, card and bank numbers and addresses are replaced by placeholders before any text reaches an outside AI provider.', inForce: true },
      { id: 'D5', text: 'Your content is never used to train or improve models for anyone else.', inForce: true },
      { id: 'D6', text: 'You can replace or edit your documents and skills at any time; a replaced version is deleted, not archived.', inForce: true },
    ],
  },
  {
    heading: 'Voice and interviews',
    promises: [
      { id: 'V1', text: 'Only your microphone is ever requested, never your camera. Every page tells your browser that the camera is off limits.', inForce: true },
      { id: 'V2', text: 'Recorded answers are deleted the moment they are transcribed, whether transcription works or fails; only the text is kept.', inForce: true },
      { id: 'V3', text: 'Even after a crash, no recording survives longer than 24 hours.', inForce: true },
      { id: 'V4', text: 'Recordings are kept only if you separately opt in, for at most 90 days, and withdrawing deletes them at once.', inForce: true },
      { id: 'V5', text: 'Interview records are text only: the conversation and its scoring report.', inForce: true },
    ],
  },
  {
    heading: 'Your rights',
    promises: [
      { id: 'R1', text: 'You can download everything we hold about you, at any time, from Settings, as one archive.', inForce: true },
      {
        id: 'R2',
        text: 'Deleting your account signs you out everywhere at once and erases your data. We keep only a salted hash of your sign-in identity, apart from everything else, for six months to prevent fraud, then destroy it.',
        inForce: true,
      },
      { id: 'R3', text: 'You can ask for access, correction, deletion or a pause in processing; our staff answer within 30 days.', inForce: false },
      { id: 'R4', text: 'Resume data is deleted after 90 days without activity, after an email warning.', inForce: false },
      { id: 'R5', text: 'Marketing messages only if you opt in; leaving takes one click.', inForce: false },
    ],
  },
  {
    heading: 'Security',
    promises: [
      { id: 'H3', text: 'All traffic is encrypted in transit (HTTPS with HSTS), and so are our database connections in production.', inForce: true },
    ],
  },
];
