import { frenchExcelCsv } from '#domain/shared/french-excel-csv';
import type { ProjectKind } from '../project';
import type { Named, PlanningExportRow } from './planning-export-row';

const headers = [
  'Date',
  'Jour',
  'Début',
  'Fin',
  'Intitulé',
  'Type',
  'Classes',
  'Personnes',
  'Salles',
  'Déplacé',
  'Date prévue',
  'Identifiant activité',
  'Identifiant projet',
] as const;

const kindLabels: Record<ProjectKind, string> = {
  course: 'Cours',
  exam: 'Examen',
  production: 'Production',
  internal: 'Interne',
  external: 'Externe',
};

/** The export for attendance sheets, as French Excel opens it: dates DD/MM/YYYY, names joined by commas. */
export const planningCsv = (rows: readonly PlanningExportRow[]): Uint8Array =>
  frenchExcelCsv(
    headers,
    rows.map((row) => ({
      Date: frenchDate(row.date),
      Jour: row.weekday,
      Début: row.start,
      Fin: row.end,
      Intitulé: row.title,
      Type: kindLabels[row.projectKind],
      Classes: names(row.classes),
      Personnes: names(row.people),
      Salles: names(row.places),
      Déplacé: row.moved ? 'oui' : 'non',
      'Date prévue': frenchDate(row.seriesDate),
      'Identifiant activité': row.activityId,
      'Identifiant projet': row.projectId,
    })),
  );

const frenchDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

const names = (named: readonly Named[]) => named.map(({ name }) => name).join(', ');
