// Shared by the carousel peers: the article's quotes as slides, each a figure (blockquote +
// figcaption) inside an element of the library's slide class, built with DOM calls: the content
// our carousel shows. Loaded after the start mark, so building the slides counts, as rendering
// does for ours.
window.__benchSlides = (quotes, slideClass, slideTag = 'div') =>
  quotes.map((quote) => {
    const slide = document.createElement(slideTag);
    slide.className = slideClass;
    const figure = slide.appendChild(document.createElement('figure'));
    const blockquote = figure.appendChild(document.createElement('blockquote'));
    blockquote.appendChild(document.createElement('p')).textContent = quote.text;
    const caption = figure.appendChild(document.createElement('figcaption'));
    caption.textContent = [quote.speaker, quote.role, quote.affiliation].filter(Boolean).join(', ');
    return slide;
  });

/** A carousel's root and its slide container (`rootClass > innerClass`), filled with the quotes' slides. */
window.__benchCarouselRoot = (rootClass, innerClass, slideClass) => {
  const root = document.createElement('div');
  root.className = rootClass;
  const inner = root.appendChild(document.createElement('div'));
  inner.className = innerClass;
  inner.append(...window.__benchSlides(window.BENCH_DATA.quotes, slideClass));
  return root;
};
