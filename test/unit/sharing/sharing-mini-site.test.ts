import { describe, expect, it } from 'vitest';
import { escapeHtml } from '#domain/sharing/mini-site/html';
import { pageNames } from '#domain/sharing/mini-site/page-names';
import { renderMiniSite } from '#domain/sharing/mini-site/render-mini-site';
import type {
  GeneratedFile,
  MiniSiteContent,
  OccurrenceView,
  ResolvedTab,
} from '#domain/sharing/mini-site/site-content';

const occurrence = (
  fields: Partial<OccurrenceView> & Pick<OccurrenceView, 'date' | 'start'>,
): OccurrenceView => ({
  end: '20:00',
  title: 'Répétition',
  places: ['Auditorium'],
  moved: false,
  ...fields,
});

const projectSheet = (
  fields: Partial<Extract<ResolvedTab, { kind: 'project-sheet' }>> = {},
): ResolvedTab => ({
  kind: 'project-sheet',
  slug: 'noces-de-figaro',
  title: 'Les Noces de Figaro',
  project: {
    name: 'Les Noces de Figaro',
    kind: 'production',
    status: 'confirmed',
    description: 'Opéra de Mozart, en italien.\n\nRépétitions le mardi.\nApportez votre partition.',
  },
  classes: ['FM 2A', 'Chœur d’enfants'],
  occurrences: [
    occurrence({ date: '2026-11-26', start: '18:00', title: 'Filage' }),
    occurrence({ date: '2026-11-24', start: '18:00', places: ['Salle 10', 'Salle 9'], moved: true }),
    occurrence({ date: '2026-11-24', start: '14:00', end: '16:00' }),
  ],
  ...fields,
});

const planning: ResolvedTab = {
  kind: 'planning',
  slug: 'auditorium',
  title: 'Auditorium',
  resourceLabel: 'Auditorium · Site Jean-Jaurès',
  days: [
    {
      date: '2026-11-24',
      open: true,
      items: [occurrence({ date: '2026-11-24', start: '18:00', projectName: 'Les Noces de Figaro' })],
    },
    { date: '2026-11-11', open: false, reason: 'Armistice 1918', items: [] },
    { date: '2026-11-25', open: true, items: [] },
  ],
};

const bulletin: ResolvedTab = {
  kind: 'daily-bulletin',
  slug: 'aujourd-hui',
  title: 'Aujourd’hui',
  date: '2026-11-24',
  open: true,
  items: [
    occurrence({ date: '2026-11-24', start: '18:00', title: 'Orchestre', places: ['Auditorium'] }),
    occurrence({ date: '2026-11-24', start: '09:00', end: '10:00', title: 'Piano', places: ['Salle 10'] }),
    occurrence({ date: '2026-11-24', start: '09:00', end: '10:00', title: 'Solfège', places: ['Salle 9'] }),
  ],
};

const content = (
  fields: Partial<MiniSiteContent['site']> = {},
  tabs = [projectSheet(), planning, bulletin],
) => ({
  site: {
    name: 'Les Noces 2026',
    locale: 'fr' as const,
    schoolName: 'Conservatoire de démonstration',
    timeZone: 'Europe/Paris',
    generatedAt: '2026-11-24T13:05:00Z',
    ...fields,
  },
  tabs,
});

const fileOf = (files: GeneratedFile[], path: string) => {
  const file = files.find((each) => each.path === path);
  if (!file) throw new Error(`No ${path} among ${files.map((each) => each.path).join(', ')}`);
  return file.body;
};

/** The text of a page's main content, tags removed, entities left as they are. */
const mainOf = (page: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(page)?.[1] ?? '';
const textOf = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('renderMiniSite', () => {
  it('makes a page per tab, the first one again as index.html, and one stylesheet', () => {
    const files = renderMiniSite(content());

    expect(files.map((file) => file.path)).toEqual([
      'index.html',
      'noces-de-figaro.html',
      'auditorium.html',
      'aujourd-hui.html',
      'site.css',
    ]);
    expect(fileOf(files, 'index.html')).toBe(fileOf(files, 'noces-de-figaro.html'));
    expect(files.find((file) => file.path === 'site.css')?.contentType).toBe('text/css; charset=utf-8');
    expect(files.find((file) => file.path === 'index.html')?.contentType).toBe('text/html; charset=utf-8');
  });

  it('gives every page its head: language, viewport, never indexed, no referrer, « tab — site » title', () => {
    const files = renderMiniSite(content());
    for (const path of ['index.html', 'noces-de-figaro.html', 'auditorium.html', 'aujourd-hui.html']) {
      const page = fileOf(files, path);
      expect(page.startsWith('<!doctype html>')).toBe(true);
      expect(page).toContain('<html lang="fr">');
      expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(page).toContain('<meta name="referrer" content="no-referrer">');
      expect(page).toContain('<link rel="stylesheet" href="./site.css">');
      expect(page).toContain('Conservatoire de démonstration');
      expect(page).toContain('Mis à jour le mardi 24 novembre 2026 à 14:05');
    }
    expect(fileOf(files, 'auditorium.html')).toContain('<title>Auditorium — Les Noces 2026</title>');
  });

  it('links the tabs relatively and marks the current one, on index.html too', () => {
    const files = renderMiniSite(content());
    const currentLinks = (page: string) =>
      [...page.matchAll(/<a [^>]*href="([^"]+)"[^>]*aria-current="page"/g)].map((match) => match[1]);

    const auditorium = fileOf(files, 'auditorium.html');
    expect(auditorium).toContain('href="./noces-de-figaro.html"');
    expect(auditorium).toContain('href="./aujourd-hui.html"');
    expect(currentLinks(auditorium)).toEqual(['./auditorium.html']);
    expect(currentLinks(fileOf(files, 'index.html'))).toEqual(['./noces-de-figaro.html']);
  });

  it('writes a hostile title or description as text', () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const files = renderMiniSite(
      content({ name: `Site ${hostile}`, schoolName: `École ${hostile}` }, [
        projectSheet({
          title: `Figaro ${hostile}`,
          project: { name: hostile, kind: hostile, status: hostile, description: `Avant\n\n${hostile}` },
          classes: [hostile],
          members: [{ name: hostile, role: hostile }],
          occurrences: [
            occurrence({ date: '2026-11-24', start: '18:00', title: hostile, places: [hostile] }),
          ],
        }),
        {
          ...bulletin,
          items: [occurrence({ date: '2026-11-24', start: '18:00', title: hostile, projectName: hostile })],
        },
        {
          ...planning,
          resourceLabel: hostile,
          days: [{ date: '2026-11-11', open: false, reason: hostile, items: [] }],
        },
      ]),
    );

    for (const file of files.filter(({ path }) => path.endsWith('.html'))) {
      expect(file.body).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
      expect(file.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    }
    expect(fileOf(files, 'index.html')).toContain(
      `<title>Figaro ${escapeHtml(hostile)} — Site ${escapeHtml(hostile)}`,
    );
  });

  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('shows a project: kind, status, classes, description as paragraphs, the next occurrences by day', () => {
    const page = mainOf(fileOf(renderMiniSite(content()), 'noces-de-figaro.html'));
    const text = textOf(page);

    expect(text).toContain('Type Production');
    expect(text).toContain('Statut Confirmé');
    expect(text).toContain('FM 2A, Chœur d’enfants');
    expect(page).toContain('<p>Opéra de Mozart, en italien.</p>');
    expect(page).toContain('<p>Répétitions le mardi.<br>Apportez votre partition.</p>');
    expect(text).toMatch(
      /mardi 24 novembre 2026 14:00 – 16:00 Répétition Auditorium 18:00 – 20:00 Répétition déplacée Salle 9, Salle 10 jeudi 26 novembre 2026 18:00 – 20:00 Filage/,
    );
  });

  it('lists no members unless the planner chose to show them, and roles only when given', () => {
    const without = fileOf(renderMiniSite(content()), 'index.html');
    expect(without).not.toContain('Participants');
    expect(without).not.toContain('class="members"');

    const withMembers = mainOf(
      fileOf(
        renderMiniSite(
          content({}, [
            projectSheet({
              members: [
                { name: 'Inès Martin', role: 'Suzanne' },
                { name: 'Paul Durand', role: '' },
              ],
            }),
          ]),
        ),
        'index.html',
      ),
    );
    expect(withMembers).toContain('Participants');
    expect(textOf(withMembers)).toContain('Inès Martin — Suzanne');
    expect(textOf(withMembers)).toMatch(/Paul Durand (?!—)/);
  });

  it('shows a planning day by day, with the reason of a closed day', () => {
    const page = mainOf(fileOf(renderMiniSite(content()), 'auditorium.html'));
    const text = textOf(page);

    expect(text).toContain('Auditorium · Site Jean-Jaurès');
    expect(page).toContain('<p class="closed">Fermé\u00a0: Armistice 1918</p>');
    expect(text).toContain('Rien de prévu.');
    expect(text).toMatch(
      /mercredi 11 novembre 2026 .*mardi 24 novembre 2026 18:00 – 20:00 Répétition Les Noces de Figaro Auditorium .*mercredi 25 novembre 2026/,
    );
  });

  it('says a closed day is closed even without a reason', () => {
    const files = renderMiniSite(
      content({}, [{ ...planning, days: [{ date: '2026-12-25', open: false, items: [] }] }]),
    );
    expect(textOf(mainOf(fileOf(files, 'index.html')))).toContain('vendredi 25 décembre 2026 Fermé ');
  });

  it('lays the daily bulletin out as a table by time then place, each cell labelled for phones', () => {
    const page = mainOf(fileOf(renderMiniSite(content()), 'aujourd-hui.html'));

    expect(page).toContain('Qui est où aujourd’hui');
    expect(page).toContain('<table class="bulletin"');
    const rows = [...page.matchAll(/<tr role="row">([\s\S]*?)<\/tr>/g)].map((match) =>
      textOf(match[1] ?? '').trim(),
    );
    expect(rows).toEqual([
      'Heure Lieu Activité',
      '09:00 – 10:00 Salle 9 Solfège',
      '09:00 – 10:00 Salle 10 Piano',
      '18:00 – 20:00 Auditorium Orchestre',
    ]);
    expect(page).toContain('data-label="Lieu"');
  });

  it('speaks English with locale en', () => {
    const files = renderMiniSite(
      content({ locale: 'en' }, [
        projectSheet({ members: [{ name: 'Inès Martin', role: 'Susanna' }] }),
        planning,
        bulletin,
      ]),
    );
    const sheet = fileOf(files, 'index.html');
    expect(sheet).toContain('<html lang="en">');
    expect(textOf(sheet)).toContain('Kind Production');
    expect(textOf(sheet)).toContain('Status Confirmed');
    expect(sheet).toContain('Coming up');
    expect(sheet).toContain('Tuesday 24 November 2026');
    expect(sheet).toContain('Updated on Tuesday 24 November 2026 at 14:05');
    expect(sheet).toContain('moved');
    expect(sheet).not.toMatch(/Mis à jour|Prochaines|déplacée|Statut/);
    expect(textOf(fileOf(files, 'auditorium.html'))).toContain('Closed: Armistice 1918');
    expect(textOf(fileOf(files, 'aujourd-hui.html'))).toContain('Who is where today Time Place Activity');
  });

  it('tells the update time in the school’s zone', () => {
    const late = fileOf(renderMiniSite(content({ generatedAt: '2026-11-30T23:30:00Z' })), 'index.html');
    expect(late).toContain('Mis à jour le mardi 1er décembre 2026 à 00:30');
  });

  it('runs nothing and fetches nothing from elsewhere', () => {
    const files = renderMiniSite(content());
    for (const file of files) {
      expect(file.body).not.toMatch(/<script|https?:\/\/|@import|url\(/i);
    }
    const css = fileOf(files, 'site.css');
    expect(css).toContain('@media print');
    expect(css).toMatch(/@media print[\s\S]*\.tabs[\s\S]*display: none/);
  });

  it('still opens at the bare address when there is no tab', () => {
    const files = renderMiniSite(content({}, []));
    expect(files.map((file) => file.path)).toEqual(['index.html', 'site.css']);
    expect(fileOf(files, 'index.html')).toContain('<title>Les Noces 2026</title>');
    expect(fileOf(files, 'index.html')).not.toContain('<nav');
  });
});

describe('pageNames', () => {
  it('keeps a slug that is already a file name', () => {
    expect(pageNames([{ slug: 'noces-de-figaro', title: 'Les Noces' }])).toEqual(['noces-de-figaro']);
  });

  it('makes file names of anything else, never index, never twice', () => {
    expect(
      pageNames([
        { slug: '../../Été <b>', title: 'x' },
        { slug: 'index', title: 'Accueil' },
        { slug: 'auditorium', title: 'Auditorium' },
        { slug: 'Auditorium', title: 'Auditorium bis' },
        { slug: '', title: 'Répétitions générales' },
        { slug: '???', title: '!!!' },
      ]),
    ).toEqual(['ete-b', 'index-2', 'auditorium', 'auditorium-2', 'repetitions-generales', 'onglet-6']);
  });
});
