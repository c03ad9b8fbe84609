import { absenceDrafts, decisionDraft, flaggedDraft } from '#domain/attendance/absence-notifications';
import { flagPupils } from '#domain/attendance/count-absences';
import { wallClockAt } from '#domain/attendance/half-days';
import { requireJustification } from '#domain/attendance/justify-absences';
import { notifyPeople } from '#domain/messaging/notify-people';
import { absenceCancelled, absenceJustified, absenceRecorded } from '#events/attendance/attendance-events';
import { eventHandler } from '#functions/lib/event-handler';
import { notificationPorts } from '#functions/messaging/adapters/notification-ports';
import { absencePorts } from './adapters/absence-ports';

const notify = notificationPorts();

/**
 * What follows an absence: its pupils' guardians are told (each of their own child, once per event however often
 * the bus delivers it), then the pupils who reach four unjustified half-days in the month are flagged to vie
 * scolaire, once; a correction tells the guardians too; a decision on a reason tells whoever gave it.
 */
export const handler = eventHandler([absenceRecorded, absenceCancelled, absenceJustified], async (event) => {
  const facts = { eventId: event.metadata.eventId, occurredAt: event.metadata.occurredAt };
  const data = event.data;
  if ('justificationId' in data) {
    const justification = await requireJustification(data.pupilId, data.justificationId, absencePorts);
    const draft = await decisionDraft(facts, justification, absencePorts);
    if (draft) await notifyPeople(draft, notify);
    return;
  }
  const recorded = event.contract === absenceRecorded;
  const drafts = await absenceDrafts(facts, data, recorded ? 'recorded' : 'cancelled', absencePorts);
  for (const draft of drafts) await notifyPeople(draft, notify);
  if (!recorded || data.kind !== 'absent') return;
  const { date } = wallClockAt(data.startsAt, absencePorts.school.timeZone);
  for (const flag of await flagPupils(data.pupilIds, date, absencePorts)) {
    const draft = await flaggedDraft(facts, flag, absencePorts);
    if (draft) await notifyPeople(draft, notify);
  }
});
