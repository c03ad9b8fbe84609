import type { Format } from '../shell/i18n/format';
import type { FeedItem } from './notification-types';

/** A notification in words: the subject's template, its dates said as the reader's language says them. */
export const notificationText = (item: FeedItem, format: Format) => {
  const words = format.messages.notifications;
  const { params } = item;
  const day = (date: string | undefined) => (date ? format.day(date) : '');
  return format.message(words.subjects[item.subject], {
    ...params,
    date: day(params.date),
    fromDate: day(params.fromDate),
    toDate: day(params.toDate),
    // A loan's reminder names its number only for staff.
    number: params.number ?? 'none',
    state: words.requestStates[params.state ?? ''] ?? params.state ?? '',
  });
};
