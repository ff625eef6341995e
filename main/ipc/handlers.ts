import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../shared/api';
import type { Services } from '../services';

/** One handler per contract method; the compiler refuses a missing or mistyped one. */
export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export function createHandlers(services: Services): Handlers {
  return {
    'app.info': () => services.app.info(),
    'units.list': () => services.units.list(),
    'partnerships.list': () => services.partnerships.list(),
    'partnerships.get': ({ id }) => services.partnerships.get(id),
    'partnerships.create': (fields) => services.partnerships.create(fields),
    'partnerships.update': ({ id, fields }) => services.partnerships.update(id, fields),
    'partnerships.delete': ({ id }) => services.partnerships.delete(id),
  };
}
