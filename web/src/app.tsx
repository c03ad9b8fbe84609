import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Api, School } from './api';
import { ActivationPage } from './identity/activation-page';
import { PasswordResetPage } from './identity/password-reset-page';
import { NotificationBell } from './messaging/notification-bell';
import { useLiaisonCount } from './messaging/use-liaison-count';
import { useUnreadMessages } from './messaging/use-unread-messages';
import { pageTitle } from './page-title';
import { needsSignIn, paths, routeOf } from './routes';
import { PublicOfferPage } from './sales/public-offer-page';
import { HeaderSearch } from './search/header-search';
import { Banner } from './shell/frame/banner';
import { useFocusOnNewPage } from './shell/frame/use-focus-on-new-page';
import { createFormat } from './shell/i18n/format';
import { browserLanguages, chooseLocale, loadLanguage } from './shell/i18n/locale';
import { savedLanguage, saveLanguage } from './shell/i18n/saved-language';
import { LoadFailure, Loading } from './shell/loading/load-failure';
import { useLocation } from './shell/routing/navigation';
import { SignInPage } from './shell/session/sign-in-page';
import { useAccount } from './shell/session/use-account';
import { SignedInPage } from './signed-in-page';
import { SiteNav } from './site-nav';

/**
 * The page frame: the school's name and who is signed in on top, then the page of the address. Until someone is
 * signed in, every page but activation and password reset shows the sign-in form in its place, so that signing in
 * lands on it.
 */
export const App = ({ api }: { api: Api }) => {
  const [school, setSchool] = useState<School>();
  // Whether the school has answered (or failed to): until then, its language is unknown.
  const [schoolAsked, setSchoolAsked] = useState(false);
  useEffect(() => {
    const request = new AbortController();
    // Without the school, the page still works: it says Préau and speaks the browser's language.
    api.health(request.signal).then(
      (known) => {
        setSchool(known);
        setSchoolAsked(true);
      },
      () => setSchoolAsked(true),
    );
    return () => request.abort();
  }, [api]);

  const [language, setLanguage] = useState(savedLanguage);
  const chooseLanguage = (chosen: string) => {
    saveLanguage(chosen);
    setLanguage(chosen);
  };
  // A language other than French comes in a chunk of its own: the page speaks French until it arrives (or if it
  // cannot be downloaded). It is fetched when chosen, or once the school is known: a French school speaks French to
  // a browser in English, which would otherwise fetch English words for nothing before the school answers.
  const [languagesLoaded, setLanguagesLoaded] = useState(0);
  const locale = useMemo(
    () => chooseLocale(school?.locale, browserLanguages(), language),
    [school?.locale, language, languagesLoaded],
  );
  const fetchesLanguage = locale.missing !== undefined && (language !== undefined || schoolAsked);
  useEffect(() => {
    if (!fetchesLanguage || !locale.missing) return;
    loadLanguage(locale.missing).then(
      () => setLanguagesLoaded((count) => count + 1),
      () => undefined,
    );
  }, [fetchesLanguage, locale.missing]);
  const format = useMemo(() => createFormat(locale, school?.timeZone), [locale, school?.timeZone]);
  const { messages } = format;

  const { pathname, search } = useLocation();
  const route = useMemo(() => routeOf(pathname, search), [pathname, search]);
  const { account, signIn, signOut, retry } = useAccount(api);
  const me = account.status === 'signed-in' ? account.me : undefined;
  const showsSignIn = account.status === 'signed-out' && needsSignIn(route);
  const liaisonCount = useLiaisonCount(api, me, pathname);
  const unreadMessages = useUnreadMessages(api, me, pathname);
  const navCounts = {
    [paths.liaison]: liaisonCount
      ? format.message(messages.liaison.menuCount, { count: liaisonCount })
      : undefined,
    [paths.messages]: unreadMessages
      ? format.message(messages.messaging.navUnread, { count: unreadMessages })
      : undefined,
  };

  useEffect(() => {
    document.documentElement.lang = locale.tag;
    document.title = pageTitle(route, showsSignIn, messages, school?.name);
  }, [locale, route, showsSignIn, messages, school]);

  // The page's element is kept while only the frame changes (the menu's counts, which arrive after the page's data):
  // Preact skips an element it has drawn already, so a week is not drawn again for a count in the menu.
  const signedInPage = useMemo(
    () => me && <SignedInPage api={api} format={format} me={me} route={route} />,
    [api, format, me, route],
  );

  const main = useRef<HTMLElement>(null);
  useFocusOnNewPage(main, account.status === 'checking' ? undefined : showsSignIn ? 'sign-in' : pathname);

  const page = () => {
    if (route.page === 'activation') return <ActivationPage api={api} format={format} code={route.code} />;
    if (route.page === 'offer') return <PublicOfferPage format={format} token={route.token} />;
    if (route.page === 'password-reset') {
      return <PasswordResetPage api={api} format={format} username={route.username} />;
    }
    if (account.status === 'checking') return <Loading format={format} />;
    if (account.status === 'failed') {
      return <LoadFailure error={account.error} format={format} retry={retry} />;
    }
    if (account.status === 'signed-out') {
      const username = route.page === 'sign-in' ? route.username : '';
      return <SignInPage format={format} username={username} onSignIn={signIn} />;
    }
    return signedInPage;
  };

  return (
    <>
      <a class="skip-link" href="#content">
        {messages.skipToContent}
      </a>
      <header class="banner">
        <Banner
          school={school}
          me={me}
          format={format}
          nav={me && <SiteNav me={me} pathname={pathname} format={format} counts={navCounts} />}
          pathname={pathname}
          onSignOut={() => signOut().catch(() => undefined)}
          onLanguage={chooseLanguage}
          bell={me && <NotificationBell api={api} format={format} pathname={pathname} />}
        >
          {me && <HeaderSearch api={api} format={format} me={me} />}
        </Banner>
      </header>
      <main id="content" class="content" tabIndex={-1} ref={main}>
        {page()}
      </main>
    </>
  );
};
