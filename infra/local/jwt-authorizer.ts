import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';

export interface JwtAuthorizerConfig {
  /** The user pool's issuer: `https://cognito-idp.<region>.amazonaws.com/<poolId>` in AWS. */
  issuer: string;
  /** The app clients whose tokens are accepted. */
  audience: readonly string[];
}

export type AuthorizerClaims = Record<string, string>;

/**
 * API Gateway's JWT authorizer, as the HTTP API applies it before any signed-in route: the token of the
 * Authorization header must be signed by a key of the issuer's JWKS, come from that issuer, name an accepted
 * client in `aud` (id tokens) or `client_id` (access tokens), and be within its validity. Anything else is 401
 * before the function runs.
 */
export const jwtAuthorizer = ({ issuer, audience }: JwtAuthorizerConfig) => {
  // The pool's keys never change while it runs: kept once fetched. Fetching them waits as long as a busy machine
  // needs (jose gives up after 5 s by default, and a token then failed as if it were forged: a 401 that signed the
  // portal out in the middle of a page).
  const keys = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`), {
    timeoutDuration: 60_000,
    cacheMaxAge: Number.POSITIVE_INFINITY,
  });
  return async (authorization: string | undefined): Promise<AuthorizerClaims | undefined> => {
    const token = authorization?.replace(/^Bearer\s+/i, '').trim();
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, keys, { issuer, algorithms: ['RS256'] });
      return acceptsClient(payload, audience) ? asAuthorizerClaims(payload) : undefined;
    } catch {
      return undefined;
    }
  };
};

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
