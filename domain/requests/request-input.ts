import * as z from 'zod/mini';
import { ValidationError } from '#domain/shared/errors';
import { idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';
import { requestStates } from './form-request';
import type { RequestSelection } from './request-ports';

const statesMessage = `must be one of ${requestStates.join(', ')}`;

export const submissionSchema = z.strictObject({
  formId: idSchema,
  projectId: idSchema,
  /** Checked against the form's fields once the form is read (`check-answers.ts`). */
  answers: z._default(z.record(z.string(), z.unknown()), {}),
});

export const stateChangeSchema = z.strictObject({
  state: z.enum(requestStates, statesMessage),
  comment: z.optional(text(2000)),
  version: z.int('must be the version you read').check(z.gte(1, 'must be the version you read')),
});

export const commentSchema = z.strictObject({ text: text(2000) });

export const formListQuerySchema = z.strictObject({
  all: z.optional(z.enum(['true', 'false'], 'must be true or false')),
});

export const requestListQuerySchema = z.strictObject({
  mine: z.optional(z.enum(['true'], 'must be true')),
  state: z.optional(z.enum(requestStates, statesMessage)),
  projectId: z.optional(idSchema),
});

/** A listing names exactly one selection: one's own requests, a state's, or a project's. */
export const selectionOf = (
  query: z.output<typeof requestListQuerySchema>,
  personId: string,
): RequestSelection => {
  const named = [query.mine, query.state, query.projectId].filter((value) => value !== undefined);
  if (named.length !== 1)
    throw new ValidationError('query', 'must name exactly one of mine, state or projectId');
  if (query.state) return { state: query.state };
  if (query.projectId) return { projectId: query.projectId };
  return { submittedBy: personId };
};
