import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW,
	findLinkProblems,
	parseView,
	toSearchParams,
	type ConversationView
} from './url.ts';

const view: ConversationView = {
	companyType: 'finance',
	company: 'Goldman Sachs',
	stdLevel: 7,
	track: 'em',
	years: 12,
	timeInLevel: { 7: 4 },
	scenarios: [
		{ kind: 'band', companyType: 'finance', stdLevel: 7, track: 'em' },
		{ kind: 'offer', label: 'Offer B', total: 300_000, base: 200_000, stock: null, bonus: 100_000 }
	],
	pay: { total: 350_000, base: 250_000, stock: 50_000, bonus: 50_000 },
	claim: 'parity-ideal',
	dollars: 'reported'
};

describe('view ⇄ URL', () => {
	it('leaves all typed pay out unless asked to include it', () => {
		const params = toSearchParams(view, { includePay: false });
		expect(params.has('pay')).toBe(false);
		expect(params.toString()).not.toMatch(/350000|300000|offer/);
		const back = parseView(params);
		expect(back.pay).toBeUndefined();
		expect(back.scenarios).toEqual([view.scenarios[0]]);
		expect(back).toMatchObject({
			companyType: 'finance',
			company: 'Goldman Sachs',
			stdLevel: 7,
			track: 'em',
			years: 12,
			timeInLevel: { 7: 4 },
			claim: 'parity-ideal',
			dollars: 'reported'
		});
		expect(
			parseView(toSearchParams({ ...view, dollars: 'today' }, { includePay: false }))
		).toMatchObject({ dollars: 'today' });
		expect(
			toSearchParams({ ...view, dollars: 'today' }, { includePay: false }).has('dollars')
		).toBe(false);
	});

	it('round-trips the pay when the user opted in', () => {
		const back = parseView(toSearchParams(view, { includePay: true }));
		expect(back.pay).toEqual(view.pay);
		expect(back.scenarios).toEqual(view.scenarios);
	});

	it('falls back to the defaults for malformed values', () => {
		const back = parseView(
			new URLSearchParams(
				'type=nope&level=12&track=x&years=-3&til=2:5,x&s=zzz.6.ic~big-tech.6.ic&pay=abc&claim=%3Cscript%3E'
			)
		);
		expect(back).toEqual({
			...DEFAULT_VIEW,
			scenarios: [{ kind: 'band', companyType: 'big-tech', stdLevel: 6, track: 'ic' }]
		});
	});

	it('reads a link’s pay as the form reads typed pay: 1e308, negatives and trillions are no pay', () => {
		for (const pay of ['1e308', '-5000', 'abc', '2000000000000', 'Infinity'])
			expect(parseView(new URLSearchParams({ pay })).pay, pay).toBeUndefined();
		expect(parseView(new URLSearchParams({ pay: '450000..' })).pay).toEqual({
			total: 450_000,
			base: null,
			stock: null,
			bonus: null
		});
	});

	it('names each malformed view parameter of a link, quoting its value', () => {
		const problems = findLinkProblems(
			new URLSearchParams('type=nope&level=12&track=x&years=-3&pay=1e308&company=Google')
		);
		expect(problems.map((p) => p.param)).toEqual(['type', 'level', 'track', 'years', 'pay']);
		expect(problems.find((p) => p.param === 'pay')?.message).toMatch(
			/“1e308” is not an amount of money/
		);
		expect(findLinkProblems(new URLSearchParams('type=finance&level=7&track=em&years=12'))).toEqual(
			[]
		);
		expect(findLinkProblems(new URLSearchParams(''))).toEqual([]);
	});

	it('carries the selected claim, and leaves it out when none is selected', () => {
		expect(toSearchParams(view, { includePay: false }).get('claim')).toBe('parity-ideal');
		expect(toSearchParams({ ...view, claim: undefined }, { includePay: false }).has('claim')).toBe(
			false
		);
	});

	it('round-trips a company scenario whose name holds the separators', () => {
		const scenarios = [
			{
				kind: 'band' as const,
				companyType: 'tech-first' as const,
				stdLevel: 6 as const,
				track: 'ic' as const,
				company: 'Booking.com'
			},
			{
				kind: 'band' as const,
				companyType: 'big-tech' as const,
				stdLevel: 6 as const,
				track: 'em' as const,
				company: 'A~B & Co'
			}
		];
		const back = parseView(toSearchParams({ ...view, scenarios }, { includePay: false }));
		expect(back.scenarios).toEqual(scenarios);
	});
});
