//! Words of English news that the recognisers and rules read: head words of names, titles,
//! and the capitalised words that start sentences without naming anything.

use crate::lexicon::OrgKind;
use crate::recognize::EntityType;

/// Head words that end (or, before `of`, open) an institution's name, with its kind.
pub const ORG_HEADS: &[(&str, OrgKind)] = &[
    ("University", OrgKind::University),
    // the word for university in the languages of other member states' news (Université X,
    // Universiti X, Universidad de X)
    ("Université", OrgKind::University),
    ("Universiti", OrgKind::University),
    ("Universitas", OrgKind::University),
    ("Universidad", OrgKind::University),
    ("Universidade", OrgKind::University),
    ("Universität", OrgKind::University),
    ("Università", OrgKind::University),
    ("College", OrgKind::University),
    ("School", OrgKind::University),
    ("Polytechnic", OrgKind::University),
    // (Politecnico di X: a polytechnic named in its own language, head first)
    ("Politecnico", OrgKind::University),
    ("Academy", OrgKind::Research),
    ("Institute", OrgKind::Research),
    ("Institution", OrgKind::Research),
    ("Laboratory", OrgKind::Research),
    ("Lab", OrgKind::Research),
    ("Centre", OrgKind::Research),
    ("Center", OrgKind::Research),
    ("Observatory", OrgKind::Research),
    ("Think Tank", OrgKind::ThinkTank),
    ("Ministry", OrgKind::Government),
    // (the National Treasury: a finance ministry's name in some countries)
    ("Treasury", OrgKind::Government),
    ("Administration", OrgKind::Government),
    ("Commission", OrgKind::Government),
    ("Government", OrgKind::Government),
    ("Bureau", OrgKind::Government),
    // (the Presidency of Bayland: a collective head of state)
    ("Presidency", OrgKind::Government),
    ("Department", OrgKind::Government),
    ("Office", OrgKind::Government),
    ("Division", OrgKind::Other),
    ("Faculty", OrgKind::University),
    ("Agency", OrgKind::Government),
    ("Authority", OrgKind::Government),
    ("Embassy", OrgKind::Government),
    // (the Permanent Mission of Bayland to the UN, the Mission of X to ASEAN)
    ("Mission", OrgKind::Government),
    ("Consulate", OrgKind::Government),
    // the Consulate General of X in Y: the adjective after the head is part of it
    ("Consulate General", OrgKind::Government),
    ("Consulate-General", OrgKind::Government),
    ("Secretariat", OrgKind::Other),
    ("Committee", OrgKind::Government),
    ("Council", OrgKind::Other),
    ("Association", OrgKind::Association),
    ("Federation", OrgKind::Association),
    ("Society", OrgKind::Association),
    ("Chamber", OrgKind::Association),
    ("Foundation", OrgKind::Other),
    // (the Lakeside Endowment for Peace: a fund that runs a policy institute)
    ("Endowment", OrgKind::ThinkTank),
    ("Fund", OrgKind::Other),
    ("Assembly", OrgKind::Government),
    ("Senate", OrgKind::Government),
    ("Parliament", OrgKind::Government),
    ("Majlis", OrgKind::Government),
    ("Club", OrgKind::Association),
    // (Harbour House, a publishing house: a body named as a house)
    ("House", OrgKind::Other),
    ("Union", OrgKind::Association),
    ("Company", OrgKind::Company),
    ("Corporation", OrgKind::Company),
    ("Group", OrgKind::Company),
    ("Bank", OrgKind::Company),
    ("Holdings", OrgKind::Company),
    // a Chinese company's name left in pinyin (X Jituan: X Group)
    ("Jituan", OrgKind::Company),
    ("Co.", OrgKind::Company),
    ("Ltd", OrgKind::Company),
    ("Ltd.", OrgKind::Company),
    ("Daily", OrgKind::Media),
    ("Magazine", OrgKind::Media),
    ("News Network", OrgKind::Media),
    ("News Agency", OrgKind::Media),
    // (the Bay Tourism Promotion Board: a statutory board, by what it promotes or develops)
    ("Promotion Board", OrgKind::Government),
    ("Development Board", OrgKind::Government),
    ("Investment Board", OrgKind::Government),
    ("Tourism Board", OrgKind::Government),
    // (Fundação X, Instituto X: the head in other languages opens the name)
    ("Fundação", OrgKind::Other),
    ("Fundación", OrgKind::Other),
    ("Fondation", OrgKind::Other),
    ("Fondazione", OrgKind::Other),
    ("Instituto", OrgKind::Research),
    // (other languages' words for an observatory or a library, which open the name)
    ("Observatório", OrgKind::Research),
    ("Observatorio", OrgKind::Research),
    ("Observatoire", OrgKind::Research),
    ("Biblioteca", OrgKind::Other),
    ("Bibliothèque", OrgKind::Other),
    // (the Library of the Bay Parliament: a library is a body by name)
    ("Library", OrgKind::Other),
    ("Centro", OrgKind::Research),
    ("Times", OrgKind::Media),
    ("News", OrgKind::Media),
    ("Television", OrgKind::Media),
    // (the China Higher Education Publishing House: a publisher; House alone names none)
    ("Publishing House", OrgKind::Media),
    ("Press", OrgKind::Media),
    // Lakeside First TV, the Bay National Channel, the Harbour Institute Headquarters
    ("TV", OrgKind::Media),
    ("Channel", OrgKind::Media),
    ("Headquarters", OrgKind::Other),
    ("Organization", OrgKind::Other),
    ("Organisation", OrgKind::Other),
    // a political party, a German foundation (the Bay Social Democratic Party, X-Stiftung)
    ("Party", OrgKind::Other),
    ("Stiftung", OrgKind::Other),
    // (the Marine Studies Program under the Bay Institute: a research unit, not a project)
    ("Studies Program", OrgKind::ThinkTank),
    ("Studies Programme", OrgKind::ThinkTank),
];

/// Head words of the other kinds of names.
pub const OTHER_HEADS: &[(&str, EntityType)] = &[
    ("Alliance", EntityType::Alliance),
    ("Consortium", EntityType::Alliance),
    ("Network", EntityType::Alliance),
    ("Coalition", EntityType::Alliance),
    ("League", EntityType::Alliance),
    ("Platform", EntityType::Alliance),
    // bodies that broadcasters, media or universities join (the Lotus Broadcasting Union, the
    // Bay Media Community, the Steppe-Lotus University Association)
    ("Broadcasting Union", EntityType::Alliance),
    ("Media Community", EntityType::Alliance),
    ("University Association", EntityType::Alliance),
    ("University Union", EntityType::Alliance),
    ("Universities Union", EntityType::Alliance),
    // (the 5th General Assembly of the Lotus Union: a union's or alliance's meeting)
    ("General Assembly", EntityType::Event),
    ("Universities Association", EntityType::Alliance),
    ("Forum", EntityType::Event),
    ("Summit", EntityType::Event),
    ("Conference", EntityType::Event),
    ("Expo", EntityType::Event),
    ("Exposition", EntityType::Event),
    ("Fair", EntityType::Event),
    ("Symposium", EntityType::Event),
    ("Seminar", EntityType::Event),
    ("Conclave", EntityType::Event),
    ("Colloquium", EntityType::Event),
    // (a Round Table Discussion on X, the Bay Round Table: a meeting around one table)
    ("Round Table", EntityType::Event),
    ("Table Discussion", EntityType::Event),
    // (the 15th Bay Lecture closed: a named lecture series is held as a seminar is)
    ("Lecture", EntityType::Event),
    // (the Lotus Training Programme on Ports was held: a course for trainees is held as a
    // seminar is, the Chinese 研修班)
    ("Training Programme", EntityType::Event),
    ("Training Program", EntityType::Event),
    ("Training Course", EntityType::Event),
    ("Webinar", EntityType::Event),
    ("Dialogue", EntityType::Event),
    ("Roundtable", EntityType::Event),
    ("Congress", EntityType::Event),
    ("Workshop", EntityType::Event),
    ("Festival", EntityType::Event),
    ("Week", EntityType::Event),
    // (the Bay Trade Days, the Lotus Series on Ports: a named run of meetings)
    ("Days", EntityType::Event),
    ("Series", EntityType::Event),
    ("Meeting", EntityType::Event),
    ("Ceremony", EntityType::Event),
    // (the Thematic Session on Harbour Exchanges of a forum: a named part of a meeting)
    ("Session", EntityType::Event),
    ("Games", EntityType::Event),
    ("Report", EntityType::Document),
    // (the Outcome List of the Bay Forum: the list of a meeting's results is a paper)
    ("List", EntityType::Document),
    ("Declaration", EntityType::Document),
    // (the Bay Consensus a meeting issues: the points its parties agree on)
    ("Consensus", EntityType::Document),
    ("White Paper", EntityType::Document),
    ("Plan", EntityType::Document),
    ("Agreement", EntityType::Document),
    ("Memorandum", EntityType::Document),
    ("Statement", EntityType::Document),
    ("Charter", EntityType::Document),
    ("Constitution", EntityType::Document),
    ("Roadmap", EntityType::Document),
    ("Guidelines", EntityType::Document),
    ("Treaty", EntityType::Document),
    ("Communique", EntityType::Document),
    ("Blue Book", EntityType::Document),
    // venues: a hotel or a convention centre is where an event is held, not a body
    ("Hotel", EntityType::Place),
    ("Guesthouse", EntityType::Place),
    ("Guest House", EntityType::Place),
    ("Convention Center", EntityType::Place),
    ("Convention Centre", EntityType::Place),
    ("Exhibition Center", EntityType::Place),
    ("Exhibition Centre", EntityType::Place),
    ("Conference Center", EntityType::Place),
    ("Conference Centre", EntityType::Place),
    ("Congress Hall", EntityType::Place),
    ("Stadium", EntityType::Place),
    // (talks held at the Lakeside Complex, at the Bay Palace: a building or compound)
    ("Complex", EntityType::Place),
    ("Palace", EntityType::Place),
    // divisions of a country: the Harbour Autonomous Prefecture, Bay Province
    ("Prefecture", EntityType::Place),
    ("Autonomous Prefecture", EntityType::Place),
    ("Autonomous Region", EntityType::Place),
    ("Province", EntityType::Place),
    ("Island", EntityType::Place),
    ("Islands", EntityType::Place),
    ("Oblast", EntityType::Place),
    ("Region", EntityType::Place),
    ("County", EntityType::Place),
    ("Project", EntityType::Project),
    // (the Harbour Road Initiative: a named programme of cooperation; an initiative issued jointly
    // by bodies is a text they put their names to)
    ("Initiative", EntityType::Project),
    ("Joint Initiative", EntityType::Document),
    ("Programme", EntityType::Project),
    ("Program", EntityType::Project),
    ("Corridor", EntityType::Project),
    ("Railway", EntityType::Project),
    ("Pipeline", EntityType::Project),
];

/// Think-tank words in a research body's name (Institute for Strategic Studies).
pub const THINK_TANK_WORDS: &[&str] = &["Social Sciences", "Strategic", "Studies", "Policy", "International Relations", "International Affairs", "Think Tank", "Development Research", "Global", "Eurasian"];

/// Titles before a name (President Xi …) or after it (…, president of Y).
pub const TITLES: &[&str] = &[
    "President", "Vice President", "Vice-President", "Premier", "Vice Premier", "Prime Minister", "Deputy Prime Minister", "Minister", "Deputy Minister", "Vice Minister", "Foreign Minister",
    // a portfolio written before the post (Foreign Secretary, Finance Minister)
    "Foreign Secretary", "Finance Secretary", "Commerce Secretary", "Interior Secretary", "Finance Minister", "Interior Minister", "Defence Minister", "Defense Minister", "Trade Minister", "Education Minister", "Planning Minister", "Information Minister",
    "Secretary-General", "Secretary General", "General Secretary", "Party General Secretary", "Deputy Secretary-General", "Secretary", "Ambassador", "Consul General", "Chairman", "Chairwoman", "Chairperson", "Chair", "Vice Chairman", "Director", "Director-General", "Director General", "DG", "Officer", "Research Officer",
    "Deputy Director", "Vice Director", "Vice-Director", "Executive Director", "Governor", "Vice Governor", "Mayor", "Deputy Mayor", "Vice Mayor", "Rector", "Vice-Rector", "Vice Rector", "Dean", "Professor", "Prof.", "Dr.", "Amb.",
    "Mr.", "Ms.", "Mrs.", "Chancellor", "Vice-Chancellor", "Vice Chancellor", "General Manager", "CEO", "Founder", "Head", "Chief", "Researcher", "Chief Researcher", "Senior Researcher", "Senior Fellow", "Fellow", "Research Fellow", "Senior Research Fellow", "Research Associate", "Distinguished Fellow", "Visiting Fellow", "Honorary Fellow", "Chief of Mission", "Deputy Chief of Mission", "Chief of the Mission", "Deputy Chief of the Mission", "Editor-in-Chief", "Spokesperson", "Spokesman",
    "Commissioner", "Envoy", "Special Envoy", "Academician", "Party Secretary", "Chief Executive", "Prime Minister", "Consul", "Advisor", "Adviser", "Counselor",
    "State Counselor", "State Counsellor", "Rector", "Pro-Rector", "Prorector", "Pro-Vice-Chancellor", "Provost", "Representative", "Head of State", "Inspector", "Superintendent", "Secretary of the Party Committee",
    "Chief Executive Officer", "Special Representative", "Programme Officer", "Program Officer", "Programme Manager", "Program Manager", "Programme Director", "Program Director", "Project Officer", "Project Manager", "Co-founder", "Co-Founder", "Party chief", "Party Chief", "Pro Vice-Chancellor", "Deputy Vice-Chancellor",
    "Chargé d’Affaires", "Chargé d'Affaires", "Charge d'Affaires", "Vice-Premier", "Vice-Minister",
    // (a mission's temporary head: Chargé d'Affaires ad interim)
    "Chargé d’Affaires ad interim", "Chargé d'Affaires ad interim", "Charge d'Affaires ad interim", "Charge d’Affaires ad interim",
    "Secretary of the Party Leadership Group", "Secretary of the Leading Party Members' Group", "Secretary of the Leading Party Members’ Group", "Member",
    "Speaker", "Minister-Counselor", "Minister-Counsellor", "Minister Counselor", "Counsellor",
    // a diplomatic mission's head and deputy (Deputy Head of Mission, Embassy of …)
    "Head of Mission", "Head of Missions", "Deputy Head of Mission", "Deputy Head of Missions",
    // a legislator and a religious head (Senator X, the Grand Imam of Y)
    "Senator", "Imam", "Grand Imam",
    // (a minister's title in some cabinets: Treasury Cabinet Secretary X)
    "Cabinet Secretary",
    // (an officer's rank and a military college's head: Senior Colonel X, Commandant of Y)
    "Colonel", "Brigadier", "Major General", "Lieutenant General", "Admiral", "Commandant",
    // (an envoy's full title: Ambassador Extraordinary and Plenipotentiary of X to Y)
    "Ambassador Extraordinary and Plenipotentiary",
    // one of two who chair a body or a meeting (Co-Chair of the Assembly)
    "Co-Chair", "Co-chair", "Co-Chairman", "Co-Chairperson",
    // one who coordinates a mechanism's work for a country (National Coordinator of X; a
    // Country Coordinator Meeting is a meeting's name, so no bare Coordinator)
    "National Coordinator",
    // a university's and a firm's officers (the University's Registrar X, GM X)
    "Registrar", "Manager", "GM", "Treasurer", "Bursar",
    // (A, assistant to the Bayland president, …: an aide's title)
    "Assistant", "Aide",
];

/// Whether `words` spell a title of the list, in any case and with or without hyphens
/// (vice-chancellor, Vice-president).
pub fn is_title(words: &str) -> bool {
    let plain = |t: &str| t.to_lowercase().replace('-', " ");
    TITLES.iter().any(|t| plain(t) == plain(words))
}

/// A post written as a title or in lower case (`executive director`, `Executive Director`).
pub fn is_post_in_any_case(words: &str) -> bool {
    is_post(words) || is_post(&with_capital(words))
}

/// Whether words spell a post: a title with its modifiers (Senior Research Fellow, Deputy
/// Director), with a capitalised portfolio after `for` (Special Envoy for Lakeside Affairs), or
/// two such titles joined by `and` (Vice President and Senior Research Fellow).
pub fn is_post(words: &str) -> bool {
    let one = |t: &str| {
        let t = match t.split_once(" for ") {
            Some((title, portfolio)) if portfolio.split(' ').all(|w| w == "and" || w.starts_with(char::is_uppercase)) => title,
            _ => t,
        };
        let bare = t.split(' ').skip_while(|w| TITLE_MODIFIERS.contains(&with_capital(w).as_str())).collect::<Vec<_>>().join(" ");
        is_title(t) || !bare.is_empty() && is_title(&bare)
    };
    let parts: Vec<&str> = words.split(" and ").collect();
    parts.len() <= 2 && parts.iter().all(|p| one(p))
}

/// Capitalised words that start sentences or clauses and name nothing.
pub const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "With", "By", "From", "During", "After", "Before", "Since", "As", "It", "Its", "He", "She", "They",
    "We", "Our", "His", "Her", "Their", "According", "Meanwhile", "Also", "And", "But", "However", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "AM", "Welcoming", "Welcome", "Recently", "Currently", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    // (not Jun: a common given name in pinyin, Jun Liu, as month short forms come with a dot)
    "Jan", "Feb", "Mar", "Apr", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Under", "Over", "To", "Of", "Print",
    "More", "Some", "Many", "Both", "All", "Any", "Each", "Other", "Such", "There", "Here", "When", "While", "If", "Unlike", "Like", "Despite", "Although", "Though", "Speaking", "Addressing", "Photo", "Experts", "Officials",
    "Participants", "Delegates", "Representatives", "Guests", "Attendees", "News", "Members", "Member", "Founding", "Upcoming", "Forthcoming", "Besides", "Moreover", "Furthermore", "Earlier", "Later", "Last", "Next",
    // verbs a title-case headline writes after an alliance's name (… Alliance Founded in Xi'an)
    "Founded", "Launched", "Established", "Signed", "Signs", "Unveiled", "Inaugurated", "Joins", "Joined", "Initiated", "Initiates", "Establishes",
    // (Dubbed the Bay Network, it …: a participle that opens the sentence before a name)
    "Dubbed",
    // (… and Xinhua Open the Expert Forum, … Holds Forum: a headline's verb before what it holds)
    "Opens", "Hold", "Holds", "Hosts", "Unveils", "Launches", "Forms",
    // (… Joint Statement Announced: a headline's participle after a document's name)
    "Announced", "Released", "Adopted", "Issued", "Approved",
    // (… in Central Asia and the South Caucasus Held in Tajikistan: a headline's participle)
    "Held", "Opened", "Concluded", "Concludes", "Closes", "Closed", "Kicks",
    // (… NPC Li Hua Attends the Ceremony, … Ambassador Li Hua Was Present: a headline's verb
    // ends the name before it)
    "Attends", "Attended", "Visits", "Visited", "Meets", "Met", "Celebrates", "Celebrated", "Was", "Were", "Is", "Are", "Receives", "Received", "Addresses", "Calls", "Urges", "Discuss", "Discusses",
    // a news page's labels around its article (Update Time: …, Release Date: …)
    "Update", "Updated", "Release", "Posted", "Views",
    // Malay honorifics before a name (Rector … Dato X): no part of a name, they open one
    "Dato", "Dato'", "Dato’", "Datuk", "Datin", "Tun", "Ir",
    // the same of academic and plain honorifics written without a dot (Prof Anna Berg, Mr Tom Hale)
    "Prof", "Mr", "Ms", "Mrs", "Dr", "Based", "Madam", "Madame", "Then", "Thus", "Hence", "Not",
    // a title-case headline's adverbs (… Forum Successfully Held): no word of a name
    "Successfully", "Officially", "Formally", "Grandly", "Jointly",
    // the people of a body, not its name (Staff of the X Secretariat, Students from Y)
    "Staff", "Academics", "Diplomats", "Employees",
];

/// Levels of a country's divisions, written in lower case after their name (Khorezm region).
pub const DIVISIONS: &[&str] = &["region", "province", "oblast", "district", "county", "prefecture"];

/// Words of a state's formal name (the Republic of Uzbekistan, the Kingdom of Thailand).
pub const STATE_FORMS: &[&str] = &["Republic", "Kingdom", "Sultanate", "Federation", "Commonwealth"];

/// Honorifics a person's name follows (Malaysia, Brunei; and Prof, Mr … without a dot).
/// (Ir Prof Dato’ Dr Anna Berg: Malaysian styles, the engineer’s Ir among them)
pub const HONORIFICS: &[&str] = &["Dato", "Dato'", "Dato’", "Datuk", "Datin", "Tun", "Prof", "Pr", "Mr", "Ms", "Mrs", "Dr", "Amb", "H.E", "Sir", "Dame", "Madam", "Madame", "Excellency", "Highness", "Ir"];

/// Honorifics of two words (Tan Sri, Datuk Seri): the first word alone is also a name.
pub const TWO_WORD_HONORIFICS: &[(&str, &str)] = &[("Tan", "Sri"), ("Datuk", "Seri"), ("Dato'", "Sri"), ("Dato’", "Sri"), ("Dato", "Sri"), ("Dato'", "Seri"), ("Dato’", "Seri"), ("Puan", "Sri")];

/// How many words at the start of `ws` are honorifics (Tengku Datuk Seri X: a royal title,
/// then a two-word style), which the name after them does not include.
pub fn honorific_words(ws: &[super::recognize::Word]) -> usize {
    let mut k = 0;
    loop {
        if two_word_style_at(ws, k) {
            k += 2;
        } else if ws.get(k).is_some_and(|w| is_honorific(&w.text) || ROYAL_STYLES.contains(&w.text.as_str())) {
            k += 1;
        } else {
            return k;
        }
    }
}

/// Whether a two-word honorific (Datuk Seri, Tan Sri) starts at word `k`.
pub fn two_word_style_at(ws: &[super::recognize::Word], k: usize) -> bool {
    ws.len() > k + 1 && TWO_WORD_HONORIFICS.iter().any(|(a, b)| ws[k].text == *a && ws[k + 1].text == *b)
}

/// Malay royal styles written before a name (Tengku, Tunku), read as honorifics only where
/// another honorific or the name follows them in a titled run.
pub const ROYAL_STYLES: &[&str] = &["Tengku", "Tunku"];

/// Whether a word is an honorific, with or without its dot (Prof., Dr, and Prof.Dr. written
/// as one word), and in lower case too (… (LIMS) prof. Ann Lee).
pub fn is_honorific(w: &str) -> bool {
    let bare = w.trim_end_matches('.');
    w == "Prof.Dr." || HONORIFICS.contains(&bare) || HONORIFICS.contains(&with_capital(bare).as_str())
}

/// The word with its first letter in capitals (prof → Prof, director → Director).
pub fn with_capital(w: &str) -> String {
    let mut chars = w.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// How a unit's name opens when it belongs to a body named after its last `of` (Department of X
/// of the Foreign Ministry).
pub const UNIT_LEADS: &[&str] = &["Department of ", "Bureau of ", "Office of ", "Division of "];

/// Words that may join capitalised words inside one name (`ad`: Chargé d'Affaires ad Interim).
pub const CONNECTORS: &[&str] = &["of", "for", "and", "on", "the", "de", "&", "in", "to", "under", "at", "between", "–", "-", "ad"];

/// What a body may be placed under inside its name (Institute … under the President of …).
pub const PATRONS: &[&str] = &["President", "Presidential", "Government", "Cabinet", "Ministry", "Council", "Administration", "Academy"];

/// Modifiers that may open a title (Deputy Chairman, First Vice Prime Minister).
pub const TITLE_MODIFIERS: &[&str] = &["Deputy", "Vice", "First", "Assistant", "Associate", "Associated", "Executive", "Senior", "Junior", "Acting", "Officiating", "Former", "Honorary", "Permanent", "Chief", "Second", "General", "Special", "Distinguished", "Visiting", "Adjunct", "Principal", "Leading"];

/// Bodies a report refers back to in lower case (`of this consulate`, `of the university`).
pub const BODY_NOUNS: &[&str] = &["consulate", "embassy", "university", "institute", "academy", "centre", "center", "ministry", "college", "school", "company", "association", "department", "office"];

/// Verbs of saying after (or before) a speaker.
pub const SAY: &[&str] = &["read out", "said", "says", "noted", "stressed", "added", "told", "remarked", "pointed out", "emphasized", "emphasised", "highlighted", "stated", "explained", "urged", "called for", "suggested", "believes", "expressed", "informed", "addressed", "delivered", "spoke", "underlined", "announced", "thanked", "notes", "stresses", "reported", "emphasizes", "emphasises", "points out", "reckons", "believed", "opined", "observed"];

/// ` (BRF) in `, ` (NRC/BRICS), `: a name's bracketed acronym after it is left out.
/// Sides of a country or region written before its name (Southeast China, Central Asia).
pub const COMPASS_SIDES: &[&str] = &["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Eastern", "Western", "Northern", "Southern", "Central"];

pub fn without_acronym(between: &str) -> &str {
    let Some(rest) = between.strip_prefix(" (") else { return between };
    match rest.split_once(')') {
        // (StIPS: an acronym may keep a word's lower-case letters)
        Some((acr, after)) if (2..=10).contains(&acr.len()) && acr.starts_with(|c: char| c.is_ascii_uppercase()) && acr.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2 && acr.chars().all(|c| c.is_ascii_alphabetic() || c == '-' || c == '/') => after,
        _ => between,
    }
}

/// Counts written as words (seventeen think tanks, dozens of institutes).
pub const NUMBER_WORDS: &[&str] = &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "several", "dozens", "many", "more", "over", "nearly", "about", "some"];

/// The acronym a name's words spell: each word's first letter, or the capitals that open the
/// parts of a hyphenated word, past `of`, `the` and the like (Network of Bay-Lake Think-tanks:
/// NBLT).
pub fn acronym_of(name: &str) -> String {
    let word_initials = |w: &str| {
        let capitals: String = w.split('-').filter_map(|p| p.chars().next()).filter(char::is_ascii_uppercase).collect();
        if capitals.is_empty() { w.chars().next().map(|c| c.to_ascii_uppercase()).into_iter().collect() } else { capitals }
    };
    name.split(' ').filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "on" | "in" | "at" | "to" | "")).map(word_initials).collect()
}
