/**
 * Binds each contract method to its service. Handlers stay one line where they
 * can: rules live in services, shapes in the contract.
 */
import { AppError } from '../../preload/contract';
import { verifyAuditChain } from '../services/audit/auditChain';
import { actorOf } from '../services/auth/principal';
import type { Services } from '../services';
import type { Handlers } from './dispatcher';

export function createHandlers(services: Services, version: string): Handlers {
  const { auth, users, site, catalogue, repos, clock } = services;
  return {
    'system.info': () => ({
      product: 'motcua',
      version,
      serverTime: clock.now().toISOString(),
      timeZone: 'Asia/Ho_Chi_Minh',
      setupRequired: auth.setupRequired(),
      site: site.find(),
    }),
    'setup.createAdmin': (input) => auth.createFirstAdmin(input),
    'auth.login': (input) => auth.login(input),
    'auth.logout': (_input, call) => auth.logout(call.principal),
    'auth.me': (_input, call) => {
      if (!call.principal.user) throw new AppError('UNAUTHENTICATED');
      return call.principal.user;
    },
    'site.get': () => site.get(),
    'site.update': (input, call) => site.update(actorOf(call.principal), input),
    'catalogue.serviceAreas': () => catalogue.serviceAreas(),
    'catalogue.counters': () => catalogue.counters(),
    'catalogue.procedures': (input) => catalogue.procedures(input),
    'users.list': () => users.list(),
    'users.create': (input, call) => users.create(actorOf(call.principal), input),
    'users.setActive': (input, call) => users.setActive(actorOf(call.principal), input),
    'audit.verify': () => verifyAuditChain(repos.audit.iterate()),
  };
}
