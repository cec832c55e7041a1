import { compile, extend } from '@antislavery/rules';
import { councilPolicy } from './council-policy.js';
import { statutoryRuleSet } from './supplier-statement-rules.js';

/** The statutory checks with Example Council's policy layered over them. */
export const procurementRuleSet = extend(statutoryRuleSet, councilPolicy);

/** The combined checks, compiled once for every bid the council evaluates. */
export const procurementChecks = compile(procurementRuleSet);
