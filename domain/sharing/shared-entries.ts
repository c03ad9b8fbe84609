import type { PlanningPorts } from '#domain/planning/planning-ports';
import type { PlanningResource } from '#domain/planning/planning-resource';
import { dedupe } from '#domain/planning/read-agenda';

/**
 * The occurrences a shared planning shows over a span: a resource's, and for a person those of their classes and
 * groups too (a student's courses), each once.
 */
export const sharedEntries = async (
  resource: PlanningResource,
  span: { from: string; to: string },
  ports: Pick<PlanningPorts, 'planning' | 'directory'>,
) => {
  const classIds = resource.kind === 'person' ? await classesOfPerson(resource.id, ports) : [];
  const lists = await Promise.all([
    ports.planning.agenda(resource, span.from, span.to),
    ...classIds.map((id) => ports.planning.agenda({ kind: 'class', id }, span.from, span.to)),
  ]);
  // A quote's option is not a confirmed event: a calendar shows it once the client accepted.
  return dedupe(lists.flat()).filter((entry) => entry.hold === undefined);
};

/** The classes and groups a person is in, which a person's planning takes in. */
export const classesOfPerson = async (personId: string, ports: Pick<PlanningPorts, 'directory'>) => {
  const [person] = await ports.directory.people([personId]);
  return [person?.classId, ...(person?.groupIds ?? [])].filter((id): id is string => id !== undefined);
};
