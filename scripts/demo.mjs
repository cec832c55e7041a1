// The main demonstration, run by `npm run demo` against the built packages and the seed data that
// ships with them. It prints a seed partnership's strategy, its pledge and the measures that track
// it, and the working-day arithmetic a council uses for the reasonable grounds target.
import { addWorkingDays, allMeasures, FOUR_PS, PILLARS, subGroupsCovering } from '@antislavery/model';
import {
  cheshirePledge,
  derbyAndDerbyshirePartnership as derby,
  northamptonshireStrategy as strategy,
} from '@antislavery/model/examples';

const heading = (text) => console.log(`\n${text}\n${'='.repeat(text.length)}`);
const bullet = (text, depth = 1) => console.log(`${'  '.repeat(depth)}- ${text}`);

heading(derby.name);
console.log(derby.vision?.statement ?? '');
for (const p of FOUR_PS) {
  const groups = subGroupsCovering(derby, p).map((group) => group.name);
  console.log(`  ${PILLARS[p].label.padEnd(8)} ${PILLARS[p].definition}`);
  console.log(`  ${''.padEnd(8)} sub-groups: ${groups.join(', ') || 'none'}`);
}
console.log(`\nPriorities ${derby.priorities?.period?.label ?? ''}`);
for (const priority of derby.priorities?.items ?? []) bullet(`${priority.number}. ${priority.text}`);
console.log(`\nSteering group chair: ${derby.steeringGroup?.chair ?? 'not recorded'}`);

heading(strategy.title);
for (const objective of strategy.objectives) {
  console.log(`  ${PILLARS[objective.pillar].label}: ${objective.summary ?? objective.heading}`);
  for (const action of objective.actions) bullet(`We will: ${action}`, 2);
}

heading(cheshirePledge.title);
for (const outcome of cheshirePledge.outcomes ?? []) {
  console.log(`  Outcome: ${outcome.description}`);
  for (const measure of outcome.measures) {
    bullet(
      `Measure: ${measure.description} (${measure.direction}, ${measure.source}: ${measure.metricId})`,
      2,
    );
  }
}
console.log(`\n${allMeasures(cheshirePledge).length} measures in the pledge`);

heading('Working days');
const referred = '2025-12-31';
console.log(
  `A referral made on Wednesday ${referred} has a reasonable grounds decision target of 5 working days:`,
);
for (const division of ['england-and-wales', 'scotland', 'northern-ireland']) {
  bullet(`${division}: ${addWorkingDays(referred, 5, division)}`);
}
