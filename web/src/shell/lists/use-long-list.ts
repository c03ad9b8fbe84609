import { useMemo, useState } from 'preact/hooks';
import { listPageSize, pageOfList } from './name-match';

/**
 * A long list narrowed by name and shown a page at a time: typing in the filter, or another list (other filters,
 * another search), starts again from the first page. `items` should keep its identity while the list is the same
 * (state, or memoized), and `nameOf` be a stable function (defined outside the component).
 */
export const useLongList = <Item>(items: readonly Item[], nameOf: (item: Item) => string) => {
  const [typed, setTyped] = useState('');
  const [paging, setPaging] = useState({ items, shown: listPageSize });
  const shown = paging.items === items ? paging.shown : listPageSize;
  const page = useMemo(() => pageOfList(items, { typed, shown, nameOf }), [items, typed, shown, nameOf]);
  return {
    typed,
    filter: (text: string) => {
      setTyped(text);
      setPaging({ items, shown: listPageSize });
    },
    items: page.items,
    total: page.total,
    showMore: () => setPaging({ items, shown: shown + listPageSize }),
  };
};

export type LongList<Item> = ReturnType<typeof useLongList<Item>>;
