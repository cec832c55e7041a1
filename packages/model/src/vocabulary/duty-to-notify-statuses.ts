import * as z from 'zod';

/**
 * Whether an organisation must notify the Home Office of a suspected victim under the duty to
 * notify (Modern Slavery Act 2015 s52, England and Wales, in force from 1 November 2015):
 * - `statutory`: a specified public authority named in s52(5);
 * - `policy`: not named in s52(5), but notifies by Home Office policy (UK Visas and Immigration,
 *   Border Force, Immigration Enforcement);
 * - `none`: no duty under s52 (a designated charity, which can refer but has no statutory duty, or
 *   a body in Scotland or Northern Ireland, where s52 does not apply);
 * - `unconfirmed`: the sources do not settle it. A pathway must not treat this as either answer
 *   silently; it should be a documented, configurable choice.
 *
 * @example
 * ```ts
 * import { DUTY_TO_NOTIFY_STATUSES } from '@antislavery/model';
 *
 * DUTY_TO_NOTIFY_STATUSES;
 * //=> ['statutory', 'policy', 'none', 'unconfirmed']
 * ```
 */
export const DUTY_TO_NOTIFY_STATUSES = ['statutory', 'policy', 'none', 'unconfirmed'] as const;

/**
 * One of the duty-to-notify statuses.
 *
 * @example
 * ```ts
 * import type { DutyToNotifyStatus } from '@antislavery/model';
 *
 * const status: DutyToNotifyStatus = 'statutory';
 * ```
 */
export type DutyToNotifyStatus = (typeof DUTY_TO_NOTIFY_STATUSES)[number];

/**
 * Zod schema accepting exactly one duty-to-notify status.
 *
 * @example
 * ```ts
 * import { dutyToNotifyStatusSchema } from '@antislavery/model';
 *
 * dutyToNotifyStatusSchema.safeParse('policy').success;
 * //=> true
 * ```
 */
export const dutyToNotifyStatusSchema = z.enum(DUTY_TO_NOTIFY_STATUSES, {
  error: 'Select whether the organisation has the duty to notify',
});

/**
 * Display labels for the duty-to-notify statuses.
 *
 * @example
 * ```ts
 * import { DUTY_TO_NOTIFY_STATUS_LABELS } from '@antislavery/model';
 *
 * DUTY_TO_NOTIFY_STATUS_LABELS.statutory;
 * //=> 'Statutory duty (Modern Slavery Act 2015 s52)'
 * ```
 */
export const DUTY_TO_NOTIFY_STATUS_LABELS: Readonly<Record<DutyToNotifyStatus, string>> = {
  statutory: 'Statutory duty (Modern Slavery Act 2015 s52)',
  policy: 'Notifies by Home Office policy',
  none: 'No duty to notify',
  unconfirmed: 'Not confirmed by the sources',
};
