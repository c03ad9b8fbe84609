import { useCallback, useId, useState } from 'preact/hooks';
import { mondayOf, plusDays } from '#domain/shared/calendar/calendar-days';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import type { EntryDraft, Session, SessionEntry, SessionPageData, SessionRef } from './homework-types';

interface SessionPageProps {
  api: Api;
  format: Format;
  me: Me;
  activityId: string;
  seriesDate: string;
}

/**
 * `/cahier-de-textes/seance/<activity>/<series date>`: a session of a course. Its teacher writes what was done, its
 * links and the work given, due at a later session or on a day; its classes' pupils and families read it; those
 * who keep the record read its history too.
 */
export const SessionPage = ({ api, format, me, activityId, seriesDate }: SessionPageProps) => {
  const texts = format.messages.homework;
  const load = useCallback(
    (signal: AbortSignal) => api.homeworkSession({ activityId, seriesDate }, signal),
    [api, activityId, seriesDate],
  );
  const { state, retry } = useLoad(load);
  const [savedVersion, setSavedVersion] = useState<number>();
  return (
    <section class="page homework stack--loose" aria-labelledby="session-title">
      <p class="form__status" role="status">
        {savedVersion ? format.fill(texts.saved, { version: savedVersion }) : ''}
      </p>
      <Loaded state={state} format={format} retry={retry} notFound={texts.notFound}>
        {(page) => (
          <>
            <div>
              <p class="page__kicker">{texts.title}</p>
              <h2 id="session-title">
                {format.fill(texts.sessionOf, {
                  title: page.session.title,
                  date: format.day(page.session.date),
                  start: format.time(page.session.start),
                  end: format.time(page.session.end),
                })}
              </h2>
            </div>
            {page.mayWrite ? (
              <>
                <EntryForm
                  key={page.entry?.version ?? 0}
                  api={api}
                  format={format}
                  page={page}
                  onSaved={(version) => {
                    setSavedVersion(version);
                    retry();
                  }}
                />
                <CopyToSession api={api} format={format} me={me} page={page} />
              </>
            ) : (
              <EntryView format={format} entry={page.entry} />
            )}
            {page.history && page.history.length > 0 && <History format={format} history={page.history} />}
          </>
        )}
      </Loaded>
    </section>
  );
};

const EntryView = ({ format, entry }: { format: Format; entry: SessionEntry | null }) => {
  const texts = format.messages.homework;
  if (!entry) return <p class="muted">{texts.noEntry}</p>;
  return (
    <div class="stack">
      {entry.content && (
        <section aria-labelledby="entry-content">
          <h3 id="entry-content">{texts.content}</h3>
          <p class="homework-content">{entry.content}</p>
        </section>
      )}
      {entry.links.length > 0 && (
        <section aria-labelledby="entry-links">
          <h3 id="entry-links">{texts.links}</h3>
          <ul class="homework-links">
            {entry.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer" target="_blank">
                  {link.title ?? link.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.works.length > 0 && (
        <section aria-labelledby="entry-works">
          <h3 id="entry-works">{texts.works}</h3>
          <ul class="homework-works">
            {entry.works.map((work) => (
              <li key={work.workId} class="homework-work">
                <p class="homework-work__text">{work.text}</p>
                <p class="muted">{format.fill(texts.dueOn, { date: format.day(work.dueDate) })}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
};

type WorkDraft = EntryDraft['works'][number] & { key: number; due: string };

const sessionValue = (ref: SessionRef) => `${ref.activityId}|${ref.seriesDate}`;

const draftOf = (entry: SessionEntry | null, later: readonly Session[]): WorkDraft[] =>
  (entry?.works ?? []).map((work, index) => ({
    key: index,
    workId: work.workId,
    text: work.text,
    due:
      work.dueSession &&
      later.some((session) => sessionValue(session) === sessionValue(work.dueSession as SessionRef))
        ? sessionValue(work.dueSession)
        : 'date',
    dueDate: work.dueDate,
  }));

const EntryForm = ({
  api,
  format,
  page,
  onSaved,
}: {
  api: Api;
  format: Format;
  page: SessionPageData;
  onSaved: (version: number) => void;
}) => {
  const texts = format.messages.homework;
  const errorId = useId();
  const later = page.laterSessions ?? [];
  const [content, setContent] = useState(page.entry?.content ?? '');
  const [links, setLinks] = useState(page.entry?.links.map((link, key) => ({ key, ...link })) ?? []);
  const [works, setWorks] = useState<WorkDraft[]>(() => draftOf(page.entry, later));
  const [next, setNext] = useState(100);
  const [status, setStatus] = useState<{ saving: boolean; error?: string; saved?: number }>({
    saving: false,
  });
  const firstDue = later[0] ? sessionValue(later[0]) : 'date';

  const updateWork = (key: number, change: Partial<WorkDraft>) =>
    setWorks(works.map((work) => (work.key === key ? { ...work, ...change } : work)));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.saving) return;
    setStatus({ saving: true });
    const draft: EntryDraft = {
      content,
      links: links
        .filter((link) => link.url.trim())
        .map(({ url, title }) => ({ url: url.trim(), ...(title?.trim() && { title: title.trim() }) })),
      works: works
        .filter((work) => work.text.trim())
        .map(({ workId, text, due, dueDate }) => {
          const [activityId, seriesDate] = due.split('|');
          return {
            ...(workId && { workId }),
            text: text.trim(),
            ...(due === 'date'
              ? { dueDate }
              : { dueSession: { activityId: activityId as string, seriesDate: seriesDate as string } }),
          };
        }),
      ...(page.entry && { version: page.entry.version }),
    };
    try {
      const saved = await api.writeHomeworkSession(page.session, draft);
      onSaved(saved.version);
    } catch (error) {
      setStatus({ saving: false, error: failureReason(error, format) });
    }
  };

  return (
    <form class="form homework-form" noValidate onSubmit={submit}>
      <div class="field">
        <label for="session-content">{texts.content}</label>
        <textarea
          id="session-content"
          rows={4}
          maxLength={10000}
          value={content}
          aria-describedby="session-content-hint"
          onInput={(event) => setContent(event.currentTarget.value)}
        />
        <span id="session-content-hint" class="muted">
          {texts.contentHint} {texts.attachmentsLater}
        </span>
      </div>

      <fieldset class="field-group">
        <legend>{texts.works}</legend>
        {works.map((work, index) => (
          <div key={work.key} class="homework-form__work stack">
            <div class="field">
              <label for={`work-text-${work.key}`}>{format.fill(texts.work, { number: index + 1 })}</label>
              <textarea
                id={`work-text-${work.key}`}
                rows={2}
                maxLength={2000}
                value={work.text}
                onInput={(event) => updateWork(work.key, { text: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`work-due-${work.key}`}>{texts.dueFor}</label>
              <select
                id={`work-due-${work.key}`}
                value={work.due}
                onChange={(event) => updateWork(work.key, { due: event.currentTarget.value })}
              >
                {later.map((session) => (
                  <option key={sessionValue(session)} value={sessionValue(session)}>
                    {format.fill(texts.dueForSession, { date: format.day(session.date) })}
                  </option>
                ))}
                <option value="date">{texts.dueForDate}</option>
              </select>
            </div>
            {work.due === 'date' && (
              <div class="field">
                <label for={`work-date-${work.key}`}>{texts.dueDate}</label>
                <input
                  id={`work-date-${work.key}`}
                  type="date"
                  value={work.dueDate ?? ''}
                  min={plusDays(page.session.date, 1)}
                  onInput={(event) => updateWork(work.key, { dueDate: event.currentTarget.value })}
                />
              </div>
            )}
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => setWorks(works.filter((each) => each.key !== work.key))}
            >
              {texts.removeWork}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setWorks([
              ...works,
              { key: next, text: '', due: firstDue, dueDate: plusDays(page.session.date, 1) },
            ]);
            setNext(next + 1);
          }}
        >
          {texts.addWork}
        </button>
      </fieldset>

      <fieldset class="field-group">
        <legend>{texts.links}</legend>
        {links.map((link) => (
          <div key={link.key} class="homework-form__link stack">
            <div class="field">
              <label for={`link-url-${link.key}`}>{texts.linkUrl}</label>
              <input
                id={`link-url-${link.key}`}
                type="url"
                inputMode="url"
                value={link.url}
                onInput={(event) =>
                  setLinks(
                    links.map((each) =>
                      each.key === link.key ? { ...each, url: event.currentTarget.value } : each,
                    ),
                  )
                }
              />
            </div>
            <div class="field">
              <label for={`link-title-${link.key}`}>{texts.linkTitle}</label>
              <input
                id={`link-title-${link.key}`}
                value={link.title ?? ''}
                onInput={(event) =>
                  setLinks(
                    links.map((each) =>
                      each.key === link.key ? { ...each, title: event.currentTarget.value } : each,
                    ),
                  )
                }
              />
            </div>
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => setLinks(links.filter((each) => each.key !== link.key))}
            >
              {texts.removeLink}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setLinks([...links, { key: next, url: '', title: '' }]);
            setNext(next + 1);
          }}
        >
          {texts.addLink}
        </button>
      </fieldset>

      <FormAlert id={errorId} message={status.error} />
      <button type="submit" class="button" aria-disabled={status.saving}>
        {texts.save}
      </button>
    </form>
  );
};

/** The same lesson to another class: one of the teacher's other sessions of the week. */
const CopyToSession = ({
  api,
  format,
  me,
  page,
}: {
  api: Api;
  format: Format;
  me: Me;
  page: SessionPageData;
}) => {
  const texts = format.messages.homework;
  const monday = mondayOf(page.session.date);
  const load = useCallback(
    (signal: AbortSignal) =>
      api.agenda('person', me.personId, { from: monday, to: plusDays(monday, 6) }, signal),
    [api, me.personId, monday],
  );
  const { state } = useLoad(load);
  const [target, setTarget] = useState('');
  const [status, setStatus] = useState<{ busy: boolean; error?: string; done?: boolean }>({ busy: false });
  if (!page.entry || state.status !== 'loaded') return null;
  const others = state.value.days
    .flatMap((day) => day.items)
    .filter(
      (item) =>
        item.personIds.includes(me.personId) &&
        item.classIds.length > 0 &&
        sessionValue(item) !== sessionValue(page.session),
    );
  if (others.length === 0) return null;
  const copy = async (event: Event) => {
    event.preventDefault();
    const [activityId, seriesDate] = (target || sessionValue(others[0] as SessionRef)).split('|');
    setStatus({ busy: true });
    try {
      await api.copyHomeworkSession(page.session, {
        activityId: activityId as string,
        seriesDate: seriesDate as string,
      });
      setStatus({ busy: false, done: true });
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };
  return (
    <form class="form sheet__section" noValidate onSubmit={copy}>
      <div class="field">
        <label for="copy-target">{texts.copy}</label>
        <select id="copy-target" value={target} onChange={(event) => setTarget(event.currentTarget.value)}>
          {others.map((item) => (
            <option key={sessionValue(item)} value={sessionValue(item)}>
              {`${format.day(item.date)}, ${format.timeSpan(item.start, item.end)} · ${item.title}`}
            </option>
          ))}
        </select>
      </div>
      <FormAlert id="copy-error" message={status.error} />
      <p class="form__status" role="status">
        {status.done ? texts.copied : ''}
      </p>
      <button type="submit" class="button button--secondary" aria-disabled={status.busy}>
        {texts.copy}
      </button>
    </form>
  );
};

const History = ({ format, history }: { format: Format; history: SessionEntry[] }) => {
  const texts = format.messages.homework;
  return (
    <section class="sheet__section" aria-labelledby="session-history">
      <h3 id="session-history">{texts.history}</h3>
      <ol class="homework-history">
        {[...history].reverse().map((version) => (
          <li key={version.version}>
            <details>
              <summary>
                {format.fill(texts.version, {
                  version: version.version,
                  name: version.writtenBy.name,
                  date: format.instant(version.writtenAt),
                })}
              </summary>
              <EntryView format={format} entry={version} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
};
