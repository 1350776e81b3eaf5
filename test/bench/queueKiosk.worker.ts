/** A kiosk of the queue rush (queue.bench.ts): issues its share of tickets back to back, timing each answer. */
import { parentPort, workerData } from 'node:worker_threads';
import { lanClient } from './lanClient';

const { url, areasInTurn } = workerData as { url: string; areasInTurn: number[] };
const client = lanClient(url);
const samples: number[] = [];
await new Promise<void>((resolve) => {
  parentPort!.once('message', () => resolve());
  parentPort!.postMessage({ ready: true });
});
for (const [i, areaId] of areasInTurn.entries()) {
  const body = JSON.stringify({ method: 'queue.issueTicket', input: { areaId, priority: i % 7 === 0 ? 'elderly' : null } });
  const start = performance.now();
  const reply = (await client.post('/api/call', body)) as { ok: boolean; error?: { code: string } };
  samples.push(performance.now() - start);
  if (!reply.ok) throw new Error(reply.error!.code);
  parentPort!.postMessage({ issued: true });
}
client.close();
parentPort!.postMessage({ samples });
