/** What a file of records holds: case records (one a row), NRM referrals or Duty to Notify notifications. Internal. */
export const RECORD_KINDS = ['case-record', 'referral', 'notification'] as const;

/** One of the {@link RECORD_KINDS}. Internal. */
export type RecordKind = (typeof RECORD_KINDS)[number];
