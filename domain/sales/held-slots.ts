import { DateTime } from 'luxon';
import type { Activity } from '#domain/planning/activity';
import { activityEntries } from '#domain/planning/activity-occurrences';
import { cancelActivity } from '#domain/planning/cancel-activity';
import { entryChanges } from '#domain/planning/entry-changes';
import { PlanningConflictError } from '#domain/planning/planning-errors';
import type { PlanningPorts } from '#domain/planning/planning-ports';
import type { Project } from '#domain/planning/project';
import { resourceLabels } from '#domain/planning/resource-labels';
import { planActivity } from '#domain/planning/schedule-activity';
import { minutesOf, slotMinutes, timeOf } from '#domain/shared/calendar/time-of-day';
import { ValidationError } from '#domain/shared/errors';
import { SlotHeldError } from './offer-errors';

/** A slot a quote asks for: a place, two instants, and the set-up and teardown margins it holds around them. */
export interface AskedSlot {
  placeId: string;
  startsAt: string;
  endsAt: string;
  setupMinutes: number;
  teardownMinutes: number;
}

/** What a slot holds in the planning: its place on one local day, set-up and teardown included. */
export interface HeldSpan {
  slotIndex: number;
  placeId: string;
  date: string;
  start: string;
  end: string;
}

/**
 * The span each slot holds, in the school's zone: from its set-up to the end of its teardown, widened to the
 * planning's 5-minute slots. A span must stay within one day (the planning's days end at midnight).
 */
export const heldSpansOf = (slots: readonly AskedSlot[], zone: string): HeldSpan[] =>
  slots.map((slot, slotIndex) => {
    const from = DateTime.fromISO(slot.startsAt, { zone }).minus({ minutes: slot.setupMinutes });
    const to = DateTime.fromISO(slot.endsAt, { zone }).plus({ minutes: slot.teardownMinutes });
    const date = from.toFormat('yyyy-MM-dd');
    if (!from.isValid || !to.isValid || to <= from || to.toFormat('yyyy-MM-dd') !== date) {
      throw new ValidationError(
        `slots.${slotIndex}`,
        'must start and end on the same day, set-up and teardown included',
        'slot_over_midnight',
      );
    }
    const startMinutes = Math.floor(minutesOf(from.toFormat('HH:mm')) / slotMinutes) * slotMinutes;
    const endMinutes = Math.min(
      Math.ceil((minutesOf(to.toFormat('HH:mm')) + (to.second > 0 ? 1 : 0)) / slotMinutes) * slotMinutes,
      24 * 60 - slotMinutes,
    );
    return { slotIndex, placeId: slot.placeId, date, start: timeOf(startMinutes), end: timeOf(endMinutes) };
  });

/** The `external` project a quote's held slots belong to: one per quote, named after the client and its number. */
export const quoteProjectId = (quoteId: string) => `quote-${quoteId}`;

const ensureQuoteProject = async (
  quote: { quoteId: string; number: string; legalName: string },
  ports: PlanningPorts,
) => {
  const projectId = quoteProjectId(quote.quoteId);
  if (await ports.projects.get(projectId)) return projectId;
  const now = ports.clock.now().toISOString();
  const project: Project = {
    id: projectId,
    kind: 'external',
    name: `${quote.legalName} — devis ${quote.number}`,
    description: `Location de locaux au client ${quote.legalName}, selon le devis ${quote.number}.`,
    status: 'draft',
    members: [],
    classIds: [],
    documents: [],
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  // Two sends at once both find no project: the second's conditional put fails, harmlessly.
  await ports.projects.add(project, []).catch(() => undefined);
  return projectId;
};

/**
 * Holds a quote's slots as options: one activity per slot in the quote's `external` project, each saved through
 * the planning's guarded write (the same transaction of conditional updates on day items as every activity), so
 * a planner's activity and the option never share a slot. When a slot is taken, the options already written are
 * cancelled again and the send is refused, naming the slot and what holds it.
 */
export const holdSlots = async (
  quote: { quoteId: string; number: string; legalName: string; slots: readonly AskedSlot[] },
  until: string,
  ports: PlanningPorts,
) => {
  const spans = heldSpansOf(quote.slots, ports.school.timeZone);
  const projectId = await ensureQuoteProject(quote, ports);
  const placeIds = [...new Set(spans.map((span) => span.placeId))];
  const labelOf = await resourceLabels(
    { placeIds, personIds: [], classIds: [], equipmentIds: [] },
    ports.directory,
  );
  const activityIds: string[] = [];
  for (const span of spans) {
    const now = ports.clock.now().toISOString();
    const activity: Activity = {
      id: ports.newId(),
      projectId,
      title: `${quote.legalName} (devis ${quote.number})`,
      schedule: { kind: 'once', date: span.date, start: span.start, end: span.end },
      placeIds: [span.placeId],
      personIds: [],
      classIds: [],
      equipmentIds: [],
      status: 'planned',
      conflictsAccepted: false,
      hold: { quoteId: quote.quoteId, until },
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    try {
      await planActivity(activity, 'external', { acceptConflicts: false, labelOf }, ports);
    } catch (error) {
      await releaseSlots(activityIds, ports);
      if (error instanceof PlanningConflictError) throw new SlotHeldError(span, error.conflicts);
      throw error;
    }
    activityIds.push(activity.id);
  }
  return { projectId, activityIds };
};

/**
 * Frees held slots: each option cancelled through the planning's own cancellation, its occupancy released. An
 * activity already cancelled (a release run twice) or no longer an option (accepted) is left as it is.
 */
export const releaseSlots = async (activityIds: readonly string[], ports: PlanningPorts) => {
  for (const activityId of activityIds) {
    const activity = await ports.planning.getActivity(activityId);
    if (!activity || activity.status === 'cancelled' || !activity.hold) continue;
    await cancelActivity(
      activityId,
      { scope: 'all', reason: 'Option du devis libérée' },
      activity.version,
      ports,
    );
  }
};

/**
 * Turns options into the project's activities: the hold mark removed from the activity and its occurrences, at
 * the same times and places (no conflict can arise: the slots were held). Run twice, it changes nothing more.
 */
export const confirmSlots = async (activityIds: readonly string[], ports: PlanningPorts) => {
  for (const activityId of activityIds) {
    const activity = await ports.planning.getActivity(activityId);
    if (!activity || activity.status === 'cancelled' || !activity.hold) continue;
    const { hold: _released, ...rest } = activity;
    const firm: Activity = {
      ...rest,
      updatedAt: ports.clock.now().toISOString(),
      version: activity.version + 1,
    };
    const [before, after] = await Promise.all([
      activityEntries(activity, 'external', ports),
      activityEntries(firm, 'external', ports),
    ]);
    await ports.planning.save({
      activity: firm,
      expectedVersion: activity.version,
      ...entryChanges(before, after),
      guarded: false,
      events: [],
    });
  }
  const projectIds = new Set<string>();
  for (const activityId of activityIds) {
    const activity = await ports.planning.getActivity(activityId);
    if (activity) projectIds.add(activity.projectId);
  }
  for (const projectId of projectIds) {
    const project = await ports.projects.get(projectId);
    if (project?.status !== 'draft') continue;
    const confirmed = {
      ...project,
      status: 'confirmed' as const,
      updatedAt: ports.clock.now().toISOString(),
    };
    await ports.projects.replace({ ...confirmed, version: project.version + 1 }, project, []);
  }
};
