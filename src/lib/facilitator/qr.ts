/**
 * The QR code of a live room's short join address. Short enough for QR version ≤ 6 (41×41
 * modules) at error correction M, so it scans from the back of a room at 1280×720; the version is
 * checked, not assumed.
 */

import QRCode from 'qrcode';

export const MAX_QR_VERSION = 6;

/** The QR version a text needs at error correction M. */
export function qrVersion(text: string): number {
	return QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
}

/** The QR code as an SVG data URL (for an `<img>`), or '' when the address is too long for version 6. */
export async function shortQrDataUrl(text: string): Promise<string> {
	if (qrVersion(text) > MAX_QR_VERSION) return '';
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
