// Swiper 14 (bundle build) with the article's quotes: navigation, pagination, autoplay, a11y on.
// Complete: its `init` event, then two frames.
window.__bench.mount(async () => {
  const bench = window.__bench;
  const root = window.__benchCarouselRoot('swiper', 'swiper-wrapper', 'swiper-slide');
  for (const name of ['swiper-button-prev', 'swiper-button-next', 'swiper-pagination']) {
    root.appendChild(document.createElement('div')).className = name;
  }
  bench.stage().append(root);
  let resolveInit;
  const initialised = new Promise((resolve) => (resolveInit = resolve));
  const swiper = new window.Swiper(root, {
    autoplay: { delay: 7000, pauseOnMouseEnter: true },
    a11y: { enabled: true },
    navigation: { prevEl: '.swiper-button-prev', nextEl: '.swiper-button-next' },
    pagination: { el: '.swiper-pagination', clickable: true },
    on: { init: () => resolveInit() },
  });
  await initialised;
  window.__benchCarousel = swiper;
  await bench.finish({ state: 'ready' });
});
