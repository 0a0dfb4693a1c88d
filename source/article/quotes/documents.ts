import {documentNouns} from './vocabulary.js';

/**
 * Phrases naming a document rather than a speaker. Each pattern's first group is the issuer:
 * `a statement from X`, `X’s readout`, `a Kremlin statement`; `the statement` names none.
 */
const documents = [...documentNouns].join('|');

export const documentFrom = new RegExp(
	`^(?:\\S+\\s+){0,3}?(?:${documents})s?\\s+(?:from|by|issued by|released by|of)\\s+(.+)$`,
	'i',
);

export const documentOfOwner = new RegExp(
	`^(.+?)(?:’s|'s|’|')\\s+(?:\\S+\\s+){0,2}?(?:${documents})$`,
	'i',
);

export const documentOfNamed = new RegExp(
	`^(?:a|an|the)\\s+(.*[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я].*?)\\s+(?:joint\\s+)?(?:${documents})$`,
	'u',
);

export const documentBare = new RegExp(
	`^(?:the|this|that|a|an|its|their|his|her|one|another)\\s+(?:\\S+\\s+){0,2}?(?:${documents})$`,
	'i',
);

/** What a person's words are called: `Ushakov’s comments said` → Ushakov. */
export const contentNouns =
	/^(?:[a-zß-öø-ÿĀ-ɏά-ώа-џ-]+\s+)?(?:comments|remarks|words|testimony|speech|address|response|reply|answer|account|argument|message|tweet|post|interview)$/u;
