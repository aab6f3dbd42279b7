// Splide 4 with the article's quotes, autoplay on (as ours), one slide per view.
// Complete: its `mounted` event, then two frames.
window.__bench.mount(async () => {
  const bench = window.__bench;
  const quotes = window.BENCH_DATA.quotes;
  const root = document.createElement('section');
  root.className = 'splide';
  root.setAttribute('aria-label', 'What Analysts Are Saying');
  const track = root.appendChild(document.createElement('div'));
  track.className = 'splide__track';
  const list = track.appendChild(document.createElement('ul'));
  list.className = 'splide__list';
  list.append(...window.__benchSlides(quotes, 'splide__slide', 'li'));
  bench.stage().append(root);
  const splide = new window.Splide(root, { autoplay: true, interval: 7000, rewind: true, perPage: 1 });
  const mounted = new Promise((resolve) => splide.on('mounted', resolve));
  splide.mount();
  await mounted;
  window.__benchCarousel = splide;
  await bench.finish({ state: 'ready' });
});
