import { useCallback, useState } from 'preact/hooks';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import type { Api } from '../api';
import { paths } from '../routes';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import type { DueList } from './homework-types';
import { Shelf } from './shelf';

interface DueWorkProps {
  api: Api;
  format: Format;
  pupilId: string;
  /** The pupil ticks their own work; a guardian sees the ticks. */
  ticks: boolean;
  /** The heading's id, when the list has its own heading. */
  labelledBy?: string;
  /** The pupil's class's shelf below the list. */
  withShelf?: boolean;
}

/** A pupil's work by due day: « Pour demain » first, then the days after, each work with its tick. */
export const DueWork = ({ api, format, pupilId, ticks, labelledBy, withShelf = false }: DueWorkProps) => {
  const texts = format.messages.homework;
  const load = useCallback((signal: AbortSignal) => api.dueWork(pupilId, signal), [api, pupilId]);
  const { state, retry } = useLoad(load);
  return (
    <Loaded state={state} format={format} retry={retry} notFound={texts.notFound}>
      {(list) => (
        <>
          {list.days.length === 0 ? (
            <p class="muted">{texts.nothingDue}</p>
          ) : (
            <ol class="homework-days" aria-labelledby={labelledBy}>
              {list.days.map((day) => (
                <li key={day.date} class="homework-day">
                  <h3 class="homework-day__title">
                    {day.date === plusDays(list.today, 1)
                      ? texts.forTomorrow
                      : format.fill(texts.dueOn, { date: format.day(day.date) })}
                  </h3>
                  <ul class="homework-works">
                    {day.works.map((work) => (
                      <WorkItem
                        key={work.workId}
                        api={api}
                        format={format}
                        list={list}
                        work={work}
                        ticks={ticks}
                      />
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          {withShelf && list.classIds[0] && <Shelf api={api} format={format} classId={list.classIds[0]} />}
        </>
      )}
    </Loaded>
  );
};

type ListedWork = DueList['days'][number]['works'][number];

const WorkItem = ({
  api,
  format,
  list,
  work,
  ticks,
}: {
  api: Api;
  format: Format;
  list: DueList;
  work: ListedWork;
  ticks: boolean;
}) => {
  const texts = format.messages.homework;
  const [done, setDone] = useState(work.done);
  const [error, setError] = useState<string>();
  const id = `work-${work.workId}`;
  const tick = async (value: boolean) => {
    setDone(value);
    setError(undefined);
    try {
      await api.tickWork(list.pupil.personId, {
        activityId: work.session.activityId,
        seriesDate: work.session.seriesDate,
        workId: work.workId,
        done: value,
      });
    } catch (failure) {
      setDone(!value);
      setError(failureReason(failure, format));
    }
  };
  const given = format.fill(texts.givenIn, {
    title: work.session.title,
    date: format.day(work.session.date),
  });
  return (
    <li class={`homework-work${done ? ' homework-work--done' : ''}`}>
      {ticks ? (
        <label class="homework-work__tick" for={id}>
          <input
            id={id}
            type="checkbox"
            checked={done}
            onChange={(event) => void tick(event.currentTarget.checked)}
          />
          <span class="homework-work__text">{work.text}</span>
        </label>
      ) : (
        <p class="homework-work__text">
          {work.text}
          {done && <span class="badge homework-work__done">{texts.done}</span>}
        </p>
      )}
      <Link
        href={paths.homeworkSession(work.session.activityId, work.session.seriesDate)}
        class="homework-work__from"
      >
        {given}
      </Link>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
};
