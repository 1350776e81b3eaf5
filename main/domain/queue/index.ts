export { priorityCategories, priorityLabelsVi, type PriorityCategory } from './priority';
export { ticketNumber } from './ticketNumber';
export { callOrder, defaultQueuePolicy, eligible, peopleAhead, pickNextTicket, type CallingCounter, type Candidate, type QueuePolicy } from './orderingPolicy';
export { canApply, statusAfter, ticketActions, ticketStatuses, type TicketAction, type TicketStatus } from './ticketStatus';
