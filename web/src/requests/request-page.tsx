import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { handlesRequests } from '../people/abilities';
import type { Me } from '../people/person';
import { Fact } from '../planning/facts';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { answerText } from './answer-text';
import { CommentForm } from './comment-form';
import type { FormRequest } from './request-types';
import { StateBadge } from './state-badge';
import { StateChangeForm } from './state-change-form';

interface RequestPageProps {
  api: Api;
  format: Format;
  me: Me;
  requestId: string;
}

/**
 * `/demandes/{id}`: a request as sent, where it stands and how it got there, and the thread of comments between
 * the person who sent it and the team, who also move it from state to state.
 */
export const RequestPage = ({ api, format, me, requestId }: RequestPageProps) => {
  const texts = format.messages.requests.request;
  const load = useCallback((signal: AbortSignal) => api.formRequest(requestId, signal), [api, requestId]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page requests" aria-labelledby="request-title">
      <p class="page__kicker">
        <Link href={paths.requestForms}>{texts.back}</Link>
      </p>
      <h2 id="request-title">{state.status === 'loaded' ? state.value.formTitle : texts.title}</h2>
      <Loaded state={state} notFound={texts.notFound} format={format} retry={retry}>
        {(request) => (
          <RequestView
            key={request.version}
            api={api}
            format={format}
            handles={handlesRequests(me.profiles)}
            loaded={request}
            onReload={retry}
          />
        )}
      </Loaded>
    </section>
  );
};

interface RequestViewProps {
  api: Api;
  format: Format;
  handles: boolean;
  loaded: FormRequest;
  onReload: () => void;
}

const RequestView = ({ api, format, handles, loaded, onReload }: RequestViewProps) => {
  const texts = format.messages.requests.request;
  const [request, setRequest] = useState(loaded);
  return (
    <div class="stack--loose">
      <dl class="facts">
        <Fact label={texts.state}>
          <StateBadge state={request.state} format={format} />
        </Fact>
        <Fact label={texts.project}>
          <Link href={paths.project(request.projectId)}>{request.projectName}</Link>
        </Fact>
        <Fact label={texts.by}>{request.submittedBy.name}</Fact>
        <Fact label={texts.at}>{format.instant(request.submittedAt)}</Fact>
      </dl>
      <section class="sheet__section" aria-labelledby="request-answers">
        <h3 id="request-answers">{texts.answers}</h3>
        <dl class="facts request-answers">
          {request.fields.map((field) => (
            <Fact key={field.id} label={field.label}>
              <span class="pre-line">{answerText(field, request.answers[field.id], format)}</span>
            </Fact>
          ))}
        </dl>
      </section>
      {handles && (
        <StateChangeForm
          api={api}
          format={format}
          request={request}
          onChanged={setRequest}
          onReload={onReload}
        />
      )}
      <section class="sheet__section" aria-labelledby="request-comments">
        <h3 id="request-comments">{texts.comments}</h3>
        {request.comments.length === 0 ? (
          <p class="muted">{texts.noComments}</p>
        ) : (
          <ol class="item-list request-comments">
            {request.comments.map((comment) => (
              <li key={comment.id} class="framed request-comment">
                <p class="request-comment__by">
                  {format.fill(texts.commentBy, { name: comment.by.name, at: format.instant(comment.at) })}
                </p>
                <p class="pre-line">{comment.text}</p>
              </li>
            ))}
          </ol>
        )}
        <CommentForm api={api} format={format} requestId={request.id} onCommented={setRequest} />
      </section>
      <section class="sheet__section" aria-labelledby="request-history">
        <h3 id="request-history">{texts.history}</h3>
        <ol class="item-list request-history">
          {request.history.map((step) => (
            <li key={`${step.at}-${step.state}`}>
              {format.fill(texts.historyItem, {
                state: format.messages.requests.states[step.state] ?? step.state,
                name: step.by.name,
                at: format.instant(step.at),
              })}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
};
