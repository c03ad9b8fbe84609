import { describe, expect, it } from 'vitest';
import { availabilityOf, renderCatalogue } from '#domain/loans/catalogue';
import { changedFields, decideItem, itemOf } from '#domain/loans/decide-item';
import { type Item, searchTextOf, serialKeyOf } from '#domain/loans/item';
import { ConflictError, ValidationError } from '#domain/shared/errors';

const at = '2026-12-07T10:00:00.000Z';
const fields = {
  family: 'strings' as const,
  kind: 'Violoncelle 4/4',
  maker: 'Gliga',
  serialNumber: 'GL-1',
  condition: 'good' as const,
  accessories: ['housse', 'archet'],
  status: 'available' as const,
};
const cello: Item = itemOf('cello', fields, { version: 1, at, by: 'staff' });

describe('the inventory’s rules on an item’s form', () => {
  it('leaves the loans’ statuses to the loans', () => {
    expect(() => decideItem({ ...fields, status: 'on-loan' }, undefined)).toThrow(ValidationError);
    expect(() => decideItem({ ...fields, status: 'reserved', version: 1 }, cello)).toThrow(
      /set by the loans/,
    );
  });

  it('keeps an item lent or reserved as it is until it comes back', () => {
    const lent: Item = { ...cello, status: 'on-loan', onLoanUntil: '2027-06-30' };
    expect(() => decideItem({ ...fields, status: 'retired', version: 1 }, lent)).toThrow(ConflictError);
    expect(() =>
      decideItem({ ...fields, family: 'early-music', status: 'on-loan', version: 1 }, lent),
    ).toThrow(ConflictError);
    // Its location or condition may still be noted.
    expect(() =>
      decideItem({ ...fields, status: 'on-loan', condition: 'fair', version: 1 }, lent),
    ).not.toThrow();
  });

  it('never offers an item out of order', () => {
    expect(() => decideItem({ ...fields, condition: 'out-of-order' }, undefined)).toThrow(
      /out of order is not available/,
    );
    expect(() =>
      decideItem({ ...fields, condition: 'out-of-order', status: 'in-servicing' }, undefined),
    ).not.toThrow();
  });

  it('keeps the planning’s equipment equipment, and instruments instruments', () => {
    expect(() => decideItem({ ...fields, family: 'equipment', version: 1 }, cello)).toThrow(
      /equipment stays/,
    );
    expect(() => decideItem({ ...fields, family: 'early-music', version: 1 }, cello)).not.toThrow();
  });

  it('lists the fields a change touched, never their values', () => {
    const after = itemOf(
      'cello',
      { ...fields, condition: 'fair', location: 'Salle 12' },
      { version: 2, at, by: 'staff', previous: cello },
    );
    expect(changedFields(cello, after)).toEqual(['condition', 'location']);
    expect(after.version).toBe(2);
  });

  it('finds a serial number whatever its case and spacing, per maker', () => {
    expect(serialKeyOf({ maker: 'Gliga', serialNumber: 'gl 1' })).toBe(serialKeyOf(cello));
    expect(serialKeyOf({ maker: 'Stentor', serialNumber: 'GL-1' })).not.toBe(serialKeyOf(cello));
    expect(serialKeyOf({ maker: 'Gliga' })).toBeUndefined();
    expect(searchTextOf({ kind: 'Flûte traversière', maker: 'Yamaha' })).toBe('flute traversiere yamaha');
  });
});

describe('a public catalogue', () => {
  it('says whether an item is free, and until when it is lent', () => {
    expect(availabilityOf({ status: 'available' })).toEqual({ text: 'Disponible', available: true });
    expect(availabilityOf({ status: 'on-loan', onLoanUntil: '2027-06-30' }).text).toBe(
      'En prêt jusqu’au 30 juin 2027',
    );
    expect(availabilityOf({ status: 'in-servicing' }).available).toBe(false);
  });

  it('shows the family’s items but those retired, escapes what staff typed and names nobody', () => {
    const page = renderCatalogue(
      'strings',
      [
        { ...cello, kind: 'Violoncelle <b>4/4</b>', updatedBy: 'person-42' },
        { ...cello, itemId: 'old', kind: 'Violon réformé', status: 'retired' },
      ],
      { school: { name: 'Conservatoire' }, updated: '7 décembre 2026' },
    );
    expect(page).toContain('Violoncelle &lt;b&gt;4/4&lt;/b&gt;');
    expect(page).toContain('Avec : housse, archet');
    expect(page).toContain('Disponible');
    expect(page).not.toContain('Violon réformé');
    expect(page).not.toContain('person-42');
    expect(page).not.toContain('<script');
  });
});
