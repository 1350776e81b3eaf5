/**
 * Builds the services of one open database: the composition shared by the
 * station, the CLI and the tests, so all three run the same code.
 */
import type { Db } from '../db/connection';
import { createRepositories } from '../db/repositories';
import type { Clock } from '@domain/time/clock';
import { authService } from './auth/authService';
import { catalogueService } from './catalogue/catalogueService';
import { siteService } from './site/siteService';
import { createUnitOfWork, type EventPublisher } from './unitOfWork';
import type { Timers } from '../runtime/timers';
import { userService } from './users/userService';
import { queueService, type QueueService } from './queue/queueService';
import type { TicketPrinterPort } from './queue/ticketPrinting';
import { defaultQueuePolicy, type QueuePolicy } from '@domain/queue';
import { silentLogger, type Logger } from '../runtime/logger';
import { calendarFromOverrides, defaultOfficeHours, officeHoursFrom, type WorkingCalendar } from '@domain/calendar';
import { attachmentStore, type AttachmentStore } from './attachments/attachmentStore';
import { dossierIntake, type DossierIntake } from './dossier/dossierIntake';
import { dossierLifecycle, type DossierLifecycle } from './dossier/dossierLifecycle';
import type { DossierDeps } from './dossier/dossierDeps';
import { dossierForms, type DossierForms } from './dossier/dossierForms';
import type { DocumentPrinterPort } from './dossier/documentPrinting';
import type { RenderPdf } from '../print/forms';
import { AppError } from '@contract';
import { ratingService, type RatingService } from './ratings/ratingService';
import type { Repositories } from '../db/repositories';
import type { AuthService } from './auth/authService';
import type { CatalogueService } from './catalogue/catalogueService';
import type { SiteService } from './site/siteService';
import type { UnitOfWork } from './unitOfWork';
import type { UserService } from './users/userService';

export interface Services {
  db: Db;
  clock: Clock;
  repos: Repositories;
  uow: UnitOfWork;
  auth: AuthService;
  users: UserService;
  site: SiteService;
  catalogue: CatalogueService;
  queue: QueueService;
  dossiers: DossierServices;
  documentPrinter: () => DocumentPrinterPort | null;
  attachments: AttachmentStore | null;
  ratings: RatingService;
}

export interface DossierServices {
  deps: DossierDeps;
  intake: DossierIntake;
  lifecycle: DossierLifecycle;
  forms: DossierForms;
}

export interface ServiceOptions {
  logger?: Logger;
  /** The ticket printer the station configured, looked up at each print. */
  ticketPrinter?: () => TicketPrinterPort | null;
  /** Where attachment files live (data folder/attachments); null disables uploads. */
  attachmentsDir?: string | null;
  /** The working calendar in force; the law's defaults when not given. */
  calendar?: () => WorkingCalendar;
  /** Renders PDFs with the shipped fonts (the station builds it once). */
  renderPdf?: () => RenderPdf;
  /** Where A4 documents go (lp queue or spool folder). */
  documentPrinter?: () => DocumentPrinterPort | null;
  /** When snapshots held back for an interval go out (tests move time by hand). */
  timers?: Timers;
}

export function createServices(db: Db, clock: Clock, events: EventPublisher, options: ServiceOptions = {}): Services {
  const repos = createRepositories(db);
  const uow = createUnitOfWork(db, repos, clock, events, options.timers);
  const lawCalendar = calendarFromOverrides();
  const shipped = options.calendar ?? (() => lawCalendar);
  // Overrides delivered by the province's sync win over the ones shipped with the app.
  let synced: { text: string; calendar: WorkingCalendar } | null = null;
  const calendar = (): WorkingCalendar => {
    const overrides = repos.settings.get('calendar.overrides');
    if (overrides === undefined) return shipped();
    const text = JSON.stringify(overrides);
    if (synced?.text !== text) synced = { text, calendar: calendarFromOverrides(overrides) };
    return synced.calendar;
  };
  const dossierDeps: DossierDeps = {
    repos,
    uow,
    clock,
    calendar,
    officeHours: () => {
      const configured = repos.settings.get('site.officeHours');
      return configured === undefined ? defaultOfficeHours : officeHoursFrom(configured);
    },
  };
  return {
    db,
    clock,
    repos,
    uow,
    auth: authService(repos, uow, clock),
    users: userService(repos, uow),
    site: siteService(repos, uow),
    catalogue: catalogueService(repos),
    queue: queueService({
      repos,
      uow,
      clock,
      logger: options.logger ?? silentLogger,
      printer: options.ticketPrinter ?? (() => null),
      policy: (): QueuePolicy => ({ ...defaultQueuePolicy, ...(repos.settings.get('queue.policy') as Partial<QueuePolicy> | undefined) }),
    }),
    dossiers: {
      deps: dossierDeps,
      intake: dossierIntake(dossierDeps),
      lifecycle: dossierLifecycle(dossierDeps),
      forms: dossierForms({
        ...dossierDeps,
        renderPdf:
          options.renderPdf ??
          (() => {
            throw new AppError('UNAVAILABLE', { message: 'Trạm chưa nạp được phông chữ để in giấy tờ.', detail: 'No PDF renderer configured' });
          }),
      }),
    },
    documentPrinter: options.documentPrinter ?? (() => null),
    attachments: options.attachmentsDir ? attachmentStore(options.attachmentsDir, uow) : null,
    ratings: ratingService(repos, uow, clock),
  };
}
