import { plusDays } from '#domain/shared/calendar/calendar-days';
import type { NotificationDraft } from './notification';
import { wallClockOf } from './quiet-hours';

/**
 * What each event of the bus notifies, and to whom. Consumers hand the event's id (a person is notified once per
 * event), when it happened, and its data in the shape of its contract.
 */
export interface EventFacts {
  eventId: string;
  occurredAt: string;
}

type Draft = NotificationDraft;

/** A course moved or cancelled today or tomorrow is said at once, even in quiet hours: one may be on the way. */
const isSoon = (dates: readonly (string | undefined)[], now: Date, timeZone: string) => {
  const today = wallClockOf(now, timeZone).date;
  const tomorrow = plusDays(today, 1);
  return dates.some((date) => date === today || date === tomorrow);
};

const base = (facts: EventFacts) => ({ notificationId: facts.eventId, occurredAt: facts.occurredAt });

export const bookingAnsweredDraft = (
  facts: EventFacts,
  data: { studentId: string; status: 'approved' | 'refused'; date: string; start: string; end: string },
): Draft => ({
  ...base(facts),
  kind: 'booking',
  subject: data.status === 'approved' ? 'booking-approved' : 'booking-refused',
  params: { date: data.date, start: data.start, end: data.end },
  link: '/reservations',
  urgent: false,
  recipientIds: [data.studentId],
});

/** Its submitter is told of a request's new state or comment, unless they made the change themself. */
export const formRequestChangedDraft = (
  facts: EventFacts,
  data: {
    requestId: string;
    submitterId: string;
    state: string;
    change: 'state' | 'comment';
    byPersonId: string;
  },
): Draft => ({
  ...base(facts),
  kind: 'request',
  subject: data.change === 'state' ? 'request-state' : 'request-comment',
  params: { state: data.state },
  link: `/demandes/${encodeURIComponent(data.requestId)}`,
  urgent: false,
  recipientIds: data.byPersonId === data.submitterId ? [] : [data.submitterId],
});

interface ActivityData {
  activityId: string;
  title: string;
  concerned: { personIds: string[]; classIds: string[] };
}

/** The people of a course: those named in it, and the students of its classes (one read per class). */
export const peopleOfActivity = async (
  data: ActivityData,
  studentsOf: (classId: string) => Promise<readonly string[]>,
) => {
  const ofClasses = await Promise.all(data.concerned.classIds.map(studentsOf));
  return [...new Set([...data.concerned.personIds, ...ofClasses.flat()])];
};

export const activityMovedDraft = (
  facts: EventFacts,
  data: ActivityData & { from: { date: string; start: string }; to: { date: string; start: string } },
  recipientIds: readonly string[],
  now: Date,
  timeZone: string,
): Draft => ({
  ...base(facts),
  kind: 'course',
  subject: 'course-moved',
  params: {
    title: data.title,
    fromDate: data.from.date,
    fromStart: data.from.start,
    toDate: data.to.date,
    toStart: data.to.start,
  },
  link: `/planning/semaine/person/{personId}?date=${data.to.date}`,
  urgent: isSoon([data.from.date, data.to.date], now, timeZone),
  recipientIds,
});

export const activityCancelledDraft = (
  facts: EventFacts,
  data: ActivityData & { seriesDate?: string },
  recipientIds: readonly string[],
  now: Date,
  timeZone: string,
): Draft => ({
  ...base(facts),
  kind: 'course',
  subject: 'course-cancelled',
  params: { title: data.title, ...(data.seriesDate && { date: data.seriesDate }) },
  link: `/planning/semaine/person/{personId}${data.seriesDate ? `?date=${data.seriesDate}` : ''}`,
  urgent: isSoon([data.seriesDate], now, timeZone),
  recipientIds,
});

/** School life's events, in the shapes of their contracts (events/messaging/…, issue 16). */
export const messageDeliveredDraft = (
  facts: EventFacts,
  data: {
    conversationId: string;
    senderId: string;
    senderName: string;
    subject: string;
    recipientIds: string[];
  },
): Draft => ({
  ...base(facts),
  kind: 'message',
  subject: 'message-delivered',
  params: { senderName: data.senderName, subject: data.subject },
  link: `/messagerie/${encodeURIComponent(data.conversationId)}`,
  urgent: false,
  recipientIds: data.recipientIds.filter((personId) => personId !== data.senderId),
});

export const liaisonNoteDraft = (
  facts: EventFacts,
  data: { noteId: string; authorName: string; title: string; guardianIds: string[] },
  reminded: boolean,
): Draft => ({
  ...base(facts),
  kind: 'liaison',
  subject: reminded ? 'liaison-reminded' : 'liaison-posted',
  params: { authorName: data.authorName, title: data.title },
  link: `/carnet/${encodeURIComponent(data.noteId)}`,
  urgent: false,
  recipientIds: data.guardianIds,
});

/** The teachers of a course whose register is not taken 15 minutes after its start: at once, it is now. */
export const registerReminderDraft = (
  facts: EventFacts,
  data: { activityId: string; seriesDate: string; title: string; startsAt: string; teacherIds: string[] },
  timeZone: string,
): Draft => ({
  ...base(facts),
  kind: 'course',
  subject: 'register-not-taken',
  params: { title: data.title, start: wallClockOf(new Date(data.startsAt), timeZone).time },
  link: `/appel/${encodeURIComponent(data.activityId)}/${data.seriesDate}`,
  urgent: true,
  recipientIds: data.teacherIds,
});

export const groupDocumentSharedDraft = (
  facts: EventFacts,
  data: { groupId: string; groupName: string; name: string; sharedBy: string; memberIds: string[] },
): Draft => ({
  ...base(facts),
  kind: 'document',
  subject: 'document-shared',
  params: { groupName: data.groupName, name: data.name },
  link: `/groupes/${encodeURIComponent(data.groupId)}`,
  urgent: false,
  recipientIds: data.memberIds.filter((personId) => personId !== data.sharedBy),
});
