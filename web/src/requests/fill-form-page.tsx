import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import type { ProjectListItem } from '../planning/planning-types';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { AnswerField } from './answer-field';
import { type AnswerDrafts, answersOf, emptyAnswers, isBlank } from './answers';
import { projectChoices } from './project-choices';
import { answerInError, invalidField, reasonOf } from './request-errors';
import type { RequestForm } from './request-types';

interface FillFormPageProps {
  api: Api;
  format: Format;
  me: Me;
  formId: string;
  /** The project chosen before coming, from its sheet. */
  projectId: string;
}

/** `/formulaires/{id}?projet=`: a form to fill for one of one's projects; once sent, the request's own page. */
export const FillFormPage = ({ api, format, me, formId, projectId }: FillFormPageProps) => {
  const texts = format.messages.requests.fill;
  const load = useCallback(
    async (signal: AbortSignal) => {
      const form = await api.requestForm(formId, signal);
      return { form, projects: await projectChoices(api, me, form, signal) };
    },
    [api, me, formId],
  );
  const { state, retry } = useLoad(load);
  return (
    <section class="page page--form requests" aria-labelledby="fill-title">
      <p class="page__kicker">{texts.title}</p>
      <h2 id="fill-title">{state.status === 'loaded' ? state.value.form.title : texts.title}</h2>
      <Loaded state={state} notFound={texts.notFound} format={format} retry={retry}>
        {({ form, projects }) => (
          <FillForm api={api} format={format} form={form} projects={projects} projectId={projectId} />
        )}
      </Loaded>
    </section>
  );
};

interface FillFormProps {
  api: Api;
  format: Format;
  form: RequestForm;
  projects: ProjectListItem[];
  projectId: string;
}

/** Where the API put the fault: a question, the project, or the request as a whole. */
interface Refusal {
  message: string;
  answerId?: string;
  answerError?: string;
  projectError?: string;
}

const FillForm = ({ api, format, form, projects, projectId }: FillFormProps) => {
  const texts = format.messages.requests.fill;
  const alertId = useId();
  const projectSelectId = useId();
  const formElement = useRef<HTMLFormElement>(null);
  const [project, setProject] = useState(
    projects.some(({ id }) => id === projectId) ? projectId : (projects[0]?.id ?? ''),
  );
  const [drafts, setDrafts] = useState<AnswerDrafts>(() => emptyAnswers(form.fields));
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();

  // A refused answer or project is focused once its message is on screen.
  useEffect(() => {
    if (!refusal) return;
    const selector = refusal.answerId
      ? `[data-answer="${CSS.escape(refusal.answerId)}"] :is(input, textarea, select)`
      : refusal.projectError
        ? `#${CSS.escape(projectSelectId)}`
        : undefined;
    if (selector) formElement.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [refusal, projectSelectId]);

  if (form.status === 'closed') return <p class="notice">{texts.closed}</p>;
  if (projects.length === 0) return <p class="notice">{texts.noProject}</p>;

  const refusalOf = (error: unknown): Refusal => {
    const field = invalidField(error);
    const answerId = answerInError(field);
    const question = form.fields.find(({ id }) => id === answerId);
    if (question && error instanceof ApiError) {
      const answerError = isBlank(drafts[question.id])
        ? texts.missing
        : format.fill(texts.refusedAnswer, { reason: reasonOf(error) });
      return { message: format.fill(texts.checkAnswer, { label: question.label }), answerId, answerError };
    }
    if (field === 'projectId') return { message: texts.projectRefused, projectError: texts.projectRefused };
    if (field === 'formId') return { message: texts.closed };
    if (error instanceof ApiError && error.status === 404) {
      return { message: texts.projectNotFound, projectError: texts.projectNotFound };
    }
    return { message: format.fill(texts.failed, { reason: failureReason(error, format) }) };
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    setRefusal(undefined);
    try {
      const sent = await api.submitFormRequest({
        formId: form.id,
        projectId: project,
        answers: answersOf(form.fields, drafts),
      });
      navigate(paths.request(sent.id));
    } catch (error) {
      setSending(false);
      setRefusal(refusalOf(error));
    }
  };

  const projectErrorId = refusal?.projectError ? `${projectSelectId}-error` : undefined;
  return (
    <form ref={formElement} class="form request-form" noValidate onSubmit={submit}>
      {form.description && <p class="page__intro pre-line">{form.description}</p>}
      <div class="field">
        <label for={projectSelectId}>{texts.project}</label>
        <select
          id={projectSelectId}
          value={project}
          aria-invalid={projectErrorId ? true : undefined}
          aria-describedby={projectErrorId}
          onChange={(event) => setProject(event.currentTarget.value)}
        >
          {projects.map((each) => (
            <option key={each.id} value={each.id}>
              {each.name} ({format.projectKind(each.kind)})
            </option>
          ))}
        </select>
        {refusal?.projectError && (
          <p id={projectErrorId} class="answer__error">
            {refusal.projectError}
          </p>
        )}
      </div>
      {form.fields.map((field) => (
        <AnswerField
          key={field.id}
          field={field}
          value={drafts[field.id] ?? ''}
          onValue={(value) => setDrafts((current) => ({ ...current, [field.id]: value }))}
          error={refusal?.answerId === field.id ? refusal.answerError : undefined}
          format={format}
        />
      ))}
      <FormAlert id={alertId} message={refusal?.message} />
      <div class="form__actions">
        <button type="submit" class="button" aria-disabled={sending}>
          {sending ? texts.sending : texts.submit}
        </button>
        <Link href={paths.requestForms} class="button button--secondary">
          {format.messages.requests.editor.back}
        </Link>
      </div>
    </form>
  );
};
