import { listReaders } from '#domain/homework/class-book';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { directory } from '#functions/people/adapters/directory';
import { homeworkPorts } from './adapters/homework-ports';

/** The people the head of school named to read the books (inspectors). */
export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: { items: await listReaders(actor, homeworkPorts, directory) },
}));
