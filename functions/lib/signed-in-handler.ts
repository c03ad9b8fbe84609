import middy from '@middy/core';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { Actor } from '#domain/identity/actor';
import { tokenEnded } from '#domain/identity/end-sessions';
import { AccessDeniedError, NotSignedInError } from '#domain/shared/errors';
import { httpErrors } from './http-errors';
import { type HttpResponse, jsonResponse } from './http-response';
import { appendInvocationLogKeys, httpLogKeys, withInvocationLog } from './logger';

export type SignedInEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

/** Who holds an account of this school, and since when their sessions are ended: identity's port. */
export interface SignedInAccounts {
  byAccount(accountId: string): Promise<{ actor: Actor; sessionsEndedAt?: number } | undefined>;
}

type SignedInHandle = (event: SignedInEvent, actor: Actor) => Promise<HttpResponse>;

/**
 * The wrapper of the handlers of signed-in routes, given where accounts are read (composed once, by identity:
 * functions/identity/adapters/signed-in-handler.ts). Who asks comes only from the claims API Gateway's JWT
 * authorizer checked (the token's `sub`, an account of this school's user pool), then from the school's
 * directory: never from the body or a header the caller writes.
 */
export const signedInHandlerWith = (actors: SignedInAccounts) => (handle: SignedInHandle) =>
  withInvocationLog<SignedInEvent, Context, APIGatewayProxyStructuredResultV2>(
    httpLogKeys,
    middy<SignedInEvent, APIGatewayProxyStructuredResultV2>()
      .use(httpErrors())
      .handler(async (event) => jsonResponse(await handle(event, await actorOf(event, actors)))),
  );

const actorOf = async (event: SignedInEvent, actors: SignedInAccounts): Promise<Actor> => {
  const claims = event.requestContext.authorizer?.jwt?.claims;
  const accountId = claims?.sub;
  if (typeof accountId !== 'string' || accountId === '') throw new NotSignedInError('No signed-in account');
  const signedIn = await actors.byAccount(accountId);
  if (!signedIn) throw new AccessDeniedError(`account ${accountId}`, 'sign-in', 'this school', false);
  // A token from before a sign-out (or a reused refresh cookie) is refused, though it has not expired.
  if (tokenEnded(Number(claims?.iat), signedIn.sessionsEndedAt)) {
    throw new NotSignedInError('The session has ended: sign in again', 'session_ended');
  }
  // From here on, what the invocation logs says who asked: by person id only.
  appendInvocationLogKeys({ personId: signedIn.actor.personId });
  return signedIn.actor;
};
