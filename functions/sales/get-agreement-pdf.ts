import { quoteDocuments } from '#domain/sales/quote-documents';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { quoteAnswerPorts, schoolLetterhead } from './adapters/quote-answer-ports';
import { renderAgreementPdf } from './documents/sales-pdf';

/** The agreement for using the premises, generated from the quote's terms, as a PDF. */
export const handler = signedInHandler(async (event, actor) => {
  const school = await schoolLetterhead();
  const documents = await quoteDocuments(pathParameter(event, 'quoteId'), actor, quoteAnswerPorts, school);
  const { quote, agreement, acceptance } = documents;
  return {
    status: 200,
    file: {
      bytes: await renderAgreementPdf(quote, school, agreement, acceptance),
      contentType: 'application/pdf',
      fileName: `convention-${quote.number}.pdf`,
    },
  };
});
