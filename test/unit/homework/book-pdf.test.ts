import { describe, expect, it } from 'vitest';
import { renderBookPdf } from '#functions/homework/book-pdf/book-pdf';
import { demoHomework } from '#infra/local/seed/homework/demo-homework';
import { demoSchool } from '../../support/demo-school';
import { pdfPages } from '../../support/pdf-text';

describe('a class’s book as a PDF', () => {
  it('prints each session with its content, work and due day, and who wrote it', async () => {
    const entries = demoHomework(demoSchool, '2026-12-07');
    const pdf = await renderBookPdf(
      { kind: 'class', label: 'Cycle 1 A', schoolYear: '2026-2027', entries },
      { timeZone: 'Europe/Paris', printedAt: '2026-12-07T10:00:00.000Z' },
    );
    const text = (await pdfPages(pdf)).join(' ');
    expect(text).toContain('Cahier de textes de la classe Cycle 1 A');
    expect(text).toContain('Année scolaire 2026–2027');
    for (const entry of entries) {
      expect(text).toContain(entry.content);
      expect(text).toContain(`Écrit par ${entry.writtenBy.name}`);
    }
    expect(text).toMatch(/Travail à faire pour le \S+ \d+ \S+ 2026/);
  });

  it('says so when no session is written', async () => {
    const pdf = await renderBookPdf(
      { kind: 'teacher', label: 'Camille Martin', schoolYear: '2026-2027', entries: [] },
      { timeZone: 'Europe/Paris', printedAt: '2026-12-07T10:00:00.000Z' },
    );
    expect((await pdfPages(pdf)).join(' ')).toContain('Aucune séance renseignée.');
  });
});
