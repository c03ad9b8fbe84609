import { readBook } from '#domain/homework/class-book';
import { bookKindSchema, bookQuerySchema } from '#domain/homework/homework';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery, pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';
import { homeworkPorts } from './adapters/homework-ports';

/** A class's or a teacher's book for a school year: the head of school, the readers they name, the teacher. */
export const handler = signedInHandler(async (event, actor) => {
  const kind = parseWith(bookKindSchema, pathParameter(event, 'kind'), 'kind');
  const { year } = parseQuery(event, bookQuerySchema);
  return { status: 200, body: await readBook(kind, pathParameter(event, 'id'), year, actor, homeworkPorts) };
});
