import { describe, expect, it } from 'vitest';
import { priorityCategorySchema, ticketStatusSchema } from '@contract';
import { canApply, priorityCategories, priorityLabelsVi, statusAfter, ticketActions, ticketStatuses, type TicketAction } from '@domain/queue';

const appliesIn = (action: TicketAction) => ticketStatuses.filter((status) => canApply(action, status));

describe('the life of a ticket', () => {
  it('only a waiting ticket can be called', () => {
    expect(appliesIn('call')).toEqual(['waiting']);
    expect(statusAfter('call')).toBe('called');
  });

  it('a called ticket can be recalled, started, finished, marked absent or transferred', () => {
    expect(ticketActions.filter((action) => canApply(action, 'called'))).toEqual(['recall', 'start', 'finish', 'no_show', 'transfer']);
  });

  it('a ticket being served can only be finished or transferred', () => {
    expect(ticketActions.filter((action) => canApply(action, 'serving'))).toEqual(['finish', 'transfer']);
  });

  it('an absent ticket can be recalled later the same day, and is called again', () => {
    expect(appliesIn('recall')).toEqual(['called', 'no_show']);
    expect(statusAfter('recall')).toBe('called');
  });

  it('a transferred ticket waits again; a finished one is final', () => {
    expect(statusAfter('transfer')).toBe('waiting');
    expect(statusAfter('finish')).toBe('done');
    expect(ticketActions.filter((action) => canApply(action, 'done'))).toEqual([]);
  });
});

describe('the queue vocabulary the contract speaks', () => {
  it('ticket statuses and priority categories are the domain lists, not copies', () => {
    expect(ticketStatusSchema.options).toEqual([...ticketStatuses]);
    expect(priorityCategorySchema.options).toEqual([...priorityCategories]);
  });

  it('every priority category has the label printed on the ticket', () => {
    expect(Object.keys(priorityLabelsVi)).toEqual([...priorityCategories]);
  });
});
