import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  AccessDeniedError,
  ConflictError,
  NotFoundError,
  NotSignedInError,
  PayloadTooLargeError,
  RefusedError,
  StaleVersionError,
  TooManyAttemptsError,
  ValidationError,
} from '#domain/shared/errors';
import { jsonResponse } from './http-response';
import { log } from './logger';

interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  [detail: string]: unknown;
}

/** The only place that knows HTTP statuses. Messages are shown below 500 only; a 500 says nothing of its cause. */
export const httpErrors = <Event extends APIGatewayProxyEventV2>(): MiddlewareObj<
  Event,
  APIGatewayProxyStructuredResultV2
> => ({
  onError: async (request) => {
    const { status, error, headers } = describe(request.error);
    if (request.error instanceof AccessDeniedError) logDenial(request.error);
    if (status >= 500) log.error('Unhandled error', { error: request.error });
    request.response = jsonResponse({ status, body: { error }, ...(headers && { headers }) });
  },
});

/**
 * Every refusal is logged with who (a person id, or the unknown account's id), what and when, for the school's
 * data protection officer; the route and request id come with the invocation's keys.
 */
const logDenial = (denial: AccessDeniedError) =>
  log.warn('Access denied', {
    at: new Date().toISOString(),
    who: denial.actorId,
    action: denial.action,
    resource: denial.resource,
  });

const describe = (error: unknown): { status: number; error: ErrorBody; headers?: Record<string, string> } => {
  if (error instanceof ValidationError) {
    return { status: 400, error: { code: error.code, message: error.message, field: error.field } };
  }
  if (error instanceof PayloadTooLargeError) {
    return { status: 413, error: { code: 'payload_too_large', message: error.message, field: error.field } };
  }
  if (error instanceof NotSignedInError)
    return { status: 401, error: { code: error.code, message: error.message } };
  if (error instanceof AccessDeniedError) {
    return error.hidesExistence
      ? { status: 404, error: { code: 'not_found', message: 'Not found, or not yours to see' } }
      : { status: 403, error: { code: 'forbidden', message: error.message } };
  }
  if (error instanceof RefusedError)
    return { status: 403, error: { code: error.code, message: error.message } };
  if (error instanceof NotFoundError)
    return { status: 404, error: { code: 'not_found', message: 'Not found, or not yours to see' } };
  if (error instanceof ConflictError)
    return { status: 409, error: { code: error.code, message: error.message, ...error.details } };
  if (error instanceof TooManyAttemptsError) {
    const seconds = String(error.retryAfterSeconds);
    return {
      status: 429,
      error: {
        code: 'too_many_attempts',
        message: error.message,
        retryAfterSeconds: error.retryAfterSeconds,
      },
      headers: { 'retry-after': seconds },
    };
  }
  if (error instanceof StaleVersionError) {
    return { status: 412, error: { code: 'stale_version', message: error.message } };
  }
  return { status: 500, error: { code: 'internal_error', message: 'Something went wrong on our side' } };
};
