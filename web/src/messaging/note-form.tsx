import { useCallback, useId, useState } from 'preact/hooks';
import type { LiaisonKind } from '#domain/messaging/liaison-note';
import type { Api } from '../api';
import { writesToLevels } from '../people/abilities';
import type { Me } from '../people/person';
import { ChoiceField, InputField, SelectField } from '../planning/fields';
import { FormAlert } from '../shell/forms/form-alert';
import { TextAreaField } from '../shell/forms/text-area-field';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import type { NewLiaisonNote } from './liaison-api';

type ToKind = 'class' | 'pupil' | 'level';

/** The kinds of note, in the order the form offers them (the API's `liaisonKinds`). */
const liaisonKinds: readonly LiaisonKind[] = ['information', 'sortie', 'materiel', 'reunion', 'autre'];

interface NoteFormProps {
  api: Api;
  format: Format;
  me: Me;
  onPosted: () => void;
}

/**
 * A note to the guardians of a class, of one of its pupils, or (the school's team) of a level: the classes offered
 * are those the writer may see, a teacher's own.
 */
export const NoteForm = ({ api, format, me, onPosted }: NoteFormProps) => {
  const words = format.messages.liaison.form;
  const errorId = useId();
  const levels = writesToLevels(me.profiles);
  const { state: classes } = useLoad(useCallback((signal: AbortSignal) => api.classes(signal), [api]));
  const [toKind, setToKind] = useState<ToKind>('class');
  const [classId, setClassId] = useState('');
  const [pupilId, setPupilId] = useState('');
  const [level, setLevel] = useState('');
  const [kind, setKind] = useState<LiaisonKind>('information');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ sending: boolean; error?: string; sent?: string }>({
    sending: false,
  });
  const loadPupils = useCallback(
    (signal: AbortSignal) => (classId ? api.classStudents(classId, signal) : Promise.resolve([])),
    [api, classId],
  );
  const { state: pupils } = useLoad(loadPupils);
  const classList = classes.status === 'loaded' ? classes.value : [];
  const levelList = [...new Set(classList.map((schoolClass) => schoolClass.level))];

  const to = (): NewLiaisonNote['to'] | undefined => {
    if (toKind === 'class' && classId) return { kind: 'class', classId };
    if (toKind === 'pupil' && pupilId) return { kind: 'pupil', personId: pupilId };
    if (toKind === 'level' && level) return { kind: 'level', level };
    return undefined;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.sending) return;
    const recipients = to();
    if (!recipients || !title.trim() || !text.trim()) {
      setStatus({ sending: false, error: words.missing });
      return;
    }
    setStatus({ sending: true });
    try {
      const posted = await api.postLiaisonNote({
        title: title.trim(),
        text: text.trim(),
        kind,
        to: recipients,
      });
      setTitle('');
      setText('');
      setStatus({ sending: false, sent: format.message(words.sent, { count: posted.guardianCount }) });
      onPosted();
    } catch (error) {
      setStatus({
        sending: false,
        error: format.fill(words.failed, { reason: failureReason(error, format) }),
      });
    }
  };

  const toKinds: ToKind[] = levels ? ['class', 'pupil', 'level'] : ['class', 'pupil'];
  return (
    <form class="form liaison-form" noValidate onSubmit={submit} aria-labelledby="liaison-form-title">
      <h3 id="liaison-form-title">{words.title}</h3>
      <ChoiceField
        legend={words.to}
        value={toKind}
        options={toKinds.map((value) => ({ value, label: words.toKinds[value] }))}
        onValue={setToKind}
      />
      {toKind === 'level' ? (
        <SelectField label={words.level} value={level} onValue={setLevel}>
          <option value="">{words.choose}</option>
          {levelList.map((value) => (
            <option key={value} value={value}>
              {format.fill(words.levelLabel, { level: value })}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField
          label={words.class}
          value={classId}
          onValue={(value) => {
            setClassId(value);
            setPupilId('');
          }}
        >
          <option value="">{words.choose}</option>
          {classList.map((schoolClass) => (
            <option key={schoolClass.classId} value={schoolClass.classId}>
              {schoolClass.label}
            </option>
          ))}
        </SelectField>
      )}
      {toKind === 'pupil' && classId && (
        <SelectField label={words.pupil} value={pupilId} onValue={setPupilId}>
          <option value="">{words.choose}</option>
          {(pupils.status === 'loaded' ? pupils.value : []).map((pupil) => (
            <option key={pupil.personId} value={pupil.personId}>
              {format.fullName(pupil)}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField label={words.kind} value={kind} onValue={(value) => setKind(value as LiaisonKind)}>
        {liaisonKinds.map((value) => (
          <option key={value} value={value}>
            {format.messages.liaison.kinds[value]}
          </option>
        ))}
      </SelectField>
      <InputField label={words.noteTitle} type="text" value={title} onValue={setTitle} required />
      <TextAreaField label={words.text} maxLength={4000} value={text} onValue={setText} required />
      <FormAlert id={errorId} message={status.error} />
      <p class="form__status" role="status">
        {status.sent ?? ''}
      </p>
      <button type="submit" class="button" aria-disabled={status.sending}>
        {status.sending ? words.sending : words.send}
      </button>
    </form>
  );
};
