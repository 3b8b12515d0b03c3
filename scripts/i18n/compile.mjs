#!/usr/bin/env node
/**
 * Compiles messages/{en,es}.json into src/lib/paraglide/ (typed message functions and the locale
 * runtime). The Vite plugin does the same on every build and dev start; this script exists for the
 * steps that run without Vite first — `npm ci` (prepare) and `npm run check` (svelte-check) — so a
 * fresh clone type-checks. The output is generated, never committed.
 */
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide-options.js';

await compile(paraglideOptions);
