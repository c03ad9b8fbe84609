import { describe, expect, it } from 'vitest';
import { placeKinds } from '#domain/places/place';
import { ApiError, ApiUnreachableError } from '#web/src/api';
import { describeLoadError } from '#web/src/places/describe-load-error';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'));
const english = createFormat(chooseLocale('en-GB'));
/** fr-FR groups thousands with a narrow no-break space. */
const narrowSpace = '\u202f';

describe('the words of the places page', () => {
  it('names every kind of place in French', () => {
    expect(placeKinds.map(french.kind)).toEqual([
      'Salle de cours',
      'Studio de travail',
      'Salle de répétition',
      'Salle de concert',
      'Studio de danse',
      'Studio d’enregistrement',
      'Amphithéâtre',
      'Médiathèque',
      'Bureau',
      'Lieu extérieur',
    ]);
  });

  it('names every kind of place in English too', () => {
    expect(placeKinds.map(english.kind)).not.toContain(undefined);
    expect(english.kind('off-site-venue')).toBe('Off-site venue');
  });

  it('shows a kind or an equipment it does not know as it is', () => {
    expect(french.kind('greenhouse')).toBe('greenhouse');
    expect(french.kind('constructor')).toBe('constructor');
    expect(french.equipment({ type: 'theremin', quantity: 2 })).toBe('theremin ×2');
    expect(french.equipment({ type: 'toString', quantity: 1 })).toBe('toString ×1');
  });

  it('names equipment with its quantity', () => {
    expect(french.equipment({ type: 'upright-piano', quantity: 1 })).toBe('Piano droit ×1');
    expect(french.equipment({ type: 'grand-piano', quantity: 2 })).toBe('Piano à queue ×2');
    expect(french.equipment({ type: 'music-stands', quantity: 100 })).toBe('Pupitres ×100');
    expect(english.equipment({ type: 'sprung-floor', quantity: 1 })).toBe('Sprung floor ×1');
  });

  it('counts seats and places with the plural of the language', () => {
    expect(french.capacity(4)).toBe('4 places');
    expect(french.capacity(1)).toBe('1 place');
    expect(french.capacity(0)).toBe('0 place');
    expect(french.capacity(1200)).toBe(`1${narrowSpace}200 places`);
    expect(french.placeCount(212)).toBe('212 lieux');
    expect(french.placeCount(0)).toBe('0 lieu');
    expect(english.capacity(1)).toBe('1 seat');
    expect(english.capacity(0)).toBe('0 seats');
    expect(english.placeCount(1200)).toBe('1,200 places');
  });

  it('says where a place is, site first', () => {
    expect(french.location({ site: 'Site Jean-Jaurès', building: 'Bâtiment A' })).toBe(
      'Site Jean-Jaurès · Bâtiment A',
    );
    expect(french.location({ site: 'Hors les murs' })).toBe('Hors les murs');
  });

  it('explains why the places did not load', () => {
    const invalid = new ApiError(400, 'kind: must be one of classroom, …');
    expect(describeLoadError(invalid, french)).toBe(
      'Impossible de charger les lieux : une valeur saisie n’est pas valable',
    );
    expect(describeLoadError(new ApiError(503, ''), french)).toBe(
      'Impossible de charger les lieux : erreur 503',
    );
    expect(describeLoadError(new ApiUnreachableError('Failed to fetch'), french)).toBe(
      'Impossible de charger les lieux : le serveur ne répond pas',
    );
    expect(describeLoadError(new ApiUnreachableError('Failed to fetch'), english)).toBe(
      'Could not load the places: the server does not answer',
    );
  });
});
