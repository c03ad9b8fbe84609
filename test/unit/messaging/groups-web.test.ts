import { describe, expect, it } from 'vitest';
import { createsGroups } from '#web/src/messaging/group-abilities';
import { linkedParts } from '#web/src/messaging/linked-parts';
import { paths, routeOf } from '#web/src/routes';

describe('the work groups’ pages', () => {
  it('have addresses of their own: the list, a new group, a group', () => {
    expect(routeOf(paths.workGroups)).toEqual({ page: 'work-groups' });
    expect(routeOf(paths.newWorkGroup)).toEqual({ page: 'new-work-group' });
    expect(routeOf(paths.workGroup('a b'))).toEqual({ page: 'work-group', groupId: 'a b' });
    expect(routeOf('/groupes/x/y')).toEqual({ page: 'not-found' });
  });

  it('offer « Créer un groupe » to teachers, staff and administrators only', () => {
    expect(createsGroups(['teacher'])).toBe(true);
    expect(createsGroups(['staff'])).toBe(true);
    expect(createsGroups(['school-admin'])).toBe(true);
    expect(createsGroups(['student', 'guardian', 'planner'])).toBe(false);
  });
});

describe('a post’s text', () => {
  it('shows web addresses as links and everything else as the text written, HTML included', () => {
    expect(linkedParts('Voir https://example.fr/ordre, puis <b>gras</b> (http://a.fr/x).')).toEqual([
      'Voir ',
      { href: 'https://example.fr/ordre' },
      ', puis <b>gras</b> (',
      { href: 'http://a.fr/x' },
      ').',
    ]);
    expect(linkedParts('javascript:alert(1) et ftp://x')).toEqual(['javascript:alert(1) et ftp://x']);
  });
});
