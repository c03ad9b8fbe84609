import { describe, expect, it } from 'vitest';
import { needsSignIn, paths, routeOf } from '#web/src/routes';

describe('the pages of the web app and their addresses', () => {
  it('reads each page from its address', () => {
    expect(routeOf('/')).toEqual({ page: 'home' });
    expect(routeOf('/lieux')).toEqual({ page: 'places' });
    expect(routeOf('/activation-codes')).toEqual({ page: 'activation-codes' });
    expect(routeOf('/connexion')).toEqual({ page: 'sign-in', username: '' });
    expect(routeOf('/activation')).toEqual({ page: 'activation', code: '' });
    expect(routeOf('/personnes/p-42')).toEqual({ page: 'person', personId: 'p-42' });
    expect(routeOf('/classes/6e-a')).toEqual({ page: 'class', classId: '6e-a' });
  });

  it('takes the code of an activation link and the username of a freshly activated account', () => {
    expect(routeOf('/activation', '?code=K7QM-3TZA-HX9P')).toEqual({
      page: 'activation',
      code: 'K7QM-3TZA-HX9P',
    });
    expect(routeOf('/activation', '?code=%20k7qm%203tza%20')).toEqual({
      page: 'activation',
      code: 'k7qm 3tza',
    });
    expect(routeOf('/connexion', '?identifiant=ines.martin')).toEqual({
      page: 'sign-in',
      username: 'ines.martin',
    });
  });

  it('forgives a trailing slash and finds nothing at an unknown or malformed address', () => {
    expect(routeOf('/lieux/')).toEqual({ page: 'places' });
    expect(routeOf('/personnes/p-42/')).toEqual({ page: 'person', personId: 'p-42' });
    expect(routeOf('/personnes')).toEqual({ page: 'not-found' });
    expect(routeOf('/personnes/p-42/notes')).toEqual({ page: 'not-found' });
    expect(routeOf('/personnes/%E0%A4%A')).toEqual({ page: 'not-found' });
    expect(routeOf('/eleves/p-42')).toEqual({ page: 'not-found' });
  });

  it('writes addresses that read back as the same page, whatever the id holds', () => {
    const odd = 'élève/2 #1?';
    expect(paths.person(odd)).toBe('/personnes/%C3%A9l%C3%A8ve%2F2%20%231%3F');
    expect(routeOf(paths.person(odd))).toEqual({ page: 'person', personId: odd });
    expect(routeOf(paths.class('6e B'))).toEqual({ page: 'class', classId: '6e B' });
    const signIn = new URL(paths.signIn('ines.martin'), 'https://school.test');
    expect(routeOf(signIn.pathname, signIn.search)).toEqual({ page: 'sign-in', username: 'ines.martin' });
    expect(paths.signIn()).toBe('/connexion');
    const reset = new URL(paths.passwordReset('ines.martin'), 'https://school.test');
    expect(routeOf(reset.pathname, reset.search)).toEqual({
      page: 'password-reset',
      username: 'ines.martin',
    });
    expect(routeOf(paths.passwordReset())).toEqual({ page: 'password-reset', username: '' });
  });

  it('lets only activation and password reset through without signing in', () => {
    expect(needsSignIn(routeOf('/activation', '?code=K7QM'))).toBe(false);
    expect(needsSignIn(routeOf('/mot-de-passe-oublie'))).toBe(false);
    for (const path of [
      '/',
      '/lieux',
      '/connexion',
      '/personnes/p-42',
      '/classes/6e-a',
      '/activation-codes',
      '/x',
    ]) {
      expect(needsSignIn(routeOf(path)), path).toBe(true);
    }
  });
});
