import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueFileSchema, demoCentreSchema } from '../services/catalogue/catalogueData';
import { seedDemo } from '../services/demo/demoSeed';
import { resourcesDir } from '../station/resources';
import { dataDirOption, parseOptions } from './args';
import { UsageError } from './cliError';
import { withLocalServices } from './localStation';

export async function runSeed(argv: string[], say: (line: string) => void): Promise<number> {
  const { values } = parseOptions(argv, { demo: { type: 'boolean' }, data: { type: 'string' } });
  if (!values.demo) throw new UsageError('seed needs --demo (the only seed there is)');
  const resources = resourcesDir();
  const centre = demoCentreSchema.parse(JSON.parse(readFileSync(join(resources, 'demo', 'centre.json'), 'utf8')));
  const catalogue = catalogueFileSchema.parse(
    JSON.parse(readFileSync(join(resources, 'catalogue', 'commune-procedures.json'), 'utf8')),
  );
  const { accounts } = await withLocalServices(dataDirOption(values.data), (services) =>
    seedDemo(services.uow, { kind: 'system', name: 'cli' }, centre, catalogue),
  );
  say(`Đã tạo trung tâm mẫu: ${centre.site.centreName} (${centre.site.agencyCode}).`);
  say(`${centre.serviceAreas.length} lĩnh vực, ${centre.counters.length} quầy, ${catalogue.procedures.length} thủ tục.`);
  say('Tài khoản mẫu (mật khẩu chỉ hiện một lần / passwords shown once):');
  for (const account of accounts) {
    const role = account.role === 'admin' ? 'quản trị / admin' : 'cán bộ / officer';
    say(`  ${account.username}  ${account.password}  (${account.fullName}, ${role})`);
  }
  say(`Tiếp theo: chạy trạm (motcua station --data …) rồi đăng nhập bằng tài khoản quản trị ${accounts[0]!.username}.`);
  say('Next: start the station and sign in as the administrator above.');
  return 0;
}
