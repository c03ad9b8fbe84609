import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { definesForms, handlesRequests, submitsRequests } from '../people/abilities';
import type { Me } from '../people/person';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { RequestSummaries } from './request-summaries';
import { type RequestForm, type RequestState, requestStates } from './request-types';

interface FormRequestsPageProps {
  api: Api;
  format: Format;
  me: Me;
}

/**
 * `/formulaires`: the open forms to make a request with and one's own requests; for the team, the requests to
 * handle, state by state; for those who define them, every form to change and a new one.
 */
export const FormRequestsPage = ({ api, format, me }: FormRequestsPageProps) => {
  const texts = format.messages.requests;
  return (
    <section class="page requests stack--loose" aria-labelledby="requests-title">
      <div>
        <h2 id="requests-title">{texts.title}</h2>
        <p class="page__intro">{texts.intro}</p>
      </div>
      {!submitsRequests(me.profiles) && <p class="notice">{texts.list.notForYou}</p>}
      {submitsRequests(me.profiles) && (
        <>
          <OpenForms api={api} format={format} />
          <MyRequests api={api} format={format} />
        </>
      )}
      {handlesRequests(me.profiles) && <RequestsToHandle api={api} format={format} />}
      {definesForms(me.profiles) && <AllForms api={api} format={format} />}
    </section>
  );
};

const OpenForms = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.requests.list;
  const load = useCallback((signal: AbortSignal) => api.requestForms(signal), [api]);
  const { state, retry } = useLoad(load);
  return (
    <section class="sheet__section" aria-labelledby="open-forms">
      <h3 id="open-forms">{texts.open}</h3>
      <LoadedList state={state} none={texts.noOpen} format={format} retry={retry}>
        {(forms) => (
          <ul class="cards" aria-label={texts.open}>
            {forms.map((form) => (
              <li key={form.id} class="card">
                <Link href={paths.fillForm(form.id)} class="card__title">
                  {form.title}
                </Link>
                {form.description && <span class="card__detail">{form.description}</span>}
                <span class="card__detail">{projectKindsText(form, format)}</span>
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
};

const MyRequests = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.requests.list;
  const load = useCallback((signal: AbortSignal) => api.formRequests({ mine: true }, signal), [api]);
  const { state, retry } = useLoad(load);
  return (
    <section class="sheet__section" aria-labelledby="my-requests">
      <h3 id="my-requests">{texts.mine}</h3>
      <LoadedList state={state} none={texts.noMine} format={format} retry={retry}>
        {(requests) => <RequestSummaries items={requests} format={format} label={texts.mine} mine />}
      </LoadedList>
    </section>
  );
};

/** The team's list: one state at a time, the newest first as the API gives them. */
const RequestsToHandle = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.requests;
  const stateId = useId();
  const [shown, setShown] = useState<RequestState>('submitted');
  const load = useCallback((signal: AbortSignal) => api.formRequests({ state: shown }, signal), [api, shown]);
  const { state, retry } = useLoad(load);
  return (
    <section class="sheet__section" aria-labelledby="requests-to-handle">
      <h3 id="requests-to-handle">{texts.list.toHandle}</h3>
      <div class="filters">
        <div class="filters__field">
          <label for={stateId}>{texts.list.state}</label>
          <select
            id={stateId}
            value={shown}
            onChange={(event) => setShown(event.currentTarget.value as RequestState)}
          >
            {requestStates.map((each) => (
              <option key={each} value={each}>
                {texts.statesPlural[each]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <LoadedList state={state} none={texts.list.noneInState} format={format} retry={retry}>
        {(requests) => (
          <RequestSummaries
            items={requests}
            format={format}
            label={format.fill(texts.list.toHandleIn, { state: texts.statesPlural[shown] })}
          />
        )}
      </LoadedList>
    </section>
  );
};

const AllForms = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.requests.list;
  const load = useCallback((signal: AbortSignal) => api.requestForms(signal, { all: true }), [api]);
  const { state, retry } = useLoad(load);
  return (
    <section class="sheet__section" aria-labelledby="all-forms">
      <h3 id="all-forms">{texts.forms}</h3>
      <LoadedList state={state} none={texts.noForms} format={format} retry={retry}>
        {(forms) => (
          <ul class="item-list item-list--loose" aria-label={texts.forms}>
            {forms.map((form) => (
              <li key={form.id} class="framed form-list__item">
                <span class="form-list__title">{form.title}</span>
                <span class="muted">
                  {form.status === 'open' ? texts.openStatus : texts.closed} ·{' '}
                  {format.count(texts.questions, form.fields.length)} · {projectKindsText(form, format)}
                </span>
                <Link href={paths.editForm(form.id)} class="button button--secondary button--small">
                  {texts.edit}
                  <span class="visually-hidden"> {format.fill(texts.editWhat, { title: form.title })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
      <Link href={paths.newForm} class="button">
        {texts.newForm}
      </Link>
    </section>
  );
};

/** The kinds of project a form is for, in words: « Examen, Production », or « Tout projet ». */
export const projectKindsText = (form: Pick<RequestForm, 'projectKinds'>, format: Format) =>
  form.projectKinds.length === 0
    ? format.messages.requests.list.anyProject
    : form.projectKinds.map((kind) => format.projectKind(kind)).join(', ');
