import { describe, expect, it } from 'vitest';
import {
  compactId,
  isFrenchVatNumber,
  isSiren,
  isSiret,
  luhnValid,
  vatKeyOf,
  vatNumberOf,
} from '#domain/sales/company-ids';

describe('French company identifiers', () => {
  it('checks a SIREN’s Luhn key', () => {
    // Real SIRENs: Orange 380129866, SNCF Réseau 412280737, the demo association 732829320.
    for (const siren of ['380129866', '412280737', '732829320']) expect(isSiren(siren), siren).toBe(true);
    expect(isSiren('380129867')).toBe(false);
    expect(isSiren('38012986')).toBe(false);
    expect(isSiren('38012986a')).toBe(false);
  });

  it('takes La Poste’s SIREN and SIRETs, the exception to the Luhn key', () => {
    expect(isSiren('356000000')).toBe(true);
    // A La Poste establishment: no Luhn key, its digits sum to a multiple of 5.
    expect(luhnValid('35600000000042')).toBe(false);
    expect(isSiret('35600000000042')).toBe(true);
    expect(isSiret('35600000000043')).toBe(false);
  });

  it('checks a SIRET’s Luhn key over its 14 digits', () => {
    expect(isSiret('38012986600072')).toBe(luhnValid('38012986600072'));
    expect(isSiret('73282932000074')).toBe(true);
    expect(isSiret('73282932000075')).toBe(false);
    expect(isSiret('7328293200007')).toBe(false);
  });

  it('computes and checks the key of a French VAT number', () => {
    expect(vatKeyOf('380129866')).toBe('89');
    expect(vatNumberOf('380129866')).toBe('FR89380129866');
    expect(isFrenchVatNumber('FR89380129866')).toBe(true);
    expect(isFrenchVatNumber('FR88380129866')).toBe(false);
    expect(isFrenchVatNumber('FR8938012986')).toBe(false);
    expect(isFrenchVatNumber('DE89380129866')).toBe(false);
  });

  it('reads identifiers typed with spaces and dots', () => {
    expect(compactId('380 129 866')).toBe('380129866');
    expect(compactId('fr 89 380.129.866')).toBe('FR89380129866');
  });
});
