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

/** Whether a phrase speaks of a document at all: `statement`, `readout`, `tweet`. */
export const documentWord = new RegExp(`(?:${documents})`, 'i');

/**
 * Who a document phrase names as its issuer: the owner's words (`a statement from X` → `X`),
 * `bare` for a document of no one named (`the statement`), or null when it is no document.
 */
export function documentOwner(text: string): string | 'bare' | null {
	if (!documentWord.test(text)) return null;
	const owner = documentFrom.exec(text) ?? documentOfOwner.exec(text) ?? documentOfNamed.exec(text);
	if (owner) return owner[1]!;
	return documentBare.test(text) ? 'bare' : null;
}
