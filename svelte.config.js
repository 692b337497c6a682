import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; uploaded pay data is read in the browser and never sent anywhere.
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: undefined,
			strict: true,
			// .br and .gz beside each file, which the static server (sirv) sends to browsers that accept them.
			precompress: true
		}),
		alias: {
			$data: 'data'
		},
		// The Content-Security-Policy, emitted as a <meta> tag on every prerendered page (mode
		// 'hash' adds the hashes of SvelteKit's own inline bootstrap script). Scripts only from this
		// site; no connection to any other host, so pay data read in the page cannot be sent
		// anywhere; workers from this site (the ingest worker). Styles allow 'unsafe-inline' because
		// Svelte writes style attributes (chart positions, transitions); styles cannot run code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
