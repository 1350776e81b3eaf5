/**
 * motcua/layering — our `code-layering`: a crossed layer fails the lint, not a review.
 * - `electron` only in main/app/ and preload/ (not the contract);
 * - main/domain/ (the vocabulary and the rules) and main/contract/ (the API built on it) are the pure
 *   part of main/ that every process may import: the contract imports only zod, the domain and itself;
 * - the renderer imports nothing from main/ or preload/ except the domain and the contract, and no Node built-ins;
 * - inside main/, a layer imports only itself and the layers below it (see `ranks`); layers of equal rank
 *   are peers that stay apart unless the pair is listed in `allowedPeers`; a folder or top-level file of
 *   main/ without a rank is an error until it is given one (it must not slip in with any rank by default);
 * - main/domain/ does no I/O (no Node built-ins, no packages but zod) and never reads the clock.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/**
 * Lower rank = inner layer. A layer may import itself and the layers of lower rank (main/contract/ is not
 * ranked: it is pure, like the domain, and every layer may import it). Drivers (devices, sync) sit below
 * the use cases, so a driver knows no use case: services reach drivers through narrow interfaces.
 */
export const ranks = {
  domain: 0,
  runtime: 1, // timers and logging, shared by drivers and use cases
  db: 2,
  print: 2,
  devices: 3,
  sync: 3,
  services: 4,
  api: 5,
  station: 6,
  app: 7,
  cli: 7, // the folder and main/cli.ts
  tools: 8,
};

/** The only imports allowed between peers (importer → imported, different layers of equal rank), each with why. */
export const allowedPeers = [
  // The desktop app is started with `motcua start`'s arguments and reads them with the CLI's own parser.
  ['app', 'cli'],
];

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The path aliases of tsconfig.json: an alias is a path inside the repository, not a package. */
const aliases = [
  ['@domain/', 'main/domain/'],
  ['@contract/', 'main/contract/'],
  ['@contract', 'main/contract/index.ts'],
];

function aliasTarget(spec) {
  for (const [alias, target] of aliases) {
    if (alias.endsWith('/') ? spec.startsWith(alias) : spec === alias) return target + spec.slice(alias.length);
  }
  return null;
}

function zoneOf(relative) {
  const parts = relative.split('/');
  if (parts[0] === 'preload') return { kind: 'preload' };
  if (parts[0] === 'main' && parts[1] === 'contract') return { kind: 'contract' };
  // The Vite config is build tooling that runs in Node, not renderer code.
  if (relative === 'renderer/vite.config.ts') return { kind: 'other' };
  if (parts[0] === 'renderer') return { kind: 'renderer' };
  if (parts[0] === 'main') {
    const layer = parts[1]?.replace(/\.(ts|tsx|js|mjs)$/, '');
    return { kind: 'main', layer, entry: parts.length > 2 ? `main/${parts[1]}/` : `main/${parts[1]}` };
  }
  if (parts[0] === 'test') return { kind: 'test' };
  return { kind: 'other' };
}

function unranked(zone) {
  return `${zone.entry} has no rank: give it one in \`ranks\` (test/lint/layering.mjs)`;
}

/** Why the file itself breaks the layering (it lies where no rank says what it may import), or null. */
export function placementProblem(file) {
  const zone = zoneOf(path.relative(repoRoot, file).split(path.sep).join('/'));
  return zone.kind === 'main' && !(zone.layer in ranks) ? unranked(zone) : null;
}

function isBuiltin(spec) {
  return spec.startsWith('node:') || builtins.has(spec.split('/')[0]);
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** What is wrong with `importer` importing `spec`, or null. */
export function layeringProblem(importerFile, spec) {
  const importer = path.relative(repoRoot, importerFile).split(path.sep).join('/');
  const from = zoneOf(importer);
  const aliased = aliasTarget(spec);
  const relative = spec.startsWith('.');
  const target = aliased
    ? zoneOf(aliased)
    : relative
      ? zoneOf(path.relative(repoRoot, path.resolve(path.dirname(importerFile), spec)).split(path.sep).join('/'))
      : null;
  const pkg = relative || aliased ? null : packageName(spec);
  const pureMain = target && (target.kind === 'contract' || (target.kind === 'main' && target.layer === 'domain'));

  if (pkg === 'electron' && !(from.kind === 'preload' || (from.kind === 'main' && from.layer === 'app') || from.kind === 'test')) {
    return '`electron` may be imported only in main/app/ and preload/';
  }
  switch (from.kind) {
    case 'contract':
      if (pkg && pkg !== 'zod') return `the contract may import only zod (not "${spec}")`;
      if (target && !pureMain) return 'the contract may import only main/domain/ and its own files';
      return null;
    case 'renderer':
      if (pkg && isBuiltin(spec)) return `the renderer may not import Node built-in "${spec}"`;
      if (target && target.kind !== 'renderer' && !pureMain) {
        return 'the renderer may import only renderer/, main/domain/ and main/contract/';
      }
      return null;
    case 'preload':
      if (target && target.kind !== 'preload' && !pureMain) return 'preload may import only main/domain/ and main/contract/';
      return null;
    case 'main': {
      if (target && (target.kind === 'renderer' || target.kind === 'preload' || target.kind === 'test')) {
        return 'main/ may not import renderer/, preload/ or test/';
      }
      if (from.layer === 'domain') {
        if (pkg && pkg !== 'zod') return `main/domain/ is pure: no I/O or packages ("${spec}")`;
        if (target && !(target.kind === 'main' && target.layer === 'domain')) return 'main/domain/ may import only main/domain/';
        return null;
      }
      if (target && target.kind === 'main') {
        if (!(target.layer in ranks)) return unranked(target);
        // An unranked importer is reported once, on the file itself (placementProblem).
        if (!(from.layer in ranks) || from.layer === target.layer) return null;
        const own = ranks[from.layer];
        const theirs = ranks[target.layer];
        if (theirs > own) return `main/${from.layer}/ may not import the outer layer main/${target.layer}/`;
        if (theirs === own && !allowedPeers.some(([a, b]) => a === from.layer && b === target.layer)) {
          return `main/${from.layer}/ may not import its peer main/${target.layer}/ (equal rank): list the pair in \`allowedPeers\` with why, or move the code`;
        }
      }
      return null;
    }
    default:
      return null;
  }
}

function inDomain(filename) {
  const relative = path.relative(repoRoot, filename).split(path.sep).join('/');
  return relative.startsWith('main/domain/');
}

const clockReads = {
  'Date.now': 'reads the clock',
  'performance.now': 'reads the clock',
  'Math.random': 'is not deterministic',
};

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers of Một Cửa apart' },
    schema: [],
    messages: { crossed: '{{problem}}', impure: 'main/domain/ is pure: {{what}} {{why}}; take it as a parameter' },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      const problem = layeringProblem(filename, spec);
      if (problem) context.report({ node, messageId: 'crossed', data: { problem } });
    };
    const domain = inDomain(filename);
    return {
      Program(node) {
        const problem = placementProblem(filename);
        if (problem) context.report({ node, messageId: 'crossed', data: { problem } });
      },
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node.arguments[0], node.arguments[0].value);
        }
        if (domain && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier') {
          const name = `${node.callee.object.name}.${node.callee.property.name}`;
          if (clockReads[name]) context.report({ node, messageId: 'impure', data: { what: `${name}()`, why: clockReads[name] } });
        }
      },
      NewExpression(node) {
        if (domain && node.callee.type === 'Identifier' && node.callee.name === 'Date' && node.arguments.length === 0) {
          context.report({ node, messageId: 'impure', data: { what: 'new Date()', why: 'reads the clock' } });
        }
      },
      MemberExpression(node) {
        if (domain && node.object.type === 'Identifier' && node.object.name === 'process') {
          context.report({ node, messageId: 'impure', data: { what: 'process', why: 'is the environment' } });
        }
      },
    };
  },
};

export default { meta: { name: 'motcua' }, rules: { layering: rule } };
