// Every page is prerendered into static HTML; all data work happens in the browser.
export const prerender = true;
export const trailingSlash = 'never';
