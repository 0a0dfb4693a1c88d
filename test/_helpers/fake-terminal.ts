import {EventEmitter} from 'node:events';

/** A terminal's output side for in-process reader tests: a size, and everything written. */
export class FakeTerminalOut extends EventEmitter {
	readonly isTTY = true;
	columns = 100;
	rows = 30;
	output = '';
	write(chunk: string, callback?: () => void) {
		this.output += chunk;
		callback?.();
		return true;
	}
}

/** A terminal's input side: raw mode is recorded, keys and end of input are emitted by tests. */
export class FakeTerminalIn extends EventEmitter {
	readonly isTTY = true;
	raw = false;
	setRawMode(raw: boolean) {
		this.raw = raw;
		return this;
	}
	setEncoding() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read() {
		return null;
	}
}
