import type { ActivationBatchContext, ActivationLetter } from '#domain/identity/activation-letter';
import { frenchExcelCsvText } from '#domain/shared/french-excel-csv';
import { shortDayFr } from './french-dates';
import { profileLabelsFr } from './profile-labels-fr';

const headers = [
  'Famille',
  'Destinataires',
  'Nom',
  'Prénom',
  'Profil',
  'Classe',
  'Identifiant',
  "Code d'activation",
  "Valable jusqu'au",
  "Adresse d'activation",
];

/**
 * The batch as a CSV for mail merge, one row per account, in the dialect French Excel opens by double-click:
 * UTF-8 with a BOM, `;` between fields, CRLF line ends. "Famille" numbers the letters so that a merge can group
 * the accounts of one family.
 */
export const renderActivationCodesCsv = (
  letters: ActivationLetter[],
  context: ActivationBatchContext,
): string => {
  const validUntil = shortDayFr(context.validUntil);
  const rows = letters.flatMap((letter, index) =>
    letter.accounts.map((account) => [
      String(index + 1),
      letter.addressees.join(', '),
      account.lastName,
      account.firstName,
      profileLabelsFr[account.profile],
      account.classLabel ?? '',
      account.username,
      account.code,
      validUntil,
      context.activationUrl,
    ]),
  );
  return frenchExcelCsvText([headers, ...rows]);
};
