// The downloads: the cleaned data as JSON and CSV (read back to the rows embedded), and the
// widget as PNG and SVG images of the preview's size. The PNG is drawn from a data: URL (a
// blob: URL taints the canvas in Chromium); under a CSP without `img-src data:` the builder says
// so and the SVG still downloads.
import { writeFileSync } from 'node:fs';
import { byName, check, download, embedFor, env, figures, inBuilder, RESULTS } from './harness.mjs';
import { builderWithPastedCells } from './paste.mjs';

/** In a blank page: the image's natural size, and the share of pixels that differ from the top-left one. */
async function decode(bytes, type) {
  const page = await env.browser.newPage({ type: 'window' });
  try {
    return await page.evaluate(
      async (base64, mime) => {
        const image = new Image();
        image.src = `data:${mime};base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let inked = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) inked++;
        return { width: image.naturalWidth, height: image.naturalHeight, inked: inked / (data.length / 4) };
      },
      bytes.toString('base64'),
      type,
    );
  } finally {
    await page.close();
  }
}

export async function downloads() {
  const { page, problems } = await builderWithPastedCells({ server: env.plain });
  const size = await inBuilder(page, (root) => {
    const box = root.querySelector('#preview-widget').getBoundingClientRect();
    return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  });

  const json = await download(page, 'Download JSON');
  const { code } = await embedFor(page, 'Script');
  const embedded = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(code)[1]);
  check(
    json.name === 'timeline.json' && JSON.stringify(JSON.parse(json.bytes.toString('utf8'))) === JSON.stringify(embedded),
    `[downloads] JSON ${json.name} differs from the embedded data`,
  );
  const csv = await download(page, 'Download CSV');
  const text = csv.bytes.toString('utf8');
  check(
    csv.name === 'timeline.csv' &&
      text.startsWith('\uFEFFid,date,end,title,description,category\r\n') &&
      embedded.events.every((event) => text.includes(event.title)),
    `[downloads] CSV ${csv.name}: ${JSON.stringify(text.slice(0, 200))}…`,
  );

  const svg = await download(page, 'Download SVG');
  const svgImage = await decode(svg.bytes, 'image/svg+xml');
  check(
    svg.name === 'timeline.svg' && svgImage.width === size.width && svgImage.height === size.height,
    `[downloads] SVG ${svg.name} is ${svgImage.width} × ${svgImage.height}, the widget ${size.width} × ${size.height}`,
  );
  check(svgImage.inked > 0.01, `[downloads] the SVG draws almost nothing (${(svgImage.inked * 100).toFixed(2)}% of pixels)`);
  check(svg.bytes.toString('utf8').includes('Mass protests'), '[downloads] the SVG does not hold the widget’s text');
  const png = await download(page, 'Download PNG');
  const pngImage = await decode(png.bytes, 'image/png');
  check(
    png.name === 'timeline.png' && pngImage.width === size.width * 2 && pngImage.height === size.height * 2,
    `[downloads] PNG ${png.name} is ${pngImage.width} × ${pngImage.height}, the widget ${size.width} × ${size.height} (×2)`,
  );
  check(pngImage.inked > 0.01, `[downloads] the PNG draws almost nothing (${(pngImage.inked * 100).toFixed(2)}% of pixels)`);
  writeFileSync(`${RESULTS}/download.png`, png.bytes);
  writeFileSync(`${RESULTS}/download.svg`, svg.bytes);
  figures['images'] =
    `widget ${size.width} × ${size.height}; SVG ${(svg.bytes.length / 1024).toFixed(0)} KB, PNG ${(png.bytes.length / 1024).toFixed(0)} KB; canvas not tainted`;
  for (const problem of problems) check(false, `[downloads] ${problem}`);
  await page.close();

  // The README's strict CSP as a header (no img-src data:): the PNG says why it cannot be made.
  const strict = await builderWithPastedCells({ server: env.strict });
  await (await byName(strict.page, 'Download PNG')).click();
  const alert = await strict.page
    .waitForFunction(() => document.querySelector('belarus-builder').shadowRoot.querySelector('[role="alert"]')?.textContent, { timeout: 5000 })
    .then((handle) => handle.jsonValue())
    .catch(() => '');
  check(/Content-Security-Policy/.test(alert) && /img-src 'self' data:/.test(alert), `[downloads, strict CSP] the PNG failure reads “${alert}”`);
  const strictSvg = await download(strict.page, 'Download SVG');
  check(strictSvg.bytes.length > 1000, '[downloads, strict CSP] no SVG');
  const unexpected = strict.problems.filter((problem) => !/img-src|data:image\/svg/.test(problem));
  for (const problem of unexpected) check(false, `[downloads, strict CSP] ${problem}`);
  await strict.page.close();
}
