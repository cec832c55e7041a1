import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateCaseRecords } from '@antislavery/metrics/synthetic';
import type { Partnership } from '@antislavery/model';
import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
import {
  derbyAndDerbyshireLocalPathway,
  type NotificationAction,
  type PathwayDecision,
} from '@antislavery/pathways';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CouncilAppOptions, createCouncilApp, type RequestLogEntry } from './council-app.js';
import type { ErrorBody } from './request-errors.js';
import type { ManyRecordsAnswer, OneRecordAnswer } from './routes/validate-route.js';
import { caseRecord, childReferral, PERSONAL_VALUES } from './test-support/records.js';

type Started = { readonly server: Server; readonly url: string; readonly log: RequestLogEntry[] };

const started: Server[] = [];

/** Starts the service on a free loopback port; every server is closed after the tests. */
async function start(options: CouncilAppOptions = {}): Promise<Started> {
  const log: RequestLogEntry[] = [];
  const server = createCouncilApp({ ...options, log: (entry) => log.push(entry) });
  started.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, log };
}

afterAll(async () => {
  await Promise.all(
    started.map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The body of an answer, as the type the route documents. */
const read = <T>(response: Response): Promise<T> => response.json() as Promise<T>;

let app: Started;
let local: Started;

beforeAll(async () => {
  app = await start();
  local = await start({
    localPathway: derbyAndDerbyshireLocalPathway,
    partnership: derbyAndDerbyshirePartnership,
    maxBodyBytes: 2048,
  });
});

const AS_OF = '2026-04-01';

describe('POST /pathway', () => {
  it('refers a child to the NRM without consent, after contacting children’s services', async () => {
    const response = await post(`${app.url}/pathway`, {
      facts: {
        jurisdiction: 'england',
        responder: { organisationType: 'police', organisation: 'Derbyshire Constabulary' },
        person: { under18: 'yes', inImmediateDanger: false },
      },
      asOf: AS_OF,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const decision = await read<PathwayDecision>(response);
    expect(decision.actions.map((action) => action.id)).toEqual([
      'contact-childrens-services',
      'submit-nrm-referral',
    ]);
    expect([decision.treatedAsChild, decision.consentRequired]).toEqual([true, false]);
    expect(decision.dutyToNotify).toEqual({ applies: true, dischargedBy: 'nrm-referral' });
    expect(decision.asOf).toBe(AS_OF);
    for (const action of decision.actions) {
      expect('contact' in action && action.contact.name).toEqual(expect.any(String));
    }
    for (const rule of decision.explanation.rules) expect(rule.citationText).not.toBe('');
    expect(decision.explanation.rules.map((rule) => rule.citationText)).toEqual(
      expect.arrayContaining([expect.stringContaining('Modern Slavery Act 2015')]),
    );
  });

  it('sends an anonymous notification, not a referral, for an adult who refuses consent', async () => {
    const response = await post(`${app.url}/pathway`, {
      facts: {
        jurisdiction: 'england',
        responder: {
          organisationType: 'local-authority',
          organisation: 'Derby City Council',
          team: 'housing',
        },
        person: {
          under18: 'no',
          consent: 'refused',
          cooperatingWithAuthorities: false,
          inImmediateDanger: false,
          hasCareAndSupportNeeds: false,
        },
      },
      asOf: AS_OF,
    });
    expect(response.status).toBe(200);
    const decision = await read<PathwayDecision>(response);
    expect(decision.actions.map((action) => action.id)).toEqual(['submit-duty-to-notify']);
    expect(decision.dutyToNotify).toEqual({ applies: true, dischargedBy: 'notification' });
    expect(decision.consentRequired).toBe(true);
    const notification = decision.actions.find(
      (action): action is NotificationAction => action.id === 'submit-duty-to-notify',
    );
    expect(notification?.contact.email).toBe('nrm@modernslavery.gov.uk');
    expect(notification?.mustNotContain).toEqual(['name', 'contact-details', 'date-of-birth']);
  });

  it('adds the council’s own steps when it has a local pathway', async () => {
    const response = await post(`${local.url}/pathway`, {
      facts: {
        jurisdiction: 'england',
        responder: { organisationType: 'police', organisation: 'Derbyshire Constabulary' },
        person: { under18: 'no', consent: 'given', inImmediateDanger: false, hasCareAndSupportNeeds: false },
      },
      asOf: AS_OF,
    });
    const decision = await read<PathwayDecision>(response);
    expect(decision.localPathway).toBe('Derby and Derbyshire local pathway');
    expect(decision.localSteps.map((step) => step.id)).toEqual([
      'contact-partnership-coordinator',
      'ask-about-pre-nrm-support',
    ]);
  });

  it('answers 422 with the SDK’s issue codes, their paths from the body, for facts that are not valid', async () => {
    const response = await post(`${app.url}/pathway`, {
      facts: {
        jurisdiction: 'england',
        responder: { organisationType: 'police' },
        person: { under18: 'maybe' },
      },
      asOf: '2009-03-31',
    });
    expect(response.status).toBe(422);
    const body = await read<ErrorBody>(response);
    expect(body.error).toEqual({
      code: 'request.invalid_input',
      message: 'The pathway cannot be decided until the facts are put right',
    });
    expect((body.issues ?? []).map((issue) => [issue.code, issue.path])).toEqual([
      ['pathway.as-of.before-nrm', ['asOf']],
      ['pathway.person.under18.invalid', ['facts', 'person', 'under18']],
    ]);
  });

  it('answers 422 for a body with a field it does not use, or an asOf that is not text', async () => {
    const response = await post(`${app.url}/pathway`, { facts: {}, asOf: 20260401, date: AS_OF });
    expect(response.status).toBe(422);
    const { issues } = await read<ErrorBody>(response);
    expect(issues).toEqual([
      {
        severity: 'error',
        path: ['asOf'],
        code: 'request.body.as-of.invalid',
        message: 'Enter the date as a real date in the format YYYY-MM-DD',
      },
      {
        severity: 'error',
        path: ['date'],
        code: 'request.body.unknown-field',
        message: 'Remove this field: the service does not use it',
      },
    ]);
  });

  it('answers 422 for a body that is not an object', async () => {
    const response = await post(`${app.url}/pathway`, [1, 2]);
    expect(response.status).toBe(422);
    expect((await read<ErrorBody>(response)).issues).toEqual([
      { severity: 'error', path: [], code: 'request.body.invalid', message: 'Send a JSON object' },
    ]);
  });

  it('refuses facts for another nation than the council’s local pathway', async () => {
    const response = await post(`${local.url}/pathway`, {
      facts: { jurisdiction: 'wales', responder: { organisationType: 'police' }, person: { under18: 'yes' } },
      asOf: AS_OF,
    });
    expect(response.status).toBe(422);
    const { issues } = await read<ErrorBody>(response);
    expect((issues ?? []).map((issue) => issue.path)).toEqual([['facts', 'jurisdiction']]);
  });
});

describe('POST /referrals/validate', () => {
  const validate = (query: string, body: unknown) => post(`${app.url}/referrals/validate?${query}`, body);

  it('accepts a valid referral', async () => {
    const response = await validate('kind=referral&asOf=2026-03-31', childReferral());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ kind: 'referral', valid: true, issues: [] });
  });

  it('gives the SDK’s issues for an invalid referral, and never repeats personal data', async () => {
    const referral = childReferral();
    const response = await validate('kind=referral&asOf=2026-03-31', {
      ...referral,
      person: { ...referral.person, dateOfBirth: '2027-01-09' },
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      kind: 'referral',
      valid: false,
      issues: [
        {
          severity: 'error',
          path: ['person', 'dateOfBirth'],
          code: 'referral.person.date-of-birth.in-future',
          message: 'Date of birth must be in the past',
        },
      ],
    });
    for (const value of [...PERSONAL_VALUES, '2027-01-09']) expect(text).not.toContain(value);
  });

  it('checks an array of records, giving each one’s verdict by its position', async () => {
    const response = await validate('kind=case-record&asOf=2026-03-31', [
      caseRecord(),
      { ...caseRecord(), referralDate: '2025-02-30' },
    ]);
    const body = await read<ManyRecordsAnswer>(response);
    expect(body).toMatchObject({ kind: 'case-record', valid: false, records: 2, invalid: 1 });
    expect(body.results[0]).toEqual({ index: 0, valid: true, issues: [] });
    expect(body.results[1]?.index).toBe(1);
    expect(body.results[1]?.valid).toBe(false);
    expect(body.results[1]?.issues.map((issue) => issue.code)).toContain(
      'case-record.referral-date.invalid-date',
    );
  });

  it('checks a notification against the notification’s own rules', async () => {
    const response = await validate('kind=notification&asOf=2026-03-31', childReferral());
    const body = await read<OneRecordAnswer>(response);
    expect(body.kind).toBe('notification');
    expect(body.valid).toBe(false);
    expect(body.issues.every((issue) => issue.code.startsWith('notification.'))).toBe(true);
  });

  it('answers 400 when the kind is missing or unknown, or asOf is not a real date', async () => {
    for (const query of ['', 'kind=nrm', 'kind=referral&asOf=2026-02-30']) {
      const response = await validate(query, childReferral());
      expect(response.status).toBe(400);
      expect((await read<ErrorBody>(response)).error.code).toBe('request.invalid_query');
    }
  });
});

describe('POST /reports', () => {
  const records = generateCaseRecords({
    seed: 2025,
    count: 600,
    from: '2024-01-01',
    to: '2025-03-31',
    asOf: '2025-06-30',
    areas: [
      { name: 'Derby City Council', weight: 1 },
      { name: 'Derbyshire County Council', weight: 3 },
    ],
  });
  // Counted here from the records themselves, not from the report.
  const nrmInQ1 = records.filter(
    (record) =>
      record.kind === 'nrm-referral' &&
      record.referralDate >= '2025-01-01' &&
      record.referralDate <= '2025-03-31',
  ).length;

  it('publishes the quarterly report as one HTML page', async () => {
    const response = await post(`${app.url}/reports`, { period: '2025-Q1', records, asOf: '2025-06-30' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<h1>NRM referrals and Duty to Notify reports, January to March 2025</h1>');
    expect(html).toContain('Period: January to March 2025 (2025-Q1). Records read: 600.');
    expect(html).toContain('<table>');
    expect(html).toContain(`<li>NRM referrals: ${nrmInQ1} in January to March 2025;`);
    expect(html).toContain('<abbr title="Suppressed (primary)">[c]</abbr>');
  });

  it('names the report after the council’s partnership', async () => {
    const one = caseRecord();
    const response = await post(`${local.url}/reports`, { period: '2025-Q1', records: [one] });
    expect(await response.text()).toContain(
      '<h1>Derby &amp; Derbyshire: NRM referrals and Duty to Notify reports, January to March 2025</h1>',
    );
  });

  it('suppresses nothing with a threshold of 1', async () => {
    const response = await post(`${app.url}/reports`, { period: '2025-Q1', records, suppress: 1 });
    const html = await response.text();
    expect(html).toContain('<table>');
    expect(html).not.toContain('<abbr title="Suppressed');
  });

  it('answers 422 with every issue when the period or a record is not valid, and builds no report', async () => {
    const response = await post(`${app.url}/reports`, {
      period: '2025-Q5',
      records: [caseRecord(), { ...caseRecord(), referralDate: '2025-02-30' }],
    });
    expect(response.status).toBe(422);
    const body = await read<ErrorBody>(response);
    expect(body.error.code).toBe('request.invalid_input');
    expect((body.issues ?? []).map((issue) => [issue.code, issue.path])).toEqual([
      ['metrics.period.invalid-quarter', ['period']],
      ['case-record.referral-date.invalid-date', ['records', 1, 'referralDate']],
    ]);
  });

  it('answers 422 for a body without records, or with a threshold under 1', async () => {
    const response = await post(`${app.url}/reports`, { period: '2025-Q1', suppress: 0 });
    const body = await read<ErrorBody>(response);
    expect((body.issues ?? []).map((issue) => [issue.code, issue.message])).toEqual([
      ['request.body.records.required', 'Enter the case records as a list'],
      ['request.body.suppress.invalid', 'Enter the suppression threshold as a whole number of 1 or more'],
    ]);
  });

  it('answers 500 without a stack trace when something unexpected fails', async () => {
    const broken = await start({ partnership: { outcomes: 'not a list' } as unknown as Partnership });
    const response = await post(`${broken.url}/reports`, { period: '2025-Q1', records: [] });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(
      '{"error":{"code":"request.internal_error","message":"Sorry, there is a problem with the service: try again later"}}',
    );
    expect(broken.log).toEqual([
      {
        method: 'POST',
        route: '/reports',
        status: 500,
        code: 'request.internal_error',
        durationMs: expect.any(Number),
      },
    ]);
  });
});

describe('requests the service cannot answer', () => {
  const errorOf = async (response: Response) => [
    response.status,
    (await read<ErrorBody>(response)).error.code,
  ];

  it('answers 400 for a body that is not JSON, or is empty', async () => {
    expect(await errorOf(await post(`${app.url}/pathway`, '{"facts": '))).toEqual([
      400,
      'request.invalid_json',
    ]);
    expect(await errorOf(await post(`${app.url}/pathway`, ''))).toEqual([400, 'request.invalid_json']);
  });

  it('answers 400 for a body that is not UTF-8', async () => {
    const response = await fetch(`${app.url}/pathway`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    expect(await errorOf(response)).toEqual([400, 'request.invalid_json']);
  });

  it('answers 413 for a body over the limit it declares', async () => {
    const response = await post(`${local.url}/referrals/validate?kind=referral`, 'x'.repeat(4096));
    expect(await errorOf(response)).toEqual([413, 'request.body_too_large']);
  });

  it('answers 413 for a body over 1 MiB by default', async () => {
    const response = await post(`${app.url}/reports`, {
      period: '2025-Q1',
      records: Array.from({ length: 3000 }, caseRecord),
    });
    expect(await errorOf(response)).toEqual([413, 'request.body_too_large']);
  });

  it('answers 413 for a streamed body that grows over the limit', async () => {
    const chunk = new TextEncoder().encode(`"${'x'.repeat(1000)}",`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${local.url}/pathway`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await errorOf(response)).toEqual([413, 'request.body_too_large']);
  });

  it('answers 415 for a body that is not sent as JSON', async () => {
    const response = await post(`${app.url}/pathway`, '{}', { 'content-type': 'text/plain' });
    expect(await errorOf(response)).toEqual([415, 'request.unsupported_media_type']);
  });

  it('answers 405, saying POST is allowed, for another method', async () => {
    const response = await fetch(`${app.url}/pathway`);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await errorOf(response)).toEqual([405, 'request.method_not_allowed']);
  });

  it('answers 404 for an address it does not have', async () => {
    expect(await errorOf(await post(`${app.url}/pathways`, {}))).toEqual([404, 'request.not_found']);
    expect(await errorOf(await fetch(`${app.url}/`))).toEqual([404, 'request.not_found']);
  });
});

describe('the request log', () => {
  it('holds one line per request, with no body, query string or unknown path', async () => {
    const logged = await start();
    await post(`${logged.url}/referrals/validate?kind=referral&asOf=2026-03-31`, {
      ...childReferral(),
      jurisdiction: 'England',
    });
    await fetch(`${logged.url}/people/Quennell?dob=2011-07-19`);
    expect(logged.log).toEqual([
      { method: 'POST', route: '/referrals/validate', status: 200, durationMs: expect.any(Number) },
      {
        method: 'GET',
        route: 'unknown',
        status: 404,
        code: 'request.not_found',
        durationMs: expect.any(Number),
      },
    ]);
    const text = JSON.stringify(logged.log);
    for (const value of PERSONAL_VALUES) expect(text).not.toContain(value);
  });
});

describe('createCouncilApp', () => {
  it('refuses a body limit that is not a whole number of 1 or more', () => {
    expect(() => createCouncilApp({ maxBodyBytes: 0 })).toThrow(
      new RangeError('councilRequestHandler(options.maxBodyBytes): give a whole number of bytes, 1 or more'),
    );
    expect(() => createCouncilApp({ maxBodyBytes: 1.5 })).toThrow(RangeError);
  });
});
