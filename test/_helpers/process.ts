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
