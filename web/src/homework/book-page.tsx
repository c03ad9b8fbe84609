import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import type { BookKind } from './homework-types';
import { Shelf } from './shelf';

interface BookPageProps {
  api: Api;
  format: Format;
  me: Me;
  kind: BookKind;
  id: string;
}

/** `/cahier-de-textes/<classe|professeur>/<id>`: a book for the year, its PDF, and a class's shelf beside it. */
export const BookPage = ({ api, format, kind, id }: BookPageProps) => {
  const texts = format.messages.homework;
  const load = useCallback((signal: AbortSignal) => api.homeworkBook(kind, id, signal), [api, kind, id]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page homework stack--loose" aria-labelledby="book-title">
      <Loaded state={state} format={format} retry={retry} notFound={texts.notFound}>
        {(book) => (
          <>
            <div>
              <h2 id="book-title">{format.fill(texts.book, { label: book.label })}</h2>
              <p class="page__intro">{`${texts.year} ${book.schoolYear.replace('-', '–')}`}</p>
            </div>
            <PdfButton api={api} format={format} kind={kind} id={id} year={book.schoolYear} />
            {book.entries.length === 0 ? (
              <p class="muted">{texts.noBookEntries}</p>
            ) : (
              <ol class="homework-book">
                {book.entries.map((entry) => (
                  <li key={`${entry.session.activityId}#${entry.session.seriesDate}`} class="card">
                    <Link
                      href={paths.homeworkSession(entry.session.activityId, entry.session.seriesDate)}
                      class="card__title"
                    >
                      {`${format.day(entry.session.date)} · ${entry.session.title}`}
                    </Link>
                    {entry.content && <span class="card__detail homework-content">{entry.content}</span>}
                    {entry.works.map((work) => (
                      <span key={work.workId} class="card__detail">
                        {`${format.fill(texts.dueOn, { date: format.day(work.dueDate) })} : ${work.text}`}
                      </span>
                    ))}
                    <span class="card__detail">{format.fill(texts.by, { name: entry.writtenBy.name })}</span>
                  </li>
                ))}
              </ol>
            )}
            {kind === 'class' && <Shelf api={api} format={format} classId={id} />}
          </>
        )}
      </Loaded>
    </section>
  );
};

const PdfButton = ({
  api,
  format,
  kind,
  id,
  year,
}: {
  api: Api;
  format: Format;
  kind: BookKind;
  id: string;
  year: string;
}) => {
  const texts = format.messages.homework;
  const [status, setStatus] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const download = async () => {
    setStatus({ busy: true });
    try {
      const file = await api.homeworkBookPdf(kind, id);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `cahier-de-textes-${id}-${year}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setStatus({ busy: false });
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };
  return (
    <div>
      <button
        type="button"
        class="button button--secondary"
        aria-disabled={status.busy}
        onClick={() => {
          if (!status.busy) void download();
        }}
      >
        {texts.downloadPdf}
      </button>
      {status.error && (
        <p class="notice notice--error" role="alert">
          {status.error}
        </p>
      )}
    </div>
  );
};
