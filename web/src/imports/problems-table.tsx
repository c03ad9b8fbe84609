import { useId, useMemo } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';
import type { ImportJob, ImportProblem } from './import-job';
import { problemPlace, problemReason, sortProblems } from './import-problems';

/** The problems of a check, errors first; a table on a wide screen, a card per problem on a phone. */
export const ProblemsTable = ({ job, format }: { job: ImportJob; format: Format }) => {
  const texts = format.messages.imports;
  const titleId = useId();
  const problems = useMemo(() => sortProblems(job.problems), [job.problems]);
  const { columns } = texts;
  return (
    <section class="report__problems" aria-labelledby={titleId}>
      <h4 id={titleId}>{texts.problemsTitle}</h4>
      <p class="muted">
        {format.count(texts.problemCount, job.problemCount)}
        {job.problemCount > problems.length &&
          ` · ${format.fill(texts.firstProblems, { shown: format.number(problems.length) })}`}
      </p>
      <table class="problems" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{columns.severity}</th>
            <th scope="col">{columns.file}</th>
            <th scope="col">{columns.place}</th>
            <th scope="col">{columns.field}</th>
            <th scope="col">{columns.reason}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            // Two problems may be alike in every field: their rank in the report tells them apart.
            <ProblemRow key={index} problem={problem} format={format} />
          ))}
        </tbody>
      </table>
    </section>
  );
};

const ProblemRow = ({ problem, format }: { problem: ImportProblem; format: Format }) => {
  const { columns, severities } = format.messages.imports;
  const place = problemPlace(problem, format);
  return (
    <tr>
      <td class="problems__severity">
        <span class={problem.severity === 'error' ? 'badge badge--error' : 'badge badge--warning'}>
          {severities[problem.severity]}
        </span>
      </td>
      <td class="problems__file">{problem.file}</td>
      <OptionalCell class="problems__place" label={columns.place} value={place} />
      <OptionalCell class="problems__field" label={columns.field} value={problem.field} />
      <td class="problems__reason">{problemReason(problem, format)}</td>
    </tr>
  );
};

/** A cell that may be empty: a dash in the table, nothing on a card; on a card, its column names it. */
const OptionalCell = ({
  class: className,
  label,
  value,
}: {
  class: string;
  label: string;
  value?: string;
}) =>
  value ? (
    <td class={className} data-label={label}>
      {value}
    </td>
  ) : (
    <td class={`${className} problems__none`}>
      <span aria-hidden="true">—</span>
    </td>
  );
