import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Api, School } from './api';
import { createFormat } from './i18n/format';
import { browserLanguages, chooseLocale } from './i18n/locale';
import { PlacesPage } from './places/places-page';

/** The page frame: the school's name on top, then its places (the only page until a router is needed). */
export const App = ({ api }: { api: Api }) => {
  const [school, setSchool] = useState<School>();
  useEffect(() => {
    const request = new AbortController();
    // Without the school, the page still works: it says Préau and speaks the browser's language.
    api.health(request.signal).then(setSchool, () => undefined);
    return () => request.abort();
  }, [api]);

  const locale = useMemo(() => chooseLocale(school?.locale, browserLanguages()), [school?.locale]);
  const format = useMemo(() => createFormat(locale), [locale]);
  const { messages } = format;

  useEffect(() => {
    document.documentElement.lang = locale.tag;
    document.title = school
      ? `${messages.placesTitle} · ${school.name}`
      : `${messages.placesTitle} · ${messages.appName}`;
  }, [locale, school, messages]);

  return (
    <>
      <a class="skip-link" href="#content">
        {messages.skipToContent}
      </a>
      <header class="banner">
        <div class="banner__inner">
          {school && <p class="banner__app">{messages.appName}</p>}
          <h1 class="banner__school">{school?.name ?? messages.appName}</h1>
        </div>
      </header>
      <main id="content" class="content" tabIndex={-1}>
        <PlacesPage api={api} format={format} />
      </main>
    </>
  );
};
