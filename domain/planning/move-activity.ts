import { plusDays, weekdayOf } from '#domain/shared/calendar/calendar-days';
import { ValidationError } from '#domain/shared/errors';
import type { Activity, Schedule } from './activity';
import { movedEvent } from './activity-events';
import { activityEntries } from './activity-occurrences';
import { commitPlanningChange, conflictsOf } from './commit-planning-change';
import { entryChanges } from './entry-changes';
import { PlanningConflictError } from './planning-errors';
import type { MoveRequest } from './planning-input';
import type { PlanningPorts } from './planning-ports';
import { requireActivity } from './require-activity';
import { resourceLabels } from './resource-labels';

/**
 * Moves one occurrence, or it and every later one (« à partir de cette séance »), re-checking conflicts; the
 * people concerned are told through an ActivityMoved event.
 */
export const moveActivity = async (
  activityId: string,
  request: MoveRequest,
  expectedVersion: number | undefined,
  ports: PlanningPorts,
) => {
  const { activity, project } = await requireActivity(activityId, expectedVersion, ports);
  const before = await activityEntries(activity, project.kind, ports);
  const occurrence = before.find((entry) => entry.seriesDate === request.seriesDate);
  if (!occurrence)
    throw new ValidationError('seriesDate', 'is not a day of this activity', 'not_a_day_of_activity');
  const placeIds = request.placeIds ?? occurrence.placeIds;
  const labelOf = await resourceLabels({ ...activity, placeIds }, ports.directory);
  const now = ports.clock.now().toISOString();
  const context = { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: now };
  const from = { date: occurrence.date, start: occurrence.start, end: occurrence.end };
  const splits =
    request.scope === 'following' && before.some((entry) => entry.seriesDate < request.seriesDate);

  if (!splits) {
    const moved: Activity = {
      ...activity,
      schedule: movedSchedule(activity, request, placeIds),
      placeIds:
        request.scope === 'following' || activity.schedule.kind === 'once' ? placeIds : activity.placeIds,
      conflictsAccepted: activity.conflictsAccepted || request.acceptConflicts,
      updatedAt: now,
      version: activity.version + 1,
    };
    const after = await activityEntries(moved, project.kind, ports);
    await commitPlanningChange(
      {
        activity: moved,
        expectedVersion: activity.version,
        ...entryChanges(before, after),
        events: [movedEvent(moved, { scope: request.scope, from, to: request.to }, context)],
      },
      { acceptConflicts: request.acceptConflicts, labelOf, store: ports.planning },
    );
    return { activity: moved };
  }
  return splitSeries(
    activity,
    { before, request, placeIds, labelOf, now, context, from, projectKind: project.kind },
    ports,
  );
};

/** The schedule after a move that keeps one activity: a one-off, an occurrence, or a series from its first day. */
const movedSchedule = (activity: Activity, request: MoveRequest, placeIds: string[]): Schedule => {
  const { schedule } = activity;
  const { to } = request;
  if (schedule.kind === 'once') return { kind: 'once', date: to.date, start: to.start, end: to.end };
  if (request.scope === 'following') {
    return {
      ...schedule,
      weekday: weekdayOf(to.date),
      start: to.start,
      end: to.end,
      from: to.date,
      exceptions: [],
    };
  }
  const samePlaces = placeIds.join() === activity.placeIds.join();
  return {
    ...schedule,
    exceptions: [
      ...schedule.exceptions.filter((exception) => exception.date !== request.seriesDate),
      { date: request.seriesDate, movedTo: { ...to, ...(!samePlaces && { placeIds }) } },
    ],
  };
};

/**
 * The rest of a series moves: the activity ends the day before, and a new one carries on from the new day. Its
 * conflicts are checked before anything is written; should a slot be taken meanwhile, the series is put back.
 */
const splitSeries = async (
  activity: Activity,
  move: {
    before: Awaited<ReturnType<typeof activityEntries>>;
    request: MoveRequest;
    placeIds: string[];
    labelOf: Awaited<ReturnType<typeof resourceLabels>>;
    now: string;
    context: { schoolId: string; newId: () => string; occurredAt: string };
    from: { date: string; start: string; end: string };
    projectKind: Parameters<typeof activityEntries>[1];
  },
  ports: PlanningPorts,
) => {
  const { request, now, context } = move;
  if (activity.schedule.kind !== 'weekly')
    throw new ValidationError('scope', 'following applies to weekly activities');
  const ended: Activity = {
    ...activity,
    schedule: {
      ...activity.schedule,
      until: plusDays(request.seriesDate, -1),
      exceptions: activity.schedule.exceptions.filter((exception) => exception.date < request.seriesDate),
    },
    updatedAt: now,
    version: activity.version + 1,
  };
  const continued: Activity = {
    ...activity,
    id: ports.newId(),
    schedule: {
      kind: 'weekly',
      weekday: weekdayOf(request.to.date),
      start: request.to.start,
      end: request.to.end,
      from: request.to.date,
      until: activity.schedule.until,
      exceptions: [],
    },
    placeIds: move.placeIds,
    conflictsAccepted: activity.conflictsAccepted || request.acceptConflicts,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const endedEntries = await activityEntries(ended, move.projectKind, ports);
  const continuedEntries = await activityEntries(continued, move.projectKind, ports);
  const leaving = entryChanges(move.before, endedEntries);
  const notOwnFuture = { ignore: (conflict: { activityId: string }) => conflict.activityId === activity.id };
  if (!request.acceptConflicts) {
    // Checked before the series is cut, so that a refused move leaves nothing to undo.
    const conflicts = (await conflictsOf(continuedEntries, ports.planning, move.labelOf)).filter(
      (conflict) => !notOwnFuture.ignore(conflict),
    );
    if (conflicts.length > 0) throw new PlanningConflictError(conflicts);
  }
  await ports.planning.save({
    activity: ended,
    expectedVersion: activity.version,
    ...leaving,
    guarded: false,
    events: [],
  });
  try {
    await commitPlanningChange(
      {
        activity: continued,
        expectedVersion: undefined,
        add: continuedEntries,
        remove: [],
        events: [movedEvent(continued, { scope: 'following', from: move.from, to: request.to }, context)],
      },
      {
        acceptConflicts: request.acceptConflicts,
        labelOf: move.labelOf,
        store: ports.planning,
        ...notOwnFuture,
      },
    );
  } catch (error) {
    await ports.planning.save({
      activity: { ...activity, version: ended.version + 1, updatedAt: now },
      expectedVersion: ended.version,
      add: leaving.remove,
      remove: leaving.add,
      guarded: false,
      events: [],
    });
    throw error;
  }
  return { activity: continued };
};
