import { useState } from 'preact/hooks';
import { conflictsIn } from './planning-errors';
import type { PlanningConflict } from './planning-types';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving'; conflicts?: PlanningConflict[] }
  | { status: 'conflicts'; conflicts: PlanningConflict[] }
  | { status: 'failed'; error: unknown };

/**
 * Sends a planning change: a first time as it is, and when the API answers with conflicts, a second time only
 * if the planner chooses to save over them. `send` gets whether the conflicts are accepted.
 */
export const usePlanningSave = <T>(
  send: (acceptConflicts: boolean) => Promise<T>,
  onSaved: (saved: T) => void,
) => {
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  const save = async (acceptConflicts = false) => {
    if (state.status === 'saving') return;
    setState({ status: 'saving', ...(state.status === 'conflicts' && { conflicts: state.conflicts }) });
    try {
      const saved = await send(acceptConflicts);
      setState({ status: 'idle' });
      onSaved(saved);
    } catch (error) {
      const conflicts = conflictsIn(error);
      setState(
        conflicts && !acceptConflicts ? { status: 'conflicts', conflicts } : { status: 'failed', error },
      );
    }
  };

  return { state, save, reset: () => setState({ status: 'idle' }) };
};
