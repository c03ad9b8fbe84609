import { DateTime } from 'luxon';
import { heldSpansOf } from './held-slots';
import type { Quote } from './sales';

/** What heads the school's documents: its name, and from the registry its address and signatory. */
export interface SchoolLetterhead {
  name: string;
  address?: string[];
  signatory?: { name: string; title: string };
}

/** One slot as the client reads it: the place, the day, the event's hours and the hours held with the margins. */
export interface OfferSlot {
  placeName: string;
  date: string;
  start: string;
  end: string;
  heldFrom: string;
  heldUntil: string;
}

export interface AgreementArticle {
  heading: string;
  paragraphs: string[];
}

/** The agreement (convention d’occupation temporaire de locaux), in French, generated from the quote's terms. */
export interface Agreement {
  title: string;
  parties: string[];
  articles: AgreementArticle[];
}

const nbsp = '\u00a0';

/** An amount in cents as French readers write it: 1 234,50 €. Separators are plain no-break spaces (PDF fonts). */
export const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
    .format(cents / 100)
    .replace(/\u202f/g, nbsp);

/** A day in French: « samedi 10 octobre 2026 ». */
export const frenchDay = (date: string) =>
  DateTime.fromISO(date).setLocale('fr').toFormat('cccc d LLLL yyyy');

/** The quote's slots in the school's zone, with their places' names. */
export const offerSlots = (
  quote: Pick<Quote, 'slots'>,
  placeNames: ReadonlyMap<string, string>,
  zone: string,
) => {
  const spans = heldSpansOf(quote.slots, zone);
  return quote.slots.map((slot, index): OfferSlot => {
    const from = DateTime.fromISO(slot.startsAt, { zone });
    const to = DateTime.fromISO(slot.endsAt, { zone });
    const span = spans[index];
    return {
      placeName: placeNames.get(slot.placeId) ?? slot.placeId,
      date: from.toFormat('yyyy-MM-dd'),
      start: from.toFormat('HH:mm'),
      end: to.toFormat('HH:mm'),
      heldFrom: span?.start ?? from.toFormat('HH:mm'),
      heldUntil: span?.end ?? to.toFormat('HH:mm'),
    };
  });
};

const clientIdentity = (client: Quote['client']) =>
  [
    client.legalName,
    client.siren ? `SIREN ${client.siren}` : undefined,
    [...client.billingAddress.lines, `${client.billingAddress.postcode} ${client.billingAddress.city}`].join(
      ', ',
    ),
    `représenté par ${client.contact.name}`,
  ]
    .filter(Boolean)
    .join(', ');

const schoolIdentity = (school: SchoolLetterhead) =>
  [
    school.name,
    school.address?.join(', '),
    school.signatory ? `représenté par ${school.signatory.name}, ${school.signatory.title}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');

/**
 * The agreement for using the premises, from the quote's terms: the parties, the premises with their days and hours
 * (set-up and teardown included), the price, insurance, safety, cancellation, the state of the premises and how
 * it is accepted. The same text is shown on the client's page and printed in the PDF.
 */
export const agreementOf = (
  quote: Quote,
  school: SchoolLetterhead,
  slots: readonly OfferSlot[],
): Agreement => ({
  title: 'Convention d’occupation temporaire de locaux',
  parties: [
    `Entre ${schoolIdentity(school)}, ci-après « l’établissement »,`,
    `et ${clientIdentity(quote.client)}, ci-après « l’occupant »,`,
    `selon le devis n° ${quote.number} du ${frenchDay(quote.issueDate)}.`,
  ],
  articles: [
    {
      heading: 'Article 1 — Objet et locaux mis à disposition',
      paragraphs: [
        `L’établissement met à la disposition de l’occupant${quote.title ? `, pour « ${quote.title} »,` : ''} les locaux suivants, aux jours et heures indiqués, montage et démontage compris :`,
        ...slots.map(
          (slot) =>
            `${slot.placeName} : ${frenchDay(slot.date)}, de ${slot.start} à ${slot.end} (locaux réservés de ${slot.heldFrom} à ${slot.heldUntil}).`,
        ),
        'Les locaux ne peuvent être utilisés à d’autres fins ni cédés ou sous-loués, même gratuitement.',
      ],
    },
    {
      heading: 'Article 2 — Prix',
      paragraphs: [
        `L’occupation est consentie pour ${euros(quote.totals.netCents)} hors taxes, soit ${euros(quote.totals.grossCents)} toutes taxes comprises (TVA ${euros(quote.totals.vatCents)}), selon le détail du devis.`,
        'Le prix est facturé après l’acceptation ; il est payable à réception de la facture.',
      ],
    },
    {
      heading: 'Article 3 — Assurance',
      paragraphs: [
        'L’occupant déclare être assuré en responsabilité civile pour les dommages causés aux personnes et aux biens pendant l’occupation, y compris aux locaux et à leur équipement, et remet son attestation d’assurance avant l’entrée dans les lieux.',
      ],
    },
    {
      heading: 'Article 4 — Sécurité',
      paragraphs: [
        'L’occupant prend connaissance des consignes de sécurité et d’évacuation, respecte l’effectif maximal admis dans chaque salle, ne modifie ni les installations ni les issues de secours, et désigne un responsable présent pendant toute l’occupation.',
      ],
    },
    {
      heading: 'Article 5 — Annulation',
      paragraphs: [
        'Par l’occupant : sans frais plus de 30 jours avant la première date ; 50 % du prix entre 30 et 8 jours ; la totalité moins de 8 jours avant.',
        'Par l’établissement : en cas de force majeure ou de nécessité de service public, sans indemnité autre que le remboursement des sommes versées.',
      ],
    },
    {
      heading: 'Article 6 — État des lieux',
      paragraphs: [
        'Les locaux sont rendus dans l’état où ils ont été remis, à l’heure de fin indiquée ; toute dégradation est à la charge de l’occupant.',
      ],
    },
    {
      heading: 'Article 7 — Acceptation',
      paragraphs: [
        `En acceptant le devis en ligne avant le ${frenchDay(quote.holdUntil ?? quote.validUntil)}, l’occupant accepte la présente convention ; la date et le nom saisis valent signature.`,
      ],
    },
  ],
});
