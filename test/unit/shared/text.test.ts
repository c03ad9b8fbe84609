import { describe, expect, it } from 'vitest';
import { foldForComparison, keyOf, sortKeyOf } from '#domain/shared/text';

describe('French text keys', () => {
  it('compares names whatever their accents, case and spacing', () => {
    expect(foldForComparison('  Élève   Ça ')).toBe('eleve ca');
    expect(keyOf('Site Jean-Jaurès')).toBe(keyOf('site jean jaures'));
    expect(keyOf('Site Jean-Jaurès')).toBe('site-jean-jaures');
  });

  it('sorts numbered rooms as people count them', () => {
    const names = ['Salle 10', 'Salle 9', 'salle 100', 'Salle 2'];
    expect([...names].sort((a, b) => (sortKeyOf(a) < sortKeyOf(b) ? -1 : 1))).toEqual([
      'Salle 2',
      'Salle 9',
      'Salle 10',
      'salle 100',
    ]);
  });
});
