import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { ConflictError } from '#domain/shared/errors';
import { changedFields, decideItem, itemOf } from './decide-item';
import { itemChangedEvent } from './inventory';
import type { ItemChange } from './item';
import { bytesOfBase64, guardsOf, type ItemImportInput, readItemImport } from './item-csv';
import type { LoansPorts } from './loans-ports';

/** How many lines are written side by side: each is one small transaction. */
const parallelLines = 8;

/**
 * Imports a school's spreadsheet of instruments with a column mapping: staff and the head of school.
 * 1. read the file (any encoding, `;` or `,`) and each line with the mapping;
 * 2. set apart the lines whose serial number or source line is already in the inventory (one batch read);
 * 3. a dry run stops there: what would be created, what is there already, the lines refused and why;
 * 4. otherwise each new line is an item, written with its guards in one transaction: a file imported twice, even
 *    twice at once, creates each item once.
 */
export const importItems = async (input: ItemImportInput, actor: Actor, ports: LoansPorts) => {
  await authorize(actor, 'loans:write', { kind: 'school' }, ports.relations);
  const read = readItemImport(bytesOfBase64(input.file), input);
  const guards = read.lines.map(guardsOf);
  const taken = await ports.inventory.taken({
    serialKeys: guards.flatMap(({ serialKey }) => (serialKey ? [serialKey] : [])),
    sourceIds: guards.map(({ sourceId }) => sourceId),
  });
  const isTaken = (index: number) => {
    const { serialKey, sourceId } = guards[index] ?? {};
    return (
      (serialKey !== undefined && taken.has(serialKey)) || (sourceId !== undefined && taken.has(sourceId))
    );
  };
  const fresh = read.lines.filter((_, index) => !isTaken(index));
  const already = read.lines.filter((_, index) => isTaken(index)).map(({ line }) => line);
  const refused = [...read.refused];
  const created: { line: number; itemId: string; kind: string; family: string }[] = [];
  const summary = (line: (typeof fresh)[number]) => ({
    line: line.line,
    kind: line.input.kind,
    family: line.input.family,
  });
  if (!input.apply) {
    return {
      applied: false,
      headers: read.headers,
      mapping: read.mapping,
      toCreate: fresh.map(summary),
      already,
      refused,
    };
  }
  const at = ports.clock.now().toISOString();
  for (let start = 0; start < fresh.length; start += parallelLines) {
    await Promise.all(
      fresh.slice(start, start + parallelLines).map(async (line) => {
        const { itemId: _ignored, ...fields } = line.input;
        try {
          decideItem(fields, undefined);
        } catch (error) {
          refused.push({ line: line.line, field: 'status', reason: (error as Error).message });
          return;
        }
        const item = itemOf(ports.newId(), fields, {
          version: 1,
          at,
          by: actor.personId,
          sourceId: line.sourceId,
        });
        const change: ItemChange = {
          version: 1,
          at,
          by: actor.personId,
          change: 'imported',
          fields: changedFields(undefined, item),
          item,
        };
        try {
          await ports.inventory.save(change, undefined, [itemChangedEvent(change, undefined, ports)]);
          created.push({ line: line.line, itemId: item.itemId, kind: item.kind, family: item.family });
        } catch (error) {
          // Another import of the same file got there first, or two lines name one serial number.
          if (error instanceof ConflictError) already.push(line.line);
          else throw error;
        }
      }),
    );
  }
  const byLine = <T extends { line: number }>(list: T[]) => list.sort((a, b) => a.line - b.line);
  return {
    applied: true,
    headers: read.headers,
    mapping: read.mapping,
    created: byLine(created),
    already: already.sort((a, b) => a - b),
    refused: byLine(refused),
  };
};
