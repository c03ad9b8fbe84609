import { useMemo, useState } from 'preact/hooks';
import { listPageSize, pageOfList } from './name-match';

/**
 * A long list narrowed by name and shown a page at a time: typing in the filter starts again from the first page.
 * `nameOf` should be a stable function (defined outside the component).
 */
export const useLongList = <Item>(items: readonly Item[], nameOf: (item: Item) => string) => {
  const [typed, setTyped] = useState('');
  const [shown, setShown] = useState(listPageSize);
  const page = useMemo(() => pageOfList(items, { typed, shown, nameOf }), [items, typed, shown, nameOf]);
  return {
    typed,
    filter: (text: string) => {
      setTyped(text);
      setShown(listPageSize);
    },
    items: page.items,
    total: page.total,
    showMore: () => setShown((count) => count + listPageSize),
  };
};

export type LongList<Item> = ReturnType<typeof useLongList<Item>>;
