import { StaleVersionError } from '#domain/shared/errors';
import type { OutgoingEvent } from '#events/envelope';
import { putWithEvents } from './put-with-events';
import { failedOnCondition } from './transaction-conditions';
import { stillAtVersion } from './version-condition';

export interface VersionedPut {
  /** A stored item with a top-level `version`. */
  item: Record<string, unknown>;
  /** The version the caller read; undefined for a new item, which must not be stored yet. */
  expectedVersion: number | undefined;
  /** What a stale read names: « the form request 1f2e… changed since version 2 ». */
  resource: string;
  id: string;
}

/**
 * A versioned item and the events announcing its change, stored together on condition that nobody changed the
 * item since it was read: a refused condition is a stale read (412), not a failure.
 */
export const putVersionedWithEvents = async (
  tableName: string,
  { item, expectedVersion, resource, id }: VersionedPut,
  events: readonly OutgoingEvent[],
) => {
  const condition =
    expectedVersion === undefined
      ? { ConditionExpression: 'attribute_not_exists(PK)' }
      : stillAtVersion(expectedVersion);
  try {
    await putWithEvents(tableName, { Item: item, ...condition }, events);
  } catch (error) {
    if (failedOnCondition(error)) throw new StaleVersionError(resource, id, expectedVersion ?? 0);
    throw error;
  }
};

/** How one kind of versioned item is stored, and named in a stale read. */
export interface VersionedKind<T> {
  resource: string;
  idOf: (value: T) => string;
  toItem: (value: T) => Record<string, unknown>;
}

/** The `add` and `replace` of a store of versioned items whose changes events announce. */
export const versionedPuts = <T>(tableName: string, { resource, idOf, toItem }: VersionedKind<T>) => {
  const put = (value: T, expectedVersion: number | undefined, events: readonly OutgoingEvent[]) =>
    putVersionedWithEvents(
      tableName,
      { item: toItem(value), expectedVersion, resource, id: idOf(value) },
      events,
    );
  return {
    add: (value: T, events: readonly OutgoingEvent[]) => put(value, undefined, events),
    replace: (value: T, expectedVersion: number, events: readonly OutgoingEvent[]) =>
      put(value, expectedVersion, events),
  };
};
