/** Stylesheets are imported for their effect only; esbuild bundles them next to the script. */
declare module '*.css';
