// Starts the council's service on this machine only (127.0.0.1), for `npm start`. A council puts
// it behind its own gateway, which adds authentication and TLS: see the README.
import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
import { derbyAndDerbyshireLocalPathway } from '@antislavery/pathways';
import { createCouncilApp } from './council-app.js';
import { readServerConfig } from './server-config.js';

const HOST = '127.0.0.1';

const config = readServerConfig(process.env);
if (!config.ok) {
  console.error(config.message);
  process.exitCode = 2;
} else {
  const server = createCouncilApp({
    localPathway: derbyAndDerbyshireLocalPathway,
    partnership: derbyAndDerbyshirePartnership,
    maxBodyBytes: config.maxBodyBytes,
    log: (entry) => console.log(JSON.stringify(entry)),
  });
  server.listen(config.port, HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    console.log(`Council service listening on http://${HOST}:${port} (Ctrl+C to stop)`);
  });
  const stop = () => server.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
