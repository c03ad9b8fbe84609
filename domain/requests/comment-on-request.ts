import type { Actor } from '#domain/identity/actor';
import { StaleVersionError, ValidationError } from '#domain/shared/errors';
import { followRequest } from './follow-request';
import type { FormRequest } from './form-request';
import { changedEvent, eventContext } from './request-events';
import type { RequestPorts } from './request-ports';
import { personRefOf } from './request-team';

/** A request is one item: its thread is bounded so that it always fits. */
export const maxComments = 50;

export const addComment = (
  request: FormRequest,
  text: string,
  actor: Actor,
  context: { now: string; newId: () => string },
): FormRequest => {
  if (request.comments.length >= maxComments)
    throw new ValidationError(
      'text',
      `cannot be added: this request holds ${maxComments} comments already`,
      'too_many_comments',
    );
  return {
    ...request,
    comments: [...request.comments, { id: context.newId(), by: personRefOf(actor), at: context.now, text }],
    updatedAt: context.now,
    version: request.version + 1,
  };
};

/** Tries a few times: a comment needs no version from its author, and two people may write at once. */
const attempts = 3;

/** The submitter or the team write in a request's thread. */
export const commentOnRequest = async (
  requestId: string,
  text: string,
  actor: Actor,
  ports: RequestPorts,
) => {
  for (let attempt = 1; ; attempt += 1) {
    const request = await followRequest(requestId, actor, ports);
    const commented = addComment(request, text, actor, {
      now: ports.clock.now().toISOString(),
      newId: ports.newId,
    });
    const stored = await ports.requests
      .replace(commented, request.version, [
        changedEvent(commented, 'comment', actor.personId, eventContext(ports)),
      ])
      .then(() => true)
      .catch((error: unknown) => {
        if (error instanceof StaleVersionError && attempt < attempts) return false;
        throw error;
      });
    if (stored) return commented;
  }
};
