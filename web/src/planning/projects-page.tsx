import { useCallback, useId, useMemo, useState } from 'preact/hooks';
import { type ProjectKind, projectKinds } from '#domain/planning/project';
import type { Api } from '../api';
import { writesPlanning } from '../people/abilities';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { NameFilterField, ShowMore } from '../shell/lists/long-list-controls';
import { useLongList } from '../shell/lists/use-long-list';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { InputField, SelectField } from './fields';
import { PlanningNav } from './planning-nav';

interface ProjectsPageProps {
  api: Api;
  format: Format;
  me: Me;
  kind?: ProjectKind;
  /** Only the projects one takes part in, in person (« Mes projets »). */
  mine?: boolean;
}

const nameOfProject = (project: { name: string }) => project.name;

/**
 * `/projets`: the school's projects by kind and name, a page at a time, each a link to its sheet; planners create
 * new ones here.
 */
export const ProjectsPage = ({ api, format, me, kind, mine = false }: ProjectsPageProps) => {
  const texts = format.messages.planning.projects;
  const kindId = useId();
  const load = useCallback(
    (signal: AbortSignal) => (mine ? api.ownProjects(signal) : api.projects(signal)),
    [api, mine],
  );
  const { state, retry } = useLoad(load);
  const shown = useMemo(
    () =>
      state.status === 'loaded'
        ? state.value
            .filter((project) => !kind || project.kind === kind)
            .sort((a, b) => a.name.localeCompare(b.name, format.localeTag))
        : [],
    [state, kind, format.localeTag],
  );
  const list = useLongList(shown, nameOfProject);
  return (
    <section class="page planning" aria-labelledby="projects-title">
      <PlanningNav me={me} current={mine ? 'other' : 'projects'} format={format} />
      <div class="page__heading">
        <h2 id="projects-title">{mine ? format.messages.menu.ownProjects : texts.title}</h2>
        <p class="page__count" role="status">
          {state.status === 'loading' ? format.messages.loadingPage : format.count(texts.count, list.total)}
        </p>
      </div>
      <p class="page__intro">{mine ? format.messages.menu.ownProjectsIntro : texts.intro}</p>
      <search class="filters" aria-label={texts.kind}>
        <NameFilterField list={list} format={format} />
        <div class="filters__field">
          <label for={kindId}>{texts.kind}</label>
          <select
            id={kindId}
            value={kind ?? ''}
            onChange={(event) =>
              navigate(
                (mine ? paths.ownProjects : paths.projects)(
                  (event.currentTarget.value as ProjectKind) || undefined,
                ),
                { replace: true },
              )
            }
          >
            <option value="">{texts.allKinds}</option>
            {projectKinds.map((each) => (
              <option key={each} value={each}>
                {format.projectKind(each)}
              </option>
            ))}
          </select>
        </div>
      </search>
      {state.status === 'loading' && <Loading format={format} />}
      {state.status === 'failed' && <LoadFailure error={state.error} format={format} retry={retry} />}
      {state.status === 'loaded' &&
        (list.total === 0 ? (
          <p class="notice">
            {list.typed.trim() ? format.messages.longList.noMatch : kind ? texts.noneOfKind : texts.none}
          </p>
        ) : (
          <ul class="cards" aria-label={texts.title}>
            {list.items.map((project) => (
              <li key={project.id} class="card">
                <Link href={paths.project(project.id)} class="card__title">
                  {project.name}
                </Link>
                <span class="card__detail">
                  <span class={`legend__swatch block--${project.kind}`} aria-hidden="true" />
                  {format.projectKind(project.kind)}
                  {project.subject && ` · ${project.subject}`} ·{' '}
                  {format.messages.planning.projectStatuses[project.status] ?? project.status}
                </span>
              </li>
            ))}
          </ul>
        ))}
      {state.status === 'loaded' && <ShowMore list={list} format={format} />}
      {writesPlanning(me.profiles) && <NewProjectForm api={api} format={format} />}
    </section>
  );
};

/** A new project: its kind and name are enough to plan its activities; the sheet is completed later. */
const NewProjectForm = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.planning.projects;
  const errorId = useId();
  const [kind, setKind] = useState<ProjectKind>('course');
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState<{ saving: boolean; error?: string }>({ saving: false });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.saving) return;
    if (!name.trim()) {
      setStatus({ saving: false, error: texts.missingName });
      return;
    }
    setStatus({ saving: true });
    try {
      const project = await api.createProject({
        kind,
        name: name.trim(),
        ...(subject.trim() && { subject: subject.trim() }),
        ...(description.trim() && { description: description.trim() }),
      });
      navigate(paths.project(project.id));
    } catch (error) {
      setStatus({
        saving: false,
        error: format.fill(texts.failed, { reason: failureReason(error, format) }),
      });
    }
  };

  return (
    <section class="result" aria-labelledby="new-project-title">
      <h3 id="new-project-title">{texts.newProject}</h3>
      <form class="form planning-form" noValidate onSubmit={submit}>
        <SelectField
          label={format.messages.planning.project.kind}
          value={kind}
          onValue={(value) => setKind(value as ProjectKind)}
        >
          {projectKinds.map((each) => (
            <option key={each} value={each}>
              {format.projectKind(each)}
            </option>
          ))}
        </SelectField>
        <InputField
          label={texts.name}
          type="text"
          value={name}
          onValue={setName}
          required
          errorId={status.error && !name.trim() ? errorId : undefined}
        />
        <InputField label={texts.subject} type="text" value={subject} onValue={setSubject} />
        <InputField label={texts.description} type="text" value={description} onValue={setDescription} />
        <FormAlert id={errorId} message={status.error} />
        <button type="submit" class="button" aria-disabled={status.saving}>
          {status.saving ? texts.creating : texts.create}
        </button>
      </form>
    </section>
  );
};
