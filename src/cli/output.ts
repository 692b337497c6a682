/**
 * Where the bands go: a file written whole or not at all, and never over the input.
 *
 * The bands are written to a temporary file beside the target and renamed onto it at the end,
 * so an interrupted run leaves the old file (or none), never half a file. (No fsync: it cost
 * about half a second a run here, and guards only against power loss, not an interrupted run.) The output is checked
 * before any reading starts, so a run that could not write its result fails at once.
 */
import {
	closeSync,
	existsSync,
	openSync,
	renameSync,
	statSync,
	unlinkSync,
	writeSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { escapeControl } from './terminal.ts';

/** The output cannot be written, or must not be (it is the input). Exit code 3. */
export class OutputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'OutputError';
	}
}

/**
 * Refuse an output that is the input (by path, link or hard link: the same file on disk), sits
 * in a folder that does not exist, or is a folder.
 */
export function checkOutput(out: string, input: string): void {
	const target = resolve(out);
	const shown = escapeControl(out);
	const folder = dirname(target);
	if (!existsSync(folder)) {
		throw new OutputError(
			`cannot write ${shown}: the folder ${escapeControl(folder)} does not exist. Create it first (mkdir -p) or choose another --out.`
		);
	}
	if (!statSync(folder).isDirectory()) {
		throw new OutputError(`cannot write ${shown}: ${escapeControl(folder)} is not a folder.`);
	}
	if (!existsSync(target)) return;
	const outStat = statSync(target);
	if (outStat.isDirectory()) {
		throw new OutputError(
			`cannot write ${shown}: it is a folder. Give a file name, e.g. --out ${shown}/bands.csv.`
		);
	}
	const inStat = statSync(input);
	if (outStat.dev === inStat.dev && outStat.ino === inStat.ino) {
		throw new OutputError(
			`--out ${shown} is the input file: writing the bands there would destroy the pay data. Choose another file name.`
		);
	}
}

/** An output being written: text goes to a temporary file until `commit` renames it onto the target. */
export interface AtomicOutput {
	write(text: string): void;
	/** Rename the finished file onto the target. */
	commit(): void;
	/** Remove the temporary file and leave the target as it was. */
	abort(): void;
}

/**
 * Open `out` for writing through a temporary file in the same folder, renamed onto `out` once
 * everything is written. On any error the temporary file is removed and `out` is left as it was.
 */
export function openAtomically(out: string): AtomicOutput {
	const target = resolve(out);
	// A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written straight through: it holds
	// no file to replace, and renaming over it would replace the device itself.
	if (existsSync(target) && !statSync(target).isFile()) return openDirect(out, target);
	const temp = join(dirname(target), `.${basename(target)}.${process.pid}.forkline-tmp`);
	const failed = (error: unknown) => {
		const code = (error as NodeJS.ErrnoException).code ?? String(error);
		return new OutputError(`cannot write ${escapeControl(out)}: ${code}`);
	};
	let fd: number | undefined;
	try {
		fd = openSync(temp, 'wx', 0o644);
	} catch (error) {
		throw failed(error);
	}
	const abort = () => {
		if (fd !== undefined) closeSync(fd);
		fd = undefined;
		if (existsSync(temp)) unlinkSync(temp);
	};
	return {
		write(text) {
			try {
				writeSync(fd!, text);
			} catch (error) {
				abort();
				throw failed(error);
			}
		},
		commit() {
			try {
				closeSync(fd!);
				fd = undefined;
				renameSync(temp, target);
			} catch (error) {
				abort();
				throw failed(error);
			}
		},
		abort
	};
}

function openDirect(out: string, target: string): AtomicOutput {
	let fd: number;
	try {
		fd = openSync(target, 'w');
	} catch (error) {
		throw new OutputError(
			`cannot write ${escapeControl(out)}: ${(error as NodeJS.ErrnoException).code}`
		);
	}
	return {
		write(text) {
			writeSync(fd, text);
		},
		commit() {
			closeSync(fd);
		},
		abort() {
			closeSync(fd);
		}
	};
}
