/**
 * The map page's projector mode: the map alone, full screen when the browser allows it (a refusal —
 * a browser setting, an iframe — leaves the map filling the window). Leaving full screen by the
 * browser's own means (Escape, F11) leaves projector mode too.
 */
export class ProjectorMode {
	on = $state(false);

	/** `stage`: the element to show full screen (undefined until it is drawn). */
	constructor(private readonly stage: () => HTMLElement | undefined) {}

	async toggle(): Promise<void> {
		this.on = !this.on;
		try {
			if (this.on) await this.stage()?.requestFullscreen?.();
			else if (document.fullscreenElement) await document.exitFullscreen();
		} catch {
			// Full screen refused: the map still fills the window.
		}
	}

	/** For `<svelte:document onfullscreenchange>`. */
	readonly fullscreenChanged = () => {
		if (!document.fullscreenElement) this.on = false;
	};
}
