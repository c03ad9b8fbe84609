import { describe, expect, it } from 'vitest';
import type { FeedItem } from '#web/src/messaging/notification-types';
import { notificationText } from '#web/src/messaging/notification-words';
import { paths, routeOf } from '#web/src/routes';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');

const item = (subject: FeedItem['subject'], params: Record<string, string>): FeedItem => ({
  notificationId: 'e1',
  kind: 'booking',
  subject,
  params,
  link: '/',
  occurredAt: '2026-12-08T09:00:00Z',
  unread: true,
});

describe('the notification pages', () => {
  it('have addresses of their own', () => {
    expect(routeOf(paths.notifications)).toEqual({ page: 'notifications' });
    expect(routeOf(paths.notificationPreferences)).toEqual({ page: 'notification-preferences' });
  });

  it('say each notification in French and in English, dates in words', () => {
    const approved = item('booking-approved', { date: '2026-12-10', start: '14:00', end: '15:00' });
    expect(notificationText(approved, french)).toBe(
      'Votre demande de salle du jeudi 10 décembre, 14:00–15:00, est acceptée',
    );
    expect(notificationText(approved, english)).toContain('Thursday 10 December');
    const moved = item('course-moved', {
      title: 'Formation musicale',
      fromDate: '2026-12-09',
      fromStart: '10:00',
      toDate: '2026-12-11',
      toStart: '14:00',
    });
    expect(notificationText(moved, french)).toBe(
      '« Formation musicale » du mercredi 9 décembre à 10:00 est déplacé au vendredi 11 décembre à 14:00',
    );
    expect(notificationText(item('request-state', { state: 'in-progress' }), french)).toBe(
      'Votre demande est maintenant « en cours »',
    );
  });

  it('count the unread with French plurals', () => {
    const { bell, unreadCount } = french.messages.notifications;
    expect(french.message(bell, { count: 0 })).toBe('Notifications, aucune non lue');
    expect(french.message(bell, { count: 1 })).toBe('Notifications, 1 non lue');
    expect(french.message(unreadCount, { count: 3 })).toBe('3 notifications non lues');
  });
});
