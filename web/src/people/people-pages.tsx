import type { Pages } from '../pages';
import { ClassPage } from './class-page';
import { DirectoryPage } from './directory-page';
import { DuplicatesPage } from './duplicates-page';
import { PersonPage } from './person-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'person' | 'class' | 'directory' | 'duplicates'> = {
  person: ({ api, format, me, route }) => (
    <PersonPage key={route.personId} api={api} format={format} me={me} personId={route.personId} />
  ),
  class: ({ api, format, me, route }) => (
    <ClassPage key={route.classId} api={api} format={format} me={me} classId={route.classId} />
  ),
  directory: ({ api, format, me }) => <DirectoryPage api={api} format={format} me={me} />,
  duplicates: ({ api, format, me }) => <DuplicatesPage api={api} format={format} me={me} />,
};
