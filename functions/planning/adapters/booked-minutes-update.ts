import type { BookedWeek } from '#domain/booking/booked-minutes';
import { bookingKeys } from '#infra/definitions/school-table';

/** A person's booked minutes of a week, moved by a change, from `base` if nothing counted them yet. */
export interface BookedMinutesChange extends BookedWeek {
  minutes: number;
  base: number;
}

/**
 * The UpdateItem of a person's booked minutes of a week. With `atMost`, a change that adds minutes holds only if
 * the count stays within it: the weekly hours of a rule are this condition, so no two bookings at once pass it.
 */
export const bookedMinutesUpdate = (
  tableName: string,
  { personId, monday, minutes, base }: BookedMinutesChange,
  atMost?: number,
) => {
  const names = { '#minutes': 'minutes', '#entity': 'entity', '#personId': 'personId', '#monday': 'monday' };
  const values: Record<string, unknown> = {
    ':entity': 'booked-minutes',
    ':personId': personId,
    ':monday': monday,
    ':base': base,
    ':by': minutes,
  };
  let condition: string | undefined;
  if (atMost !== undefined && minutes > 0) {
    values[':room'] = atMost - minutes;
    // DynamoDB's conditions do no sums: the room left is computed here, the uncounted week's base weighed here too.
    condition =
      base <= atMost - minutes ? 'attribute_not_exists(#minutes) OR #minutes <= :room' : '#minutes <= :room';
  }
  return {
    Update: {
      TableName: tableName,
      Key: bookingKeys.bookedMinutes(personId, monday),
      UpdateExpression:
        'SET #entity = :entity, #personId = :personId, #monday = :monday, #minutes = if_not_exists(#minutes, :base) + :by',
      ...(condition && { ConditionExpression: condition }),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
};
