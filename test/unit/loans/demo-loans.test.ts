import { describe, expect, it } from 'vitest';
import { itemInputSchema } from '#domain/loans/item';
import { demoItems } from '#infra/local/seed/loans/demo-loans';

describe('the demo conservatoire’s collection', () => {
  const items = demoItems('2027-06-30', '2026-12-07T10:00:00.000Z');
  const instruments = items.filter(({ family }) => family !== 'equipment');

  it('has some 150 instruments in four catalogues, each with a photo, a few lent until the end of the year, and the equipment', () => {
    expect(instruments.length).toBeGreaterThanOrEqual(140);
    expect(instruments.length).toBeLessThanOrEqual(160);
    expect(new Set(instruments.map(({ family }) => family))).toEqual(
      new Set(['strings', 'winds', 'brass', 'percussion']),
    );
    for (const family of ['strings', 'winds', 'brass', 'percussion'])
      expect(instruments.filter((item) => item.family === family).length, family).toBeGreaterThan(20);
    expect(instruments.every(({ photos }) => photos.length === 1)).toBe(true);
    expect(
      instruments
        .filter(({ status }) => status === 'on-loan')
        .every(({ onLoanUntil }) => onLoanUntil === '2027-06-30'),
    ).toBe(true);
    expect(items.find(({ itemId }) => itemId === 'steinway-grande-salle')?.family).toBe('equipment');
    expect(items.find(({ itemId }) => itemId === 'inst-violoncelle-1')?.status).toBe('available');
  });

  it('has ids and serial numbers of its own, and only items the API itself would accept', () => {
    expect(new Set(items.map(({ itemId }) => itemId)).size).toBe(items.length);
    const serials = instruments.map(({ maker, serialNumber }) => `${maker}|${serialNumber}`);
    expect(new Set(serials).size).toBe(serials.length);
    for (const { itemId, version, updatedAt, updatedBy, photos, onLoanUntil, status, ...input } of items) {
      const asked = { ...input, itemId, status: status === 'on-loan' ? 'available' : status };
      expect(itemInputSchema.safeParse(asked).success, itemId).toBe(true);
    }
  });
});
