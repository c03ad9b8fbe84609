import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { NotFoundError, StaleVersionError, ValidationError } from '../../domain/shared/errors';
import { jsonResponse } from './http-response';

interface ErrorBody {
  code: string;
  message: string;
  field?: string;
}

/** The only place that knows HTTP statuses. Messages are shown below 500 only; a 500 says nothing of its cause. */
export const httpErrors = (): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  onError: async (request) => {
    const { status, error } = describe(request.error);
    if (status >= 500) {
      console.error(
        JSON.stringify({ level: 'error', message: 'Unhandled error', error: String(request.error?.stack) }),
      );
    }
    request.response = jsonResponse({ status, body: { error } });
  },
});

const describe = (error: unknown): { status: number; error: ErrorBody } => {
  if (error instanceof ValidationError) {
    return { status: 400, error: { code: 'invalid_input', message: error.message, field: error.field } };
  }
  if (error instanceof NotFoundError)
    return { status: 404, error: { code: 'not_found', message: error.message } };
  if (error instanceof StaleVersionError) {
    return { status: 412, error: { code: 'stale_version', message: error.message } };
  }
  return { status: 500, error: { code: 'internal_error', message: 'Something went wrong on our side' } };
};
