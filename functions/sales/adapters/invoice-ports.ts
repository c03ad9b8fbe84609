import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LegalStatus, SellerIdentity } from '#domain/sales/invoice';
import type { InvoicePorts } from '#domain/sales/invoice-ports';
import type { Quote } from '#domain/sales/sales';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { requireEnv } from '#functions/lib/env';
import { schoolLetterheadFromEnvironment } from '#functions/lib/school-environment';
import { functionEnvironment } from '#infra/definitions/environment';
import { salesKeys } from '#infra/definitions/school-table';
import { dynamoInvoices } from './dynamo-invoices';

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

/** A quote as S1 and S2 store it (`functions/sales/adapters/quote-item.ts`: the record under `quote`). */
const quotes = {
  async get(quoteId: string) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: salesKeys.quote(quoteId), ConsistentRead: true }),
    );
    return Item?.quote as Quote | undefined;
  },
};

/** The ports of the invoices' handlers: this school's table, its seller identity, the clock, ids. */
export const invoicePorts: InvoicePorts = {
  invoices: dynamoInvoices(tableName),
  quotes,
  seller: sellerFromEnvironment(),
  clock: { now: () => new Date() },
  newId: randomUUID,
  schoolId: requireEnv(functionEnvironment.schoolId),
};
