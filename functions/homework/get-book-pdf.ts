import { readBook } from '#domain/homework/class-book';
import { bookKindSchema, bookQuerySchema } from '#domain/homework/homework';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery, pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';
import { homeworkPorts } from './adapters/homework-ports';
import { renderBookPdf } from './book-pdf/book-pdf';

/** A class's or a teacher's book for a year, as a PDF: read through the same rights as on the screen. */
export const handler = signedInHandler(async (event, actor) => {
  const kind = parseWith(bookKindSchema, pathParameter(event, 'kind'), 'kind');
  const { year } = parseQuery(event, bookQuerySchema);
  const book = await readBook(kind, pathParameter(event, 'id'), year, actor, homeworkPorts);
  const bytes = await renderBookPdf(book, {
    timeZone: homeworkPorts.school.timeZone,
    printedAt: homeworkPorts.clock.now().toISOString(),
  });
  return {
    status: 200,
    file: {
      bytes,
      contentType: 'application/pdf',
      fileName: `cahier-de-textes-${kind}-${book.id}-${book.schoolYear}.pdf`,
    },
  };
});
