import type { Actor } from '#domain/identity/actor';
import { NotFoundError } from '#domain/shared/errors';
import type { FormRequest } from './form-request';
import type { RequestPorts } from './request-ports';
import { isRequestTeam } from './request-team';

/** Who may read a request and comment on it: its submitter and the team in charge. */
export const mayFollow = (request: FormRequest, actor: Actor) =>
  request.submittedBy.personId === actor.personId || isRequestTeam(actor);

/** A request as its submitter or the team read it; to anyone else it does not exist. */
export const followRequest = async (
  requestId: string,
  actor: Actor,
  ports: Pick<RequestPorts, 'requests'>,
) => {
  const request = await ports.requests.get(requestId);
  if (!request || !mayFollow(request, actor)) throw new NotFoundError('form request', requestId);
  return request;
};
