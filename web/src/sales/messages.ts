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
  salesHolds: {
    offer: {
      pageTitle: 'Devis',
      title: 'Devis n° {number}',
      forClient: 'Pour {client}.',
      validUntil: 'Valable jusqu’au {date}.',
      slots: 'Locaux et créneaux',
      held: '(salle réservée {span}, montage et démontage compris)',
      lines: 'Détail',
      vat: 'TVA {rate} %',
      vatOn: 'TVA {rate} %',
      net: 'Total HT',
      gross: 'Total TTC',
      name: 'Votre nom (il vaut signature)',
      nameRequired: 'Écrivez votre nom pour répondre.',
      reason: 'Un commentaire, si vous refusez (facultatif)',
      accept: 'J’accepte le devis et la convention',
      refuse: 'Je refuse',
      accepted:
        'Merci : vous avez accepté le devis et la convention. L’établissement vous enverra la facture.',
      refused: 'Votre refus est enregistré. Les créneaux sont libérés.',
      quotePdf: 'Télécharger le devis (PDF)',
      agreementPdf: 'Télécharger la convention (PDF)',
      notFound:
        'Ce lien ne mène à aucun devis en cours : il a peut-être expiré ou été annulé. Demandez un nouveau lien à l’établissement.',
    },
    sheet: {
      send: 'Envoyer',
      hold: 'Poser les créneaux en option dans le planning',
      holdUntil: 'Option jusqu’au',
      sending: 'Envoi…',
      sent: 'Devis envoyé. Transmettez ce lien au client :',
      link: 'Lien du client',
      copy: 'Copier le lien',
      copied: 'Lien copié',
      linkOnce: 'Ce lien n’est affiché qu’une fois : copiez-le maintenant.',
      mail: 'Écrire au client',
      mailSubject: 'Devis {number}',
      mailBody:
        'Bonjour,\n\nVoici notre devis n° {number} et la convention d’occupation des locaux, à accepter ou refuser en ligne : {url}\n\nBien cordialement,',
      cancel: 'Annuler le devis',
      cancelConfirm:
        'Annuler ce devis ? Son lien ne s’ouvrira plus et ses créneaux en option seront libérés.',
      cancelled: 'Devis annulé.',
      keep: 'Garder le devis',
      quotePdf: 'Devis (PDF)',
      agreementPdf: 'Convention (PDF)',
    },
  },
  // S3 invoices
  // S4 payments, journal

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
    slot_held: 'un créneau du devis est déjà pris dans le planning',
    slot_over_midnight: 'un créneau, montage et démontage compris, doit tenir dans la journée',
    hold_after_validity: 'l’option ne peut pas durer au-delà de la validité du devis',
    quote_already_answered: 'ce devis a déjà reçu une réponse',
    // S3 invoices
    // S4 payments, journal
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
  salesHolds: {
    offer: {
      pageTitle: 'Quote',
      title: 'Quote no. {number}',
      forClient: 'For {client}.',
      validUntil: 'Valid until {date}.',
      slots: 'Premises and slots',
      held: '(room held {span}, set-up and teardown included)',
      lines: 'Details',
      vat: 'VAT {rate} %',
      vatOn: 'VAT {rate} %',
      net: 'Total excl. VAT',
      gross: 'Total incl. VAT',
      name: 'Your name (it stands as your signature)',
      nameRequired: 'Type your name to answer.',
      reason: 'A comment, if you refuse (optional)',
      accept: 'I accept the quote and the agreement',
      refuse: 'I refuse',
      accepted: 'Thank you: you accepted the quote and the agreement. The school will send you the invoice.',
      refused: 'Your refusal is recorded. The slots are freed.',
      quotePdf: 'Download the quote (PDF)',
      agreementPdf: 'Download the agreement (PDF)',
      notFound:
        'This link leads to no open quote: it may have expired or been cancelled. Ask the school for a new link.',
    },
    sheet: {
      send: 'Send',
      hold: 'Hold the slots as options in the planning',
      holdUntil: 'Option until',
      sending: 'Sending…',
      sent: 'Quote sent. Give the client this link:',
      link: 'Client’s link',
      copy: 'Copy the link',
      copied: 'Link copied',
      linkOnce: 'This link is shown only once: copy it now.',
      mail: 'Write to the client',
      mailSubject: 'Quote {number}',
      mailBody:
        'Hello,\n\nHere is our quote no. {number} and the agreement for the premises, to accept or refuse online: {url}\n\nKind regards,',
      cancel: 'Cancel the quote',
      cancelConfirm: 'Cancel this quote? Its link will no longer open and its held slots will be freed.',
      cancelled: 'Quote cancelled.',
      keep: 'Keep the quote',
      quotePdf: 'Quote (PDF)',
      agreementPdf: 'Agreement (PDF)',
    },
  },
  // S3 invoices
  // S4 payments, journal

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
    slot_held: 'a slot of the quote is already taken in the planning',
    slot_over_midnight: 'a slot, set-up and teardown included, must fit in one day',
    hold_after_validity: 'the option cannot last beyond the quote’s validity',
    quote_already_answered: 'this quote has already been answered',
    // S3 invoices
    // S4 payments, journal
  },
} satisfies typeof fr;
