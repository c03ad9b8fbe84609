import { listPayments } from '#domain/sales/record-payment';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { paymentPorts } from './adapters/payment-ports';

/** An invoice's payments and reversals, its paid amount and balance. */
export const handler = signedInHandler(async (event, actor) => {
  const invoiceId = pathParameter(event, 'invoiceId');
  return { status: 200, body: await listPayments(invoiceId, actor, paymentPorts) };
});
