/**
 * motcua/layering — our `code-layering`: a crossed layer fails the lint, not a review.
 * - `electron` only in main/app/ and preload/ (not the contract);
 * - main/domain/ (the vocabulary and the rules) and main/contract/ (the API built on it) are the pure
 *   part of main/ that every process may import: the contract imports only zod, the domain and itself;
 * - the renderer imports nothing from main/ or preload/ except the domain and the contract, and no Node built-ins;
 * - inside main/, a layer imports only itself and the layers below it (see `ranks`);
 * - main/domain/ does no I/O (no Node built-ins, no packages but zod) and never reads the clock.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/**
 * Lower rank = inner layer. A layer may import layers of its own rank or below. Drivers (devices, sync)
 * sit below the use cases, so a driver knows no use case: services reach drivers through narrow interfaces.
 */
export const ranks = { domain: 0, runtime: 1, db: 2, print: 2, devices: 3, sync: 3, services: 4, api: 5, station: 6, app: 7, cli: 7, tools: 8 };

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
    return { kind: 'main', layer: layer in ranks ? layer : 'cli' };
  }
  if (parts[0] === 'test') return { kind: 'test' };
  return { kind: 'other' };
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
        const own = ranks[from.layer];
        const theirs = ranks[target.layer];
        if (own !== undefined && theirs !== undefined && theirs > own) {
          return `main/${from.layer}/ may not import the outer layer main/${target.layer}/`;
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
