import type { Actor } from '#domain/identity/actor';
import { StaleVersionError, ValidationError } from '#domain/shared/errors';
import { addComment } from './comment-on-request';
import type { FormRequest, FormRequestState } from './form-request';
import { changedEvent, eventContext } from './request-events';
import type { RequestPorts } from './request-ports';
import { personRefOf } from './request-team';

export interface StateChange {
  state: FormRequestState;
  comment?: string;
}

/**
 * The team moves a request to another state, any other (a done request may be reopened), saying why when it
 * refuses: the comment joins the thread the submitter reads.
 */
export const moveRequest = (
  request: FormRequest,
  { state, comment }: StateChange,
  actor: Actor,
  context: { now: string; newId: () => string },
): FormRequest => {
  if (state === request.state)
    throw new ValidationError('state', `is the request's state already`, 'same_state');
  if (state === 'refused' && comment === undefined)
    throw new ValidationError('comment', 'is required to refuse a request: say why', 'required');
  const by = personRefOf(actor);
  const moved: FormRequest = {
    ...request,
    state,
    history: [...request.history, { state, by, at: context.now }],
    updatedAt: context.now,
    version: request.version + 1,
  };
  return comment === undefined
    ? moved
    : { ...addComment(moved, comment, actor, context), version: moved.version };
};

export const changeRequestState = async (
  request: FormRequest,
  change: StateChange,
  expectedVersion: number,
  actor: Actor,
  ports: RequestPorts,
) => {
  if (request.version !== expectedVersion)
    throw new StaleVersionError('form request', request.id, expectedVersion);
  const moved = moveRequest(request, change, actor, {
    now: ports.clock.now().toISOString(),
    newId: ports.newId,
  });
  await ports.requests.replace(moved, expectedVersion, [
    changedEvent(moved, 'state', actor.personId, eventContext(ports)),
  ]);
  return moved;
};
