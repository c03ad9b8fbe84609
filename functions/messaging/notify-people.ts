import {
  activityCancelledDraft,
  activityMovedDraft,
  bookingAnsweredDraft,
  formRequestChangedDraft,
  groupDocumentSharedDraft,
  liaisonNoteDraft,
  messageDeliveredDraft,
  peopleOfActivity,
  registerReminderDraft,
} from '#domain/messaging/notification-drafts';
import { notifyPeople } from '#domain/messaging/notify-people';
import { isRetired } from '#domain/people/person';
import { registerReminderDue } from '#events/attendance/attendance-events';
import { bookingRequestAnswered } from '#events/booking/booking-events';
import { groupDocumentShared } from '#events/messaging/group-events';
import { liaisonNotePosted, liaisonNoteReminded } from '#events/messaging/liaison-events';
import { messageDelivered } from '#events/messaging/message-events';
import { activityCancelled, activityMoved } from '#events/planning/planning-events';
import { formRequestChanged } from '#events/requests/request-events';
import { eventHandler } from '#functions/lib/event-handler';
import { directory } from '#functions/people/adapters/directory';
import { notificationPorts } from './adapters/notification-ports';

const ports = notificationPorts();

const studentsOf = async (classId: string) =>
  (await directory.studentsOf(classId))
    .filter((person) => !isRetired(person))
    .map((person) => person.personId);

/**
 * The school's events that concern someone become notifications: in their feed at once, by mail and push as
 * they chose. Each person is notified once per event, however often the bus delivers it.
 */
export const handler = eventHandler(
  [
    bookingRequestAnswered,
    activityMoved,
    activityCancelled,
    formRequestChanged,
    messageDelivered,
    liaisonNotePosted,
    liaisonNoteReminded,
    groupDocumentShared,
    registerReminderDue,
  ],
  async (event) => {
    const facts = { eventId: event.metadata.eventId, occurredAt: event.metadata.occurredAt };
    const { timeZone } = ports.school;
    const now = ports.clock.now();
    const data = event.data;
    if ('status' in data) await notifyPeople(bookingAnsweredDraft(facts, data), ports);
    else if ('change' in data) await notifyPeople(formRequestChangedDraft(facts, data), ports);
    else if ('recipientIds' in data) await notifyPeople(messageDeliveredDraft(facts, data), ports);
    else if ('guardianIds' in data)
      await notifyPeople(liaisonNoteDraft(facts, data, event.contract === liaisonNoteReminded), ports);
    else if ('memberIds' in data) await notifyPeople(groupDocumentSharedDraft(facts, data), ports);
    else if ('teacherIds' in data) await notifyPeople(registerReminderDraft(facts, data, timeZone), ports);
    else {
      const people = await peopleOfActivity(data, studentsOf);
      const draft =
        'to' in data
          ? activityMovedDraft(facts, data, people, now, timeZone)
          : activityCancelledDraft(facts, data, people, now, timeZone);
      await notifyPeople(draft, ports);
    }
  },
);
