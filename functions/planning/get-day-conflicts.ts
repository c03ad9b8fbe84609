import { authorize } from '#domain/identity/authorize';
import { dayConflicts } from '#domain/planning/day-conflicts';
import { dayConflictsQuerySchema } from '#domain/planning/planning-input';
import { personIdsIn, visibleItems } from '#domain/planning/visible-planning';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { visibilityFor } from './adapters/person-visibility-ports';
import { planningPorts } from './adapters/planning-ports';

/** Conflicts are the planners' to settle, and they name people across the whole school: planners only. */
export const handler = signedInHandler(async (event, actor) => {
  const { date } = parseQuery(event, dayConflictsQuerySchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  const conflicts = await dayConflicts(date, planningPorts);
  const visibility = await visibilityFor(actor, personIdsIn(conflicts.items));
  return { status: 200, body: { ...conflicts, items: visibleItems(conflicts.items, visibility) } };
});
