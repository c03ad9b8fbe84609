import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { occupancyMarks } from '#domain/planning/occupancy-marks';
import { occurrenceKey } from '#domain/planning/occurrences';
import { isExclusive } from '#domain/planning/planning-resource';
import { type ResourceDay, resourcesOf } from '#domain/planning/resource-days';
import { planningKeys } from '#infra/definitions/school-table';

/** What one change does to one resource's day: the occurrences of one activity it adds and removes there. */
export interface DayChange {
  day: ResourceDay;
  activityId: string;
  add: AgendaEntry[];
  remove: AgendaEntry[];
}

/**
 * The UpdateItem of a resource's day. Guarded, it holds only if every mark the added occurrences need is free,
 * or held by the same activity alone (a move within the day): the overlap check is this condition.
 */
export const dayUpdate = (tableName: string, change: DayChange, guarded: boolean) => {
  const { day, activityId } = change;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {
    ':entity': 'agenda-day',
    ':kind': day.resource.kind,
    ':id': day.resource.id,
    ':date': day.date,
  };
  const name = (attribute: string) => {
    const placeholder = `#n${Object.keys(names).length}`;
    names[placeholder] = attribute;
    return placeholder;
  };
  const exclusive = isExclusive(day.resource.kind);
  const marksOf = (entries: AgendaEntry[], part: 'holds' | 'needsFree') =>
    new Set(exclusive ? entries.flatMap((entry) => occupancyMarks(entry.start, entry.end)[part]) : []);
  const held = marksOf(change.add, 'holds');
  const released = [...marksOf(change.remove, 'holds')].filter((mark) => !held.has(mark));
  const addedKeys = new Set(change.add.map(occurrenceKey));

  const sets = ['entity = :entity', 'resourceKind = :kind', 'resourceId = :id', '#date = :date'];
  names['#date'] = 'date';
  const index = dayIndexAttributes(day);
  if (index) {
    Object.assign(values, { ':gsi1pk': index.GSI1PK, ':gsi1sk': index.GSI1SK });
    sets.push('GSI1PK = :gsi1pk', 'GSI1SK = :gsi1sk');
  }
  change.add.forEach((entry, index) => {
    values[`:e${index}`] = entry;
    sets.push(`${name(planningKeys.entryPrefix + occurrenceKey(entry))} = :e${index}`);
  });
  const removes = change.remove
    .filter((entry) => !addedKeys.has(occurrenceKey(entry)))
    .map((entry) => name(planningKeys.entryPrefix + occurrenceKey(entry)));
  const adds = [...held].map((mark) => `${name(mark)} :activity`);
  const deletes = released.map((mark) => `${name(mark)} :activity`);
  if (adds.length + deletes.length > 0) values[':activity'] = new Set([activityId]);
  const updateExpression = [
    `SET ${sets.join(', ')}`,
    removes.length > 0 ? `REMOVE ${removes.join(', ')}` : '',
    adds.length > 0 ? `ADD ${adds.join(', ')}` : '',
    deletes.length > 0 ? `DELETE ${deletes.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');

  // A mark the activity itself holds here (a move within the day) may stay held by it alone.
  const ownMarks = marksOf(change.remove, 'holds');
  const needsFree = guarded ? [...marksOf(change.add, 'needsFree')] : [];
  const condition = needsFree
    .map((mark) => {
      const placeholder = name(mark);
      if (!ownMarks.has(mark)) return `attribute_not_exists(${placeholder})`;
      values[':one'] = 1;
      values[':onlyActivity'] = activityId;
      return `(attribute_not_exists(${placeholder}) OR (size(${placeholder}) = :one AND contains(${placeholder}, :onlyActivity)))`;
    })
    .join(' AND ');

  return {
    Update: {
      TableName: tableName,
      Key: planningKeys.day(day.resource.kind, day.resource.id, day.date),
      UpdateExpression: updateExpression,
      ...(condition && { ConditionExpression: condition }),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
};

/**
 * Whole resource-day items for occurrences known not to overlap (the demo year, checked by a test): written by
 * batches where the API would take a guarded transaction per activity.
 */
export const dayItemsOf = (entries: readonly AgendaEntry[]) => {
  const items = new Map<string, Record<string, unknown>>();
  for (const entry of entries) {
    for (const resource of resourcesOf(entry)) {
      const key = planningKeys.day(resource.kind, resource.id, entry.date);
      const itemKey = `${key.PK}|${key.SK}`;
      const item = items.get(itemKey) ?? {
        ...key,
        ...dayIndexAttributes({ resource, date: entry.date }),
        entity: 'agenda-day',
        resourceKind: resource.kind,
        resourceId: resource.id,
        date: entry.date,
      };
      item[planningKeys.entryPrefix + occurrenceKey(entry)] = entry;
      if (isExclusive(resource.kind)) {
        for (const mark of occupancyMarks(entry.start, entry.end).holds) {
          item[mark] = new Set([...((item[mark] as Set<string> | undefined) ?? []), entry.activityId]);
        }
      }
      items.set(itemKey, item);
    }
  }
  return [...items.values()];
};

/** Place days are listed by day for the general planning, project days for exports; others need no index. */
const dayIndexAttributes = ({ resource, date }: ResourceDay) => {
  if (resource.kind === 'place') return planningKeys.placeDayIndexAttributes(resource.id, date);
  if (resource.kind === 'project') return planningKeys.projectDayIndexAttributes(resource.id, date);
  return undefined;
};

/**
 * The ConditionCheck of a resource's day that occurrences must find free without being written in it (a student's
 * class, whose courses are the student's too): every mark they would need free there is free.
 */
export const dayCheck = (tableName: string, day: ResourceDay, entries: readonly AgendaEntry[]) => {
  const marks = [...new Set(entries.flatMap((entry) => occupancyMarks(entry.start, entry.end).needsFree))];
  return {
    ConditionCheck: {
      TableName: tableName,
      Key: planningKeys.day(day.resource.kind, day.resource.id, day.date),
      ConditionExpression: marks.map((_, index) => `attribute_not_exists(#m${index})`).join(' AND '),
      ExpressionAttributeNames: Object.fromEntries(marks.map((mark, index) => [`#m${index}`, mark])),
    },
  };
};
