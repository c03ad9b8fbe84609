import { useCallback, useId, useState } from 'preact/hooks';
import type { Place } from '#domain/places/place';
import type { Api } from '../api';
import type { ClassSummary } from '../people/person';
import { FormAlert } from '../shell/forms/form-alert';
import { isCalendarDate, weekdayOf } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { ChosenList } from './chosen-list';
import { ConflictList } from './conflict-list';
import { ChoiceField, InputField, SelectField, SpanFields } from './fields';
import { describeSaveError } from './planning-errors';
import type { NewActivity, ProjectListItem, Schedule } from './planning-types';
import { timeSpanProblem } from './time-span-check';
import { usePlanningSave } from './use-planning-save';

/** What the form starts from: the day, time and place of the planning it was opened on. */
export interface ActivityDraft {
  date: string;
  start: string;
  end: string;
  placeIds: string[];
  classIds: string[];
  projectId?: string;
}

/** An activity just saved: its title, how many occurrences it has, and its first day. */
export interface SavedActivity {
  title: string;
  occurrences: number;
  date: string;
}

interface ActivityFormProps {
  api: Api;
  format: Format;
  draft: ActivityDraft;
  projects: readonly ProjectListItem[];
  places: readonly Place[];
  classes: readonly ClassSummary[];
  onSaved: (saved: SavedActivity) => void;
}

type Field = 'project' | 'title' | 'date' | 'times';

/**
 * A new activity of a project: once, or every week between two dates; its places, and optionally classes and
 * people of the project. A refusal for conflicts lists them and lets the planner save anyway.
 */
export const ActivityForm = ({
  api,
  format,
  draft,
  projects,
  places,
  classes,
  onSaved,
}: ActivityFormProps) => {
  const texts = format.messages.planning.form;
  const errorId = useId();
  const [projectId, setProjectId] = useState(
    draft.projectId ?? (projects.length === 1 ? (projects[0]?.id ?? '') : ''),
  );
  const [title, setTitle] = useState('');
  const [frequency, setFrequency] = useState<Schedule['kind']>('once');
  const [date, setDate] = useState(draft.date);
  const [weekday, setWeekday] = useState(String(weekdayOf(draft.date)));
  const [from, setFrom] = useState(draft.date);
  const [until, setUntil] = useState('');
  const [start, setStart] = useState(draft.start);
  const [end, setEnd] = useState(draft.end);
  const [placeIds, setPlaceIds] = useState(draft.placeIds);
  const [classIds, setClassIds] = useState(draft.classIds);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<{ field: Field; message: string }[]>([]);

  const loadMembers = useCallback(
    async (signal: AbortSignal) => (projectId ? (await api.project(projectId, signal)).people : []),
    [api, projectId],
  );
  const { state: members } = useLoad(loadMembers);
  // The planning's equipment is the inventory's `equipment` family (the halls' grand pianos, the projectors).
  const [equipmentIds, setEquipmentIds] = useState<string[]>([]);
  const loadEquipment = useCallback(
    async (signal: AbortSignal) => (await api.items('equipment', {}, signal)).items,
    [api],
  );
  const { state: equipment } = useLoad(loadEquipment);
  const pieces = equipment.status === 'loaded' ? equipment.value : [];
  const pieceName = (id: string) => {
    const piece = pieces.find((each) => each.itemId === id);
    return piece ? `${piece.kind}${piece.location ? ` · ${piece.location}` : ''}` : id;
  };

  const schedule = (): Schedule =>
    frequency === 'once'
      ? { kind: 'once', date, start, end }
      : { kind: 'weekly', weekday: Number(weekday), start, end, from, until, exceptions: [] };
  const activity = (acceptConflicts: boolean): NewActivity => ({
    title: title.trim(),
    schedule: schedule(),
    placeIds,
    personIds,
    classIds,
    equipmentIds,
    acceptConflicts,
  });
  const { state, save } = usePlanningSave(
    (acceptConflicts) => api.scheduleActivity(projectId, activity(acceptConflicts)),
    ({ activity: saved, occurrences }) =>
      onSaved({
        title: saved.title,
        occurrences,
        date: saved.schedule.kind === 'once' ? saved.schedule.date : saved.schedule.from,
      }),
  );
  const saving = state.status === 'saving';

  /** Every field left wrong, all at once: a form sent empty marks each one. */
  const check = (): { field: Field; message: string }[] => {
    const days = frequency === 'once' ? [date] : [from, until];
    const times = timeSpanProblem(start, end, format);
    return [
      ...(projectId ? [] : [{ field: 'project' as const, message: texts.missingProject }]),
      ...(title.trim() ? [] : [{ field: 'title' as const, message: texts.missingTitle }]),
      ...(days.every(isCalendarDate) ? [] : [{ field: 'date' as const, message: texts.missingDate }]),
      ...(times ? [{ field: 'times' as const, message: times }] : []),
    ];
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const wrong = check();
    setProblems(wrong);
    if (wrong.length === 0) void save();
  };
  const errorOn = (field: Field) => (problems.some((each) => each.field === field) ? errorId : undefined);
  const message =
    problems.length > 0
      ? problems.map((each) => each.message).join(' ')
      : state.status === 'failed'
        ? describeSaveError(state.error, format)
        : undefined;
  const conflicts = state.status === 'conflicts' || state.status === 'saving' ? state.conflicts : undefined;
  const placeName = (id: string) => places.find((place) => place.id === id)?.name ?? id;
  const classLabel = (id: string) => classes.find((each) => each.classId === id)?.label ?? id;

  return (
    <form class="form planning-form" noValidate onSubmit={submit} aria-label={texts.title}>
      <SelectField
        label={texts.project}
        value={projectId}
        onValue={setProjectId}
        errorId={errorOn('project')}
      >
        <option value="">{texts.chooseProject}</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name} ({format.projectKind(project.kind)})
          </option>
        ))}
      </SelectField>
      <InputField
        label={texts.name}
        type="text"
        value={title}
        onValue={setTitle}
        required
        errorId={errorOn('title')}
      />
      <ChoiceField
        legend={texts.frequency}
        value={frequency}
        options={[
          { value: 'once', label: texts.once },
          { value: 'weekly', label: texts.weekly },
        ]}
        onValue={setFrequency}
      />
      {frequency === 'once' ? (
        <InputField
          label={texts.date}
          type="date"
          value={date}
          onValue={setDate}
          required
          errorId={errorOn('date')}
        />
      ) : (
        <>
          <SelectField label={texts.weekday} value={weekday} onValue={setWeekday}>
            {[1, 2, 3, 4, 5, 6, 7].map((day) => (
              <option key={day} value={String(day)}>
                {format.weekday(day)}
              </option>
            ))}
          </SelectField>
          <SpanFields
            type="date"
            from={{ label: texts.from, value: from, onValue: setFrom }}
            to={{ label: texts.until, value: until, onValue: setUntil }}
            errorId={errorOn('date')}
          />
        </>
      )}
      <SpanFields
        type="time"
        from={{ label: texts.start, value: start, onValue: setStart }}
        to={{ label: texts.end, value: end, onValue: setEnd }}
        errorId={errorOn('times')}
      />
      <ChosenList
        legend={texts.places}
        chosen={placeIds.map((id) => ({ id, name: placeName(id) }))}
        empty={texts.noPlace}
        addLabel={texts.addPlace}
        placeholder={texts.choosePlace}
        format={format}
        onAdd={(id) => setPlaceIds(adding(id))}
        onRemove={(id) => setPlaceIds(removing(id))}
      >
        {sitesOf(places).map(([site, ofSite]) => (
          <optgroup key={site} label={site}>
            {ofSite.map((place) => (
              <option key={place.id} value={place.id} disabled={placeIds.includes(place.id)}>
                {place.name}
              </option>
            ))}
          </optgroup>
        ))}
      </ChosenList>
      {classes.length > 0 && (
        <ChosenList
          legend={texts.classes}
          chosen={classIds.map((id) => ({ id, name: classLabel(id) }))}
          empty={texts.noClass}
          addLabel={texts.addClass}
          placeholder={texts.chooseClass}
          format={format}
          onAdd={(id) => setClassIds(adding(id))}
          onRemove={(id) => setClassIds(removing(id))}
        >
          {classes.map((each) => (
            <option key={each.classId} value={each.classId} disabled={classIds.includes(each.classId)}>
              {each.label}
            </option>
          ))}
        </ChosenList>
      )}
      {pieces.length > 0 && (
        <ChosenList
          legend={format.messages.loans.equipmentChooser.legend}
          chosen={equipmentIds.map((id) => ({ id, name: pieceName(id) }))}
          empty={format.messages.loans.equipmentChooser.none}
          addLabel={format.messages.loans.equipmentChooser.add}
          placeholder={format.messages.loans.equipmentChooser.choose}
          format={format}
          onAdd={(id) => setEquipmentIds(adding(id))}
          onRemove={(id) => setEquipmentIds(removing(id))}
        >
          {pieces
            .filter((piece) => piece.status !== 'retired')
            .map((piece) => (
              <option key={piece.itemId} value={piece.itemId} disabled={equipmentIds.includes(piece.itemId)}>
                {pieceName(piece.itemId)}
              </option>
            ))}
        </ChosenList>
      )}
      {projectId && members.status === 'loaded' && (
        <fieldset class="choices">
          <legend>{texts.people}</legend>
          {members.value.length === 0 && <p class="muted">{texts.noMembers}</p>}
          {members.value.map((person) => (
            <label key={person.personId} class="choice__option">
              <input
                type="checkbox"
                checked={personIds.includes(person.personId)}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setPersonIds((ids) =>
                    checked ? [...ids, person.personId] : ids.filter((id) => id !== person.personId),
                  );
                }}
              />
              {format.fullName(person)}
            </label>
          ))}
        </fieldset>
      )}
      <FormAlert id={errorId} message={message} />
      {conflicts && (
        <ConflictList conflicts={conflicts} format={format} saving={saving} onSaveAnyway={() => save(true)} />
      )}
      <div class="form__actions">
        <button type="submit" class="button" aria-disabled={saving}>
          {saving ? texts.saving : texts.submit}
        </button>
      </div>
    </form>
  );
};

/** A chosen list with one more id, once. */
const adding = (id: string) => (ids: string[]) => (ids.includes(id) ? ids : [...ids, id]);

/** A chosen list without an id. */
const removing = (id: string) => (ids: string[]) => ids.filter((each) => each !== id);

/** The places by site, in the order the API gives them (by name). */
const sitesOf = (places: readonly Place[]) => {
  const bySite = new Map<string, Place[]>();
  for (const place of places) bySite.set(place.site, [...(bySite.get(place.site) ?? []), place]);
  return [...bySite];
};
