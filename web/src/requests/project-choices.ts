import type { ProjectKind } from '#domain/planning/project';
import type { Api } from '../api';
import { handlesRequests } from '../people/abilities';
import type { Me } from '../people/person';
import type { ProjectListItem } from '../planning/planning-types';
import type { RequestForm } from './request-types';

/** Whether a form is for projects of a kind: one without kinds is for any project. */
export const acceptsKind = (form: Pick<RequestForm, 'projectKinds'>, kind: ProjectKind) =>
  form.projectKinds.length === 0 || form.projectKinds.includes(kind);

/**
 * The projects a person may send a form for: any live project of its kinds for the team; for students and
 * teachers, the projects they are members of.
 */
export const projectChoices = async (
  api: Api,
  me: Me,
  form: RequestForm,
  signal?: AbortSignal,
): Promise<ProjectListItem[]> => {
  const projects = handlesRequests(me.profiles) ? await api.projects(signal) : await api.ownProjects(signal);
  return projects
    .filter((project) => acceptsKind(form, project.kind) && project.status !== 'cancelled')
    .sort((a, b) => a.name.localeCompare(b.name));
};
