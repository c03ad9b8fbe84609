import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { GroupDiscussion } from './group-discussion';
import type { Candidate, GroupPage as Group, PersonRef } from './group-types';
import { MemberPicker } from './member-picker';

interface GroupPageProps {
  api: Api;
  format: Format;
  me: Me;
  groupId: string;
}

/** `/groupes/{id}`: a group for its members: who is in it, its documents, its discussion. */
export const GroupPage = ({ api, format, groupId }: GroupPageProps) => {
  const texts = format.messages.workGroups;
  const load = useCallback((signal: AbortSignal) => api.workGroup(groupId, signal), [api, groupId]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page work-groups" aria-labelledby="group-title">
      <p class="page__kicker">
        <Link href={paths.workGroups}>{texts.back}</Link>
      </p>
      <h2 id="group-title">{state.status === 'loaded' ? state.value.group.name : texts.title}</h2>
      <Loaded state={state} notFound={texts.notFound} format={format} retry={retry}>
        {(group) => <GroupView api={api} format={format} loaded={group} />}
      </Loaded>
    </section>
  );
};

export const nameOf = (person: PersonRef | null, format: Format) =>
  person ? `${person.firstName} ${person.lastName}` : format.messages.workGroups.someone;

interface GroupViewProps {
  api: Api;
  format: Format;
  group: Group;
  onChanged: () => void;
}

/** The group as loaded, read again in place after a change, so that what the page just said stays on screen. */
const GroupView = ({ api, format, loaded }: { api: Api; format: Format; loaded: Group }) => {
  const texts = format.messages.workGroups;
  const [group, setGroup] = useState(loaded);
  const onChanged = () => {
    api
      .workGroup(group.group.id)
      .then(setGroup)
      .catch(() => undefined);
  };
  return (
    <div class="stack--loose">
      <p class="muted">
        {texts.kinds[group.group.kind]} ·{' '}
        {format.message(texts.memberCount, { count: group.group.memberCount })}
      </p>
      {group.group.description && <p class="pre-line">{group.group.description}</p>}
      <GroupDocuments api={api} format={format} group={group} onChanged={onChanged} />
      <GroupDiscussion
        api={api}
        format={format}
        groupId={group.group.id}
        topics={group.topics}
        onChanged={onChanged}
      />
      <GroupMembers api={api} format={format} group={group} onChanged={onChanged} />
      {group.role === 'manager' && (
        <GroupMiniSite
          api={api}
          format={format}
          group={group}
          onChanged={(miniSite) => setGroup({ ...group, group: { ...group.group, miniSite } })}
        />
      )}
    </div>
  );
};

const GroupDocuments = ({ api, format, group, onChanged }: GroupViewProps) => {
  const texts = format.messages.workGroups.documents;
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [status, setStatus] = useState<{ busy?: string; done?: string; error?: string }>({});

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || status.busy) return;
    setStatus({ busy: format.fill(texts.uploading, { name: file.name }) });
    try {
      await api.shareGroupFile(group.group.id, file);
      input.value = '';
      setStatus({ done: format.fill(texts.uploaded, { name: file.name }) });
      onChanged();
    } catch (error) {
      input.value = '';
      setStatus({ error: format.fill(texts.failed, { reason: failureReason(error, format) }) });
    }
  };

  const download = async (documentId: string) => {
    try {
      window.location.assign(await api.groupDocumentUrl(group.group.id, documentId));
    } catch (error) {
      setStatus({ error: format.fill(texts.downloadFailed, { reason: failureReason(error, format) }) });
    }
  };

  return (
    <section class="sheet__section" aria-labelledby="group-documents">
      <h3 id="group-documents">{texts.heading}</h3>
      {group.documents.length === 0 ? (
        <p class="muted">{texts.none}</p>
      ) : (
        <ul class="item-list group-documents" aria-label={texts.heading}>
          {group.documents.map((document) => (
            <li key={document.id} class="framed group-document">
              <button
                type="button"
                class="button button--quiet group-document__name"
                aria-label={format.fill(texts.download, { name: document.name })}
                onClick={() => download(document.id)}
              >
                {document.name}
              </button>
              <span class="muted">
                {format.fill(texts.sharedBy, {
                  name: nameOf(document.uploadedBy, format),
                  at: document.sharedAt ? format.instant(document.sharedAt) : '',
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for={inputId}>{texts.upload}</label>
        <input
          id={inputId}
          type="file"
          aria-describedby={[hintId, status.error ? errorId : ''].filter(Boolean).join(' ')}
          accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,image/*,audio/*"
          onChange={(event) => upload(event.currentTarget)}
        />
        <p id={hintId} class="field__hint">
          {texts.uploadHint}
        </p>
      </div>
      <FormAlert id={errorId} message={status.error} />
      <p class="form__status" role="status">
        {status.busy ?? status.done ?? ''}
      </p>
    </section>
  );
};

const GroupMembers = ({ api, format, group, onChanged }: GroupViewProps) => {
  const texts = format.messages.workGroups;
  const errorId = useId();
  const [chosen, setChosen] = useState<Candidate[]>([]);
  const [status, setStatus] = useState<{ sending: boolean; error?: string; done?: boolean }>({
    sending: false,
  });

  const add = async (event: Event) => {
    event.preventDefault();
    if (status.sending || chosen.length === 0) return;
    setStatus({ sending: true });
    try {
      await api.addGroupMembers(
        group.group.id,
        chosen.map(({ personId }) => personId),
      );
      setChosen([]);
      setStatus({ sending: false, done: true });
      onChanged();
    } catch (error) {
      setStatus({
        sending: false,
        error: format.fill(texts.addMembers.failed, { reason: failureReason(error, format) }),
      });
    }
  };

  return (
    <section class="sheet__section" aria-labelledby="group-members">
      <h3 id="group-members">{texts.members}</h3>
      <ul class="item-list group-members" aria-label={texts.members}>
        {group.members.map((member) => (
          <li key={member.personId}>
            {member.firstName} {member.lastName}
            {member.role === 'manager' && <span class="muted"> · {texts.roles.manager}</span>}
          </li>
        ))}
      </ul>
      {group.unnamedMembers > 0 && (
        <p class="muted">{format.message(texts.unnamedMembers, { count: group.unnamedMembers })}</p>
      )}
      {group.role === 'manager' && (
        <form class="form stack" noValidate onSubmit={add} aria-labelledby="group-add-members">
          <h4 id="group-add-members">{texts.addMembers.heading}</h4>
          <MemberPicker api={api} format={format} chosen={chosen} onChosen={setChosen} />
          <FormAlert id={errorId} message={status.error} />
          <p class="form__status" role="status">
            {status.done ? texts.addMembers.added : ''}
          </p>
          {chosen.length > 0 && (
            <button type="submit" class="button" aria-disabled={status.sending}>
              {status.sending ? texts.addMembers.adding : texts.addMembers.submit}
            </button>
          )}
        </form>
      )}
    </section>
  );
};

interface GroupMiniSiteProps {
  api: Api;
  format: Format;
  group: Group;
  onChanged: (miniSite: Group['group']['miniSite']) => void;
}

/** A manager allows the group's public page, publishes it, and finds its address; unticking takes it down. */
const GroupMiniSite = ({ api, format, group, onChanged }: GroupMiniSiteProps) => {
  const texts = format.messages.workGroups.miniSite;
  const errorId = useId();
  const [status, setStatus] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const { miniSite } = group.group;

  const run = async (action: () => Promise<Group['group']['miniSite']>) => {
    if (status.busy) return;
    setStatus({ busy: true });
    try {
      onChanged(await action());
      setStatus({ busy: false });
    } catch (error) {
      setStatus({ busy: false, error: format.fill(texts.failed, { reason: failureReason(error, format) }) });
    }
  };

  return (
    <section class="sheet__section" aria-labelledby="group-mini-site">
      <h3 id="group-mini-site">{texts.heading}</h3>
      <p class="muted">{texts.intro}</p>
      <label class="group-mini-site__allow">
        <input
          type="checkbox"
          checked={miniSite.allowed}
          onChange={(event) => {
            const allowed = event.currentTarget.checked;
            run(() => api.allowGroupMiniSite(group.group.id, allowed));
          }}
        />{' '}
        {texts.allow}
      </label>
      {miniSite.allowed && (
        <button
          type="button"
          class="button"
          aria-disabled={status.busy}
          onClick={() => run(() => api.publishGroupMiniSite(group.group.id))}
        >
          {status.busy ? texts.publishing : miniSite.url ? texts.publishAgain : texts.publish}
        </button>
      )}
      {miniSite.allowed && miniSite.url && (
        <p class="group-mini-site__url">
          {texts.published} <a href={miniSite.url}>{miniSite.url}</a>
        </p>
      )}
      <FormAlert id={errorId} message={status.error} />
    </section>
  );
};
