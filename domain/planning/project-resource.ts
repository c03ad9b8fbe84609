import type { Resource } from '#domain/identity/authorize';
import type { Project } from './project';

/** A project as the rights judge it: the people who take part in it and the classes that follow it. */
export const projectResource = ({ id, members, classIds }: Project): Resource => ({
  kind: 'project',
  projectId: id,
  memberIds: members.map(({ personId }) => personId),
  classIds,
});
