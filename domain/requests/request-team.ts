import type { Actor } from '#domain/identity/actor';
import { fullName } from '#domain/identity/actor';
import { scopesHeld } from '#domain/identity/rights';
import { AccessDeniedError } from '#domain/shared/errors';
import type { PersonRef } from './form-request';

/** The team in charge of requests: those who see them all and change their states. */
export const isRequestTeam = (actor: Actor) => scopesHeld('form-requests:handle', actor.profiles).has('any');

/** Whether someone may submit requests at all, for some project: who may follow their own. */
export const maySubmitRequests = (actor: Actor) =>
  scopesHeld('form-requests:submit', actor.profiles).size > 0;

export const personRefOf = (actor: Actor): PersonRef => ({ personId: actor.personId, name: fullName(actor) });

/** Someone who may submit no request has none to follow either. */
export const requireSubmitter = (actor: Actor) => {
  if (!maySubmitRequests(actor))
    throw new AccessDeniedError(actor.personId, 'form-requests:submit', 'own form requests', false);
};
