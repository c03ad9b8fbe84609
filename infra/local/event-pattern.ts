import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Amazon EventBridge event patterns, for the local bus: the rules of `events/` match locally as they do in AWS.
 * Fields are ANDed, the values listed for a field are ORed, an array in the event matches if any element does,
 * and a field missing from the event matches only `{ "exists": false }`.
 */
export class InvalidEventPatternError extends Error {}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Matcher = Json;

export const matchesEventPattern = (
  pattern: Record<string, unknown>,
  event: Record<string, unknown>,
): boolean => matchesObject(pattern as Record<string, Json>, event as Json);

const matchesObject = (pattern: Record<string, Json>, value: Json | undefined): boolean => {
  if (Array.isArray(value)) return value.some((element) => matchesObject(pattern, element));
  const fields = isPlainObject(value) ? value : {};
  return Object.entries(pattern).every(([key, expected]) => {
    if (key === '$or')
      return (expected as Record<string, Json>[]).some((branch) => matchesObject(branch, fields));
    if (Array.isArray(expected)) return matchesLeaf(expected, fields[key]);
    return matchesObject(expected as Record<string, Json>, fields[key]);
  });
};

const matchesLeaf = (matchers: Matcher[], value: Json | undefined): boolean => {
  if (value === undefined)
    return matchers.some((matcher) => isPlainObject(matcher) && matcher.exists === false);
  if (isPlainObject(value)) return false;
  const values = Array.isArray(value)
    ? value.filter((element) => !isPlainObject(element) && !Array.isArray(element))
    : [value];
  return matchers.some((matcher) => values.some((element) => matchesValue(matcher, element)));
};

const matchesValue = (matcher: Matcher, value: Json): boolean => {
  if (!isPlainObject(matcher)) return equals(matcher, value);
  const [operator, operand] = Object.entries(matcher)[0] as [string, Json];
  switch (operator) {
    case 'exists':
      return operand === true;
    case 'prefix':
      return typeof value === 'string' && compareText(operand, value, (a, b) => a.startsWith(b));
    case 'suffix':
      return typeof value === 'string' && compareText(operand, value, (a, b) => a.endsWith(b));
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === String(operand).toLowerCase();
    case 'wildcard':
      return typeof value === 'string' && wildcardRegExp(String(operand)).test(value);
    case 'numeric':
      return typeof value === 'number' && matchesNumeric(operand as Json[], value);
    case 'cidr':
      return typeof value === 'string' && matchesCidr(String(operand), value);
    case 'anything-but':
      return matchesAnythingBut(operand, value);
    default:
      return false;
  }
};

/** Numbers compare as numbers (300 matches 300.0), everything else exactly, and a string never matches a number. */
const equals = (expected: Json, value: Json) => expected === value;

/** `{ "prefix": "a" }` or `{ "prefix": { "equals-ignore-case": "a" } }`, likewise for suffix. */
const compareText = (operand: Json, value: string, test: (value: string, operand: string) => boolean) => {
  if (isPlainObject(operand)) {
    const text = String(operand['equals-ignore-case']);
    return test(value.toLowerCase(), text.toLowerCase());
  }
  return test(value, String(operand));
};

const wildcardRegExp = (pattern: string) => {
  const source = pattern
    .split(/(\\\*|\*)/)
    .map((part) =>
      part === '*' ? '.*' : part === '\\*' ? '\\*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`, 's');
};

const numericOperators: Record<string, (value: number, bound: number) => boolean> = {
  '<': (value, bound) => value < bound,
  '<=': (value, bound) => value <= bound,
  '=': (value, bound) => value === bound,
  '>': (value, bound) => value > bound,
  '>=': (value, bound) => value >= bound,
};

const matchesNumeric = (conditions: Json[], value: number) => {
  for (let index = 0; index < conditions.length; index += 2) {
    const compare = numericOperators[String(conditions[index])];
    if (!compare?.(value, Number(conditions[index + 1]))) return false;
  }
  return true;
};

const matchesCidr = (range: string, address: string) => {
  const [network = '', bits = ''] = range.split('/');
  const type = isIPv4(network) ? 'ipv4' : 'ipv6';
  if (type === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) return false;
  const list = new BlockList();
  list.addSubnet(network, Number(bits), type);
  return list.check(address, type);
};

/** Matches a present value that none of the listed values or the operator matches. */
const matchesAnythingBut = (operand: Json, value: Json): boolean => {
  if (isPlainObject(operand)) {
    const [operator, inner] = Object.entries(operand)[0] as [string, Json];
    const alternatives = Array.isArray(inner) ? inner : [inner];
    return !alternatives.some((alternative) => matchesValue({ [operator]: alternative }, value));
  }
  const excluded = Array.isArray(operand) ? operand : [operand];
  return !excluded.some((item) => equals(item, value));
};

const isPlainObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const leafOperators = new Set([
  'exists',
  'prefix',
  'suffix',
  'equals-ignore-case',
  'wildcard',
  'numeric',
  'cidr',
  'anything-but',
]);

/** Refuses what EventBridge's PutRule would refuse, naming where: a rule that cannot match is a bug to catch early. */
export const assertValidEventPattern = (pattern: unknown, path = ''): void => {
  if (!isPlainObject(pattern))
    throw new InvalidEventPatternError(`${path || 'pattern'} must be a JSON object`);
  for (const [key, value] of Object.entries(pattern)) {
    const here = path ? `${path}.${key}` : key;
    if (key === '$or') {
      if (!Array.isArray(value) || value.length < 2) {
        throw new InvalidEventPatternError(`${here} must be an array of at least two patterns`);
      }
      for (const [index, branch] of value.entries()) assertValidEventPattern(branch, `${here}[${index}]`);
    } else if (Array.isArray(value)) {
      for (const matcher of value) assertValidMatcher(matcher, here);
    } else if (isPlainObject(value)) {
      assertValidEventPattern(value, here);
    } else {
      throw new InvalidEventPatternError(`${here} must be an array of values or a nested pattern`);
    }
  }
};

const assertValidMatcher = (matcher: Json, path: string) => {
  if (!isPlainObject(matcher)) return;
  const keys = Object.keys(matcher);
  const [operator] = keys;
  if (keys.length !== 1 || !operator || !leafOperators.has(operator)) {
    throw new InvalidEventPatternError(`${path}: ${JSON.stringify(matcher)} is not a known matcher`);
  }
  const operand = matcher[operator] as Json;
  if (operator === 'exists' && typeof operand !== 'boolean') {
    throw new InvalidEventPatternError(`${path}: exists takes true or false`);
  }
  if (operator === 'numeric') assertValidNumeric(operand, path);
};

const assertValidNumeric = (operand: Json, path: string) => {
  const valid =
    Array.isArray(operand) &&
    (operand.length === 2 || operand.length === 4) &&
    operand.every((item, index) =>
      index % 2 === 0 ? typeof item === 'string' && item in numericOperators : typeof item === 'number',
    );
  if (!valid)
    throw new InvalidEventPatternError(`${path}: numeric takes [operator, number] or two such pairs`);
};
