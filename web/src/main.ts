import './matrix.js';

// The tracker's pages by URL. This first step has the matrix at /; the actor, topic and article pages
// are still to come (a link to one says so rather than showing nothing).
const app = document.getElementById('app')!;
const path = location.pathname;
if (path === '/' || path === '/index.html') app.replaceChildren(document.createElement('stance-matrix'));
else {
  const heading = document.createElement('h1');
  heading.textContent = 'Not built yet';
  const text = document.createElement('p');
  text.textContent = `There is no page for ${path} yet. The API has everything about it: see /graphql.`;
  app.replaceChildren(heading, text);
}
