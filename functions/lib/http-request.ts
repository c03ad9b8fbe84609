import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { $ZodType } from 'zod/v4/core';
import { ValidationError } from '../../domain/shared/errors';
import { parseWith } from './validation';

export const parseJsonBody = <Schema extends $ZodType & { safeParse(input: unknown): unknown }>(
  event: APIGatewayProxyEventV2,
  schema: Schema,
) => {
  if (!event.body) throw new ValidationError('body', 'is required: send a JSON object');
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

export const pathParameter = (event: APIGatewayProxyEventV2, name: string): string => {
  const value = event.pathParameters?.[name];
  if (!value) throw new ValidationError(name, 'is required in the path');
  return decodeURIComponent(value);
};

/** The version a client read, from `If-Match: "3"` (an ETag the API gave it); undefined when absent. */
export const expectedVersion = (event: APIGatewayProxyEventV2): number | undefined => {
  const header = event.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw new ValidationError('If-Match', 'must be the ETag of the place, such as "3"');
  return Number(match[1]);
};
