import * as attendance from '../../attendance/messages';
import * as audit from '../../audit/messages';
import * as booking from '../../booking/messages';
import * as home from '../../home/messages';
import * as homework from '../../homework/messages';
import * as identity from '../../identity/messages';
import * as imports from '../../imports/messages';
import * as loans from '../../loans/messages';
import * as messaging from '../../messaging/messages';
import * as people from '../../people/messages';
import * as places from '../../places/messages';
import * as planning from '../../planning/messages';
import * as requests from '../../requests/messages';
import * as sales from '../../sales/messages';
import * as search from '../../search/messages';
import * as sharing from '../../sharing/messages';
import * as time from '../../time/messages';
import * as shell from './shell-messages';

/**
 * Every text of the web app, composed from each module's `messages.ts` (French, and English that satisfies it):
 * a new module adds its import and its name in this list, nothing else. Message files import types from the
 * domain or their own module only, never this index, so that no import runs in a circle through it.
 */
export const messageModules = {
  shell,
  places,
  identity,
  home,
  people,
  imports,
  planning,
  sharing,
  booking,
  requests,
  messaging,
  homework,
  attendance,
  loans,
  sales,
  audit,
  search,
  time,
};

type Module = (typeof messageModules)[keyof typeof messageModules];
type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (
  whole: infer Whole,
) => void
  ? Whole
  : never;

/** The words of one language: the top-level keys of every module, side by side. */
export type Messages = Intersection<Module['fr']>;

const compose = (language: 'fr' | 'en') =>
  Object.assign({}, ...Object.values(messageModules).map((module) => module[language])) as Messages;

/** In French, the first language of Préau. */
export const fr = compose('fr');
/** In English, key by key as the French. */
export const en = compose('en');
