/**
 * The rules that keep the stylesheets independent of each other: colours come
 * from tokens.css only, and each class has one stylesheet that styles it, so no
 * screen's stylesheet can win or lose against another's by import order.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const stylesDir = fileURLToPath(new URL('../../../renderer/src/styles/', import.meta.url));
const sheets = readdirSync(stylesDir)
  .filter((name) => name.endsWith('.css'))
  .map((name) => ({ name, css: readFileSync(stylesDir + name, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') }));
/** Shared by every screen: design values, fonts, and the shared components (buttons, cards, fields, dialogs). */
const globalSheets = ['tokens.css', 'fonts.css', 'base.css'];
const screenSheets = sheets.filter((sheet) => !globalSheets.includes(sheet.name));

/** Every style rule's selectors, leaving out at-rules that hold no selectors (@keyframes steps, @font-face). */
function selectorsOf(css: string): string[] {
  const selectors: string[] = [];
  const open: string[] = [];
  let text = '';
  for (const char of css) {
    if (char === '{') {
      const head = text.trim();
      if (!head.startsWith('@') && !open.some((outer) => outer.startsWith('@keyframes'))) {
        selectors.push(...head.split(',').map((selector) => selector.trim()));
      }
      open.push(head);
      text = '';
    } else if (char === '}') {
      open.pop();
      text = '';
    } else if (char === ';') {
      text = '';
    } else {
      text += char;
    }
  }
  return selectors;
}

/** The class a rule is about: the first class of its first compound (`.kiosk-page .button` is about kiosk-page). */
function leadingClass(selector: string): string | undefined {
  const firstCompound = selector.split(/[\s>+~]+/)[0] ?? '';
  return /\.([\w-]+)/.exec(firstCompound)?.[1];
}

const literalColour = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[\d.]|(?<![\w-])(?:white|black|red|green|blue|yellow|orange|gray|grey|silver|navy|teal|purple|maroon)(?![\w-])/i;

describe('the stylesheets', () => {
  it('take every colour from tokens.css', () => {
    // Declarations only (the innermost blocks): a selector may name a class like `.is-red`.
    const literal = sheets
      .filter((sheet) => sheet.name !== 'tokens.css')
      .flatMap((sheet) => [...sheet.css.matchAll(/\{([^{}]*)\}/g)].flatMap((block) => (block[1]!.match(new RegExp(literalColour, 'gi')) ?? []).map((colour) => `${sheet.name}: ${colour}`)));
    expect(literal).toEqual([]);
  });

  it('style each class in one stylesheet only', () => {
    const owners = new Map<string, Set<string>>();
    for (const sheet of sheets) {
      for (const selector of selectorsOf(sheet.css)) {
        const leading = leadingClass(selector);
        if (leading) owners.set(leading, (owners.get(leading) ?? new Set()).add(sheet.name));
      }
    }
    const shared = [...owners].filter(([, names]) => names.size > 1).map(([name, names]) => `${name}: ${[...names].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it("scope each screen's rules by one of its own classes, never by a bare element or a state", () => {
    const unscoped = screenSheets.flatMap((sheet) =>
      selectorsOf(sheet.css)
        .filter((selector) => {
          const leading = leadingClass(selector);
          return leading === undefined || /^(?:is|has)-/.test(leading);
        })
        .map((selector) => `${sheet.name}: ${selector}`),
    );
    expect(unscoped).toEqual([]);
  });

  it('are loaded tokens first, then the shared components, then the screens', () => {
    const main = readFileSync(fileURLToPath(new URL('../../../renderer/src/main.tsx', import.meta.url)), 'utf8');
    const order = [...main.matchAll(/import '\.\/styles\/([\w-]+\.css)'/g)].map((match) => match[1]);
    expect(order.slice(0, 3)).toEqual(['tokens.css', 'fonts.css', 'base.css']);
  });
});
