import { itemsForLabels, labelsQuerySchema } from '#domain/loans/inventory';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { publicOrigin } from '#functions/lib/public-origin';
import { loansPorts } from './adapters/loans-ports';
import { renderLabelsPdf } from './labels-pdf/labels-pdf';

/** A sheet of QR-code labels for a family's items, as a PDF (pdfkit, in a function of its own). */
export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, labelsQuerySchema);
  const items = await itemsForLabels(query, actor, loansPorts);
  const bytes = await renderLabelsPdf(items, {
    origin: publicOrigin(event),
    schoolName: loansPorts.school.name,
  });
  return {
    status: 200,
    file: { bytes, contentType: 'application/pdf', fileName: `etiquettes-${query.family}.pdf` },
  };
});
