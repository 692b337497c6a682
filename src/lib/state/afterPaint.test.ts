import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterNextPaint } from './afterPaint.svelte.ts';

describe('afterNextPaint', () => {
	// Node has no animation frames: one here is a 16 ms timer, on the same fake clock.
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout'] });
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
			setTimeout(() => callback(performance.now()), 16)
		);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	test('waits for an animation frame and then the presentation delay', () => {
		const ran: string[] = [];
		afterNextPaint(() => ran.push('url'));
		expect(ran).toEqual([]);
		// The fake animation frame comes after 16 ms; the task waits a while longer than that.
		vi.advanceTimersByTime(20);
		expect(ran).toEqual([]);
		vi.runAllTimers();
		expect(ran).toEqual(['url']);
	});

	test('tasks queued before the paint run together, in the order queued, once', () => {
		const ran: string[] = [];
		afterNextPaint(() => ran.push('url'));
		afterNextPaint(() => ran.push('table'));
		vi.advanceTimersByTime(10);
		afterNextPaint(() => ran.push('options'));
		vi.runAllTimers();
		expect(ran).toEqual(['url', 'table', 'options']);
		vi.runAllTimers();
		expect(ran).toHaveLength(3);
	});

	test('a task queued after a batch ran waits for the next paint', () => {
		const ran: string[] = [];
		afterNextPaint(() => ran.push('first'));
		vi.runAllTimers();
		afterNextPaint(() => ran.push('second'));
		expect(ran).toEqual(['first']);
		vi.runAllTimers();
		expect(ran).toEqual(['first', 'second']);
	});
});
