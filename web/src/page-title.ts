import type { Route } from './routes';
import { salesTitles } from './sales/sales-routes';
import type { Messages } from './shell/i18n/messages';

/** The title of the browser tab: the page shown, then the school. */
export const pageTitle = (route: Route, showsSignIn: boolean, messages: Messages, schoolName?: string) => {
  const page = showsSignIn
    ? messages.signIn.title
    : route.page === 'projects' && route.mine
      ? messages.menu.ownProjects
      : titles(messages)[route.page];
  return `${page} · ${schoolName ?? messages.appName}`;
};

const titles = (messages: Messages): Record<Route['page'], string> => ({
  home: messages.home.title,
  'sign-in': messages.signIn.title,
  activation: messages.activation.title,
  'password-reset': messages.passwordReset.title,
  places: messages.placesTitle,
  person: messages.person.title,
  class: messages.classPage.title,
  'activation-codes': messages.activationCodes.title,
  imports: messages.imports.title,
  directory: messages.directory.title,
  duplicates: messages.duplicates.title,
  'school-years': messages.schoolYears.title,
  'planning-day': messages.planning.dayTitle,
  'planning-week': messages.planning.weekTitle,
  'free-places': messages.planning.freePlaces.title,
  projects: messages.planning.projects.title,
  project: messages.planning.project.title,
  sharing: messages.sharing.title,
  booking: messages.booking.title,
  'booking-requests': messages.booking.manage.title,
  'booking-rules': messages.booking.rules.title,
  'request-forms': messages.requests.title,
  'fill-form': messages.requests.fill.title,
  'form-editor': messages.requests.editor.title,
  request: messages.requests.request.title,
  'not-found': messages.notFound.title,
  audit: messages.audit.title,
  'work-groups': messages.workGroups.title,
  'new-work-group': messages.workGroups.form.heading,
  'work-group': messages.workGroups.title,
  notifications: messages.notifications.title,
  'notification-preferences': messages.notifications.preferences.title,
  liaison: messages.liaison.title,
  'liaison-note': messages.liaison.note.title,
  messages: messages.messaging.title,
  conversation: messages.messaging.title,
  'compose-message': messages.messaging.compose.title,
  'message-reports': messages.messagingSafety.reportsTitle,
  'messaging-rules': messages.messagingSafety.settingsTitle,
  homework: messages.homework.title,
  'homework-session': messages.homework.session,
  'homework-book': messages.homework.books,
  absences: messages.attendance.absences.title,
  justifications: messages.attendance.absences.staffTitle,
  attendance: messages.attendance.title,
  'attendance-register': messages.attendance.title,
  instruments: messages.loans.title,
  instrument: messages.loans.title,
  'instrument-new': messages.loans.newTitle,
  'instruments-import': messages.loans.importTitle,
  loan: messages.loans.loanPageTitle,
  'instruments-overdue': messages.loansFollowUp.overdueTitle,
  'instruments-renewals': messages.loansFollowUp.campaignTitle,
  'my-instruments': messages.loansFollowUp.myTitle,
  'loan-request': messages.loans.request.title,
  'my-loans': messages.loans.mine.title,
  'loans-desk': messages.loans.desk.title,
  'attendance-day': messages.attendance.day,
  ...salesTitles(messages),
  // T23 time
  'time-week': messages.time.nav,
  'my-hours': messages.time.mineTitle,
});
