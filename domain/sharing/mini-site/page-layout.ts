import type { MiniSiteDates } from './dates';
import { type Html, html } from './html';
import { fill, type MiniSiteMessages } from './messages';
import type { OccurrenceOrder } from './occurrences';

export interface SiteFrame {
  siteName: string;
  schoolName: string;
  locale: 'fr' | 'en';
  generatedAt: string;
  messages: MiniSiteMessages;
  dates: MiniSiteDates;
  order: OccurrenceOrder;
  /** Every tab's title and page name, in order, for the navigation. */
  tabs: { title: string; pageName: string }[];
}

const navigation = (frame: SiteFrame, current: number) =>
  frame.tabs.length === 0
    ? ''
    : html`
    <nav class="tabs" aria-label="${frame.messages.tabs}">
      <ul class="tabs__list">${frame.tabs.map(
        ({ title, pageName }, index) => html`
        <li><a class="tabs__link" href="./${pageName}.html"${index === current ? html` aria-current="page"` : ''}>${title}</a></li>`,
      )}
      </ul>
    </nav>`;

/**
 * A whole page: who publishes it, the tabs, the tab's content and when it was made. Never indexed (the address is
 * unguessable and must stay so) and never telling the next site where it was linked from. Nothing runs and nothing
 * is fetched from elsewhere, and the policy tells the browser so: a slip in escaping could still not run a script
 * (frame-ancestors is ignored in a meta tag: it is for the serving's headers).
 */
export const page = (frame: SiteFrame, current: number, title: string, main: Html) => {
  const { siteName, schoolName, messages } = frame;
  const updated = frame.dates.instant(frame.generatedAt);
  const updatedOn = fill(updated.time ? messages.updatedOn : messages.updatedOnDay, updated);
  return html`<!doctype html>
<html lang="${frame.locale}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="no-referrer">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
    <title>${title ? `${title} — ${siteName}` : siteName}</title>
    <link rel="stylesheet" href="./site.css">
  </head>
  <body>
    <a class="skip-link" href="#content">${messages.skipToContent}</a>
    <header class="banner">
      <div class="banner__inner">
        <p class="banner__site">${siteName}</p>
        <p class="banner__school">${schoolName}</p>
      </div>${navigation(frame, current)}
    </header>
    <main id="content" class="content">
${main}
    </main>
    <footer class="footer">
      <p>${updatedOn}</p>
    </footer>
  </body>
</html>
`.markup;
};
