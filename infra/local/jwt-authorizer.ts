import { randomBytes } from 'node:crypto';
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import type { HttpReply } from './api-gateway-event';

export interface JwtAuthorizerConfig {
  /** The user pool's issuer: `https://cognito-idp.<region>.amazonaws.com/<poolId>` in AWS. */
  issuer: string;
  /** The app clients whose tokens are accepted. */
  audience: readonly string[];
}

export type AuthorizerClaims = Record<string, string>;

/** The authorizer's verdict: the token's claims, or API Gateway's own refusal (`gatewayUnauthorized`). */
export type AuthorizerVerdict = { claims: AuthorizerClaims } | { refusal: HttpReply };

/**
 * What API Gateway answers when its JWT authorizer refuses a request, before any function: 401, the body
 * `{"message":"Unauthorized"}` with no `code` (HTTP APIs cannot change it), and a `www-authenticate` challenge
 * saying why (AWS's troubleshooting guide shows `Bearer scope="" error="invalid_token" error_description="the token
 * does not have a valid audience"`). Its request id header is there too. The portal gives such a 401 the code
 * `unauthorized` (`web/src/shell/http/exchange.ts`).
 */
export const gatewayUnauthorized = (reason?: string): HttpReply => ({
  status: 401,
  headers: {
    'content-type': 'application/json',
    'www-authenticate':
      reason === undefined ? 'Bearer' : `Bearer scope="" error="invalid_token" error_description="${reason}"`,
    // Shaped as API Gateway's (`Mc7UVioPPHcEKPA=`).
    'apigw-requestid': randomBytes(11).toString('base64').slice(0, 15).concat('='),
  },
  body: Buffer.from('{"message":"Unauthorized"}'),
});

/**
 * API Gateway's JWT authorizer, as the HTTP API applies it before any signed-in route: the token of the
 * Authorization header must be signed by a key of the issuer's JWKS, come from that issuer, name an accepted
 * client in `aud` (id tokens) or `client_id` (access tokens), and be within its validity. Anything else is
 * API Gateway's own 401 before the function runs, with the same status, body and headers.
 */
export const jwtAuthorizer = ({ issuer, audience }: JwtAuthorizerConfig) => {
  // The pool's keys never change while it runs: kept once fetched. Fetching them waits as long as a busy machine
  // needs (jose gives up after 5 s by default, and a token then failed as if it were forged: a 401 that signed the
  // portal out in the middle of a page).
  const keys = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`), {
    timeoutDuration: 60_000,
    cacheMaxAge: Number.POSITIVE_INFINITY,
  });
  return async (authorization: string | undefined): Promise<AuthorizerVerdict> => {
    const token = authorization?.replace(/^Bearer\s+/i, '').trim();
    if (!token) return { refusal: gatewayUnauthorized() };
    try {
      const { payload } = await jwtVerify(token, keys, { issuer, algorithms: ['RS256'] });
      return acceptsClient(payload, audience)
        ? { claims: asAuthorizerClaims(payload) }
        : { refusal: gatewayUnauthorized('the token does not have a valid audience') };
    } catch (error) {
      return { refusal: gatewayUnauthorized(refusalReason(error)) };
    }
  };
};

/**
 * Why a token was refused: API Gateway's words for an expired token and a wrong audience; its words for the other
 * cases are not documented, these are of the same form.
 */
const refusalReason = (error: unknown) =>
  error instanceof errors.JWTExpired
    ? 'the token has expired'
    : error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss'
      ? 'the token does not have a valid issuer'
      : 'the token is invalid';

const acceptsClient = (payload: JWTPayload, audience: readonly string[]) => {
  const audiences = [payload.aud, payload.client_id].flat().filter((value) => typeof value === 'string');
  return audiences.some((value) => audience.includes(value));
};

/** API Gateway hands claims to the function as strings: arrays become `[a b]`, numbers their digits. */
const asAuthorizerClaims = (payload: JWTPayload): AuthorizerClaims =>
  Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? `[${value.join(' ')}]`
        : typeof value === 'string'
          ? value
          : JSON.stringify(value),
    ]),
  );
