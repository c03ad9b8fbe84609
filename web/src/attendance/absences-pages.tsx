import type { Pages } from '../pages';
import { AbsencesPage } from './absences-page';
import { JustificationsPage } from './justifications-page';

/** The absences' pages, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'absences' | 'justifications'> = {
  absences: ({ api, format, me, route }) => (
    <AbsencesPage key={route.personId ?? ''} api={api} format={format} me={me} personId={route.personId} />
  ),
  justifications: ({ api, format }) => <JustificationsPage api={api} format={format} />,
};
