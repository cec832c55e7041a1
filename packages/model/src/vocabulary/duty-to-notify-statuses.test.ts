import { describe, expect, it } from 'vitest';
import {
  DUTY_TO_NOTIFY_STATUS_LABELS,
  DUTY_TO_NOTIFY_STATUSES,
  dutyToNotifyStatusSchema,
} from './duty-to-notify-statuses.js';

describe('duty-to-notify statuses', () => {
  it('distinguish the statutory duty, Home Office policy, no duty and unconfirmed', () => {
    expect(DUTY_TO_NOTIFY_STATUSES).toEqual(['statutory', 'policy', 'none', 'unconfirmed']);
    expect(Object.keys(DUTY_TO_NOTIFY_STATUS_LABELS)).toEqual([...DUTY_TO_NOTIFY_STATUSES]);
    expect(DUTY_TO_NOTIFY_STATUS_LABELS.statutory).toContain('s52');
  });

  it('rejects any other status with a plain-English message', () => {
    expect(dutyToNotifyStatusSchema.safeParse('unconfirmed').success).toBe(true);
    expect(dutyToNotifyStatusSchema.safeParse('yes').error?.issues[0]?.message).toBe(
      'Select whether the organisation has the duty to notify',
    );
  });
});
