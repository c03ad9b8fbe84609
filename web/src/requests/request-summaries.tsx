import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import type { FormRequestSummary } from './request-types';
import { StateBadge } from './state-badge';

interface RequestSummariesProps {
  items: FormRequestSummary[];
  format: Format;
  label: string;
  /** One's own requests need not say who sent them. */
  mine?: boolean;
}

/** Requests as cards: the form, the state, the project, who and when, and how many comments. */
export const RequestSummaries = ({ items, format, label, mine = false }: RequestSummariesProps) => {
  const texts = format.messages.requests.list;
  return (
    <ul class="cards request-cards" aria-label={label}>
      {items.map((request) => (
        <li key={request.id} class="card request-card">
          <Link href={paths.request(request.id)} class="card__title">
            {request.formTitle}
          </Link>
          <StateBadge state={request.state} format={format} />
          <span class="card__detail">
            {mine
              ? format.fill(texts.mineSummary, {
                  project: request.projectName,
                  date: format.instant(request.submittedAt),
                })
              : format.fill(texts.summary, {
                  project: request.projectName,
                  name: request.submittedBy.name,
                  date: format.instant(request.submittedAt),
                })}
          </span>
          {request.commentCount > 0 && (
            <span class="card__detail">{format.count(texts.comments, request.commentCount)}</span>
          )}
        </li>
      ))}
    </ul>
  );
};
