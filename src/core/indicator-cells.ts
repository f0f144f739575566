// Where an indicator's parts are on the sheet. Most rows of a sheet are read wholly on their own row, each part in
// its column: such an indicator carries its row and shares its columns with the other rows of its plan, and makes
// its `cells` record (an A1 text per part) only when something reads it. A finding needs the address of one part;
// the hundred thousand rows of an export each had six A1 texts made and kept that nothing read.

import { columnLetters } from './a1';
import type { Indicator, IndicatorPart, IndicatorSet, Target } from './model';

export type IndicatorCells = Indicator['cells'];

/** The columns a plan reads each part from, in the order an indicator's `cells` lists them. */
class RowLayout {
  private readonly parts: readonly IndicatorPart[];
  private readonly letters: readonly string[];
  private readonly index: Partial<Record<IndicatorPart, number>> = {};

  constructor(columns: PartColumns) {
    const parts: IndicatorPart[] = [];
    const letters: string[] = [];
    for (const [part, col] of columns) {
      if (col === undefined) continue;
      this.index[part] = parts.length;
      parts.push(part);
      letters.push(columnLetters(col));
    }
    this.parts = parts;
    this.letters = letters;
  }

  /** Does the plan read the part? */
  has(part: IndicatorPart): boolean {
    return this.index[part] !== undefined;
  }

  /** The part's A1 cell on `row`, or undefined when the plan has no column for it. */
  cell(part: IndicatorPart, row: number): string | undefined {
    const i = this.index[part];
    return i === undefined ? undefined : (this.letters[i] as string) + row;
  }

  /** The `cells` record of an indicator on `row`. */
  record(row: number): IndicatorCells {
    const cells: IndicatorCells = {};
    const digits = String(row);
    for (let i = 0; i < this.parts.length; i++)
      cells[this.parts[i] as IndicatorPart] = (this.letters[i] as string) + digits;
    return cells;
  }
}

const OWN = Object.prototype.hasOwnProperty;

/** `cells` becomes an ordinary own property, the way an indicator written as an object literal has it. */
function settle(ind: object, cells: IndicatorCells): IndicatorCells {
  Object.defineProperty(ind, 'cells', { value: cells, writable: true, enumerable: true, configurable: true });
  return cells;
}

/**
 * An indicator read wholly on its own row. Its `cells` is made from its plan's layout when first read and then kept
 * as an own property; until then it lives on the prototype, so `Object.keys`, `{ ...ind }` and structured cloning do
 * not see it — `toJSON` and {@link plainIndicator} give the record in its place.
 */
export abstract class LaidOutIndicator implements Indicator {
  protected abstract readonly layout: RowLayout;
  // Declared, never emitted as class fields: the constructor sets them in the order an object literal of the model
  // lists them, and the optional parts are set by detection only where the table has them.
  declare row: number;
  declare set: IndicatorSet;
  declare level1: string | null;
  declare level1Raw: string | null;
  declare level2: string | null;
  declare level2Raw: string | null;
  declare name: string;
  declare target: Target;
  declare unit: string | null;
  declare grouping?: string | null;
  declare description?: string | null;
  declare standard?: string | null;
  declare actual?: Target;
  declare weight?: number | null;
  declare score?: number | null;
  declare deviation?: string | null;

  constructor(
    row: number,
    set: IndicatorSet,
    level1: string | null,
    level1Raw: string | null,
    level2: string | null,
    level2Raw: string | null,
    name: string,
    target: Target,
    unit: string | null,
  ) {
    this.row = row;
    this.set = set;
    this.level1 = level1;
    this.level1Raw = level1Raw;
    this.level2 = level2;
    this.level2Raw = level2Raw;
    this.name = name;
    this.target = target;
    this.unit = unit;
  }

  get cells(): IndicatorCells {
    return settle(this, this.layout.record(this.row));
  }

  set cells(cells: IndicatorCells) {
    settle(this, cells);
  }

  /** The part's cell, made alone (the record is not made for it). */
  cellOf(part: IndicatorPart): string | undefined {
    if (OWN.call(this, 'cells')) return (this as Indicator).cells[part];
    return this.layout.cell(part, this.row);
  }

  /** Has the part a cell? */
  hasCell(part: IndicatorPart): boolean {
    if (OWN.call(this, 'cells')) return (this as Indicator).cells[part] !== undefined;
    return this.layout.has(part);
  }

  /** The indicator as an object literal writes it: `cells` after `unit`, the optional parts after it. */
  toJSON(): Indicator {
    const out: Record<string, unknown> = {};
    const self = this as unknown as Record<string, unknown>;
    const settled = OWN.call(this, 'cells');
    for (const k of Object.keys(this)) {
      if (k === 'cells') continue;
      out[k] = self[k];
      if (k === 'unit') out.cells = settled ? self.cells : this.layout.record(this.row);
    }
    return out as unknown as Indicator;
  }
}

export type LaidOutClass = new (...args: ConstructorParameters<typeof LaidOutIndicator>) => LaidOutIndicator;

// One class per layout, the layout on its prototype: an indicator holds no field of its own for it. Layouts repeat
// (a sheet's tables share their header); past the limit a new layout gets a class that is not remembered.
const CLASSES = new Map<string, LaidOutClass>();
const MAX_CLASSES = 256;

/** The columns of each part, in the order an indicator's `cells` lists them (undefined: the plan has no such column). */
export type PartColumns = readonly (readonly [IndicatorPart, number | undefined])[];

/** The class of indicators read in these columns; its layout is worked out when the columns are new. */
export function laidOutClass(columns: PartColumns): LaidOutClass {
  const key = columns.map(([part, col]) => `${part}:${col ?? ''}`).join(',');
  let cls = CLASSES.get(key);
  if (cls === undefined) {
    cls = class extends LaidOutIndicator {
      declare protected readonly layout: RowLayout;
    };
    Object.defineProperty(cls.prototype, 'layout', { value: new RowLayout(columns) });
    if (CLASSES.size < MAX_CLASSES) CLASSES.set(key, cls);
  }
  return cls;
}

/** The A1 cell of an indicator's part, without making its whole `cells` record; undefined when it has none. */
export function partCell(ind: Indicator, part: IndicatorPart): string | undefined {
  return ind instanceof LaidOutIndicator ? ind.cellOf(part) : ind.cells[part];
}

/** Has the indicator's part a cell (without making its A1 text)? */
export function hasPartCell(ind: Indicator, part: IndicatorPart): boolean {
  return ind instanceof LaidOutIndicator ? ind.hasCell(part) : ind.cells[part] !== undefined;
}

/** The indicator as a plain object with its `cells` (structured cloning copies own data properties only). */
export function plainIndicator(ind: Indicator): Indicator {
  return ind instanceof LaidOutIndicator ? ind.toJSON() : ind;
}
