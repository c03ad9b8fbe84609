import type { ApiErrorCode } from '#domain/error-codes';

/**
 * The technical staff's time in French, the first language of Préau; `en` mirrors it key by key. Only the words
 * of its refusals so far: its pages come with the shifts' storage and routes.
 */
export const fr = {
  timeErrors: {
    shift_breaks_rule: 'ce service dépasse une règle du temps de travail de la personne',
    shift_overlaps: 'cette personne travaille déjà à ce moment-là',
    shift_outside_contract: 'le contrat de cette personne ne couvre pas ce jour',
    shift_times_invalid:
      'horaires impossibles : la fin doit suivre le début, dans les 24 heures, pause comprise',
    person_busy: 'cette personne est déjà prise à ce moment-là dans son planning',
    week_approved: 'la semaine de cette personne est validée : rouvrez-la pour la modifier',
    stale: 'd’autres services de cette personne viennent d’être enregistrés : relisez et réessayez',
    link_invalid: 'la production ou l’activité indiquée n’existe pas, ou ne va pas ensemble',
    shift_person_fixed: 'un service ne change pas de personne : supprimez-le et planifiez-en un autre',
    // T2 hours, approval, exports
    week_already_approved: 'cette semaine est déjà approuvée',
    week_not_approved: 'cette semaine n’est pas approuvée : il n’y a rien à rouvrir',
  } satisfies Record<ApiErrorCode<'time'>, string>,
};

export const en = {
  timeErrors: {
    shift_breaks_rule: 'this shift breaks one of the person’s working-time rules',
    shift_overlaps: 'this person already works at that time',
    shift_outside_contract: 'this person’s contract does not cover that day',
    shift_times_invalid: 'impossible times: the end must follow the start, within 24 hours, break included',
    person_busy: 'this person is already busy at that time in their planning',
    week_approved: 'this person’s week is approved: reopen it to change it',
    stale: 'other shifts of this person were just saved: read again and retry',
    link_invalid: 'the production or activity given does not exist, or they do not go together',
    shift_person_fixed: 'a shift does not change person: remove it and plan another',
    // T2 hours, approval, exports
    week_already_approved: 'this week is already approved',
    week_not_approved: 'this week is not approved: there is nothing to reopen',
  } satisfies Record<ApiErrorCode<'time'>, string>,
} satisfies typeof fr;
