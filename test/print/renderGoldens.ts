/**
 * Rewrites test/print/golden/*.png from the current layouts: page 1 of each
 * form at 80 dpi. Run after a deliberate layout change, look at every image,
 * then commit them: `npx tsx test/print/renderGoldens.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagePng } from './pdfTools';
import { goldenDir, goldenForms, renderPdf } from './renderedForms';

for (const form of goldenForms) {
  const pdf = await renderPdf(form.document());
  writeFileSync(join(goldenDir, form.file), pagePng(pdf, 1));
  console.log(`wrote ${form.file}`);
}
