/**
 * The user's own position (company type, level, track, pay). It lives in memory only, unless the
 * user ticks "Remember on this device"; then it is also kept in localStorage, and `forget()`
 * clears both. It is never sent anywhere and never written to a URL from here (see url.ts).
 */
import type { Position } from '$lib/data/position.ts';

/** The localStorage key; nothing else of the user's is stored. */
export const STORAGE_KEY = 'forkline.position';

function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		// Storage can be switched off (privacy settings); then the position is simply not kept.
		return undefined;
	}
}

class PositionState {
	/** The position, or undefined when the user has not entered one (or forgot it). */
	value = $state.raw<Position | undefined>(undefined);
	/** True when the user chose to keep the position on this device. */
	remember = $state(false);
	/** Set when a remembered position could not be read and was removed: what the user is told. */
	dropped = $state<string | undefined>(undefined);

	/**
	 * Read a remembered position, once the page runs in the browser. The check loads on first use
	 * (it brings zod); a position the user entered meanwhile is kept, not overwritten.
	 */
	async restore(): Promise<void> {
		const text = storage()?.getItem(STORAGE_KEY);
		if (!text) return;
		const { readStoredPosition } = await import('./storedPosition.ts');
		if (this.value) return;
		const stored = readStoredPosition(text);
		if (stored) {
			this.value = stored;
			this.remember = true;
		} else {
			storage()?.removeItem(STORAGE_KEY);
			this.dropped =
				'The position remembered on this device was not a level, track and pay Forkline can ' +
				'read (a pay above 1,000,000,000,000 a year, say), so it was removed: enter it again below.';
		}
	}

	/** Replace the position; kept in storage only when the user asked for that. */
	set(position: Position | undefined): void {
		this.value = position;
		if (this.remember) this.#save();
	}

	/** Turn "Remember on this device" on (save now) or off (delete the stored copy). */
	setRemember(on: boolean): void {
		this.remember = on;
		if (on) this.#save();
		else storage()?.removeItem(STORAGE_KEY);
	}

	/** Forget the position everywhere: memory and this device's storage. */
	forget(): void {
		this.value = undefined;
		this.remember = false;
		storage()?.removeItem(STORAGE_KEY);
	}

	#save(): void {
		if (this.value) storage()?.setItem(STORAGE_KEY, JSON.stringify(this.value));
		else storage()?.removeItem(STORAGE_KEY);
	}
}

/** The one position of the app. */
export const position = new PositionState();
