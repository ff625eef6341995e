// ESLint rule that enforces the dependency rules of DESIGN.md ("Layout"): which layer may
// import which, and which packages only one layer may touch. It resolves relative imports
// against the importing file, so `../../main/db` from shared/ is caught however deep it sits.
import path from 'node:path';
import { builtinModules } from 'node:module';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Packages that only the tests and tools may use besides the layer's own allowances. */
const TEST_ONLY = ['vitest', 'fast-check', '@testing-library/'];

/** @param {string} absFile */
export function layerOf(absFile) {
  const [top, second] = path.relative(ROOT, absFile).split(path.sep);
  if (top === 'shared') return top;
  // renderer/ also holds its build config, which runs in Node; only renderer/src is the browser code.
  if (top === 'renderer') return second === 'src' ? 'renderer' : null;
  if (top === 'main') {
    return ['app', 'preload', 'db', 'documents', 'testing'].includes(second ?? '')
      ? `main/${second}`
      : 'main';
  }
  return null;
}

/** Layers each layer may reach with a relative import. */
const MAY_IMPORT_LAYERS = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  'main/preload': ['main/preload', 'shared'],
  'main/app': ['main/app', 'main/db', 'main', 'main/documents', 'shared'],
  'main/testing': ['main/testing', 'main', 'main/db', 'shared'],
  'main/db': ['main/db', 'shared'],
  'main/documents': ['main/documents', 'shared'],
  main: ['main', 'main/db', 'main/documents', 'shared'],
};

/** Packages reserved to one or two layers. */
const RESERVED_PACKAGES = {
  electron: ['main/app', 'main/preload'],
  'better-sqlite3': ['main/db'],
  docx: ['main/documents'],
};

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Returns why `specifier` may not be imported from a file in `layer`, or null when it may. */
export function violation(layer, absFile, specifier, isTest) {
  if (specifier.startsWith('.')) {
    const targetLayer = layerOf(path.resolve(path.dirname(absFile), specifier));
    if (targetLayer === null || MAY_IMPORT_LAYERS[layer].includes(targetLayer)) return null;
    if (isTest && targetLayer === 'main/testing') return null;
    return `${layer}/ may not import from ${targetLayer}/ (DESIGN.md, dependency rules).`;
  }
  if (isTest && TEST_ONLY.some((prefix) => specifier.startsWith(prefix))) return null;
  const name = packageName(specifier);
  if (layer === 'shared' && name !== 'zod') {
    return `shared/ is pure TypeScript: it may import only zod, not "${specifier}".`;
  }
  if (layer === 'renderer' && NODE_BUILTINS.has(specifier)) {
    return `renderer/ runs in the browser: it may not import the Node module "${specifier}".`;
  }
  const owners = RESERVED_PACKAGES[name];
  if (owners && !owners.includes(layer)) {
    return `"${name}" may only be imported in ${owners.map((o) => `${o}/`).join(' and ')}.`;
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer boundaries of DESIGN.md' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const layer = layerOf(file);
    if (layer === null) return {};
    const isTest = /\.test\.tsx?$/.test(file);
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const message = violation(layer, file, node.value, isTest);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
