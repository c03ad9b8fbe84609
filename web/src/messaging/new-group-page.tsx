import { useId, useState } from 'preact/hooks';
import { type WorkGroupKind, workGroupKinds } from '#domain/messaging/work-group-kinds';
import type { Api } from '../api';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { TextAreaField } from '../shell/forms/text-area-field';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import type { Candidate } from './group-types';
import { MemberPicker } from './member-picker';

interface NewGroupPageProps {
  api: Api;
  format: Format;
}

/** `/groupes/nouveau`: a teacher or the staff name a group, say what it is for, and choose its first members. */
export const NewGroupPage = ({ api, format }: NewGroupPageProps) => {
  const texts = format.messages.workGroups;
  const nameId = useId();
  const kindId = useId();
  const errorId = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<WorkGroupKind>('teaching-team');
  const [description, setDescription] = useState('');
  const [members, setMembers] = useState<Candidate[]>([]);
  const [status, setStatus] = useState<{ sending: boolean; error?: string }>({ sending: false });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.sending) return;
    if (!name.trim()) {
      setStatus({ sending: false, error: texts.form.missingName });
      return;
    }
    setStatus({ sending: true });
    try {
      const created = await api.createWorkGroup({
        name: name.trim(),
        kind,
        description: description.trim(),
        memberIds: members.map(({ personId }) => personId),
      });
      navigate(paths.workGroup(created.group.id));
    } catch (error) {
      setStatus({
        sending: false,
        error: format.fill(texts.form.failed, { reason: failureReason(error, format) }),
      });
    }
  };

  return (
    <section class="page work-groups" aria-labelledby="new-group-title">
      <p class="page__kicker">
        <Link href={paths.workGroups}>{texts.back}</Link>
      </p>
      <h2 id="new-group-title">{texts.form.heading}</h2>
      <form class="form stack--loose" noValidate onSubmit={submit}>
        <div class="field">
          <label for={nameId}>{texts.form.name}</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={120}
            required
            aria-invalid={status.error && !name.trim() ? true : undefined}
            aria-describedby={status.error ? errorId : undefined}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={kindId}>{texts.form.kind}</label>
          <select
            id={kindId}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as WorkGroupKind)}
          >
            {workGroupKinds.map((option) => (
              <option key={option} value={option}>
                {texts.kinds[option]}
              </option>
            ))}
          </select>
        </div>
        <TextAreaField
          label={texts.form.description}
          maxLength={2000}
          value={description}
          onValue={setDescription}
        />
        <MemberPicker api={api} format={format} chosen={members} onChosen={setMembers} />
        <FormAlert id={errorId} message={status.error} />
        <button type="submit" class="button" aria-disabled={status.sending}>
          {status.sending ? texts.form.creating : texts.form.submit}
        </button>
      </form>
    </section>
  );
};
