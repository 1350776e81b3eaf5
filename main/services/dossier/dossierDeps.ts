import type { Repositories } from '../../db/repositories';
import type { OfficeHours, WorkingCalendar } from '@domain/calendar';
import type { Clock } from '@domain/time/clock';
import type { UnitOfWork } from '../unitOfWork';

export interface DossierDeps {
  repos: Repositories;
  uow: UnitOfWork;
  clock: Clock;
  /** The working calendar in force (shipped overrides, later updated by sync). */
  calendar: () => WorkingCalendar;
  officeHours: () => OfficeHours;
}
