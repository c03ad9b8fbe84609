import { useCallback, useId, useState } from 'preact/hooks';
import { absenceReasons } from '#domain/attendance/absence-reasons';
import {
  type JustificationDocumentType,
  justificationDocumentTypes,
  maxJustificationDocumentBytes,
} from '#domain/attendance/justification-documents';
import type { Api } from '../api';
import { uploadWithProgress } from '../messaging/attachment-upload';
import type { Me } from '../people/person';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import type { JustificationDraft, PupilAbsences } from './absences-api';

interface AbsencesPageProps {
  api: Api;
  format: Format;
  me: Me;
  /** One pupil only (`/absences/<id>`, where a notification leads); else one's own, or each of one's children. */
  personId?: string;
}

/** A document's type: the browser's when it is one the school takes, else the one its extension says. */
const documentTypeOf = (file: File): JustificationDocumentType | undefined => {
  if ((justificationDocumentTypes as readonly string[]).includes(file.type))
    return file.type as JustificationDocumentType;
  const extension = file.name.split('.').at(-1)?.toLowerCase();
  if (extension === 'pdf') return 'application/pdf';
  if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
  if (extension === 'png') return 'image/png';
  return undefined;
};
/**
 * `/absences`: a pupil's absences and lateness of the last 30 days, where each stands, the reasons sent; a guardian
 * sees each child's and sends a reason for a span of half-days.
 */
export const AbsencesPage = ({ api, format, me, personId }: AbsencesPageProps) => {
  const texts = format.messages.attendance.absences;
  const { profiles } = me;
  const justifies =
    profiles.includes('guardian') || profiles.includes('staff') || profiles.includes('school-admin');
  const pupils = personId
    ? [{ personId, title: undefined }]
    : [
        ...(profiles.includes('student') ? [{ personId: me.personId, title: texts.ownTitle }] : []),
        ...(profiles.includes('guardian')
          ? me.children.map((child) => ({
              personId: child.personId,
              title: format.fill(texts.childTitle, { name: child.firstName }),
            }))
          : []),
      ];
  return (
    <section class="page absences stack--loose" aria-labelledby="absences-title">
      <div>
        <h2 id="absences-title">{texts.title}</h2>
        <p class="page__intro">{texts.intro}</p>
      </div>
      {pupils.length === 0 && <p class="muted">{texts.noChild}</p>}
      {pupils.map((pupil) => (
        <PupilSection
          key={pupil.personId}
          api={api}
          format={format}
          pupilId={pupil.personId}
          title={pupil.title}
          justifies={justifies && (pupil.personId !== me.personId || !profiles.includes('student'))}
        />
      ))}
    </section>
  );
};

interface PupilSectionProps {
  api: Api;
  format: Format;
  pupilId: string;
  title: string | undefined;
  justifies: boolean;
}

const PupilSection = ({ api, format, pupilId, title, justifies }: PupilSectionProps) => {
  const texts = format.messages.attendance.absences;
  const load = useCallback((signal: AbortSignal) => api.pupilAbsences(pupilId, signal), [api, pupilId]);
  const { state, retry } = useLoad(load, { keepValue: true });
  // Loaded again after a reason is sent: the list stays on screen, and the form with its « merci ».
  const shown =
    state.status === 'loading' && state.value ? { status: 'loaded' as const, value: state.value } : state;
  const headingId = `absences-${pupilId}`;
  return (
    <section class="sheet__section" aria-labelledby={headingId}>
      <Loaded state={shown} format={format} retry={retry} notFound={texts.notFound}>
        {(list) => (
          <>
            <h3 id={headingId}>
              {title ?? format.fill(texts.pupilTitle, { name: format.fullName(list.pupil) })}
            </h3>
            <AbsenceList format={format} list={list} />
            {justifies && <JustifyForm api={api} format={format} pupilId={pupilId} onSent={retry} />}
            <SentReasons format={format} list={list} />
          </>
        )}
      </Loaded>
    </section>
  );
};

const AbsenceList = ({ format, list }: { format: Format; list: PupilAbsences }) => {
  const texts = format.messages.attendance.absences;
  return (
    <>
      <p class="absences__count" data-testid="absences-count">
        {list.count.halfDays === 0
          ? texts.noHalfDay
          : format.message(texts.count, {
              halfDays: list.count.halfDays,
              unjustified: list.count.unjustified,
            })}
        {' · '}
        {format.message(texts.lates, { count: list.count.lates })}
      </p>
      {list.absences.length === 0 ? (
        <p class="muted">{texts.none}</p>
      ) : (
        <ul class="absences__list">
          {list.absences.map((absence) => (
            <li key={`${absence.activityId}#${absence.seriesDate}`} class="absences__item">
              <span class="absences__when">
                {format.day(absence.date)}, {format.timeSpan(absence.start, absence.end)}
              </span>
              <span class="absences__course">{absence.title}</span>
              <span class={`badge absences__standing absences__standing--${absence.standing}`}>
                {absence.kind === 'late' && absence.minutes
                  ? format.fill(texts.lateBy, { minutes: absence.minutes })
                  : (texts.standings[absence.standing] ?? absence.standing)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
};

const SentReasons = ({ format, list }: { format: Format; list: PupilAbsences }) => {
  const texts = format.messages.attendance.absences;
  if (list.justifications.length === 0) return null;
  return (
    <>
      <h4>{texts.sentTitle}</h4>
      <ul class="absences__reasons">
        {list.justifications.map((justification) => (
          <li key={justification.justificationId} class="absences__reason">
            <span>
              {format.fill(texts.span, {
                from: format.day(justification.from.date),
                fromHalf: texts.halves[justification.from.half] ?? justification.from.half,
                to: format.day(justification.to.date),
                toHalf: texts.halves[justification.to.half] ?? justification.to.half,
              })}
              {' · '}
              {texts.reasons[justification.reason] ?? justification.reason}
            </span>
            <span class={`badge absences__state absences__state--${justification.state}`}>
              {texts.states[justification.state] ?? justification.state}
            </span>
            {justification.answer && (
              <span class="muted">{format.fill(texts.answer, { answer: justification.answer })}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
};

const JustifyForm = ({
  api,
  format,
  pupilId,
  onSent,
}: {
  api: Api;
  format: Format;
  pupilId: string;
  onSent: () => void;
}) => {
  const texts = format.messages.attendance.absences;
  const today = format.today();
  const empty: JustificationDraft = {
    from: today,
    fromHalf: 'am',
    to: today,
    toHalf: 'pm',
    reason: 'illness',
    note: '',
  };
  const [draft, setDraft] = useState(empty);
  const [file, setFile] = useState<File | undefined>();
  const [status, setStatus] = useState<{ busy?: boolean; error?: string; sent?: boolean; sending?: boolean }>(
    {},
  );
  const id = useId();
  const set = (change: Partial<JustificationDraft>) => setDraft({ ...draft, ...change });
  const send = async (event: Event) => {
    event.preventDefault();
    const contentType = file && documentTypeOf(file);
    if (file && (!contentType || file.size === 0 || file.size > maxJustificationDocumentBytes)) {
      setStatus({ error: format.fill(texts.documentRefused, { name: file.name }) });
      return;
    }
    setStatus({ busy: true, sending: Boolean(file) });
    try {
      let documentId: string | undefined;
      if (file && contentType) {
        const declared = await api.declareDocument({ name: file.name, contentType, size: file.size });
        await uploadWithProgress(declared.upload, file, () => undefined);
        documentId = declared.document.id;
      }
      await api.declareJustification(pupilId, { ...draft, ...(documentId && { documentId }) });
      setDraft(empty);
      setFile(undefined);
      setStatus({ sent: true });
      onSent();
    } catch (failure) {
      setStatus({ error: failureReason(failure, format) });
    }
  };
  const half = (value: 'am' | 'pm', onValue: (half: 'am' | 'pm') => void, label: string, fieldId: string) => (
    <div class="field">
      <label for={fieldId}>{label}</label>
      <select
        id={fieldId}
        value={value}
        onChange={(event) => onValue(event.currentTarget.value === 'pm' ? 'pm' : 'am')}
      >
        <option value="am">{texts.halves.am}</option>
        <option value="pm">{texts.halves.pm}</option>
      </select>
    </div>
  );
  return (
    <details class="absences__justify">
      <summary class="button button--secondary">{texts.justify}</summary>
      <form class="stack" onSubmit={send}>
        <p class="muted">{texts.justifyIntro}</p>
        <div class="absences__span">
          <div class="field">
            <label for={`${id}-from`}>{texts.from}</label>
            <input
              id={`${id}-from`}
              type="date"
              required
              value={draft.from}
              onInput={(event) => set({ from: event.currentTarget.value })}
            />
          </div>
          {half(draft.fromHalf, (fromHalf) => set({ fromHalf }), texts.fromHalf, `${id}-from-half`)}
          <div class="field">
            <label for={`${id}-to`}>{texts.to}</label>
            <input
              id={`${id}-to`}
              type="date"
              required
              value={draft.to}
              onInput={(event) => set({ to: event.currentTarget.value })}
            />
          </div>
          {half(draft.toHalf, (toHalf) => set({ toHalf }), texts.toHalf, `${id}-to-half`)}
        </div>
        <div class="field">
          <label for={`${id}-reason`}>{texts.reason}</label>
          <select
            id={`${id}-reason`}
            value={draft.reason}
            onChange={(event) => set({ reason: event.currentTarget.value })}
          >
            {absenceReasons.map((reason) => (
              <option key={reason} value={reason}>
                {texts.reasons[reason]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-note`}>{texts.note}</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            maxLength={1000}
            value={draft.note}
            onInput={(event) => set({ note: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-document`}>{texts.attachDocument}</label>
          <input
            id={`${id}-document`}
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            // A new form after a reason is sent: the input empties with it.
            key={status.sent ? 'sent' : 'draft'}
            onChange={(event) => setFile(event.currentTarget.files?.[0])}
          />
        </div>
        {status.sending && (
          <p class="muted" role="status">
            {texts.sending}
          </p>
        )}
        {status.error && (
          <p class="notice notice--error" role="alert">
            {status.error}
          </p>
        )}
        {status.sent && (
          <p class="notice" role="status">
            {texts.sent}
          </p>
        )}
        <button type="submit" class="button" disabled={status.busy}>
          {texts.send}
        </button>
      </form>
    </details>
  );
};
