import {readFileSync} from 'node:fs';

/** Waits for the process `pid` to have started a child, and returns the child's pid. */
export async function childOf(pid: number, timeout = 10_000): Promise<number> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
		if (children) return Number(children.split(' ')[0]);
		if (Date.now() > deadline) throw new Error(`process ${pid} started no child`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

/** Whether the process `pid` still exists (a zombie counts as gone). */
export function isRunning(pid: number): boolean {
	try {
		const status = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return !/^\d+ \(.*\) Z/.test(status);
	} catch {
		return false;
	}
}

/** Waits until the process `pid` has gone; returns how long that took, in milliseconds. */
export async function goneWithin(pid: number, timeout: number): Promise<number> {
	const start = Date.now();
	while (isRunning(pid)) {
		if (Date.now() - start > timeout)
			throw new Error(`process ${pid} still runs after ${timeout} ms`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	return Date.now() - start;
}

/** Waits until the process `pid` has used `seconds` of processor time, i.e. is busy working. */
export async function busyFor(pid: number, seconds: number, timeout = 20_000): Promise<void> {
	const deadline = Date.now() + timeout;
	const ticksPerSecond = 100;
	for (;;) {
		// Fields after the command name: state is the first, utime and stime the 12th and 13th.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
		const ticks = Number(fields[11]) + Number(fields[12]);
		if (ticks >= seconds * ticksPerSecond) return;
		if (Date.now() > deadline) throw new Error(`process ${pid} used only ${ticks} ticks`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}
