import { type Invoice as EInvoiceData, InvoiceService } from '@e-invoice-eu/core';
import { documentNumber, type Invoice, invoiceMentions, type PostalAddress } from '#domain/sales/invoice';
import { lineNetCents } from '#domain/sales/sale-totals';
import type { SaleLine } from '#domain/sales/sales';

/**
 * The electronic forms of an invoice, made by `@e-invoice-eu/core` from one description in its internal format
 * (UBL's names as JSON): the CII XML (EN16931), UBL 2.1 (an `Invoice`, or a `CreditNote` for type 381), and the
 * Factur-X PDF/A-3 (profile EN 16931) that embeds the CII as `factur-x.xml` (AFRelationship Alternative, with the
 * Factur-X XMP metadata) into the PDF we draw. Every output validates against the Factur-X 1.09 schema and the
 * EN16931 business rules (`test/unit/sales/factur-x-validation.test.ts`).
 */

const typeCodes = { invoice: '380', balance: '380', deposit: '386', 'credit-note': '381' } as const;

/** UN/ECE recommendation 20 codes: hours, days, and "one" for the half-day, the evening and the unit. */
const unitCodes = { hour: 'HUR', day: 'DAY', 'half-day': 'C62', evening: 'C62', unit: 'C62' } as const;

/** `12345` cents → `"123.45"`, the decimal point and two decimals the French rules (BR-FR-DEC-01) ask for. */
export const amount = (cents: number) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

const quantity = (value: number) => String(Math.round(value * 100) / 100);
const percent = (rate: number) => String(rate);

/** VAT category: standard rate, or exempt (E) with its wording when the rate is 0. */
const vatCategory = (rate: number) => (rate > 0 ? 'S' : 'E');

const address = (postal: PostalAddress) => {
  const [first, second, ...rest] = postal.lines;
  return {
    ...(first ? { 'cbc:StreetName': first } : {}),
    ...(second ? { 'cbc:AdditionalStreetName': second } : {}),
    ...(rest.length > 0 ? { 'cac:AddressLine': { 'cbc:Line': rest.join(', ') } } : {}),
    'cbc:CityName': postal.city,
    'cbc:PostalZone': postal.postcode,
    'cac:Country': { 'cbc:IdentificationCode': postal.countryCode },
  };
};

const invoiceLine = (line: SaleLine, index: number) => ({
  'cbc:ID': String(index + 1),
  // EN16931 refuses a negative price (BR-27): a discount or a deducted deposit is a negative quantity instead.
  'cbc:InvoicedQuantity': quantity(line.unitPriceCents < 0 ? -line.quantity : line.quantity),
  'cbc:InvoicedQuantity@unitCode': unitCodes[line.unit],
  'cbc:LineExtensionAmount': amount(lineNetCents(line)),
  'cbc:LineExtensionAmount@currencyID': 'EUR' as const,
  'cac:Item': {
    'cbc:Name': line.label,
    'cac:ClassifiedTaxCategory': {
      'cbc:ID': vatCategory(line.vatRate),
      'cbc:Percent': percent(line.vatRate),
      'cac:TaxScheme': { 'cbc:ID': 'VAT' },
    },
  },
  'cac:Price': {
    'cbc:PriceAmount': amount(Math.abs(line.unitPriceCents)),
    'cbc:PriceAmount@currencyID': 'EUR' as const,
  },
});

/** BT-25/BT-26: the invoice a credit note cancels, the deposits a balance deducts. */
const precedingInvoices = (invoice: Invoice): { id: string; issueDate?: string }[] => [
  ...(invoice.cancels ? [{ id: invoice.cancels.number, issueDate: invoice.cancels.issueDate }] : []),
  ...(invoice.deductedDeposits ?? []).map((deposit) => ({
    id: deposit.number,
    issueDate: deposit.issueDate,
  })),
];

/** The internal description `@e-invoice-eu/core` renders into every format. */
export const eInvoiceData = (invoice: Invoice): EInvoiceData => {
  const { seller, buyer, totals } = invoice;
  const number = documentNumber(invoice);
  const buyerEndpoint = buyer.siret
    ? { 'cbc:EndpointID': buyer.siret, 'cbc:EndpointID@schemeID': '0009' }
    : buyer.siren
      ? { 'cbc:EndpointID': buyer.siren, 'cbc:EndpointID@schemeID': '0002' }
      : {
          'cbc:EndpointID': buyer.contact.email ?? seller.email ?? 'factures@preau.fr',
          'cbc:EndpointID@schemeID': 'EM',
        };
  const preceding = precedingInvoices(invoice);
  const data = {
    'ubl:Invoice': {
      // BT-23, the French framework's billing mode: S1, an invoice for services (BR-FR-08).
      'cbc:ProfileID': 'S1',
      'cbc:ID': number,
      'cbc:IssueDate': invoice.issueDate,
      ...(invoice.kind === 'credit-note' ? {} : { 'cbc:DueDate': invoice.dueDate }),
      'cbc:InvoiceTypeCode': typeCodes[invoice.kind],
      'cbc:Note': invoiceMentions(invoice).map((mention) => `#${mention.subject}#${mention.text}`),
      'cbc:DocumentCurrencyCode': 'EUR',
      ...(buyer.chorusPro?.serviceCode ? { 'cbc:BuyerReference': buyer.chorusPro.serviceCode } : {}),
      ...(invoice.servicePeriod
        ? {
            'cac:InvoicePeriod': {
              'cbc:StartDate': invoice.servicePeriod.from,
              'cbc:EndDate': invoice.servicePeriod.to,
            },
          }
        : {}),
      ...(buyer.chorusPro?.commitmentNumber
        ? { 'cac:OrderReference': { 'cbc:ID': buyer.chorusPro.commitmentNumber } }
        : {}),
      ...(preceding.length > 0
        ? {
            'cac:BillingReference': preceding.map((reference) => ({
              'cac:InvoiceDocumentReference': {
                'cbc:ID': reference.id,
                ...(reference.issueDate ? { 'cbc:IssueDate': reference.issueDate } : {}),
              },
            })),
          }
        : {}),
      'cac:ContractDocumentReference': { 'cbc:ID': invoice.quoteNumber },
      'cac:AccountingSupplierParty': {
        'cac:Party': {
          'cbc:EndpointID': seller.siret,
          'cbc:EndpointID@schemeID': '0009',
          'cac:PartyIdentification': [{ 'cbc:ID': seller.siret, 'cbc:ID@schemeID': '0009' }],
          'cac:PostalAddress': address(seller.address),
          'cac:PartyTaxScheme': seller.vatNumber
            ? [{ 'cbc:CompanyID': seller.vatNumber, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } }]
            : [],
          'cac:PartyLegalEntity': {
            'cbc:RegistrationName': seller.legalName,
            'cbc:CompanyID': seller.siren,
            'cbc:CompanyID@schemeID': '0002',
          },
          ...(seller.email ? { 'cac:Contact': { 'cbc:ElectronicMail': seller.email } } : {}),
        },
      },
      'cac:AccountingCustomerParty': {
        'cac:Party': {
          ...buyerEndpoint,
          ...(buyer.siret
            ? { 'cac:PartyIdentification': { 'cbc:ID': buyer.siret, 'cbc:ID@schemeID': '0009' } }
            : {}),
          'cac:PostalAddress': address(buyer.billingAddress),
          ...(buyer.vatNumber
            ? {
                'cac:PartyTaxScheme': {
                  'cbc:CompanyID': buyer.vatNumber,
                  'cac:TaxScheme': { 'cbc:ID': 'VAT' },
                },
              }
            : {}),
          'cac:PartyLegalEntity': {
            'cbc:RegistrationName': buyer.legalName,
            ...(buyer.siren ? { 'cbc:CompanyID': buyer.siren, 'cbc:CompanyID@schemeID': '0002' } : {}),
          },
          'cac:Contact': {
            'cbc:Name': buyer.contact.name,
            ...(buyer.contact.phone ? { 'cbc:Telephone': buyer.contact.phone } : {}),
            ...(buyer.contact.email ? { 'cbc:ElectronicMail': buyer.contact.email } : {}),
          },
        },
      },
      ...(invoice.deliveryAddress
        ? { 'cac:Delivery': { 'cac:DeliveryLocation': { 'cac:Address': address(invoice.deliveryAddress) } } }
        : {}),
      ...(seller.iban && invoice.kind !== 'credit-note'
        ? {
            'cac:PaymentMeans': [
              {
                'cbc:PaymentMeansCode': '58',
                'cbc:PaymentID': number,
                'cac:PayeeFinancialAccount': {
                  'cbc:ID': seller.iban.replace(/\s+/g, ''),
                  'cbc:Name': seller.legalName,
                  ...(seller.bic ? { 'cac:FinancialInstitutionBranch': { 'cbc:ID': seller.bic } } : {}),
                },
              },
            ],
          }
        : {}),
      'cac:PaymentTerms': { 'cbc:Note': invoice.paymentTerms },
      'cac:TaxTotal': [
        {
          'cbc:TaxAmount': amount(totals.vatCents),
          'cbc:TaxAmount@currencyID': 'EUR',
          'cac:TaxSubtotal': totals.vatBreakdown.map((rate) => ({
            'cbc:TaxableAmount': amount(rate.baseCents),
            'cbc:TaxableAmount@currencyID': 'EUR',
            'cbc:TaxAmount': amount(rate.vatCents),
            'cbc:TaxAmount@currencyID': 'EUR',
            'cac:TaxCategory': {
              'cbc:ID': vatCategory(rate.vatRate),
              'cbc:Percent': percent(rate.vatRate),
              ...(rate.vatRate === 0
                ? {
                    'cbc:TaxExemptionReason':
                      rate.exemption ?? seller.vatExemptionNote ?? 'Exonération de TVA',
                  }
                : {}),
              'cac:TaxScheme': { 'cbc:ID': 'VAT' },
            },
          })),
        },
      ],
      'cac:LegalMonetaryTotal': {
        'cbc:LineExtensionAmount': amount(totals.netCents),
        'cbc:LineExtensionAmount@currencyID': 'EUR',
        'cbc:TaxExclusiveAmount': amount(totals.netCents),
        'cbc:TaxExclusiveAmount@currencyID': 'EUR',
        'cbc:TaxInclusiveAmount': amount(totals.grossCents),
        'cbc:TaxInclusiveAmount@currencyID': 'EUR',
        'cbc:PayableAmount': amount(totals.grossCents),
        'cbc:PayableAmount@currencyID': 'EUR',
      },
      'cac:InvoiceLine': invoice.lines.map(invoiceLine),
    },
  };
  return data as unknown as EInvoiceData;
};

/** A logger that keeps the library's chatter out of the function's JSON logs; errors still throw. */
const quietLogger = { log: () => {}, warn: () => {}, error: () => {} };

type CiiNode = Record<string, unknown>;

/**
 * What `@e-invoice-eu/core` (2.3) leaves out of the CII, put back on its tree before it is written: each note with
 * its subject code (BT-21, which the French rules BR-FR-05 ask for: PMD, PMT, AAB; the library writes every note as
 * one note's contents), and the preceding invoices (BT-25/BT-26: its mapping reads them one level too high, so a
 * credit note lost the invoice it cancels), placed where the schema wants them in the header settlement.
 */
const completeCii = (invoice: Invoice) => (cii: CiiNode) => {
  const root = cii['rsm:CrossIndustryInvoice'] as CiiNode;
  const document = root['rsm:ExchangedDocument'] as CiiNode;
  document['ram:IncludedNote'] = invoiceMentions(invoice).map((mention) => ({
    'ram:Content': mention.text,
    'ram:SubjectCode': mention.subject,
  }));
  const transaction = root['rsm:SupplyChainTradeTransaction'] as CiiNode;
  const settlement = transaction['ram:ApplicableHeaderTradeSettlement'] as CiiNode;
  const references = precedingInvoices(invoice).map((reference) => ({
    'ram:IssuerAssignedID': reference.id,
    ...(reference.issueDate
      ? {
          'ram:FormattedIssueDateTime': {
            'qdt:DateTimeString': reference.issueDate.replaceAll('-', ''),
            'qdt:DateTimeString@format': '102',
          },
        }
      : {}),
  }));
  if (references.length === 0) return;
  const reordered: CiiNode = {};
  for (const [key, value] of Object.entries(settlement)) {
    if (key === 'ram:InvoiceReferencedDocument') continue;
    if (key === 'ram:ReceivableSpecifiedTradeAccountingAccount')
      reordered['ram:InvoiceReferencedDocument'] = references;
    reordered[key] = value;
  }
  if (!('ram:InvoiceReferencedDocument' in reordered))
    reordered['ram:InvoiceReferencedDocument'] = references;
  transaction['ram:ApplicableHeaderTradeSettlement'] = reordered;
};

interface FormatService {
  postProcess(cii: CiiNode): void;
}

/** The library's service, whose CII formats complete their tree with `completeCii` before writing it. */
const serviceFor = (invoice: Invoice) => {
  const service = new InvoiceService(quietLogger);
  const factory = (
    service as unknown as {
      formatFactoryService: { createFormatService: (...args: unknown[]) => FormatService };
    }
  ).formatFactoryService;
  const create = factory.createFormatService.bind(factory);
  factory.createFormatService = (...args) => {
    const formatter = create(...args);
    const postProcess = formatter.postProcess.bind(formatter);
    formatter.postProcess = (cii) => {
      postProcess(cii);
      completeCii(invoice)(cii);
    };
    return formatter;
  };
  return service;
};

export const ciiXml = async (invoice: Invoice) =>
  (await serviceFor(invoice).generate(eInvoiceData(invoice), {
    format: 'CII',
    lang: 'fr-fr',
    noWarnings: true,
  })) as string;
export const ublXml = async (invoice: Invoice) =>
  (await new InvoiceService(quietLogger).generate(eInvoiceData(invoice), {
    format: 'UBL',
    lang: 'fr-fr',
    noWarnings: true,
  })) as string;

/** The Factur-X PDF/A-3: the drawn PDF, with the CII embedded as `factur-x.xml` and the Factur-X XMP metadata. */
export const facturXPdf = async (invoice: Invoice, pdf: Uint8Array) =>
  (await serviceFor(invoice).generate(eInvoiceData(invoice), {
    format: 'Factur-X-EN16931',
    lang: 'fr-fr',
    noWarnings: true,
    pdf: { buffer: pdf, filename: `${documentNumber(invoice)}.pdf`, mimetype: 'application/pdf' },
  })) as Uint8Array;
