import { offerDocuments } from '#domain/sales/quote-documents';
import { httpHandler } from '#functions/lib/http-handler';
import { quoteAnswerPorts, schoolLetterhead } from './adapters/quote-answer-ports';
import { renderAgreementPdf } from './documents/sales-pdf';
import { offerTokenOf } from './offer-token';

/** The client downloads the agreement through their link, signed with their name once they accepted. */
export const handler = httpHandler(async (event) => {
  const school = await schoolLetterhead();
  const { quote, agreement, acceptance } = await offerDocuments(
    offerTokenOf(event),
    quoteAnswerPorts,
    school,
  );
  return {
    status: 200,
    file: {
      bytes: await renderAgreementPdf(quote, school, agreement, acceptance),
      contentType: 'application/pdf',
      fileName: `convention-${quote.number}.pdf`,
    },
  };
});
