import type { Format } from '../shell/i18n/format';
import type { ImportSummary } from './import-job';

/** What a check will do, or what an import did: the sentence changes tense, and agrees with « personnes ». */
export type SummaryTense = 'planned' | 'applied';

const order = ['create', 'update', 'retire', 'unchanged', 'classes', 'links'] as const;

/** « 12 personnes à créer, 3 à mettre à jour, 1 à retirer, 480 inchangées, 2 classes, 20 liens » */
export const summaryText = (summary: ImportSummary, tense: SummaryTense, format: Format): string => {
  const forms = format.messages.imports.summary[tense];
  return order.map((key) => format.count(forms[key], summary[key])).join(', ');
};
