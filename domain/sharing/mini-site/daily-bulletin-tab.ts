import { html } from './html';
import { dayTime, movedTag, projectOf } from './occurrences';
import type { SiteFrame } from './page-layout';
import { closedNotice } from './planning-tab';
import type { OccurrenceView, ResolvedTab } from './site-content';

type DailyBulletinTab = Extract<ResolvedTab, { kind: 'daily-bulletin' }>;

/**
 * A row of the day. Each cell carries its column's name, shown beside it when the table is stacked on a phone; the
 * roles are spelled out because some browsers forget a table's semantics once its display is changed.
 */
const row = (item: OccurrenceView, frame: SiteFrame) => {
  const labels = frame.messages.dailyBulletin;
  return html`
        <tr role="row">
          <td role="cell" data-label="${labels.time}" class="bulletin__time">${frame.dates.timeSpan(item.start, item.end)}</td>
          <td role="cell" data-label="${labels.place}">${frame.order.places(item) || '—'}</td>
          <td role="cell" data-label="${labels.activity}"><span class="occurrence__title">${item.title}</span>${movedTag(item, frame)}${projectOf(item)}</td>
        </tr>`;
};

/** Who is where today: every occurrence of the day, by time then place, as a table that stacks on a phone. */
export const dailyBulletinTab = (tab: DailyBulletinTab, frame: SiteFrame) => {
  const labels = frame.messages.dailyBulletin;
  const items = frame.order.sorted(tab.items);
  return html`
    <h1>${tab.title}</h1>
    <p class="lead">${dayTime(tab.date, frame)}</p>${
      tab.open
        ? ''
        : html`
    ${closedNotice(tab.reason, frame)}`
    }
    <section class="section" aria-labelledby="who-is-where">
      <h2 id="who-is-where">${labels.whoIsWhere}</h2>${
        items.length > 0
          ? html`
      <table class="bulletin" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${labels.time}</th>
            <th role="columnheader" scope="col">${labels.place}</th>
            <th role="columnheader" scope="col">${labels.activity}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">${items.map((item) => row(item, frame))}
        </tbody>
      </table>`
          : html`
      <p class="empty">${labels.nothingToday}</p>`
      }
    </section>`;
};
