import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { ClassList } from '../people/class-list';
import type { Format } from '../shell/i18n/format';
import { isHidden } from '../shell/loading/is-hidden';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';

/** Every class of the school; a profile the API does not let list them simply sees none. */
export const SchoolClasses = ({ api, format }: { api: Api; format: Format }) => {
  const load = useCallback((signal: AbortSignal) => api.classes(signal), [api]);
  const { state, retry } = useLoad(load);
  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'loaded') {
    return <ClassList classes={state.value} label={format.messages.home.allClasses} format={format} />;
  }
  if (isHidden(state.error)) return <p class="notice">{format.messages.home.noClasses}</p>;
  return <LoadFailure error={state.error} format={format} retry={retry} />;
};
