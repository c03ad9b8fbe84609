import { useId, useRef } from 'preact/hooks';
import type { Api } from '../api';
import { importsDirectory } from '../people/abilities';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { ApiError } from '../shell/http/api-errors';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { Link } from '../shell/routing/link';
import { PreparedImports } from './prepared-imports';
import { canSwitch, type SchoolYears } from './school-years';
import { SwitchYearButton } from './switch-year-button';
import { useSchoolYears } from './use-school-years';

interface SchoolYearsPageProps {
  api: Api;
  format: Format;
  me: Me;
}

/** « Année scolaire »: the current year, next year as its imports prepare it, and the switch from one to the other. */
export const SchoolYearsPage = ({ api, format, me }: SchoolYearsPageProps) => {
  const texts = format.messages.schoolYears;
  return (
    <section class="page" aria-labelledby="school-years-title">
      <h2 id="school-years-title">{texts.title}</h2>
      {importsDirectory(me.profiles) ? (
        <SchoolYearsView api={api} format={format} />
      ) : (
        <p class="notice">{texts.reserved}</p>
      )}
    </section>
  );
};

const SchoolYearsView = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.schoolYears;
  const { years, error, switched, switchYear, readAgain } = useSchoolYears(api);
  const statusLine = useRef<HTMLParagraphElement>(null);

  if (!years) {
    if (error === undefined) return <Loading format={format} />;
    if (error instanceof ApiError && error.status === 403) return <p class="notice">{texts.reserved}</p>;
    return <LoadFailure error={error} format={format} retry={readAgain} />;
  }

  const start = async () => {
    await switchYear();
    // The button leaves the page: the focus goes to the line that follows the switch.
    statusLine.current?.focus();
  };

  return (
    <div class="stack">
      <dl class="facts">
        <div class="facts__row">
          <dt>{texts.current}</dt>
          <dd>{years.current}</dd>
        </div>
      </dl>
      <p
        ref={statusLine}
        tabIndex={-1}
        class={years.switching ? 'report__status' : switched ? 'notice notice--ok' : 'visually-hidden'}
        role="status"
      >
        {years.switching
          ? texts.switching
          : switched
            ? format.fill(texts.switched, { year: years.current })
            : ''}
      </p>
      {years.switching && <SwitchProgress format={format} />}
      {error !== undefined && <LoadFailure error={error} format={format} retry={readAgain} />}
      {!years.switching && <NextYear years={years} format={format} start={start} onBusy={readAgain} />}
      <p class="muted">{texts.prepareHint}</p>
      <p>
        <Link href={paths.imports()} class="button button--secondary">
          {texts.prepare}
        </Link>
      </p>
    </div>
  );
};

const SwitchProgress = ({ format }: { format: Format }) => {
  const id = useId();
  return (
    <>
      <div class="progress">
        <label for={id} class="progress__label">
          {format.messages.imports.progress}
        </label>
        <progress id={id} />
      </div>
      <p class="muted">{format.messages.schoolYears.keepsRunning}</p>
    </>
  );
};

interface NextYearProps {
  years: SchoolYears;
  format: Format;
  start: () => Promise<void>;
  onBusy: () => void;
}

const NextYear = ({ years, format, start, onBusy }: NextYearProps) => {
  const texts = format.messages.schoolYears;
  const titleId = useId();
  if (!years.next || years.next.imports.length === 0) return <p class="notice">{texts.nothingPrepared}</p>;
  return (
    <section class="result stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{format.fill(texts.nextTitle, { year: years.next.schoolYear })}</h3>
      <p class="muted">{texts.preparedIntro}</p>
      <PreparedImports imports={years.next.imports} format={format} />
      {canSwitch(years) && (
        <SwitchYearButton year={years.next.schoolYear} format={format} switchYear={start} onBusy={onBusy} />
      )}
    </section>
  );
};
