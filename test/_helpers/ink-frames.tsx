import chalk from 'chalk';
import {Box, render, Text} from 'ink';
import type {ReactElement} from 'react';
import {buildArticle} from '../../source/article/article.js';
import {App} from '../../source/ui/app.js';
import {FakeTerminalIn, FakeTerminalOut} from './fake-terminal.js';

/** What Ink writes drawing `tree` at `columns` × `rows`, escape codes and all. */
function frameOf(tree: ReactElement, columns: number, rows: number): string {
	const stdout = Object.assign(new FakeTerminalOut(), {columns, rows});
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new FakeTerminalOut() as unknown as NodeJS.WriteStream,
		stdin: new FakeTerminalIn() as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	instance.unmount();
	return stdout.output;
}

const article = buildArticle(
	[
		'# “Quoted” headline — with a dash',
		'',
		'## Opening',
		'',
		'The mayor said on Monday: “We will open the new bridge in March.” Critics disagreed…',
		'',
		'Straße, naïve café, Ελλάδα, Москва, 東京 and 👍🏽 and e\u0301 sit side by side.',
		'',
		'## Later',
		'',
		'“It is a good day,” said Ana Silva, the city’s engineer, on 4 May 2021.',
	].join('\n'),
	{format: 'markdown'},
);

/**
 * Frames that exercise what Ink draws: borders, clipped boxes (text inside, crossing and
 * outside a clip), nested styles, wide and joining characters, and the reader itself. The same
 * frames from the bundled Ink (with the edits of build.js) must be identical to these.
 */
export function inkFrames(): string[] {
	chalk.level = 1;
	// Escape codes Ink keeps (colour) and drops (screen clearing, a C1 CSI) as it draws text.
	const escapes =
		'raw \u001B[31mred\u001B[0m \u001B[1;4mbold\u001B[22;24m \u001B[2Jclear \u009B5m c1 \u001B]8;;x\u0007link\u001B]8;;\u0007';
	const mixed = 'ASCII “curly” ‘single’ — … ─│╭╮ ▸ Aあいうえお 👍🏽 e\u0301 ☃ ©';
	return [
		frameOf(<App article={article} color onExit={() => {}} />, 120, 30),
		frameOf(<App article={article} color={false} onExit={() => {}} />, 60, 16),
		frameOf(
			<Box flexDirection="column" width={30} borderStyle="round" borderColor="green">
				<Box width={20} overflow="hidden" flexDirection="column">
					<Box width={50} flexShrink={0}>
						<Text>{mixed}</Text>
					</Box>
					<Box marginLeft={-3} width={40} flexShrink={0}>
						<Text color="red">
							left cut <Text bold>bold “in”</Text> tail
						</Text>
					</Box>
					<Text>fits “here”</Text>
					<Text inverse>inverse — text</Text>
				</Box>
				<Text wrap="wrap">
					<Text underline>under</Text> plain {mixed} <Text color="magenta">end</Text>
				</Text>
				<Text wrap="truncate">{mixed.repeat(3)}</Text>
				<Text>{escapes}</Text>
			</Box>,
			40,
			20,
		),
	];
}
