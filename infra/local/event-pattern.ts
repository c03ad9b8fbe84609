import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Amazon EventBridge event patterns, so that the rules of `events/` route on the local bus as they do in AWS.
 *
 * Fields are ANDed and the values listed for a field are ORed. The event is read as EventBridge's engine
 * (Event Ruler) reads it: arrays are flattened, so a field matches when any element does, and only scalar
 * "leaves" carry values. A field that is missing, or holds an object or an empty array, has no leaf: only
 * `{ "exists": false }` matches it.
 */

/** A pattern EventBridge would refuse at PutRule; `path` is where in the pattern, as in `detail.state[0]`. */
export class InvalidEventPatternError extends Error {
  override readonly name = 'InvalidEventPatternError';

  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Invalid event pattern at ${path}: ${reason}`);
  }
}

type Leaf = string | number | boolean | null;
type PatternObject = { [field: string]: unknown };
type Operator = (operand: unknown, leaf: Leaf) => boolean;
type Comparison = (value: number, bound: number) => boolean;

// Checked on first use, so that a pattern AWS would refuse at deploy time fails as loudly on the local bus.
const validatedPatterns = new WeakSet<object>();

/** Whether `event` matches `pattern`; throws InvalidEventPatternError for a pattern AWS would refuse. */
export const matchesEventPattern = (
  pattern: Record<string, unknown>,
  event: Record<string, unknown>,
): boolean => {
  if (!validatedPatterns.has(pattern)) {
    assertValidEventPattern(pattern);
    validatedPatterns.add(pattern);
  }
  return matchesObject(pattern, event);
};

// Matching, once the pattern is known to be valid

const matchesObject = (pattern: PatternObject, fields: PatternObject): boolean =>
  Object.entries(pattern).every(([key, expected]) => {
    if (key === '$or') return (expected as PatternObject[]).some((branch) => matchesObject(branch, fields));
    const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (Array.isArray(expected)) return matchesLeaves(expected, leavesOf(value));
    // Each element of an array of objects is tried whole, so two fields never match from different elements.
    return objectsOf(value).some((candidate) => matchesObject(expected as PatternObject, candidate));
  });

const matchesLeaves = (alternatives: unknown[], leaves: Leaf[]): boolean =>
  alternatives.some((alternative) => {
    const hasLeaf = leaves.length > 0;
    if (isPlainObject(alternative) && 'exists' in alternative) return alternative.exists === hasLeaf;
    return leaves.some((leaf) => matchesLeaf(alternative, leaf));
  });

/** Exact match is type-strict: the string "5" is not the number 5, and null is not "". */
const matchesLeaf = (alternative: unknown, leaf: Leaf): boolean => {
  if (!isPlainObject(alternative)) return alternative === leaf;
  const [name, operand] = Object.entries(alternative)[0] as [string, unknown];
  return (operators[name] as Operator)(operand, leaf);
};

const leavesOf = (value: unknown): Leaf[] => {
  if (Array.isArray(value)) return value.flatMap(leavesOf);
  return value === undefined || isPlainObject(value) ? [] : [value as Leaf];
};

/** A nested pattern still applies where the event has no object, so that an `exists: false` inside holds. */
const objectsOf = (value: unknown): PatternObject[] => {
  const candidates = Array.isArray(value) ? value.flat(Number.POSITIVE_INFINITY) : [value];
  const objects = candidates.filter(isPlainObject);
  return objects.length > 0 ? objects : [{}];
};

const operators: Record<string, Operator> = {
  prefix: (operand, leaf) => typeof leaf === 'string' && matchesAffix(operand, leaf, startsWith),
  suffix: (operand, leaf) => typeof leaf === 'string' && matchesAffix(operand, leaf, endsWith),
  'equals-ignore-case': (operand, leaf) =>
    typeof leaf === 'string' && foldCase(leaf) === foldCase(operand as string),
  wildcard: (operand, leaf) => typeof leaf === 'string' && wildcardRegExp(operand as string).test(leaf),
  numeric: (operand, leaf) => typeof leaf === 'number' && matchesNumeric(operand as unknown[], leaf),
  cidr: (operand, leaf) => typeof leaf === 'string' && matchesCidr(operand as string, leaf),
  'anything-but': (operand, leaf) => !isExcluded(operand, leaf),
};

const startsWith = (value: string, affix: string) => value.startsWith(affix);
const endsWith = (value: string, affix: string) => value.endsWith(affix);
const foldCase = (text: string) => text.toLowerCase();

/** `{ "prefix": "us-" }`, or `{ "prefix": { "equals-ignore-case": "us-" } }`; the same for suffix. */
const matchesAffix = (operand: unknown, value: string, test: (value: string, affix: string) => boolean) => {
  if (typeof operand === 'string') return test(value, operand);
  return test(foldCase(value), foldCase((operand as PatternObject)['equals-ignore-case'] as string));
};

/** `*` stands for any run of characters, `\*` for a star and `\\` for a backslash. */
const wildcardRegExp = (pattern: string) => {
  const source = (pattern.match(/\\.|\*|[^\\*]+/gs) ?? [])
    .map((token) => (token === '*' ? '.*' : escapeRegExp(token.startsWith('\\') ? token.slice(1) : token)))
    .join('');
  return new RegExp(`^${source}$`, 's');
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const numericComparisons: Record<string, Comparison> = {
  '=': (value, bound) => value === bound,
  '>': (value, bound) => value > bound,
  '>=': (value, bound) => value >= bound,
  '<': (value, bound) => value < bound,
  '<=': (value, bound) => value <= bound,
};

/** `["=", 3]`, `["<", 10]` or a range such as `[">", 0, "<=", 5]`: every comparison must hold. */
const matchesNumeric = (comparisons: unknown[], value: number) => {
  for (let index = 0; index < comparisons.length; index += 2) {
    const compare = numericComparisons[comparisons[index] as string] as Comparison;
    if (!compare(value, comparisons[index + 1] as number)) return false;
  }
  return true;
};

/** An address only falls in a block of its own family, as EventBridge compares the address bytes. */
const matchesCidr = (block: string, address: string) => {
  const [network, bits] = block.split('/') as [string, string];
  const family = isIPv4(network) ? 'ipv4' : 'ipv6';
  if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) return false;
  const blockList = new BlockList();
  blockList.addSubnet(network, Number(bits), family);
  return blockList.check(address, family);
};

/**
 * `anything-but` needs a value to judge (a missing field never matches it) and excludes only values of the
 * same type: `{ "anything-but": 100 }` matches the string "100", and `{ "anything-but": { "prefix": "a" } }`
 * matches a number.
 */
const isExcluded = (operand: unknown, leaf: Leaf): boolean => {
  if (isPlainObject(operand)) {
    const [name, values] = Object.entries(operand)[0] as [string, unknown];
    return listOf(values).some((value) => (operators[name] as Operator)(value, leaf));
  }
  return listOf(operand).some((value) => value === leaf);
};

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

const isPlainObject = (value: unknown): value is PatternObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Validation: what EventBridge refuses when the rule is created

/** Throws InvalidEventPatternError, naming the path and the reason, for a pattern AWS would refuse. */
export const assertValidEventPattern = (pattern: unknown): void => assertValidObject(pattern, '$', false);

/** Operator names may not be field names inside `$or`, lest a misplaced operator be read as a field. */
const assertValidObject = (pattern: unknown, path: string, insideOr: boolean): void => {
  if (!isPlainObject(pattern)) fail(path, 'a pattern must be a JSON object');
  const entries = Object.entries(pattern);
  if (entries.length === 0) fail(path, 'empty objects are not allowed');
  for (const [key, value] of entries) {
    const here = `${path}.${key}`;
    if (key === '$or') assertValidOr(value, here);
    else if (insideOr && key in operandValidators) fail(here, `${key} is an operator, not a field name`);
    else if (Array.isArray(value)) assertValidAlternatives(value, here);
    else if (isPlainObject(value)) assertValidObject(value, here, insideOr);
    else fail(here, 'a field must hold an array of values or a nested pattern object');
  }
};

const assertValidOr = (branches: unknown, path: string) => {
  if (!Array.isArray(branches) || branches.length < 2)
    fail(path, '$or needs an array of two patterns or more');
  for (const [index, branch] of branches.entries()) assertValidObject(branch, `${path}[${index}]`, true);
};

const assertValidAlternatives = (alternatives: unknown[], path: string) => {
  if (alternatives.length === 0) fail(path, 'empty arrays are not allowed');
  for (const [index, alternative] of alternatives.entries()) {
    const here = `${path}[${index}]`;
    if (isPlainObject(alternative)) assertValidOperator(alternative, here);
    else if (Array.isArray(alternative)) fail(here, 'a value must be a string, number, true, false or null');
    else if (typeof alternative === 'number') assertFiniteNumber(alternative, here);
  }
};

const assertValidOperator = (expression: PatternObject, path: string) => {
  const names = Object.keys(expression);
  if (names.length !== 1) fail(path, 'a match expression has exactly one operator');
  const name = names[0] as string;
  const validateOperand = operandValidators[name];
  if (!validateOperand) fail(path, `unknown operator "${name}"`);
  validateOperand(expression[name], `${path}.${name}`);
};

const operandValidators: Record<string, (operand: unknown, path: string) => void> = {
  prefix: (operand, path) => assertValidAffix(operand, path),
  suffix: (operand, path) => assertValidAffix(operand, path),
  'equals-ignore-case': (operand, path) => assertString(operand, path),
  wildcard: (operand, path) => assertValidWildcard(operand, path),
  numeric: (operand, path) => assertValidNumeric(operand, path),
  cidr: (operand, path) => assertValidCidr(operand, path),
  exists: (operand, path) => {
    if (typeof operand !== 'boolean') fail(path, 'exists takes true or false');
  },
  'anything-but': (operand, path) => assertValidAnythingBut(operand, path),
};

const assertValidAffix = (operand: unknown, path: string) => {
  if (!isPlainObject(operand)) return assertString(operand, path);
  const names = Object.keys(operand);
  if (names.length !== 1 || names[0] !== 'equals-ignore-case') {
    fail(path, 'the only operator allowed here is equals-ignore-case');
  }
  assertString(operand['equals-ignore-case'], `${path}.equals-ignore-case`);
};

const assertValidWildcard = (operand: unknown, path: string) => {
  assertString(operand, path);
  const fault = /\*\*|\\/.exec(operand.replace(/\\[*\\]/g, '__'));
  if (fault?.[0] === '**') fail(path, 'consecutive wildcard characters are not allowed');
  if (fault) fail(path, 'a backslash may only escape * or \\');
};

/** A single comparison, or a lower bound (`>`, `>=`) followed by an upper bound (`<`, `<=`) above it. */
const assertValidNumeric = (operand: unknown, path: string) => {
  if (!Array.isArray(operand) || (operand.length !== 2 && operand.length !== 4)) {
    fail(path, 'numeric takes [operator, number] or [lower operator, number, upper operator, number]');
  }
  const [first, bottom, second, top] = operand as unknown[];
  if (typeof first !== 'string' || !(first in numericComparisons)) {
    fail(path, `unknown numeric operator ${String(first)}`);
  }
  assertFiniteNumber(bottom, `${path}[1]`);
  if (operand.length === 2) return;
  if (first !== '>' && first !== '>=') fail(path, `a range must start with > or >=, not ${first}`);
  if (second !== '<' && second !== '<=') fail(path, `a range must end with < or <=, not ${String(second)}`);
  assertFiniteNumber(top, `${path}[3]`);
  if (bottom >= top) fail(path, 'the lower bound must be below the upper bound');
};

const assertValidCidr = (operand: unknown, path: string) => {
  assertString(operand, path);
  const [network = '', bits, ...rest] = operand.split('/');
  if (bits === undefined || rest.length > 0) fail(path, 'a CIDR block needs exactly one "/"');
  if (!isIPv4(network) && !isIPv6(network)) fail(path, `${network} is not an IP address`);
  const maxBits = isIPv4(network) ? 32 : 128;
  if (!/^\d+$/.test(bits) || Number(bits) > maxBits) fail(path, `the mask must be 0 to ${maxBits} bits`);
};

/**
 * A string, a number, a list of only strings or only numbers, or one nested prefix, suffix,
 * equals-ignore-case or wildcard.
 */
const assertValidAnythingBut = (operand: unknown, path: string) => {
  if (isPlainObject(operand)) return assertValidNestedAnythingBut(operand, path);
  const values = listOf(operand);
  if (values.length === 0) fail(path, 'empty arrays are not allowed');
  for (const [index, value] of values.entries()) {
    if (typeof value === 'number') assertFiniteNumber(value, `${path}[${index}]`);
    else if (typeof value !== 'string') fail(path, 'takes strings or numbers, not true, false or null');
  }
  const types = new Set(values.map((value) => typeof value));
  if (types.size > 1) fail(path, 'a list must hold only strings or only numbers');
};

const assertValidNestedAnythingBut = (operand: PatternObject, path: string) => {
  const names = Object.keys(operand);
  const name = names[0] as string;
  if (names.length !== 1 || !['prefix', 'suffix', 'equals-ignore-case', 'wildcard'].includes(name)) {
    fail(path, 'anything-but nests only one of prefix, suffix, equals-ignore-case or wildcard');
  }
  const values = listOf(operand[name]);
  if (values.length === 0) fail(`${path}.${name}`, 'empty arrays are not allowed');
  for (const [index, value] of values.entries()) {
    const here = Array.isArray(operand[name]) ? `${path}.${name}[${index}]` : `${path}.${name}`;
    if (name === 'wildcard') assertValidWildcard(value, here);
    else if (value === '' && name !== 'equals-ignore-case') fail(here, `an empty ${name} is not allowed`);
    else assertString(value, here);
  }
};

function assertString(value: unknown, path: string): asserts value is string {
  if (typeof value !== 'string') fail(path, 'must be a string');
}

function assertFiniteNumber(value: unknown, path: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a finite number');
}

function fail(path: string, reason: string): never {
  throw new InvalidEventPatternError(path, reason);
}
