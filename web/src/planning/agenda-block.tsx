import { minutesOf } from '#domain/shared/calendar/time-of-day';
import type { Format } from '../shell/i18n/format';
import type { AgendaItem } from './planning-types';

interface AgendaBlockProps {
  item: AgendaItem;
  /** The places' names, when the planning is not that of the place itself. */
  placeNames?: readonly string[];
  /** The titles of the activities in view, to name those an item overlaps. */
  titles: ReadonlyMap<string, string>;
  format: Format;
  onOpen: (item: AgendaItem) => void;
  /** Planners drag a block to another time to move it. */
  draggable?: boolean;
  /**
   * On a narrow block (the day of the places): lines that do not wrap, and the start time only; pointed at or
   * focused, the block widens to show its whole time, title and place.
   */
  compact?: boolean;
  /** In a list of activities rather than a grid: as tall as its lines, whatever its length. */
  listed?: boolean;
}

/** Up to three quarters of an hour, a block of the week is too short for lines of its own. */
const isShort = ({ start, end }: { start: string; end: string }) => minutesOf(end) - minutesOf(start) <= 45;

/**
 * An activity on a planning: its time, title and place, coloured by its project's kind. A conflict is shown by
 * a border, an icon on the first line (seen even on a short block) and words, not by colour alone. The whole
 * block is a button that opens the activity.
 */
export const AgendaBlock = ({
  item,
  placeNames,
  titles,
  format,
  onOpen,
  draggable,
  compact,
  listed,
}: AgendaBlockProps) => {
  const { planning } = format.messages;
  const inConflict = item.conflictsWith.length > 0;
  const conflictText = inConflict
    ? format.fill(planning.conflictWith, {
        titles: [...new Set(item.conflictsWith.map((id) => titles.get(id) ?? planning.anotherActivity))].join(
          ', ',
        ),
      })
    : undefined;
  const time = format.timeSpan(item.start, item.end);
  const optionText = item.hold
    ? format.fill(planning.optionOf, { date: format.date(item.hold.until) })
    : undefined;
  const where = placeNames?.join(', ');
  const layout = listed
    ? ''
    : compact
      ? ` block--compact${isShort(item) ? ' block--tiny' : ''}`
      : isShort(item)
        ? ' block--short'
        : '';
  return (
    <button
      type="button"
      class={`block block--${item.projectKind}${inConflict ? ' block--conflict' : ''}${item.hold ? ' block--option' : ''}${layout}${listed ? ' block--listed' : ''}`}
      title={[time, item.title, where, optionText, conflictText].filter(Boolean).join(' · ')}
      draggable={draggable}
      onDragStart={(event) => {
        // Where the block was grabbed, so that its top lands where the pointer shows it on the drop.
        const grabbedAt = Math.round(event.clientY - event.currentTarget.getBoundingClientRect().top);
        event.dataTransfer?.setData('text/plain', `${item.activityId} ${item.seriesDate} ${grabbedAt}`);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => onOpen(item)}
    >
      <span class="block__time">
        {inConflict && (
          <span class="block__icon" aria-hidden="true">
            ⚠{' '}
          </span>
        )}
        {layout ? (
          <span class="block__start" aria-hidden="true">
            {format.time(item.start)}
          </span>
        ) : (
          time
        )}
        {compact && (
          <span class="block__span" aria-hidden="true">
            {time}
          </span>
        )}
        {layout && <span class="visually-hidden">{time}</span>}
        {item.moved && ` (${planning.moved})`}
      </span>
      <span class="block__title">
        {item.hold && <span class="block__option">{planning.option}</span>}
        {item.title}
      </span>
      {where && <span class="block__place">{where}</span>}
      {conflictText && <span class="block__conflict">{conflictText}</span>}
      <span class="visually-hidden">{format.projectKind(item.projectKind)}</span>
    </button>
  );
};
