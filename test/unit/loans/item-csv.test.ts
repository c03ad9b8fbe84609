import { describe, expect, it } from 'vitest';
import { itemOf } from '#domain/loans/decide-item';
import { centsOfCell, euroCell, guessMapping, inventoryCsv, readItemImport } from '#domain/loans/item-csv';
import { ValidationError } from '#domain/shared/errors';

const encoder = new TextEncoder();
/** Windows-1252, as Excel saves a CSV on a French Windows machine. */
const windows1252 = (text: string) =>
  Uint8Array.from([...text].map((character) => (character === '€' ? 0x80 : character.charCodeAt(0))));

describe('the inventory as a CSV for French Excel', () => {
  it('writes a byte order mark, semicolons and decimal commas', () => {
    const item = itemOf(
      'v1',
      {
        family: 'strings',
        kind: 'Violon 3/4',
        maker: 'Mirecourt',
        valueCents: 123_450,
        condition: 'good',
        accessories: ['étui', 'archet'],
        status: 'available',
      },
      { version: 1, at: '2026-12-07T10:00:00Z', by: 'staff' },
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(inventoryCsv([item]));
    expect(text.startsWith('\uFEFFIdentifiant;Famille;Désignation;')).toBe(true);
    expect(text.split('\r\n')[1]).toBe(
      'v1;Cordes;Violon 3/4;Mirecourt;;;;1234,50;Bon;;étui, archet;Disponible;',
    );
    expect(euroCell(5)).toBe('0,05');
  });
});

describe('a school’s spreadsheet read with a column mapping', () => {
  it('guesses the usual columns, whatever their case and accents', () => {
    expect(guessMapping(['N° de série', 'DESIGNATION', 'Marque', 'État', 'Réf.', 'Autre'])).toEqual({
      kind: 'DESIGNATION',
      maker: 'Marque',
      serialNumber: 'N° de série',
      condition: 'État',
      sourceId: 'Réf.',
    });
  });

  it('reads amounts as French people write them', () => {
    expect(centsOfCell('1 234,50 €')).toBe(123_450);
    expect(centsOfCell('800')).toBe(80_000);
    expect(centsOfCell('12.5')).toBe(1_250);
    expect(centsOfCell('beaucoup')).toBeUndefined();
  });

  it('reads each line with the user’s mapping, refusing the wrong ones with their reason', () => {
    const file = windows1252(
      [
        'Instrument;Fabricant;Prix;Etat;Famille;Kit',
        'Hautbois baroque;Sand Dalton;2 900,00 €;très bon;Musique ancienne;étui',
        'Cor en fa;Paxman;;hors service;cuivres;étui + embouchure',
        ';Yamaha;;;;',
        'Triangle;;;;Carillons;',
      ].join('\r\n'),
    );
    const read = readItemImport(file, {
      mapping: { kind: 'Instrument', accessories: 'Kit' },
      family: 'strings',
    });
    expect(read.mapping).toMatchObject({
      kind: 'Instrument',
      maker: 'Fabricant',
      value: 'Prix',
      condition: 'Etat',
    });
    expect(read.lines.map(({ line, input }) => ({ line, ...input }))).toEqual([
      expect.objectContaining({
        line: 2,
        family: 'early-music',
        kind: 'Hautbois baroque',
        valueCents: 290_000,
        condition: 'good',
        status: 'available',
      }),
      expect.objectContaining({
        line: 3,
        family: 'brass',
        condition: 'out-of-order',
        status: 'in-servicing',
        accessories: ['étui', 'embouchure'],
      }),
    ]);
    expect(read.refused.map(({ line, field }) => [line, field])).toEqual([
      [4, 'kind'],
      [5, 'family'],
    ]);
  });

  it('gives lines without a reference the same ids when read again, and alike lines ids of their own', () => {
    const file = encoder.encode('Désignation\r\nPupitre\r\nPupitre\r\n');
    const first = readItemImport(file, { mapping: {}, family: 'equipment' });
    const again = readItemImport(file, { mapping: {}, family: 'equipment' });
    expect(first.lines.map(({ sourceId }) => sourceId)).toEqual(again.lines.map(({ sourceId }) => sourceId));
    expect(new Set(first.lines.map(({ sourceId }) => sourceId)).size).toBe(2);
  });

  it('refuses a mapping to a column the file lacks, and a file without a kind column', () => {
    const file = encoder.encode('Nom;Marque\r\nAlto;Höfner\r\n');
    expect(() => readItemImport(file, { mapping: { kind: 'Désignation' }, family: 'strings' })).toThrow(
      ValidationError,
    );
    expect(() => readItemImport(file, { mapping: {}, family: 'strings' })).toThrow(
      /which column holds the kind/,
    );
  });
});
