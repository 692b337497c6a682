/**
 * Work that should wait until a change is on screen. A filter change redraws the chart at once;
 * what the user cannot see change in that frame (the table under the chart, the options of a
 * closed menu, the URL) follows here, so it neither delays that frame nor competes with it for
 * the CPU while the browser rasterises and presents it.
 */

let queue: (() => void)[] = [];

/**
 * How long after the animation frame that paints a change its follow-up work waits. The frame's
 * main-thread part ends within a few milliseconds of that callback, but rasterising and
 * presenting it take about two more frames at 60 Hz on a small machine; work started earlier
 * runs beside them and delays what the user is waiting to see.
 */
const PRESENT_DELAY_MS = 32;

/**
 * Runs `task` once the next frame has been painted and shown. Tasks queued before then run
 * together, in the order queued, in one task: nothing else (a test reading the page, an input
 * event) can see some of them done and not the others.
 */
export function afterNextPaint(task: () => void): void {
	queue.push(task);
	if (queue.length > 1) return;
	requestAnimationFrame(() =>
		setTimeout(() => {
			const tasks = queue;
			queue = [];
			for (const run of tasks) run();
		}, PRESENT_DELAY_MS)
	);
}

/**
 * A value that follows `read()` once the frame showing the change is on screen, for parts of a
 * page that need not change in that frame. It starts as `read()` (so the server renders it), and
 * a burst of changes lands as its last value. `isUrgent(next, shown)` names changes to show at
 * once instead, such as the first data arriving, when what is shown meanwhile would be empty or
 * about something else.
 *
 * Call it while a component initialises (it owns an effect).
 *
 *     const tableBands = createDeferred(() => bands);
 *     // bands changes → the chart redraws now; tableBands.current changes after the paint
 */
export function createDeferred<T>(
	read: () => T,
	isUrgent: (next: T, shown: T) => boolean = () => false
): { readonly current: T } {
	let settled = $state.raw(read());
	let latest = settled;
	let queued = false;
	$effect(() => {
		latest = read();
		if (queued) return;
		queued = true;
		afterNextPaint(() => {
			queued = false;
			settled = latest;
		});
	});
	const current = $derived.by(() => {
		const next = read();
		return isUrgent(next, settled) ? next : settled;
	});
	return {
		get current() {
			return current;
		}
	};
}
