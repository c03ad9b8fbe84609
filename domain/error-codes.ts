import { attendanceErrorCodes } from '#domain/attendance/attendance-errors';
import { auditErrorCodes } from '#domain/audit/audit-errors';
import { bookingErrorCodes } from '#domain/booking/booking-errors';
import { homeworkErrorCodes } from '#domain/homework/homework-errors';
import { identityErrorCodes } from '#domain/identity/identity-errors';
import { importErrorCodes } from '#domain/imports/import-errors';
import { loansErrorCodes } from '#domain/loans/loans-errors';
import { messagingErrorCodes } from '#domain/messaging/messaging-errors';
import { peopleErrorCodes } from '#domain/people/people-errors';
import { planningErrorCodes } from '#domain/planning/planning-errors';
import { requestErrorCodes } from '#domain/requests/request-errors';
import { salesErrorCodes } from '#domain/sales/sales-errors';
import { fieldProblemCodes, sharedErrorCodes } from '#domain/shared/error-codes';
import { sharingErrorCodes } from '#domain/sharing/sharing-errors';
import { timeErrorCodes } from '#domain/time/time-errors';

/**
 * Every code the API answers with a 4xx, by the module that owns it (each list sits next to its module's errors):
 * the `code` of an error, and the `code` of each problem of invalid input. A new module adds its line. The portal
 * words each one in French and English (`web/src/shell/http/api-error-words.ts`); a unit test fails on a code of
 * the source that is not here, and on one here that has no words.
 */
export const apiErrorCodes = {
  shared: sharedErrorCodes,
  fields: fieldProblemCodes,
  attendance: attendanceErrorCodes,
  audit: auditErrorCodes,
  booking: bookingErrorCodes,
  homework: homeworkErrorCodes,
  identity: identityErrorCodes,
  imports: importErrorCodes,
  loans: loansErrorCodes,
  messaging: messagingErrorCodes,
  people: peopleErrorCodes,
  planning: planningErrorCodes,
  requests: requestErrorCodes,
  sales: salesErrorCodes,
  sharing: sharingErrorCodes,
  time: timeErrorCodes,
} as const;

export type ApiErrorModule = keyof typeof apiErrorCodes;
export type ApiErrorCode<Module extends ApiErrorModule = ApiErrorModule> =
  (typeof apiErrorCodes)[Module][number];
