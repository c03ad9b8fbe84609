import { frenchExcelCsv } from '#domain/shared/french-excel-csv';
import type { AuditAction, AuditDetails, AuditParty, AuditPartyKind, StoredAuditEntry } from './audit-entry';

/** The actions as a French reader names them, in the export. */
export const auditActionLabelsFr: Record<AuditAction, string> = {
  'person.created': 'Personne ajoutée',
  'person.updated': 'Personne modifiée',
  'person.retired': 'Personne retirée',
  'person.merged': 'Fiches fusionnées',
  'account.activated': 'Compte activé',
  'account.password-reset': 'Mot de passe remplacé',
  'activation-codes.issued': "Codes d'activation émis",
  'feed.published': 'Flux de calendrier publié',
  'feed.revoked': 'Flux de calendrier révoqué',
  'mini-site.published': 'Mini-site publié',
  'mini-site.taken-down': 'Mini-site retiré',
  'session.signed-in': 'Connexion',
  'session.sign-in-failed': 'Connexion refusée',
  'audit.retention-changed': 'Durée de conservation du journal modifiée',
  'register.taken': 'Appel fait',
  'register.changed': 'Appel modifié',
  'justification.declared': "Motif d'absence déclaré",
  'justification.accepted': "Motif d'absence accepté",
  'justification.refused': "Motif d'absence refusé",
  'item.created': 'Instrument ajouté',
  'item.changed': 'Instrument modifié',
  'loan.decided': 'Prêt décidé',
  'invoice.issued': 'Facture émise',
  'invoice.credited': 'Avoir émis',
  'invoice.numbered': 'Numéro de facture attribué',
  'quote.drafted': 'Devis créé',
  'quote.sent': 'Devis envoyé',
  'quote.accepted': 'Devis accepté',
  'quote.refused': 'Devis refusé',
  'quote.expired': 'Devis expiré',
  'quote.cancelled': 'Devis annulé',
  'payment.recorded': 'Paiement enregistré',
  'payment.cancelled': 'Paiement annulé',
  'staff-contract.set': 'Contrat de technicien enregistré',
  'shift.planned': 'Service planifié',
  'shift.changed': 'Service modifié',
  'shift.removed': 'Service supprimé',
  'time-week.approved': 'Semaine d’heures approuvée',
  'time-week.reopened': 'Semaine d’heures rouverte',
  'loan-rules.changed': 'Règles de prêt modifiées',
};

const partyLabelsFr: Record<AuditPartyKind, string> = {
  person: 'personne',
  'import-job': 'import',
  username: 'identifiant',
  feed: 'flux',
  'mini-site': 'mini-site',
  'activation-batch': 'lot de codes',
  school: 'établissement',
  register: 'appel',
  item: 'instrument',
  loan: 'prêt',
  invoice: 'facture',
  quote: 'devis',
  client: 'client',
  shift: 'service',
};

const headers = ['Date', 'Action', 'Code', 'Auteur', 'Objet', 'Détails'] as const;

const detailsText = (details: AuditDetails) =>
  Object.entries(details)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join(' ; ');

/** The entries as a CSV French Excel opens, with dates and times in the school's zone. */
export const auditCsv = (
  entries: readonly StoredAuditEntry[],
  timeZone: string,
  names: Readonly<Record<string, string>> = {},
) => {
  const party = ({ kind, id }: AuditParty) =>
    `${partyLabelsFr[kind]} ${Object.hasOwn(names, id) && kind === 'person' ? `${names[id]} (${id})` : id}`;
  const when = new Intl.DateTimeFormat('fr-FR', { timeZone, dateStyle: 'short', timeStyle: 'medium' });
  return frenchExcelCsv(
    headers,
    entries.map((entry) => ({
      Date: when.format(new Date(entry.at)),
      Action: auditActionLabelsFr[entry.action],
      Code: entry.action,
      Auteur: party(entry.actor),
      Objet: party(entry.subject),
      Détails: detailsText(entry.details),
    })),
  );
};
