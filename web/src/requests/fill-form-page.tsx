import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import type { ProjectListItem } from '../planning/planning-types';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { fieldProblemsOf, fieldProblemText } from '../shell/http/api-error-words';
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
import { answerInError } from './request-errors';
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

/** Where the API put the faults: each question refused, the project, or the request as a whole. */
interface Refusal {
  message: string;
  /** What is wrong with each refused answer, by the question's id, in the form's order. */
  answerErrors: Record<string, string>;
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

  // The first refused answer, or the project, is focused once the messages are on screen.
  useEffect(() => {
    if (!refusal) return;
    const [firstAnswer] = Object.keys(refusal.answerErrors);
    const selector = firstAnswer
      ? `[data-answer="${CSS.escape(firstAnswer)}"] :is(input, textarea, select)`
      : refusal.projectError
        ? `#${CSS.escape(projectSelectId)}`
        : undefined;
    if (selector) formElement.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [refusal, projectSelectId]);

  if (form.status === 'closed') return <p class="notice">{texts.closed}</p>;
  if (projects.length === 0) return <p class="notice">{texts.noProject}</p>;

  /** Every fault the API names goes beside its question at once: a form sent empty marks each required one. */
  const refusalOf = (error: unknown): Refusal => {
    const problems = fieldProblemsOf(error);
    if (problems.some(({ field }) => field === 'formId')) return { message: texts.closed, answerErrors: {} };
    const answerErrors: Record<string, string> = {};
    for (const question of form.fields) {
      const problem = problems.find(({ field }) => answerInError(field) === question.id);
      if (!problem) continue;
      answerErrors[question.id] =
        problem.code === 'required' || isBlank(drafts[question.id])
          ? texts.missing
          : format.fill(texts.refusedAnswer, { reason: fieldProblemText(problem, format) });
    }
    const projectError = problems.some(({ field }) => field === 'projectId')
      ? texts.projectRefused
      : undefined;
    const refused = form.fields.filter(({ id }) => answerErrors[id] !== undefined);
    if (refused.length > 1) {
      return {
        message: format.fill(texts.checkAnswers, { count: refused.length }),
        answerErrors,
        projectError,
      };
    }
    if (refused[0]) {
      return {
        message: format.fill(texts.checkAnswer, { label: refused[0].label }),
        answerErrors,
        projectError,
      };
    }
    if (projectError) return { message: projectError, answerErrors, projectError };
    if (error instanceof ApiError && error.status === 404) {
      return { message: texts.projectNotFound, answerErrors, projectError: texts.projectNotFound };
    }
    return { message: format.fill(texts.failed, { reason: failureReason(error, format) }), answerErrors };
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
          error={refusal?.answerErrors[field.id]}
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
