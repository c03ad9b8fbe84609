import { foldForComparison } from '#domain/shared/text';

/** CEDS grade codes OneRoster's `grades` columns hold: `PK`, `KG`, `01`…`13`, `PS`, `UG`, `Other`. */
const cedsGrades = new Set([
  ...['IT', 'PR', 'PK', 'TK', 'KG', 'PS', 'UG', 'Other', '13'],
  ...Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0')),
]);

/** French levels by the way schools write them (folded: no accents, lowercase, no spaces or dots). */
const gradeOfLevel: Readonly<Record<string, string>> = {
  ps: 'PK',
  ms: 'PK',
  gs: 'KG',
  cp: '01',
  ce1: '02',
  ce2: '03',
  cm1: '04',
  cm2: '05',
  '6e': '06',
  '6eme': '06',
  sixieme: '06',
  '5e': '07',
  '5eme': '07',
  cinquieme: '07',
  '4e': '08',
  '4eme': '08',
  quatrieme: '08',
  '3e': '09',
  '3eme': '09',
  troisieme: '09',
  '2de': '10',
  '2nde': '10',
  seconde: '10',
  '1re': '11',
  '1ere': '11',
  premiere: '11',
  tle: '12',
  term: '12',
  terminale: '12',
};

/** A MEF code's first three digits name the year of study: 100 is sixième… 202 terminale (general route). */
const gradeOfMefStart: Readonly<Record<string, string>> = {
  '100': '06',
  '101': '07',
  '102': '08',
  '103': '09',
  '200': '10',
  '201': '11',
  '202': '12',
};

/**
 * The CEDS grade of a French level, as a strict OneRoster consumer requires: from a CEDS code already, a MEF code
 * (`10010012110` → `06`) or a level's name (`6e`, `5EME`, `2de`, `Tle`). A level with no CEDS grade (a
 * conservatoire's cycle) has none: the `grades` column stays empty.
 */
export const cedsGradeOf = (level: string | undefined): string | undefined => {
  if (level === undefined) return undefined;
  if (cedsGrades.has(level)) return level;
  if (/^\d{11}$/.test(level)) return gradeOfMefStart[level.slice(0, 3)];
  return gradeOfLevel[foldForComparison(level).replace(/[\s.]+/g, '')];
};
