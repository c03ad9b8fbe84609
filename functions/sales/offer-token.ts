import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { offerTokenSchema } from '#domain/sales/offer';
import { ValidationError } from '#domain/shared/errors';
import { parseWith } from '#functions/lib/validation';

/** The token of a client's link, from `/api/sales/offers/{token}`: checked before any table sees it. */
export const offerTokenOf = (event: APIGatewayProxyEventV2) => {
  const value = event.pathParameters?.token;
  if (!value) throw new ValidationError('token', 'is required in the path', 'required');
  return parseWith(offerTokenSchema, value, 'token');
};
