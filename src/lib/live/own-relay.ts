/** This server's own relay: the address a participant or facilitator types by default, and its URL. */

import { resolve } from '$app/paths';

/** This server's address as typed (`host[:port]` + base, no trailing slash). */
export const ownRelayAddress = (): string => `${location.host}${resolve('/')}`.replace(/\/$/, '');

/** Whether `relay` (a room's `ws[s]://…/relay` URL) is this server's own relay. */
export const isOwnRelay = (relay: string): boolean =>
	relay === `${location.protocol === 'https:' ? 'wss' : 'ws'}://${ownRelayAddress()}/relay`;
