import { quoteDocuments } from '#domain/sales/quote-documents';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { quoteAnswerPorts, schoolLetterhead } from './adapters/quote-answer-ports';
import { renderQuotePdf } from './documents/sales-pdf';

/** The quote as a PDF in French with the school's letterhead, for the sales staff to print or mail. */
export const handler = signedInHandler(async (event, actor) => {
  const school = await schoolLetterhead();
  const { quote, slots } = await quoteDocuments(
    pathParameter(event, 'quoteId'),
    actor,
    quoteAnswerPorts,
    school,
  );
  return {
    status: 200,
    file: {
      bytes: await renderQuotePdf(quote, school, slots),
      contentType: 'application/pdf',
      fileName: `devis-${quote.number}.pdf`,
    },
  };
});
