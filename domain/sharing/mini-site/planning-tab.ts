import { html } from './html';
import { fill } from './messages';
import { dayTime, occurrenceItem } from './occurrences';
import type { SiteFrame } from './page-layout';
import type { ResolvedTab } from './site-content';

type PlanningTab = Extract<ResolvedTab, { kind: 'planning' }>;
type PlanningDay = PlanningTab['days'][number];

/** Why nobody comes that day, when the calendar says: « Fermé : vacances de la Toussaint ». */
export const closedNotice = (reason: string | undefined, frame: SiteFrame) =>
  html`<p class="closed">${reason?.trim() ? fill(frame.messages.closedBecause, { reason: reason.trim() }) : frame.messages.closed}</p>`;

const day = (planningDay: PlanningDay, frame: SiteFrame) => {
  const items = frame.order.sorted(planningDay.items);
  return html`
    <section class="day${planningDay.open ? '' : ' day--closed'}">
      <h2 class="day__date">${dayTime(planningDay.date, frame)}</h2>${!planningDay.open && closedNotice(planningDay.reason, frame)}${
        items.length > 0
          ? html`
      <ul class="occurrences">${items.map((item) => occurrenceItem(item, frame, true))}
      </ul>`
          : planningDay.open
            ? html`
      <p class="empty">${frame.messages.planning.nothingPlanned}</p>`
            : ''
      }
    </section>`;
};

/** The coming weeks of a place, a class or a project, day by day, closed days with their reason. */
export const planningTab = (tab: PlanningTab, frame: SiteFrame) => {
  const days = [...tab.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return html`
    <h1>${tab.title}</h1>${tab.resourceLabel !== tab.title && html`<p class="lead">${tab.resourceLabel}</p>`}${
      days.length > 0
        ? days.map((planningDay) => day(planningDay, frame))
        : html`
    <p class="empty">${frame.messages.planning.noDays}</p>`
    }`;
};
