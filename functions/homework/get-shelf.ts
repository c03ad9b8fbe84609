import { readShelf } from '#domain/homework/class-shelf';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { homeworkPorts } from './adapters/homework-ports';

/** A class's or group's shelf of commented links, for those who read its book. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await readShelf(pathParameter(event, 'classId'), actor, homeworkPorts),
}));
