// Embla 8 + its Autoplay plugin with the article's quotes. Embla ships no CSS and no controls:
// the three rules it needs are in bench/pages/stage.css. Complete: created (Embla initialises
// synchronously), then two frames.
window.__bench.mount(async () => {
  const bench = window.__bench;
  const root = window.__benchCarouselRoot('embla', 'embla__container', 'embla__slide');
  bench.stage().append(root);
  const embla = window.EmblaCarousel(root, { loop: true }, [window.EmblaCarouselAutoplay({ delay: 7000 })]);
  window.__benchCarousel = embla;
  await bench.finish({ state: 'ready' });
});
