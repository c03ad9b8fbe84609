import { NotFoundError } from '#domain/shared/errors';
import type { PlanningPorts } from './planning-ports';

/** A project sheet: the project, its activities, and the names of its people and classes. */
export const readProject = async (
  projectId: string,
  ports: Pick<PlanningPorts, 'projects' | 'planning' | 'directory'>,
) => {
  const project = await ports.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  const [activities, people, classes] = await Promise.all([
    ports.planning.activitiesOf(projectId),
    ports.directory.people(project.members.map(({ personId }) => personId)),
    ports.directory.classes(project.classIds),
  ]);
  return {
    project,
    activities: activities.filter((activity) => activity.status !== 'cancelled'),
    people: people.map(({ personId, firstName, lastName }) => ({ personId, firstName, lastName })),
    classes: classes.map(({ classId, label }) => ({ classId, label })),
  };
};
