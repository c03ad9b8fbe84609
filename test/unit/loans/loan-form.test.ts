import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import type { Item } from '#domain/loans/item';
import { type Loan, servicingSuggested } from '#domain/loans/loan';
import { contractOf, euros, frenchInstant, insuranceRequired } from '#domain/loans/loan-contract';
import type { LoanFormPorts } from '#domain/loans/loans-ports';
import { isMinor } from '#domain/loans/read-loan-form';
import { decideReturn } from '#domain/loans/return-loan';
import { signLoan } from '#domain/loans/sign-loan';
import type { Person } from '#domain/people/person';

const cello: Item = {
  itemId: 'inst-violoncelle-7',
  family: 'strings',
  kind: 'Violoncelle 3/4',
  maker: 'Gliga',
  serialNumber: 'GL-77',
  valueCents: 123_400,
  condition: 'good',
  accessories: ['housse', 'archet'],
  photos: [],
  status: 'reserved',
  version: 3,
  updatedAt: '2026-11-01T10:00:00.000Z',
  updatedBy: 'staff',
};

const loanOf = (overrides: Partial<Loan> = {}): Loan => ({
  loanId: 'loan-1',
  number: 'P2026-0007',
  borrowerId: 'pupil',
  requestedBy: 'parent',
  itemId: cello.itemId,
  startDate: '2026-12-08',
  endDate: '2027-06-30',
  bufferDays: 2,
  status: 'approved',
  kind: 'free',
  depositCents: 15_000,
  reminders: [],
  version: 2,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  ...overrides,
});

const school = { name: 'Conservatoire Berlioz', timeZone: 'Europe/Paris' };
const pupil = { firstName: 'Léa', lastName: 'Martin', birthDate: '2014-05-03' };

describe('the loan form’s contract', () => {
  it('is a prêt à usage for a free loan, with the item, its kit, its value, the deposit and art. 1875', () => {
    const contract = contractOf({ loan: loanOf(), item: cello, school, borrower: pupil, minor: true });
    expect(contract.title).toBe('Contrat de prêt à usage');
    expect(contract.reference).toBe('P2026-0007');
    expect(contract.parties.map(({ role }) => role)).toEqual([
      'Le prêteur',
      'L’emprunteur',
      'Représenté(e) par son responsable légal',
    ]);
    expect(contract.parties[1]).toMatchObject({ name: 'Léa Martin', detail: 'né(e) le 3 mai 2014' });
    expect(contract.item).toEqual({
      lines: [
        'Violoncelle 3/4 — Gliga',
        'N° de série : GL-77',
        'Référence à l’inventaire : inst-violoncelle-7',
      ],
      accessories: ['housse', 'archet'],
    });
    expect(Object.fromEntries(contract.terms)).toMatchObject({
      Du: '8 décembre 2026',
      Au: '30 juin 2027',
      'Valeur de l’instrument': euros(123_400),
      'Dépôt de garantie (caution)': euros(15_000),
      Assurance: 'attestation à fournir avant la signature',
    });
    expect(euros(123_400).replace(/\s/g, ' ')).toBe('1 234,00 €');
    expect(contract.terms.some(([label]) => label === 'Loyer')).toBe(false);
    expect(contract.conditions.join(' ')).toMatch(/ne prête, ne loue ni ne confie/);
    expect(contract.conditions.join(' ')).toMatch(/sauf l’usure normale/);
    expect(contract.conditions.join(' ')).toMatch(/dommage, de perte ou de vol/);
    expect(contract.legalBasis).toMatch(/articles 1875 et suivants du Code civil/);
    expect(contract.signedLine).toBeUndefined();
  });

  it('is a rental with its fee and art. 1709, and says who signed when', () => {
    const loan = loanOf({
      kind: 'rental',
      feeCents: 9_000,
      signature: {
        personId: 'parent',
        role: 'guardian',
        typedName: 'Paul Martin',
        at: '2026-12-07T13:05:00.000Z',
      },
    });
    const contract = contractOf({
      loan,
      item: { ...cello, valueCents: 50_000 },
      school,
      borrower: pupil,
      guardian: { firstName: 'Paul', lastName: 'Martin' },
      minor: true,
    });
    expect(contract.title).toBe('Contrat de location');
    expect(contract.parties[0]?.role).toBe('Le loueur');
    expect(contract.parties[2]?.name).toBe('Paul Martin');
    expect(Object.fromEntries(contract.terms).Loyer).toBe(euros(9_000));
    expect(contract.legalBasis).toMatch(/articles 1709 et suivants/);
    expect(contract.signedLine).toBe(
      'Signé le 7 décembre 2026 à 14:05 par Paul Martin, responsable légal de Léa Martin',
    );
    expect(frenchInstant('2026-07-01T08:00:00.000Z', 'Europe/Paris')).toBe('le 1 juillet 2026 à 10:00');
  });

  it('needs the insurance for a rental and for an item worth €1,000 or more', () => {
    expect(insuranceRequired({ kind: 'rental' }, { valueCents: 10_000 })).toBe(true);
    expect(insuranceRequired({ kind: 'free' }, { valueCents: 100_000 })).toBe(true);
    expect(insuranceRequired({ kind: 'free' }, { valueCents: 99_999 })).toBe(false);
    expect(insuranceRequired({ kind: 'free' }, {})).toBe(false);
  });
});

describe('who signs a loan’s form', () => {
  it('takes a pupil under 18 (or of unknown age) for a minor, an adult from the 18th birthday', () => {
    expect(isMinor({ profiles: ['student'], birthDate: '2008-12-08' }, '2026-12-07')).toBe(true);
    expect(isMinor({ profiles: ['student'], birthDate: '2008-12-07' }, '2026-12-07')).toBe(false);
    expect(isMinor({ profiles: ['student'] }, '2026-12-07')).toBe(true);
    expect(isMinor({ profiles: ['teacher'] }, '2026-12-07')).toBe(false);
  });

  const people: Record<string, Person> = {
    pupil: {
      personId: 'pupil',
      firstName: 'Léa',
      lastName: 'Martin',
      profiles: ['student'],
      birthDate: '2014-05-03',
      version: 1,
    },
    adult: {
      personId: 'adult',
      firstName: 'Hugo',
      lastName: 'Roy',
      profiles: ['student'],
      birthDate: '2005-01-01',
      version: 1,
    },
  };
  const actor = (personId: string, profile: 'student' | 'guardian'): Actor => ({
    personId,
    username: personId,
    firstName: personId,
    lastName: 'X',
    profiles: [profile],
  });
  const portsWith = (loan: Loan) => {
    const saved: Loan[] = [];
    const ports = {
      loans: {
        loan: async (loanId: string) => (loanId === loan.loanId ? loan : undefined),
        itemLoans: async () => [],
        save: async (next: Loan) => {
          saved.push(next);
        },
      },
      inventory: { item: async () => ({ ...cello, valueCents: 10_000 }) },
      people: { person: async (personId: string) => people[personId] },
      relations: {
        isGuardianOf: async (guardianId: string, studentId: string) =>
          guardianId === 'parent' && ['pupil', 'adult'].includes(studentId),
        teachesClass: async () => false,
        teachesStudent: async () => false,
        classesOf: async () => [],
      },
      files: {} as LoanFormPorts['files'],
      clock: { now: () => new Date('2026-12-07T13:05:00Z') },
      newId: () => 'id',
      school: { schoolId: 'school', ...school },
    } satisfies LoanFormPorts;
    return { ports, saved };
  };
  const input = { typedName: 'Paul Martin', version: 2 };

  it('lets a guardian sign for their minor child, with the time, and refuses the child itself', async () => {
    const { ports, saved } = portsWith(loanOf());
    await expect(
      signLoan('loan-1', { ...input, typedName: 'Léa' }, actor('pupil', 'student'), ports),
    ).rejects.toMatchObject({
      code: 'minor_signs_through_guardian',
    });
    const signed = await signLoan('loan-1', input, actor('parent', 'guardian'), ports);
    expect(signed).toMatchObject({
      status: 'signed',
      version: 3,
      signature: {
        personId: 'parent',
        role: 'guardian',
        typedName: 'Paul Martin',
        at: '2026-12-07T13:05:00.000Z',
      },
    });
    expect(saved).toHaveLength(1);
  });

  it('hides another child’s loan from a guardian, and lets an adult pupil sign their own only', async () => {
    const { ports } = portsWith(loanOf({ borrowerId: 'someone-else' }));
    await expect(signLoan('loan-1', input, actor('parent', 'guardian'), ports)).rejects.toMatchObject({
      name: 'AccessDeniedError',
      hidesExistence: true,
    });
    const adult = portsWith(loanOf({ borrowerId: 'adult' })).ports;
    await expect(signLoan('loan-1', input, actor('parent', 'guardian'), adult)).rejects.toMatchObject({
      code: 'adult_signs_own_form',
    });
    expect((await signLoan('loan-1', input, actor('adult', 'student'), adult)).signature?.role).toBe(
      'borrower',
    );
  });

  it('asks for the insurance of a rental first, and refuses a drawing that is not a PNG', async () => {
    const { ports } = portsWith(loanOf({ kind: 'rental', feeCents: 9_000 }));
    await expect(signLoan('loan-1', input, actor('parent', 'guardian'), ports)).rejects.toMatchObject({
      code: 'insurance_required',
    });
    await expect(
      signLoan(
        'loan-1',
        { ...input, drawing: 'data:image/png;base64,PHN2Zz4=' },
        actor('parent', 'guardian'),
        ports,
      ),
    ).rejects.toMatchObject({ field: 'drawing', code: 'signature_not_png' });
    const stale = portsWith(loanOf()).ports;
    await expect(
      signLoan('loan-1', { ...input, version: 1 }, actor('parent', 'guardian'), stale),
    ).rejects.toMatchObject({
      name: 'StaleVersionError',
    });
  });
});

describe('a return', () => {
  it('suggests servicing when the condition is worse or the notes tell of damage', () => {
    expect(servicingSuggested('good', 'good', 'RAS')).toBe(false);
    expect(servicingSuggested('good', 'fair')).toBe(true);
    expect(servicingSuggested('fair', 'good')).toBe(false);
    expect(servicingSuggested('good', 'good', 'Une rayure sur la table')).toBe(true);
    expect(servicingSuggested('good', 'good', 'chevalet abîmé')).toBe(true);
    expect(servicingSuggested('good', 'good', 'Fêlure près de l’ouïe')).toBe(true);
  });

  it('sends the item to servicing when staff open a ticket or it came back out of order, else it is available', () => {
    expect(decideReturn({ condition: 'good', openServicing: false })).toEqual({
      status: 'available',
      servicing: false,
    });
    expect(decideReturn({ condition: 'fair', openServicing: true })).toEqual({
      status: 'in-servicing',
      servicing: true,
    });
    expect(decideReturn({ condition: 'out-of-order', openServicing: false })).toEqual({
      status: 'in-servicing',
      servicing: true,
    });
  });
});
