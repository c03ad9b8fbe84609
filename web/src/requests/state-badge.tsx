import type { Format } from '../shell/i18n/format';
import type { RequestState } from './request-types';

const colourOf: Record<RequestState, string> = {
  submitted: 'badge--warning',
  'in-progress': 'request-state--in-progress',
  done: 'badge--bookable',
  refused: 'badge--error',
};

/** The state of a request in words, its colour only a second cue. */
export const StateBadge = ({ state, format }: { state: RequestState; format: Format }) => (
  <span class={`badge request-state ${colourOf[state]}`}>
    {format.messages.requests.states[state] ?? state}
  </span>
);
