import { type IssueRequest, newCreditNote, newInvoice } from '#domain/sales/decide-invoice';
import { formatInvoiceNumber, type Invoice, type SellerIdentity } from '#domain/sales/invoice';
import { saleTotals } from '#domain/sales/sale-totals';
import type { Client, Quote, SaleLine } from '#domain/sales/sales';

/** The demo conservatoire as seller: an association, with numbers whose keys are right. */
export const associationSeller: SellerIdentity = {
  legalName: 'Association du Conservatoire de Préau',
  legalStatus: 'association',
  siren: '775678907',
  siret: '77567890710003',
  vatNumber: 'FR40775678907',
  address: { lines: ['12 rue des Lilas'], postcode: '69003', city: 'Lyon', countryCode: 'FR' },
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPPXXX',
  email: 'ventes@conservatoire-preau.fr',
};

export const epleSeller: SellerIdentity = {
  ...associationSeller,
  legalName: 'Collège Jean Moulin',
  legalStatus: 'eple',
  siren: '217500016',
  siret: '21750001610000',
  vatNumber: 'FR72217500016',
};

export const companyClient: Omit<Client, 'version'> = {
  clientId: 'client-company',
  legalName: 'Orchestre Lumière SAS',
  category: 'company',
  siren: '383123452',
  siret: '38312345210004',
  vatNumber: 'FR05383123452',
  billingAddress: {
    lines: ['4 quai Perrache', 'Bâtiment B'],
    postcode: '69002',
    city: 'Lyon',
    countryCode: 'FR',
  },
  contact: { name: 'Claire Martin', email: 'claire.martin@orchestre-lumiere.fr', phone: '+33 4 78 00 00 00' },
};

export const publicBodyClient: Omit<Client, 'version'> = {
  clientId: 'client-town',
  legalName: 'Commune de Villeurbanne',
  category: 'public-body',
  siren: '443061841',
  siret: '44306184110004',
  billingAddress: {
    lines: ['Place Lazare Goujon'],
    postcode: '69100',
    city: 'Villeurbanne',
    countryCode: 'FR',
  },
  contact: { name: 'Service culturel', email: 'culture@villeurbanne.fr' },
  chorusPro: { serviceCode: 'CULTURE-01', commitmentNumber: 'EJ-2026-0042' },
};

/** Two days of the hall at the day's rate, and a technician's hours: the issue's done-when rental. */
export const hallRentalLines: SaleLine[] = [
  {
    lineId: 'l1',
    kind: 'place',
    label: 'Auditorium, journée du 14/12/2026',
    quantity: 1,
    unit: 'day',
    unitPriceCents: 85000,
    vatRate: 20,
    slotIndex: 0,
  },
  {
    lineId: 'l2',
    kind: 'place',
    label: 'Auditorium, journée du 15/12/2026',
    quantity: 1,
    unit: 'day',
    unitPriceCents: 85000,
    vatRate: 20,
    slotIndex: 1,
  },
  {
    lineId: 'l3',
    kind: 'extra',
    label: 'Technicien son et lumière',
    quantity: 7.5,
    unit: 'hour',
    unitPriceCents: 4533,
    vatRate: 20,
  },
  {
    lineId: 'l4',
    kind: 'free',
    label: 'Accord du piano',
    quantity: 1,
    unit: 'unit',
    unitPriceCents: 12000,
    vatRate: 5.5,
  },
];

export const acceptedQuote = (
  client: Omit<Client, 'version'> = companyClient,
  lines = hallRentalLines,
): Quote => ({
  quoteId: 'quote-1',
  number: 'D2026-0001',
  clientId: client.clientId,
  client,
  gridId: 'grid-1',
  status: 'accepted',
  issueDate: '2026-12-01',
  validUntil: '2026-12-31',
  slots: [
    {
      placeId: 'auditorium',
      startsAt: '2026-12-14T08:00:00Z',
      endsAt: '2026-12-14T17:00:00Z',
      setupMinutes: 60,
      teardownMinutes: 30,
    },
    {
      placeId: 'auditorium',
      startsAt: '2026-12-15T08:00:00Z',
      endsAt: '2026-12-15T17:00:00Z',
      setupMinutes: 60,
      teardownMinutes: 30,
    },
  ],
  lines,
  totals: saleTotals(lines),
  history: [{ status: 'accepted', at: '2026-12-02T10:00:00Z', by: 'client' }],
  version: 3,
});

let counter = 0;

/** An invoice as the store would issue it: built by the domain, numbered from a counter of the test's own. */
export const issuedInvoice = (
  request: IssueRequest,
  options: { quote?: Quote; seller?: SellerIdentity; invoices?: Invoice[]; now?: string } = {},
): Invoice => {
  counter += 1;
  const invoice = newInvoice({
    invoiceId: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    quote: options.quote ?? acceptedQuote(),
    seller: options.seller ?? associationSeller,
    invoices: options.invoices ?? [],
    request,
    now: options.now ?? '2026-12-07T10:00:00Z',
    by: 'person-sales',
  });
  return invoice.status === 'issued'
    ? { ...invoice, number: formatInvoiceNumber(invoice.kind, invoice.issueDate, counter) }
    : invoice;
};

export const creditNoteOf = (invoice: Invoice): Invoice => {
  counter += 1;
  const note = newCreditNote(invoice, {
    invoiceId: `00000000-0000-4000-9000-${String(counter).padStart(12, '0')}`,
    now: '2026-12-08T09:00:00Z',
    by: 'person-sales',
  });
  return note.status === 'issued'
    ? { ...note, number: formatInvoiceNumber('credit-note', note.issueDate, counter) }
    : note;
};
