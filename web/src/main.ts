import './matrix.js';
import './pages.js';
import './review.js';
import './session.js';

// The tracker's pages by URL: the matrix at /, /actors/<slug>, /topics/<slug>, /articles/<slug>, and
// the review queue of suggested positions at /review.
// Links inside the page change the URL without a reload; the browser's back and forward buttons work.
const app = document.getElementById('app')!;

function show(path: string): void {
  const [, kind, slug] = /^\/(actors|topics|articles)\/([a-z0-9-]+)$/.exec(path) ?? [];
  let page: HTMLElement;
  if (kind) {
    page = document.createElement(kind === 'actors' ? 'actor-page' : kind === 'topics' ? 'topic-page' : 'article-page');
    page.setAttribute('slug', slug!);
  } else if (path === '/') page = document.createElement('stance-matrix');
  else if (path === '/review') page = document.createElement('review-queue');
  else {
    page = document.createElement('p');
    page.textContent = `There is no page at ${path}.`;
  }
  app.replaceChildren(page);
  app.focus();
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a');
  if (!link || link.origin !== location.origin || link.pathname.startsWith('/graphql') || event.metaKey || event.ctrlKey || event.shiftKey) return;
  if (link.pathname === location.pathname && link.hash) return; // a jump within the page
  event.preventDefault();
  history.pushState(null, '', link.pathname + link.hash);
  show(link.pathname);
});
window.addEventListener('popstate', () => show(location.pathname));
show(location.pathname);
