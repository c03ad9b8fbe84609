import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError, ValidationError } from '#domain/shared/errors';
import {
  calendarDateBounds,
  calendarDateSchema,
  idSchema,
  schoolYearSchema,
  timeOfDaySchema,
} from '#domain/shared/input-types';
import { maxJsonBodyBytes, parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';
import { serveWebApp } from '#infra/local/static-files';
import { ApiError } from '#web/src/shell/http/api-errors';
import { failureReason } from '#web/src/shell/http/failure-reason';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';
import { todayInParis } from '../../support/dates';

/** What the API says of a value: undefined when it takes it, else the reason it gives back. */
const reasonFor = (schema: Parameters<typeof parseWith>[0], value: unknown) => {
  try {
    parseWith(schema, value, 'value');
    return undefined;
  } catch (error) {
    if (error instanceof ValidationError) return error.reason;
    throw error;
  }
};

const eventWith = (event: Partial<APIGatewayProxyEventV2>) => event as APIGatewayProxyEventV2;

describe('the calendar date of the whole API', () => {
  it('takes a day that exists, today among them, and a leap day', () => {
    expect(reasonFor(calendarDateSchema, todayInParis())).toBeUndefined();
    expect(reasonFor(calendarDateSchema, '2028-02-29')).toBeUndefined();
  });

  it('refuses days that do not exist instead of rolling them over to March', () => {
    expect(reasonFor(calendarDateSchema, '2027-02-30')).toBe('is not a day of the calendar');
    expect(reasonFor(calendarDateSchema, '2027-02-29')).toBe('is not a day of the calendar');
    expect(reasonFor(calendarDateSchema, '2026-13-01')).toBe('is not a day of the calendar');
    expect(reasonFor(calendarDateSchema, '2026-04-31')).toBe('is not a day of the calendar');
    expect(reasonFor(calendarDateSchema, '0000-00-00')).toBe('is not a day of the calendar');
  });

  it('refuses what is not written YYYY-MM-DD, and what is not text', () => {
    for (const value of ['2026-1-05', '05/01/2026', '2026-01-05T10:00', '', ' 2026-01-05']) {
      expect(reasonFor(calendarDateSchema, value), value).toBe('must be a date YYYY-MM-DD');
    }
    expect(reasonFor(calendarDateSchema, 20260105)).toBe('must be a date YYYY-MM-DD');
  });

  it('refuses days more than ten years away, such as 9999-12-31, saying which days it takes', () => {
    const { first, last } = calendarDateBounds();
    expect(reasonFor(calendarDateSchema, first)).toBeUndefined();
    expect(reasonFor(calendarDateSchema, last)).toBeUndefined();
    expect(reasonFor(calendarDateSchema, '9999-12-31')).toBe(`must be between ${first} and ${last}`);
    expect(reasonFor(calendarDateSchema, '1900-01-01')).toBe(`must be between ${first} and ${last}`);
  });

  it('takes school years of two years in a row, near today', () => {
    const year = Number(todayInParis().slice(0, 4));
    expect(reasonFor(schoolYearSchema, `${year}-${year + 1}`)).toBeUndefined();
    expect(reasonFor(schoolYearSchema, `${year}-${year + 2}`)).toBe(
      'must be two years in a row, such as 2026-2027',
    );
    expect(reasonFor(schoolYearSchema, '9998-9999')).toBe('is too far from today');
  });
});

describe('the time of day and the id of the whole API', () => {
  it('takes 00:00 to 23:59 only', () => {
    expect(reasonFor(timeOfDaySchema, '00:00')).toBeUndefined();
    expect(reasonFor(timeOfDaySchema, '23:59')).toBeUndefined();
    for (const value of ['24:00', '9:00', '12:60', '12h00', '']) {
      expect(reasonFor(timeOfDaySchema, value), value).toBe('must be a time HH:mm');
    }
  });

  it('takes the ids the system makes: UUIDs, class codes, equipment types, source ids', () => {
    for (const value of [
      '0b3f8c2e-6a0c-4d7e-9f51-2c8e4b1a7d90',
      '6a',
      'fm1a',
      'grand-piano',
      'siecle:eleve:1',
    ]) {
      expect(reasonFor(idSchema, value), value).toBeUndefined();
    }
  });

  it('refuses a 5,000-character id, a key separator, spaces, slashes and unicode', () => {
    expect(reasonFor(idSchema, 'a'.repeat(5_000))).toBe('must be at most 128 characters');
    expect(reasonFor(idSchema, 'a'.repeat(128))).toBeUndefined();
    for (const value of ['x#y', 'a b', 'a/b', 'é🎹', '']) {
      expect(reasonFor(idSchema, value), value).toBeDefined();
    }
    expect(reasonFor(idSchema, 42)).toBe('must be an id');
  });
});

describe('the HTTP request helpers', () => {
  it('refuses a malformed escape in a path parameter with a 400 naming it, never a URIError', () => {
    for (const raw of ['%E0%A4%A', '%', 'a%2']) {
      const parse = () => pathParameter(eventWith({ pathParameters: { placeId: raw } }), 'placeId');
      expect(parse).toThrow(ValidationError);
      expect(parse).toThrow(/^placeId: /);
    }
  });

  it('decodes a path parameter, then bounds it as an id', () => {
    expect(pathParameter(eventWith({ pathParameters: { classId: 'fm1a' } }), 'classId')).toBe('fm1a');
    expect(() => pathParameter(eventWith({ pathParameters: { id: 'a'.repeat(5_000) } }), 'id')).toThrow(
      'id: must be at most 128 characters',
    );
    expect(() => pathParameter(eventWith({ pathParameters: { id: 'x%23y' } }), 'id')).toThrow(/^id: /);
  });

  it('refuses a body over the bound before reading it', () => {
    const body = JSON.stringify({ name: 'x'.repeat(maxJsonBodyBytes) });
    expect(() => parseJsonBody(eventWith({ body, isBase64Encoded: false }), idSchema)).toThrow(
      PayloadTooLargeError,
    );
    const encoded = Buffer.from(body).toString('base64');
    expect(() => parseJsonBody(eventWith({ body: encoded, isBase64Encoded: true }), idSchema)).toThrow(
      PayloadTooLargeError,
    );
  });
});

describe('the local web app server', () => {
  it('answers a malformed escape with 400, never a 500', async () => {
    const serve = serveWebApp('/nonexistent');
    expect((await serve('/assets/%E0%A4%A.js')).status).toBe(400);
    expect((await serve('/%.css')).status).toBe(400);
  });
});

describe('the portal, told a request was too large', () => {
  it('says so in French and in English', () => {
    const tooLarge = new ApiError(413, 'body: must be at most 256 KB', {
      code: 'payload_too_large',
      field: 'body',
    });
    expect(failureReason(tooLarge, createFormat(chooseLocale('fr-FR')))).toBe(
      'la demande est trop volumineuse : envoyez-en moins à la fois',
    );
    expect(failureReason(tooLarge, createFormat(chooseLocale('en-GB')))).toBe(
      'the request is too large: send less at a time',
    );
  });
});
