import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import type { Format } from '../shell/i18n/format';
import { LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';

/** A class's shelf: the sites its teachers chose, each with why. */
export const Shelf = ({ api, format, classId }: { api: Api; format: Format; classId: string }) => {
  const texts = format.messages.homework;
  const load = useCallback((signal: AbortSignal) => api.homeworkShelf(classId, signal), [api, classId]);
  const { state, retry } = useLoad(load);
  const headingId = `shelf-${classId}`;
  return (
    <section class="homework-shelf" aria-labelledby={headingId}>
      <h4 id={headingId}>{texts.shelf}</h4>
      <LoadedList state={state} none={texts.noShelf} format={format} retry={retry}>
        {(links) => (
          <ul class="homework-links">
            {links.map((link) => (
              <li key={link.linkId}>
                <a href={link.url} rel="noopener noreferrer" target="_blank">
                  {link.title}
                </a>
                {link.comment && <p class="muted">{link.comment}</p>}
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
};
