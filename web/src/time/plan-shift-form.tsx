import { useCallback, useId, useState } from 'preact/hooks';
import { type Skill, skills } from '#domain/time/contract';
import type { ExceptionGround } from '#domain/time/rulebooks';
import { type ShiftInput, type ShiftWork, shiftWorks } from '#domain/time/shift';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { ShiftTimeFields } from './shift-time-fields';
import { breachesOf, type Candidate, groundsOf, type ShiftBreach, type WeekShift } from './time-api';
import { allowsException, breachText, shiftTimesOf, wallClockOf } from './time-words';

/** The grounds every refused breach allows: an exception helps only when it covers them all. */
const commonGrounds = (breaches: readonly ShiftBreach[]): ExceptionGround[] => {
  const [first, ...rest] = breaches;
  if (!first) return [];
  return groundsOf(first).filter((ground) => rest.every((breach) => groundsOf(breach).includes(ground)));
};

/** A shift of the week opened to change or remove it, with its person's name. */
export interface OpenedShift {
  shift: WeekShift;
  name: string;
}

/**
 * « Planifier un service »: the kind of work and the production, the day and times, then the person among those
 * the API lists free and skilled then. A refusal shows each rule broken, its limit and the figure, in French; where
 * the rulebook allows it, « Accepter l’exception » plans it again with a ground and a reason.
 *
 * With `opened`, the same form changes a shift of the week (« Modifier le service »): filled in with it, its person
 * fixed, « Enregistrer » sends it on the version read, refused as a new one is; « Supprimer ce service » removes it
 * once confirmed. `planned` then gets what was done, and `closed` puts the form back to planning.
 */
export const PlanShiftForm = ({
  api,
  format,
  monday,
  planned,
  opened,
  closed,
}: {
  api: Api;
  format: Format;
  monday: string;
  planned: (done?: string) => void;
  opened?: OpenedShift;
  closed?: () => void;
}) => {
  const words = format.messages.time;
  const texts = words.plan;
  const id = useId();
  const zone = format.timeZone ?? 'Europe/Paris';
  const loadProductions = useCallback((signal: AbortSignal) => api.timeProductions(signal), [api]);
  const { state: productions } = useLoad(loadProductions);
  const shift = opened?.shift;
  const from = shift && wallClockOf(shift.planned.startsAt, zone);
  const [work, setWork] = useState<ShiftWork>(shift?.work ?? 'set-up');
  const [projectId, setProjectId] = useState(shift?.link?.projectId ?? '');
  const [day, setDay] = useState(from?.day ?? monday);
  const [start, setStart] = useState(from?.time ?? '09:00');
  const [end, setEnd] = useState(shift ? wallClockOf(shift.planned.endsAt, zone).time : '17:00');
  const [breakMinutes, setBreakMinutes] = useState(String(shift?.planned.breakMinutes ?? 60));
  const [skill, setSkill] = useState<Skill | ''>('');
  const [candidates, setCandidates] = useState<Candidate[]>();
  const [personId, setPersonId] = useState(shift?.personId ?? '');
  const [refused, setRefused] = useState<ShiftBreach[]>();
  const [ground, setGround] = useState<ExceptionGround | ''>(shift?.exception?.ground ?? '');
  const [reason, setReason] = useState(shift?.exception?.reason ?? '');
  const [premiereDate, setPremiereDate] = useState(shift?.exception?.premiereDate ?? '');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);

  const times = () => shiftTimesOf(day, start, end, Number(breakMinutes) || 0, zone);

  const findPeople = async () => {
    setError(undefined);
    try {
      const { startsAt, endsAt } = times();
      const { people } = await api.timeCandidates({ startsAt, endsAt, skill });
      setCandidates(people);
      if (!people.some((person) => person.personId === personId)) setPersonId('');
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };

  const plan = async (withException: boolean) => {
    setError(undefined);
    setNotice(undefined);
    setBusy(true);
    // A changed shift keeps the exception it was accepted with until the planner gives another.
    const exception =
      withException && ground
        ? {
            ground,
            reason: reason.trim(),
            ...(ground === 'premiere' && premiereDate && { premiereDate }),
          }
        : shift?.exception;
    const input: ShiftInput = {
      personId,
      work,
      ...(projectId && { link: { projectId } }),
      planned: times(),
      ...(exception && { exception }),
    };
    const done = (message: string) =>
      format.message(message, {
        name: opened?.name ?? candidates?.find((person) => person.personId === personId)?.name ?? '',
        work: words.works[work].toLowerCase(),
        day: format.day(day),
      });
    try {
      if (shift) {
        await api.changeShift(shift.shiftId, { ...input, version: shift.version });
        planned(done(texts.changed));
        return;
      }
      await api.planShift(input);
      setNotice(done(withException ? texts.plannedWithException : texts.planned));
      setRefused(undefined);
      setReason('');
      planned();
    } catch (failure) {
      const breaches = breachesOf(failure);
      if (breaches.length > 0) {
        setRefused(breaches);
        const grounds = commonGrounds(breaches);
        setGround((current) => (current && grounds.includes(current) ? current : (grounds[0] ?? '')));
        setPremiereDate((current) => current || day);
      } else {
        setRefused(undefined);
        setError(failureReason(failure, format));
      }
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!shift) return;
    setError(undefined);
    setBusy(true);
    try {
      await api.removeShift(shift.shiftId, shift.version);
      planned(
        format.message(texts.removed, {
          name: opened.name,
          work: words.works[shift.work].toLowerCase(),
          day: format.day(wallClockOf(shift.planned.startsAt, zone).day),
        }),
      );
    } catch (failure) {
      setConfirming(false);
      setError(failureReason(failure, format));
    } finally {
      setBusy(false);
    }
  };

  const grounds = refused ? commonGrounds(refused) : [];
  const productionList = productions.status === 'loaded' ? productions.value : [];
  return (
    <section class="card stack time-plan" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{opened ? texts.changeTitle : texts.title}</h3>
      {opened && <p>{format.message(texts.changing, { name: opened.name })}</p>}
      <form
        class="form stack"
        onSubmit={(event) => {
          event.preventDefault();
          void plan(false);
        }}
      >
        <div class="time-plan__fields">
          <div class="field">
            <label for={`${id}-work`}>{texts.work}</label>
            <select
              id={`${id}-work`}
              value={work}
              onChange={(event) => setWork(event.currentTarget.value as ShiftWork)}
            >
              {shiftWorks.map((each) => (
                <option key={each} value={each}>
                  {words.works[each]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${id}-production`}>{texts.production}</label>
            <select
              id={`${id}-production`}
              value={projectId}
              onChange={(event) => setProjectId(event.currentTarget.value)}
            >
              <option value="">{texts.noProduction}</option>
              {productionList.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${id}-day`}>{texts.day}</label>
            <input
              id={`${id}-day`}
              type="date"
              required
              value={day}
              onInput={(event) => setDay(event.currentTarget.value)}
            />
          </div>
          <ShiftTimeFields
            id={id}
            words={texts}
            start={start}
            end={end}
            breakMinutes={breakMinutes}
            setStart={setStart}
            setEnd={setEnd}
            setBreakMinutes={setBreakMinutes}
          />
          <div class="field">
            <label for={`${id}-skill`}>{texts.skill}</label>
            <select
              id={`${id}-skill`}
              value={skill}
              onChange={(event) => setSkill(event.currentTarget.value as Skill | '')}
            >
              <option value="">{texts.anySkill}</option>
              {skills.map((each) => (
                <option key={each} value={each}>
                  {words.skills[each]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {!opened && (
          <button type="button" class="button button--secondary" onClick={() => void findPeople()}>
            {texts.findPeople}
          </button>
        )}
        {!opened && candidates && (
          <div class="field">
            <label for={`${id}-person`}>{texts.candidates}</label>
            {candidates.length === 0 ? (
              <p class="muted">{texts.noCandidates}</p>
            ) : (
              <select
                id={`${id}-person`}
                required
                value={personId}
                onChange={(event) => setPersonId(event.currentTarget.value)}
              >
                <option value="">{texts.choosePerson}</option>
                {candidates.map((person) => (
                  <option key={person.personId} value={person.personId}>
                    {candidateLabel(format, person, skill)}
                  </option>
                ))}
              </select>
            )}
          </div>
        )}
        {opened ? (
          <div class="time-plan__actions">
            <button type="submit" class="button" disabled={busy}>
              {texts.save}
            </button>
            <button type="button" class="button button--secondary" onClick={closed}>
              {texts.cancel}
            </button>
            {!confirming && (
              <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
                {texts.remove}
              </button>
            )}
          </div>
        ) : (
          <button type="submit" class="button" disabled={!personId || busy}>
            {texts.submit}
          </button>
        )}
      </form>
      {opened && confirming && (
        <div class="notice notice--error stack" role="alert">
          <p>{format.message(texts.removeQuestion, { name: opened.name })}</p>
          <div class="time-plan__actions">
            <button type="button" class="button button--danger" disabled={busy} onClick={() => void remove()}>
              {texts.removeConfirm}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              {texts.keep}
            </button>
          </div>
        </div>
      )}
      {refused && (
        <div class="notice notice--error stack time-refusal" role="alert">
          <h4>{words.refusal.title}</h4>
          <ul class="time-refusal__breaches">
            {refused.map((breach) => (
              <li key={breach.ruleId}>
                <strong>{breachText(format, breach)}</strong>
                {breach.source && (
                  <span class="time-refusal__source">
                    {format.message(words.refusal.rulebookSays, {
                      text: breach.source.text,
                      article: breach.source.article,
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {grounds.length === 0 || !refused.every(allowsException) ? (
            <p>{words.refusal.noException}</p>
          ) : (
            <form
              class="form stack"
              onSubmit={(event) => {
                event.preventDefault();
                void plan(true);
              }}
            >
              <p>{words.refusal.exceptionAllowed}</p>
              <div class="field">
                <label for={`${id}-ground`}>{words.refusal.ground}</label>
                <select
                  id={`${id}-ground`}
                  value={ground}
                  onChange={(event) => setGround(event.currentTarget.value as ExceptionGround)}
                >
                  {grounds.map((each) => (
                    <option key={each} value={each}>
                      {words.grounds[each]}
                    </option>
                  ))}
                </select>
              </div>
              {ground === 'premiere' && (
                <div class="field">
                  <label for={`${id}-premiere`}>{words.refusal.premiereDate}</label>
                  <input
                    id={`${id}-premiere`}
                    type="date"
                    required
                    value={premiereDate}
                    onInput={(event) => setPremiereDate(event.currentTarget.value)}
                  />
                </div>
              )}
              <div class="field">
                <label for={`${id}-reason`}>{words.refusal.reason}</label>
                <input
                  id={`${id}-reason`}
                  required
                  maxLength={500}
                  value={reason}
                  onInput={(event) => setReason(event.currentTarget.value)}
                />
              </div>
              <button type="submit" class="button button--warning" disabled={!reason.trim() || busy}>
                {words.refusal.accept}
              </button>
            </form>
          )}
        </div>
      )}
      <FormAlert id={`${id}-error`} message={error} />
      {notice && (
        <p class="notice notice--ok" role="status">
          {notice}
        </p>
      )}
    </section>
  );
};

/** A candidate as the list shows them: name, free or busy, skilled in what is asked. */
const candidateLabel = (format: Format, person: Candidate, skill: Skill | '') => {
  const texts = format.messages.time.plan;
  const state = person.free
    ? texts.free
    : person.busyWith === 'activity'
      ? texts.busyActivity
      : texts.busyShift;
  const skilled = skill && person.skills.includes(skill) ? ` · ${texts.skilled}` : '';
  const known = person.skills.map((each) => format.messages.time.skills[each] ?? each).join(', ');
  return `${person.name} — ${state}${skilled}${known ? ` (${known})` : ''}`;
};
