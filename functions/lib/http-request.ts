import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { $ZodType } from 'zod/v4/core';
import { PayloadTooLargeError, ValidationError } from '#domain/shared/errors';
import { idSchema } from '#domain/shared/input-types';
import { parseWith } from './validation';

/**
 * The largest JSON body a route takes. The largest real ones (a request form of 40 questions, a project of 500
 * members, a year's calendar) stay under 100 KB; API Gateway would pass up to 10 MB, and Lambda refuses more
 * than 6 MB with an error of its own.
 */
export const maxJsonBodyBytes = 256 * 1024;

const bodyBytes = (event: APIGatewayProxyEventV2) =>
  event.isBase64Encoded
    ? Math.floor(((event.body ?? '').length * 3) / 4)
    : Buffer.byteLength(event.body ?? '', 'utf8');

export const parseJsonBody = <Schema extends $ZodType & { safeParse(input: unknown): unknown }>(
  event: APIGatewayProxyEventV2,
  schema: Schema,
) => {
  if (!event.body) throw new ValidationError('body', 'is required: send a JSON object', 'required');
  if (bodyBytes(event) > maxJsonBodyBytes) throw new PayloadTooLargeError(maxJsonBodyBytes);
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError('body', 'is not valid JSON');
  }
  return parseWith(schema, json, '');
};

export const parseQuery = <Schema extends $ZodType & { safeParse(input: unknown): unknown }>(
  event: APIGatewayProxyEventV2,
  schema: Schema,
) => parseWith(schema, event.queryStringParameters ?? {}, '');

/**
 * A parameter of the path: every one is an id (or a kind, which is one too), so each is checked as the API's one
 * id type, before any table sees it. A malformed escape (`%E0%A4%A`) is invalid input, never a URIError.
 */
export const pathParameter = (event: APIGatewayProxyEventV2, name: string): string => {
  const value = event.pathParameters?.[name];
  if (!value) throw new ValidationError(name, 'is required in the path', 'required');
  return parseWith(idSchema, decodedOrRefused(value, name), name);
};

const decodedOrRefused = (value: string, name: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new ValidationError(name, 'is not a valid URL escape: encode it with encodeURIComponent');
  }
};

/** The version a client read, from `If-Match: "3"` (an ETag the API gave it); undefined when absent. */
export const expectedVersion = (event: APIGatewayProxyEventV2): number | undefined => {
  const header = event.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw new ValidationError('If-Match', 'must be the ETag of the place, such as "3"');
  return Number(match[1]);
};
