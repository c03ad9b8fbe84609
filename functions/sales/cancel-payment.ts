import { cancelPayment } from '#domain/sales/record-payment';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { paymentPorts } from './adapters/payment-ports';

/** Staff cancel a payment: a reversal entry gives its amount back to the balance, once. */
export const handler = signedInHandler(async (event, actor) => {
  const invoiceId = pathParameter(event, 'invoiceId');
  const paymentId = pathParameter(event, 'paymentId');
  return { status: 201, body: await cancelPayment(invoiceId, paymentId, actor, paymentPorts) };
});
