import { buildReport, parsePeriod, renderHtml } from '@antislavery/metrics';
import { isoDateSchema, type Partnership, type Pledge, type Strategy } from '@antislavery/model';
import { type CaseRecord, type Issue, validateCaseRecord } from '@antislavery/referrals';
import { z } from 'zod';
import { errorReply, htmlReply, type Reply } from '../reply.js';
import { requestBodyError, requestIssues } from '../request-issues.js';

const suppressMessage = 'Enter the suppression threshold as a whole number of 1 or more';

const reportRequestSchema = z.strictObject(
  {
    period: z.string({ error: 'Enter the period the report covers, such as 2025-Q1' }),
    records: z.array(z.unknown(), { error: 'Enter the case records as a list' }),
    suppress: z.int({ error: suppressMessage }).min(1, { error: suppressMessage }).optional(),
    asOf: isoDateSchema.optional(),
  },
  { error: requestBodyError },
);

/**
 * The body `POST /reports` takes: the period (`2025-Q1`, `2025-03`, `FY2024-25`...), the case
 * records, and optionally `suppress`, the threshold under which counts are suppressed (5 unless
 * given; 1 suppresses nothing), and `asOf`, the date the records were extracted.
 *
 * @example
 * ```ts
 * import type { ReportRequest } from './routes/report-route.js';
 *
 * const request: ReportRequest = { period: '2025-Q1', records: [], suppress: 10 };
 * ```
 */
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/**
 * `POST /reports`: checks every case record with `validateCaseRecord`, builds the report with
 * `buildReport` and answers 200 with the HTML page of `renderHtml`. A body, period or record that
 * is not right gives 422 and every issue, each record's under `['records', index, ...]`: the
 * report is not built from part of the records, so no figure is published short.
 *
 * @param body - the parsed JSON body, unchecked
 * @param options - `partnership`: the council's partnership, pledge or strategy, whose area
 *   names the report and whose measures it evaluates
 *
 * @example
 * ```ts
 * import { reportRoute } from './routes/report-route.js';
 *
 * const reply = reportRoute({ period: '2025-Q1', records: [] }, {});
 * [reply.status, reply.contentType];
 * //=> [200, 'text/html']
 * ```
 */
export function reportRoute(
  body: unknown,
  options: { readonly partnership?: Partnership | Pledge | Strategy },
): Reply {
  const request = reportRequestSchema.safeParse(body);
  if (!request.success) {
    return errorReply('request.invalid_input', { issues: requestIssues(request.error.issues, body) });
  }
  const { period: label, records, suppress, asOf } = request.data;
  const issues: Issue[] = [];
  const period = parsePeriod(label);
  if (!period.ok)
    issues.push(...period.issues.map((issue) => ({ ...issue, path: ['period', ...issue.path] })));
  const valid: CaseRecord[] = [];
  records.forEach((record, index) => {
    const result = validateCaseRecord(record, asOf === undefined ? {} : { asOf });
    if (result.ok) valid.push(result.value);
    else
      issues.push(...result.issues.map((issue) => ({ ...issue, path: ['records', index, ...issue.path] })));
  });
  if (!period.ok || issues.length > 0) {
    return errorReply('request.invalid_input', {
      message: 'The report cannot be built until the period and every record are put right',
      issues,
    });
  }
  const report = buildReport(valid, {
    period: period.value,
    ...(suppress === undefined ? {} : { suppression: { threshold: suppress } }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(options.partnership === undefined ? {} : { partnership: options.partnership }),
  });
  return htmlReply(renderHtml(report));
}
