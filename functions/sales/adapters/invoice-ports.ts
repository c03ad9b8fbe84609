import { randomUUID } from 'node:crypto';
import type { LegalStatus, SellerIdentity } from '#domain/sales/invoice';
import type { InvoicePorts } from '#domain/sales/invoice-ports';
import { requireEnv } from '#functions/lib/env';
import { schoolLetterheadFromEnvironment } from '#functions/lib/school-environment';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoInvoices } from './dynamo-invoices';
import { salesPorts } from './sales-ports';

const tableName = requireEnv(functionEnvironment.tableName);

/**
 * The school as seller: its registry entry's legal status and identity (`SCHOOL_SELLER`), at the address of its
 * letterhead (street lines, then « postcode town »).
 */
export const sellerFromEnvironment = (): SellerIdentity | undefined => {
  const text = process.env[functionEnvironment.schoolSeller];
  if (!text) return undefined;
  const { legalStatus, seller } = JSON.parse(text) as {
    legalStatus: LegalStatus;
    seller: Omit<SellerIdentity, 'legalStatus' | 'address'>;
  };
  const lines = schoolLetterheadFromEnvironment().address ?? [];
  const last = lines[lines.length - 1] ?? '';
  const town = /^(\d{5})\s+(.+)$/.exec(last);
  return {
    ...seller,
    legalStatus,
    address: {
      lines: town ? lines.slice(0, -1) : lines,
      postcode: town?.[1] ?? '',
      city: town?.[2] ?? last,
      countryCode: 'FR',
    },
  };
};

/** The quotes as the sales store keeps them. */
const quotes = { get: (quoteId: string) => salesPorts.sales.getQuote(quoteId) };

/** The ports of the invoices' handlers: this school's table, its seller identity, the clock, ids. */
export const invoicePorts: InvoicePorts = {
  invoices: dynamoInvoices(tableName),
  quotes,
  seller: sellerFromEnvironment(),
  clock: { now: () => new Date() },
  newId: randomUUID,
  schoolId: requireEnv(functionEnvironment.schoolId),
};
