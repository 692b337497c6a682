/**
 * The check a remembered position passes before it is trusted: storage can hold anything (an
 * older version, a hand edit). Its own module, loaded when a position is restored, so zod is not
 * part of the pages' first JavaScript.
 */
import { z } from 'zod';
import { COMPANY_TYPES, STD_LEVELS } from '$lib/data/domain.ts';
import { MAX_AMOUNT } from '$lib/data/money.ts';
import type { Position } from '$lib/data/position.ts';

// The bound the /me form reads typed pay with (readMoney): a stored 1e308 is no one's pay.
const money = z.number().finite().nonnegative().max(MAX_AMOUNT);
const positionSchema = z.object({
	companyType: z.enum(['all', ...COMPANY_TYPES]),
	company: z.string().max(200),
	track: z.enum(['ic', 'em']),
	stdLevel: z.number().refine((n) => (STD_LEVELS as readonly number[]).includes(n)),
	companyLevel: z.string().max(100),
	total: money.positive(),
	base: money.nullable(),
	stock: money.nullable(),
	bonus: money.nullable()
});

/**
 * The position a stored text describes, or undefined when it is not JSON or not a position.
 *
 *     readStoredPosition('{"companyType":"big-tech",…,"total":300000,…}') → { companyType: 'big-tech', … }
 *     readStoredPosition('{"total":-1}') → undefined
 */
export function readStoredPosition(text: string): Position | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	// Positions stored before the field was named `companyLevel` call it `levelLabel`.
	if (value && typeof value === 'object' && 'levelLabel' in value && !('companyLevel' in value)) {
		const { levelLabel, ...rest } = value as Record<string, unknown>;
		value = { ...rest, companyLevel: levelLabel };
	}
	const parsed = positionSchema.safeParse(value);
	return parsed.success ? (parsed.data as Position) : undefined;
}
