import type { ComponentChildren } from 'preact';
import type { Format } from '../shell/i18n/format';
import { isHidden } from '../shell/loading/is-hidden';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { HomeBlock } from './home-section';

/** How many of the waiting items the home shows; the page the link leads to has them all. */
const shown = 3;

interface WaitingBlockProps<T> {
  title: string;
  /** The waiting items, first to show first; give it `useCallback`. */
  load: (signal: AbortSignal) => Promise<T[]>;
  /** « 2 demandes en attente », for a count above zero. */
  count: (count: number) => string;
  none: string;
  keyOf: (item: T) => string;
  line: (item: T) => ComponentChildren;
  link: { href: string; text: string };
  format: Format;
}

/** What waits for someone's answer: how many, the first few, and the way to the page that handles them. */
export const WaitingBlock = <T,>({
  title,
  load,
  count,
  none,
  keyOf,
  line,
  link,
  format,
}: WaitingBlockProps<T>) => {
  const { state, retry } = useLoad(load);
  const items = state.status === 'loaded' ? state.value : [];
  return (
    <HomeBlock title={title}>
      {state.status === 'loading' && <Loading format={format} />}
      {state.status === 'failed' && !isHidden(state.error) ? (
        <LoadFailure error={state.error} format={format} retry={retry} />
      ) : (
        state.status !== 'loading' && (
          <>
            <p class="home-count">{items.length ? count(items.length) : none}</p>
            {items.length > 0 && (
              <ul class="item-list home-lines" aria-label={title}>
                {items.slice(0, shown).map((item) => (
                  <li key={keyOf(item)}>{line(item)}</li>
                ))}
              </ul>
            )}
          </>
        )
      )}
      <p>
        <Link href={link.href}>{link.text}</Link>
      </p>
    </HomeBlock>
  );
};
