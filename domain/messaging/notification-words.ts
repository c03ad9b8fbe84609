import type { Notification, NotificationSubject } from './notification';
import type { Digest } from './notification-digest';

/** A calendar date in French words: `mardi 8 décembre`. */
const dayWords = (date: string | undefined) =>
  date
    ? new Intl.DateTimeFormat('fr-FR', {
        timeZone: 'UTC',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
      }).format(new Date(`${date}T12:00:00Z`))
    : '';

const stateWords: Record<string, string> = {
  submitted: 'envoyée',
  'in-progress': 'en cours',
  done: 'traitée',
  refused: 'refusée',
};

type Params = Readonly<Record<string, string>>;

/** The French words of each subject, for mails and pushes (the portal has its own, in French and English). */
const subjects: Record<NotificationSubject, (params: Params) => { title: string; line: string }> = {
  'message-delivered': (p) => ({ title: `Nouveau message de ${p.senderName}`, line: `« ${p.subject} »` }),
  'liaison-posted': (p) => ({
    title: `Carnet de liaison : ${p.title}`,
    line: `${p.authorName} vous demande de lire et signer « ${p.title} ».`,
  }),
  'liaison-reminded': (p) => ({
    title: `Rappel, carnet de liaison : ${p.title}`,
    line: `${p.authorName} vous rappelle de signer « ${p.title} ».`,
  }),
  'course-moved': (p) => ({
    title: `Cours déplacé : ${p.title}`,
    line: `« ${p.title} » du ${dayWords(p.fromDate)} à ${p.fromStart} a lieu le ${dayWords(p.toDate)} à ${p.toStart}.`,
  }),
  'course-cancelled': (p) => ({
    title: `Cours annulé : ${p.title}`,
    line: p.date ? `« ${p.title} » du ${dayWords(p.date)} est annulé.` : `« ${p.title} » est annulé.`,
  }),
  'booking-approved': (p) => ({
    title: 'Réservation acceptée',
    line: `Votre demande de salle du ${dayWords(p.date)}, ${p.start}–${p.end}, est acceptée.`,
  }),
  'booking-refused': (p) => ({
    title: 'Réservation refusée',
    line: `Votre demande de salle du ${dayWords(p.date)}, ${p.start}–${p.end}, est refusée.`,
  }),
  'request-state': (p) => ({
    title: 'Votre demande a avancé',
    line: `Votre demande est maintenant « ${stateWords[p.state ?? ''] ?? p.state} ».`,
  }),
  'request-comment': () => ({
    title: 'Nouveau commentaire sur votre demande',
    line: 'L’équipe a commenté votre demande.',
  }),
  'document-shared': (p) => ({
    title: `Document partagé : ${p.name}`,
    line: `« ${p.name} » a été partagé dans le groupe ${p.groupName}.`,
  }),
  'absence-recorded': (p) => ({
    title: `Absence de ${p.firstName}`,
    line: `${p.firstName} est noté·e absent·e au cours du ${dayWords(p.date)} à ${p.start}. Vous pouvez justifier l’absence dans Préau.`,
  }),
  'late-recorded': (p) => ({
    title: `Retard de ${p.firstName}`,
    line: `${p.firstName} est arrivé·e en retard au cours du ${dayWords(p.date)} à ${p.start}${p.minutes ? ` (${p.minutes} min)` : ''}.`,
  }),
  'absence-cancelled': (p) => ({
    title: `Correction : ${p.firstName} était présent·e`,
    line: `L’absence de ${p.firstName} au cours du ${dayWords(p.date)} à ${p.start} est retirée : ${p.firstName} était présent·e.`,
  }),
  'justification-accepted': (p) => ({
    title: 'Motif d’absence accepté',
    line: `Le motif de l’absence de ${p.firstName} du ${dayWords(p.from)} au ${dayWords(p.to)} est accepté.${p.answer ? ` « ${p.answer} »` : ''}`,
  }),
  'justification-refused': (p) => ({
    title: 'Motif d’absence refusé',
    line: `Le motif de l’absence de ${p.firstName} du ${dayWords(p.from)} au ${dayWords(p.to)} est refusé.${p.answer ? ` « ${p.answer} »` : ''}`,
  }),
  'absences-flagged': (p) => ({
    title: `Assiduité : ${p.name}`,
    line: `${p.name} a ${p.count} demi-journées d’absence non justifiées en ${p.month}.`,
  }),
  'loan-overdue': (p) => {
    const article = p.elision === 'vowel' ? 'L’' : p.gender === 'feminine' ? 'La ' : 'Le ';
    const lent = p.gender === 'feminine' ? 'prêtée' : 'prêté';
    const days = Number(p.days) === 1 ? '1 jour' : `${p.days} jours`;
    const what = `${article}${p.instrument}${p.number ? ` n° ${p.number}` : ''} ${lent} jusqu’au ${dayWords(p.date)}`;
    return p.step === '3'
      ? {
          title: `Prêt en retard : ${p.instrument}`,
          line: `${what} n’est pas rendu${p.gender === 'feminine' ? 'e' : ''} (${days} de retard).`,
        }
      : {
          title: `Instrument à rendre : ${p.instrument}`,
          line: `${what} est à rendre${p.step === '2' ? ` (${days} de retard)` : ''}.`,
        };
  },
  'loan-decided': (p) => {
    const article = p.elision === 'vowel' ? 'L’' : p.gender === 'feminine' ? 'La ' : 'Le ';
    const e = p.gender === 'feminine' ? 'e' : '';
    const what = `${article}${p.instrument}`;
    const span = `du ${dayWords(p.fromDate)} au ${dayWords(p.toDate)}`;
    if (p.status === 'approved')
      return {
        title: `Prêt accordé : ${p.instrument}`,
        line: `${what} est accordé${e} ${span}${p.number && p.number !== 'none' ? ` (prêt n° ${p.number})` : ''} : le contrat est à signer dans Préau.`,
      };
    if (p.status === 'waitlisted')
      return {
        title: `Liste d’attente : ${p.instrument}`,
        line: `${what} demandé${e} ${span} est en liste d’attente.`,
      };
    return {
      title: `Prêt refusé : ${p.instrument}`,
      line: `${what} demandé${e} ${span} n’est pas accordé${e}${p.reason && p.reason !== 'none' ? ` : « ${p.reason} »` : ''}.`,
    };
  },
  'register-not-taken': (p) => ({
    title: `Appel à faire : ${p.title}`,
    line: `L’appel du cours « ${p.title} » de ${p.start} n’est pas encore fait.`,
  }),
};

export const wordsOf = (notification: Pick<Notification, 'subject' | 'params'>) =>
  subjects[notification.subject](notification.params);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const linkTo = (portalUrl: string | undefined, path: string) =>
  portalUrl ? `${portalUrl}${path}` : undefined;

const footer = (schoolName: string) =>
  `Vous recevez ce message de ${schoolName} par Préau. Vos choix de notifications : Notifications → Préférences.`;

/** One notification as a mail, from the school, in plain text and in HTML where every user's text is escaped. */
export const mailOf = (notification: Notification, school: { name: string; portalUrl?: string }) => {
  const { title, line } = wordsOf(notification);
  const link = linkTo(school.portalUrl, notification.link);
  const text = [line, link && `Ouvrir : ${link}`, '', footer(school.name)].filter(
    (part) => part !== undefined,
  );
  const html = [
    `<p>${escapeHtml(line)}</p>`,
    link ? `<p><a href="${escapeHtml(link)}">Ouvrir dans Préau</a></p>` : '',
    `<p style="color:#555">${escapeHtml(footer(school.name))}</p>`,
  ].join('');
  return { subject: title, text: text.join('\n'), html };
};

const kindTitles: Record<Digest['sections'][number]['kind'], string> = {
  message: 'Messages',
  liaison: 'Carnet de liaison',
  course: 'Cours',
  booking: 'Réservations',
  request: 'Demandes',
  document: 'Documents partagés',
  absence: 'Absences',
  loan: 'Prêts d’instruments',
};

/** The day's digest of one person: a section per kind, a line per notification. */
export const digestMailOf = (digest: Digest, school: { name: string; portalUrl?: string }) => {
  const subject =
    digest.count === 1
      ? 'Votre résumé du jour : 1 notification'
      : `Votre résumé du jour : ${digest.count} notifications`;
  const sections = digest.sections.map((section) => ({
    title: kindTitles[section.kind],
    lines: section.notifications.map((notification) => wordsOf(notification).line),
  }));
  const link = linkTo(school.portalUrl, '/notifications');
  const text = [
    ...sections.flatMap((section) => [section.title, ...section.lines.map((line) => `- ${line}`), '']),
    ...(link ? [`Ouvrir : ${link}`, ''] : []),
    footer(school.name),
  ].join('\n');
  const html = [
    ...sections.map(
      (section) =>
        `<h2>${escapeHtml(section.title)}</h2><ul>${section.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    ),
    link ? `<p><a href="${escapeHtml(link)}">Ouvrir dans Préau</a></p>` : '',
    `<p style="color:#555">${escapeHtml(footer(school.name))}</p>`,
  ].join('');
  return { subject, text, html };
};
