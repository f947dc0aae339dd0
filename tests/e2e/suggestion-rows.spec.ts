/**
 * A pending suggestion's row in the side panel names the words it is about, whatever its reason:
 * a long reason ('same as "Feicui Lake" elsewhere in this document', the entity suggester's short-form
 * reason) took the whole row in the Entities tab and in the Suggestions tab, and the name was laid
 * out zero pixels wide — the editor saw "PLACE — same as …" and not which words.
 */
import { expect, test } from './fixtures';
import { importOnly } from './helpers-extra';

const TEXT = ['Lakeside park opens', 'Feicui Lake drew crowds on Sunday.', 'Visitors to Feicui Lake were counted at the gates.'].join('\n');
const LONG_REASON = 'same as "Feicui Lake" elsewhere in this document';

test('a suggestion with a long reason still shows its words in the Entities and Suggestions tabs', async ({ page, copydesk }) => {
  await copydesk.api('suggestions:setSettings', { suggestOnImport: false });
  const id = await importOnly(copydesk, 'lake.txt', TEXT);
  const start = TEXT.lastIndexOf('Feicui Lake');
  await copydesk.api('annotations:create', {
    documentId: id,
    annotations: [
      { kind: 'entity', label: 'PLACE', start, end: start + 'Feicui Lake'.length, origin: 'suggested', attrs: { pending: true, reasons: [LONG_REASON], score: 0.8 } },
    ],
  });
  await page.goto(`${copydesk.url}#/doc/${id}`);
  await page.locator('.ProseMirror').waitFor();
  const side = page.getByRole('complementary', { name: 'Annotations' });

  // The words are laid out wide enough to read (at least their first few letters), beside the reason.
  const wordsShown = async (region: string) => {
    const row = side.getByRole('region', { name: region }).getByRole('listitem').first();
    await expect(row).toContainText(LONG_REASON.slice(0, 20));
    const words = row.locator('.rv-list-text');
    await expect(words).toHaveText('Feicui Lake');
    const box = await words.boundingBox();
    expect(box?.width ?? 0, `the words of the row in ${region}`).toBeGreaterThan(40);
  };

  await side.getByRole('tab', { name: /Entities/ }).click();
  await side.getByRole('button', { name: 'Show' }).click();
  await wordsShown('Suggested entities');
  await side.getByRole('tab', { name: /Suggestions/ }).click();
  await wordsShown('Suggested entities');
});
