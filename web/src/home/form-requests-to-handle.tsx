import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { WaitingBlock } from './waiting-block';

/** Requests made with the school's forms and not yet taken up: how many, the newest, the way to handle them. */
export const FormRequestsToHandle = ({ api, format }: { api: Api; format: Format }) => {
  const load = useCallback((signal: AbortSignal) => api.formRequests({ state: 'submitted' }, signal), [api]);
  const { home } = format.messages;
  return (
    <WaitingBlock
      title={home.formRequests}
      load={load}
      count={(count) => format.count(home.submittedFormRequests, count)}
      none={home.noFormRequests}
      keyOf={(request) => request.id}
      line={(request) => (
        <Link href={paths.request(request.id)}>
          {format.fill(home.formRequest, {
            form: request.formTitle,
            project: request.projectName,
            name: request.submittedBy.name,
          })}
        </Link>
      )}
      link={{ href: paths.requestForms, text: home.handleFormRequests }}
      format={format}
    />
  );
};
