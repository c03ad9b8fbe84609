import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { handlesRequests, submitsRequests } from '../people/abilities';
import type { Me } from '../people/person';
import type { Project } from '../planning/planning-types';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { acceptsKind } from './project-choices';
import { RequestSummaries } from './request-summaries';

interface ProjectRequestsProps {
  api: Api;
  format: Format;
  me: Me;
  project: Pick<Project, 'id' | 'kind'>;
}

/** The « Demandes » section of a project sheet: the forms open for its kind, and for the team its requests. */
export const ProjectRequests = ({ api, format, me, project }: ProjectRequestsProps) => {
  const texts = format.messages.requests.project;
  const handles = handlesRequests(me.profiles);
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [forms, requests] = await Promise.all([
        api.requestForms(signal),
        handles ? api.formRequests({ projectId: project.id }, signal) : Promise.resolve([]),
      ]);
      return { forms: forms.filter((form) => acceptsKind(form, project.kind)), requests };
    },
    [api, handles, project.id, project.kind],
  );
  const { state, retry } = useLoad(load);
  if (!submitsRequests(me.profiles)) return null;
  return (
    <section class="sheet__section" aria-labelledby="project-requests">
      <h3 id="project-requests">{texts.title}</h3>
      <Loaded state={state} format={format} retry={retry}>
        {({ forms, requests }) => (
          <>
            {forms.length === 0 ? (
              <p class="muted">{texts.noForms}</p>
            ) : (
              <ul class="item-list item-list--loose request-links">
                {forms.map((form) => (
                  <li key={form.id}>
                    <Link href={paths.fillForm(form.id, project.id)} class="button button--secondary">
                      {format.fill(texts.ask, { title: form.title })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {handles && (
              <>
                <h4 class="request-links__heading">{texts.requests}</h4>
                {requests.length === 0 ? (
                  <p class="muted">{texts.noRequests}</p>
                ) : (
                  <RequestSummaries items={requests} format={format} label={texts.requests} />
                )}
              </>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
};
