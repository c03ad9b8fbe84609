import { describe, expect, it } from 'vitest';
import { checkFileOrigins } from '#domain/imports/check-file-origins';
import { UnreadableFileError } from '#domain/imports/import-snapshot';

const expected = { uai: '0291234X', schoolYear: '2026-2027' };
const eleves = { file: 'ElevesAvecAdresses.xml', uai: '0291234X', schoolYear: '2026-2027' };
const responsables = { ...eleves, file: 'ResponsablesAvecAdresses.xml' };

describe('which school and year the files are about', () => {
  it('lets files of this school and year through without a word', () => {
    expect(checkFileOrigins([eleves, responsables], expected, null)).toEqual({
      yearToConfirm: null,
      problems: [],
    });
  });

  it('refuses a file of another establishment whole, naming both UAIs, whatever the letter case', () => {
    const other = { ...responsables, uai: '0350999Z' };
    const refused = () => checkFileOrigins([eleves, other], expected, null);
    expect(refused).toThrow(UnreadableFileError);
    expect(refused).toThrow(
      "ResponsablesAvecAdresses.xml: is an export of another establishment: its UAJ is 0350999Z, this school's UAI is 0291234X",
    );
    expect(checkFileOrigins([eleves], { ...expected, uai: '0291234x' }, null).problems).toEqual([]);
  });

  it('checks no establishment for a school without UAI, nor for a file without UAJ', () => {
    const other = { ...eleves, uai: '0350999Z' };
    expect(checkFileOrigins([other], { schoolYear: '2026-2027' }, null).problems).toEqual([]);
    expect(checkFileOrigins([{ file: 'x.xml', schoolYear: '2026-2027' }], expected, null).problems).toEqual(
      [],
    );
  });

  it('asks to confirm the year of files of another year, and stops asking once it is confirmed', () => {
    const lastYear = [
      { ...eleves, schoolYear: '2025-2026' },
      { ...responsables, schoolYear: '2025-2026' },
    ];
    const unconfirmed = checkFileOrigins(lastYear, expected, null);
    expect(unconfirmed.yearToConfirm).toBe('2025-2026');
    expect(unconfirmed.problems.map(({ code, severity, at }) => [code, severity, at.file])).toEqual([
      ['wrong_year', 'warning', 'ElevesAvecAdresses.xml'],
      ['wrong_year', 'warning', 'ResponsablesAvecAdresses.xml'],
    ]);
    expect(checkFileOrigins(lastYear, expected, '2024-2025').yearToConfirm).toBe('2025-2026');
    const confirmed = checkFileOrigins(lastYear, expected, '2025-2026');
    expect(confirmed.yearToConfirm).toBeNull();
    expect(confirmed.problems).toHaveLength(2);
  });

  it('offers no year to confirm when the files are of two other years: one of them is a mistake', () => {
    const mixed = [
      { ...eleves, schoolYear: '2025-2026' },
      { ...responsables, schoolYear: '2024-2025' },
    ];
    const checked = checkFileOrigins(mixed, expected, null);
    expect(checked.yearToConfirm).toBeNull();
    expect(checked.problems.map(({ severity }) => severity)).toEqual(['error', 'error']);
  });
});
