/**
 * Arrow-key movement between a chart's focusable marks, shared by every chart: Right/Down go to
 * the next mark in document order, Left/Up to the previous one, Home/End to the ends.
 *
 * @example <g class="gap" tabindex="0" onkeydown={(e) => moveMarkFocus(e, 'g.gap')}>
 */
export function moveMarkFocus(event: KeyboardEvent, selector: string): void {
	const current = event.currentTarget as SVGGElement;
	const all = [...(current.ownerSVGElement?.querySelectorAll<SVGGElement>(selector) ?? [])];
	const index = all.indexOf(current);
	const target = {
		ArrowRight: all[index + 1],
		ArrowDown: all[index + 1],
		ArrowLeft: all[index - 1],
		ArrowUp: all[index - 1],
		Home: all[0],
		End: all[all.length - 1]
	}[event.key];
	if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
		event.preventDefault();
		target?.focus();
	}
}
