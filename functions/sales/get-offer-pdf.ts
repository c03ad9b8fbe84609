import { offerDocuments } from '#domain/sales/quote-documents';
import { httpHandler } from '#functions/lib/http-handler';
import { quoteAnswerPorts, schoolLetterhead } from './adapters/quote-answer-ports';
import { renderQuotePdf } from './documents/sales-pdf';
import { offerTokenOf } from './offer-token';

/** The client downloads the quote as a PDF through their link (no account): 404 for any dead link. */
export const handler = httpHandler(async (event) => {
  const school = await schoolLetterhead();
  const { quote, slots } = await offerDocuments(offerTokenOf(event), quoteAnswerPorts, school);
  return {
    status: 200,
    file: {
      bytes: await renderQuotePdf(quote, school, slots),
      contentType: 'application/pdf',
      fileName: `devis-${quote.number}.pdf`,
    },
  };
});
