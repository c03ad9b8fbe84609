import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';
import {
  type DuplicateCandidate,
  type DuplicateGroup,
  type SharedDetail,
  sharesDetail,
} from './duplicate-group';

interface DuplicateRecordProps {
  group: DuplicateGroup;
  person: DuplicateCandidate;
  /** Its rank in the group, from 1: records of one name are told apart by it. */
  rank: number;
  /** The radio group's name, one per group. */
  choice: string;
  kept: boolean;
  onKeep: () => void;
  format: Format;
}

/** One record of a group, as a column: the choice to keep it, then what it holds; shared details stand out. */
export const DuplicateRecord = ({
  group,
  person,
  rank,
  choice,
  kept,
  onKeep,
  format,
}: DuplicateRecordProps) => {
  const texts = format.messages.duplicates;
  const nameId = useId();
  const shared = (detail: SharedDetail) => sharesDetail(group, person, detail);
  return (
    <div class={kept ? 'record record--kept' : 'record'}>
      <label class="choice__option">
        <input
          type="radio"
          name={choice}
          value={person.personId}
          checked={kept}
          onChange={onKeep}
          aria-describedby={nameId}
        />
        <span>{format.fill(texts.keep, { n: rank })}</span>
      </label>
      <p id={nameId} class="record__name">
        {format.fullName(person)}
        {person.hasAccount && (
          <>
            {' '}
            <span class="badge badge--bookable">{texts.account}</span>
          </>
        )}
      </p>
      <dl class="record__facts">
        {person.email && (
          <Detail term={texts.email} shared={shared('email')} format={format}>
            {person.email}
          </Detail>
        )}
        {person.phone && (
          <Detail term={texts.phone} shared={shared('phone')} format={format}>
            {person.phone}
          </Detail>
        )}
        {person.address?.length ? (
          <Detail term={texts.address} shared={shared('address')} format={format}>
            {person.address.join(', ')}
          </Detail>
        ) : null}
        <Detail term={texts.children} format={format}>
          {person.children.length === 0 ? (
            texts.noChildren
          ) : (
            <ul class="record__list">
              {person.children.map((child) => (
                <li key={child.personId}>
                  {format.fullName(child)}
                  {child.classLabel && <span class="muted"> · {child.classLabel}</span>}
                </li>
              ))}
            </ul>
          )}
        </Detail>
        <Detail term={texts.sources} format={format}>
          {person.sourceIds.length === 0 ? (
            texts.noSources
          ) : (
            <ul class="record__list record__sources">
              {person.sourceIds.map((sourceId) => (
                <li key={sourceId}>{sourceId}</li>
              ))}
            </ul>
          )}
        </Detail>
      </dl>
    </div>
  );
};

interface DetailProps {
  term: string;
  shared?: boolean;
  format: Format;
  children: ComponentChildren;
}

/** A detail of the record; one the group shares is marked, and said so to screen readers. */
const Detail = ({ term, shared = false, format, children }: DetailProps) => (
  <div class="record__fact">
    <dt>{term}</dt>
    <dd>
      {shared ? (
        <>
          <mark class="shared">{children}</mark>
          <span class="visually-hidden"> {format.messages.duplicates.sharedMark}</span>
        </>
      ) : (
        children
      )}
    </dd>
  </div>
);
