import type { Format } from '../shell/i18n/format';
import type { AgendaItem } from './planning-types';

/**
 * Above a planning: how many activities in view overlap another, and which, so that none goes unseen. Named in
 * time order; items that start together keep the order they came in (place by place on the day of places).
 */
export const ConflictSummary = ({ items, format }: { items: readonly AgendaItem[]; format: Format }) => {
  const titles = [
    ...new Set(
      items
        .filter((item) => item.conflictsWith.length > 0)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map((item) => item.title),
    ),
  ];
  if (titles.length === 0) return null;
  return (
    <p class="notice notice--conflict">
      <span>
        <span aria-hidden="true">⚠ </span>
        {format.fill(format.count(format.messages.planning.conflictsInView, titles.length), {
          titles: titles.join(', '),
        })}
      </span>
    </p>
  );
};
