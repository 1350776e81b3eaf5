/**
 * Binds each contract method to its service. Handlers stay one line where they
 * can: rules live in services, shapes in the contract.
 */
import { AppError } from '@contract';
import { verifyAuditChain } from '../services/audit/auditChain';
import { dossierView, requireDossier } from '../services/dossier/dossierViews';
import { overdueDossiers, searchDossiers } from '../services/dossier/dossierSearch';
import { vietnamDay } from '@domain/time/vietnamTime';
import { actorOf } from '../services/auth/principal';
import type { Services } from '../services';
import type { SyncService } from '../services/sync/syncService';
import type { DeviceManager } from '../services/devices/deviceManager';
import { parseCccdQr } from '@domain/cccd';
import type { Handlers } from './dispatcher';

export function createHandlers(services: Services, version: string, sync: SyncService, devices: DeviceManager): Handlers {
  const { auth, users, site, catalogue, queue, repos, clock, dossiers, ratings } = services;
  const view = (row: Parameters<typeof dossierView>[1]) => dossierView(repos, row, clock.now());
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
    'queue.issueTicket': (input, call) => queue.issueTicket(actorOf(call.principal, 'kiosk'), input),
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
    'queue.policy': () => queue.policy(),
    'queue.setPolicy': (input, call) => queue.setPolicy(actorOf(call.principal), input),
    'citizen.byIdNumber': (input) => repos.citizens.byIdNumber(input.idNumber),
    'dossier.receive': (input, call) => dossiers.intake.receive(actorOf(call.principal), input),
    'dossier.refuse': (input, call) => dossiers.intake.refuse(actorOf(call.principal), input),
    'dossier.get': (input) => view(requireDossier(repos, input.id)),
    'dossier.byCode': (input) => {
      const row = repos.dossiers.byCode(input.code);
      if (!row) throw new AppError('NOT_FOUND', { message: `Không tìm thấy hồ sơ có mã ${input.code}.`, detail: 'Dossier code not found' });
      return view(row);
    },
    'dossier.search': (input) => searchDossiers(repos, input.query, input.page, input.pageSize, clock.now()),
    'dossier.overdue': () => overdueDossiers(repos, clock.now()),
    'dossier.requestSupplement': (input, call) => dossiers.lifecycle.requestSupplement(actorOf(call.principal), input),
    'dossier.recordSupplement': (input, call) => dossiers.lifecycle.recordSupplement(actorOf(call.principal), input),
    'dossier.returnResult': (input, call) => dossiers.lifecycle.returnResult(actorOf(call.principal), input),
    'dossier.withdraw': (input, call) => dossiers.lifecycle.withdraw(actorOf(call.principal), input),
    'dossier.postpone': (input, call) =>
      dossiers.lifecycle.postpone(actorOf(call.principal), { ...input, newDueAt: new Date(input.newDueAt) }),
    'dossier.form': async (input, call) => {
      const form = await dossiers.forms.render(actorOf(call.principal), input);
      return { fileName: form.fileName, mediaType: 'application/pdf' as const, base64: form.pdf.toString('base64') };
    },
    'dossier.print': async (input, call) => {
      const printer = services.documentPrinter();
      if (!printer) throw new AppError('PRINTER_UNSUPPORTED', { message: 'Trạm chưa cấu hình máy in giấy tờ.', detail: 'No document printer' });
      const form = await dossiers.forms.render(actorOf(call.principal), input);
      const { destination } = await printer.print(form.pdf, form.fileName, input.copies);
      const printed = destination.startsWith('lp:');
      return {
        printed,
        destination,
        message: printed ? `Đã gửi ${input.copies} bản tới máy in.` : `Chưa cấu hình máy in: đã lưu tệp tại ${destination} để in.`,
      };
    },
    'rating.submit': (input, call) => ratings.submit(actorOf(call.principal, 'kiosk'), input),
    'rating.today': () => ratings.today(),
    'sync.status': () => sync.status(),
    'sync.now': () => sync.syncNow(),
    'sync.configure': (input, call) => sync.configure(actorOf(call.principal), input),
    'sync.retryParked': (input, call) => sync.retryParked(actorOf(call.principal), input.seq),
    'sync.skipParked': (input, call) => sync.skipParked(actorOf(call.principal), input.seq, input.reason),
    'devices.status': () => devices.status(),
    'devices.configure': (input, call) => devices.configure(actorOf(call.principal), input),
    'devices.testTicket': () => devices.testTicket(),
    'devices.hidScanners': () => devices.hidScanners(),
    'devices.counterScanners': (input) => devices.scannersOf(input.counterId),
    'queue.reprintTicket': (input, call) => queue.reprintTicket(actorOf(call.principal), input.ticketId),
    'scanner.parse': (input) => parseCccdQr(input.payload, { today: vietnamDay(clock.now()) }),
    'audit.verify': () => verifyAuditChain(repos.audit.iterate()),
  };
}
