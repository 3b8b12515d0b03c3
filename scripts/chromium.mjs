// Debian's Chromium as every script and the e2e tests launch it. Browser downloads are impossible on
// these machines, so the binary is the system one; the flags keep it from reaching for the network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/** Launches headless Chromium with the options above. */
export async function launchChromium() {
	const { chromium } = await import('@playwright/test');
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
