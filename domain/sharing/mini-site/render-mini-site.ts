import { dailyBulletinTab } from './daily-bulletin-tab';
import { createDates } from './dates';
import { type Html, html } from './html';
import { miniSiteMessages } from './messages';
import { occurrenceOrder } from './occurrences';
import { page, type SiteFrame } from './page-layout';
import { pageNames } from './page-names';
import { planningTab } from './planning-tab';
import { projectSheetTab } from './project-sheet-tab';
import type { GeneratedFile, MiniSiteContent, ResolvedTab } from './site-content';
import { siteCss } from './site-css';
import { workGroupTab } from './work-group-tab';

const htmlType = 'text/html; charset=utf-8';
const cssType = 'text/css; charset=utf-8';

const tabContent = (tab: ResolvedTab, frame: SiteFrame): Html => {
  switch (tab.kind) {
    case 'project-sheet':
      return projectSheetTab(tab, frame);
    case 'planning':
      return planningTab(tab, frame);
    case 'daily-bulletin':
      return dailyBulletinTab(tab, frame);
    case 'work-group':
      return workGroupTab(tab, frame);
  }
};

/**
 * A mini-site as static files: a page per tab (`<page name>.html`), the first one again as `index.html` so that the
 * bare address opens it, and `site.css`. No script and nothing fetched from elsewhere; every text of the content is
 * escaped. Page names come from the tabs' slugs (see `pageNames`).
 */
export const renderMiniSite = (content: MiniSiteContent): GeneratedFile[] => {
  const { site, tabs } = content;
  const messages = miniSiteMessages(site.locale);
  const names = pageNames(tabs);
  const frame: SiteFrame = {
    siteName: site.name,
    schoolName: site.schoolName,
    locale: site.locale,
    generatedAt: site.generatedAt,
    messages,
    dates: createDates(messages.dateLocale, site.timeZone),
    order: occurrenceOrder(messages.dateLocale),
    tabs: tabs.map((tab, index) => ({ title: tab.title, pageName: names[index] ?? '' })),
  };
  const pages = tabs.map((tab, index) => ({
    path: `${names[index]}.html`,
    body: page(frame, index, tab.title, tabContent(tab, frame)),
    contentType: htmlType,
  }));
  const index = pages[0]
    ? { ...pages[0], path: 'index.html' }
    : {
        path: 'index.html',
        body: page(
          frame,
          -1,
          '',
          html`
    <p class="empty">${messages.noTabs}</p>`,
        ),
        contentType: htmlType,
      };
  return [index, ...pages, { path: 'site.css', body: siteCss, contentType: cssType }];
};
