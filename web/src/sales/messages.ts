import type { ApiErrorCode } from '#domain/error-codes';

/**
 * The sales module's words in French, the first language of Préau; `en` mirrors them key by key. Each part of the
 * module keeps its words under a key of its own (`sales` S1, `salesHolds` S2, `salesInvoices` S3, `salesPayments`
 * S4), in its section, so that the four never edit the same lines.
 */
export const fr = {
  // S1 clients, grids, quotes
  sales: {
    title: 'Ventes',
    nav: 'Ventes',
    intro: 'Les locations de salles : clients, grilles tarifaires, devis, factures et paiements.',
  },
  // S2 holds, client's link, documents
  // S3 invoices
  // S4 payments, journal
  salesPayments: {
    title: 'Paiements de la facture {number}',
    invoiceNotFound: 'Cette facture n’existe pas.',
    gross: 'Montant TTC',
    paid: 'Déjà payé',
    balance: 'Reste dû',
    record: 'Enregistrer un paiement',
    recordButton: 'Enregistrer le paiement',
    amount: 'Montant reçu (€)',
    amountInvalid: 'Indiquez un montant en euros, par exemple 1 234,50.',
    date: 'Date de réception',
    means: 'Moyen de paiement',
    meansWords: {
      transfer: 'Virement',
      cheque: 'Chèque',
      card: 'Carte bancaire',
      cash: 'Espèces',
      mandate: 'Mandat administratif',
    },
    reference: 'Référence (n° de chèque, de virement…)',
    recorded: 'Paiement enregistré. Reste dû : {balance}.',
    fullyPaid: 'Cette facture est entièrement payée.',
    cancelledInvoice: 'Cette facture a été annulée par un avoir : elle ne reçoit plus de paiement.',
    listTitle: 'Paiements reçus',
    none: 'Aucun paiement pour l’instant.',
    reversal: 'annulation',
    cancelled: 'annulé',
    cancel: 'Annuler ce paiement',
    cancelConfirm: 'Annuler ce paiement ? Son montant redeviendra dû.',
    overdueTitle: 'Impayés',
    overdueIntro:
      'Les factures échues qui restent à payer, les plus anciennes d’abord. Le client reçoit un rappel par courriel 7 jours après l’échéance, puis un second à 30 jours ; ensuite, c’est à vous de le relancer.',
    noneOverdue: 'Aucune facture impayée après son échéance.',
    overdueLine: '{balance} restant dû, échue le {due}',
    firstReminder: 'Premier rappel envoyé le {date}',
    secondReminder: 'Second rappel envoyé le {date}',
    noReminder: 'Aucun rappel envoyé',
    followUp: 'Deux rappels sont restés sans effet : relancez le client.',
    journalTitle: 'Journal des ventes',
    journalIntro:
      'Les factures et avoirs d’une période, ou les paiements reçus, en CSV pour le comptable (s’ouvre dans Excel).',
    from: 'Du',
    to: 'Au',
    part: 'Contenu',
    partInvoices: 'Factures et avoirs',
    partPayments: 'Paiements',
    download: 'Télécharger le CSV',
    downloading: 'Téléchargement…',
  },

  /** The API's refusals that are the sales module's, by their code (`domain/error-codes.ts`), said after « : ». */
  salesErrors: {
    // S1 clients, grids, quotes
    invalid_siren: 'le SIREN doit compter 9 chiffres et sa clé doit être juste',
    invalid_siret: 'le SIRET doit compter 14 chiffres et sa clé doit être juste',
    siret_not_of_siren: 'le SIRET doit commencer par le SIREN',
    invalid_vat_number: 'le numéro de TVA doit s’écrire FR, 2 chiffres de clé puis le SIREN',
    vat_number_not_of_siren: 'le numéro de TVA ne correspond pas au SIREN',
    chorus_service_code_required: 'un organisme public facturé par Chorus Pro demande son code service',
    grid_dates_reversed: 'la fin de validité doit suivre son début',
    grids_overlap: 'une autre grille vaut déjà pour ces dates',
    rate_needs_place_or_kind: 'un tarif vaut pour une salle ou un type de salle',
    rate_twice: 'ce tarif figure deux fois',
    exemption_needs_zero_rate: 'une mention d’exonération va avec un taux de TVA de 0 %',
    no_grid_for_date: 'aucune grille tarifaire ne vaut à cette date',
    no_rate_for_slot: 'la grille n’a pas de tarif pour cette salle et ce client',
    unknown_extra: 'cette prestation n’est pas dans la grille',
    unknown_client: 'ce client n’existe pas',
    unknown_place: 'cette salle n’existe pas',
    slot_reversed: 'la fin doit suivre le début',
    slot_too_long: 'un créneau dure au plus 24 heures',
    slot_not_free: 'la salle est déjà prise sur ce créneau',
    quote_not_editable: 'seul un devis en brouillon se modifie',
    quote_state: 'le devis n’est plus dans un état qui le permet',
    quote_invoiced: 'le devis est facturé : émettez d’abord un avoir',
    valid_until_before_issue: 'la validité doit suivre la date du devis',
    // S2 holds, client's link, documents
    // S3 invoices
    quote_not_accepted: 'seul un devis accepté se facture',
    quote_already_invoiced: 'ce devis est déjà facturé : établissez d’abord un avoir',
    quote_has_deposit: 'ce devis a un acompte : facturez son solde',
    no_deposit_to_balance: 'ce devis n’a pas d’acompte : facturez-le en totalité',
    deposit_too_large: 'l’acompte doit rester au-dessous du total du devis',
    credit_note_of_credit_note: 'un avoir ne s’annule pas par un autre avoir',
    invoice_not_issued: 'seule une facture émise s’annule par un avoir',
    invoice_not_draft: 'seul un brouillon reçoit un numéro de la comptabilité',
    external_number_taken: 'ce numéro est déjà celui d’une autre facture',
    no_seller_identity: 'l’identité de vendeur de l’établissement (SIREN, SIRET) manque au registre',
    // S4 payments, journal
    overpayment: 'ce paiement dépasse le reste dû de la facture',
    invoice_cancelled: 'cette facture a été annulée par un avoir : elle ne reçoit plus de paiement',
    draft_not_payable:
      'cette facture n’est pas encore émise : ses paiements vont à la comptabilité qui l’émet',
    not_payable: 'un avoir ne reçoit pas de paiement',
    payment_already_cancelled: 'ce paiement est déjà annulé',
  } satisfies Record<ApiErrorCode<'sales'>, string>,
};

export const en = {
  // S1 clients, grids, quotes
  sales: {
    title: 'Sales',
    nav: 'Sales',
    intro: 'Hiring the halls out: clients, rate grids, quotes, invoices and payments.',
  },
  // S2 holds, client's link, documents
  // S3 invoices
  // S4 payments, journal
  salesPayments: {
    title: 'Payments of invoice {number}',
    invoiceNotFound: 'This invoice does not exist.',
    gross: 'Total incl. VAT',
    paid: 'Paid so far',
    balance: 'Still due',
    record: 'Record a payment',
    recordButton: 'Record the payment',
    amount: 'Amount received (€)',
    amountInvalid: 'Give an amount in euros, such as 1234.50.',
    date: 'Date received',
    means: 'Means of payment',
    meansWords: {
      transfer: 'Bank transfer',
      cheque: 'Cheque',
      card: 'Card',
      cash: 'Cash',
      mandate: 'Public body’s mandate',
    },
    reference: 'Reference (cheque or transfer number…)',
    recorded: 'Payment recorded. Still due: {balance}.',
    fullyPaid: 'This invoice is fully paid.',
    cancelledInvoice: 'A credit note cancelled this invoice: it takes no more payments.',
    listTitle: 'Payments received',
    none: 'No payment yet.',
    reversal: 'cancellation',
    cancelled: 'cancelled',
    cancel: 'Cancel this payment',
    cancelConfirm: 'Cancel this payment? Its amount will be due again.',
    overdueTitle: 'Unpaid',
    overdueIntro:
      'The invoices past their due date with something still to pay, the oldest first. The client gets a reminder by e-mail 7 days after the due date, a second at 30 days; then it is yours to follow up.',
    noneOverdue: 'No invoice unpaid past its due date.',
    overdueLine: '{balance} still due, due on {due}',
    firstReminder: 'First reminder sent on {date}',
    secondReminder: 'Second reminder sent on {date}',
    noReminder: 'No reminder sent',
    followUp: 'Two reminders went unanswered: follow the client up.',
    journalTitle: 'Sales journal',
    journalIntro:
      'The invoices and credit notes of a period, or the payments received, as a CSV for the accountant (opens in Excel).',
    from: 'From',
    to: 'To',
    part: 'Content',
    partInvoices: 'Invoices and credit notes',
    partPayments: 'Payments',
    download: 'Download the CSV',
    downloading: 'Downloading…',
  },

  salesErrors: {
    // S1 clients, grids, quotes
    invalid_siren: 'a SIREN has 9 digits and a valid check key',
    invalid_siret: 'a SIRET has 14 digits and a valid check key',
    siret_not_of_siren: 'the SIRET must start with the SIREN',
    invalid_vat_number: 'a VAT number is FR, a 2-digit key, then the SIREN',
    vat_number_not_of_siren: 'the VAT number does not match the SIREN',
    chorus_service_code_required: 'a public body invoiced through Chorus Pro needs its service code',
    grid_dates_reversed: 'the end of validity must follow its start',
    grids_overlap: 'another grid is already valid on these dates',
    rate_needs_place_or_kind: 'a rate is for a place or a kind of place',
    rate_twice: 'this rate is listed twice',
    exemption_needs_zero_rate: 'an exemption wording goes with a 0 % VAT rate',
    no_grid_for_date: 'no rate grid is valid on that date',
    no_rate_for_slot: 'the grid has no rate for this place and client',
    unknown_extra: 'this extra is not in the grid',
    unknown_client: 'this client does not exist',
    unknown_place: 'this place does not exist',
    slot_reversed: 'the end must follow the start',
    slot_too_long: 'a slot lasts 24 hours at most',
    slot_not_free: 'the place is taken at that time',
    quote_not_editable: 'only a draft quote can be changed',
    quote_state: 'the quote is no longer in a state that allows it',
    quote_invoiced: 'the quote is invoiced: issue a credit note first',
    valid_until_before_issue: 'the validity must follow the quote’s date',
    // S2 holds, client's link, documents
    // S3 invoices
    quote_not_accepted: 'only an accepted quote is invoiced',
    quote_already_invoiced: 'this quote is already invoiced: issue a credit note first',
    quote_has_deposit: 'this quote has a deposit: invoice its balance',
    no_deposit_to_balance: 'this quote has no deposit: invoice it whole',
    deposit_too_large: 'the deposit must stay below the quote’s total',
    credit_note_of_credit_note: 'a credit note is not cancelled by another one',
    invoice_not_issued: 'only an issued invoice is cancelled by a credit note',
    invoice_not_draft: 'only a draft receives a number from the accounting',
    external_number_taken: 'this number is already another invoice’s',
    no_seller_identity: 'the school’s seller identity (SIREN, SIRET) is missing from the registry',
    // S4 payments, journal
    overpayment: 'this payment is above what is still due on the invoice',
    invoice_cancelled: 'a credit note cancelled this invoice: it takes no more payments',
    draft_not_payable: 'this invoice is not issued yet: its payments go to the accounting that issues it',
    not_payable: 'a credit note takes no payment',
    payment_already_cancelled: 'this payment was already cancelled',
  },
} satisfies typeof fr;
