import { passwordSchema, userRoleSchema, usernameSchema, text } from '@contract';
import { validationError } from '../api/dispatcher';
import { dataDirOption, parseOptions, requiredString } from './args';
import { UsageError } from './cliError';
import { withLocalServices } from './localStation';
import { passwordFromStdin, promptHidden } from './readPassword';

async function readNewPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return passwordFromStdin();
  if (!process.stdin.isTTY) throw new UsageError('no terminal to ask the password: use --password-stdin');
  const first = await promptHidden('Mật khẩu / password: ');
  const second = await promptHidden('Nhập lại / repeat: ');
  if (first !== second) throw new UsageError('the two passwords differ');
  return first;
}

export async function runUser(argv: string[], say: (line: string) => void): Promise<number> {
  const [action, ...rest] = argv;
  if (action === 'list') {
    const { values } = parseOptions(rest, { data: { type: 'string' } });
    const users = await withLocalServices(dataDirOption(values.data), (services) => services.users.list());
    for (const user of users) say(`${user.username}\t${user.role}\t${user.active ? 'active' : 'disabled'}`);
    return 0;
  }
  if (action !== 'add') throw new UsageError('user needs "add" or "list"');
  const { values } = parseOptions(rest, {
    data: { type: 'string' },
    role: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  const role = userRoleSchema.safeParse(values.role);
  if (!role.success) throw new UsageError('--role must be admin or officer');
  const username = requiredString(values.username, 'username');
  const fullName = requiredString(values.name, 'name');
  const password = await readNewPassword(values['password-stdin'] === true);
  for (const [schema, value, what] of [
    [usernameSchema, username, 'username'],
    [text(100), fullName, 'name'],
    [passwordSchema, password, 'password'],
  ] as const) {
    const invalid = validationError(schema, value, what);
    if (invalid) throw invalid;
  }
  const user = await withLocalServices(dataDirOption(values.data), (services) =>
    services.users.create({ kind: 'system', name: 'cli' }, { username: usernameSchema.parse(username), fullName: fullName.trim(), role: role.data, password }),
  );
  say(`Đã tạo tài khoản ${user.username} (${user.role}). Created user ${user.username}.`);
  return 0;
}
