import type { Api } from '../api';
import type { Format } from '../shell/i18n/format';
import type { ActivityDraft, SavedActivity } from './activity-form';
import { ActivityPanel } from './activity-panel';
import { NewActivityDialog } from './new-activity-dialog';

/** An activity opened from a planning: on an occurrence, and where a block was dropped to move it. */
export interface OpenedActivity {
  activityId: string;
  seriesDate?: string;
  proposedMove?: { date: string; start: string };
}

interface ActivityDialogsProps {
  api: Api;
  format: Format;
  canWrite: boolean;
  opened?: OpenedActivity;
  onClose: () => void;
  /** After a move or a cancellation, once the panel is closed: the planning reloads. */
  onChanged: () => void;
  /** Set while a new activity is being written, from the day, time and place of the planning. */
  draft?: ActivityDraft;
  onCloseNew: () => void;
  onSaved: (saved: SavedActivity) => void;
}

/** The dialogs of a planning page: the activity opened on it, and the form of a new activity. */
export const ActivityDialogs = ({
  api,
  format,
  canWrite,
  opened,
  onClose,
  onChanged,
  draft,
  onCloseNew,
  onSaved,
}: ActivityDialogsProps) => (
  <>
    {opened && (
      <ActivityPanel
        key={`${opened.activityId}:${opened.seriesDate}:${opened.proposedMove?.date}:${opened.proposedMove?.start}`}
        api={api}
        format={format}
        activityId={opened.activityId}
        seriesDate={opened.seriesDate}
        proposedMove={opened.proposedMove}
        canWrite={canWrite}
        onClose={onClose}
        onChanged={() => {
          onClose();
          onChanged();
        }}
      />
    )}
    {draft && (
      <NewActivityDialog api={api} format={format} draft={draft} onClose={onCloseNew} onSaved={onSaved} />
    )}
  </>
);
