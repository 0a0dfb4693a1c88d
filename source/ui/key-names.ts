import type {Key} from './keymap.js';

// How terminal input becomes the key names the keymap is written in.

/** The key name for Ink's `useInput` arguments. */
export function keyName(
	input: string,
	key: {
		upArrow?: boolean;
		downArrow?: boolean;
		leftArrow?: boolean;
		rightArrow?: boolean;
		pageUp?: boolean;
		pageDown?: boolean;
		home?: boolean;
		end?: boolean;
		return?: boolean;
		escape?: boolean;
		tab?: boolean;
		shift?: boolean;
		ctrl?: boolean;
		backspace?: boolean;
		delete?: boolean;
	},
): Key {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'escape';
	if (key.tab) return key.shift ? 'shift-tab' : 'tab';
	// Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl && input.length === 1) return `ctrl-${input.toLowerCase()}`;
	if (input === ' ') return 'space';
	return input;
}

/** The key name for one character of a multi-key read. */
export function characterKey(character: string): Key {
	if (character === '\r' || character === '\n') return 'enter';
	if (character === '\t') return 'tab';
	if (character === '\u007F' || character === '\b') return 'backspace';
	if (character === '\u001B') return 'escape';
	if (character === ' ') return 'space';
	const code = character.codePointAt(0) ?? 0;
	if (code >= 1 && code <= 26) return `ctrl-${String.fromCodePoint(code + 96)}`;
	return character;
}
