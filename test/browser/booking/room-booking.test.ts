import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { frenchDay, plusDays, todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** « de Paul », « d’Inès »: the French of a name after « de ». */
const deOf = (name: string) => (/^[aeiouyhàâéèêëîïôöùûüœ]/i.test(name) ? `d’${name}` : `de ${name}`);

interface Slot {
  date: string;
  start: string;
  end: string;
}

interface Room {
  id: string;
  name: string;
}

interface Option extends Room {
  kind: string;
  outcome: 'confirm' | 'request';
  limits: { code: string }[];
}

type GetJson = <T>(path: string) => Promise<T>;

/** The rooms the student may book on a slot, as the API offers them. */
const optionsOn = async (student: GetJson, { date, start, end }: Slot): Promise<Option[]> =>
  (await student<{ items: Option[] }>(`/api/bookings/options?date=${date}&start=${start}&end=${end}`)).items;

/**
 * The first open day in a range with a practice room the student's rules give on the slot, as the outcome wants:
 * the demo year is planned, so the test finds a slot rather than assuming one.
 */
const findSlot = async (
  planner: GetJson,
  student: GetJson,
  { from, to, start, end }: { from: number; to: number; start: string; end: string },
  outcome: 'confirm' | 'request',
) => {
  const today = todayInParis();
  const { personId } = await student<{ personId: string }>('/api/me');
  for (let offset = from; offset <= to; offset += 1) {
    const date = plusDays(today, offset);
    if (!(await planner<{ open: boolean }>(`/api/planning/day?date=${date}&kind=practice-room`)).open)
      continue;
    // The student's own courses (their class's among them) count as theirs: a booking over one is refused.
    const { days } = await student<{ days: { items: { start: string; end: string }[] }[] }>(
      `/api/agenda/person/${personId}?from=${date}&to=${date}`,
    );
    if (days.some(({ items }) => items.some((item) => item.start < end && start < item.end))) continue;
    const room = (await optionsOn(student, { date, start, end })).find(
      (option) => option.kind === 'practice-room' && option.outcome === outcome,
    );
    if (room) return { slot: { date, start, end }, room };
  }
  throw new Error(`No practice room to ${outcome} from day ${from} to ${to}`);
};

/** Fills the slot form of the booking page. */
const fillSlot = async (page: Page, { date, start, end }: Slot) => {
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Début', { exact: true }).fill(start);
  await page.getByLabel('Fin', { exact: true }).fill(end);
};

/** No sideways scroll, and every button tall enough for a finger. */
const expectPhoneFriendly = async (page: Page) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const heights = await page
    .locator('main .button')
    .evaluateAll((buttons) =>
      buttons
        .filter((button) => button.getClientRects().length > 0)
        .map((button) => button.getBoundingClientRect().height),
    );
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
};

describe('room booking in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let planner: GetJson;
  let student: GetJson;
  let sendAsPlanner: (method: string, path: string, body: unknown) => Promise<Response>;
  let sendAsStudent: (method: string, path: string, body: unknown) => Promise<Response>;
  let studentName: string;
  /** A rehearsal room open to bookings: the demo's first-level students may not book that kind. */
  let rehearsalRoom: Room;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const asPlanner = await fetchAs(origin, 'planning.demo');
    const asStudent = await fetchAs(origin, 'eleve.demo');
    const sender = (as: typeof asPlanner) => (method: string, path: string, body: unknown) =>
      as(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    sendAsPlanner = sender(asPlanner);
    sendAsStudent = sender(asStudent);
    planner = async <T>(path: string) => (await (await asPlanner(path)).json()) as T;
    student = async <T>(path: string) => (await (await asStudent(path)).json()) as T;
    const me = await student<{ firstName: string; lastName: string }>('/api/me');
    studentName = `${me.firstName} ${me.lastName}`;
    const { rules } = await planner<{ rules: { levels: string[]; placeKinds: string[] }[] }>(
      '/api/booking-rules',
    );
    const { items: rehearsalRooms } = await planner<{ items: (Room & { bookable: boolean })[] }>(
      '/api/places?kind=rehearsal-room&status=active&limit=500',
    );
    rehearsalRoom = rehearsalRooms.find(({ bookable }) => bookable) as Room;
    expect(rehearsalRoom).toBeDefined();
    // The room stays outside the student's rights only while their level's rules do not open rehearsal rooms.
    expect(rules.some(({ placeKinds }) => !placeKinds.includes('rehearsal-room'))).toBe(true);
    // The demo school's year is planned at start: minutes on a busy machine.
  }, 360_000);

  afterAll(() => portal?.stop());

  for (const [size, viewport, hours] of [
    ['phone', phone, { start: '18:00', end: '19:00', late: '17:00', lateEnd: '18:00' }],
    ['desktop', desktop, { start: '19:00', end: '20:00', late: '16:00', lateEnd: '17:00' }],
  ] as const) {
    it(`lets a student book, be refused and ask, and a planner answer (${size})`, async () => {
      const onPhone = size === 'phone';
      const free = await findSlot(
        planner,
        student,
        { from: 2, to: 13, start: hours.start, end: hours.end },
        'confirm',
      );
      const far = await findSlot(
        planner,
        student,
        { from: 20, to: 40, start: hours.late, end: hours.lateEnd },
        'request',
      );

      const page = await browser.newPage({
        viewport,
        locale: 'fr-FR',
        ...(onPhone && { isMobile: true, hasTouch: true }),
      });
      await page.goto(origin);
      await signInThroughPortal(page, 'eleve.demo');

      // A free practice room, booked in two taps once the slot is chosen.
      await openMenuLink(page, 'Réserver une salle');
      await page.getByRole('heading', { level: 2, name: 'Réserver une salle' }).waitFor();
      await fillSlot(page, free.slot);
      await page.getByRole('button', { name: 'Chercher une salle' }).click();
      const book = page.getByRole('button', { name: `Réserver ${free.room.name}`, exact: true });
      await book.waitFor();
      await page.getByText(/^Vos réservations de la semaine : .+ sur 4 h$/).waitFor();
      await page.screenshot({ path: screenshotPath(`booking-options-${size}`) });
      await expectAccessible(page);
      if (onPhone) await expectPhoneFriendly(page);
      await book.click();
      const confirm = page.getByRole('alertdialog', { name: `Réserver ${free.room.name} ?` });
      expect(await confirm.textContent()).toContain(
        `${free.room.name}, ${frenchDay(free.slot.date)}, ${free.slot.start} – ${free.slot.end}.`,
      );
      await expectAccessible(page, 'dialog[open]');
      await confirm.getByRole('button', { name: 'Confirmer' }).click();
      const booked = page
        .getByRole('status')
        // A practice room is a « studio de travail »: the words agree with a masculine noun.
        .filter({ hasText: `${free.room.name} est réservé pour vous, ${frenchDay(free.slot.date)}` });
      await booked.waitFor();
      await page.screenshot({ path: screenshotPath(`booking-confirmed-${size}`) });
      const mine = page.getByRole('region', { name: 'Mes réservations' });
      await mine.getByText(free.room.name).first().waitFor();

      // It is in the student's week.
      await booked.getByRole('link', { name: 'Voir ma semaine' }).click();
      await page.getByText('Planning de la personne').waitFor();
      const block = page.locator('.block', { hasText: 'Travail personnel' }).filter({
        hasText: `${free.slot.start} – ${free.slot.end}`,
      });
      await block.first().waitFor();
      expect(await block.first().textContent()).toContain(free.room.name);

      // A rehearsal room, reached from the places page: refused, and told why.
      await page.goto(`${origin}/lieux?kind=rehearsal-room`);
      const bookHere = page
        .getByRole('link', { name: `Réserver ${rehearsalRoom.name}`, exact: true })
        .first();
      await bookHere.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`booking-places-${size}`) });
      await bookHere.click();
      await page.getByRole('heading', { level: 3, name: `Réserver ${rehearsalRoom.name}` }).waitFor();
      expect(new URL(page.url()).searchParams.get('salle')).toBe(rehearsalRoom.id);
      await fillSlot(page, free.slot);
      await page.getByRole('button', { name: 'Réserver', exact: true }).click();
      await page
        .getByRole('alertdialog', { name: `Réserver ${rehearsalRoom.name} ?` })
        .getByRole('button', { name: 'Confirmer' })
        .click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Réservation refusée : Votre cursus ne vous ouvre pas ce type de salle.' })
        .waitFor();
      await page.screenshot({ path: screenshotPath(`booking-refused-${size}`) });
      await expectAccessible(page);
      if (onPhone) await expectPhoneFriendly(page);

      // Beyond the horizon of their rules: a request, pending.
      await page.getByRole('link', { name: 'Chercher parmi toutes les salles' }).click();
      await fillSlot(page, far.slot);
      await page.getByRole('button', { name: 'Chercher une salle' }).click();
      const ask = page.getByRole('button', { name: `Demander ${far.room.name}`, exact: true });
      await ask.waitFor();
      const card = page.locator('.booking-card', { has: ask });
      expect(await card.textContent()).toContain('plus de 14 jours à l’avance');
      await ask.click();
      const askDialog = page.getByRole('alertdialog', { name: `Demander ${far.room.name} ?` });
      expect(await askDialog.textContent()).toContain('un planificateur décidera');
      await expectAccessible(page, 'dialog[open]');
      await askDialog.getByRole('button', { name: 'Confirmer' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Demande envoyée : ${far.room.name}` })
        .waitFor();
      const requests = page.getByRole('region', { name: 'Mes demandes' });
      const myRequest = requests
        .locator('.booking-item', { hasText: far.room.name })
        .filter({ hasText: `${frenchDay(far.slot.date)}, ${far.slot.start} – ${far.slot.end}` });
      await expect.poll(() => myRequest.textContent()).toContain('En attente');
      await myRequest.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`booking-requested-${size}`) });

      // A planner accepts it.
      const desk = await browser.newPage({
        viewport,
        locale: 'fr-FR',
        ...(onPhone && { isMobile: true, hasTouch: true }),
      });
      await desk.goto(origin);
      await signInThroughPortal(desk, 'planning.demo');
      await openMenuLink(desk, 'Réservations');
      await desk.getByRole('heading', { level: 2, name: 'Demandes de réservation' }).waitFor();
      const row = desk
        .locator('.booking-item', { hasText: studentName })
        .filter({ hasText: far.room.name })
        .filter({ hasText: `${frenchDay(far.slot.date)}, ${far.slot.start} – ${far.slot.end}` });
      await row.waitFor();
      expect(await row.textContent()).toContain('plus de 14 jours à l’avance');
      await desk.screenshot({ path: screenshotPath(`booking-requests-${size}`) });
      await expectAccessible(desk);
      if (onPhone) await expectPhoneFriendly(desk);
      await row.getByRole('button', { name: `Accepter ${studentName}` }).click();
      await desk
        .getByRole('status')
        .filter({ hasText: `Demande acceptée : ${far.room.name} pour ${studentName}` })
        .waitFor();
      await expect.poll(() => row.textContent()).toContain('Salle réservée');
      expect(await row.getByRole('button', { name: /^Accepter/ }).count()).toBe(0);
      await desk.close();

      // The student sees it accepted, and booked.
      await page.reload();
      await expect.poll(() => myRequest.textContent()).toContain('Acceptée');
      await page
        .getByRole('region', { name: 'Mes réservations' })
        .locator('.booking-item', { hasText: far.room.name })
        .filter({ hasText: `${frenchDay(far.slot.date)}, ${far.slot.start} – ${far.slot.end}` })
        .waitFor();

      // The booking of the free room, cancelled after a word of confirmation.
      const cancel = page.getByRole('button', {
        name: `Annuler ${free.room.name}, ${frenchDay(free.slot.date)}, ${free.slot.start} – ${free.slot.end}`,
      });
      await cancel.click();
      const cancelling = page.getByRole('alertdialog', { name: 'Annuler cette réservation ?' });
      await expectAccessible(page, 'dialog[open]');
      await cancelling.getByRole('button', { name: 'Annuler la réservation' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Réservation annulée : ${free.room.name}` })
        .waitFor();
      await expect.poll(() => cancel.count()).toBe(0);
      await page.close();
    }, 240_000);
  }

  it('lets a planner refuse a request with a reason the student reads', async () => {
    const far = await findSlot(
      planner,
      student,
      { from: 20, to: 40, start: '14:00', end: '15:00' },
      'request',
    );
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(`${origin}/reservations`);
    await signInThroughPortal(page, 'eleve.demo');
    await fillSlot(page, far.slot);
    await page.getByRole('button', { name: 'Chercher une salle' }).click();
    await page.getByRole('button', { name: `Demander ${far.room.name}`, exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByRole('status').filter({ hasText: 'Demande envoyée' }).waitFor();

    const desk = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await desk.goto(`${origin}/reservations/demandes`);
    await signInThroughPortal(desk, 'planning.demo');
    const row = desk
      .locator('.booking-item', { hasText: far.room.name })
      .filter({ hasText: `${frenchDay(far.slot.date)}, ${far.slot.start} – ${far.slot.end}` });
    await row.getByRole('button', { name: `Refuser ${studentName}` }).click();
    const dialog = desk.getByRole('dialog', { name: `Refuser la demande ${deOf(studentName)}` });
    // The reason is required.
    await dialog.getByRole('button', { name: 'Refuser la demande' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Donnez le motif du refus.' }).waitFor();
    await expectAccessible(desk, 'dialog[open]');
    await desk.screenshot({ path: screenshotPath('booking-refuse-dialog-phone') });
    await dialog.getByLabel('Motif du refus (l’élève le lira)').fill('Salle prise par un examen ce jour-là');
    await dialog.getByRole('button', { name: 'Refuser la demande' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.textContent()).toContain('Refusée');
    await desk.getByLabel('Refusées').check();
    await desk.locator('.booking-item', { hasText: 'Salle prise par un examen' }).first().waitFor();
    await desk.close();

    await page.reload();
    const mine = page
      .getByRole('region', { name: 'Mes demandes' })
      .locator('.booking-item', { hasText: far.room.name })
      .filter({ hasText: '14:00 – 15:00' });
    await expect.poll(() => mine.textContent()).toContain('Refusée');
    expect(await mine.textContent()).toContain('Motif : Salle prise par un examen ce jour-là');
    await page.close();
  }, 180_000);

  it('tells a student, then a planner, that a room was taken meanwhile', async () => {
    const soon = await findSlot(
      planner,
      student,
      { from: 3, to: 13, start: '12:00', end: '13:00' },
      'confirm',
    );
    const far = await findSlot(
      planner,
      student,
      { from: 20, to: 40, start: '12:00', end: '13:00' },
      'request',
    );
    const project = await (
      await sendAsPlanner('POST', '/api/projects', { kind: 'internal', name: 'Accordage des pianos' })
    ).json();
    const occupy = async ({ slot, room }: { slot: Slot; room: Room }) => {
      const response = await sendAsPlanner('POST', `/api/projects/${project.id}/activities`, {
        title: 'Accordage',
        schedule: { kind: 'once', ...slot },
        placeIds: [room.id],
        personIds: [],
        classIds: [],
        equipmentIds: [],
      });
      expect(response.status).toBe(201);
    };

    // The student sees the room free, and a planner takes it before they confirm.
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${origin}/reservations`);
    await signInThroughPortal(page, 'eleve.demo');
    await fillSlot(page, soon.slot);
    await page.getByRole('button', { name: 'Chercher une salle' }).click();
    await page.getByRole('button', { name: `Réserver ${soon.room.name}`, exact: true }).click();
    await occupy(soon);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Confirmer' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: `${soon.room.name} vient d’être pris sur ce créneau.` })
      .waitFor();
    await page.screenshot({ path: screenshotPath('booking-taken-phone') });
    await page.close();

    // A request for a room a planner then fills: accepting it is explained, not done.
    const asked = await sendAsStudent('POST', '/api/bookings', { placeId: far.room.id, ...far.slot });
    expect(asked.status).toBe(202);
    await occupy(far);
    const desk = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await desk.goto(`${origin}/reservations/demandes`);
    await signInThroughPortal(desk, 'planning.demo');
    const row = desk
      .locator('.booking-item', { hasText: far.room.name })
      .filter({ hasText: `${frenchDay(far.slot.date)}, ${far.slot.start} – ${far.slot.end}` });
    await row.getByRole('button', { name: `Accepter ${studentName}` }).click();
    await desk
      .getByRole('alert')
      .filter({ hasText: `${far.room.name} n’est plus libre ${frenchDay(far.slot.date)}` })
      .waitFor();
    await expect.poll(() => row.getByRole('button', { name: /^Accepter/ }).count()).toBe(0);
    expect(await row.textContent()).toContain('Refusez-la en disant pourquoi');
    await desk.close();
  }, 120_000);

  it('lets a teacher book a room for their own work, within the teachers’ rules', async () => {
    const asTeacher = await fetchAs(origin, 'prof.demo');
    const teacher = async <T>(path: string) => (await (await asTeacher(path)).json()) as T;
    const free = await findSlot(
      planner,
      teacher,
      { from: 2, to: 13, start: '12:00', end: '13:00' },
      'confirm',
    );

    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(origin);
    await signInThroughPortal(page, 'prof.demo');
    await openMenuLink(page, 'Réserver une salle');
    await page.getByRole('heading', { level: 2, name: 'Réserver une salle' }).waitFor();
    await fillSlot(page, free.slot);
    await page.getByRole('button', { name: 'Chercher une salle' }).click();
    const book = page.getByRole('button', { name: `Réserver ${free.room.name}`, exact: true });
    await book.waitFor();
    await page.getByText(/^Vos réservations de la semaine : .+ sur 6 h$/).waitFor();
    await expectAccessible(page);
    await expectPhoneFriendly(page);
    await book.click();
    await page
      .getByRole('alertdialog', { name: `Réserver ${free.room.name} ?` })
      .getByRole('button', { name: 'Confirmer' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `${free.room.name} est réservé pour vous, ${frenchDay(free.slot.date)}` })
      .waitFor();
    await page.screenshot({ path: screenshotPath('booking-teacher-phone'), fullPage: true });
    await page.getByRole('region', { name: 'Mes réservations' }).getByText(free.room.name).first().waitFor();
    await page.close();
  }, 120_000);

  it('lets a planner edit the booking rules, with each mistake shown at its field', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${origin}/reservations/demandes`);
    await signInThroughPortal(page, 'planning.demo');
    await page.getByRole('link', { name: 'Règles de réservation' }).click();
    await page.getByRole('heading', { level: 2, name: 'Règles de réservation' }).waitFor();
    const first = page.getByRole('group', { name: /^Règle 1/ });
    await first.getByLabel('Nom de la règle').waitFor();
    await expectAccessible(page);
    await expectPhoneFriendly(page);
    await page.screenshot({ path: screenshotPath('booking-rules-phone'), fullPage: true });

    // An opening time that ends before it starts is shown at its field, and nothing is saved.
    const window = first.getByRole('group', { name: 'Horaire 1' });
    await window.getByLabel('À', { exact: true }).fill('07:00');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('alert').filter({ hasText: 'Corrigez le champ signalé' }).waitFor();
    const to = window.getByLabel('À', { exact: true });
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(await window.textContent()).toContain('La fin doit venir après le début.');
    await expectAccessible(page);

    // A rule added for a new level, after the demo's (the students' and the teachers'), then saved.
    const { rules: before } = await planner<{ rules: unknown[] }>('/api/booking-rules');
    const number = before.length + 1;
    await window.getByLabel('À', { exact: true }).fill('21:00');
    await page.getByRole('button', { name: 'Ajouter une règle' }).click();
    const added = page.getByRole('group', { name: new RegExp(`^Règle ${number}`) });
    await added.getByLabel('Niveaux (un par ligne)').fill('Cycle 4');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Règles enregistrées.' }).waitFor();
    const { rules: saved } = await planner<{ rules: { levels: string[] }[] }>('/api/booking-rules');
    expect(saved.at(-1)?.levels).toEqual(['Cycle 4']);

    // Removed again, so that the demo rules are as they were.
    await added.getByRole('button', { name: `Retirer la règle ${number}` }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Règles enregistrées.' }).waitFor();
    const { rules: after } = await planner<{ rules: unknown[] }>('/api/booking-rules');
    expect(after).toHaveLength(saved.length - 1);
    await page.close();
  }, 120_000);
});
