/**
 * On arrival from a search result (`?pagefind-highlight=…`), marks the search
 * terms in the statement and keeps the linked paragraph in view. Without that
 * parameter, or without JavaScript, nothing happens: reading needs no script.
 */
const PARAM = 'pagefind-highlight';

if (new URL(window.location.href).searchParams.has(PARAM)) {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }) => {
      // Our stylesheet styles the marks: Pagefind's own styles would be an inline <style>, which the CSP forbids.
      new PagefindHighlight({
        highlightParam: PARAM,
        markContext: 'article.statement',
        addStyles: false,
        markOptions: {
          className: 'pagefind-highlight',
          exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
        },
      });
      const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
      target?.scrollIntoView({ block: 'start' });
    })
    .catch(() => {
      // The highlight is a courtesy; the page reads the same without it.
    });
}
