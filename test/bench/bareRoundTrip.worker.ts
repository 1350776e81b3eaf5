/**
 * The queue rush's yardstick (queue.bench.ts): round trips to a server that does
 * nothing, one every few milliseconds while the rush runs. What they cost is what
 * the machine itself adds under that load (two cores shared by the station, the
 * load generator and this), before any work of the station's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lanClient } from './lanClient';

const { url, everyMs } = workerData as { url: string; everyMs: number };
const client = lanClient(url);
const samples: number[] = [];
let stopped = false;
parentPort!.once('message', () => (stopped = true));
parentPort!.postMessage({ ready: true });
while (!stopped) {
  const start = performance.now();
  await client.post('/api/call', '{"method":"queue.issueTicket","input":{"areaId":1}}');
  samples.push(performance.now() - start);
  await new Promise((resolve) => setTimeout(resolve, everyMs));
}
client.close();
parentPort!.postMessage({ samples });
