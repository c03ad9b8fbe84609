/** The codes of sharing's refusals: a mini-site never shows a pupil's planning (403). */
export const sharingErrorCodes = ['pupil_planning_not_public'] as const;
