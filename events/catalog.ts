import {
  absenceCancelled,
  absenceJustified,
  absenceRecorded,
  registerReminderDue,
  registerTaken,
} from '#events/attendance/attendance-events';
import { bookingRequestAnswered, bookingRequested } from '#events/booking/booking-events';
import { homeworkGiven, sessionEntryWritten } from '#events/homework/homework-events';
import {
  importChunkRequested,
  importRequested,
  schoolYearSwitchRequested,
} from '#events/imports/import-events';
import { itemChanged, loanDecided } from '#events/loans/loans-events';
import { groupDocumentShared } from '#events/messaging/group-events';
import { liaisonNotePosted, liaisonNoteReminded } from '#events/messaging/liaison-events';
import {
  messageDelivered,
  messageReported,
  messageSent,
  messageWithdrawn,
} from '#events/messaging/message-events';
import { placeArchived, placeCreated, placeRestored, placeUpdated } from '#events/places/place-events';
import {
  activityCancelled,
  activityMoved,
  activityScheduled,
  projectCreated,
  projectUpdated,
} from '#events/planning/planning-events';
import { formRequestChanged, formRequestSubmitted } from '#events/requests/request-events';
import {
  creditNoteIssued,
  invoiceIssued,
  paymentRecorded,
  quoteStatusChanged,
} from '#events/sales/sales-events';
import {
  hoursRecorded,
  shiftChanged,
  shiftPlanned,
  shiftRemoved,
  weekApproved,
  weekReopened,
} from '#events/time/time-events';

/** Every event Préau publishes: the open event catalog other tools subscribe to. */
export const eventCatalog = [
  placeCreated,
  placeUpdated,
  placeArchived,
  placeRestored,
  importRequested,
  schoolYearSwitchRequested,
  projectCreated,
  projectUpdated,
  activityScheduled,
  activityMoved,
  activityCancelled,
  formRequestSubmitted,
  formRequestChanged,
  bookingRequested,
  bookingRequestAnswered,
  importChunkRequested,
  groupDocumentShared,
  messageSent,
  messageDelivered,
  messageReported,
  messageWithdrawn,
  liaisonNotePosted,
  liaisonNoteReminded,
  homeworkGiven,
  sessionEntryWritten,
  absenceRecorded,
  absenceCancelled,
  registerTaken,
  registerReminderDue,
  absenceJustified,
  itemChanged,
  loanDecided,
  quoteStatusChanged,
  invoiceIssued,
  creditNoteIssued,
  paymentRecorded,
  shiftPlanned,
  shiftChanged,
  shiftRemoved,
  // T2 hours, approval
  hoursRecorded,
  weekApproved,
  weekReopened,
] as const;
