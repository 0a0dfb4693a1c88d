// Word lists the attribution rules share. Lower-case; compare with `word.toLowerCase()`.

function set(words: string): ReadonlySet<string> {
	return new Set(words.split(/\s+/).filter(Boolean));
}

/** Verbs of saying, in the forms news prose uses for attribution. */
const speechVerbStems = `say tell said says saying told tells telling added adds adding wrote writes written writing tweeted
	argued argues noted warned warns insisted insists ask asked asks explained explains stated
	declared declares announced announces acknowledged acknowledges recalled recalls continued
	continues described describes claimed suggested suggests admitted admits replied responded
	responds answered commented observed observes remarked stressed stresses emphasized
	emphasizes emphasised emphasises underlined underlines reaffirmed reaffirms affirmed affirms
	confirmed confirms expressed expresses predicted predicts promised pledged vowed urged urges
	demanded complained complains conceded concedes contended contends maintained maintains
	asserted asserts alleged alleges testified testifies joked quipped shouted yelled whispered
	cried exclaimed muttered boasted boasts lamented laments reported mentioned mentions charged
	countered retorted reiterated reiterates highlighted highlights condemned condemns criticized
	criticizes criticised criticises denounced denounces accused accuses blasted slammed hailed
	hails labeled labelled dubbed termed branded assured assures cautioned cautions concluded
	concludes read reads called praised praises welcomed welcomes thanked characterized
	characterizes characterised wondered recounted agreed agrees disagreed apologised
	apologized apologises apologizes`;

export const speechVerbs = set(speechVerbStems);

/** Verbs that only attribute when the speaker comes first and a quote follows closely. */
export const weakSpeechVerbs = set(`agreed agrees read reads called praised praises welcomed
	welcomes thanked reported`);

/** Words between a subject and its verb that do not change who speaks. */
export const verbModifiers = set(`also later then once previously earlier again repeatedly
	reportedly recently publicly privately quickly simply just has have had would will could
	should may might can did does do is was were be been being not never further often still
	only already initially subsequently firmly flatly bluntly famously once today yesterday
	tonight now here there`);

/** Words that end a subject noun phrase when reading backwards from a verb. */
export const clauseBoundaries = set(`and but or nor that which who whom whose while as because
	when after before since although though if where so then than whether until unless once
	said says told added also where what how why`);

/** Leading words that are not names although capitalised at a sentence start. */
export const capitalisedFunctionWords = set(`the a an he she it they we i you his her its their
	our my your this that these those but and or nor in on at for with by from to of as after
	before when while if although though because since during earlier later meanwhile however
	still yet so then there here what which who whom why how where according speaking asked
	today yesterday tomorrow last next
	mr mrs ms dr one two three some many most all both each every no not now also even just
	only another other such despite under over into through among between without within
	like unlike until instead perhaps indeed overall still`);

/** Days and months: not names at the start of a run, but `Theresa May` keeps hers. */
export const calendarWords = set(`monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december`);

/** Titles and ranks stripped from the front of a name (`Secretary of State Antony Blinken`). */
export const titleWords = set(`president president-elect vice prime minister secretary general
	attorney foreign defense defence interior finance economy health treasury state press deputy
	chief senior sen sen. senator rep rep. representative congressman congresswoman gov gov.
	governor mayor mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. professor judge justice
	chancellor ambassador spokesman spokeswoman spokesperson speaker leader majority minority
	commissioner director chairman chairwoman chair ceo executive officer gen gen. lt lt. col
	col. maj maj. capt capt. sgt sgt. adm adm. cmdr cmdr. rev rev. pope king queen prince
	princess sir dame lord lady sheikh emir crown former acting interim national security
	adviser advisor homeland affairs foreign-affairs premier councillor councilman councilwoman
	councilmember councilor alderman alderwoman assemblyman assemblywoman assemblymember supervisor
	resident witness neighbor neighbour survivor volunteer
	coroner forecaster meteorologist economist analyst researcher scientist historian physicist biologist
	epidemiologist geologist pilot firefighter paramedic nurse teacher engineer lawyer prosecutor
	novelist architect activist reporter journalist student manager goalkeeper striker midfielder
	defender winger
	coach captain sheriff detective inspector superintendent lieutenant colonel major admiral
	sergeant corporal bishop archbishop cardinal rabbi imam father sister brother dean provost
	president-elect vice-president first lady democrat republican mp`);

/** Title words too generic to stand for one person (`the former said` means nothing). */
export const genericTitleWords = set(`former acting interim senior deputy chief national state
	mr mr. mrs mrs. ms ms. miss mx mx. dr dr. sir dame lord lady first vice foreign`);

/** Nouns that make a capitalised run a body rather than a person. */
export const organisationCues = set(`kremlin house ministry department pentagon agency
	committee council commission party office government administration company inc inc. corp
	corp. ltd ltd. llc plc university college school association union police army navy
	force forces court bank foundation institute service services campaign team embassy group
	board federation league organization organisation coalition parliament senate congress
	cabinet secretariat bureau authority network news times post journal press reuters nato
	fbi cia un eu imf opec palace downing staff command guard corporation industries
	motors airlines airways hospital center centre clinic church assembly duma knesset
	commons lords fund trust society club studio studios records media television radio tv
	reuters ap afp bbc cnn nbc abc cbs fox msnbc npr tass ria interfax xinhua`);

/** Places that speak as bodies through their governments: `the city said`, `the county`. */
export const publicBodies = set(`city county town village state municipality borough district`);

/** Words that make a capitalised run a place, not a person. */
export const placeCues = set(`states kingdom republic federation emirates city county york
	east west north south island islands sea river street avenue valley coast gulf bay
	mountains strait province region peninsula united new saint st st. los san las hong
	america africa asia europe`);

/** Nouns for documents whose words a body issues: `the statement said`. */
export const documentNouns = set(`statement readout release communique communiqué transcript
	letter post tweet message announcement report filing memo notice declaration`);

/** Pronouns that can stand as the subject of a speech verb. */
export const personPronouns = set(`he she`);
export const organisationPronouns = set(`it`);
export const groupPronouns = set(`they`);

/** Common abbreviations whose full stop does not end a sentence. */
export const abbreviations = set(`mr mrs ms mx dr sen rep gov gen lt col maj capt sgt adm cmdr
	st jr sr prof rev inc corp co ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec
	u.s u.k u.n e.u d.c a.m p.m ft mt fig`);

/** Kin a story names someone by: `Her son, Peter Vollmer,` then `her son said`. */
export const relationNouns = set(`son daughter wife husband mother father brother sister widow
	widower grandson granddaughter grandmother grandfather niece nephew cousin stepson stepdaughter
	fiancé fiancée fiance fiancee partner`);

/** Nouns for people and bodies that can speak: `a senior official`, `union leaders`. */
export const roleNouns = set(`official officials spokesman spokeswoman spokesperson spokespeople
	manager managers lawyer lawyers attorney attorneys aide aides adviser advisers advisor advisors
	source sources analyst analysts economist economists expert experts resident residents witness
	witnesses driver drivers owner owners police officer officers doctor doctors nurse nurses
	teacher teachers student students protester protesters protestor protestors critic critics
	supporter supporters member members leader leaders diplomat diplomats executive executives
	investor investors researcher researchers scientist scientists worker workers father mother
	son daughter wife husband friend friends neighbour neighbours neighbor neighbors customer
	customers fan fans voter voters government ministry office department team campaign company
	agency group union committee council board court prosecutor prosecutors judge chairman
	chairwoman chair president minister secretary senator governor mayor director envoy
	ambassador organisers organizers organiser organizer representative representatives
	negotiator negotiators activist activists farmer farmers parent parents victim victims
	survivor survivors colleague colleagues partner partners employee employees staff
	administration authorities authority regulator regulators military army navy commander
	general soldier soldiers coach player players captain host hosts author editor reporter
	reporters journalist journalists historian professor engineer engineers planner planners
	editors authors writers publishers publisher
	coroner coroners investigator investigators detective detectives firefighter firefighters
	paramedic paramedics pilot pilots founder founders co-founder chef surgeon surgeons physician
	physicians lecturer strategist strategists consultant consultants pollster pollsters campaigner
	campaigners mediator mediators magistrate juror jurors landlord landlords tenant tenants
	shopkeeper shopkeepers villagers locals commuters passenger passengers pupils headteacher
	pastor priest
	inspector inspectors official spokesmen spokeswomen family relatives relative mp mps boss
	bosses gaffer skipper striker midfielder defender goalkeeper winger carrier airline firm
	insurer lender retailer maker`);
