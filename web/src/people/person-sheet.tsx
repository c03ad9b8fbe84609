import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { PeopleList } from './people-list';
import type { PersonSheet as Sheet } from './person';

interface PersonSheetProps {
  sheet: Sheet;
  format: Format;
  /** Where the person's class leads, for those who may see its students. */
  classHref?: string;
  /** The person's week: whoever may read a sheet may read that person's planning. */
  weekHref?: string;
  /** What other modules show on the sheet, for those who may read it (a person's loans). */
  children?: ComponentChildren;
}

/** A person's sheet: profiles, class, birth date, how to reach them, their guardians or children. */
export const PersonSheet = ({ sheet, format, classHref, weekHref, children }: PersonSheetProps) => {
  const { person } = format.messages;
  const titleId = useId();
  return (
    <article class="page sheet" aria-labelledby={titleId}>
      <h2 id={titleId}>{format.fullName(sheet)}</h2>
      <ul class="badges" aria-label={person.profiles}>
        {sheet.profiles.map((profile) => (
          <li key={profile} class="badge badge--muted">
            {format.profile(profile)}
          </li>
        ))}
      </ul>
      <dl class="facts">
        {sheet.classLabel && (
          <Fact term={person.class}>
            {classHref ? <Link href={classHref}>{sheet.classLabel}</Link> : sheet.classLabel}
          </Fact>
        )}
        {sheet.birthDate && <Fact term={person.birthDate}>{format.date(sheet.birthDate)}</Fact>}
        {sheet.email && (
          <Fact term={person.email}>
            <a href={`mailto:${sheet.email}`}>{sheet.email}</a>
          </Fact>
        )}
        {sheet.phone && (
          <Fact term={person.phone}>
            <a href={`tel:${sheet.phone.replace(/[^\d+]/g, '')}`}>{sheet.phone}</a>
          </Fact>
        )}
        <Fact term={person.account}>{sheet.activated ? person.activated : person.notActivated}</Fact>
      </dl>
      {weekHref && (
        <p>
          <Link href={weekHref} class="button">
            {format.messages.personWeek}
          </Link>
        </p>
      )}
      <Relatives title={person.guardians} people={sheet.guardians} format={format} />
      <Relatives title={person.children} people={sheet.children} format={format} />
      <PupilContacts contacts={sheet.contacts} format={format} />
      {children}
    </article>
  );
};

const Fact = ({ term, children }: { term: string; children: ComponentChildren }) => (
  <div class="facts__row">
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);

const Relatives = ({
  title,
  people,
  format,
}: {
  title: string;
  people?: Sheet['guardians'];
  format: Format;
}) =>
  people?.length ? (
    <section class="sheet__section">
      <h3>{title}</h3>
      <PeopleList people={people} label={title} format={format} />
    </section>
  ) : null;

/** A pupil's other contacts (a grandparent, a neighbour): the staff's numbers to call, with no right of theirs. */
const PupilContacts = ({ contacts, format }: { contacts?: Sheet['contacts']; format: Format }) => {
  const texts = format.messages.pupilContacts;
  return contacts?.length ? (
    <section class="sheet__section">
      <h3>{texts.title}</h3>
      <dl class="facts">
        {contacts.map((contact) => (
          <Fact key={contact.sourceId} term={format.fullName(contact)}>
            {contact.relationship && (
              <span>
                {(texts.relationships as Record<string, string>)[contact.relationship] ??
                  texts.otherRelationship.replace('{code}', contact.relationship)}
              </span>
            )}
            {contact.phones.map(({ kind, number }) => (
              <span key={number}>
                {' · '}
                {texts.phones[kind]} <a href={`tel:${number.replace(/[^\d+]/g, '')}`}>{number}</a>
              </span>
            ))}
          </Fact>
        ))}
      </dl>
    </section>
  ) : null;
};
