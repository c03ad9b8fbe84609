import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { type ActivityDraft, ActivityForm, type SavedActivity } from './activity-form';
import { Modal } from './modal';
import { placesOnce } from './use-places-by-id';

interface NewActivityDialogProps {
  api: Api;
  format: Format;
  draft: ActivityDraft;
  onClose: () => void;
  onSaved: (saved: SavedActivity) => void;
}

/** The form of a new activity in a dialog, once the projects, places and classes to choose from are loaded. */
export const NewActivityDialog = ({ api, format, draft, onClose, onSaved }: NewActivityDialogProps) => {
  const texts = format.messages.planning.form;
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [projects, places, classes] = await Promise.all([
        api.projects(signal),
        placesOnce(api),
        // Classes are optional: a profile that may not list them plans without.
        api.classes(signal).catch(() => []),
      ]);
      const open = projects.filter((project) => project.status !== 'cancelled');
      open.sort((a, b) => a.name.localeCompare(b.name, format.localeTag));
      return { projects: open, places, classes };
    },
    [api, format.localeTag],
  );
  const { state, retry } = useLoad(load);
  return (
    <Modal title={texts.title} closeLabel={texts.close} onClose={onClose}>
      {state.status === 'loading' && <Loading format={format} />}
      {state.status === 'failed' && <LoadFailure error={state.error} format={format} retry={retry} />}
      {state.status === 'loaded' &&
        (state.value.projects.length === 0 ? (
          <p class="notice">{texts.noProjects}</p>
        ) : (
          <ActivityForm
            api={api}
            format={format}
            draft={draft}
            projects={state.value.projects}
            places={state.value.places}
            classes={state.value.classes}
            onSaved={onSaved}
          />
        ))}
    </Modal>
  );
};
