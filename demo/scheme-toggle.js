// The host page's own dark-mode switch. It only sets `color-scheme` on <html>; the widgets have no
// `theme` attribute here, so they follow the page.
const toggle = document.querySelector('.scheme-toggle');
const root = document.documentElement;
const apply = (dark) => {
  root.classList.toggle('dark', dark);
  toggle.setAttribute('aria-pressed', String(dark));
};
apply(matchMedia('(prefers-color-scheme: dark)').matches || new URLSearchParams(location.search).get('scheme') === 'dark');
toggle.addEventListener('click', () => apply(!root.classList.contains('dark')));
