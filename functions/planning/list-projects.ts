import { authorize } from '#domain/identity/authorize';
import { projectFilterSchema } from '#domain/planning/planning-input';
import type { Project } from '#domain/planning/project';
import { readableProjects } from '#domain/planning/readable-projects';
import { visibleTitle } from '#domain/planning/visible-planning';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { visibilityFor } from './adapters/person-visibility-ports';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const filter = parseQuery(event, projectFilterSchema);
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const { mine, ...byKindAndStatus } = filter;
  const projects: (Pick<Project, 'id' | 'kind' | 'name' | 'status'> & Partial<Project>)[] = mine
    ? (await planningPorts.projects.ofMember(actor.personId)).filter(
        ({ kind, status }) =>
          (!filter.kind || kind === filter.kind) && (!filter.status || status === filter.status),
      )
    : // One's own projects are open to one; the school's are those the reader may open.
      await readableProjects(actor, await planningPorts.projects.list(byKindAndStatus), directory);
  // A project's name may name its members: checked against those the reader may not see (the list's own members).
  const visibility = await visibilityFor(
    actor,
    projects.flatMap(({ members = [] }) => members.map((member) => member.personId)),
  );
  return {
    status: 200,
    body: {
      items: projects.map((project) => ({
        id: project.id,
        kind: project.kind,
        name: visibleTitle(project.name, project.kind, visibility),
        status: project.status,
        subject: project.subject,
      })),
    },
  };
});
