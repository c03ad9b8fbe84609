import { useId, useState } from 'preact/hooks';
import { minutesOf, timeOf } from '#domain/shared/calendar/time-of-day';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { isCalendarDate } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { ConflictList } from './conflict-list';
import { ChoiceField, FormActions, InputField, SpanFields } from './fields';
import { describeSaveError } from './planning-errors';
import type { Activity, Occurrence } from './planning-types';
import { timeSpanProblem } from './time-span-check';
import { usePlanningSave } from './use-planning-save';

interface MoveFormProps {
  api: Api;
  format: Format;
  activity: Activity;
  occurrence: Occurrence;
  /** Where a block was dropped, to start from. */
  proposed?: { date: string; start: string };
  onMoved: () => void;
  onBack: () => void;
}

/** The end of a span of the same length from another start, within the day. */
const timeAfter = (start: string, length: number) =>
  timeOf(Math.min(minutesOf(start) + length, 23 * 60 + 55));

/** Moves an occurrence, or it and the following ones of a series, to another day and time. */
export const MoveForm = ({ api, format, activity, occurrence, proposed, onMoved, onBack }: MoveFormProps) => {
  const texts = format.messages.planning;
  const errorId = useId();
  const length = minutesOf(occurrence.end) - minutesOf(occurrence.start);
  const [scope, setScope] = useState<'one' | 'following'>('one');
  const [date, setDate] = useState(proposed?.date ?? occurrence.date);
  const [start, setStart] = useState(proposed?.start ?? occurrence.start);
  const [end, setEnd] = useState(proposed ? timeAfter(proposed.start, length) : occurrence.end);
  const [problem, setProblem] = useState<string>();
  const { state, save } = usePlanningSave(
    (acceptConflicts) =>
      api.moveActivity(activity.id, {
        seriesDate: occurrence.seriesDate,
        scope,
        to: { date, start, end },
        acceptConflicts,
      }),
    onMoved,
  );
  const saving = state.status === 'saving';
  const message = problem ?? (state.status === 'failed' ? describeSaveError(state.error, format) : undefined);
  const conflicts = state.status === 'conflicts' || state.status === 'saving' ? state.conflicts : undefined;

  const submit = (event: Event) => {
    event.preventDefault();
    const wrong = isCalendarDate(date) ? timeSpanProblem(start, end, format) : texts.form.missingDate;
    setProblem(wrong);
    if (!wrong) void save();
  };

  return (
    <form class="form planning-form" noValidate onSubmit={submit} aria-label={texts.move.title}>
      {activity.schedule.kind === 'weekly' && (
        <ChoiceField
          legend={texts.move.scope}
          value={scope}
          options={[
            { value: 'one', label: texts.move.one },
            { value: 'following', label: texts.move.following },
          ]}
          onValue={setScope}
        />
      )}
      <InputField label={texts.move.date} type="date" value={date} onValue={setDate} required />
      <SpanFields
        type="time"
        from={{ label: texts.form.start, value: start, onValue: setStart }}
        to={{ label: texts.form.end, value: end, onValue: setEnd }}
      />
      <FormAlert id={errorId} message={message} />
      {conflicts && (
        <ConflictList conflicts={conflicts} format={format} saving={saving} onSaveAnyway={() => save(true)} />
      )}
      <FormActions
        saving={saving}
        submit={texts.move.submit}
        submitting={texts.move.moving}
        back={texts.activity.back}
        onBack={onBack}
      />
    </form>
  );
};
