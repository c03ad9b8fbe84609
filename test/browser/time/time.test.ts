import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mondayOf } from '#domain/shared/calendar/calendar-days';
import { zonedIso } from '#web/src/time/time-words';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { csvRows } from '../../support/csv';
import { frenchDay, plusDays, todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { openMenu, openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** The phone the issue names: 390 × 844. */
const phone = { width: 390, height: 844 };
/** The premiere's week: set-up on Thursday and Friday, the premiere on Saturday. */
const monday = '2027-01-11';
const thursday = '2027-01-14';
const friday = '2027-01-15';
const premiere = '2027-01-16';
const tuesday = '2027-01-12';
const production = 'Création « Les Vagues »';

type Call = Awaited<ReturnType<typeof fetchAs>>;

/** A part of the page's text as a reader reads it: no-break spaces (« 7 h 30 ») and line breaks as spaces. */
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');

const json = async (answer: Promise<Response>, status: number) => {
  const response = await answer;
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return text ? JSON.parse(text) : undefined;
};

const send = (call: Call, method: string, path: string, body?: unknown) =>
  call(path, {
    method,
    ...(body !== undefined && {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  });

/** The form « Planifier un service » filled for a shift: kind, production, day, times, break, skill. */
const fillShift = async (
  page: Page,
  shift: { work: string; day: string; start: string; end: string; breakMinutes: number; skill: string },
) => {
  await page.getByLabel('Type de service').selectOption({ label: shift.work });
  await page.getByLabel('Production', { exact: true }).selectOption({ label: production });
  await page.getByLabel('Jour', { exact: true }).fill(shift.day);
  await page.getByLabel('Début', { exact: true }).fill(shift.start);
  await page.getByLabel('Fin', { exact: true }).fill(shift.end);
  await page.getByLabel('Pause (minutes)').fill(String(shift.breakMinutes));
  await page.getByLabel('Compétence').selectOption({ label: shift.skill });
};

/** « Qui est libre ? », then the person chosen among those listed: free, and skilled in what was asked. */
const choosePerson = async (page: Page, personId: string, name: string) => {
  await page.getByRole('button', { name: 'Qui est libre ?' }).click();
  const people = page.getByLabel('Personne à planifier');
  const option = people.locator(`option[value="${personId}"]`);
  await option.waitFor({ state: 'attached', timeout: 30_000 });
  await expect.poll(() => option.textContent()).toMatch(new RegExp(`^${name} — libre · compétent`));
  await people.selectOption(personId);
};

/**
 * Issue 20's « Done when », in a browser: the demo planner staffs a production's set-up and performance from the
 * people the page lists free and skilled, is refused a shift that breaks the 11 h daily rest (the rule, its limit
 * and the figure in French), accepts the premiere exception with a reason for a set-up day over 10 h, approves the
 * week and downloads its payroll export (one line per person and kind of hour). A technician then sees their
 * shifts on « Mes heures » and enters the hours they worked.
 *
 * The technicians, their contracts and the production are set up through the API beforehand.
 */
describe('the technical team’s time', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let planner: Call;
  let lighting: { personId: string; name: string };
  let sound: { personId: string; name: string };
  let projectId: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const admin = await fetchAs(origin, 'direction.demo');
    planner = await fetchAs(origin, 'planning.demo');
    const technician = async (firstName: string, lastName: string, contract: object) => {
      const person = await json(
        send(admin, 'POST', '/api/people', { firstName, lastName, kind: 'staff' }),
        201,
      );
      await json(send(planner, 'PUT', `/api/time/people/${person.personId}/contract`, contract), 200);
      return { personId: person.personId as string, name: `${firstName} ${lastName}` };
    };
    lighting = await technician('Élise', 'Morel', {
      kind: 'private-idcc-1285',
      weeklyHours: 35,
      skills: ['lighting', 'stage'],
      from: '2027-01-01',
      hourlyRate: 24.5,
    });
    sound = await technician('Karim', 'Benali', {
      kind: 'public-local',
      weeklyHours: 35,
      skills: ['sound'],
      from: '2027-01-01',
    });
    projectId = (
      await json(send(planner, 'POST', '/api/projects', { kind: 'production', name: production }), 201)
    ).id;
  }, 300_000);

  afterAll(() => portal?.stop());

  it('staffs a production, shows a refusal’s rule, accepts the premiere exception, approves and exports', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR', acceptDownloads: true });
    await page.goto(`${origin}/`);
    await signInThroughPortal(page, 'planning.demo');
    // « Temps » is in the planner's menu; the premiere's week is a step of weeks away, or its address.
    const menu = await openMenu(page);
    expect(await menu.getByRole('link', { name: 'Temps', exact: true }).getAttribute('href')).toBe('/temps');
    expect(await menu.getByRole('link', { name: 'Mes heures', exact: true }).count()).toBe(0);
    // A maintenance shift on Tuesday, planned through the API, that the planner will remove from the page.
    await json(
      send(planner, 'POST', '/api/time/shifts', {
        personId: sound.personId,
        work: 'maintenance',
        planned: {
          startsAt: zonedIso(tuesday, '10:00', 'Europe/Paris'),
          endsAt: zonedIso(tuesday, '12:00', 'Europe/Paris'),
          breakMinutes: 0,
        },
      }),
      201,
    );
    await page.goto(`${origin}/temps?semaine=${monday}`);
    await page
      .getByRole('heading', { level: 2, name: 'Temps de l’équipe technique' })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Semaine du lundi 11 janvier' }).waitFor();
    await page
      .getByLabel('Production', { exact: true })
      .locator('option', { hasText: production })
      .waitFor({ state: 'attached' });

    // 1. The set-up on Thursday afternoon and evening: the lighting technician, free and skilled.
    await fillShift(page, {
      work: 'Montage',
      day: thursday,
      start: '13:30',
      end: '23:30',
      breakMinutes: 30,
      skill: 'Lumière',
    });
    await choosePerson(page, lighting.personId, lighting.name);
    await page.getByRole('button', { name: 'Planifier', exact: true }).click();
    await page.getByText(`Service planifié : ${lighting.name}, montage le jeudi 14 janvier.`).waitFor();

    // 2. Back at 9:00 on Friday: 9 h 30 of rest after 23:30, refused with the rule and the figures in French.
    await fillShift(page, {
      work: 'Montage',
      day: friday,
      start: '09:00',
      end: '17:00',
      breakMinutes: 60,
      skill: 'Lumière',
    });
    await choosePerson(page, lighting.personId, lighting.name);
    await page.getByRole('button', { name: 'Planifier', exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Service refusé' });
    await refusal.getByText('Repos quotidien de 11 h non respecté : 9 h 30 entre deux journées').waitFor();
    await refusal.getByText('Aucune exception ne permet de dépasser cette règle').waitFor();
    expect(await refusal.getByRole('button', { name: 'Accepter l’exception' }).count()).toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('time-refused-rest-desktop'), fullPage: true });

    // 3. From 11:00 to 23:00 instead: the rest is kept, but 11 h of work go past the day's 10 h; the rulebook allows
    // it in the fortnight before a premiere: « Accepter l’exception » with the premiere's day and a reason.
    await fillShift(page, {
      work: 'Montage',
      day: friday,
      start: '11:00',
      end: '23:00',
      breakMinutes: 60,
      skill: 'Lumière',
    });
    await page.getByRole('button', { name: 'Planifier', exact: true }).click();
    await refusal.getByText('Durée quotidienne de 10 h dépassée : 11 h de travail ce jour-là').waitFor();
    await refusal.getByLabel('Motif de l’exception').selectOption({ label: 'Jours précédant la première' });
    await refusal.getByLabel('Jour de la première').fill(premiere);
    await refusal
      .getByLabel('Justification')
      .fill('Réglages lumière de la création, la veille de la première');
    await page.screenshot({ path: screenshotPath('time-exception-desktop'), fullPage: true });
    await refusal.getByRole('button', { name: 'Accepter l’exception' }).click();
    await page
      .getByText(`Service planifié avec exception : ${lighting.name}, montage le vendredi 15 janvier.`)
      .waitFor();
    expect(await refusal.count()).toBe(0);

    // 4. The premiere on Saturday evening: the lighting technician, and the sound one found by their skill.
    for (const [person, skill] of [
      [lighting, 'Lumière'],
      [sound, 'Son'],
    ] as const) {
      await fillShift(page, {
        work: 'Représentation',
        day: premiere,
        start: '19:00',
        end: '23:30',
        breakMinutes: 0,
        skill,
      });
      await choosePerson(page, person.personId, person.name);
      await page.getByRole('button', { name: 'Planifier', exact: true }).click();
      await page
        .getByText(`Service planifié : ${person.name}, représentation le samedi 16 janvier.`)
        .waitFor();
    }

    // The week's grid: the two people, their shifts, the exception marked on Friday's set-up.
    // The week's grid (the production's cost is a table too, once shown).
    const grid = page.getByRole('table', { name: 'Semaine du lundi 11 janvier' });
    const row = (name: string) =>
      grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });

    // 4b. The sound technician's performance moved half an hour later: the shift opens in the form, filled in.
    await row(sound.name)
      .getByRole('button', { name: 'Modifier : Représentation, samedi 16 janvier' })
      .click({ timeout: 30_000 });
    const changing = page.getByRole('region', { name: 'Modifier le service' });
    await changing.getByText(`Service de ${sound.name}`).waitFor();
    expect(await changing.getByLabel('Type de service').inputValue()).toBe('performance');
    expect(await changing.getByLabel('Jour', { exact: true }).inputValue()).toBe(premiere);
    expect(await changing.getByLabel('Début', { exact: true }).inputValue()).toBe('19:00');
    expect(await changing.getByLabel('Fin', { exact: true }).inputValue()).toBe('23:30');
    await changing.getByLabel('Début', { exact: true }).fill('19:30');
    await changing.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page
      .getByText(`Service modifié : ${sound.name}, représentation le samedi 16 janvier.`)
      .waitFor({ timeout: 30_000 });
    await expect.poll(() => textOf(row(sound.name)), { timeout: 30_000 }).toContain('Prévu : 19:30 – 23:30');
    await page.getByRole('heading', { level: 3, name: 'Planifier un service' }).waitFor();

    // 4c. Tuesday's maintenance removed, once confirmed.
    await row(sound.name).getByRole('button', { name: 'Modifier : Maintenance, mardi 12 janvier' }).click();
    await changing.getByRole('button', { name: 'Supprimer ce service' }).click();
    const confirm = page.getByRole('alert').filter({ hasText: `Supprimer ce service de ${sound.name} ?` });
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('time-remove-shift-desktop'), fullPage: true });
    await confirm.getByRole('button', { name: 'Oui, supprimer' }).click();
    await page
      .getByText(`Service supprimé : ${sound.name}, maintenance le mardi 12 janvier.`)
      .waitFor({ timeout: 30_000 });
    await expect.poll(() => row(lighting.name).locator('.time-shift').count(), { timeout: 30_000 }).toBe(3);
    await expect.poll(() => row(sound.name).locator('.time-shift').count()).toBe(1);
    const marked = row(lighting.name).locator('.time-shift--breach');
    expect(await marked.count()).toBe(1);
    expect(await textOf(marked)).toContain('Exception acceptée (Jours précédant la première)');
    expect(await textOf(marked)).toContain(production);
    expect(await textOf(row(lighting.name))).toMatch(/Prévu : 25 h · fait : 0 min/);

    // 5. The week approved: the lighting technician's first, on its own, then the rest; locked.
    await page.getByRole('button', { name: `Valider la semaine : ${lighting.name}` }).click();
    await page.getByText(`Semaine validée : ${lighting.name}.`).waitFor({ timeout: 30_000 });
    await expect.poll(() => textOf(row(lighting.name)), { timeout: 30_000 }).toContain('Semaine validée le');
    expect(await textOf(row(sound.name))).toContain('À valider');
    expect(await page.getByRole('button', { name: /^Valider la semaine : / }).count()).toBe(0);
    await page.getByRole('button', { name: 'Valider la semaine', exact: true }).click();
    await page.getByText('1 semaine validée').waitFor({ timeout: 30_000 });
    await expect.poll(() => grid.getByText(/^Semaine validée le/).count(), { timeout: 30_000 }).toBe(2);
    await page.getByText('Toutes les semaines sont validées.').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('time-week-approved-desktop'), fullPage: true });
    const locked = await send(planner, 'POST', '/api/time/shifts', {
      personId: sound.personId,
      work: 'strike',
      link: { projectId },
      planned: {
        startsAt: `${premiere}T23:30:00+01:00`,
        endsAt: `${premiere}T23:59:00+01:00`,
        breakMinutes: 0,
      },
    });
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.code).toBe('week_approved');

    // 5b. The production's cost: the lighting technician's 25 h at 24,50 € an hour, the sound technician's 4 h under a
    // contract without a rate.
    const cost = page.getByRole('region', { name: 'Coût de la production' });
    expect(await cost.getByLabel('Production de la semaine').inputValue()).toBe(projectId);
    await cost.getByRole('button', { name: 'Voir le coût' }).click();
    const costRow = (name: string) =>
      cost.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await costRow(lighting.name).waitFor({ timeout: 30_000 });
    expect(await textOf(costRow(lighting.name))).toBe(`${lighting.name}25 h24,50 € de l’heure612,50 €`);
    expect(await textOf(costRow(sound.name))).toBe(`${sound.name}4 hsans tarifsans tarif`);
    expect(await textOf(costRow('Total'))).toBe('Total29 h612,50 €dont 4 h sans tarif');
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('time-production-cost-desktop'), fullPage: true });

    // 6. January's payroll, downloaded and read: one line per person, period and kind of hour.
    await page.getByLabel('Mois').fill('2027-01');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Télécharger le CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('paie-2027-01.csv');
    const text = await readFile((await file.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = csvRows(text).filter((cells) => cells.some((cell) => cell !== ''));
    expect(header).toBeDefined();
    const column = (name: RegExp) => (header as string[]).findIndex((cell) => name.test(cell));
    const personColumn = column(/^(Nom|Personne)/);
    const kindColumn = column(/^Nature/);
    const hoursColumn = column(/^Heures/);
    expect(
      [personColumn, kindColumn, hoursColumn].every((index) => index >= 0),
      String(header),
    ).toBe(true);
    const ours = lines.filter((cells) =>
      [lighting.name, sound.name].some((name) =>
        (cells[personColumn] ?? '').includes(name.split(' ')[1] as string),
      ),
    );
    const keys = ours.map((cells) => cells.filter((_, index) => index !== hoursColumn).join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    const kindsOf = (name: string) =>
      ours
        .filter((cells) => (cells[personColumn] ?? '').includes(name.split(' ')[1] as string))
        .map((cells) => cells[kindColumn]);
    // The lighting technician worked past 22:00 on Friday and Saturday: normal hours and night hours apart.
    expect(kindsOf(lighting.name).length).toBeGreaterThanOrEqual(2);
    expect(kindsOf(sound.name).length).toBeGreaterThanOrEqual(1);
    for (const cells of ours) expect(cells[hoursColumn]).toMatch(/^\d+(,\d+)?$/);
    await page.getByText('Fichier paie-2027-01.csv téléchargé.').waitFor();
    // The intermittents' CSV beside it (no intermittent this month: its header alone).
    const intermittents = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'CSV des intermittents' }).click();
    const sheet = await intermittents;
    expect(sheet.suggestedFilename()).toBe('intermittents-2027-01.csv');
    expect((await readFile((await sheet.path()) as string, 'utf8')).startsWith('\uFEFF')).toBe(true);
    await page.getByText('Fichier intermittents-2027-01.csv téléchargé.').waitFor();

    // A week approved too soon: the sound technician's reopened, with the reason the audit trail keeps.
    await page.getByLabel('Personne', { exact: true }).selectOption({ label: sound.name });
    await page.getByLabel('Motif de la réouverture').fill('Heure de démontage oubliée');
    await page.getByRole('button', { name: 'Rouvrir la semaine' }).click();
    await page.getByText(`Semaine rouverte : ${sound.name}.`).waitFor({ timeout: 30_000 });
    await expect.poll(() => textOf(row(sound.name)), { timeout: 30_000 }).toContain('À valider');
    expect(await textOf(row(lighting.name))).toContain('Semaine validée le');
    await page.close();

    // 7. The same week on a phone: a list of days, nothing wider than the screen.
    const mobile = await browser.newContext({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    const onPhone = await mobile.newPage();
    await onPhone.goto(`${origin}/temps?semaine=${monday}`);
    await signInThroughPortal(onPhone, 'planning.demo');
    await onPhone.getByRole('heading', { level: 4, name: 'samedi 16 janvier' }).waitFor({ timeout: 60_000 });
    expect(await onPhone.getByRole('table').count()).toBe(0);
    const saturday = onPhone
      .locator('.time-day')
      .filter({ has: onPhone.getByRole('heading', { name: 'samedi 16 janvier' }) });
    expect(await saturday.locator('.time-shift').count()).toBe(2);
    await expectNoSidewaysScroll(onPhone);
    await expectAccessible(onPhone);
    await onPhone.screenshot({ path: screenshotPath('time-week-phone'), fullPage: true });
    await mobile.close();
  }, 300_000);

  it('shows a technician their shifts on « Mes heures » and takes the hours they worked', async () => {
    // The demo staff member (vie scolaire) also works reception evenings: a contract and a shift last Thursday (hours
    // worked are entered once worked, never ahead).
    const lastMonday = plusDays(mondayOf(todayInParis()), -7);
    const thursdayBefore = plusDays(lastMonday, 3);
    const caron = await json(send(await fetchAs(origin, 'vie-scolaire.demo'), 'GET', '/api/me'), 200);
    const mobile = await browser.newContext({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    const page = await mobile.newPage();
    await page.goto(`${origin}/`);
    await signInThroughPortal(page, 'vie-scolaire.demo');
    // Without a contract yet: no « Mes heures » in the menu, and its address says so plainly.
    const before = await openMenu(page);
    expect(await before.getByRole('link', { name: 'Mes heures', exact: true }).count()).toBe(0);
    await page.goto(`${origin}/mes-heures`);
    await page
      .getByText('Vous n’avez pas de contrat dans l’équipe technique : aucun service à afficher.')
      .waitFor({ timeout: 60_000 });
    await json(
      send(planner, 'PUT', `/api/time/people/${caron.personId}/contract`, {
        kind: 'public-local',
        weeklyHours: 35,
        skills: ['reception'],
        from: plusDays(lastMonday, -30),
      }),
      200,
    );
    await json(
      send(planner, 'POST', '/api/time/shifts', {
        personId: caron.personId,
        work: 'reception',
        link: { projectId },
        planned: {
          startsAt: zonedIso(thursdayBefore, '18:00', 'Europe/Paris'),
          endsAt: zonedIso(thursdayBefore, '22:00', 'Europe/Paris'),
          breakMinutes: 0,
        },
      }),
      201,
    );

    // The page reloaded learns of the contract (the session's refresh answers who is signed in).
    await page.goto(`${origin}/`);
    const menu = await openMenu(page);
    expect(await menu.getByRole('link', { name: 'Temps', exact: true }).count()).toBe(0);
    await openMenuLink(page, 'Mes heures');
    await page.getByRole('heading', { level: 2, name: 'Mes heures' }).waitFor({ timeout: 60_000 });
    await page.goto(`${origin}/mes-heures?semaine=${thursdayBefore}`);
    const day = page
      .locator('.time-day')
      .filter({ has: page.getByRole('heading', { name: frenchDay(thursdayBefore) }) });
    await day.waitFor({ timeout: 60_000 });
    expect(await textOf(day)).toContain('Accueil');
    expect(await textOf(day)).toContain('Prévu : 18:00 – 22:00');
    expect(await textOf(day)).toContain('Fait : heures non saisies');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('time-my-hours-phone'), fullPage: true });

    // The hours worked: from 18:00 to 22:45, with a quarter of an hour's break.
    await day.getByLabel('Arrivée').fill('18:00');
    await day.getByLabel('Départ').fill('22:45');
    await day.getByLabel('Pause (minutes)').fill('15');
    await day.getByRole('button', { name: 'Enregistrer les heures' }).click();
    await page.getByText('Heures enregistrées.').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => textOf(page.locator('.time-day').first()), { timeout: 30_000 })
      .toContain('Fait : 18:00 – 22:45, pause de 15 min');
    // The week's and the month's totals: 4 h planned, 4 h 30 worked; the 45 minutes past 22:00 are night hours.
    await expect
      .poll(() => textOf(page.getByRole('region', { name: 'Mes totaux' })), { timeout: 30_000 })
      .toContain('Cette semaine Prévu : 4 h · fait : 4 h 30');
    await expect
      .poll(() => textOf(page.locator('.time-totals')))
      .toMatch(/Prévu : 4 h · fait : 4 h 30.*dont nuit/);
    await page.screenshot({ path: screenshotPath('time-my-hours-recorded-phone'), fullPage: true });

    // A shift still to come takes no hours yet: the page says when they are entered.
    const nextTuesday = plusDays(lastMonday, 15);
    await json(
      send(planner, 'POST', '/api/time/shifts', {
        personId: caron.personId,
        work: 'reception',
        planned: {
          startsAt: zonedIso(nextTuesday, '18:00', 'Europe/Paris'),
          endsAt: zonedIso(nextTuesday, '22:00', 'Europe/Paris'),
          breakMinutes: 0,
        },
      }),
      201,
    );
    await page.goto(`${origin}/mes-heures?semaine=${nextTuesday}`);
    await page
      .getByText('Vous saisirez vos heures une fois le service commencé.')
      .waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: 'Enregistrer les heures' }).count()).toBe(0);
    await mobile.close();
  }, 300_000);
});
