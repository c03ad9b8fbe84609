import type { Api } from './api';
import { LiveDayPage } from './attendance/live-day-page';
import { RegisterPageView, RollCallPage } from './attendance/roll-call-page';
import { AuditPage } from './audit/audit-page';
import { BookingPage } from './booking/booking-page';
import { BookingRequestsPage } from './booking/requests-page';
import { BookingRulesPage } from './booking/rules-page';
import { HomePage } from './home/home-page';
import { BookPage } from './homework/book-page';
import { HomeworkPage } from './homework/homework-page';
import { SessionPage } from './homework/session-page';
import { ActivationCodesPage } from './identity/activation-codes-page';
import { ImportsPage } from './imports/imports-page';
import { SchoolYearsPage } from './imports/school-years-page';
import { ComposePage } from './messaging/compose-page';
import { ConversationPage } from './messaging/conversation-page';
import { GroupPage } from './messaging/group-page';
import { GroupsPage } from './messaging/groups-page';
import { InboxPage } from './messaging/inbox-page';
import { LiaisonNotePage } from './messaging/liaison-note-page';
import { LiaisonPage } from './messaging/liaison-page';
import { NewGroupPage } from './messaging/new-group-page';
import { NotificationPreferencesPage } from './messaging/notification-preferences-page';
import { NotificationsPage } from './messaging/notifications-page';
import { ReportsPage } from './messaging/reports-page';
import { MessagingRulesPage } from './messaging/rules-page';
import { ClassPage } from './people/class-page';
import { DirectoryPage } from './people/directory-page';
import { DuplicatesPage } from './people/duplicates-page';
import type { Me } from './people/person';
import { PersonPage } from './people/person-page';
import { PlacesPage } from './places/places-page';
import { DayPage } from './planning/day-page';
import { FreePlacesPage } from './planning/free-places-page';
import { ProjectPage } from './planning/project-page';
import { ProjectsPage } from './planning/projects-page';
import { WeekPage } from './planning/week-page';
import { FillFormPage } from './requests/fill-form-page';
import { FormEditorPage } from './requests/form-editor-page';
import { RequestPage } from './requests/request-page';
import { FormRequestsPage } from './requests/requests-page';
import { paths, type Route } from './routes';
import { SharingPage } from './sharing/sharing-page';
import { NotFoundPage } from './shell/frame/not-found-page';
import type { Format } from './shell/i18n/format';
import { Redirect } from './shell/routing/redirect';

interface SignedInPageProps {
  api: Api;
  format: Format;
  me: Me;
  route: Route;
}

/** The page of an address for a signed-in person; the sign-in page has done its work and sends them home. */
export const SignedInPage = ({ api, format, me, route }: SignedInPageProps) => {
  switch (route.page) {
    case 'home':
      return <HomePage api={api} format={format} me={me} />;
    case 'places':
      return <PlacesPage api={api} format={format} me={me} />;
    case 'audit':
      return <AuditPage api={api} format={format} me={me} />;
    case 'message-reports':
      return <ReportsPage api={api} format={format} me={me} />;
    case 'messaging-rules':
      return <MessagingRulesPage api={api} format={format} me={me} />;
    case 'person':
      return <PersonPage key={route.personId} api={api} format={format} me={me} personId={route.personId} />;
    case 'class':
      return <ClassPage key={route.classId} api={api} format={format} me={me} classId={route.classId} />;
    case 'activation-codes':
      return <ActivationCodesPage api={api} format={format} me={me} />;
    case 'imports':
      return <ImportsPage api={api} format={format} me={me} jobId={route.jobId} />;
    case 'directory':
      return <DirectoryPage api={api} format={format} me={me} />;
    case 'duplicates':
      return <DuplicatesPage api={api} format={format} me={me} />;
    case 'school-years':
      return <SchoolYearsPage api={api} format={format} me={me} />;
    case 'planning-day':
      return <DayPage api={api} format={format} me={me} view={route.view} />;
    case 'planning-week':
      return (
        <WeekPage
          key={`${route.kind}/${route.id}`}
          api={api}
          format={format}
          me={me}
          kind={route.kind}
          id={route.id}
          view={route.view}
        />
      );
    case 'free-places':
      return <FreePlacesPage api={api} format={format} me={me} search={route.search} />;
    case 'projects':
      return <ProjectsPage api={api} format={format} me={me} kind={route.kind} mine={route.mine} />;
    case 'project':
      return (
        <ProjectPage key={route.projectId} api={api} format={format} me={me} projectId={route.projectId} />
      );
    case 'sharing':
      return <SharingPage api={api} format={format} me={me} />;
    case 'booking':
      return <BookingPage key={route.placeId} api={api} format={format} me={me} placeId={route.placeId} />;
    case 'booking-requests':
      return <BookingRequestsPage api={api} format={format} me={me} />;
    case 'booking-rules':
      return <BookingRulesPage api={api} format={format} me={me} />;
    case 'request-forms':
      return <FormRequestsPage api={api} format={format} me={me} />;
    case 'fill-form':
      return (
        <FillFormPage
          key={`${route.formId}?${route.projectId}`}
          api={api}
          format={format}
          me={me}
          formId={route.formId}
          projectId={route.projectId}
        />
      );
    case 'form-editor':
      return (
        <FormEditorPage key={route.formId ?? ''} api={api} format={format} me={me} formId={route.formId} />
      );
    case 'request':
      return (
        <RequestPage key={route.requestId} api={api} format={format} me={me} requestId={route.requestId} />
      );
    case 'work-groups':
      return <GroupsPage api={api} format={format} me={me} />;
    case 'new-work-group':
      return <NewGroupPage api={api} format={format} />;
    case 'work-group':
      return <GroupPage key={route.groupId} api={api} format={format} me={me} groupId={route.groupId} />;
    case 'notifications':
      return <NotificationsPage api={api} format={format} me={me} />;
    case 'notification-preferences':
      return <NotificationPreferencesPage api={api} format={format} me={me} />;
    case 'liaison':
      return <LiaisonPage api={api} format={format} me={me} />;
    case 'liaison-note':
      return <LiaisonNotePage key={route.noteId} api={api} format={format} me={me} noteId={route.noteId} />;
    case 'homework':
      return <HomeworkPage api={api} format={format} me={me} />;
    case 'homework-session':
      return (
        <SessionPage
          key={`${route.activityId}/${route.seriesDate}`}
          api={api}
          format={format}
          me={me}
          activityId={route.activityId}
          seriesDate={route.seriesDate}
        />
      );
    case 'homework-book':
      return (
        <BookPage
          key={`${route.kind}/${route.id}`}
          api={api}
          format={format}
          me={me}
          kind={route.kind}
          id={route.id}
        />
      );
    case 'attendance':
      return <RollCallPage api={api} format={format} />;
    case 'attendance-register':
      return (
        <RegisterPageView
          key={`${route.activityId}/${route.seriesDate}`}
          api={api}
          format={format}
          activityId={route.activityId}
          seriesDate={route.seriesDate}
        />
      );
    case 'attendance-day':
      return <LiveDayPage key={route.date} api={api} format={format} date={route.date} />;
    case 'messages':
      return <InboxPage key={route.query} api={api} format={format} me={me} query={route.query} />;
    case 'conversation':
      return (
        <ConversationPage
          key={route.conversationId}
          api={api}
          format={format}
          conversationId={route.conversationId}
        />
      );
    case 'compose-message':
      return <ComposePage api={api} format={format} />;
    case 'sign-in':
      return <Redirect to={paths.home} />;
    case 'activation':
    case 'not-found':
      return <NotFoundPage format={format} />;
  }
};
