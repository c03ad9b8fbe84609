import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { desktop, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenu } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/**
 * The done-when test of issue 15: each of the seven demo profiles, on a phone and on a desktop, signs in and opens
 * every page of their menu; none answers 4xx or 5xx, logs an error, shows English in the French portal or fails
 * axe-core. A guardian opens their child's week from home in one tap.
 */

const accounts = [
  'eleve.demo',
  'parent.demo',
  'prof.demo',
  'vie-scolaire.demo',
  'planning.demo',
  'direction.demo',
  'academie.demo',
] as const;

/** A phone of today (an iPhone 14's viewport), held upright. */
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const sizes = { phone, desktop: { viewport: desktop } } as const;

const directory = demoDirectory(demoSchool);
const personOf = (personId: string) => directory.people.find((person) => person.personId === personId);
const guardian = directory.accounts.find(({ username }) => username === 'parent.demo');
const children = directory.guardianships
  .filter(([guardianId]) => guardianId === guardian?.personId)
  .map(([, childId]) => personOf(childId))
  .filter((child) => child !== undefined);

/**
 * Words and API messages that give English away in the French portal: a simple heuristic, on whole words, over
 * every text of the page but what is marked as another language (the switch to English says « English »).
 */
const english =
  /\b(the|and|with|your|you|not found|is not|among|must be|rights|failed|error|loading|forbidden|unauthorized|undefined|null|NaN|object Object|sign out|today)\b/i;

/** What went wrong while a page was open: answers of 400 and more, errors in the console or the page. */
interface Watch {
  problems: string[];
  inFlight: number;
}

const watch = (page: Page): Watch => {
  const watched: Watch = { problems: [], inFlight: 0 };
  page.on('request', () => {
    watched.inFlight += 1;
  });
  const done = () => {
    watched.inFlight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', (request) => {
    done();
    // A load the portal gave up on as the person moved on to another page is no failure.
    const reason = request.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED')
      watched.problems.push(`failed ${request.method()} ${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      watched.problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  return watched;
};

/** Waits until the page has nothing left to load: no request under way, no « Chargement… », nothing busy. */
const settled = async (page: Page, watched: Watch) => {
  await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 30_000 });
  const deadline = Date.now() + 30_000;
  let calm = 0;
  while (calm < 3) {
    if (Date.now() > deadline) throw new Error(`${page.url()} is still loading`);
    const busy = await page.evaluate(() => Boolean(document.querySelector('.loading, [aria-busy="true"]')));
    calm = busy || watched.inFlight > 0 ? 0 : calm + 1;
    await page.waitForTimeout(100);
  }
};

const menuLinks = async (page: Page) => {
  const menu = await openMenu(page);
  const links = await menu.getByRole('link').evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      name: (anchor.textContent ?? '').trim(),
      href: anchor.getAttribute('href') ?? '',
    })),
  );
  if ((await page.getByRole('button', { name: /menu/i }).count()) > 0) await page.keyboard.press('Escape');
  return links;
};

const textInFrench = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const other of body.querySelectorAll('script, style, [lang]:not([lang^="fr"])')) other.remove();
    return body.textContent ?? '';
  });

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/**
 * The page as a user checks it: nothing refused or broken, French, accessible; a screenshot kept. Returns what is
 * wrong, so that a tour reports every page's problems at once.
 */
const checkPage = async (page: Page, watched: Watch, shot: string): Promise<string[]> => {
  const where = new URL(page.url()).pathname;
  await settled(page, watched);
  const found = watched.problems.splice(0).map((problem) => `${where}: ${problem}`);
  const englishWord = (await textInFrench(page)).match(english)?.[0];
  if (englishWord) found.push(`${where}: English « ${englishWord} »`);
  await page.screenshot({ path: screenshotPath(shot) });
  await expectAccessible(page).catch((error: Error) => found.push(error.message));
  return found;
};

describe('the portal of each profile, on a phone and a desktop', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    // The demo year is seeded first: long on a busy machine.
  }, 600_000);

  afterAll(() => portal?.stop());

  for (const username of accounts) {
    for (const [size, options] of Object.entries(sizes)) {
      it(`${username}, ${size}`, { timeout: 300_000 }, async () => {
        const page = await browser.newPage({ ...options, locale: 'fr-FR' });
        await page.goto(origin);
        await signInThroughPortal(page, username);
        // Watched from here: the sign-in page is not this test's subject.
        const watched = watch(page);
        const account = slug(username);
        const found = await checkPage(page, watched, `tour-${account}-${size}-accueil`);

        const links = await menuLinks(page);
        expect(links.length).toBeGreaterThan(2);
        for (const { name, href } of links) {
          const menu = await openMenu(page);
          await menu.getByRole('link', { name, exact: true }).click();
          await page.waitForURL((url) => `${url.pathname}${url.search}` === href, { timeout: 15_000 });
          found.push(...(await checkPage(page, watched, `tour-${account}-${size}-${slug(name)}`)));
        }
        expect(found).toEqual([]);
        await page.close();
      });
    }
  }

  it('opens a child’s week from home in one tap, on a phone', { timeout: 120_000 }, async () => {
    expect(children.length).toBeGreaterThanOrEqual(2);
    const page = await browser.newPage({ ...phone, locale: 'fr-FR' });
    await page.goto(origin);
    await signInThroughPortal(page, 'parent.demo');
    const watched = watch(page);
    const home = page.getByRole('region', { name: 'Mes enfants' });
    for (const child of children) {
      await home.getByRole('link', { name: `${child.firstName} ${child.lastName}` }).waitFor();
    }
    await settled(page, watched);
    await page.screenshot({ path: screenshotPath('tour-guardian-home-phone'), fullPage: true });

    const [child] = children as [NonNullable<(typeof children)[number]>];
    await home.getByRole('link', { name: `Planning : ${child.firstName}`, exact: true }).tap();
    await page.waitForURL(`**/planning/semaine/person/${child.personId}`);
    await page.getByRole('heading', { level: 2, name: `${child.firstName} ${child.lastName}` }).waitFor();
    await page.getByText('Planning de la personne').waitFor();
    expect(await checkPage(page, watched, 'tour-guardian-child-week-phone')).toEqual([]);

    // The child's sheet leads to the same week.
    await (await openMenu(page)).getByRole('link', { name: 'Accueil', exact: true }).click();
    await settled(page, watched);
    await home.getByRole('link', { name: `${child.firstName} ${child.lastName}` }).click();
    await page.getByRole('heading', { level: 2, name: `${child.firstName} ${child.lastName}` }).waitFor();
    expect(await page.getByRole('link', { name: 'Planning de la semaine' }).getAttribute('href')).toBe(
      `/planning/semaine/person/${child.personId}`,
    );
    expect(await checkPage(page, watched, 'tour-guardian-child-sheet-phone')).toEqual([]);
    await page.close();
  });

  it('reads their children’s agendas and nothing else of the planning', async () => {
    const asGuardian = await fetchAs(origin, 'parent.demo');
    const week = 'from=2026-12-07&to=2026-12-13';
    for (const child of children) {
      expect((await asGuardian(`/api/agenda/person/${child.personId}?${week}`)).status).toBe(200);
    }
    const stranger = directory.people.find(
      (person) =>
        person.profiles.includes('student') && !children.some((child) => child.personId === person.personId),
    );
    expect((await asGuardian(`/api/agenda/person/${stranger?.personId}?${week}`)).status).toBe(404);
    expect((await asGuardian('/api/planning/day?date=2026-12-07')).status).toBe(403);
    expect((await asGuardian('/api/projects')).status).toBe(403);
  });
});
