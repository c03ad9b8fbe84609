import { bookingRequestAnswered, bookingRequested } from '#events/booking/booking-events';
import {
  importChunkRequested,
  importRequested,
  schoolYearSwitchRequested,
} from '#events/imports/import-events';
import { liaisonNotePosted, liaisonNoteReminded } from '#events/messaging/liaison-events';
import { placeArchived, placeCreated, placeRestored, placeUpdated } from '#events/places/place-events';
import {
  activityCancelled,
  activityMoved,
  activityScheduled,
  projectCreated,
  projectUpdated,
} from '#events/planning/planning-events';
import { formRequestChanged, formRequestSubmitted } from '#events/requests/request-events';

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
  liaisonNotePosted,
  liaisonNoteReminded,
] as const;
