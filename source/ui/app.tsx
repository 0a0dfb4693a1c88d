import {Box, useInput, useStdout} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {Article, Quote} from '../article/types.js';
import {ArticleView} from './components/article-view.js';
import {Header} from './components/header.js';
import {HelpOverlay} from './components/help-overlay.js';
import {QuotePanel} from './components/quote-panel.js';
import {SectionList} from './components/section-list.js';
import {StatusBar} from './components/status-bar.js';
import {TabBar} from './components/tab-bar.js';
import {TimelinePane} from './components/timeline-pane.js';
import {TooSmall} from './components/too-small.js';
import {headingText, prepareDocument} from './document.js';
import {groupHighlights, prepareQuotes, quotesInReadingOrder, spansWithin} from './highlight.js';
import type {Span} from './search.js';
import {findMatchesInSlices} from './sliced-search.js';
import {prepareTimelineOrder} from './timeline-order.js';
import {characterKey, keyName} from './key-names.js';
import {matchKey, type Context} from './keymap.js';
import type {Size} from './layout.js';
import {
	initialState,
	paneOrder,
	reduce,
	sectionInView,
	viewHeight,
	type Action,
	type ListPane,
	type Pane,
	type ReaderState,
} from './state.js';
import {themeFor} from './theme.js';

/** What the app asks of whoever runs it: quitting and suspending are theirs to do. */
export type AppProps = {
	readonly article: Article;
	readonly color: boolean;
	/** The state to start from (after a suspend); a fresh one when absent. */
	readonly initial?: ReaderState;
	readonly onExit: (code: number) => void;
	readonly onSuspend?: () => void;
	/** Called with every new state, so a remount can continue where the reader was. */
	readonly onState?: (state: ReaderState) => void;
	/**
	 * When `article` is a preview: builds the whole article, reporting progress (0 to 1). It is
	 * called after the first frame; the preview is shown, with the progress, until it resolves.
	 * Whoever runs the app owns the build and stops it on exit.
	 */
	readonly load?: (onProgress: (progress: number) => void) => Promise<Article>;
};

function contextOf(state: ReaderState): Context {
	if (state.overlay) return 'help';
	if (state.search.prompt !== null) return 'prompt';
	return state.focus === 'article' || state.layout.tier === 'tiny' ? 'article' : 'list';
}

/** The reader: one reducer, one input handler driven by the keymap, panes drawn from state. */
export function App({article, color, initial, onExit, onSuspend, onState, load}: AppProps) {
	const {stdout} = useStdout();
	const [state, setState] = useState(
		() =>
			initial ?? initialState(article, stdout.columns || 80, stdout.rows || 24, load ? 0 : null),
	);
	// Keys can arrive faster than React renders: each one must see the state the last one left.
	const latest = useRef(state);
	const dispatch = useCallback((action: Action) => {
		const next = reduce(latest.current, action);
		if (next !== latest.current) {
			latest.current = next;
			setState(next);
		}
	}, []);
	useEffect(() => onState?.(state), [state, onState]);

	useEffect(() => {
		const onResize = () =>
			dispatch({type: 'resize', columns: stdout.columns || 80, rows: stdout.rows || 24});
		stdout.on('resize', onResize);
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, dispatch]);

	useEffect(() => {
		if (!load || latest.current.loading === null) return;
		let mounted = true;
		// Progress redraws the panes: once a percent is enough.
		let shown = -1;
		const onProgress = (progress: number) => {
			const percent = Math.floor(progress * 100);
			if (mounted && percent > shown) {
				shown = percent;
				dispatch({type: 'progress', loading: progress});
			}
		};
		const stopped = new AbortController();
		// Started on the next turn of the event loop, after the first frame is out.
		const timer = setTimeout(() => {
			load(onProgress)
				.then(async (full) => {
					// Indexed and ordered in slices first, so that showing it does not hold up keys.
					await prepareDocument(full, latest.current.document.width, stopped.signal);
					await prepareTimelineOrder(full, stopped.signal);
					await prepareQuotes(full, stopped.signal);
					if (mounted) dispatch({type: 'loaded', article: full});
				})
				.catch((error: unknown) => {
					// Stopped on exit, there is nothing left to show it to; else the reader says why.
					if (mounted && !stopped.signal.aborted) {
						const reason = error instanceof Error ? error.message : String(error);
						dispatch({type: 'failed', reason: reason.split('\n')[0] ?? ''});
					}
				});
		}, 0);
		return () => {
			mounted = false;
			stopped.abort();
			clearTimeout(timer);
		};
	}, [load, dispatch]);

	// A long article resized is shown at once, wrapped near the reading place, and indexed at the
	// new width in slices; then the exact document takes the provisional one's place.
	const {document} = state;
	useEffect(() => {
		if (!document.provisional) return;
		const stopped = new AbortController();
		prepareDocument(latest.current.article, document.width, stopped.signal)
			.then(() => dispatch({type: 'rewrapped'}))
			.catch(() => {
				// Stopped: resized again, or the reader quit.
			});
		return () => stopped.abort();
	}, [document, dispatch]);

	// A long article's search runs in slices; a new search, or the article's swap, restarts it.
	const {searching} = state.search;
	useEffect(() => {
		if (!searching) return;
		const {article, search} = latest.current;
		const stopped = new AbortController();
		findMatchesInSlices(
			article,
			search.query,
			searching.from,
			(matches, done) => dispatch({type: 'matches', article, query: search.query, matches, done}),
			stopped.signal,
		).catch(() => {
			// Stopped: the search was replaced or cleared, or the reader quit.
		});
		return () => stopped.abort();
	}, [searching, dispatch]);

	const handleKey = (input: string, name: string, typed: boolean) => {
		const current = latest.current;
		const context = contextOf(current);
		const match = matchKey(context, current.pending, name);
		if (match.kind === 'pending') {
			dispatch({type: 'pending', keys: match.sequence});
			return;
		}
		if (match.kind === 'none') {
			if (context === 'prompt' && typed) {
				dispatch({type: 'type', text: input});
			} else if (current.pending.length > 0) {
				dispatch({type: 'pending', keys: []});
			}
			return;
		}
		switch (match.binding.command) {
			case 'quit':
				onExit(0);
				return;
			case 'interrupt':
				onExit(130);
				return;
			case 'suspend':
				onSuspend?.();
				return;
			case 'section-by-number':
				dispatch({type: 'section', number: Number(name)});
				return;
			default:
				dispatch({type: 'command', command: match.binding.command});
		}
	};

	useInput((input, key) => {
		const special = Object.entries(key).some(([flag, on]) => on && flag !== 'shift');
		if (!special && Array.from(input).length > 1) {
			// Several keys in one read (fast typing, a paste): each is read in turn.
			for (const character of Array.from(input)) {
				const name = characterKey(character);
				handleKey(character, name, name === character);
			}
			return;
		}
		handleKey(input, keyName(input, key), !special && input !== '');
	});

	const theme = useMemo(() => themeFor(color), [color]);
	// The quotes in reading order; only those in view become spans.
	const quotes = quotesInReadingOrder(state.article);

	const {layout} = state;
	if (layout.tier === 'tiny') {
		return <TooSmall columns={layout.columns} />;
	}
	const section = sectionInView(state);
	const height = viewHeight(state);
	const lines = state.document.slice(state.top, state.top + height);
	const {search, mark} = state;
	const currentMatch = search.matches[search.current];
	// Only the spans of the lines in view: a long article has hundreds of thousands.
	const inView = <Item extends Span | Quote>(items: readonly Item[]) =>
		lines.length === 0 ? [] : spansWithin(items, lines[0]!, lines.at(-1)!);
	const quoteSpans = inView(quotes).map((quote) => ({
		section: quote.section,
		paragraph: quote.paragraph,
		offset: quote.offset,
		length: quote.text.length,
	}));
	const highlights = groupHighlights([
		{spans: quoteSpans, emphasis: 'quote'},
		{spans: inView(search.matches), emphasis: 'match'},
		{spans: mark ? [mark] : [], emphasis: 'mark'},
		{spans: currentMatch ? [currentMatch] : [], emphasis: 'current'},
	]);
	const total = state.document.length;
	const percent = total <= height ? 100 : Math.round((state.top / (total - height)) * 100);
	const listProps = (pane: ListPane, size: Size) => ({
		article: state.article,
		loading: state.loading,
		selected: state.selected[pane],
		focused: state.focus === pane,
		size,
		theme,
	});
	const paneView = (pane: Pane, size: Size) => {
		switch (pane) {
			case 'sections':
				return <SectionList key={pane} {...listProps(pane, size)} />;
			case 'quotes':
				return <QuotePanel key={pane} {...listProps(pane, size)} />;
			case 'timeline':
				return <TimelinePane key={pane} {...listProps(pane, size)} />;
			case 'article':
				return (
					<ArticleView
						key={pane}
						title={
							state.article.sections.length > 0 ? headingText(state.article, section) : 'Article'
						}
						lines={lines}
						highlights={highlights}
						focused={state.focus === 'article'}
						size={size}
						theme={theme}
					/>
				);
		}
	};

	let body;
	if (state.overlay === 'help') {
		body = <HelpOverlay layout={layout} top={state.helpTop} theme={theme} />;
	} else if (layout.tier === 'wide') {
		body = (
			<Box flexDirection="row" height={layout.bodyHeight}>
				{paneView('sections', layout.side!)}
				{paneView('article', layout.article)}
				<Box flexDirection="column" width={layout.quotes!.width}>
					{paneView('quotes', layout.quotes!)}
					{paneView('timeline', layout.timeline!)}
				</Box>
			</Box>
		);
	} else if (layout.tier === 'medium') {
		body = (
			<Box flexDirection="row" height={layout.bodyHeight}>
				{paneView(state.side, layout.side!)}
				{paneView('article', layout.article)}
			</Box>
		);
	} else {
		const labels = {
			article: 'Article',
			sections: 'Sections',
			quotes: `Quotes ${state.article.quotes.length}`,
			timeline: `Timeline ${state.article.timeline.length}`,
		};
		body = (
			<Box flexDirection="column" height={layout.bodyHeight}>
				<TabBar focus={state.focus} labels={labels} order={paneOrder} columns={layout.columns} />
				{paneView(state.focus, layout.article)}
			</Box>
		);
	}
	return (
		<Box
			flexDirection="column"
			width={layout.columns}
			height={layout.frameHeight}
			overflow="hidden"
		>
			<Header article={state.article} columns={layout.columns} />
			{body}
			<StatusBar
				section={section}
				sections={state.article.sections.length}
				percent={percent}
				loading={state.loading}
				failed={state.failed}
				search={state.search}
				pending={state.pending}
				columns={layout.columns}
			/>
		</Box>
	);
}
