import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, refuseUpload } from './protocol.ts';

describe('refuseUpload', () => {
	it('refuses a file over 200 MB before reading it, naming the file, its size and the limit', () => {
		expect(MAX_UPLOAD_BYTES).toBe(200_000_000);
		// One byte over: the message says the real size, not "200 MB … up to 200 MB".
		expect(refuseUpload(MAX_UPLOAD_BYTES + 1, 'big.csv')).toMatch(
			/^big\.csv is 200,000,001 bytes \(200 MB\); Forkline reads files up to 200,000,000 bytes \(200 MB\)/
		);
		expect(refuseUpload(250e6, 'huge.csv')).toMatch(/huge\.csv is 250,000,000 bytes \(250 MB\)/);
	});

	it.each([0, 1, 58_754_882, MAX_UPLOAD_BYTES])(
		'lets a file of %i bytes through to the reader',
		(size) => {
			expect(refuseUpload(size, 'x.csv')).toBeUndefined();
		}
	);
});
