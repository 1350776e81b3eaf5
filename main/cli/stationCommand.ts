import { startStation } from '../station/station';
import { rendererDir } from '../station/resources';
import { dataDirOption, parseOptions, portOption } from './args';
import { defaultLanHost } from './startArgs';

export const defaultLanPort = 8686;

/** Runs a headless station until Ctrl-C / SIGTERM. */
export async function runStation(argv: string[], say: (line: string) => void): Promise<number> {
  const { values } = parseOptions(argv, {
    data: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
  });
  const ui = rendererDir();
  const station = await startStation({
    dataDir: dataDirOption(values.data),
    lan: { host: values.host ?? defaultLanHost, port: portOption(values.port, defaultLanPort) },
    rendererDir: ui,
  });
  say(`Trạm Một Cửa đang chạy tại ${station.url}  (station running; data: ${station.dataDir})`);
  if (!ui) say('Chưa có giao diện đã build (dist/renderer): chạy "npm run build". UI not built: only the API is served.');
  if (station.services.auth.setupRequired()) {
    say(`Trạm chưa có tài khoản quản trị: mở ${station.url}/setup để tạo. No admin yet: open /setup.`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await station.close();
  say('Trạm đã dừng. Station stopped.');
  return 0;
}
