import type { Item } from './item';
import type { Loan } from './loan';

/**
 * The loan form's content, in French, from the loan, its item, the school and the borrower: what the portal shows
 * before signing and the contract PDF prints. A free loan is a prêt à usage (Code civil, art. 1875 and following);
 * with a fee it is a rental, a louage de choses (art. 1709 and following).
 */

export interface ContractParty {
  role: string;
  name: string;
  detail?: string;
}

export interface LoanContract {
  title: 'Contrat de prêt à usage' | 'Contrat de location';
  /** The loan's number once approved, or its id. */
  reference: string;
  parties: ContractParty[];
  item: { lines: string[]; accessories: string[] };
  /** Label and value lines: dates, value, deposit, fee, insurance. */
  terms: [string, string][];
  conditions: string[];
  legalBasis: string;
  /** « Signé le 7 décembre 2026 à 14:05 par … » once signed. */
  signedLine?: string;
}

/** Cents as French text: `123400` → `1 234,00 €` (narrow no-break spaces, as Intl writes them). */
export const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** A calendar date in French: `2027-06-30` → `30 juin 2027`. */
export const frenchDate = (date: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

/** An instant in the school's zone: `le 7 décembre 2026 à 14:05`. */
export const frenchInstant = (at: string, timeZone: string) => {
  const instant = new Date(at);
  const day = new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(instant);
  const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone }).format(
    instant,
  );
  return `le ${day} à ${time}`;
};

/** When the insurance certificate is needed before signing: for a rental, and for an item worth €1,000 or more. */
export const insuranceThresholdCents = 100_000;
export const insuranceRequired = (loan: Pick<Loan, 'kind'>, item: Pick<Item, 'valueCents'>) =>
  loan.kind === 'rental' || (item.valueCents ?? 0) >= insuranceThresholdCents;

const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`;

export const contractOf = (input: {
  loan: Loan;
  item: Item;
  school: { name: string; timeZone: string };
  borrower: { firstName: string; lastName: string; birthDate?: string };
  /** Who signed, when it is a guardian signing for a minor; or the guardian to sign, once known. */
  guardian?: { firstName: string; lastName: string };
  minor: boolean;
}): LoanContract => {
  const { loan, item, school, borrower, guardian, minor } = input;
  const rental = loan.kind === 'rental';
  const title = rental ? 'Contrat de location' : 'Contrat de prêt à usage';
  const lender = rental ? 'Le loueur' : 'Le prêteur';
  const taker = rental ? 'Le locataire' : 'L’emprunteur';
  const parties: ContractParty[] = [
    { role: lender, name: school.name },
    {
      role: taker,
      name: fullName(borrower),
      ...(borrower.birthDate && { detail: `né(e) le ${frenchDate(borrower.birthDate)}` }),
    },
  ];
  if (minor)
    parties.push({
      role: 'Représenté(e) par son responsable légal',
      name: guardian ? fullName(guardian) : 'le responsable légal qui signe ce contrat',
    });
  const described = [item.kind, item.maker, item.model].filter(Boolean).join(' — ');
  const lines = [
    described,
    ...(item.serialNumber ? [`N° de série : ${item.serialNumber}`] : []),
    ...(item.year ? [`Année : ${item.year}`] : []),
    `Référence à l’inventaire : ${item.itemId}`,
  ];
  const terms: [string, string][] = [
    ['Du', frenchDate(loan.startDate)],
    ['Au', frenchDate(loan.endDate)],
    ['Valeur de l’instrument', item.valueCents === undefined ? 'non estimée' : euros(item.valueCents)],
    ['Dépôt de garantie (caution)', loan.depositCents ? euros(loan.depositCents) : 'aucun'],
    ...(rental ? [['Loyer', euros(loan.feeCents ?? 0)] as [string, string]] : []),
    [
      'Assurance',
      loan.insuranceDocument
        ? `attestation fournie (${loan.insuranceDocument.name})`
        : insuranceRequired(loan, item)
          ? 'attestation à fournir avant la signature'
          : 'recommandée',
    ],
  ];
  const conditions = [
    `${taker} veille à la garde et à la conservation de l’instrument et de ses accessoires raisonnablement : rangé dans son étui, à l’abri de l’humidité, de la chaleur et des chocs.`,
    `${taker} ne prête, ne loue ni ne confie l’instrument à personne, et ne s’en sert que pour l’usage prévu : l’étude de la musique.`,
    'Aucune réparation ni aucun réglage n’est fait sans l’accord de l’établissement, qui assure l’entretien courant.',
    `${taker} rend l’instrument au plus tard à la date prévue, dans l’état où il l’a reçu, sauf l’usure normale ; son état est constaté à la remise et au retour.`,
    `En cas de dommage, de perte ou de vol, ${taker.toLowerCase()} prévient l’établissement sans délai ; les réparations, ou la valeur de l’instrument s’il est perdu, sont à sa charge, déduction faite de ce que paie son assurance, et le dépôt de garantie peut y être affecté.`,
    'Le dépôt de garantie est rendu au retour de l’instrument, une fois son état vérifié.',
  ];
  const legalBasis = rental
    ? 'Contrat de louage de choses régi par les articles 1709 et suivants du Code civil.'
    : 'Prêt à usage, essentiellement gratuit, régi par les articles 1875 et suivants du Code civil.';
  const signature = loan.signature;
  return {
    title,
    reference: loan.number ?? loan.loanId,
    parties,
    item: { lines, accessories: item.accessories },
    terms,
    conditions,
    legalBasis,
    ...(signature && {
      signedLine: `Signé ${frenchInstant(signature.at, school.timeZone)} par ${signature.typedName}${
        signature.role === 'guardian' ? `, responsable légal de ${fullName(borrower)}` : ''
      }`,
    }),
  };
};
