/**
 * The five public partnership documents the project started from, as typed, validated example
 * data: a pledge (Cheshire), a strategy (Northamptonshire 2018-2020), a joint police and council
 * action plan (Cheshire), a partnership and its city's PACT meetings (Wolverhampton) and a
 * partnership's terms of reference, work plans and achievements (Derby and Derbyshire).
 *
 * @packageDocumentation
 */

// Cheshire: the police and councils' joint two-year plan, and the pledge

export * from './cheshire-joint-plan.js';
export * from './cheshire-pledge.js';

// Derby and Derbyshire: terms of reference, work plans and achievements 2016/2017

export * from './derby-and-derbyshire.js';

// Northamptonshire: strategy 2018-2020

export * from './northamptonshire-strategy.js';

// Wolverhampton: the anti-slavery partnership, PACT meetings and local NRM practice

export * from './wolverhampton.js';
