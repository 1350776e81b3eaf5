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
  say('Tài khoản cán bộ mẫu (mật khẩu chỉ hiện một lần / passwords shown once):');
  for (const account of accounts) say(`  ${account.username}  ${account.password}  (${account.fullName})`);
  say('Tạo tài khoản quản trị: motcua user add --role admin … hoặc mở /setup trên trạm.');
  return 0;
}
