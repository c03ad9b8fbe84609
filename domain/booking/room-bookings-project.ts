import type { Project } from '#domain/planning/project';
import type { BookingPorts } from './booking-ports';

/** Every school's one project holding its rooms booked by students, made on the first booking. */
export const roomBookingsProjectId = 'room-bookings';

export const ensureBookingsProject = async ({ planning }: BookingPorts) => {
  if (await planning.projects.get(roomBookingsProjectId)) return;
  const now = planning.clock.now().toISOString();
  const project: Project = {
    id: roomBookingsProjectId,
    kind: 'internal',
    name: 'Réservations de salles',
    description: 'Les salles que les élèves réservent pour travailler, dans les droits de leur cursus.',
    status: 'confirmed',
    members: [],
    classIds: [],
    documents: [],
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  // Two first bookings at once both find no project: the second's conditional put fails, harmlessly.
  await planning.projects.add(project, []).catch(() => undefined);
};
