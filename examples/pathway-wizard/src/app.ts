// The page's script: esbuild bundles it, with @antislavery/pathways, into dist/app.js.
import { startWizard } from './wizard.js';

const root = document.getElementById('app');
if (root !== null) startWizard(root);
