import type { Pages } from '../pages';
import { FillFormPage } from './fill-form-page';
import { FormEditorPage } from './form-editor-page';
import { RequestPage } from './request-page';
import { FormRequestsPage } from './requests-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'request-forms' | 'fill-form' | 'form-editor' | 'request'> = {
  'request-forms': ({ api, format, me }) => <FormRequestsPage api={api} format={format} me={me} />,
  'fill-form': ({ api, format, me, route }) => (
    <FillFormPage
      key={`${route.formId}?${route.projectId}`}
      api={api}
      format={format}
      me={me}
      formId={route.formId}
      projectId={route.projectId}
    />
  ),
  'form-editor': ({ api, format, me, route }) => (
    <FormEditorPage key={route.formId ?? ''} api={api} format={format} me={me} formId={route.formId} />
  ),
  request: ({ api, format, me, route }) => (
    <RequestPage key={route.requestId} api={api} format={format} me={me} requestId={route.requestId} />
  ),
};
