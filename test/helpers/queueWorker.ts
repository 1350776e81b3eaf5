/**
 * A separate process working on the same database file as others: issues tickets
 * and calls them as fast as it can, then prints what it got as JSON. Used to prove
 * that numbering and calling stay unique across processes, not just across requests.
 */
import { openStationDatabase } from '../../main/station/openStationDatabase';
import { createServices } from '../../main/services';
import { systemClock } from '../../main/station/systemClock';

const [dataDir, role, countText, counterIdText, userIdText] = process.argv.slice(2);
const db = openStationDatabase(dataDir!, systemClock);
const services = createServices(db, systemClock, { publish() {} });
const count = Number(countText);
const results: unknown[] = [];

async function main() {
  if (role === 'kiosk') {
    for (let i = 0; i < count; i += 1) {
      const ticket = await services.queue.issueTicket({ kind: 'terminal', role: 'kiosk' }, { areaId: 1 + (i % 2), priority: i % 5 === 0 ? 'elderly' : null });
      results.push(ticket.number + '/' + ticket.areaId);
    }
  } else {
    const actor = { kind: 'user' as const, userId: Number(userIdText) };
    const counterId = Number(counterIdText);
    // `count` is the number of tickets all counters together must serve: keep calling
    // until the database says they are all done (kiosks may still be starting up).
    const done = db.prepare("SELECT count(*) AS n FROM tickets WHERE status = 'done'");
    const giveUpAt = Date.now() + 45_000;
    while ((done.get() as { n: number }).n < count && Date.now() < giveUpAt) {
      try {
        const state = services.queue.callNext(actor, counterId);
        results.push(state.current!.id);
        services.queue.finish(actor, counterId);
      } catch (error) {
        if ((error as { code?: string }).code !== 'QUEUE_EMPTY') throw error;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  }
  process.stdout.write(JSON.stringify(results));
  db.close();
}

main().catch((error) => {
  process.stderr.write(String((error as Error).stack ?? error));
  process.exit(1);
});
