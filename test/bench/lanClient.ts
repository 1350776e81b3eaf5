/**
 * The load generator's LAN client for the queue rush: plain node:http with kept-alive
 * connections. The clients are other machines in reality; on this one they share
 * the station's two cores, so they should cost as little as a client can (fetch
 * costs several times more per call). The floor's HTTP round trip uses it too.
 */
import { Agent, request } from 'node:http';

export function lanClient(baseUrl: string) {
  const agent = new Agent({ keepAlive: true });
  const target = new URL(baseUrl);
  return {
    /** POSTs a JSON text and resolves with the parsed JSON answer. */
    post(path: string, body: string): Promise<unknown> {
      return new Promise((resolve, reject) => {
        const req = request(
          { agent, host: target.hostname, port: target.port, path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
              } catch (error) {
                reject(error as Error);
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
