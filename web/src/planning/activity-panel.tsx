import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { CancelForm } from './cancel-form';
import { Fact, Names } from './facts';
import { SelectField } from './fields';
import { Modal } from './modal';
import { MoveForm } from './move-form';
import type { ActivityDetail, Occurrence, PlanningConflict, ProjectSheet } from './planning-types';
import { occurrenceText, scheduleText } from './schedule-text';
import { usePlacesById } from './use-places-by-id';

interface ActivityPanelProps {
  api: Api;
  format: Format;
  activityId: string;
  /** The occurrence opened on a planning, by its series date. */
  seriesDate?: string;
  /** Where a planner dropped the block: the panel opens on the move form, starting there. */
  proposedMove?: { date: string; start: string };
  canWrite: boolean;
  onClose: () => void;
  /** After a move or a cancellation: the planning reloads. */
  onChanged: () => void;
}

/** The API may add the overlaps the activity has now; the contract does not promise them. */
type Detail = ActivityDetail & { conflicts?: PlanningConflict[] };

interface PanelData {
  detail: Detail;
  /** For the names of the people and classes; a project sheet that does not load leaves their ids. */
  sheet?: ProjectSheet;
}

/**
 * An activity opened from a planning, in a dialog: its project, when, where, who, its occurrences; planners
 * move or cancel it from there.
 */
export const ActivityPanel = ({
  api,
  format,
  activityId,
  seriesDate,
  proposedMove,
  canWrite,
  onClose,
  onChanged,
}: ActivityPanelProps) => {
  const texts = format.messages.planning.activity;
  const load = useCallback(
    async (signal: AbortSignal): Promise<PanelData> => {
      const detail = await api.activity(activityId, signal);
      const sheet = await api.project(detail.project.id, signal).catch(() => undefined);
      return { detail, sheet };
    },
    [api, activityId],
  );
  const { state, retry } = useLoad(load);
  const title = state.status === 'loaded' ? state.value.detail.activity.title : texts.title;

  return (
    <Modal title={title} closeLabel={texts.close} onClose={onClose}>
      <Loaded state={state} notFound={texts.notFound} format={format} retry={retry}>
        {(loaded) => (
          <ActivityContent
            api={api}
            format={format}
            loaded={loaded}
            seriesDate={seriesDate}
            proposedMove={proposedMove}
            canWrite={canWrite}
            onChanged={onChanged}
          />
        )}
      </Loaded>
    </Modal>
  );
};

interface ActivityContentProps
  extends Pick<
    ActivityPanelProps,
    'api' | 'format' | 'seriesDate' | 'proposedMove' | 'canWrite' | 'onChanged'
  > {
  loaded: PanelData;
}

const ActivityContent = ({
  api,
  format,
  loaded: { detail, sheet },
  seriesDate,
  proposedMove,
  canWrite,
  onChanged,
}: ActivityContentProps) => {
  const texts = format.messages.planning.activity;
  const { activity, project, occurrences } = detail;
  const places = usePlacesById(api);
  const [chosen, setChosen] = useState(() => chosenOccurrence(occurrences, seriesDate, format.today()));
  const occurrence = occurrences.find((each) => each.seriesDate === chosen);
  const [mode, setMode] = useState<'view' | 'move' | 'cancel'>(proposedMove && occurrence ? 'move' : 'view');
  const personName = (personId: string) => {
    const person = sheet?.people.find((each) => each.personId === personId);
    return person ? format.fullName(person) : personId;
  };
  const classLabel = (classId: string) =>
    sheet?.classes.find((each) => each.classId === classId)?.label ?? classId;
  const planned = activity.status === 'planned';

  return (
    <div class="activity">
      {!planned && <p class="notice">{texts.cancelled}</p>}
      <dl class="facts facts--compact">
        <Fact label={texts.project}>
          <Link href={paths.project(project.id)}>{project.name}</Link> ({format.projectKind(project.kind)})
        </Fact>
        <Fact label={texts.when}>{scheduleText(activity.schedule, format)}</Fact>
        {occurrence && activity.schedule.kind === 'weekly' && (
          <Fact label={texts.thisOccurrence}>{occurrenceText(occurrence, format)}</Fact>
        )}
        <Fact label={texts.places}>
          <Names
            empty={texts.noPlaces}
            items={activity.placeIds.map((placeId) => (
              <Link key={placeId} href={paths.planningWeek('place', placeId, { date: occurrence?.date })}>
                {places.get(placeId)?.name ?? placeId}
              </Link>
            ))}
          />
        </Fact>
        <Fact label={texts.people}>
          <Names empty={texts.noPeople} items={activity.personIds.map(personName)} />
        </Fact>
        <Fact label={texts.classes}>
          <Names empty={texts.noClasses} items={activity.classIds.map(classLabel)} />
        </Fact>
      </dl>
      {activity.conflictsAccepted && <p class="activity__accepted">{texts.conflictsAccepted}</p>}
      {detail.conflicts && detail.conflicts.length > 0 && (
        <div class="notice notice--conflict">
          <p class="notice__main">
            <span aria-hidden="true">⚠ </span>
            {texts.conflicts}
          </p>
          <ul class="conflicts">
            {detail.conflicts.map((conflict) => (
              <li key={`${conflict.resource.id}:${conflict.activityId}:${conflict.date}`}>
                {format.fill(format.messages.planning.conflicts.item, {
                  resource: conflict.resource.label,
                  title: conflict.title,
                  date: format.day(conflict.date),
                  time: format.timeSpan(conflict.start, conflict.end),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details class="activity__occurrences">
        <summary>
          {texts.allOccurrences} ({format.count(texts.occurrences, occurrences.length)})
        </summary>
        <ol>
          {occurrences.map((each) => (
            <li key={each.seriesDate}>
              {occurrenceText(each, format)}
              {each.moved && ` (${format.messages.planning.moved})`}
            </li>
          ))}
        </ol>
      </details>
      {canWrite && planned && occurrences.length > 1 && mode === 'view' && (
        <SelectField label={texts.thisOccurrence} value={chosen ?? ''} onValue={setChosen}>
          {occurrences.map((each) => (
            <option key={each.seriesDate} value={each.seriesDate}>
              {occurrenceText(each, format)}
            </option>
          ))}
        </SelectField>
      )}
      {canWrite && planned && mode === 'view' && (
        <div class="form__actions">
          {occurrence && (
            <button type="button" class="button" onClick={() => setMode('move')}>
              {texts.move}
            </button>
          )}
          <button type="button" class="button button--secondary" onClick={() => setMode('cancel')}>
            {texts.cancel}
          </button>
        </div>
      )}
      {mode === 'move' && occurrence && (
        <MoveForm
          api={api}
          format={format}
          activity={activity}
          occurrence={occurrence}
          proposed={proposedMove}
          onMoved={onChanged}
          onBack={() => setMode('view')}
        />
      )}
      {mode === 'cancel' && (
        <CancelForm
          api={api}
          format={format}
          activity={activity}
          occurrence={occurrence}
          onCancelled={onChanged}
          onBack={() => setMode('view')}
        />
      )}
    </div>
  );
};

/** The occurrence opened, or else the next one from today, or else the last one. */
const chosenOccurrence = (
  occurrences: readonly Occurrence[],
  seriesDate: string | undefined,
  today: string,
) =>
  (
    occurrences.find((each) => each.seriesDate === seriesDate) ??
    occurrences.find((each) => each.date >= today) ??
    occurrences.at(-1)
  )?.seriesDate;
