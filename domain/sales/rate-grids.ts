import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { NotFoundError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import type { GridInput, RateGrid } from './sales';
import type { GridSummary, SalesPorts } from './sales-ports';

/**
 * Rate grids, one a season. Two grids never overlap: each day has at most one grid, the one a quote takes from its
 * first slot's day (a quote may also name another grid). The grids' calendar is one item, written with the grid
 * on the version read, so that two grids saved at once cannot overlap either.
 */
export const gridProblems = (input: GridInput): ValidationError[] => {
  const problems: ValidationError[] = [];
  if (input.validTo < input.validFrom) {
    problems.push(new ValidationError('validTo', 'must not be before validFrom', 'grid_dates_reversed'));
  }
  const seen = new Set<string>();
  input.rates.forEach((rate, index) => {
    if ((rate.placeId === undefined) === (rate.placeKind === undefined)) {
      problems.push(
        new ValidationError(
          `rates.${index}.placeId`,
          'name a place or a kind of place, one of the two',
          'rate_needs_place_or_kind',
        ),
      );
    }
    const key = `${rate.placeId ?? ''}|${rate.placeKind ?? ''}|${rate.category}|${rate.unit}`;
    if (seen.has(key)) {
      problems.push(new ValidationError(`rates.${index}`, 'is listed twice', 'rate_twice'));
    }
    seen.add(key);
    if (rate.vatExemption !== undefined && rate.vatRate !== 0) {
      problems.push(
        new ValidationError(
          `rates.${index}.vatExemption`,
          'goes with a VAT rate of 0',
          'exemption_needs_zero_rate',
        ),
      );
    }
  });
  input.extras.forEach((extra, index) => {
    if (extra.vatExemption !== undefined && extra.vatRate !== 0) {
      problems.push(
        new ValidationError(
          `extras.${index}.vatExemption`,
          'goes with a VAT rate of 0',
          'exemption_needs_zero_rate',
        ),
      );
    }
  });
  return problems;
};

const overlapping = (grids: readonly GridSummary[], input: GridInput, gridId: string) =>
  grids.find(
    (grid) => grid.gridId !== gridId && grid.validFrom <= input.validTo && input.validFrom <= grid.validTo,
  );

const save = async (gridId: string, input: GridInput, current: RateGrid | undefined, ports: SalesPorts) => {
  const problems = gridProblems(input);
  const calendar = await ports.sales.gridCalendar();
  const other = overlapping(calendar.grids, input, gridId);
  if (other) {
    problems.push(
      new ValidationError(
        'validFrom',
        `overlaps the grid ${other.name} (${other.validFrom} – ${other.validTo})`,
        'grids_overlap',
      ),
    );
  }
  const [first, ...rest] = problems;
  if (first) throw ValidationError.of([first, ...rest]);
  const grid: RateGrid = {
    gridId,
    name: input.name,
    validFrom: input.validFrom,
    validTo: input.validTo,
    rates: input.rates,
    extras: input.extras.map((extra, index) => ({
      ...extra,
      extraId: extra.extraId ?? `extra-${index + 1}`,
    })),
    version: (current?.version ?? 0) + 1,
  };
  const summary = { gridId, name: grid.name, validFrom: grid.validFrom, validTo: grid.validTo };
  const grids = [...calendar.grids.filter((each) => each.gridId !== gridId), summary].sort((a, b) =>
    a.validFrom.localeCompare(b.validFrom),
  );
  await ports.sales.putGrid(grid, current?.version, { grids, version: calendar.version });
  return grid;
};

export const createGrid = async (input: GridInput, actor: Actor, ports: SalesPorts): Promise<RateGrid> => {
  await authorize(actor, 'sales:write', { kind: 'school' }, ports.relations);
  return save(ports.newId(), input, undefined, ports);
};

export const updateGrid = async (
  gridId: string,
  input: GridInput,
  actor: Actor,
  ports: SalesPorts,
): Promise<RateGrid> => {
  await authorize(actor, 'sales:write', { kind: 'school' }, ports.relations);
  const current = await ports.sales.getGrid(gridId);
  if (!current) throw new NotFoundError('grid', gridId);
  if (input.version === undefined) throw new ValidationError('version', 'is required', 'required');
  if (input.version !== current.version) throw new StaleVersionError('grid', gridId, input.version);
  return save(gridId, input, current, ports);
};

export const readGrid = async (gridId: string, actor: Actor, ports: SalesPorts): Promise<RateGrid> => {
  await authorize(actor, 'sales:read', { kind: 'school' }, ports.relations);
  const grid = await ports.sales.getGrid(gridId);
  if (!grid) throw new NotFoundError('grid', gridId);
  return grid;
};

export const listGrids = async (actor: Actor, ports: SalesPorts): Promise<{ items: GridSummary[] }> => {
  await authorize(actor, 'sales:read', { kind: 'school' }, ports.relations);
  return { items: (await ports.sales.gridCalendar()).grids };
};
