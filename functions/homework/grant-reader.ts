import { grantReader } from '#domain/homework/class-book';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { homeworkPorts } from './adapters/homework-ports';

/** The head of school names an adult (an inspector) who reads every book and writes in none. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await grantReader(pathParameter(event, 'personId'), actor, homeworkPorts, directory),
}));
