/**
 * The user's own position (company type, level, track, pay). It lives in memory only, unless the
 * user ticks "Remember on this device"; then it is also kept in localStorage, and `forget()`
 * clears both. It is never sent anywhere and never written to a URL from here (see url.ts).
 */
import { z } from 'zod';
import { COMPANY_TYPES, STD_LEVELS } from '$lib/data/domain.ts';
import type { Position } from '$lib/data/position.ts';

/** The localStorage key; nothing else of the user's is stored. */
export const STORAGE_KEY = 'forkline.position';

const money = z.number().finite().nonnegative();
// Storage can hold anything (an older version, a hand edit): check it before trusting it.
const positionSchema = z.object({
	companyType: z.enum(['all', ...COMPANY_TYPES]),
	company: z.string().max(200),
	track: z.enum(['ic', 'em']),
	stdLevel: z.number().refine((n) => (STD_LEVELS as readonly number[]).includes(n)),
	levelLabel: z.string().max(100),
	total: money.positive(),
	base: money.nullable(),
	stock: money.nullable(),
	bonus: money.nullable()
});

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

	/** Read a remembered position, once the page runs in the browser. */
	restore(): void {
		const text = storage()?.getItem(STORAGE_KEY);
		if (!text) return;
		try {
			const parsed = positionSchema.safeParse(JSON.parse(text));
			if (parsed.success) {
				this.value = parsed.data as Position;
				this.remember = true;
				return;
			}
		} catch {
			// Not JSON: treat it like a malformed entry below.
		}
		storage()?.removeItem(STORAGE_KEY);
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
