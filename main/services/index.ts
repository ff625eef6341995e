import type { Repositories } from '../db/repositories';
import { createPartnershipService } from './partnerships';
import type { Ports } from './ports';

export function createServices(repos: Repositories, ports: Ports) {
  return {
    app: {
      info: () => ({
        version: ports.appVersion,
        schemaVersion: repos.schemaVersion(),
        databasePath: repos.databasePath(),
      }),
    },
    units: { list: () => repos.units.list() },
    partnerships: createPartnershipService(repos, ports),
  };
}
export type Services = ReturnType<typeof createServices>;
export type { Ports } from './ports';
