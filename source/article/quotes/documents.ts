import {documentNouns} from './vocabulary.js';

/**
 * Phrases naming a document rather than a speaker. Each pattern's first group is the issuer:
 * `a statement from X`, `X’s readout`, `a Kremlin statement`; `the statement` names none.
 */
const documents = [...documentNouns].join('|');

export const documentFrom = new RegExp(
	`^(?:[\\p{L}-]+\\s+){0,3}?(?:${documents})s?\\s+(?:from|by|issued by|released by|of)\\s+(.+)$`,
	'iu',
);

export const documentOfOwner = new RegExp(
	`^(.+?)(?:’s|'s|’|')\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${documents})$`,
	'iu',
);

export const documentOfNamed = new RegExp(
	`^(?:a|an|the)\\s+(.*\\p{Lu}.*?)\\s+(?:joint\\s+)?(?:${documents})$`,
	'u',
);

export const documentBare = new RegExp(
	`^(?:the|this|that|a|an|its|their|his|her|one|another)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${documents})$`,
	'iu',
);

/** What a person's words are called: `Ushakov’s comments said` → Ushakov. */
export const contentNouns =
	/^(?:[\p{Ll}-]+\s+)?(?:comments|remarks|words|testimony|speech|address|response|reply|answer|account|argument|message|tweet|post|interview)$/u;
