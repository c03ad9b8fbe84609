import { html } from './html';
import type { SiteFrame } from './page-layout';
import type { OccurrenceView } from './site-content';

/** Days YYYY-MM-DD and times HH:mm sort as text, code unit by code unit. */
const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How occurrences are ordered on a page: by day, time, then place, places as people count them (« Salle 9 » before
 * « Salle 10 »).
 */
export const occurrenceOrder = (locale: string) => {
  const names = new Intl.Collator(locale, { numeric: true });
  /** An occurrence's places, in the order of their names, as one line. */
  const places = (occurrence: OccurrenceView) => [...occurrence.places].sort(names.compare).join(', ');
  const compare = (a: OccurrenceView, b: OccurrenceView) =>
    compareCodes(a.date, b.date) ||
    compareCodes(a.start, b.start) ||
    names.compare(places(a), places(b)) ||
    compareCodes(a.end, b.end) ||
    names.compare(a.title, b.title);
  const sorted = (occurrences: readonly OccurrenceView[]) => [...occurrences].sort(compare);
  /** Occurrences by day, days in order, each day's in order of time. */
  const byDay = (occurrences: readonly OccurrenceView[]) => {
    const days = new Map<string, OccurrenceView[]>();
    for (const occurrence of sorted(occurrences)) {
      days.set(occurrence.date, [...(days.get(occurrence.date) ?? []), occurrence]);
    }
    return [...days].map(([date, items]) => ({ date, items }));
  };
  return { places, sorted, byDay };
};

export type OccurrenceOrder = ReturnType<typeof occurrenceOrder>;

export const movedTag = ({ moved }: OccurrenceView, frame: SiteFrame) =>
  moved ? html` <span class="tag">${frame.messages.moved}</span>` : '';

/** The project, when it says more than the title: « Répétition » of « Les Noces de Figaro ». */
export const projectOf = ({ projectName, title }: OccurrenceView) =>
  projectName && projectName !== title ? html`<span class="occurrence__project">${projectName}</span>` : '';

/** One occurrence in a day's list: when, what, where. No people: occurrences reach a mini-site without them. */
export const occurrenceItem = (occurrence: OccurrenceView, frame: SiteFrame, withProject: boolean) => {
  const places = frame.order.places(occurrence);
  return html`
          <li class="occurrence">
            <span class="occurrence__time">${frame.dates.timeSpan(occurrence.start, occurrence.end)}</span>
            <span class="occurrence__what"><span class="occurrence__title">${occurrence.title}</span>${movedTag(occurrence, frame)}${withProject ? projectOf(occurrence) : ''}</span>
            ${places ? html`<span class="occurrence__places">${places}</span>` : ''}
          </li>`;
};

/** A day in words, with its date for machines. */
export const dayTime = (date: string, frame: SiteFrame) =>
  html`<time datetime="${date}">${frame.dates.longDate(date)}</time>`;
