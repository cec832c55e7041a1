import * as z from 'zod';

/**
 * What a Duty to Notify notification can hold about the person, as the official form collects
 * it: their gender and nationality, what happened to them, and, only where the rules allow, their
 * name, contact details and date of birth.
 *
 * @example
 * ```ts
 * import { NOTIFICATION_FIELDS } from '@antislavery/pathways';
 *
 * NOTIFICATION_FIELDS.includes('date-of-birth');
 * //=> true
 * ```
 */
export const NOTIFICATION_FIELDS = [
  'gender',
  'nationality',
  'exploitation-details',
  'name',
  'contact-details',
  'date-of-birth',
] as const;

/**
 * One of the {@link NOTIFICATION_FIELDS}.
 *
 * @example
 * ```ts
 * import type { NotificationField } from '@antislavery/pathways';
 *
 * const field: NotificationField = 'nationality';
 * ```
 */
export type NotificationField = (typeof NOTIFICATION_FIELDS)[number];

/**
 * Zod schema accepting exactly one notification field.
 *
 * @example
 * ```ts
 * import { notificationFieldSchema } from '@antislavery/pathways';
 *
 * notificationFieldSchema.safeParse('address').success;
 * //=> false
 * ```
 */
export const notificationFieldSchema = z.enum(NOTIFICATION_FIELDS, { error: 'Select a notification field' });

/**
 * What a notification may and must not hold.
 *
 * @example
 * ```ts
 * import type { NotificationContent } from '@antislavery/pathways';
 *
 * const anonymous: NotificationContent = {
 *   mayContain: ['gender', 'nationality', 'exploitation-details'],
 *   mustNotContain: ['name', 'contact-details', 'date-of-birth'],
 * };
 * ```
 */
export type NotificationContent = {
  /** What it may hold. */
  readonly mayContain: readonly NotificationField[];
  /** What it must not hold. */
  readonly mustNotContain: readonly NotificationField[];
};
