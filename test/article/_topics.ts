/**
 * Headingless test articles: eight topics of five paragraphs each, every topic with its own
 * vocabulary, so a lexical-cohesion segmenter has clear shifts to find.
 */
export const topics: ReadonlyArray<readonly string[]> = [
	[
		'The city council voted on Tuesday to approve a budget of 4.2 billion dollars, ending weeks of argument over the council budget and the mayor’s spending plan.',
		'Council members who opposed the budget said the mayor’s plan spends too much on police overtime and too little on libraries and parks.',
		'The mayor defended the budget, saying the spending plan keeps property taxes flat while hiring more teachers and bus drivers for the city.',
		'Under the approved budget, the city will borrow less than last year, and the council set aside a reserve fund for emergencies.',
		'The budget now goes back to the mayor, who is expected to sign the spending plan before the council recess begins.',
	],
	[
		'United beat Rovers three goals to one on Saturday, with the striker scoring twice in the second half of a tense football match.',
		'The goalkeeper saved a penalty early in the match, and the striker’s first goal came from a corner that the defenders failed to clear.',
		'Rovers pulled a goal back through their captain, but the striker sealed the match with a header in the final minutes.',
		'The manager praised the goalkeeper and the striker after the match, calling the football his team played the best of the season.',
		'United now sit second in the league table, two points behind the leaders, with the next match away at the league champions.',
	],
	[
		'A powerful storm brought heavy rain and winds of more than 100 kilometres an hour to the coast overnight, flooding roads and cutting power.',
		'Forecasters said the storm would move inland, with more rain and flooding expected in river valleys through the weekend.',
		'Emergency crews rescued drivers from flooded roads, and thousands of homes along the coast were still without power on Sunday.',
		'The weather service warned that rivers could burst their banks as the storm dumped rain on ground already soaked by earlier storms.',
		'Officials urged residents near the coast to stay indoors until the winds eased and the flooding began to recede.',
	],
	[
		'A vaccine against the virus cut infections by 80 percent in a trial of 30,000 volunteers, the drug company announced.',
		'Researchers running the vaccine trial said volunteers who received two doses of the vaccine were far less likely to fall ill from the virus.',
		'Side effects in the trial were mild, mostly sore arms and fevers, and no volunteer was admitted to hospital because of the vaccine.',
		'The drug company will ask regulators to approve the vaccine, and doses could reach clinics within months if the trial data holds up.',
		'Health officials cautioned that the virus is still spreading and that the vaccine trial has not yet measured how long protection lasts.',
	],
	[
		'A rocket carrying a telescope lifted off from the launch pad at dawn, sending the observatory toward an orbit far beyond the moon.',
		'Engineers cheered as the rocket’s boosters separated and the telescope unfolded its solar panels and its golden mirror in orbit.',
		'The telescope will study the first galaxies and search the atmospheres of distant planets for water, astronomers said after the launch.',
		'The launch came after years of delays, as engineers tested the telescope’s mirror and sunshield again and again before the rocket flew.',
		'Astronomers expect the first images from the telescope next summer, once the mirror cools and the instruments are calibrated in orbit.',
	],
	[
		'Shares fell sharply on Wall Street as investors worried that interest rates would keep rising, with the stock index losing 3 percent.',
		'Bank stocks led the losses, and bond yields climbed as traders bet the central bank would raise interest rates again next month.',
		'Technology shares also slid, wiping billions from the market value of the largest companies on the stock exchange.',
		'Investors sold shares and moved money into bonds and gold, and the dollar strengthened against other currencies as markets fell.',
		'Analysts said the stock market could stay volatile until inflation eases and the central bank stops raising interest rates.',
	],
	[
		'A gallery in the old harbour opened an exhibition of paintings by the painter, bringing together portraits and landscapes from private collections.',
		'The exhibition includes the painter’s early portraits of fishermen and later landscapes of the harbour painted in bold colours.',
		'Curators spent three years tracing the paintings, some of which had not been shown in a gallery since the painter’s death.',
		'Critics praised the exhibition, saying the gallery had finally given the painter the attention the portraits and landscapes deserve.',
		'The exhibition runs until spring, and the gallery expects thousands of visitors to come to the harbour to see the paintings.',
	],
	[
		'A wildfire spread across dry forest in the hills, forcing firefighters to evacuate villages as flames jumped the highway.',
		'Firefighters used helicopters and planes to drop water on the wildfire, but hot wind and dry brush pushed the flames toward more villages.',
		'The wildfire has burned more than 20,000 hectares of forest, and smoke from the fire turned the sky orange over the valley.',
		'Villagers who fled the flames waited in school gyms, unsure whether their homes in the forest had survived the wildfire.',
		'Firefighters hope cooler weather will help them contain the wildfire before the wind picks up again and drives the fire through the forest.',
	],
];

/** The first `topicCount` topics, `perTopic` paragraphs each, and where each topic starts. */
export function article(
	topicCount: number,
	perTopic: number,
): {paragraphs: string[]; topicStarts: number[]} {
	const chosen = topics.slice(0, topicCount).map((topic) => topic.slice(0, perTopic));
	const topicStarts = chosen.map((_, index) => index * perTopic);
	return {paragraphs: chosen.flat(), topicStarts};
}
