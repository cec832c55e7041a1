// The main demonstration, run by `npm run demo` on built packages and built-in sample data.
import { FOUR_PS, PILLARS } from '@antislavery/model';

console.log('antislavery SDK demonstration\n');
for (const p of FOUR_PS) console.log(`${PILLARS[p].label}: ${PILLARS[p].definition}`);
