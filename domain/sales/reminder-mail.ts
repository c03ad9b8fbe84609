import type { PayableInvoice, ReminderStep } from './payment';

/** An amount in cents as French write it: « 1 234,50 € » (a narrow no-break space between thousands). */
export const frenchEuros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** A calendar date as JJ/MM/AAAA. */
export const frenchDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The payment terms said when the invoice holds none of its own. */
const defaultTerms = 'Paiement à réception de facture, par virement, chèque ou mandat administratif.';

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The reminder mailed to a client's contact, in French: the invoice's number, the amount still due, the due date
 * and the payment terms. It names the school and the client, never a pupil.
 */
export const reminderMail = (invoice: PayableInvoice, step: ReminderStep, schoolName: string) => {
  const due = frenchEuros(invoice.balanceCents);
  const subject =
    step === 'first'
      ? `Rappel : facture ${invoice.number} à régler`
      : `Second rappel : facture ${invoice.number} impayée`;
  const lines = [
    'Madame, Monsieur,',
    '',
    step === 'first'
      ? `Sauf erreur de notre part, la facture ${invoice.number} du ${frenchDate(invoice.issueDate)}, échue le ${frenchDate(invoice.dueDate)}, n’est pas encore réglée.`
      : `Malgré notre premier rappel, la facture ${invoice.number} du ${frenchDate(invoice.issueDate)}, échue le ${frenchDate(invoice.dueDate)}, reste impayée.`,
    `Montant restant dû : ${due}.`,
    `Conditions de paiement : ${invoice.paymentTerms ?? defaultTerms}`,
    '',
    'Si vous avez déjà procédé au règlement, merci de ne pas tenir compte de ce message.',
    '',
    'Cordialement,',
    schoolName,
  ];
  const text = lines.join('\n');
  const html = lines.map((line) => (line ? `<p>${escapeHtml(line)}</p>` : '')).join('');
  return { subject, text, html };
};
