import { describe, expect, it } from 'vitest';
import {
  assertValidEventPattern,
  InvalidEventPatternError,
  matchesEventPattern,
} from '#infra/local/event-pattern';

// The patterns and events below are the examples of the Amazon EventBridge user guide ("Event patterns",
// "Content filtering in Amazon EventBridge event patterns", "Comparison operators for use in event patterns")
// and of the README of aws/event-ruler, the engine behind them.

type Event = Record<string, unknown>;

/** The sample EC2 event of the content-filtering examples. */
const ec2Event = {
  version: '0',
  id: 'ddddd4-aaaa-7777-4444-345dd43cc333',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '012345679012',
  time: '2017-10-02T16:24:49Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
  detail: {
    'c-count': 5,
    'd-count': 3,
    'x-limit': 301.8,
    'source-ip': '10.0.0.33',
    'instance-id': 'i-000000aaaaaa00000',
    state: 'running',
  },
};

const ec2With = (detail: Event): Event => ({ ...ec2Event, detail: { ...ec2Event.detail, ...detail } });

const ec2Without = (field: keyof typeof ec2Event.detail): Event => {
  const { [field]: _removed, ...detail } = ec2Event.detail;
  return { ...ec2Event, detail };
};

/** An event of the given envelope fields with `detail` as given. */
const eventWith = (fields: Event, detail: Event = {}): Event => ({ ...ec2Event, ...fields, detail });

const matches = matchesEventPattern;

describe('matching event values', () => {
  it('matches the EC2 termination example and ignores the fields the pattern does not name', () => {
    const pattern = {
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: ['terminated'] },
    };

    expect(matches(pattern, ec2With({ state: 'terminated' }))).toBe(true);
    expect(matches(pattern, ec2With({ state: 'running' }))).toBe(false);
    expect(matches(pattern, { ...ec2With({ state: 'terminated' }), source: 'aws.fargate' })).toBe(false);
  });

  it('matches when the event value is any of the values listed for the field', () => {
    const pattern = { source: ['aws.ec2', 'aws.fargate'] };

    expect(matches(pattern, eventWith({ source: 'aws.fargate' }))).toBe(true);
    expect(matches(pattern, eventWith({ source: 'aws.s3' }))).toBe(false);
  });

  it('fails when a field of the pattern is missing from the event', () => {
    const pattern = { detail: { state: ['running'] } };

    expect(matches(pattern, ec2Without('state'))).toBe(false);
    expect(matches(pattern, { source: 'aws.ec2' })).toBe(false);
  });

  it('matches an event array that shares at least one value with the pattern', () => {
    const pattern = {
      resources: [
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
      ],
    };
    const group = 'autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate';
    const autoScalingGroup = `arn:aws:autoscaling:us-east-1:123456789012:${group}`;

    expect(
      matches(pattern, {
        resources: [autoScalingGroup, 'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'],
      }),
    ).toBe(true);
    expect(matches(pattern, { resources: [autoScalingGroup] })).toBe(false);
  });

  it('matches an empty string and a null value, which are not interchangeable', () => {
    const event = eventWith({ source: 'aws.autoscaling' }, { eventVersion: '', responseElements: null });

    expect(matches({ detail: { eventVersion: [''] } }, event)).toBe(true);
    expect(matches({ detail: { responseElements: [null] } }, event)).toBe(true);
    expect(matches({ detail: { eventVersion: [null] } }, event)).toBe(false);
    expect(matches({ detail: { responseElements: [''] } }, event)).toBe(false);
  });

  it('matches numbers at any depth: a Macie alert with risk-score 80 and trigger risk 8', () => {
    const pattern = {
      source: ['aws.macie'],
      'detail-type': ['Macie Alert'],
      detail: { 'risk-score': [80], trigger: { risk: [8] } },
    };
    const alert = (riskScore: unknown, risk: unknown) =>
      eventWith(
        { source: 'aws.macie', 'detail-type': 'Macie Alert' },
        {
          'notification-type': 'ALERT_CREATED',
          'risk-score': riskScore,
          trigger: { 'alert-type': 'basic', risk },
        },
      );

    expect(matches(pattern, alert(80, 8))).toBe(true);
    expect(matches(pattern, alert(80, 7))).toBe(false);
    expect(matches(pattern, alert('80', 8))).toBe(false);
  });

  it('compares numbers by value once the event is parsed: 300 matches 300.0 and 3.0e2', () => {
    // Parsed JSON keeps no spelling of a number; Event Ruler also adds numeric equality to a number pattern.
    const pattern = { detail: { 'x-limit': [300] } };

    expect(matches(pattern, JSON.parse('{"detail": {"x-limit": 300.0}}'))).toBe(true);
    expect(matches(pattern, JSON.parse('{"detail": {"x-limit": 3.0e2}}'))).toBe(true);
    expect(matches(pattern, JSON.parse('{"detail": {"x-limit": 300.5}}'))).toBe(false);
  });

  it('matches true and false only as booleans', () => {
    const pattern = { detail: { archived: [true] } };

    expect(matches(pattern, eventWith({}, { archived: true }))).toBe(true);
    expect(matches(pattern, eventWith({}, { archived: 'true' }))).toBe(false);
    expect(matches(pattern, eventWith({}, { archived: false }))).toBe(false);
  });

  it('takes the fields of a nested pattern from one element of an array of objects', () => {
    const event = {
      employees: [
        { firstName: 'John', lastName: 'Doe' },
        { firstName: 'Anna', lastName: 'Smith' },
        { firstName: 'Peter', lastName: 'Jones' },
      ],
    };

    expect(matches({ employees: { firstName: ['Anna'] } }, event)).toBe(true);
    expect(matches({ employees: { firstName: ['Anna'], lastName: ['Smith'] } }, event)).toBe(true);
    expect(matches({ employees: { firstName: ['Anna'], lastName: ['Jones'] } }, event)).toBe(false);
  });
});

describe('prefix and suffix', () => {
  it('prefix matches a time that starts with 2017-10-02', () => {
    const pattern = { time: [{ prefix: '2017-10-02' }] };

    expect(matches(pattern, eventWith({ time: '2017-10-02T18:43:48Z' }))).toBe(true);
    expect(matches(pattern, eventWith({ time: '2017-10-03T18:43:48Z' }))).toBe(false);
  });

  it('prefix selects Auto Scaling events from European regions', () => {
    const pattern = { source: ['aws.autoscaling'], region: [{ prefix: 'eu-' }] };

    expect(matches(pattern, eventWith({ source: 'aws.autoscaling', region: 'eu-west-3' }))).toBe(true);
    expect(matches(pattern, eventWith({ source: 'aws.autoscaling', region: 'us-east-1' }))).toBe(false);
  });

  it('prefix matches only string values', () => {
    const pattern = { detail: { code: [{ prefix: '5' }] } };

    expect(matches(pattern, eventWith({}, { code: '503' }))).toBe(true);
    expect(matches(pattern, eventWith({}, { code: 503 }))).toBe(false);
  });

  it('prefix with equals-ignore-case matches EventB, EVENTB and eventb', () => {
    const pattern = { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } };

    for (const service of ['EventBridge', 'EVENTBRIDGE', 'eventbus']) {
      expect(matches(pattern, eventWith({}, { service })), service).toBe(true);
    }
    expect(matches(pattern, eventWith({}, { service: 'Amazon EventBridge' }))).toBe(false);
  });

  it('suffix matches a FileName that ends with .png, in that case', () => {
    const pattern = { FileName: [{ suffix: '.png' }] };

    expect(matches(pattern, { FileName: 'image.png' })).toBe(true);
    expect(matches(pattern, { FileName: 'image.PNG' })).toBe(false);
    expect(matches(pattern, { FileName: 'image.png.txt' })).toBe(false);
  });

  it('suffix with equals-ignore-case matches .png and .PNG', () => {
    const pattern = { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } };

    expect(matches(pattern, eventWith({}, { FileName: 'image.png' }))).toBe(true);
    expect(matches(pattern, eventWith({}, { FileName: 'IMAGE.PNG' }))).toBe(true);
    expect(matches(pattern, eventWith({}, { FileName: 'image.jpg' }))).toBe(false);
  });

  it('suffix with equals-ignore-case matches a service ending in tbridge or TBRIDGE', () => {
    const pattern = { service: [{ suffix: { 'equals-ignore-case': 'tbridge' } }] };

    expect(matches(pattern, { service: 'EVENTBRIDGE' })).toBe(true);
    expect(matches(pattern, { service: 'EventBus' })).toBe(false);
  });
});

describe('equals-ignore-case', () => {
  it('matches Name "alice" whatever its case', () => {
    const pattern = { Name: [{ 'equals-ignore-case': 'alice' }] };

    expect(matches(pattern, { Name: 'Alice' })).toBe(true);
    expect(matches(pattern, { Name: 'ALICE' })).toBe(true);
    expect(matches(pattern, { Name: 'Alicia' })).toBe(false);
  });

  it('matches a detail-type written in lower case', () => {
    const pattern = { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] };

    expect(matches(pattern, ec2Event)).toBe(true);
    expect(matches(pattern, eventWith({ 'detail-type': 'EC2 Instance Launch Successful' }))).toBe(false);
  });
});

describe('wildcard', () => {
  it('dir/*.png matches the .png files under dir/', () => {
    const pattern = { FileName: [{ wildcard: 'dir/*.png' }] };

    expect(matches(pattern, { FileName: 'dir/image.png' })).toBe(true);
    expect(matches(pattern, { FileName: 'dir/photos/image.png' })).toBe(true);
    expect(matches(pattern, { FileName: 'other/image.png' })).toBe(false);
    expect(matches(pattern, { FileName: 'dir/image.jpg' })).toBe(false);
  });

  it('matches event bus ARNs of any account in us-east-1', () => {
    const pattern = { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] };

    expect(matches(pattern, { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/school' })).toBe(
      true,
    );
    expect(matches(pattern, { EventBusArn: 'arn:aws:events:us-west-2:123456789012:event-bus/school' })).toBe(
      false,
    );
  });

  it('Simple*Service lets the star stand for any run of characters, even none', () => {
    const pattern = { source: [{ wildcard: 'Simple*Service' }] };

    expect(matches(pattern, { source: 'Simple Queue Service' })).toBe(true);
    expect(matches(pattern, { source: 'SimpleService' })).toBe(true);
    expect(matches(pattern, { source: 'Simple Service Desk' })).toBe(false);
  });

  it('an escaped star matches a literal star only', () => {
    const pattern = { rating: [{ wildcard: '5\\*' }] };

    expect(matches(pattern, { rating: '5*' })).toBe(true);
    expect(matches(pattern, { rating: '5 stars' })).toBe(false);
  });

  it('wildcard characters other than the star are plain text', () => {
    const pattern = { file: [{ wildcard: 'report.(v?)*' }] };

    expect(matches(pattern, { file: 'report.(v?)-2026.pdf' })).toBe(true);
    expect(matches(pattern, { file: 'reportX(v)-2026.pdf' })).toBe(false);
  });
});

describe('anything-but', () => {
  it('matches any state besides initializing', () => {
    const pattern = { detail: { state: [{ 'anything-but': 'initializing' }] } };

    expect(matches(pattern, ec2With({ state: 'running' }))).toBe(true);
    expect(matches(pattern, ec2With({ state: 'initializing' }))).toBe(false);
  });

  it('matches any x-limit besides the number 123', () => {
    const pattern = { detail: { 'x-limit': [{ 'anything-but': 123 }] } };

    expect(matches(pattern, ec2With({ 'x-limit': 456 }))).toBe(true);
    expect(matches(pattern, ec2With({ 'x-limit': 123 }))).toBe(false);
  });

  it('matches any state besides those of a list of strings', () => {
    const pattern = { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } };

    expect(matches(pattern, ec2With({ state: 'running' }))).toBe(true);
    expect(matches(pattern, ec2With({ state: 'stopped' }))).toBe(false);
    expect(matches(pattern, ec2With({ state: 'overloaded' }))).toBe(false);
  });

  it('matches any x-limit besides those of a list of numbers', () => {
    const pattern = { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } };

    expect(matches(pattern, ec2With({ 'x-limit': 150 }))).toBe(true);
    expect(matches(pattern, ec2With({ 'x-limit': 200 }))).toBe(false);
  });

  it('excludes values of the same type only: the string "100" is not the number 100', () => {
    const pattern = { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } };

    expect(matches(pattern, ec2With({ 'x-limit': '100' }))).toBe(true);
  });

  it('does not match a missing field', () => {
    const pattern = { detail: { state: [{ 'anything-but': 'initializing' }] } };

    expect(matches(pattern, ec2Without('state'))).toBe(false);
    expect(
      matches({ detail: { state: [{ 'anything-but': { prefix: 'init' } }] } }, ec2Without('state')),
    ).toBe(false);
  });

  it('matches an event array when one of its values is not excluded', () => {
    const pattern = { detail: { state: [{ 'anything-but': 'stopped' }] } };

    expect(matches(pattern, ec2With({ state: ['stopped', 'running'] }))).toBe(true);
    expect(matches(pattern, ec2With({ state: ['stopped'] }))).toBe(false);
  });

  it('processes every event except the CloudTrail reports of API calls', () => {
    const pattern = { 'detail-type': [{ 'anything-but': 'AWS API Call via CloudTrail' }] };

    expect(matches(pattern, ec2Event)).toBe(true);
    expect(matches(pattern, eventWith({ 'detail-type': 'AWS API Call via CloudTrail' }))).toBe(false);
  });

  it('sees every event except those from Amazon EC2 or Amazon S3', () => {
    const pattern = { source: [{ 'anything-but': ['aws.ec2', 'aws.s3'] }] };

    expect(matches(pattern, eventWith({ source: 'aws.autoscaling' }))).toBe(true);
    expect(matches(pattern, eventWith({ source: 'aws.s3' }))).toBe(false);
  });

  it('with a prefix, matches any state that does not start with init', () => {
    const pattern = { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } };

    expect(matches(pattern, ec2With({ state: 'running' }))).toBe(true);
    expect(matches(pattern, ec2With({ state: 'initializing' }))).toBe(false);
  });

  it('with a prefix, keeps your own events and drops those whose source begins with aws.', () => {
    const pattern = { source: [{ 'anything-but': { prefix: 'aws.' } }] };

    expect(matches(pattern, eventWith({ source: 'preau.places' }))).toBe(true);
    expect(matches(pattern, eventWith({ source: 'aws.ec2' }))).toBe(false);
  });

  it('with a prefix, matches a Region outside the US', () => {
    const pattern = { Region: [{ 'anything-but': { prefix: 'us-' } }] };

    expect(matches(pattern, { Region: 'eu-west-3' })).toBe(true);
    expect(matches(pattern, { Region: 'us-east-1' })).toBe(false);
  });

  it('with a suffix, matches a FileName that does not end with .png', () => {
    const pattern = { FileName: [{ 'anything-but': { suffix: '.png' } }] };

    expect(matches(pattern, { FileName: 'notes.txt' })).toBe(true);
    expect(matches(pattern, { FileName: 'image.png' })).toBe(false);
  });

  it('with equals-ignore-case, matches any state besides initializing in any casing', () => {
    const pattern = { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] };

    expect(matches(pattern, { state: 'running' })).toBe(true);
    expect(matches(pattern, { state: 'INITIALIZING' })).toBe(false);
  });

  it('with equals-ignore-case and a list, excludes every listed value in any casing', () => {
    const pattern = { state: [{ 'anything-but': { 'equals-ignore-case': ['Stopped', 'OverLoaded'] } }] };

    expect(matches(pattern, { state: 'running' })).toBe(true);
    expect(matches(pattern, { state: 'STOPPED' })).toBe(false);
    expect(matches(pattern, { state: 'overloaded' })).toBe(false);
  });

  it('with a wildcard, matches a FilePath that does not include /lib/', () => {
    const pattern = { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] };

    expect(matches(pattern, { FilePath: '/usr/bin/node' })).toBe(true);
    expect(matches(pattern, { FilePath: '/usr/lib/node' })).toBe(false);
  });

  it('matches Weather other than Raining', () => {
    const pattern = { Weather: [{ 'anything-but': ['Raining'] }] };

    expect(matches(pattern, { Weather: 'Sunny' })).toBe(true);
    expect(matches(pattern, { Weather: 'Raining' })).toBe(false);
  });
});

describe('numeric', () => {
  const pattern = {
    detail: {
      'c-count': [{ numeric: ['>', 0, '<=', 5] }],
      'd-count': [{ numeric: ['<', 10] }],
      'x-limit': [{ numeric: ['=', 3.018e2] }],
    },
  };

  it('matches when c-count is in ]0, 5], d-count below 10 and x-limit equals 301.8', () => {
    expect(matches(pattern, ec2Event)).toBe(true);
    expect(matches(pattern, ec2With({ 'c-count': 1 }))).toBe(true);
  });

  it('fails as soon as one of the numeric conditions fails', () => {
    expect(matches(pattern, ec2With({ 'c-count': 0 }))).toBe(false);
    expect(matches(pattern, ec2With({ 'c-count': 6 }))).toBe(false);
    expect(matches(pattern, ec2With({ 'd-count': 10 }))).toBe(false);
    expect(matches(pattern, ec2With({ 'x-limit': 301.9 }))).toBe(false);
  });

  it('matches only JSON numbers, not numeric strings', () => {
    expect(matches(pattern, ec2With({ 'c-count': '5' }))).toBe(false);
  });

  it('matches a Price equal to 100, or a Price above 10 and up to 20', () => {
    expect(matches({ Price: [{ numeric: ['=', 100] }] }, { Price: 100 })).toBe(true);
    expect(matches({ Price: [{ numeric: ['=', 100] }] }, { Price: 100.5 })).toBe(false);
    expect(matches({ Price: [{ numeric: ['>', 10, '<=', 20] }] }, { Price: 20 })).toBe(true);
    expect(matches({ Price: [{ numeric: ['>', 10, '<=', 20] }] }, { Price: 10 })).toBe(false);
  });
});

describe('IP address matching (cidr)', () => {
  it('10.0.0.0/24 matches the addresses 10.0.0.0 to 10.0.0.255', () => {
    const pattern = { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } };

    expect(matches(pattern, eventWith({}, { sourceIPAddress: '10.0.0.33' }))).toBe(true);
    expect(matches(pattern, eventWith({}, { sourceIPAddress: '10.0.0.255' }))).toBe(true);
    expect(matches(pattern, eventWith({}, { sourceIPAddress: '10.0.1.1' }))).toBe(false);
    expect(matches(pattern, eventWith({}, { sourceIPAddress: 'not an address' }))).toBe(false);
    expect(matches(pattern, eventWith({}, { sourceIPAddress: '::ffff:10.0.0.33' }))).toBe(false);
  });

  it('matches IPv6 addresses in an IPv6 block, and not IPv4 ones', () => {
    const pattern = { detail: { sourceIPAddress: [{ cidr: '2001:db8:1234:1a00::/64' }] } };

    expect(matches(pattern, eventWith({}, { sourceIPAddress: '2001:db8:1234:1a00::9' }))).toBe(true);
    expect(matches(pattern, eventWith({}, { sourceIPAddress: '2001:0db8:1234:1a00:0:0:0:9' }))).toBe(true);
    expect(matches(pattern, eventWith({}, { sourceIPAddress: '2001:db8:1234:1a01::9' }))).toBe(false);
    expect(matches(pattern, eventWith({}, { sourceIPAddress: '10.0.0.33' }))).toBe(false);
  });
});

describe('exists', () => {
  it('exists true matches an event that has detail.state', () => {
    const pattern = { detail: { state: [{ exists: true }] } };

    expect(
      matches(pattern, eventWith({ source: 'aws.ec2' }, { 'instance-id': 'i-abcd1111', state: 'pending' })),
    ).toBe(true);
    expect(matches(pattern, eventWith({}, { 'c-count': { c1: 100 } }))).toBe(false);
  });

  it('exists true selects the events that have a description, to index them', () => {
    const pattern = { detail: { description: [{ exists: true }] } };

    expect(matches(pattern, eventWith({}, { description: 'Gymnasium, first floor' }))).toBe(true);
    expect(matches(pattern, eventWith({}, { name: 'Gymnasium' }))).toBe(false);
  });

  it('exists false matches an event without detail.c-count', () => {
    const pattern = { detail: { 'c-count': [{ exists: false }] } };

    expect(matches(pattern, eventWith({}, { state: ['initializing', 'running'] }))).toBe(true);
    expect(matches(pattern, ec2Event)).toBe(false);
  });

  it('exists false matches when the whole detail object is missing', () => {
    const pattern = { detail: { 'c-count': [{ exists: false }] } };

    expect(matches(pattern, { source: 'aws.ec2' })).toBe(true);
    expect(matches({ detail: { 'c-count': [{ exists: true }] } }, { source: 'aws.ec2' })).toBe(false);
  });

  it('exists false also matches when c-count holds an object, as it is not a leaf', () => {
    const pattern = { detail: { 'c-count': [{ exists: false }] } };

    expect(
      matches(pattern, eventWith({}, { state: ['initializing', 'running'], 'c-count': { c1: 100 } })),
    ).toBe(true);
  });

  it('exists true does not match a field whose value is an object', () => {
    const pattern = { detail: { 'c-count': [{ exists: true }] } };

    expect(matches(pattern, eventWith({}, { 'c-count': { c1: 100 } }))).toBe(false);
    expect(matches(pattern, eventWith({}, { 'c-count': 100 }))).toBe(true);
  });

  it('exists true matches a field whose value is null, which is a leaf', () => {
    const pattern = { detail: { responseElements: [{ exists: true }] } };

    expect(matches(pattern, eventWith({}, { responseElements: null }))).toBe(true);
    expect(
      matches(
        { detail: { responseElements: [{ exists: false }] } },
        eventWith({}, { responseElements: null }),
      ),
    ).toBe(false);
  });

  it('ProductName exists, or does not exist', () => {
    expect(matches({ ProductName: [{ exists: true }] }, { ProductName: 'Piano room' })).toBe(true);
    expect(matches({ ProductName: [{ exists: true }] }, { Name: 'Piano room' })).toBe(false);
    expect(matches({ ProductName: [{ exists: false }] }, { Name: 'Piano room' })).toBe(true);
    expect(matches({ ProductName: [{ exists: false }] }, { ProductName: 'Piano room' })).toBe(false);
  });
});

describe('$or', () => {
  it('matches a CloudWatch event by metricName or by namespace', () => {
    const pattern = {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
    };

    expect(matches(pattern, { source: 'aws.cloudwatch', metricName: 'ReadLatency' })).toBe(true);
    expect(matches(pattern, { source: 'aws.cloudwatch', namespace: 'AWS/EC2' })).toBe(true);
    expect(
      matches(pattern, { source: 'aws.cloudwatch', metricName: 'DiskReadOps', namespace: 'AWS/S3' }),
    ).toBe(false);
    expect(matches(pattern, { source: 'aws.ec2', metricName: 'ReadLatency' })).toBe(false);
  });

  it('matches detail fields when any one of the numeric alternatives holds', () => {
    const pattern = {
      detail: {
        $or: [
          { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
          { 'd-count': [{ numeric: ['<', 10] }] },
          { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
        ],
      },
    };

    expect(matches(pattern, eventWith({}, { 'c-count': 9, 'd-count': 11, 'x-limit': 301.8 }))).toBe(true);
    expect(matches(pattern, eventWith({}, { 'c-count': 3 }))).toBe(true);
    expect(matches(pattern, eventWith({}, { 'c-count': 9, 'd-count': 11, 'x-limit': 300 }))).toBe(false);
  });

  it('applies parallel $or at two levels, each of which must hold', () => {
    const pattern = {
      $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
      detail: {
        $or: [{ source: ['aws.cloudwatch'] }, { 'detail-type': ['CloudWatch Alarm State Change'] }],
      },
    };

    expect(
      matches(pattern, { namespace: 'AWS/ES', detail: { 'detail-type': 'CloudWatch Alarm State Change' } }),
    ).toBe(true);
    expect(matches(pattern, { namespace: 'AWS/ES', detail: { source: 'aws.ec2' } })).toBe(false);
  });

  it('nests an And and another $or inside an $or branch', () => {
    const pattern = {
      source: ['aws.cloudwatch'],
      $or: [
        { metricName: ['CPUUtilization', 'ReadLatency'] },
        {
          metricType: ['MetricType'],
          namespace: ['AWS/EC2', 'AWS/ES'],
          $or: [{ metricId: [1234] }, { spaceId: [1000] }],
        },
        { scope: ['Service'] },
      ],
    };
    const cloudWatch = (fields: Event) => ({ source: 'aws.cloudwatch', ...fields });

    expect(
      matches(pattern, cloudWatch({ metricType: 'MetricType', namespace: 'AWS/ES', spaceId: 1000 })),
    ).toBe(true);
    expect(matches(pattern, cloudWatch({ scope: 'Service' }))).toBe(true);
    expect(
      matches(pattern, cloudWatch({ metricType: 'MetricType', namespace: 'AWS/ES', spaceId: 1001 })),
    ).toBe(false);
    expect(matches(pattern, cloudWatch({ namespace: 'AWS/ES', metricId: 1234 }))).toBe(false);
  });

  it('matches Location "New York" or Day "Monday"', () => {
    const pattern = { $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] };

    expect(matches(pattern, { Location: 'Paris', Day: 'Monday' })).toBe(true);
    expect(matches(pattern, { Location: 'Paris', Day: 'Tuesday' })).toBe(false);
  });
});

describe('combining operators', () => {
  const pattern = {
    time: [{ prefix: '2017-10-02' }],
    detail: {
      state: [{ 'anything-but': 'initializing' }],
      'c-count': [{ numeric: ['>', 0, '<=', 5] }],
      'd-count': [{ numeric: ['<', 10] }],
      'x-limit': [{ 'anything-but': [100, 200, 300] }],
      'source-ip': [{ cidr: '10.0.0.0/8' }],
    },
  };

  it('matches the sample EC2 event against prefix, anything-but, numeric and cidr together', () => {
    expect(matches(pattern, ec2Event)).toBe(true);
  });

  it('fails when any one field of the complex example fails', () => {
    expect(matches(pattern, ec2With({ state: 'initializing' }))).toBe(false);
    expect(matches(pattern, ec2With({ 'x-limit': 200 }))).toBe(false);
    expect(matches(pattern, ec2With({ 'source-ip': '192.168.0.1' }))).toBe(false);
    expect(matches(pattern, { ...ec2Event, time: '2017-10-03T16:24:49Z' })).toBe(false);
  });
});

describe('invalid patterns', () => {
  it('accepts the documented patterns', () => {
    const documented = [
      { source: ['aws.ec2', 'aws.fargate'], detail: { state: ['terminated'], responseElements: [null] } },
      { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
      { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }, { wildcard: 'dir/*.png' }] },
      { state: [{ 'anything-but': { 'equals-ignore-case': ['Stopped', 'OverLoaded'] } }] },
      { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }], rating: [{ wildcard: '5\\*' }] },
      { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }, { numeric: ['=', 3.018e2] }] } },
      { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }, { cidr: '2001:db8::/32' }] } },
      { detail: { 'c-count': [{ exists: false }] }, $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] },
    ];

    for (const pattern of documented) expect(() => assertValidEventPattern(pattern)).not.toThrow();
  });

  it.each<[string, unknown, string]>([
    ['a pattern that is not an object', ['aws.ec2'], '$'],
    ['an empty pattern', {}, '$'],
    ['a value that is not in an array', { source: 'aws.ec2' }, '$.source'],
    ['an empty array of values', { source: [] }, '$.source'],
    ['an empty nested object', { detail: {} }, '$.detail'],
    ['an array inside the values', { source: [['aws.ec2']] }, '$.source[0]'],
    ['an unknown operator', { type: [{ contains: 'Normal' }] }, '$.type[0]'],
    ['two operators in one expression', { file: [{ prefix: 'a', suffix: 'b' }] }, '$.file[0]'],
    ['a numeric operator that does not exist', { count: [{ numeric: ['!=', 3] }] }, '$.count[0].numeric'],
    ['a numeric bound that is a string', { count: [{ numeric: ['=', '3'] }] }, '$.count[0].numeric[1]'],
    ['a numeric range written upper bound first', { count: [{ numeric: ['<', 10, '>', 0] }] }, 'numeric'],
    ['a numeric range whose bounds are reversed', { count: [{ numeric: ['>', 5, '<', 1] }] }, 'numeric'],
    ['a numeric range that is empty', { count: [{ numeric: ['>=', 5, '<=', 5] }] }, 'numeric'],
    ['a numeric condition without a bound', { count: [{ numeric: ['>'] }] }, 'numeric'],
    ['exists that is not a boolean', { state: [{ exists: 'yes' }] }, '$.state[0].exists'],
    ['a prefix that is not a string', { state: [{ prefix: 5 }] }, '$.state[0].prefix'],
    ['anything-but mixing strings and numbers', { state: [{ 'anything-but': ['a', 1] }] }, 'anything-but'],
    ['anything-but of a boolean', { state: [{ 'anything-but': true }] }, 'anything-but'],
    ['anything-but nesting numeric', { n: [{ 'anything-but': { numeric: ['>', 1] } }] }, 'anything-but'],
    ['anything-but with an empty prefix', { state: [{ 'anything-but': { prefix: '' } }] }, 'prefix'],
    ['a wildcard with consecutive stars', { file: [{ wildcard: 'dir/**.png' }] }, '$.file[0].wildcard'],
    ['a wildcard escaping another character', { file: [{ wildcard: 'dir\\d' }] }, '$.file[0].wildcard'],
    ['a CIDR block without a mask', { ip: [{ cidr: '10.0.0.0' }] }, '$.ip[0].cidr'],
    ['a CIDR mask too wide for IPv4', { ip: [{ cidr: '10.0.0.0/33' }] }, '$.ip[0].cidr'],
    ['a CIDR block that is not an address', { ip: [{ cidr: '300.0.0.0/8' }] }, '$.ip[0].cidr'],
    ['$or with a single branch', { $or: [{ source: ['aws.ec2'] }] }, '$.$or'],
    ['$or that is not an array', { $or: { source: ['aws.ec2'] } }, '$.$or'],
    [
      'an operator used as a field name inside $or',
      { $or: [{ numeric: [1] }, { prefix: ['a'] }] },
      '$.$or[0]',
    ],
  ])('refuses %s', (_, pattern, path) => {
    expect(() => assertValidEventPattern(pattern)).toThrow(InvalidEventPatternError);
    expect(() => assertValidEventPattern(pattern)).toThrow(path);
  });

  it('names the path and the reason in the error', () => {
    const pattern = { detail: { 'x-limit': [{ numeric: ['>', 5, '<', 1] }] } };

    expect(() => assertValidEventPattern(pattern)).toThrow(
      'Invalid event pattern at $.detail.x-limit[0].numeric: the lower bound must be below the upper bound',
    );
  });

  it('refuses to match with a pattern EventBridge would refuse', () => {
    expect(() => matches({ source: 'aws.ec2' }, ec2Event)).toThrow(InvalidEventPatternError);
  });
});
