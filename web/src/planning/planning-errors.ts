import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import type { PlanningConflict } from './planning-types';

/** The conflicts of a refused planning change (409 `conflicts`), or undefined for any other failure. */
export const conflictsIn = (error: unknown): PlanningConflict[] | undefined => {
  if (!(error instanceof ApiError) || error.status !== 409 || error.code !== 'conflicts') return undefined;
  const conflicts = error.details?.conflicts;
  return Array.isArray(conflicts) ? (conflicts as PlanningConflict[]) : [];
};

/** Why saving a planning change failed, in words a planner can act on. */
export const describeSaveError = (error: unknown, format: Format): string => {
  const { form } = format.messages.planning;
  if (error instanceof ApiError) {
    if (error.status === 403) return form.forbidden;
    if (error.status === 412) return form.changed;
    if (error.status === 400 || error.status === 404 || error.status === 409) {
      return format.fill(form.refused, { reason: failureReason(error, format) });
    }
  }
  return format.fill(form.failed, { reason: failureReason(error, format) });
};
