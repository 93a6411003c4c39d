/**
 * What a delete confirmation says: the same words on the confirmation page (without JavaScript,
 * GET `/…/:id/delete`) and in the dialog the page opens with JavaScript
 * (`views/partials/_delete-confirmation.njk`, `static/js/confirm-delete.js`).
 */
export interface DeleteConfirmation {
  /** Element id of the dialog on the item's page; the heading's id is derived from it. */
  id: string;
  heading: string;
  /** What is deleted, one sentence or list item each. */
  deletes: string[];
  /** The POST route that deletes (unchanged by the confirmation). */
  action: string;
  buttonLabel: string;
  /** Where Cancel leads without JavaScript (with it, Cancel closes the dialog). */
  cancelUrl: string;
  /** What is kept, if anything, and why. */
  note?: string;
  /** Account deletion asks to type the email address as well. */
  confirmEmail?: string;
  /** Offer the data export first (account deletion). */
  offerExport?: boolean;
}

export const DELETE_DIALOG_ID = 'confirm-delete';

/** View model of the confirmation page; `errors` re-renders a refused confirmation (422). */
export function confirmationPage(confirmation: DeleteConfirmation, errors: Record<string, string> = {}) {
  return { title: confirmation.heading, confirmation, errors };
}
