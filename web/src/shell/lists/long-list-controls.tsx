import { useId } from 'preact/hooks';
import { type Format, fill } from '../i18n/format';
import { listPageSize } from './name-match';
import type { LongList } from './use-long-list';

/** The name filter of a long list: it narrows the list as one types, with no button. */
export const NameFilterField = ({ list, format }: { list: LongList<unknown>; format: Format }) => {
  const id = useId();
  return (
    <div class="filters__field filters__field--name">
      <label for={id}>{format.messages.longList.filterByName}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={list.typed}
        onInput={(event) => list.filter(event.currentTarget.value)}
      />
    </div>
  );
};

/**
 * Under a long list: how many of the matching items are shown, and a button for the next ones while there are
 * more. Nothing when the list is shown whole.
 */
export const ShowMore = ({ list, format }: { list: LongList<unknown>; format: Format }) => {
  const texts = format.messages.longList;
  const shown = list.items.length;
  if (shown >= list.total) return null;
  return (
    <div class="show-more">
      <p class="show-more__count">{fill(texts.shownOf, { shown, total: list.total })}</p>
      <button type="button" class="button button--secondary" onClick={list.showMore}>
        {fill(texts.showMore, { count: Math.min(listPageSize, list.total - shown) })}
      </button>
    </div>
  );
};
