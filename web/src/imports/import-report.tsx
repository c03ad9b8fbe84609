import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { ApiError } from '../shell/http/api-errors';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { Link } from '../shell/routing/link';
import { describeApplyError } from './describe-import-error';
import { failureText, stoppedPartWay } from './failure-text';
import { canApply, type ImportJob, isRunning, stepOf } from './import-job';
import { hasErrors } from './import-problems';
import { ImportProgress } from './import-progress';
import { ImportSteps } from './import-steps';
import { MappingCheck } from './mapping-check';
import { ProblemsTable } from './problems-table';
import { progressAnnouncement } from './progress-text';
import { summaryText } from './summary-text';
import { useImportJob } from './use-import-job';

interface ImportReportProps {
  api: Api;
  format: Format;
  jobId: string;
  /** When the report replaces the form, the focus goes to its title rather than being lost. */
  focusOnShow: boolean;
  /** The job's files, when they were chosen on this page. */
  files: readonly File[] | undefined;
  /** A spreadsheet checked again with other columns makes a new job. */
  onChecked: (jobId: string, files: File[]) => void;
}

/** Steps 2 and 3: the report of the check, then the import itself, followed as the backend works. */
export const ImportReport = ({ api, format, jobId, focusOnShow, files, onChecked }: ImportReportProps) => {
  const texts = format.messages.imports;
  const { job, error, apply, retry } = useImportJob(api, jobId);
  if (job) {
    const recheck = rereadsColumns(job) && (
      <MappingCheck {...{ api, format, job, files, onChecked }} key={job.jobId} />
    );
    return <JobReport {...{ job, format, apply, focusOnShow, recheck }} readError={error} retry={retry} />;
  }
  if (error === undefined) return <Loading format={format} />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return (
      <div class="stack">
        <p class="notice">{error.status === 404 ? texts.notFound : texts.forbidden}</p>
        <NewImportLink format={format} />
      </div>
    );
  }
  return <LoadFailure error={error} format={format} retry={retry} />;
};

interface JobReportProps {
  job: ImportJob;
  format: Format;
  apply: (confirmYear?: string) => Promise<void>;
  focusOnShow: boolean;
  /** A reading of the job that failed on the way; the last one read stays shown. */
  readError: unknown;
  retry: () => void;
  /** The columns of a spreadsheet, to check again with others. */
  recheck: ComponentChildren;
}

/** A spreadsheet once checked, or whose check failed (the columns may be why), can be read with other columns. */
const rereadsColumns = (job: ImportJob) =>
  job.source === 'spreadsheet' &&
  (job.status === 'planned' || (job.status === 'failed' && job.summary === null));

const JobReport = ({ job, format, apply, focusOnShow, readError, retry, recheck }: JobReportProps) => {
  const texts = format.messages.imports;
  const step = stepOf(job);
  const running = isRunning(job.status);
  const title = useRef<HTMLHeadingElement>(null);
  // Only when the report appears: later changes of step are read out by the status line instead.
  useEffect(() => {
    if (focusOnShow) title.current?.focus();
  }, []);

  return (
    <div class="stack">
      <ImportSteps current={step} format={format} />
      <div class="report__heading">
        <h3 ref={title} tabIndex={-1}>
          {step === 'apply' ? texts.applyTitle : texts.reportTitle}
        </h3>
        <p class="muted">
          {format.fill(texts.jobOf, { source: sourceOf(job, format), date: format.instant(job.createdAt) })}
          {job.target === 'next' && (
            <>
              {' '}
              <span class="badge badge--warning">{texts.forNextYear}</span>
            </>
          )}
        </p>
        <p class="report__files">{job.files.join(', ')}</p>
      </div>
      <p class={running ? 'report__status' : 'visually-hidden'} role="status">
        {progressAnnouncement(job, format)}
      </p>
      {running && (
        <>
          <ImportProgress job={job} format={format} />
          <p class="muted">{texts.keepsRunning}</p>
        </>
      )}
      {readError !== undefined && <LoadFailure error={readError} format={format} retry={retry} />}
      <JobOutcome job={job} format={format} apply={apply} />
      {!running && job.problemCount > 0 && <ProblemsTable job={job} format={format} />}
      {recheck}
    </div>
  );
};

/** The source of a job; a spreadsheet also by the name it was given. */
const sourceOf = (job: ImportJob, format: Format) => {
  const { sourceNames, sourceNamed } = format.messages.imports;
  const source = sourceNames[job.source] ?? job.source;
  return job.sourceName ? format.fill(sourceNamed, { source, name: job.sourceName }) : source;
};

interface JobOutcomeProps {
  job: ImportJob;
  format: Format;
  apply: (confirmYear?: string) => Promise<void>;
}

/** What became of the job once the backend stops: a summary, and what can be done next. */
const JobOutcome = ({ job, format, apply }: JobOutcomeProps) => {
  const texts = format.messages.imports;
  const failure = failureText(job, format);
  switch (job.status) {
    case 'planning':
    case 'applying':
      return null;
    case 'created':
      return (
        <>
          <p class="notice">{texts.notChecked}</p>
          <NewImportLink format={format} />
        </>
      );
    case 'planned':
      return <CheckedOutcome job={job} format={format} apply={apply} />;
    case 'applied':
      return (
        <>
          <div class="notice notice--ok">
            <p class="notice__main">{texts.applied}</p>
            {job.summary && <p>{summaryText(job.summary, 'applied', format)}</p>}
            {job.target === 'next' && <p>{texts.preparedForNextYear}</p>}
          </div>
          {job.target === 'next' && (
            <p>
              <Link href={paths.schoolYears}>{texts.schoolYearLink}</Link>
            </p>
          )}
          <NewImportLink format={format} />
        </>
      );
    case 'failed':
      return (
        <>
          <div class="notice notice--error" role="alert">
            <p>{failure.message}</p>
            {failure.doneSoFar && <p>{failure.doneSoFar}</p>}
          </div>
          {job.summary ? (
            <CheckedOutcome job={job} format={format} apply={apply} />
          ) : (
            <NewImportLink format={format} />
          )}
        </>
      );
  }
};

/** A checked job: what it will do; the way on, or what stands in it. */
const CheckedOutcome = ({ job, format, apply }: JobOutcomeProps) => {
  const texts = format.messages.imports;
  const warningsOnly = job.problems.length > 0 && !hasErrors(job.problems);
  return (
    <>
      {job.summary && !stoppedPartWay(job) && (
        <p class="report__summary">{summaryText(job.summary, 'planned', format)}</p>
      )}
      {canApply(job) ? (
        <>
          {job.status === 'failed' && <p>{texts.retryHint}</p>}
          {warningsOnly && <p class="muted">{texts.warningsOnly}</p>}
          <ApplyButton format={format} apply={apply} yearToConfirm={job.yearToConfirm ?? undefined} />
        </>
      ) : (
        <>
          <p class="notice notice--error">{texts.blocked}</p>
          <NewImportLink format={format} />
        </>
      )}
    </>
  );
};

/** Applies the job; files of another school year are applied only once that year is confirmed (a checkbox). */
const ApplyButton = ({
  format,
  apply,
  yearToConfirm,
}: {
  format: Format;
  apply: (confirmYear?: string) => Promise<void>;
  yearToConfirm?: string;
}) => {
  const texts = format.messages.imports;
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [confirmed, setConfirmed] = useState(false);
  const errorId = useId();
  const blocked = sending || (yearToConfirm !== undefined && !confirmed);

  const click = () => {
    if (blocked) return;
    setSending(true);
    setError(undefined);
    // Once accepted, the job is applying and this button leaves the page.
    apply(yearToConfirm).catch((failure: unknown) => {
      setSending(false);
      setError(describeApplyError(failure, format));
    });
  };

  return (
    <div class="report__apply">
      {yearToConfirm !== undefined && (
        <>
          <p class="notice">{format.fill(texts.yearToConfirm, { year: yearToConfirm })}</p>
          <p>
            <label>
              <input
                type="checkbox"
                checked={confirmed}
                onChange={(event) => setConfirmed(event.currentTarget.checked)}
              />{' '}
              {format.fill(texts.confirmYear, { year: yearToConfirm })}
            </label>
          </p>
        </>
      )}
      <FormAlert id={errorId} message={error} />
      <button
        type="button"
        class="button"
        aria-disabled={blocked}
        aria-describedby={error ? errorId : undefined}
        onClick={click}
      >
        {texts.apply}
      </button>
      <p class={sending ? 'form__status' : 'visually-hidden'} role="status">
        {sending ? texts.applyStarting : ''}
      </p>
    </div>
  );
};

const NewImportLink = ({ format }: { format: Format }) => (
  <p>
    <Link href={paths.imports()} class="button button--secondary">
      {format.messages.imports.newImport}
    </Link>
  </p>
);
