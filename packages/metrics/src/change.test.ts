import { describe, expect, it } from 'vitest';
import { changeBetween } from './change.js';

describe('changeBetween', () => {
  it('gives the difference and the percentage of the earlier figure', () => {
    expect(changeBetween(80, 100)).toEqual({ from: 80, to: 100, absolute: 20, percent: 25 });
    expect(changeBetween(200, 150)).toEqual({ from: 200, to: 150, absolute: -50, percent: -25 });
    expect(changeBetween(7, 7)).toEqual({ from: 7, to: 7, absolute: 0, percent: 0 });
  });

  it('never gives Infinity or NaN: null from 0 to something, 0 from 0 to 0', () => {
    expect(changeBetween(0, 5)).toEqual({ from: 0, to: 5, absolute: 5, percent: null });
    expect(changeBetween(0, 0)).toEqual({ from: 0, to: 0, absolute: 0, percent: 0 });
  });

  it('measures a change from a negative figure against its size', () => {
    expect(changeBetween(-10, -5).percent).toBe(50);
  });
});
