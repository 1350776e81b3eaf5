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
  const { auth, users, site, catalogue, queue, repos, clock } = services;
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
    'queue.issueTicket': (input, call) =>
      queue.issueTicket(call.principal.user ? actorOf(call.principal) : { kind: 'terminal', role: 'kiosk' }, input),
    'queue.openCounter': (input, call) => queue.openCounter(actorOf(call.principal), input),
    'queue.closeCounter': (input, call) => queue.closeCounter(actorOf(call.principal), input.counterId),
    'queue.counterState': (input) => queue.counterState(input.counterId),
    'queue.callNext': (input, call) => queue.callNext(actorOf(call.principal), input.counterId),
    'queue.recall': (input, call) => queue.recall(actorOf(call.principal), input.counterId, input.ticketId),
    'queue.start': (input, call) => queue.start(actorOf(call.principal), input.counterId),
    'queue.finish': (input, call) => queue.finish(actorOf(call.principal), input.counterId),
    'queue.noShow': (input, call) => queue.noShow(actorOf(call.principal), input.counterId),
    'queue.transfer': (input, call) => queue.transfer(actorOf(call.principal), input),
    'queue.pause': (input, call) => queue.setPaused(actorOf(call.principal), input.counterId, true),
    'queue.resume': (input, call) => queue.setPaused(actorOf(call.principal), input.counterId, false),
    'queue.board': () => queue.board(),
    'queue.track': (input) => queue.track(input.token),
    'queue.stats': () => queue.stats(),
    'audit.verify': () => verifyAuditChain(repos.audit.iterate()),
  };
}
