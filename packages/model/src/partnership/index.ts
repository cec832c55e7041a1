// Ids: branded, slug-like ids for every part of the model, and metric ids

export * from './errors.js';
export * from './ids.js';

// Building blocks: periods, how often, the Ps in a document's words, organisations, references

export * from './cadence.js';
export * from './member.js';
export * from './period.js';
export * from './pillar-statement.js';
export * from './priority.js';
export * from './reference.js';
export * from './reporting-contact.js';

// Outcomes and their measures

export * from './measure.js';
export * from './outcome.js';

// The documents: partnerships and their parts, strategies, action plans, pledges, community
// meetings and annual reports

export * from './action-plan.js';
export * from './annual-report.js';
export * from './community-meeting.js';
export * from './coordinator.js';
export * from './local-practice.js';
export * from './meetings.js';
export * from './partnership.js';
export * from './pledge.js';
export * from './regional-link.js';
export * from './steering-group.js';
export * from './strategy.js';
export * from './sub-group.js';
export * from './vision.js';

// Parsing outside input into typed documents, with plain-English issues

export * from './issues.js';
export * from './parse.js';

// Working with documents: the Ps of items, measures, progress of action plans

export * from './action-plan-progress.js';
export * from './measures-for.js';
export * from './objective-for.js';
export * from './pillar-of.js';
export * from './sub-groups-covering.js';
