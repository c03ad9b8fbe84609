import { LeftSchoolError } from '#domain/messaging/audience-errors';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';

/**
 * The wrapper of school life's signed-in routes: a person who left the school (retired) loses access to messages
 * at once, on every route (403 `left_school`), with no extra read: the actor's record says it.
 */
export const messagingHandler = (handle: Parameters<typeof signedInHandler>[0]) =>
  signedInHandler(async (event, actor) => {
    if (actor.left) throw new LeftSchoolError();
    return handle(event, actor);
  });
