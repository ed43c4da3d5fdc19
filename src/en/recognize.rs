//! Mentions in English text: runs of capitalised words (joined by `of`, `for`, `and` …)
//! read by their head word, titles before and after personal names, and the lexicons'
//! English names of countries, places and well-known organisations.

use super::names::EnNames;
use super::pinyin;
use super::words::{without_acronym, BODY_NOUNS, CONNECTORS, DIVISIONS, HONORIFICS, NOT_NAMES, STATE_FORMS, ORG_HEADS, OTHER_HEADS, PATRONS, SAY, THINK_TANK_WORDS, TITLES, TITLE_MODIFIERS};
use crate::lexicon::{Lexicon, OrgKind};
use crate::normalize::NormText;
use crate::recognize::{EntityType, LexRef, Mention};
use crate::segment::{BlockKind, Layout};

/// A word of a sentence: a run of letters, digits, apostrophes, hyphens and inner dots.
#[derive(Debug, Clone)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

pub fn words(chars: &[char], start: usize, end: usize) -> Vec<Word> {
    let inner = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '&');
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        // a spaced dash (Central Asia – China) is a word of its own: it may join a name
        // (BAYNEWS.VN - Bayland’s President …: a hyphen set off by spaces is such a dash)
        if matches!(chars[i], '–' | '—' | '-') && i > start && chars[i - 1] == ' ' && chars.get(i + 1) == Some(&' ') {
            out.push(Word { start: i, end: i + 1, text: "–".into() });
            i += 1;
            continue;
        }
        if !inner(chars[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        // an inner dot only in initials (U.S.), not between two words glued by a lost space
        let initial_dot = |j: usize| chars[j] == '.' && j + 1 < end && chars[j + 1].is_alphabetic() && !chars[j + 1].is_lowercase() && (j < 2 || !chars[j - 2].is_alphabetic());
        // (10+1, C5+1: a format of countries joined by a plus is one word)
        let plus = |j: usize| chars[j] == '+' && j > i && chars[j - 1].is_ascii_digit() && chars.get(j + 1).is_some_and(char::is_ascii_digit);
        // China–Central Asia: a dash between letters joins them
        // (not a dash glued before a lower-case word: Bolivia—attended opens an aside's end)
        let inner_dash = |j: usize| matches!(chars[j], '–' | '—') && j + 1 < end && chars[j + 1].is_alphabetic() && !chars[j + 1].is_lowercase() && j > i && chars[j - 1].is_alphabetic();
        // (US$5 million, HK$3: a currency's sign glued to a country's letters makes one word)
        let currency = |j: usize| chars[j] == '$' && j > i && chars[j - 1].is_ascii_uppercase() && chars.get(j + 1).is_some_and(char::is_ascii_digit);
        // (Bay Point News-August 28th: a date glued to a name by a hyphen is no part of it)
        let dated = |j: usize| chars[j] == '-' && MONTHS.iter().any(|m| crate::scan::starts_with_at(chars, j + 1, end, m) && chars.get(j + 1 + m.len()).is_none_or(|c| !c.is_alphabetic()));
        while j < end && (inner(chars[j]) || initial_dot(j) || inner_dash(j) || plus(j) || currency(j)) && !lost_space_at(chars, i, j, end) && !(j > i && participle_after(chars, j, end)) && !(j > i && dated(j)) {
            j += 1;
        }
        // U.S., Dr., Co., the initial of D. Smith: a short capitalised word keeps its final dot
        let text: String = chars[i..j].iter().collect();
        let capital_after = chars.get(j + 1) == Some(&' ') && chars.get(j + 2).is_some_and(|c| c.is_uppercase());
        let initial = (text.chars().count() == 1 && text.chars().all(char::is_uppercase) || super::digraph_initial(chars, i, &text)) && capital_after;
        // (N.Halimov. ends a sentence: a name after an initial keeps no full stop; U.S. does)
        let initials_only = text.contains('.') && text.split('.').all(|p| p.chars().count() <= 2);
        if j < end && chars[j] == '.' && (initial || initials_only || matches!(text.as_str(), "Dr" | "Mr" | "Ms" | "Mrs" | "Prof" | "prof" | "Amb" | "Co" | "St" | "Ltd" | "Inc" | "Md" | "Mohd" | "Muhd" | "Sk")) {
            j += 1;
        }
        out.push(Word { start: i, end: j, text: chars[i..j].iter().collect() });
        i = j;
    }
    out
}

const MONTHS: &[&str] = &["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// `Founding Assembly`, `Founding Ceremony` at `k`: the meeting that founds a body.
fn founding_meeting(ws: &[Word], k: usize) -> bool {
    ws[k].text == "Founding" && ws.get(k + 1).is_some_and(|w| matches!(w.text.as_str(), "Ceremony" | "Meeting" | "Conference" | "Congress" | "Assembly"))
}

/// Amsterdam-based, Beijing-headquartered, state-run: the name before the hyphen is a word
/// of its own.
fn participle_after(chars: &[char], j: usize, end: usize) -> bool {
    const PARTICIPLES: &[&str] = &["based", "headquartered", "backed", "funded", "owned", "run", "led"];
    chars[j] == '-' && PARTICIPLES.iter().any(|p| {
        let k = j + 1 + p.len();
        k <= end && chars[j + 1..k].iter().copied().eq(p.chars()) && chars.get(k).is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Words glued by a space lost in the source (theSerial, PresidentWang, UASRwas,
/// XJTUPresident): a new word starts at `j` of the word that starts at `i`.
fn lost_space_at(chars: &[char], i: usize, j: usize, end: usize) -> bool {
    const GLUED: &[&str] = &["was", "were", "is", "are", "and", "in", "of", "the", "has", "have", "will", "at", "on"];
    if j < i + 2 || !chars[j].is_alphabetic() {
        return false;
    }
    let (prev, c) = (chars[j - 1], chars[j]);
    // lower then upper, after two lower letters at least (not McKinsey's Mc, not iPhone's i)
    if prev.is_lowercase() && c.is_uppercase() {
        // (CityU, PolyU: one capital closing the word is a short form's, no glued word)
        if chars.get(j + 1).is_none_or(|n| !n.is_alphabetic()) {
            return false;
        }
        // (ThayNinGa: a name of several humps is written so, not glued)
        let right: Vec<char> = chars[j..end].iter().copied().take_while(|c| c.is_alphabetic()).collect();
        let humped = right.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase());
        return !humped && chars[j - 2].is_lowercase() && (j < i + 3 || !chars[i].is_uppercase() || chars[j - 3].is_lowercase());
    }
    // the rest needs a run of capitals before j: most words end the test here
    if !prev.is_uppercase() {
        return false;
    }
    let caps = (i..j).all(|k| chars[k].is_uppercase());
    if !caps || j - i < 3 {
        return false;
    }
    let tail: String = chars[j..end].iter().take_while(|c| c.is_alphabetic()).collect();
    if c.is_lowercase() {
        // UASRwas: an acronym and a short word after it
        return GLUED.contains(&tail.as_str());
    }
    // XJTUPresident: the last capital starts a capitalised word
    let rest: String = chars[j + 1..end].iter().take_while(|c| c.is_alphabetic()).collect();
    j - i >= 3 && rest.chars().count() >= 2 && rest.chars().all(|c| c.is_lowercase()) && !GLUED.contains(&rest.as_str())
}

fn capitalised(w: &str) -> bool {
    // (Chargé d’Affaires, Côte d'Ivoire: a French elided article before a capital is part of the name)
    let elided = w.strip_prefix("d’").or_else(|| w.strip_prefix("d'"));
    // (9+1 Harbour Network: a format of countries opens a name as a capital does)
    let format = w.split_once('+').is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && b.chars().all(|c| c.is_ascii_digit()) && a.chars().last().is_some_and(|c| c.is_ascii_digit()));
    w.chars().next().is_some_and(|c| c.is_uppercase()) || elided.is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase)) || format
}

/// Ordinals in words, lower case (`the second meeting of`, `7th virtual conference` aside).
pub(super) const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/// An ordinal in lower-case words or in digits with its suffix (`second`, `7th`, `21st`).
pub(super) fn is_ordinal(w: &str) -> bool {
    ORDINALS.contains(&w) || ["st", "nd", "rd", "th"].iter().filter_map(|x| w.strip_suffix(x)).any(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

fn year_or_ordinal(w: &str) -> bool {
    let digits = w.chars().take_while(|c| c.is_ascii_digit()).count();
    // (Action Plan 2025-29, Strategy 2021-2025: a span of years)
    let span = digits == 4 && w[4..].strip_prefix('-').is_some_and(|y| matches!(y.len(), 2 | 4) && y.chars().all(|c| c.is_ascii_digit()));
    span || digits > 0 && (digits == w.chars().count() && digits == 4 || ["st", "nd", "rd", "th"].contains(&&w[digits..]))
        || ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"].contains(&w)
}

/// Recognise all mentions of an English article.
pub fn recognize(lex: &Lexicon, norm: &NormText, layout: &Layout) -> Vec<Mention> {
    let names = EnNames::of(lex);
    let mut out = Vec::new();
    // capitalised runs no rule named, for lists that name bodies of one kind around them
    let mut unnamed: Vec<Mention> = Vec::new();
    // each sentence's words, read once for the runs below and for the passes after them
    let sentence_words: Vec<Vec<Word>> = layout.sentences.iter().map(|s| words(&norm.chars, s.start, s.end)).collect();
    for (si, s) in layout.sentences.iter().enumerate() {
        // (a photo's caption and credit name nothing the report states; nor do the page's
        // furniture, related stories and footers)
        if matches!(s.kind, BlockKind::Byline | BlockKind::Credit | BlockKind::Furniture) {
            continue;
        }
        let ws = &sentence_words[si];
        out.extend(dateline(lex, names, norm, ws, si));
        let mut i = 0;
        while i < ws.len() {
            // (In 2015 Prof. Tom Hale met …: a year before an honorific opens no name with it)
            if year_or_ordinal(&ws[i].text) && ws.get(i + 1).is_some_and(|w| super::words::is_honorific(&w.text)) {
                i += 1;
                continue;
            }
            let Some(j) = chunk_end(names, &norm.chars, &ws, i) else {
                i += 1;
                continue;
            };
            if let Some(k) = lower_case_alliance_end(&ws, i, j) {
                let from = countries_listed_before(names, &norm.chars, &ws, after_title_of(&ws, i, j));
                out.push(mention(EntityType::Alliance, norm, &ws[from..k], si, "alliance.en-lower-case-head"));
                i = k;
                continue;
            }
            if let Some(m) = lower_case_project(names, norm, &ws, i, j, si) {
                out.push(m);
                i = j;
                continue;
            }
            if capital_before(names, &norm.chars, &ws, i, j) {
                out.push(mention(EntityType::Place, norm, &ws[i..j], si, "place.en-capital-of"));
                i = j;
                continue;
            }
            if let Some(k) = lower_case_place_end(lex, names, &ws, i, j) {
                out.push(mention(EntityType::Place, norm, &ws[i..k], si, "place.en-lower-case-level"));
                i = k;
                continue;
            }
            // (minister Tom Hale of the Lotus Ministry: a lower-case title, then a name and its body)
            if let Some((k, body)) = lower_title_before(&ws, i).and_then(|_| name_then_of_body(names, norm, &ws[i..j])) {
                out.push(person(norm, &ws[i..i + k], si, "person.after-title"));
                classify(lex, names, norm, body, si, &mut out);
                i = j;
                continue;
            }
            // (ambassador to Bayland Tom Hale: the country an envoy is sent to, then his name)
            if let Some(c) = envoy_country_then_name(names, norm, &ws, i, j) {
                classify(lex, names, norm, &ws[i..i + c], si, &mut out);
                out.push(person(norm, &ws[i + c..j], si, "person.en-envoy-to-country"));
                i = j;
                continue;
            }
            // (Tom Hale of Lakeside University said …: a person's name, then the body he is of)
            if let Some((k, body)) = person_of_body(names, norm, &ws, i, j) {
                out.push(person(norm, &ws[i..i + k], si, "person.en-name-of-body"));
                classify(lex, names, norm, body, si, &mut out);
                i = j;
                continue;
            }
            let before = out.len();
            classify(lex, names, norm, &ws[i..j], si, &mut out);
            person_by_context(names, norm, &ws, i, j, si, &mut out);
            let named = out[before..].iter().any(|m| !matches!(m.ty, EntityType::Country | EntityType::Place) || m.start == ws[i].start && m.end == ws[j - 1].end);
            if !named {
                unnamed.push(mention(EntityType::Organization, norm, &ws[i..j], si, "org.en-listed-with-bodies"));
            }
            i = j;
        }
    }
    places_in_addresses(names, norm, &sentence_words, &mut out);
    cities_before_their_country(names, norm, &sentence_words, &mut out);
    bodies_represented(norm, &sentence_words, &mut out);
    landforms(norm, &sentence_words, &mut out);
    towns_where_it_was_done(lex, names, norm, &sentence_words, &mut out);
    out.extend(listed_with_bodies(norm, &out, unnamed));
    places_listed_with_places(norm, &sentence_words, &mut out);
    places_called_by_their_kind(norm, &sentence_words, &mut out);
    places_between_a_body_and_its_region(norm, &sentence_words, &mut out);
    bodies_of_a_country_after_titles(names, norm, &sentence_words, &mut out);
    known_bodies_in_lower_case(lex, names, norm, layout, &mut out);
    legal_forms_after_commas(norm, &mut out);
    pinyin_names_in_title_case(&mut out);
    acronyms_with_titled_possessives(names, norm, &sentence_words, &mut out);
    no_alias_he(&mut out);
    party_organs_of_bodies(norm, &mut out);
    organs_after_bodies(norm, &mut out);
    bodies_behind_their_boards(norm, &mut out);
    ministries_behind_their_departments(norm, &mut out);
    workshops_built(norm, &mut out);
    listed_people(names, norm, layout, &mut out);
    // (Rector Prof.Dr. X, Chairman of LU's Board of Trustees: honorifics and a body's board
    // name no person)
    out.retain(|m| m.ty != EntityType::Person || !names_no_person(&m.label));
    // (his Lakeview House office: a house before a word for rooms is a building, no body)
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization && m.label.ends_with(" House")) {
        let after: String = norm.chars[m.end..norm.chars.len().min(m.end + 10)].iter().collect();
        if [" office", " building", " offices"].iter().any(|w| after.starts_with(w)) {
            m.ty = EntityType::Place;
            m.kind = None;
        }
    }
    think_tanks_by_company(norm, &mut out);
    ceremonies_in_lower_case(norm, &mut out);
    quoted_events(norm, layout, &mut out);
    whole_quoted_documents(norm, &mut out);
    named_after_a_person(norm, &mut out);
    without_their_country(names, &mut out);
    dashed_countries(lex, names, norm, layout, &mut out);
    // (the dateline's dash first: the body's initials are read from its name without it)
    past_dateline_dash(norm, &mut out);
    // (the alliance a meeting is of, first: an acronym after both names it)
    alliances_named_in_meetings(&mut out);
    bodies_officially_known_as(norm, &mut out);
    bodies_named_again_in_apposition(norm, &mut out);
    acronyms(lex, names, norm, layout, &mut out);
    two_fields_joined_by_and(names, norm, &mut out);
    quoted_fields_in_names(norm, &mut out);
    bodies_behind_their_units(norm, &mut out);
    bodies_known_by_acronym(names, norm, layout, &mut out);
    no_person_named_by_a_body_s_acronym(&mut out);
    meetings_named_after_a_title(norm, &mut out);
    persons_without_leading_titles(norm, &mut out);
    countries_glued_after_names(lex, names, norm, &mut out);
    no_person_named_by_title_words(&mut out);
    names_around_their_acronym(norm, &sentence_words, &mut out);
    ordinal_in_lower_case(norm, &mut out);
    meetings_of_bodies_in_lower_case(norm, &mut out);
    ordinal_meetings_of_bodies(norm, &mut out);
    bodies_ordinal_meetings(norm, &mut out);
    names_before_bracketed_titles(names, norm, &sentence_words, &mut out);
    acronyms_listed_as_bodies(norm, &sentence_words, &mut out);
    acronyms_after_posts(norm, &sentence_words, &mut out);
    acronyms_joining_bodies(names, norm, &sentence_words, &mut out);
    fields_listed_after_for(names, norm, &mut out);
    bodies_listed_after_including(lex, names, norm, &sentence_words, &mut out);
    bodies_described_after_their_name(names, norm, &sentence_words, &mut out);
    universities_listed_before_their_head(names, norm, &sentence_words, &mut out);
    joint_projects(norm, &sentence_words, &mut out);
    speakers_in_bylines(norm, layout, &sentence_words, &mut out);
    acts_titled_on(norm, layout, &mut out);
    short_references(norm, layout, &mut out);
    alliance_references(norm, layout, &mut out);
    meeting_references(norm, layout, &mut out);
    alliances_named_in_short(&mut out);
    networks_introduced_after_their_initiator(norm, layout, &mut out);
    centres_founded_by_many(norm, layout, &mut out);
    secretariats_of_alliances(norm, &mut out);
    no_alliance_after_indefinite_article(norm, &mut out);
    meetings_held_within_meetings(norm, &mut out);
    forums_with_officers(norm, &mut out);
    alliances_named_in_meetings(&mut out);
    bodies_of_a_division_in_lower_case(names, norm, &mut out);
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    out.dedup_by(|b, a| a.start == b.start && a.end == b.end && a.ty == b.ty);
    let mut out = drop_nested(out);
    meetings_of_a_body_after_its_acronym(norm, &mut out);
    // (“Bay Days” Seminar read by its head word: quote marks are no part of a label)
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event) {
        m.label = without_quote_marks(&m.label);
    }
    // (The Annual Meeting aimed …: the report's meeting referred to by its kind names none)
    // (Inauguration Ceremony Held at …: a headline's ceremony of a kind names none either)
    // (the Main Forum of a symposium: its part named by its kind)
    // (Think Tanks Forum in a headline: the kind of forum, think tanks', no name)
    // (MoU Signing Ceremony as a section's heading: what is signed, by its kind, names none)
    const KIND_WORDS: &[&str] = &["Main", "Think", "Tank", "Tanks", "Annual", "Opening", "Closing", "Plenary", "General", "Meeting", "Forum", "Conference", "Ceremony", "Summit", "Seminar", "Session", "Inauguration", "Inaugural", "Launch", "Launching", "Signing", "Unveiling", "Award", "Awarding", "MoU", "MOU", "Agreement", "In-House", "In-house"];
    let only = |m: &Mention, words: &[&str]| m.label.split(' ').all(|w| words.contains(&w));
    out.retain(|m| m.ty != EntityType::Event || !only(m, KIND_WORDS));
    signings_after_meetings(norm, &mut out);
    // (31 Research Institutes, the Scientific Research Center: head words alone name no body)
    const GENERIC_BODY_WORDS: &[&str] = &["Research", "Scientific", "Institute", "Institutes", "Center", "Centre", "Centers", "Centres", "Laboratory", "Laboratories", "Department", "Division", "University", "Universities", "Academy", "School", "College", "Office"];
    out.retain(|m| m.ty != EntityType::Organization || !only(m, GENERIC_BODY_WORDS));
    // (the Provincial Party Committee, the Municipal Government: a level of government and its
    // organ, of no place the name says, are no body by name)
    // (the Board of Trustees, the Executive Board: a body's board named by its kind alone)
    // (the Executive Committee of the Alliance: an organ of the alliance the report names, no body)
    const GENERIC_ORGAN_WORDS: &[&str] = &["Provincial", "Municipal", "City", "County", "District", "Local", "Party", "Committee", "Government", "People's", "People’s", "Standing", "Congress", "Member", "Secretary", "Board", "Trustees", "Directors", "Governors", "Executive", "Supervisory", "Advisory", "of", "the", "and", "Alliance", "Network", "Consortium"];
    out.retain(|m| m.ty != EntityType::Organization || !only(m, GENERIC_ORGAN_WORDS));
    // (the 97th Lotus Institute in the country: a body counted among its kind is none by name)
    let counted = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && ["st", "nd", "rd", "th"].iter().any(|e| w.ends_with(e));
    out.retain(|m| m.ty != EntityType::Organization || !m.label.split(' ').next().is_some_and(counted));
    // (F.P. Report: a paper's initials and the word Report sign a byline, no document)
    out.retain(|m| m.ty != EntityType::Document || !byline_of_initials(&m.label));
    // (the member Universities of Consortium: bodies of a kind, then `of`, name no alliance)
    const PLURAL_KINDS: &[&str] = &["Universities", "Institutions", "Institutes", "Members", "Countries", "Schools", "Colleges", "Organizations", "Organisations"];
    out.retain(|m| m.ty != EntityType::Alliance || !m.label.split_once(' ').is_some_and(|(first, rest)| PLURAL_KINDS.contains(&first) && rest.starts_with("of ")));
    // (Rectors of the Steppe National University, A and B signed: people of the bodies named
    // after them, no part of the first name)
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let Some((first, rest)) = m.label.split_once(" of ") else { continue };
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        if first.ends_with('s') && super::words::is_title(&first[..first.len() - 1]) && rest.split(' ').count() >= 2 {
            let cut = m.label.chars().count() - rest.chars().count();
            m.start += cut;
            m.label = rest.to_owned();
            m.surface = m.label.clone();
        }
    }
    // (… the Forum of Bay-Lake Univ: a copy cut off mid-word, with no closing mark, leaves the
    // name it cut short)
    let end = norm.chars.iter().rposition(|c| !c.is_whitespace()).map_or(0, |k| k + 1);
    let cut_off = end > 0 && norm.chars[end - 1].is_alphanumeric();
    out.retain(|m| !(cut_off && m.end >= end && !matches!(m.ty, EntityType::Country | EntityType::Place)));
    // (Vice Chancellor S…: a page cut after one letter names nobody)
    out.retain(|m| m.ty != EntityType::Person || m.label.chars().filter(|c| c.is_alphabetic()).count() >= 2);
    patronymics_after_names(norm, &mut out);
    units_at_universities_after_acronym(norm, &mut out);
    universities_of_units(&mut out);
    acronym_and_last_word(norm, &mut out);
    let mut out = names_with_a_bracketed_part(norm, out);
    a_word_and_its_bracketed_other_opening_a_name(norm, &mut out);
    headline_events_named_in_full(layout, &mut out);
    meetings_named_by_their_theme(norm, &mut out);
    proper_meetings_without_their_theme(&mut out);
    bodies_told_as_such(norm, &mut out);
    lower_case_meetings_on_a_theme(norm, &sentence_words, &mut out);
    one_body_under_two_names_of_its_country(names, &mut out);
    one_body_with_and_without_its_patron(&mut out);
    one_body_with_and_without_its_leading_words(&mut out);
    // (read once the people are final)
    affiliations_by_acronym(norm, &sentence_words, &mut out);
    out
}

/// `located at Bay Park, Bay City`, `located at A-33 Ring Road, Bay Park, Bay City 110 057`: in
/// an address, a name the lexicons do not know, set just before a known place, is a place too.
fn places_in_addresses(names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let capital_run = |part: &[Word]| !part.is_empty() && part.len() <= 3 && part.iter().all(|w| capitalised(&w.text) && w.text.chars().all(char::is_alphabetic));
    let known = |part: &[Word]| names.place(&joined(part)).or_else(|| names.country(&joined(part))).is_some();
    for (si, ws) in sentence_words.iter().enumerate() {
        let phrases = ws.windows(2).enumerate().filter(|(_, p)| matches!(p[0].text.as_str(), "located" | "situated") && matches!(p[1].text.as_str(), "at" | "in"));
        for (k, _) in phrases {
            let parts = address_parts(&norm.chars, &ws[k + 2..]);
            for pair in parts.windows(2) {
                if capital_run(pair[0]) && !known(pair[0]) && known(pair[1]) {
                    out.push(mention(EntityType::Place, norm, pair[0], si, "place.en-address"));
                }
            }
        }
    }
}

/// `Bayport, Lakeland, was the host`, `(Bayport, Lakeland)`: one capitalised word the lexicons
/// do not know, set off by commas before a known country, is a city of it.
fn cities_before_their_country(names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in 0..ws.len().saturating_sub(1) {
            let w = &ws[k];
            let plain = capitalised(&w.text) && w.text.chars().skip(1).all(char::is_lowercase) && w.text.chars().all(char::is_alphabetic) && w.text.chars().count() >= 3;
            if !plain || names.get(&w.text).is_some() || super::words::NOT_NAMES.contains(&w.text.as_str()) || chars.get(w.end..w.end + 2) != Some(&[',', ' ']) {
                continue;
            }
            // (the word opens the clause or a bracket: no name's last word)
            let opens = k == 0 || w.start >= 1 && chars[w.start - 1] == '(' || k >= 1 && !capitalised(&ws[k - 1].text) && chars[ws[k - 1].end..w.start].iter().all(|c| *c == ' ');
            let country_end = (1..=3).filter_map(|n| ws.get(k + 1..k + 1 + n)).find(|c| names.country(&joined(c)).is_some()).map(|c| c[c.len() - 1].end);
            let closes = country_end.is_some_and(|e| matches!(chars.get(e), Some(',' | ')')));
            if opens && closes && !overlaps_a_mention(out, si, w.start, w.end) {
                out.push(mention(EntityType::Place, norm, std::slice::from_ref(w), si, "place.en-city-before-country"));
            }
        }
    }
}

/// Whether a mention of sentence `si` already covers part of `start..end`.
fn overlaps_a_mention(out: &[Mention], si: usize, start: usize, end: usize) -> bool {
    out.iter().any(|m| m.sentence == si && m.start < end && m.end > start)
}

/// An organisation of no known kind named by the words `ws` (a body's initials, most often).
fn body_of_no_kind(norm: &NormText, ws: &[Word], si: usize, rule: &'static str) -> Mention {
    Mention { kind: Some(OrgKind::Other), ..mention(EntityType::Organization, norm, ws, si, rule) }
}

/// Words that open the name of a mountain, a lake or a cape.
const LANDFORMS: &[&str] = &["Mount", "Mt.", "Lake", "Cape"];

/// `on top of Mount Corran`: a landform's word and the capitalised words after it name a place.
fn landforms(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in (0..ws.len()).filter(|&k| LANDFORMS.contains(&ws[k].text.as_str())) {
            // (one name word, the run ending there: Lake Point News is a paper's name)
            let n = ws[k + 1..].iter().take(2).take_while(|w| capitalised(&w.text) && !CONNECTORS.contains(&w.text.as_str()) && w.text.chars().all(char::is_alphabetic)).count();
            if n != 1 {
                continue;
            }
            let adjacent = ws[k..k + 1 + n].windows(2).all(|p| p[1].start == p[0].end + 1);
            if adjacent && !overlaps_a_mention(out, si, ws[k].start, ws[k + n].end) {
                out.push(mention(EntityType::Place, norm, &ws[k..=k + n], si, "place.en-landform"));
            }
        }
    }
}

/// `was founded on 5 July 2030 in Bayford.`, `met again in Bayford in Lakeview`: one capitalised
/// word no lexicon knows, right after `in` in a clause that says what was done or when, and
/// closing the phrase, is the town where it was done (and a known city there, if no run read it).
fn towns_where_it_was_done(lex: &Lexicon, names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    const DONE: &[&str] = &["held", "met", "meet", "established", "founded", "signed", "launched", "convened", "gathered", "opened", "inaugurated", "hosted", "took", "place"];
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in (1..ws.len().saturating_sub(1)).filter(|&k| ws[k].text == "in") {
            let w = &ws[k + 1];
            let closes = ws.get(k + 2).is_none_or(|n| !capitalised(&n.text)) && matches!(norm.chars.get(w.end), Some('.' | ',' | ' ' | ';'));
            let word = capitalised(&w.text) && w.text.chars().count() >= 4 && w.text.chars().all(char::is_alphabetic) && w.start == ws[k].end + 1;
            let unknown = names.get(&w.text).is_none() && head_word(&w.text).is_none() && !MONTHS.contains(&w.text.as_str()) && !super::words::is_title(&w.text) && !NOT_NAMES.contains(&w.text.as_str());
            let context = ws[k.saturating_sub(7)..k].iter().any(|c| DONE.contains(&c.text.as_str()) || MONTHS.contains(&c.text.as_str()) || c.text.len() == 4 && c.text.chars().all(|d| d.is_ascii_digit()));
            if !word || !closes || !context || overlaps_a_mention(out, si, w.start, w.end) {
                continue;
            }
            // (… in Bayford in Paris: a known city the run before it hid is read as the lexicon has it)
            let known_city = names.get(&w.text).filter(|n| matches!(n.lex, LexRef::Place(_)) && !n.demonym);
            if let Some(n) = known_city {
                out.push(lexicon_mention(lex, norm, &ws[k + 1..k + 2], n.lex, si));
            } else if unknown {
                out.push(mention(EntityType::Place, norm, &ws[k + 1..k + 2], si, "place.en-town-where-done"));
            }
        }
    }
}

/// `Dr. Tom Hale, representing BIR LAC, attended`: the body a person represents, written in
/// capitals after `representing`, is an organisation.
fn bodies_represented(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in ws.iter().enumerate().filter(|(_, w)| w.text == "representing").map(|(k, _)| k + 1) {
            let capitals = |w: &&Word| w.text.chars().count() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase());
            let n = ws[k..].iter().take(3).take_while(capitals).count();
            let Some(last) = ws.get(k + n - 1).filter(|_| n > 0) else { continue };
            if matches!(chars.get(last.end), Some(',' | '.' | ';')) && !overlaps_a_mention(out, si, ws[k].start, last.end) {
                out.push(body_of_no_kind(norm, &ws[k..k + n], si, "org.en-represented"));
            }
        }
    }
}

/// The comma-separated parts of an address, each without its street number or postal code;
/// the address ends at the first part with a word in lower case.
fn address_parts<'w>(chars: &[char], ws: &'w [Word]) -> Vec<&'w [Word]> {
    let mut parts = Vec::new();
    let mut from = 0;
    for j in 0..ws.len() {
        let comma = chars.get(ws[j].end) == Some(&',');
        let last = j + 1 == ws.len() || ws[j + 1].start != ws[j].end + 1 && !comma;
        if !comma && !last {
            continue;
        }
        let code = |w: &Word| w.text.chars().any(|c| c.is_ascii_digit());
        let part = &ws[from..=j];
        let lead = part.iter().take_while(|w| code(w)).count();
        let tail = part.iter().rev().take_while(|w| code(w)).count();
        let part = &part[lead..part.len() - tail.min(part.len() - lead)];
        if part.iter().any(|w| w.text.starts_with(char::is_lowercase)) {
            break;
        }
        parts.push(part);
        from = j + 1;
        if last {
            break;
        }
    }
    parts
}

/// Central Asian patronymics written in lower case after the names (Anvar Karim uulu, Aida
/// Bek kyzy, Rustam Ali ogly): part of the person's name.
fn patronymics_after_names(norm: &NormText, out: &mut [Mention]) {
    const PARTICLES: &[&str] = &["uulu", "kyzy", "ogly", "oglu", "ugli", "qizi", "kizi"];
    let chars = &norm.chars;
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Person) {
        if chars.get(m.end) != Some(&' ') {
            continue;
        }
        let Some(p) = PARTICLES.iter().find(|p| crate::scan::starts_with_at(chars, m.end + 1, chars.len(), p)) else { continue };
        let end = m.end + 1 + p.chars().count();
        if chars.get(end).is_some_and(|c| c.is_alphabetic()) {
            continue;
        }
        m.end = end;
        m.label = norm.slice(m.start, end).to_owned();
        m.surface = m.label.clone();
    }
}

/// `the Steppe Institute under the President of Kazakhstan` and `the Steppe Institute`: a body
/// named once with the office it is placed under is one body, under its full name, when one
/// full name of the article fits.
fn one_body_with_and_without_its_patron(out: &mut [Mention]) {
    let full: std::collections::BTreeSet<String> = out.iter().filter(|m| m.ty == EntityType::Organization && m.label.contains(" under the ")).map(|m| m.label.clone()).collect();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization && !m.label.contains(" under the ")) {
        let mut fits = full.iter().filter(|f| f.split_once(" under the ").is_some_and(|(body, _)| body == m.label));
        if let (Some(f), None) = (fits.next(), fits.next()) {
            m.aliases.push(std::mem::replace(&mut m.label, f.clone()));
        }
    }
}

/// `the T.H. Hale Lakeside State University` and later `Lakeside State University`: a body
/// named once with words before its name (an honoree, a rank) is one body, under its full
/// name, when one full name of the article ends so. The short name has three words or more
/// and opens with a proper name, not a describing word (State Medical University is a kind).
fn one_body_with_and_without_its_leading_words(out: &mut [Mention]) {
    const DESCRIBING: &[&str] = &["State", "Technical", "Medical", "Agricultural", "Pedagogical", "Polytechnic", "Economic", "Research", "Scientific", "Academic", "Higher", "New", "Open", "Free", "Joint", "The"];
    let orgs: std::collections::BTreeSet<String> = out.iter().filter(|m| m.ty == EntityType::Organization).map(|m| m.label.clone()).collect();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_none()) {
        let words: Vec<&str> = m.label.split(' ').collect();
        let proper_first = words.first().is_some_and(|w| capitalised(w) && !BODY_ADJECTIVES.contains(w) && !DESCRIBING.contains(w) && head_word(w).is_none());
        let headed = words.last().is_some_and(|w| head_word(w).is_some_and(|h| h.0 == EntityType::Organization));
        if words.len() < 3 || !proper_first || !headed {
            continue;
        }
        let suffix = format!(" {}", m.label);
        // (the Bay Institute at Lakeside Normal University: a unit at the body, not its long name)
        let leading_words = |f: &str| f[..f.len() - suffix.len()].split(' ').all(|w| capitalised(w) && head_word(w).is_none());
        let mut fits = orgs.iter().filter(|f| f.ends_with(&suffix) && leading_words(f));
        if let (Some(f), None) = (fits.next(), fits.next()) {
            m.aliases.push(std::mem::replace(&mut m.label, f.clone()));
        }
    }
}

/// `F.P. Report`, `A.B.C. Report`: initials before the word Report.
fn byline_of_initials(label: &str) -> bool {
    let Some(initials) = label.strip_suffix(" Report") else { return false };
    initials.split(' ').all(|w| w.len() >= 2 && w.ends_with('.') && w.split('.').filter(|p| !p.is_empty()).all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase())))
}

/// `the Lotus Council of the PRC` and `the Lotus Council of China`: a body named with two forms
/// of its country (a formal name, an acronym the lexicon knows) is one body, under the first
/// form the article writes.
fn one_body_under_two_names_of_its_country(names: &EnNames, out: &mut [Mention]) {
    let key = |label: &str| {
        let (body, country) = label.rsplit_once(" of ")?;
        let country = country.strip_prefix("the ").unwrap_or(country);
        let r = names.get(country).filter(|n| !n.demonym).map(|n| n.lex)?;
        Some((body.to_owned(), r))
    };
    let mut first: Vec<((String, LexRef), String)> = Vec::new();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let Some(k) = key(&m.label) else { continue };
        match first.iter().find(|(fk, _)| *fk == k) {
            Some((_, label)) if *label != m.label => {
                m.aliases.push(std::mem::replace(&mut m.label, label.clone()));
            }
            Some(_) => {}
            None => first.push((k, m.label.clone())),
        }
    }
}

/// `Lakeside Forum Held` over a report of the Presidents' Forum of the Lakeside Alliance: a
/// headline names the report's meeting by fewer of its words; when every word of the
/// headline's name is in the name of exactly one meeting of the body, it is that meeting.
fn headline_events_named_in_full(layout: &Layout, out: &mut [Mention]) {
    let plain = |l: &str| l.split(' ').map(|w| w.trim_end_matches("'s").trim_end_matches("’s").trim_matches(|c: char| !c.is_alphanumeric()).to_owned()).filter(|w| !w.is_empty()).collect::<Vec<String>>();
    let in_body = |m: &Mention| layout.sentences[m.sentence].kind != BlockKind::Headline;
    let body_events: Vec<(String, Vec<String>)> = out.iter().filter(|m| m.ty == EntityType::Event && in_body(m)).map(|m| (m.label.clone(), plain(&m.label))).collect();
    // (the Joint Conference on the Bay Institute, anywhere: the same name but for `the`)
    let without_the = |ws: &[String]| ws.iter().filter(|w| *w != "the").cloned().collect::<Vec<String>>();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let words = plain(&m.label);
        let bare = without_the(&words);
        let same_but_the = |ws: &Vec<String>| ws.len() > words.len() && without_the(ws) == bare;
        let headline = !in_body(m);
        let mut fits = body_events.iter().filter(|(l, ws)| *l != m.label && words.len() >= 2 && (same_but_the(ws) || headline && words.len() < ws.len() && words.iter().all(|w| ws.contains(w))));
        let (Some((full, _)), None) = (fits.next(), fits.next()) else { continue };
        m.aliases.push(m.label.clone());
        m.label = full.clone();
    }
}

/// `Bay-Lake University (Country and Regional Studies) Think-Tank Network`: a name with a part in
/// brackets (two words or more, capitalised, no acronym) is one name, also written without it.
fn names_with_a_bracketed_part(norm: &NormText, out: Vec<Mention>) -> Vec<Mention> {
    let mut keep: Vec<Mention> = Vec::with_capacity(out.len());
    for m in out {
        let joined = keep.iter().rposition(|a| {
            let gap: String = norm.chars[a.end.min(m.start)..m.start].iter().collect();
            let part = gap.strip_prefix(" (").and_then(|g| g.strip_suffix(") ")).unwrap_or("");
            let words: Vec<&str> = part.split(' ').collect();
            a.end < m.start && matches!(a.ty, EntityType::Organization | EntityType::Alliance) && matches!(m.ty, EntityType::Alliance | EntityType::Organization | EntityType::Event)
                && words.len() >= 2 && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.chars().all(|c| c.is_ascii_uppercase()) || matches!(*w, "and" | "of" | "&"))
        });
        match joined {
            Some(k) if keep[k].sentence == m.sentence => {
                let a = keep.remove(k);
                let label = norm.slice(a.start, m.end).to_owned();
                let short = if m.label.starts_with(&a.label) { m.label.clone() } else { format!("{} {}", a.label, m.label) };
                keep.push(Mention { start: a.start, label: label.clone(), surface: label, aliases: vec![short], ..m });
            }
            _ => keep.push(m),
        }
    }
    keep.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    keep
}

/// `the Outreach (Publicity) Department of X`: one capitalised word and another for it in
/// brackets open the body's name, after `the`, a comma or the sentence's start.
fn a_word_and_its_bracketed_other_opening_a_name(norm: &NormText, out: &mut [Mention]) {
    let chars = &norm.chars;
    let word_back = |end: usize| (0..end).rev().take_while(|&k| chars[k].is_alphabetic()).count();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let s = m.start;
        if s < 4 || chars[s - 1] != ' ' || chars[s - 2] != ')' {
            continue;
        }
        let inner = word_back(s - 2);
        let open = s - 2 - inner;
        if inner < 3 || open < 3 || chars[open - 1] != '(' || chars[open - 2] != ' ' {
            continue;
        }
        let outer = word_back(open - 2);
        let start = open - 2 - outer;
        let capital = |k: usize| chars[k].is_uppercase() && chars[k + 1].is_lowercase();
        let opens = start == 0 || chars[start - 1] == ' ' && (start < 4 || chars[start - 4..start].iter().collect::<String>() == "the " || chars[start - 2] == ',');
        if outer >= 3 && capital(start) && capital(open) && opens {
            m.aliases.push(m.label.clone());
            m.start = start;
            m.label = chars[start..m.end].iter().collect();
            m.surface = m.label.clone();
        }
    }
}

/// `the 2nd Bay Council (BC) Youth Forum was held`: a body's name and its bracketed acronym,
/// then capitalised words up to a meeting's head word, name that body's meeting; its acronym
/// stands for the body in the meeting's short form (`BC Youth Forum`). The body keeps its mention.
fn meetings_of_a_body_after_its_acronym(norm: &NormText, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut found = Vec::new();
    for m in out.iter_mut().filter(|m| matches!(m.ty, EntityType::Organization | EntityType::Alliance)) {
        let after: String = chars[m.end..chars.len().min(m.end + 80)].iter().collect();
        let Some((acr, rest)) = after.strip_prefix(" (").and_then(|r| r.split_once(')')) else { continue };
        // (… (BC). The Summit: the meeting's words go on right after the bracket, in one sentence)
        if !(2..=8).contains(&acr.len()) || !acr.chars().all(|c| c.is_ascii_uppercase()) || !rest.starts_with(' ') {
            continue;
        }
        let run: Vec<&str> = rest.split(' ').skip(1).map_while(|w| capitalised(w).then_some(w)).collect();
        let Some(last) = run.iter().rposition(|w| MEETING_HEADS.contains(&w.trim_end_matches([',', '.', ';', ':']))) else { continue };
        let words = run[..=last].join(" ");
        let words = words.trim_end_matches([',', '.', ';', ':']);
        let end = m.end + 3 + acr.chars().count() + 1 + words.chars().count();
        // (an ordinal before the body's name is the meeting's, read into the body's name or not:
        // the 2nd … Forum)
        let before: String = chars[m.start.saturating_sub(12)..m.start].iter().collect();
        let ordinal_before = before.trim_end().rsplit(' ').next().filter(|w| before.ends_with(' ') && year_or_ordinal(w)).map(|w| format!("{w} "));
        let ordinal_inside = m.label.split_once(' ').filter(|(w, _)| year_or_ordinal(w)).map(|(w, rest)| (format!("{w} "), rest.to_owned()));
        let (lead, start) = match (ordinal_inside, ordinal_before) {
            (Some((lead, rest)), _) => {
                let start = m.start;
                m.start += lead.chars().count();
                (m.label, m.surface) = (rest.clone(), rest);
                (lead, start)
            }
            (None, Some(lead)) => (lead.clone(), m.start - lead.chars().count()),
            (None, None) => (String::new(), m.start),
        };
        let label = format!("{lead}{} {words}", m.label);
        let surface = norm.slice(start, end).to_owned();
        let aliases = vec![surface.clone(), format!("{lead}{acr} {words}")];
        found.push(Mention { ty: EntityType::Event, start, end, label, surface, aliases, kind: None, lex: None, sentence: m.sentence, rule: "event.en-body-acronym-meeting", parent: None, note: None });
    }
    // (a meeting already read whole, in quotes, stays as read)
    found.retain(|f| !out.iter().any(|e| e.ty == EntityType::Event && e.start <= f.start && f.end <= e.end));
    // (… (BC) Youth Forum: the words after the bracket read alone are part of the whole)
    out.retain(|e| !(e.ty == EntityType::Event && found.iter().any(|f| f.start < e.start && e.end <= f.end)));
    out.extend(found);
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
}

/// `the Annual Meeting of the Bay Network with the theme “Bay Forum on Ten Years of Ties”`: a
/// meeting whose theme is written as a meeting's name is that meeting, called by it.
fn meetings_named_by_their_theme(norm: &NormText, out: &mut [Mention]) {
    const THEMED: &[&str] = &[" with the theme “", " under the theme “", " themed “", ", themed “", " with the theme of “", " on the theme “", " with the theme \"", " under the theme \""];
    let events: Vec<(usize, String)> = out.iter().filter(|m| m.ty == EntityType::Event).map(|m| (m.start, m.label.clone())).collect();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let after: String = norm.chars[m.end..norm.chars.len().min(m.end + 40)].iter().collect();
        let rest = without_acronym(&after);
        let Some(t) = THEMED.iter().find(|t| rest.starts_with(**t)) else { continue };
        let at = m.end + after.chars().count() - rest.chars().count() + t.chars().count();
        if let Some((_, theme)) = events.iter().find(|(start, label)| *start == at && *label != m.label) {
            m.aliases.push(std::mem::replace(&mut m.label, theme.clone()));
        }
    }
}

/// `the Bay Think Tanks Forum on “Ports and Roads”`: a meeting with a proper name of three words
/// or more keeps it, the quoted theme after `on` being no part of it (a Webinar on “X” is named
/// by its theme).
fn proper_meetings_without_their_theme(out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let Some(k) = [" on “", " on \"", " on ‘"].iter().find_map(|w| m.surface.find(w)) else { continue };
        let name = &m.surface[..k];
        if name.split(' ').count() >= 3 && name.split(' ').all(|w| capitalised(w) || CONNECTORS.contains(&w)) {
            let name = name.to_owned();
            m.end = m.start + name.chars().count();
            m.aliases.retain(|a| !a.starts_with(&name));
            (m.label, m.surface) = (name.clone(), name);
        }
    }
}

/// `The Bay Think Tank Program (BTTP) at the University of Lakeside studies …`, `The Bay
/// Dialogue Network (BDN) is an independent … think tank`: a programme run at a university, or a
/// network the article says is a think tank, is a body by every mention of its name.
fn bodies_told_as_such(norm: &NormText, out: &mut [Mention]) {
    let chars = &norm.chars;
    let mut told: Vec<(String, OrgKind)> = Vec::new();
    for m in out.iter().filter(|m| matches!(m.ty, EntityType::Project | EntityType::Alliance)) {
        let after: String = chars[m.end..chars.len().min(m.end + 160)].iter().collect();
        let rest = without_acronym(&after);
        let programme = m.ty == EntityType::Project && (m.label.ends_with(" Program") || m.label.ends_with(" Programme")) && [" at the University", " at University"].iter().any(|w| rest.starts_with(w));
        let sentence = rest.split(". ").next().unwrap_or_default();
        let think_tank = m.ty == EntityType::Alliance && [" is a ", " is an "].iter().any(|w| rest.starts_with(w)) && sentence.contains("think tank");
        if programme || think_tank {
            let kind = if think_tank || m.label.contains("Think Tank") { OrgKind::ThinkTank } else { OrgKind::Research };
            told.extend(std::iter::once(&m.label).chain(&m.aliases).map(|n| (n.clone(), kind)));
            // (and its acronym in brackets right after it)
            if let Some((acronym, _)) = after.strip_prefix(" (").and_then(|a| a.split_once(')')) {
                told.push((acronym.to_owned(), kind));
            }
        }
    }
    for m in out.iter_mut().filter(|m| matches!(m.ty, EntityType::Project | EntityType::Alliance)) {
        if let Some((_, kind)) = told.iter().find(|(n, _)| *n == m.label || m.aliases.contains(n)) {
            (m.ty, m.kind) = (EntityType::Organization, Some(*kind));
        }
    }
}

/// `the 8th international conference on ‘Ports and Roads’`: an edition, a meeting's word in lower
/// case and a quoted theme after `on` name the meeting.
fn lower_case_meetings_on_a_theme(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    const KINDS: &[&str] = &["international", "annual", "regional", "global", "national", "academic", "joint", "bilateral", "trilateral", "high-level"];
    const HEADS: &[&str] = &["conference", "forum", "seminar", "symposium", "workshop", "summit", "dialogue", "roundtable", "webinar"];
    let chars = &norm.chars;
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in (0..ws.len()).filter(|&k| year_or_ordinal(&ws[k].text) && ws[k].text.chars().next().is_some_and(|c| c.is_ascii_digit())) {
            let kinds = ws[k + 1..].iter().take(2).take_while(|w| KINDS.contains(&w.text.as_str())).count();
            let h = k + 1 + kinds;
            if !ws.get(h).is_some_and(|w| HEADS.contains(&w.text.as_str())) || !ws.get(h + 1).is_some_and(|w| w.text == "on") {
                continue;
            }
            let open = ws[h + 1].end + 1;
            let close = match chars.get(open) {
                Some('‘') => '’',
                Some('“') => '”',
                Some('"') => '"',
                _ => continue,
            };
            let Some(end) = (open + 1..chars.len().min(open + 200)).find(|&e| chars[e] == close && !chars.get(e + 1).is_some_and(|c| c.is_alphabetic())) else { continue };
            let (start, end) = (ws[k].start, end + 1);
            if out.iter().any(|m| m.ty == EntityType::Event && m.start < end && m.end > start) {
                continue;
            }
            out.push(Mention::of_span(EntityType::Event, norm, start, end, si, "event.en-lower-case-on-theme"));
        }
    }
}

/// `to build a Lotus Workshop in Bayland`: a workshop that is built or set up is a facility of a
/// cooperation project, not a meeting (every mention of its name), with the country it is in.
fn workshops_built(norm: &NormText, out: &mut [Mention]) {
    const BUILD: &[&str] = &["build a ", "build the ", "construction of a ", "construction of the ", "establish a ", "set up a ", "open a "];
    let built: Vec<String> = out
        .iter()
        .filter(|m| m.ty == EntityType::Event && m.label.ends_with("Workshop") && m.start >= 20)
        .filter(|m| BUILD.iter().any(|b| norm.slice(m.start.saturating_sub(b.chars().count()), m.start).to_lowercase() == *b))
        .map(|m| {
            let words: Vec<&str> = m.label.split(' ').collect();
            words[words.len().saturating_sub(2)..].join(" ")
        })
        .collect();
    let countries: Vec<(usize, usize)> = out.iter().filter(|m| m.ty == EntityType::Country).map(|m| (m.start, m.end)).collect();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event && built.iter().any(|b| m.label.ends_with(b.as_str()))) {
        m.ty = EntityType::Project;
        // (… Workshop in Bayland: the country it is in closes the project's name)
        if let Some(&(_, e)) = countries.iter().find(|&&(s, _)| s == m.end + 4 && norm.slice(m.end, s) == " in ") {
            m.end = e;
            m.label = norm.slice(m.start, m.end).to_owned();
            m.surface = m.label.clone();
        }
    }
}

/// `Secretary of the Party Leadership Group of the Bay Institute`: a body's party organ is how a
/// post in the body is titled; the body after `of (the)` is what the text names.
fn party_organs_of_bodies(norm: &NormText, out: &mut [Mention]) {
    const ORGANS: &[&str] = &["Party Leadership Group of the ", "Party Leadership Group of ", "Leading Party Members' Group of the ", "Party Group of the ", "Party Committee of the ", "Party Committee of "];
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let Some(organ) = ORGANS.iter().find(|o| m.label.starts_with(*o) && m.label.len() > o.len()) else { continue };
        m.start += organ.chars().count();
        m.label = norm.slice(m.start, m.end).to_owned();
        m.surface = m.label.clone();
        m.kind = None;
    }
}

/// `Deputy Speaker of Bayland's Assembly`, `head of Bayland's Tolkyn`: after a title and `of`, a
/// country's possessive names the body it has; the capitalised words after it are that body's
/// name even without a head word (a speaker presides over a chamber: a state body).
fn bodies_of_a_country_after_titles(names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in 2..ws.len().saturating_sub(1) {
            let Some(country) = ws[k].text.strip_suffix("'s").or_else(|| ws[k].text.strip_suffix("’s")) else { continue };
            let titled = |n: usize| k >= n + 1 && super::words::is_title(&joined(&ws[k - 1 - n..k - 1]));
            if ws[k - 1].text != "of" || names.country(country).is_none() || !(titled(1) || titled(2)) {
                continue;
            }
            // (up to three capitalised words right after the possessive)
            let run = if ws[k + 1].start == ws[k].end + 1 { name_run(ws[k + 1..].iter().take(3)) } else { 0 };
            if run == 0 || out.iter().any(|m| m.start < ws[k + run].end && ws[k + 1].start < m.end) {
                continue;
            }
            let mut m = mention(EntityType::Organization, norm, &ws[k + 1..k + 1 + run], si, "org.en-country-body-after-title");
            m.kind = ws[k - 2].text.eq_ignore_ascii_case("speaker").then_some(OrgKind::Government);
            out.push(m);
        }
    }
}

/// `Chairman of the Bay People's Congress (BPC) National Committee`: a body's national organ
/// written after the body's name (and its short form) is how a post in the body is titled;
/// the body is what the text names, the organ no body of its own.
fn organs_after_bodies(norm: &NormText, out: &mut Vec<Mention>) {
    const ORGAN: &str = "National Committee";
    let organ = |m: &Mention| m.ty == EntityType::Organization && m.label == ORGAN;
    let body_ends: Vec<usize> = out.iter().filter(|m| m.ty == EntityType::Organization && !organ(m)).map(|m| m.end).collect();
    out.retain(|m| !organ(m) || !body_ends.iter().any(|&e| e <= m.start && without_acronym(norm.slice(e, m.start)) == " "));
}

/// `Department of Bay Affairs of the Lotus Foreign Ministry`: the ministry a department belongs
/// to, named after its last `of`, is a body of its own too (the department keeps its name).
fn ministries_behind_their_departments(norm: &NormText, out: &mut Vec<Mention>) {
    // (a secretariat of a ministry too)
    let unit = |label: &str| super::words::UNIT_LEADS.iter().chain(&["Secretariat of "]).any(|u| label.starts_with(u));
    let mut found = Vec::new();
    for m in out.iter().filter(|m| m.ty == EntityType::Organization && unit(&m.label)) {
        // (the `of` the ministry's name follows: Ministry of X, or … Ministry closing the name)
        let ministry = |tail: &str| tail.starts_with("Ministry of ") || tail.ends_with(" Ministry") && !tail.contains(" of ");
        let first_of = m.label.find(" of ").unwrap_or(0);
        let Some(tail) = m.label.match_indices(" of ").map(|(k, _)| m.label[k + " of ".len()..].trim_start_matches("the ")).skip(1).find(|t| ministry(t)) else { continue };
        if first_of == 0 || tail.split(' ').count() < 2 || !m.surface.ends_with(tail) {
            continue;
        }
        let start = m.end - tail.chars().count();
        let mut body = m.clone();
        (body.start, body.rule, body.parent, body.note) = (start, "org.en-ministry-of-department", None, None);
        body.label = norm.slice(start, m.end).to_owned();
        body.surface = body.label.clone();
        body.aliases.clear();
        body.lex = None;
        body.kind = Some(OrgKind::Government);
        found.push(body);
    }
    out.extend(found);
}

/// `Press Division of the Bay Centre (BC)`: a unit named by its head word, then `of` and the body
/// it belongs to, names that body too (and an acronym defined after it is the body's).
fn bodies_behind_their_units(norm: &NormText, out: &mut Vec<Mention>) {
    // (not a department or bureau: the Provincial Department of Education, the International
    // Department of a party's committee are named whole)
    const UNIT_HEADS: &[&str] = &["Division", "Office", "Section"];
    // (a department or bureau of a ministry, an administration or an academy is one's unit:
    // Department of Harbour Planning of the Bay Ministry of Education)
    const PARENT_HEADS: &[&str] = &["Ministry", "Administration", "Academy", "Commission"];
    let mut found = Vec::new();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let department = |unit: &str, tail: &str| (unit.starts_with("Department of ") || unit.starts_with("Bureau of ") || unit.ends_with(" Department") || unit.ends_with(" Bureau")) && PARENT_HEADS.iter().any(|h| tail.split(' ').any(|w| w == *h));
        let splits: Vec<(usize, usize)> = m.label.match_indices(" of ").map(|(i, _)| (i, i + 4)).collect();
        let Some((unit, tail)) = splits.iter().map(|&(i, j)| (&m.label[..i], &m.label[j..])).find(|(u, t)| department(u, t.strip_prefix("the ").unwrap_or(t))).or_else(|| m.label.split_once(" of ")) else { continue };
        let tail = tail.strip_prefix("the ").unwrap_or(tail);
        let unit_named = unit.split(' ').count() >= 2 && (unit.rsplit(' ').next().is_some_and(|h| UNIT_HEADS.contains(&h)) || department(unit, tail));
        if !unit_named || !tail.starts_with(|c: char| c.is_uppercase()) || !m.surface.ends_with(tail) {
            continue;
        }
        let start = m.end - tail.chars().count();
        let head = word_head(&words(&norm.chars, start, m.end));
        if head.is_none() && !tail.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let kind = head.map(|(_, k)| k);
        let mut body = Mention { start, label: norm.slice(start, m.end).to_owned(), rule: "org.en-body-of-unit", parent: None, note: None, lex: None, kind, aliases: vec![], ..m.clone() };
        body.surface = body.label.clone();
        let (theirs, own): (Vec<String>, Vec<String>) = m.aliases.drain(..).partition(|a| a.chars().all(|c| c.is_ascii_uppercase()) && tail.split([' ', '-']).filter_map(|w| w.chars().next()).filter(char::is_ascii_uppercase).collect::<String>() == *a);
        (m.aliases, body.aliases) = (own, theirs);
        found.push(body);
    }
    out.extend(found);
}

/// `Chairman of … and the Board of Lakeside TV Channel`: a body's board is read as the body, its
/// name the capitalised words after `Board of` (the post, Chairman of the Board, is the body's).
fn bodies_behind_their_boards(norm: &NormText, out: &mut [Mention]) {
    // (Secretary of the Leading Party Members’ Group of X: the party group's post is in X)
    const BOARDS: &[&str] = &["Board of Directors of ", "Board of Trustees of ", "Board of ", "Leading Party Members’ Group of ", "Leading Party Members' Group of ", "Party Leadership Group of "];
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let Some(lead) = BOARDS.iter().find(|b| m.label.starts_with(*b)) else { continue };
        let body = &m.label[lead.len()..];
        // (… Group of BAS: or one short form in capitals)
        let acronym = body.len() >= 3 && body.chars().all(|c| c.is_ascii_uppercase());
        if (body.split(' ').count() < 2 || !body.split(' ').all(|w| w.starts_with(char::is_uppercase))) && !acronym {
            continue;
        }
        m.start += lead.chars().count();
        m.surface = norm.slice(m.start, m.end).to_owned();
        m.label = body.to_owned();
        // (the body's own head gives its kind, not the board's or the group's)
        m.kind = word_head(&words(&norm.chars, m.start, m.end)).map(|(_, kind)| kind);
    }
}

/// `the National Academy of Sciences of Bayland` is the National Academy of Sciences of later
/// sentences: a body's name without the country that closes it is an alias.
fn without_their_country(names: &EnNames, out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        // (the Bay University of Uzbekistan named after Anna Berg: the name before the honoree too)
        let forms: Vec<String> = std::iter::once(m.label.clone()).chain(m.aliases.iter().cloned()).collect();
        for form in forms {
            let Some((body, country)) = form.rsplit_once(" of ") else { continue };
            let is_country = names.get(country).is_some_and(|n| matches!(n.lex, LexRef::Country(_)) && !n.demonym);
            // (the Federal University of Laos is the Federal University of the next
            // sentence: two words do when the last is the head)
            let words: Vec<&str> = body.split(' ').collect();
            // (the Embassy in the Kingdom of Bayland: the state's form is its name's, not the body's)
            if words.last().is_some_and(|w| super::words::STATE_FORMS.contains(w)) {
                continue;
            }
            let headed = words.iter().any(|w| head_word(w).is_some_and(|h| h.0 == EntityType::Organization));
            let ends_in_head = words.last().is_some_and(|w| head_word(w).is_some_and(|h| h.0 == EntityType::Organization));
            if is_country && (words.len() >= 3 && headed || words.len() == 2 && ends_in_head) && !m.aliases.iter().any(|a| a == body) {
                m.aliases.push(body.to_owned());
            }
        }
    }
}

/// `Director Wang Lei Leads Delegation to Visit …`: in a headline's title case a pinyin name
/// is two words; the capitalised words after it are the headline's, not the name's.
fn pinyin_names_in_title_case(out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Person) {
        let words: Vec<&str> = m.label.split(' ').collect();
        if words.len() >= 3 && pinyin::is_chinese_name(words[0], words[1]) && !pinyin::is_given_name(words[2]) {
            let name = format!("{} {}", words[0], words[1]);
            m.end = m.start + name.chars().count();
            m.aliases.retain(|a| name.contains(a.as_str()));
            (m.label, m.surface) = (name.clone(), name);
        }
    }
}

/// `BNU’s president Tom Hale`: capitals no lexicon knows, written as a possessive before a title,
/// are a body's short name (a university's when they close with its U).
fn acronyms_with_titled_possessives(names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in 0..ws.len().saturating_sub(1) {
            let base = without_possessive(&ws[k].text);
            let capitals = base.len() != ws[k].text.len() && (3..=6).contains(&base.len()) && base.chars().all(|c| c.is_ascii_uppercase());
            if !capitals || names.get(base).is_some() || title_at(ws, k + 1).is_none() || out.iter().any(|m| m.start < ws[k].end && ws[k].start < m.end) {
                continue;
            }
            let start = ws[k].start;
            let mut m = Mention { start, end: start + base.chars().count(), ..body_of_no_kind(norm, &ws[k..k + 1], si, "org.en-acronym-before-title") };
            m.label = base.to_owned();
            m.surface = m.label.clone();
            m.kind = Some(if base.ends_with('U') { OrgKind::University } else { OrgKind::Other });
            out.push(m);
        }
    }
}

/// `He Ming` at `k`: `He` right before a pinyin given name that no third capitalised word
/// follows (He Ming Lake is some other name).
fn surname_he_at(ws: &[Word], k: usize) -> bool {
    let adjacent = |a: usize| ws.get(a + 1).is_some_and(|w| w.start == ws[a].end + 1);
    ws[k].text == "He" && adjacent(k) && pinyin::is_given_name(&ws[k + 1].text) && !(adjacent(k + 1) && capitalised(&ws[k + 2].text))
}

/// `He Ming … He said`: the family name He alone is no alias of a person (a later `He` is the
/// pronoun). `surname_he_at` lets the name run open on `He`.
fn no_alias_he(out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Person && m.label.starts_with("He ")) {
        m.aliases.retain(|a| a != "He");
    }
}

/// `initiated by the development research center of the State Council`: a body the lexicon
/// knows by an English name of four words or more, written in lower case, is still that body.
fn known_bodies_in_lower_case(lex: &Lexicon, names: &EnNames, norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    let lower: Vec<char> = norm.chars.iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
    let text: String = lower.iter().collect();
    for (needle, oi) in &names.long_body_names {
        let org = &lex.orgs[*oi];
        let n = needle.chars().count();
        for (byte, _) in text.match_indices(needle.as_str()) {
            let start = text[..byte].chars().count();
            let end = start + n;
            let whole = (start == 0 || !lower[start - 1].is_alphanumeric()) && lower.get(end).is_none_or(|c| !c.is_alphanumeric());
            let Some(si) = layout.sentences.iter().position(|s| s.start <= start && end <= s.end) else { continue };
            // (a mention inside the name, State Council, is dropped as nested later)
            if !whole || out.iter().any(|m| m.start < end && start < m.end && !(start <= m.start && m.end <= end)) {
                continue;
            }
            let surface = norm.slice(start, end).to_owned();
            out.push(Mention { ty: EntityType::Organization, start, end, label: org.name.clone(), surface, aliases: vec![], kind: Some(org.kind), lex: Some(LexRef::Org(*oi)), sentence: si, rule: "org.english-name-lower-case", parent: None, note: None });
        }
    }
}

/// `Bay Technology Co., Ltd.`: a company's legal form after a comma is part of its name.
fn legal_forms_after_commas(norm: &NormText, out: &mut [Mention]) {
    const FORMS: &[&str] = &[", Ltd.", ", Ltd", ", Inc.", ", LLC", ", Limited", ", JSC", ", LLP"];
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let rest: String = norm.chars[m.end..norm.chars.len().min(m.end + 10)].iter().collect();
        let Some(form) = FORMS.iter().filter(|f| rest.starts_with(*f)).max_by_key(|f| f.len()) else { continue };
        // (the form closes the name: a comma, a stop, a space or the end after it)
        let after = rest[form.len()..].chars().next();
        if after.is_none_or(|c| !c.is_alphanumeric()) {
            m.end += form.chars().count();
            m.label = norm.slice(m.start, m.end).to_owned();
            m.surface = m.label.clone();
            m.kind = Some(OrgKind::Company);
        }
    }
}

/// `the heads of Lotus Gold, Bay Coal Resources, Lakeside Power Corporation, Harbour Rail Group,
/// Mirai and …`: in a list of three or more items where at least two are bodies of one kind and
/// nothing else is named, the capitalised items no rule named are bodies of that kind too.
fn listed_with_bodies(norm: &NormText, named: &[Mention], unnamed: Vec<Mention>) -> Vec<Mention> {
    let mut found = Vec::new();
    let outermost = |m: &&Mention| !named.iter().any(|o| o.sentence == m.sentence && o.start <= m.start && o.end >= m.end && (o.end - o.start) > (m.end - m.start));
    let in_unnamed = |m: &&Mention| unnamed.iter().any(|u| u.sentence == m.sentence && u.start <= m.start && u.end >= m.end);
    let mut items: Vec<(&Mention, bool)> = named.iter().filter(outermost).filter(|m| !in_unnamed(m)).map(|m| (m, false)).chain(unnamed.iter().map(|m| (m, true))).collect();
    items.sort_by_key(|(m, _)| (m.sentence, m.start));
    let glue = |a: &Mention, b: &Mention| a.sentence == b.sentence && a.end <= b.start && matches!(norm.slice(a.end, b.start), ", " | " and " | ", and ");
    let mut k = 0;
    while k < items.len() {
        let mut e = k + 1;
        while e < items.len() && glue(items[e - 1].0, items[e].0) {
            e += 1;
        }
        let run = &items[k..e];
        let bodies: Vec<&Mention> = run.iter().filter(|(m, new)| !new && m.ty == EntityType::Organization).map(|(m, _)| *m).collect();
        let others = run.iter().any(|(m, new)| !new && m.ty != EntityType::Organization);
        let kind = bodies.first().and_then(|m| m.kind);
        if run.len() >= 3 && bodies.len() >= 2 && !others && bodies.iter().all(|m| m.kind == kind) {
            // (In 2015, A and B …: a year set off before the list is no body)
            for (m, _) in run.iter().filter(|(m, new)| *new && !m.label.chars().all(|c| c.is_ascii_digit())) {
                found.push(Mention { kind, ..(*m).clone() });
            }
        }

        k = e;
    }
    found
}

/// `Bay University, Eastmere, Kenya`: one capitalised word the lexicon lacks, set off by commas
/// between a body's name and a place or country it knows, is the body's city.
fn places_between_a_body_and_its_region(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let by_sentence = mentions_by_sentence(out, sentence_words.len());
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        let here = || by_sentence[si].iter().map(|&i| &out[i]);
        for w in ws.iter().map(|w| without_marks(w, &[','])) {
            if !capitalised(&w.text) || !w.text.chars().all(char::is_alphabetic) || NOT_NAMES.contains(&w.text.as_str()) || here().any(|m| m.start < w.end && w.start < m.end) {
                continue;
            }
            let body_before = here().any(|m| m.ty == EntityType::Organization && m.end + 2 == w.start && norm.chars[m.end] == ',');
            let region_after = here().any(|m| matches!(m.ty, EntityType::Place | EntityType::Country) && m.start == w.end + 2 && norm.chars[w.end] == ',');
            if body_before && region_after {
                found.push(mention(EntityType::Place, norm, std::slice::from_ref(&w), si, "place.en-between-body-and-region"));
            }
        }
    }
    out.extend(found);
}

/// The indices of the mentions of each of `n` sentences, read once for passes that look at a
/// sentence's mentions word by word.
fn mentions_by_sentence(out: &[Mention], n: usize) -> Vec<Vec<usize>> {
    let mut by_sentence = vec![Vec::new(); n];
    for (i, m) in out.iter().enumerate() {
        if let Some(here) = by_sentence.get_mut(m.sentence) {
            here.push(i);
        }
    }
    by_sentence
}

/// A word without the marks the word reader kept at its end (`Eastmere.`, `Eastmere,`).
fn without_marks(w: &Word, marks: &[char]) -> Word {
    let text = w.text.trim_end_matches(marks);
    Word { text: text.to_owned(), start: w.start, end: w.start + text.chars().count() }
}

/// `at the town of Eastmere`: a capitalised name (one or two words) after a settlement's kind
/// and `of` is a place.
fn places_called_by_their_kind(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    const KINDS: &[&str] = &["town", "city", "village", "county", "township"];
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in 1..ws.len().saturating_sub(2) {
            if ws[k - 1].text != "the" || !KINDS.contains(&ws[k].text.as_str()) || ws[k + 1].text != "of" {
                continue;
            }
            let name: Vec<Word> = ws[k + 2..].iter().take(2).map(|w| without_marks(w, &['.'])).take_while(|w| capitalised(&w.text) && w.text.chars().all(char::is_alphabetic) && !NOT_NAMES.contains(&w.text.as_str())).collect();
            let Some(last) = name.last() else { continue };
            let (start, end) = (name[0].start, last.end);
            if out.iter().any(|m| m.start < end && start < m.end) {
                continue;
            }
            let span = Word { text: norm.slice(start, end).to_owned(), start, end };
            found.push(mention(EntityType::Place, norm, std::slice::from_ref(&span), si, "place.en-called-by-its-kind"));
        }
    }
    out.extend(found);
}

/// `in Bayport, Lakeview, Harbourton and Eastmere`: a one-word name the lexicon lacks, listed
/// with three or more places it knows (commas and `and` between, nothing else), is a place too.
fn places_listed_with_places(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let by_sentence = mentions_by_sentence(out, sentence_words.len());
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        let here = || by_sentence[si].iter().map(|&i| &out[i]);
        let place_at = |w: &Word| here().any(|m| m.ty == EntityType::Place && m.start == w.start && m.end == w.end);
        let named_at = |w: &Word| here().any(|m| m.start < w.end && w.start < m.end);
        let glue = |a: &Word, b: &Word| matches!(norm.slice(a.end, b.start), ", " | " and " | ", and ");
        let item = |w: &Word| capitalised(&w.text) && w.text.chars().all(char::is_alphabetic) && !NOT_NAMES.contains(&w.text.as_str());
        // (`and` is a word of its own: the items are read past it; … and Eastmere.: the
        // sentence's full stop kept on the last word is no part of it)
        let ws: Vec<Word> = ws.iter().filter(|w| w.text != "and").map(|w| without_marks(w, &['.'])).collect();
        let mut k = 0;
        while k < ws.len() {
            let mut e = k;
            while e < ws.len() && item(&ws[e]) && (e == k || glue(&ws[e - 1], &ws[e])) {
                e += 1;
            }
            let run = &ws[k..e];
            let known = run.iter().filter(|w| place_at(w)).count();
            if run.len() >= 4 && known >= 3 && run.iter().all(|w| place_at(w) || !named_at(w)) {
                for w in run.iter().filter(|w| !place_at(w)) {
                    found.push(mention(EntityType::Place, norm, std::slice::from_ref(w), si, "place.en-listed-with-places"));
                }
            }
            k = e.max(k + 1);
        }
    }
    out.extend(found);
}

/// `the Lakeside Bridge project`: capitalised words that name no body, between `the` and a
/// lower-case project or programme, name a project.
fn lower_case_project(names: &EnNames, norm: &NormText, ws: &[Word], i: usize, j: usize, si: usize) -> Option<Mention> {
    let kind_follows = ws.get(j).is_some_and(|w| matches!(w.text.as_str(), "project" | "programme" | "program") && w.start == ws[j - 1].end + 1);
    let the_before = i > 0 && ws[i - 1].text == "the";
    let known = names.get(&joined(&ws[i..j])).is_some_and(|n| !n.demonym);
    (kind_follows && the_before && !known && head_of(&ws[i..j]).is_none() && title_in(&ws[i..j]).is_none()).then(|| mention(EntityType::Project, norm, &ws[i..j], si, "project.en-lower-case-kind"))
}

/// The Lotus Language Institute (LLI) at Lakeside University (LU): a unit's acronym between it and
/// `at` its university still makes one name, the unit at the university.
fn units_at_universities_after_acronym(norm: &NormText, out: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < out.len() {
        // the next mention after the unit's name (its acronym may be a mention of its own)
        let Some(n) = (k + 1..out.len().min(k + 4)).find(|&n| out[n].start > out[k].end) else { k += 1; continue };
        let (a, b) = (&out[k], &out[n]);
        let between: String = norm.chars[a.end..b.start].iter().collect();
        let acronym_at = between.strip_prefix(" (").and_then(|r| r.split_once(") at ")).is_some_and(|(acr, rest)| {
            (2..=6).contains(&acr.len()) && acr.chars().all(|c| c.is_ascii_uppercase()) && matches!(rest, "" | "the ")
        });
        let unit = a.ty == EntityType::Organization && a.label.rsplit(' ').next().is_some_and(|h| matches!(h, "Institute" | "Center" | "Centre" | "School" | "College" | "Department" | "Faculty" | "Laboratory"));
        // (the Lotus Studies Program (LSP) at Bay University: a programme at a university is
        // one of its units, a body)
        let programme = a.ty == EntityType::Project && a.label.rsplit(' ').next().is_some_and(|h| matches!(h, "Program" | "Programme"));
        if acronym_at && (unit || programme) && b.ty == EntityType::Organization && b.label.split(' ').any(|w| w == "University") {
            let (label, end) = (format!("{} at {}", a.label, b.label), b.end);
            let a = &mut out[k];
            if programme {
                (a.ty, a.kind) = (EntityType::Organization, Some(OrgKind::Research));
            }
            a.surface = label.clone();
            a.label = label;
            a.end = end; // the university stays a mention of its own, with its acronym
        }
        k += 1;
    }
}

/// Institute of Bay Studies at Lakeside University: the unit is also written without its
/// university, and the university is a body of its own.
fn universities_of_units(out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    let spans: std::collections::HashSet<(usize, usize)> = out.iter().filter(|m| m.ty == EntityType::Organization).map(|m| (m.start, m.end)).collect();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        // (the Center for Lotus Studies of Bay University: a unit named with its university after
        // `of` is the unit its own name says later, and the university a body of its own)
        // (… of the University of Lakeside, … of Universitas Bayland: the university's name
        // may hold an `of` of its own)
        let university = |t: &str| t.split(' ').any(|w| matches!(w, "University" | "Universitas" | "Universiti"));
        let unit_of = |at: usize| !m.surface.contains(" at ") && !m.surface.contains(" in ") && m.surface[..at].split(' ').count() >= 2 && m.surface[..at].split(' ').any(|w| matches!(w, "Center" | "Centre" | "Institute" | "School" | "Laboratory" | "Studies")) && !university(&m.surface[..at]) && university(&m.surface[at + 4..]);
        if let Some(at) = m.surface.match_indices(" of ").map(|(k, _)| k).find(|&at| unit_of(at)) {
            let unit = m.surface[..at].to_owned();
            let rest = &m.surface[at + 4..];
            let uni = rest.strip_prefix("the ").unwrap_or(rest).to_owned();
            let start = m.end - uni.chars().count();
            if !spans.contains(&(start, m.end)) {
                found.push(Mention { ty: EntityType::Organization, start, end: m.end, label: uni.clone(), surface: uni, aliases: vec![], kind: Some(OrgKind::University), lex: None, sentence: m.sentence, rule: "org.en-university-of-unit", parent: None, note: None });
            }
            m.aliases.push(unit);
            continue;
        }
        let Some(at) = m.surface.find(" at ").or_else(|| m.surface.find(" in ")).filter(|&at| m.surface[at..].split(' ').any(|w| w == "University")) else { continue };
        let unit = m.surface[..at].to_owned();
        let rest = &m.surface[at + 4..];
        let uni = rest.strip_prefix("the ").unwrap_or(rest).to_owned();
        let start = m.end - uni.chars().count();
        if !spans.contains(&(start, m.end)) {
            found.push(Mention { ty: EntityType::Organization, start, end: m.end, label: uni.clone(), surface: uni, aliases: vec![], kind: Some(OrgKind::University), lex: None, sentence: m.sentence, rule: "org.en-university-of-unit", parent: None, note: None });
        }
        m.aliases.push(unit);
    }
    out.extend(found);
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
}

/// the Coastal Silk think tank alliance, the Harbour university alliance: a proper name
/// followed by an alliance head written in lower case. Returns where the head ends.
fn lower_case_alliance_end(ws: &[Word], i: usize, j: usize) -> Option<usize> {
    if head_of(&ws[i..j]).is_some() {
        return None;
    }
    lower_case_alliance_head(&ws[j..]).map(|n| j + n)
}

/// `Darkhan, the capital of Mongolia`: one or two plain capitalised words the text calls a
/// country's capital.
fn capital_before(names: &EnNames, chars: &[char], ws: &[Word], i: usize, j: usize) -> bool {
    let run = &ws[i..j];
    let plain = run.len() <= 2 && run.iter().all(|w| w.text.chars().all(char::is_alphabetic)) && head_of(run).is_none() && title_in(run).is_none();
    let known = names.get(&joined(run)).is_some();
    let after: String = chars[run[run.len() - 1].end..chars.len().min(run[run.len() - 1].end + 18)].iter().collect();
    plain && !known && (after.starts_with(", the capital of ") || after.starts_with(", capital of "))
}

/// `Khorezm region`, `Andijan province`: one or two capitalised words the text gives no
/// other reading, then a level of a country's divisions in lower case. Returns where it ends.
fn lower_case_place_end(lex: &Lexicon, names: &EnNames, ws: &[Word], i: usize, j: usize) -> Option<usize> {
    let run = &ws[i..j];
    ws.get(j).filter(|w| w.start == ws[j - 1].end + 1 && DIVISIONS.contains(&w.text.as_str()))?;
    // (the Central Asian region: a part of the world, not a division of one country)
    const PARTS_OF_THE_WORLD: &[&str] = &["Asian", "European", "African", "American", "Eurasian", "Caucasian", "Pacific", "Atlantic", "Arctic", "Baltic", "Balkan", "Arab"];
    let of_the_world = |w: &Word| REGIONS.contains(&w.text.as_str()) || PARTS_OF_THE_WORLD.contains(&w.text.as_str());
    // (the LIRS region: an acronym's region is the area of a programme, no division)
    let word = |w: &Word| w.text.chars().all(char::is_alphabetic) && w.text.chars().skip(1).any(char::is_lowercase);
    let plain = run.len() <= 2 && run.iter().all(|w| capitalised(&w.text) && word(w) && !of_the_world(w));
    // (Yunnan province: a province the lexicon knows keeps its own name, the level word left
    // out; Bukhara region is the region around the city Bukhara)
    let level = ws[j].text.as_str();
    let known = names.get(&joined(run)).is_some_and(|n| match n.lex {
        LexRef::Country(_) => true,
        LexRef::Place(pi) => lex.places[pi].kind == level,
        LexRef::Org(_) => false,
    });
    (plain && !known && head_of(run).is_none() && title_in(run).is_none()).then_some(j + 1)
}

/// a Mongolia, Kazakhstan and Kyrgyzstan think tank alliance: the countries listed before the one that
/// opens the alliance's name belong to it. Returns where the name starts.
fn countries_listed_before(names: &EnNames, chars: &[char], ws: &[Word], start: usize) -> usize {
    let country = |w: &Word| names.country(&w.text).is_some();
    if !ws.get(start).is_some_and(country) {
        return start;
    }
    let mut from = start;
    // … X and Y, … X, Y and Z: one word per country, joined by a comma or `and`
    loop {
        if from >= 2 && ws[from - 1].text == "and" && country(&ws[from - 2]) {
            from -= 2;
        } else if from >= 1 && country(&ws[from - 1]) && chars.get(ws[from - 1].end) == Some(&',') {
            from -= 1;
        } else {
            return from;
        }
    }
}

/// `think tank alliance`, `university network` at the start of `ws`: how many words it takes.
fn lower_case_alliance_head(ws: &[Word]) -> Option<usize> {
    const KINDS: &[&[&str]] = &[&["think", "tank"], &["think", "tanks"], &["university"], &["universities"], &["media"], &["cities"]];
    const HEADS: &[&str] = &["alliance", "network", "consortium"];
    let kind = KINDS.iter().find(|k| ws.len() >= k.len() && ws[..k.len()].iter().zip(k.iter()).all(|(w, t)| w.text == *t))?;
    (kind.len() < ws.len() && HEADS.contains(&ws[kind.len()].text.as_str())).then_some(kind.len() + 1)
}

/// Secretary General of the Belt and Road think tank alliance: the alliance's name starts after
/// the title and its `of (the)`.
fn after_title_of(ws: &[Word], i: usize, j: usize) -> usize {
    let Some((t, n)) = title_in(&ws[i..j]) else { return i };
    let mut k = i + t + n;
    while k < j && matches!(ws[k].text.as_str(), "of" | "the") {
        k += 1;
    }
    if k < j { k } else { i }
}

/// The end of a run of capitalised words starting at `i` (joined by single spaces, with
/// connectors between capitalised words), or None when no name starts there.
fn chunk_end(names: &EnNames, chars: &[char], ws: &[Word], i: usize) -> Option<usize> {
    // Founding Ceremony of …, Founding Meeting: the word opens the event's name
    let founding_event = founding_meeting(ws, i);
    // … and Xinhua Open the Expert Forum: a headline's verb Open before an article
    // (Bay Forum Launch in Beijing, Lotus Summit Opens: a headline's verb after a meeting's head,
    // no name word after it)
    let headline_verb = |k: usize| k > 0 && MEETING_HEADS.contains(&ws[k - 1].text.as_str()) && matches!(ws[k].text.as_str(), "Launch" | "Launched" | "Launches" | "Opens" | "Opened" | "Held" | "Concludes" | "Concluded" | "Closes" | "Closed" | "Kicks" | "Starts" | "Begins" | "Ends") && ws.get(k + 1).is_none_or(|w| !capitalised(&w.text) || w.start > ws[k].end + 1);
    let verb_open = |k: usize| ws[k].text == "Open" && ws.get(k + 1).is_some_and(|w| w.text == "the") || headline_verb(k);
    // A & F, R & D: a single letter before an ampersand is part of the name
    // (Prof T K Hale: a single capital after another, before a capitalised word, is an initial)
    let single = |w: &Word| w.text.len() == 1 && w.text.chars().all(|c| c.is_ascii_uppercase());
    // (General A K Hale: the first of several lone capitals, `A` too, is an initial, no article)
    let before_initial = |k: usize| single(&ws[k]) && ws.get(k + 1).is_some_and(|w| single(w) && w.start == ws[k].end + 1);
    let starts = capitalised(&ws[i].text) && (!NOT_NAMES.contains(&ws[i].text.as_str()) || before_initial(i) || surname_he_at(ws, i)) && !verb_open(i) || founding_event || year_or_ordinal(&ws[i].text) && ws.get(i + 1).is_some_and(|w| capitalised(&w.text));
    if !starts {
        return None;
    }
    // a line break inside a paragraph is a space the page wrapped
    // (the “Coastal Road” University Alliance: a quoted part opening the name goes on after
    // its closing quote)
    // (not a slogan before a name of its own: “Open Doors” Lakeside University)
    // (and in straight quotes: the "Coastal Road" University Alliance)
    let quoted_start = ws[i].start > 0 && matches!(chars[ws[i].start - 1], '“' | '"');
    const GENERIC: &[&str] = &["International", "Cooperation", "Joint", "Think", "Research", "Development", "Innovation", "Economic", "Regional"];
    let generic = |w: &Word| head_word(&w.text).is_some() || MEETING_HEADS.contains(&w.text.as_str()) || GENERIC.contains(&w.text.as_str());
    // (Prof.A. Rustamov: a word after an abbreviation's dot with the space lost)
    // (a headline, then a line of one word: a byline or a site's name, not the name's end)
    let alone_on_line = |b: &Word| chars.get(b.end).is_none_or(|&c| c == '\n');
    let adjacent = |a: &Word, b: &Word| b.start == a.end + 1 && (chars[a.end] == ' ' || chars[a.end] == '\n' && !alone_on_line(b)) || b.start == a.end && a.text.ends_with('.') && capitalised(&b.text) || quoted_start && b.start == a.end + 2 && matches!(chars[a.end], '”' | '"') && chars[a.end + 1] == ' ' && generic(b);
    let initial = |k: usize| ws[k].text.len() == 1 && ws.get(k + 1).is_some_and(|w| w.text == "&") || single(&ws[k]) && k > 0 && single(&ws[k - 1]) && ws.get(k + 1).is_some_and(|w| capitalised(&w.text) && w.text.len() >= 2) || before_initial(k);
    // (Bay Experts Forum, Lakeside Members Council: the people a meeting or body gathers, inside its name)
    // (… Administration of Visiting Experts Affairs: or before a field word that closes a name)
    let people_before_head = |k: usize| matches!(ws[k].text.as_str(), "Experts" | "Officials" | "Members" | "Delegates" | "Representatives" | "Participants") && ws.get(k + 1).is_some_and(|w| head_word(&w.text).is_some() || MEETING_HEADS.contains(&w.text.as_str()) || FIELD_WORDS.contains(&w.text.as_str()));
    // Xinhua News Agency, Harbour News Service: News inside a name, before its head
    let news_of = |k: usize| ws[k].text == "News" && ws.get(k + 1).is_some_and(|w| head_word(&w.text).is_some() || matches!(w.text.as_str(), "Service" | "Network"));
    // (Mr. He Jan: after Mr. or Dr., a word that is also a pronoun opens a name)
    // (and Mr. He Jan: a name's second word that is also a month's short form, Jun, goes on too)
    let honorific = |h: usize| matches!(ws[h].text.as_str(), "Mr." | "Ms." | "Mrs." | "Dr." | "Mr" | "Ms" | "Mrs" | "Dr");
    let after_honorific = |k: usize| {
        let next_capital = ws.get(k + 1).is_some_and(|w| capitalised(&w.text) && w.start == ws[k].end + 1);
        honorific(k - 1) && next_capital || k >= 2 && honorific(k - 2) && capitalised(&ws[k - 1].text) && !next_capital
    };
    let mut j = i + 1;
    // People's Government, People's Congress: a possessive that belongs to the name
    let ends_name = |w: &Word| (w.text.ends_with("'s") || w.text.ends_with("’s")) && !matches!(w.text.as_str(), "People's" | "People’s");
    // (the China-Bayland University Rector's Cooperation Dialogue: a possessive inside a
    // meeting's name, its head a few capitalised words on; not a place's: Bayland's Forum)
    let inside_meeting = |k: usize| {
        let owner = ws[k - 1].text.trim_end_matches("'s").trim_end_matches("’s");
        let run = ws[k..].iter().take(3).take_while(|w| capitalised(&w.text)).collect::<Vec<_>>();
        names.get(owner).is_none() && run.iter().any(|w| MEETING_HEADS.contains(&w.text.as_str()))
    };
    // (… Institute of the State Council’s Development Research Center: in a name's `of` tail, a
    // body's possessive before another body's head belongs to the name)
    let inside_body = |k: usize| {
        let owner = ws[k - 1].text.trim_end_matches("'s").trim_end_matches("’s");
        // (Tom Hale of South Africa's Department of …: an owner of two words the lexicon knows)
        let two = || format!("{} {owner}", ws[k - 2].text);
        let known_owner = names.get(owner).is_some() || k >= i + 2 && (names.country(&two()).is_some() || names.place(&two()).is_some());
        let run = ws[k..].iter().take(4).take_while(|w| capitalised(&w.text)).collect::<Vec<_>>();
        // (… Studies under Kazakhstan’s Foreign Ministry: after `under`, a country's too)
        let under = ws[i..k].iter().any(|w| w.text == "under");
        (ws[i..k].iter().any(|w| w.text == "of") && !known_owner || under) && run.iter().any(|w| head_word(&w.text).is_some())
    };
    // (Professor at Lakeside University Tom Hale and …: after a head word, two or three plain
    // capitalised words the lexicon does not know, then lower case or a mark, are a person)
    let person_after = |k: usize| {
        // (… of the Bay Council Tom Hale; Chairman of …: after a body named with its article, a
        // mark after a word closes the run)
        let named_body = ws[..k].iter().rev().take(5).any(|w| w.text == "the");
        let marked = |w: &Word| named_body && matches!(chars.get(w.end), Some(';' | ','));
        let upto_mark = ws[k..].iter().take(4).position(marked).map_or(4, |m| m + 1);
        let n = ws[k..].iter().take(upto_mark).take_while(|w| capitalised(&w.text)).count();
        let run = &ws[k..k + n];
        let plain = |w: &Word| w.text.chars().all(|c| c.is_alphabetic() || c == '-') && head_word(&w.text).is_none() && names.get(&w.text).is_none() && !NOT_NAMES.contains(&w.text.as_str()) && !TITLES.contains(&w.text.as_str());
        let closed = ws.get(k + n).is_none_or(|w| !capitalised(&w.text)) || n < 2 || n > 0 && marked(&ws[k + n - 1]);
        // (Counsellor at the Bay Embassy in China Tom Hale: or after the country the body is in)
        (head_word(&ws[k - 1].text).is_some() || after_place_of_a_body(names, ws, k)) && !FOREIGN_UNIVERSITY.contains(&ws[k - 1].text.as_str()) && (2..=3).contains(&n) && run.iter().all(plain) && run.windows(2).all(|p| p[1].start == p[0].end + 1) && closed && names.get(&joined(run)).is_none()
    };
    // (Bay City 110 057: digits after a known place are its postal code, not part of a name)
    let postal_code = |k: usize| ws[k].text.chars().all(|c| c.is_ascii_digit()) && (names.place(&joined(&ws[i..k])).is_some() || names.country(&joined(&ws[i..k])).is_some());
    while j < ws.len() && (!ends_name(&ws[j - 1]) || inside_meeting(j) || inside_body(j)) && !verb_open(j) && !person_after(j) && !postal_code(j) {
        if adjacent(&ws[j - 1], &ws[j]) && (capitalised(&ws[j].text) || ws[j].text.chars().all(|c| c.is_ascii_digit()) || year_or_ordinal(&ws[j].text) && ws[j].text.contains('-')) && (!NOT_NAMES.contains(&ws[j].text.as_str()) || initial(j) || surname_he_at(ws, j) || news_of(j) || founding_meeting(ws, j) || people_before_head(j) || after_honorific(j)) && !(initialled_name(&ws[j].text) && title_in(&ws[i..j]).is_none()) && !(initials_only(&ws[j].text) && !super::words::is_honorific(&ws[j].text) && ws[i..j].iter().any(|w| head_word(&w.text).is_some())) && !(initial_word(&ws[j].text) && ws[j - 1].text.chars().filter(|c| c.is_ascii_uppercase()).count() >= 3 && !ws[j - 1].text.contains('.')) {
            j += 1;
        } else if j + 1 < ws.len() && adjacent(&ws[j - 1], &ws[j]) && adjacent(&ws[j], &ws[j + 1]) && names.get(&joined(&ws[j - 1..j + 2])).is_some() && ws[j].text.chars().all(|c| c.is_lowercase()) {
            // (Rio de Janeiro in a body's name: a lower-case particle inside a known place's name)
            j += 2;
        } else if j + 1 < ws.len() && adjacent(&ws[j - 1], &ws[j]) && adjacent(&ws[j], &ws[j + 1]) && matches!(ws[j].text.as_str(), "ur" | "ul" | "ud" | "uz" | "us") && is_title_case(&ws[j - 1].text) && is_title_case(&ws[j + 1].text) {
            // (Karim ur Hale, Omar ul Lee: the Arabic article that joins a name's parts)
            j += 2;
        } else if j + 1 < ws.len() && (CONNECTORS.contains(&ws[j].text.as_str()) || ws[j].text == "with" || foreign_particle(ws, i, j)) && adjacent(&ws[j - 1], &ws[j]) && adjacent(&ws[j], &ws[j + 1]) && !(ws[j].text == "and" && person_styled(ws, i)) && joins(names, &ws[i..j], &ws[j].text, &ws[j + 1..]) {
            // of the, for the: an article after the connector
            // (Center for a New Bay Security: an indefinite article too, before a capital)
            // (Bay Forum on the 30th Anniversary of …: or before an ordinal anniversary)
            let ordinal_at = |k: usize| ws.get(k).is_some_and(|w| year_or_ordinal(&w.text) && !w.text.chars().all(|c| c.is_ascii_digit())) && ws.get(k + 1).is_some_and(|w| w.text == "Anniversary" && adjacent(&ws[k], w));
            let article = matches!(ws[j + 1].text.as_str(), "the" | "a") && (ws.get(j + 2).is_some_and(|w| capitalised(&w.text)) || ordinal_at(j + 2));
            let next = if article && j + 2 < ws.len() && adjacent(&ws[j + 1], &ws[j + 2]) { j + 2 } else { j + 1 };
            // … in Tianjin on Nov 8: a month after the connector is a date, not a name
            // (… of the Member States of the Bay Council: member states of a body are in its name)
            let member_states = ws[next].text == "Member" && ws.get(next + 1).is_some_and(|w| matches!(w.text.as_str(), "States" | "Countries") && w.start == ws[next].end + 1);
            if !(capitalised(&ws[next].text) || ordinal_at(next)) || NOT_NAMES.contains(&ws[next].text.as_str()) && !member_states {
                break;
            }
            j = next + 1;
        } else if let Some(next) = belt_and_road_end(chars, ws, j) {
            j = next;
        } else if let Some(next) = comma_series_end(names, chars, &ws[i..], j - i) {
            j = i + next;
        } else if adjectives_before_head(names, chars, &ws[i..], j - i) {
            j += 1;
        } else {
            break;
        }
    }
    Some(j)
}

/// `… Embassy in China` right before word `k`: a body's head, `in` and a place the lexicon knows.
fn after_place_of_a_body(names: &EnNames, ws: &[Word], k: usize) -> bool {
    k >= 3 && ws[k - 2].text == "in" && names.get(&ws[k - 1].text).is_some() && head_word(&ws[k - 3].text).is_some()
}

/// Dr Tom Hale and …, Datuk Seri Ann Lee and …: a run an honorific opens is a person's name,
/// which `and` ends.
fn person_styled(ws: &[Word], i: usize) -> bool {
    i >= 1 && super::words::is_honorific(&ws[i - 1].text) && !matches!(ws[i - 1].text.as_str(), "Excellency" | "Highness")
        || i >= 2 && super::words::two_word_style_at(ws, i - 2)
}

/// The initiative's name written `Belt and the Road` or `One Belt, One Road` inside a longer
/// name (Center for the Belt and the Road Studies): where it ends, when `Belt` ends at `j`.
fn belt_and_road_end(chars: &[char], ws: &[Word], j: usize) -> Option<usize> {
    let at = |k: usize, w: &str| ws.get(k).is_some_and(|x| x.text == w);
    if !at(j - 1, "Belt") {
        return None;
    }
    if at(j, "and") && at(j + 1, "the") && at(j + 2, "Road") {
        return Some(j + 3);
    }
    (chars.get(ws[j - 1].end) == Some(&',') && j >= 2 && at(j - 2, "One") && at(j, "One") && at(j + 1, "Road")).then_some(j + 2)
}

/// (Chairman of Economic, Social and Cultural Council: a series of capitalised words, set off
/// by commas and closed by `and`, before a head word the chunk has not yet reached)
fn adjectives_before_head(names: &EnNames, chars: &[char], ws: &[Word], j: usize) -> bool {
    let after_comma = j < ws.len() && chars.get(ws[j - 1].end) == Some(&',') && ws[j].start == ws[j - 1].end + 2 && capitalised(&ws[j].text);
    if !after_comma || ws[..j].iter().any(|w| head_word(&w.text).is_some()) {
        return false;
    }
    let run = &ws[j..ws.len().min(j + 5)];
    let Some(and) = run.iter().position(|w| w.text == "and") else { return false };
    let contiguous = run.windows(2).take(and + 2).all(|p| p[1].start == p[0].end + 1);
    // (Almaty, Kazakhstan and Center for …: places, or a head right after `and`, start another name)
    let adjective = |w: &Word| capitalised(&w.text) && head_word(&w.text).is_none() && names.get(&w.text).is_none();
    contiguous && adjective(&ws[j - 1]) && run[..and].iter().all(adjective) && run.get(and + 1).is_some_and(adjective) && run.get(and + 2).is_some_and(|w| head_word(&w.text).is_some())
}

/// Parts of the world: the last word of South Asia, Central Europe, Latin America …
const REGIONS: &[&str] = &["Asia", "Europe", "Africa", "America", "Caucasus", "Eurasia"];

/// Words that close the field a body studies (… Central Asian Studies).
const FIELD_WORDS: &[&str] = &["Studies", "Affairs", "Sciences", "Relations", "Research", "Development"];

/// Institute of East European, Russian, and Central Asian Studies: a series of capitalised
/// fields, separated by commas and closed by `and`, that ends in a field word, after a head
/// and its `of`/`for`. Returns where the series ends (an index into `ws`).
fn comma_series_end(names: &EnNames, chars: &[char], ws: &[Word], j: usize) -> Option<usize> {
    // Institute of Mongolia, Eastern Europe and Central Asia: the regions a body studies
    // (Agency for X under the Ministry of Higher Education, …: the last `of` opens the series)
    // (Committee on Science, Education, Culture and Youth Policy: a committee's `on` too)
    let of = ws[..j].iter().rposition(|w| matches!(w.text.as_str(), "of" | "for" | "on"))?;
    // (Minister of Higher Education, Research and Technology: a minister's portfolios too)
    // (…, and Anna Berg: a person listed after the minister's title is no portfolio)
    // (Vice-Rector for Strategic Development, Science and Cooperation Anna Berg: a post's)
    let post_for = of > 0 && ws[of].text == "for" && TITLES.contains(&ws[of - 1].text.as_str());
    let minister = (of > 0 && ws[of - 1].text == "Minister" || post_for) && ws.get(j).is_some_and(|w| w.text != "and");
    if of == 0 || head_word(&ws[of - 1].text).is_none() && !minister || chars.get(ws[j - 1].end) != Some(&',') {
        return None;
    }
    // (Minister of Foreign Affairs of the Republic of Kazakhstan, Anna Berg, and …: a second
    // `of` has closed the name with its country; what follows the comma is no portfolio)
    if ws[of + 1..j].iter().any(|w| matches!(w.text.as_str(), "of" | "the")) {
        return None;
    }
    // Ministry of Higher Education, Science and Innovation: a ministry's portfolios, any words
    let portfolios = minister || matches!(ws[of - 1].text.as_str(), "Ministry" | "Department" | "Committee" | "Agency");
    // (Department of Bay Autonomous Region, and Liu Wei: a unit of a place
    // has no portfolios; a Chinese name after the `and` is the next person of a list)
    if names.place(&joined(&ws[of + 1..j])).is_some() || ws.get(j + 2).is_some_and(|g| ws[j].text == "and" && pinyin::is_chinese_name(&ws[j + 1].text, &g.text)) {
        return None;
    }
    // (Conference of Rectors, Vice-Chancellors and Presidents of …: the people a meeting gathers,
    // by their titles)
    let plural_title = |w: &Word| w.text.strip_suffix('s').is_some_and(super::words::is_title);
    let gathers = MEETING_HEADS.contains(&ws[of - 1].text.as_str()) && ws[of + 1..j].iter().all(plural_title);
    let mut k = j;
    let mut saw_and = false;
    while k < ws.len() && k < j + 12 {
        let w = ws[k].text.as_str();
        let last_of_run = ws.get(k + 1).is_none_or(|n| !capitalised(&n.text) || n.start != ws[k].end + 1);
        if w == "and" {
            saw_and = true;
        } else if gathers && plural_title(&ws[k]) {
            if saw_and && last_of_run {
                return Some(k + 1);
            }
        } else if !capitalised(w) || TITLES.contains(&w) || HONORIFICS.contains(&w) {
            // (Ministry of Foreign Affairs, Ambassador A and Director of …: a title ends the series)
            return None;
        } else if saw_and && (FIELD_WORDS.contains(&w) || portfolios && last_of_run || last_of_run && REGIONS.contains(&w)) {
            return Some(k + 1);
        } else if !saw_and && matches!(w, "Studies" | "Affairs") && k <= j + 6 {
            // (Institute of Russian, Eastern European, Central Asian Studies: a series of fields
            // the writer left without its `and`, closed by the field word)
            return Some(k + 1);
        }
        k += 1;
    }
    None
}

/// Whether a connector may join more words to the name so far: `and` and `in` end a name
/// that is already complete (it has its head word, or is an acronym or one known name), so
/// lists and locations stay outside (Nankai University and …, … Centre in Malaysia), unless
/// the `and` continues the words after the head's `of`/`for` (University of Science and Law).
fn joins(names: &EnNames, so_far: &[Word], connector: &str, after: &[Word]) -> bool {
    // (the Lotus Association for Friendship with Foreign Countries: `with` only inside a body's
    // purpose, after the friendship or cooperation it works for)
    // (In Central Africa the University of X: `the` alone opens the next name, it joins none)
    if connector == "the" {
        return false;
    }
    // (Professor at the University of Bayport and Executive Director of the X: a title and
    // its `of` after `and` open the person's second post, never the body's last words)
    // (Vice Chancellor and Chair Professor of X: after a title, the second title of the pair)
    if connector == "and" && head_of(so_far).is_some_and(|(ty, _)| ty == EntityType::Organization) && title_at(after, 0).is_some_and(|n| after.get(n).is_some_and(|w| matches!(w.text.as_str(), "of" | "at"))) {
        return false;
    }
    // (Ambassador Extraordinary and Plenipotentiary: a title of the list spelt with `and`)
    if connector == "and" && after.first().is_some_and(|a| (0..so_far.len()).any(|k| super::words::is_title(&format!("{} and {}", joined(&so_far[k..]), a.text)))) {
        return true;
    }
    // (BAYNEWS - Bayland agreed …: a dash after words that are no name and have no head, an
    // outlet or a kicker, joins nothing; Central Asia – China does)
    if matches!(connector, "–" | "-") && head_of(so_far).is_none() && names.get(&joined(so_far)).is_none() {
        return false;
    }
    if connector == "with" {
        // (… Think Tanks with Chinese Characteristics: the set phrase of the genre's names)
        let characteristics = after.len() >= 2 && after[1].text == "Characteristics" && capitalised(&after[0].text);
        return head_of(so_far).is_some() && (characteristics || so_far.last().is_some_and(|w| matches!(w.text.as_str(), "Friendship" | "Cooperation" | "Relations" | "Exchanges")));
    }
    // (Bay-Latin America and the Caribbean Youth Forum: one region of the world joined to
    // another is one party of the name)
    if connector == "and" && so_far.last().is_some_and(|w| REGIONS.contains(&w.text.as_str())) && after.first().is_some_and(|w| w.text == "the") && after.get(1).is_some_and(|w| matches!(w.text.as_str(), "Caribbean" | "Pacific")) {
        return true;
    }
    // Ambassador to Kazakhstan …: `to` only after a title
    // (… of the Republic of Kazakhstan K.K. Sarsenov to China: not after the person's name)
    if connector == "to" {
        // (the Chinese Embassy to Bayland: a mission's name goes on with the country it is sent to)
        // (the Mission of Bayland to ASEAN: or to a body known by its capitals)
        let body_in_capitals = |w: &Word| (3..=6).contains(&w.text.len()) && w.text.chars().all(|c| c.is_ascii_uppercase());
        let mission = so_far.last().is_some_and(|w| matches!(w.text.as_str(), "Embassy" | "Mission" | "Delegation")) && after.first().is_some_and(|w| names.country(&w.text).is_some() || body_in_capitals(w))
            || so_far.first().is_some_and(|w| w.text == "Mission") && so_far.len() >= 3 && after.first().is_some_and(|w| names.country(&w.text).is_some() || body_in_capitals(w));
        let last_known = so_far.last().is_some_and(|w| names.get(&w.text).is_some());
        return mission || title_in(so_far).is_some_and(|(t, n)| t + n == so_far.len() || last_known);
    }
    // (Forum on Local Cooperation between China and Bayland Countries, … Cooperation in
    // China-Bayland Countries: the parties of the cooperation a name is about, closed by
    // `Countries`, belong to it; `between` joins nothing else)
    let topic = so_far.last().is_some_and(|w| matches!(w.text.as_str(), "Cooperation" | "Development" | "Exchanges" | "Relations" | "Partnership" | "Trade" | "Dialogue"));
    let parties_counted = after.iter().take(8).take_while(|w| capitalised(&w.text) || matches!(w.text.as_str(), "and" | "the")).any(|w| w.text == "Countries");
    // (the Forum between China and Lakeland, Dialogue between Civilizations: a meeting's name
    // goes on with the parties it is between)
    let meeting = so_far.iter().any(|w| MEETING_HEADS.contains(&w.text.as_str()));
    let parties = after.first().is_some_and(|w| names.get(&w.text).is_some() || matches!(w.text.as_str(), "Civilizations" | "Civilisations" | "Cultures" | "Nations" | "Peoples"));
    if connector == "between" {
        return (topic || head_of(so_far).is_some()) && parties_counted && after.first().is_some_and(|w| names.get(&w.text).is_some()) || meeting && parties;
    }
    if connector == "in" && topic && parties_counted && head_of(so_far).is_some() {
        return true;
    }
    // Institute of Bay Studies at Lakeside University: a unit at its university is one name
    // (the Lotus Language Institute in Lakeside University too)
    if matches!(connector, "at" | "in") {
        let unit = so_far.iter().any(|w| matches!(w.text.as_str(), "Institute" | "Center" | "Centre" | "School" | "College" | "Department" | "Faculty" | "Laboratory"));
        // (the name's last word: a bracketed acronym after it is no part of it)
        let words: Vec<&Word> = after.iter().skip_while(|w| w.text == "the").collect();
        // (… at Bishkek Lotus University Monday: a weekday after the name is none of it)
        let run = name_run(words.iter().copied());
        let at_university = unit && head_of(so_far).is_some() && run > 0 && words[run - 1].text == "University";
        if connector == "at" || at_university {
            return at_university;
        }
    }
    // (Bay Island of Lakeside: a place's name ends before `of` and the country it is in)
    let place_of_country = so_far.last().is_some_and(|w| head_word(&w.text).is_some_and(|(t, _)| t == EntityType::Place)) && after.first().is_some_and(|w| names.country(&w.text).is_some());
    if connector == "of" && (place_of_country || university_of_its_country(names, so_far, after) || country_after_a_named_school(names, so_far, after) || name_of_its_body(names, so_far, after) || school_of_a_ministry(so_far, after)) {
        return false;
    }
    // (Dean of the Faculty of Bay Studies K.Imamov and T.Lee: initials name people, no field)
    if connector == "and" && after.first().is_some_and(|w| initialled_name(&w.text)) {
        return false;
    }
    // (… Tom Hale and Senior Fellow at …: a title after `and` opens the next person's item)
    // (… Tom Hale and LBU President …: or a body's initials and a title)
    let acronym_then_title = after.first().is_some_and(|w| w.text.len() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase())) && title_at(after, 1).is_some();
    // (KazLISS Director Tom Hale and Vice-President of …: so_far ends with a titled person's name)
    let titled_name_before = title_in(so_far).is_some_and(|(t, n)| (2..=3).contains(&(so_far.len() - t - n)) && so_far[t + n..].iter().all(|w| capitalised(&w.text) && head_word(&w.text).is_none()));
    if connector == "and" && (head_of(so_far).is_none() || titled_name_before) && (title_at(after, 0).is_some() || acronym_then_title) {
        return false;
    }
    // (Prime Minister Tom Hale and Lakeside Assembly Chairwoman Anna Berg: a body, its title
    // and a name after `and` are the next person's item too)
    if connector == "and" && titled_name_before && body_title_name(after) {
        return false;
    }
    // (… University of Oriental Studies and Tan Weiming, vice-rector of …: a Chinese name after
    // `and` is a person's, not a field's)
    if connector == "and" && after.len() >= 2 && after[1].start == after[0].end + 1 && pinyin::is_chinese_name(&after[0].text, &after[1].text) {
        return false;
    }
    // … joined the Alliance on the Founding Ceremony: `on the` before a meeting is a time
    if connector == "on" && after.first().is_some_and(|w| w.text == "the") {
        let run = after[1..].iter().take_while(|w| capitalised(&w.text)).count();
        if after[1..1 + run].iter().any(|w| MEETING_HEADS.contains(&w.text.as_str())) {
            return false;
        }
    }
    // (… between China and Malaysia on the Establishment of …: a country's or place's name alone
    // is not the start of a name that `on` goes on with)
    if connector == "on" && head_of(so_far).is_none() && names.get(&joined(so_far)).is_some() {
        return false;
    }
    // (Promoting the Implementation of the Global X Initiative: the act done to a named thing
    // is none of its name)
    if connector == "of" && so_far.len() == 1 && matches!(so_far[0].text.as_str(), "Implementation" | "Promotion" | "Establishment" | "Upgrading" | "Strengthening" | "Enhancement" | "Formation" | "Creation") {
        return false;
    }
    // (… Lakeside University of Engineering and LPEI: a short form in capitals after `and` is
    // another body's, not the last word of this name)
    let capitals = |w: &Word| (2..=6).contains(&w.text.len()) && w.text.chars().all(|c| c.is_ascii_uppercase());
    if connector == "and" && head_of(so_far).is_some() && after.first().is_some_and(capitals) && after.get(1).is_none_or(|w| !capitalised(&w.text) || w.start > after[0].end + 1) {
        return false;
    }
    // (… Cooperation Agency on Strengthening Development …: a body's name ends before `on` and
    // a verb's -ing form, what an agreement with it is about; a meeting's name goes on)
    let gerund = after.first().is_some_and(|w| w.text.len() > 5 && w.text.ends_with("ing") && capitalised(&w.text));
    if connector == "on" && gerund && head_of(so_far).is_some_and(|(ty, _)| ty == EntityType::Organization) {
        return false;
    }
    // Institute for Strategic Studies under the President of …: a body placed under another
    // (Director of the Lakeside Institute under the President of …: the body after the title)
    if connector == "under" {
        let patron = after.iter().skip_while(|w| w.text == "the").take(3).take_while(|w| capitalised(&w.text)).any(|w| PATRONS.contains(&w.text.as_str()));
        return (head_of(so_far).is_some() || head_of(body_after_title(so_far)).is_some()) && patron;
    }
    // (Joint Conference of Lotus Institutes in Central Asia and the South Caucasus: a second
    // part of the world after the region the name is `in` is the name's too)
    if connector == "and" && in_a_region(so_far) && region_at(after) {
        return true;
    }
    // (the Forum of Bay Rectors of the Lotus Republic and the Steppe Republic: the second
    // country of a meeting between two is the name's too)
    if connector == "and" && meeting_of_a_country(names, so_far) && known_country_at(names, if after.first().is_some_and(|w| w.text == "the") { &after[1..] } else { after }) {
        return true;
    }
    // Central Asia and Turkey: a country after `and` is no part of a name that has no head
    // (Tom Hale in Bayland: nor after `in`, where it says where the one named is)
    if matches!(connector, "and" | "in") && head_of(so_far).is_none() && known_country_at(names, after) {
        return false;
    }
    // (the Ministry of Education of China and LU: a country after `of` closes the name
    // before another body's short form; not a field: … Studies of China and Central Asia)
    let short_form = after.first().is_some_and(|w| w.text.len() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase()));
    if connector == "and" && short_form && so_far.len() >= 3 && so_far[so_far.len() - 2].text == "of" && names.country(&so_far[so_far.len() - 1].text).is_some() {
        return false;
    }
    if !matches!(connector, "and" | "in" | "&") {
        return true;
    }
    let acronym = so_far.len() == 1 && (so_far[0].text.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()) && so_far[0].text.len() >= 2 || syllabic_acronym(&so_far[0].text));
    let headed = head_of(so_far).is_some();
    let embassy = so_far.iter().any(|w| matches!(w.text.as_str(), "Consulate" | "Embassy" | "Office" | "Representation"));
    let known = joined(so_far);
    let known = names.get(&known).is_some_and(|n| !n.demonym);
    // TITLE … NAME and TITLE … NAME: two people, not one name; but the Rector of the Western
    // Agricultural and Forestry University: a body without its head yet goes on to it
    // (or a head written in lower case: the Secretary General of the Belt and Road think tank alliance)
    // (… and Exchanges Wang Lei, Dean Li Hua: the run ends at the comma, the next post is not in it)
    let run = after.iter().enumerate().take_while(|(k, w)| (capitalised(&w.text) || w.text == "and") && (*k == 0 || w.start == after[k - 1].end + 1)).count();
    let reaches_head = after[..run].iter().any(|w| head_word(&w.text).is_some()) || lower_case_alliance_head(&after[run..]).is_some();
    // (President of the Academy of Shipping and Ports: the and goes on with the body's
    // own field, not to another person)
    let body_field = |t: usize| {
        let body = so_far[t..].iter().position(|w| !matches!(w.text.as_str(), "of" | "the" | "to" | "in")).map_or(&so_far[so_far.len()..], |k| &so_far[t + k..]);
        and_inside_name(body, after) == Some(true) && title_in(&after[..run]).is_none()
    };
    // (Vice-Rector for Science and Innovation: the and goes on with the title's portfolio)
    // (Minister of Energy and Water: so does a minister's, after `of`)
    let minister_of = |t: usize| t > 0 && so_far[t - 1].text == "Minister" && so_far.get(t).is_some_and(|w| w.text == "of");
    let portfolio = |t: usize| (so_far.get(t).is_some_and(|w| w.text == "for") || minister_of(t)) && title_in(&after[..run]).is_none();
    let titled = connector == "and" && title_in(so_far).is_some_and(|(t, n)| !body_field(t + n) && !portfolio(t + n)) && !(head_of(so_far).is_none() && reaches_head);
    // University of Finance & Economics: an ampersand joins like `and`
    if matches!(connector, "and" | "&") && !titled && !acronym && !known {
        if let Some(joined) = and_inside_name(so_far, after) {
            return joined;
        }
    }
    !(acronym || known || titled || headed && !(connector == "in" && (embassy || field_in_name(names, so_far, after))))
}

/// `Lakeside Service Academy of the Ministry of Culture`: a school, academy or
/// institute complete with its head, then `of` and a ministry, are two bodies (the one runs
/// under the other), not one name.
fn school_of_a_ministry(so_far: &[Word], after: &[Word]) -> bool {
    let complete = so_far.len() >= 2 && so_far.last().is_some_and(|w| matches!(w.text.as_str(), "University" | "Academy" | "Institute" | "College" | "School"));
    let after = if after.first().is_some_and(|w| w.text == "the") { &after[1..] } else { after };
    complete && after.len() >= 3 && after[0].text == "Ministry" && after[1].text == "of"
}

/// `Dr Tom Hale of the University of Bayport`: two or three plain capitalised words with no head
/// or title, then `of` and a body's name, are a person's name and the body they are of.
fn name_of_its_body(names: &EnNames, so_far: &[Word], after: &[Word]) -> bool {
    let plain = |w: &Word| w.text.chars().all(|c| c.is_alphabetic() || c == '-') && capitalised(&w.text) && !STATE_FORMS.contains(&w.text.as_str()) && !NOT_NAMES.contains(&w.text.as_str()) && names.get(&w.text).is_none();
    let body = after.iter().skip_while(|w| w.text == "the").take(4).take_while(|w| capitalised(&w.text)).collect::<Vec<_>>();
    (2..=3).contains(&so_far.len()) && so_far.iter().all(plain) && head_of(so_far).is_none() && title_in(so_far).is_none() && so_far.iter().all(|w| MEETING_HEADS.iter().all(|h| *h != w.text)) && body.first().is_some_and(|w| ORG_HEADS.iter().any(|(h, _)| *h == w.text))
}

/// Whether a meeting's name so far ends with `of (the) COUNTRY` (… Rectors of the Lotus
/// Republic).
fn meeting_of_a_country(names: &EnNames, so_far: &[Word]) -> bool {
    let meeting = so_far.iter().any(|w| MEETING_HEADS.contains(&w.text.as_str()));
    let n = so_far.len();
    meeting && (1..=3.min(n)).any(|k| names.country(&joined(&so_far[n - k..])).is_some() && n > k && matches!(so_far[n - k - 1].text.as_str(), "of" | "the"))
}

/// Whether a name so far ends with `in` and a part of the world (… in Central Asia).
fn in_a_region(so_far: &[Word]) -> bool {
    let Some(at) = so_far.iter().rposition(|w| w.text == "in") else { return false };
    let rest = &so_far[at + 1..];
    !rest.is_empty() && rest.len() <= 3 && rest.iter().all(|w| capitalised(&w.text)) && REGIONS.contains(&rest[rest.len() - 1].text.as_str())
}

/// Whether the words start with a part of the world (the South Caucasus, Eastern Europe).
fn region_at(after: &[Word]) -> bool {
    let words: Vec<&Word> = after.iter().skip_while(|w| w.text == "the").take(3).collect();
    let run = name_run(words.iter().copied());
    run > 0 && REGIONS.contains(&words[run - 1].text.as_str())
}

/// How many words open a run of capitalised name words, each right after the one before it
/// (a word that names nothing, Monday or Held, ends the run).
fn name_run<'a>(words: impl IntoIterator<Item = &'a Word>) -> usize {
    let mut prev_end: Option<usize> = None;
    words.into_iter().take_while(|w| {
        let ok = capitalised(&w.text) && !NOT_NAMES.contains(&w.text.as_str()) && prev_end.is_none_or(|e| w.start == e + 1);
        prev_end = Some(w.end);
        ok
    }).count()
}

/// The words after a title and its `of (the)`: Director of the Lakeside Institute → Lakeside
/// Institute; all of them when there is no title.
fn body_after_title(ws: &[Word]) -> &[Word] {
    let Some((t, n)) = title_in(ws) else { return ws };
    let rest = &ws[t + n..];
    let k = rest.iter().take_while(|w| matches!(w.text.as_str(), "of" | "the")).count();
    &rest[k..]
}

/// Whether the words at the start of `ws` are a country's name and end there (Turkey, Saudi
/// Arabia; not Turkey Institute).
fn known_country_at(names: &EnNames, ws: &[Word]) -> bool {
    (1..=ws.len().min(3)).any(|n| {
        let country = names.country(&joined(&ws[..n])).is_some();
        let closed = ws.get(n).is_none_or(|w| w.start != ws[n - 1].end + 1 || !capitalised(&w.text));
        country && closed
    })
}

/// Alliance for Talent Training in Port Logistics: `in` goes on with the
/// field a head's `for`/`of` words began, when what follows names no place (… Centre for
/// Studies in Malaysia stays outside) and is no date.
fn field_in_name(names: &EnNames, so_far: &[Word], after: &[Word]) -> bool {
    // (the Seminar on ICT Application in Higher Education: a topic after `on` too)
    let of = so_far.iter().position(|w| matches!(w.text.as_str(), "of" | "for" | "on"));
    let complement = of.is_some_and(|p| p > 0 && head_word(&so_far[p - 1].text).is_some() && p + 1 < so_far.len());
    let run: Vec<&str> = after.iter().enumerate().take_while(|(k, w)| capitalised(&w.text) && !NOT_NAMES.contains(&w.text.as_str()) && (*k == 0 || w.start == after[k - 1].end + 1)).map(|(_, w)| w.text.as_str()).collect();
    let place = (0..run.len()).any(|a| (a + 1..=run.len()).any(|b| names.get(&run[a..b].join(" ")).is_some()));
    complement && !run.is_empty() && !place && !run.iter().any(|w| head_word(w).is_some())
}

/// Sofia University of Bulgaria, Burapha University of Thailand: a university with a name of
/// its own, then the country it is in (not National University of X, Renmin University of
/// China, which the name needs; a name the lexicon knows is read whole before this).
fn university_of_its_country(names: &EnNames, so_far: &[Word], after: &[Word]) -> bool {
    const NEEDS_ITS_COUNTRY: &[&str] = &["National", "State", "Renmin", "People's", "Communication", "Open", "Federal", "Central", "International", "Technical", "Agricultural", "Medical"];
    let Some((head, named)) = so_far.split_last() else { return false };
    let Some(country) = after.first() else { return false };
    let is_country = names.country(&country.text).is_some();
    // the country ends the name: a mark or a lower-case word follows
    let ends = after.get(1).is_none_or(|w| w.start != country.end + 1 || !capitalised(&w.text));
    let own_name = (1..=2).contains(&named.len()) && named.iter().all(|w| capitalised(&w.text) && !NEEDS_ITS_COUNTRY.contains(&w.text.as_str()));
    head.text == "University" && own_name && is_country && ends
}

/// Bay University of the People's Republic of China, Lakeside University of Technology of
/// China: the country after a school's own name (already whole, or with `the` before the
/// country) says where it is and is no part of the name.
fn country_after_a_named_school(names: &EnNames, so_far: &[Word], after: &[Word]) -> bool {
    const SCHOOLS: &[&str] = &["University", "Institute", "College"];
    // (not National Academy of Sciences of the Republic of X, which its name needs)
    const NEEDS_ITS_COUNTRY: &[&str] = &["National", "State", "People's", "People’s", "Federal", "Central", "Academy", "Sciences"];
    let Some(head) = so_far.iter().rposition(|w| SCHOOLS.contains(&w.text.as_str())) else { return false };
    if head == 0 || NEEDS_ITS_COUNTRY.contains(&so_far[head - 1].text.as_str()) || !capitalised(&so_far[head - 1].text) {
        return false;
    }
    let article = after.first().is_some_and(|w| w.text == "the");
    let country = (1..=5).any(|n| after.len() >= usize::from(article) + n && names.country(&joined(&after[usize::from(article)..usize::from(article) + n])).is_some());
    // (not a patron's: Strategic Studies Institute of the President of X)
    let has_of = so_far[head..].iter().any(|w| w.text == "of") && !so_far[head..].iter().any(|w| w.text == "the" || PATRONS.contains(&w.text.as_str()));
    country && (article || has_of)
}

/// K.Imamov, A.B.Karimova: initials glued to a surname write a person's name.
/// `A.B.C.`, `J.R.`: initials alone, which open a person's name after a body's.
/// `B.`, `S.Zh.`, `M.Y.`: a person's initials (one or two letters each) that open a name.
fn initial_word(w: &str) -> bool {
    const DIGRAPHS: &[&str] = &["Zh", "Sh", "Ch", "Kh", "Ts", "Yu", "Ya", "Yo", "Ye"];
    w.ends_with('.') && w.split('.').filter(|p| !p.is_empty()).all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase) || DIGRAPHS.contains(&p))
}

fn initials_only(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() >= 3 && parts.last() == Some(&"") && parts[..parts.len() - 1].iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

fn initialled_name(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() >= 2 && parts[..parts.len() - 1].iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase)) && parts.last().is_some_and(|l| l.chars().count() >= 3 && l.chars().next().is_some_and(char::is_uppercase) && l.chars().skip(1).all(char::is_lowercase))
}

/// `and` inside a name: it joins when the name's head already has its `of`/`for` words and
/// what follows names no body of its own (Centre for Exchanges and Cooperation), it never
/// joins when a headed name follows (… and the Asia Research Centre, … and Nankai University).
/// None: the general rule decides.
fn and_inside_name(so_far: &[Word], after: &[Word]) -> Option<bool> {
    let article = after.first().is_some_and(|w| w.text == "the");
    let after = if article { &after[1..] } else { after };
    // the capitalised words right after, up to a comma or other mark (one space apart)
    // (University of Colombo: `of` after a head word that opens the run stays in it)
    let joined = |k: usize| matches!(after[k].text.as_str(), "of" | "for") && k == 1 && head_word(&after[0].text).is_some() && after.get(k + 1).is_some_and(|n| capitalised(&n.text));
    let run = after.iter().enumerate().take_while(|(k, w)| (capitalised(&w.text) || joined(*k)) && (*k == 0 || w.start == after[k - 1].end + 1)).count();
    let next_headed = run > 0 && head_of(&after[..run]).is_some();
    let headed = head_of(so_far).is_some() || so_far.last().is_some_and(|w| head_word(&w.text).is_some());
    // (Faculty of the Coastal Languages and Harbour Relations Institute: after `of the`
    // the parent body's name, still without its head, goes on to it)
    let parent_open = so_far.windows(2).rposition(|p| p[0].text == "of" && p[1].text == "the").is_some_and(|k| !so_far[k + 2..].is_empty() && so_far[k + 2..].iter().all(|w| head_word(&w.text).is_none()));
    if !article && next_headed && parent_open {
        return Some(true);
    }
    if article && run > 0 || next_headed && headed {
        return Some(false);
    }
    let of = so_far.iter().position(|w| matches!(w.text.as_str(), "of" | "for" | "on"));
    let complement = of.is_some_and(|p| p > 0 && head_word(&so_far[p - 1].text).is_some());
    (complement && run > 0 && !next_headed).then_some(true)
}

/// The words' texts joined by single spaces (how the lexicons write a name).
fn joined(ws: &[Word]) -> String {
    ws.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ")
}

fn span_text(norm: &NormText, ws: &[Word]) -> String {
    let end = ws.last().map_or(0, |w| w.end - if w.text.ends_with("'s") || w.text.ends_with("’s") { 2 } else { 0 });
    norm.slice(ws[0].start, end).to_owned()
}

fn mention(ty: EntityType, norm: &NormText, ws: &[Word], si: usize, rule: &'static str) -> Mention {
    let mut text = span_text(norm, ws);
    let end = ws[0].start + text.chars().count();
    // (a name whose quoted part opens it keeps its opening quote: “Coastal Road” University Alliance)
    let mut start = ws[0].start;
    let straight = text.matches('"').count() == 1 && start > 0 && norm.chars[start - 1] == '"';
    // (the ‘Bay-Lakeside’ Summit: single quotes alike)
    let single = text.contains("’ ") && !text.contains('‘') && start > 0 && norm.chars[start - 1] == '‘';
    if text.contains('”') && !text.contains('“') && start > 0 && norm.chars[start - 1] == '“' || straight || single {
        start -= 1;
        text = norm.slice(start, end).to_owned();
    }
    Mention { ty, start, end, label: text.clone(), surface: text, aliases: vec![], kind: None, lex: None, sentence: si, rule, parent: None, note: None }
}

fn lexicon_mention(lex: &Lexicon, norm: &NormText, ws: &[Word], r: LexRef, si: usize) -> Mention {
    let (ty, rule, kind) = match r {
        LexRef::Country(_) => (EntityType::Country, "country.english-name", None),
        LexRef::Place(_) => (EntityType::Place, "place.english-name", None),
        LexRef::Org(i) => (EntityType::Organization, "org.english-name", Some(lex.orgs[i].kind)),
    };
    let mut m = mention(ty, norm, ws, si, rule);
    // identity is the lexicon entry (its Chinese name); the English label is set after resolution
    m.label = match r {
        LexRef::Country(i) => lex.countries[i].name.clone(),
        LexRef::Place(i) => lex.places[i].name.clone(),
        LexRef::Org(i) => lex.orgs[i].name.clone(),
    };
    m.lex = Some(r);
    m.kind = kind;
    m
}

/// `BEIJING, Nov 28 (Xinhua) --`, `NEW DELHI, March 3 -`, `TASHKENT, Uzbekistan, August 28.`:
/// a wire story's dateline, the place in capitals, then a comma, its country maybe, and the
/// date (after a page's own date stamp, `date 2025-08-28`, when one opens the text). A place
/// the lexicon lacks is still one when its country follows it.
fn dateline(lex: &Lexicon, names: &EnNames, norm: &NormText, ws: &[Word], si: usize) -> Option<Mention> {
    let stamp = |w: &Word| w.text == "date" || w.text.chars().all(|c| c.is_ascii_digit() || c == '-') && w.text.len() >= 8;
    let ws = &ws[ws.iter().take(2).take_while(|w| stamp(w)).count()..];
    let caps = |w: &Word| w.text.chars().count() >= 2 && w.text.chars().all(|c| c.is_uppercase() || c == '\'' || c == '’' || c == '-');
    let k = ws.iter().take(3).take_while(|w| caps(w)).count();
    // (ASTANA. BAYNEWS - …: a wire's dateline closed by a full stop and the agency's name)
    // (ISLAMABAD - The council …: a known place in capitals before a spaced dash)
    let dash_after = k > 0 && spaced_dash_at(&norm.chars, ws[k - 1].end);
    // (PUTRAJAYA: Malaysia and …: a known place in capitals before a colon)
    let colon_after = k > 0 && norm.chars.get(ws[k - 1].end) == Some(&':');
    // (KARACHI, (Bay News - 3rd May) : …: a known place before the agency's bracketed credit)
    let credit_after = k > 0 && norm.slice(ws[k - 1].end, (ws[k - 1].end + 3).min(norm.chars.len())) == ", (";
    let country_between = if agency_after(norm, ws, k) || dash_after || colon_after || credit_after { false } else { dated_after_comma(names, norm, ws, k)? };
    let form = ws[..k].iter().map(|w| title_case(&w.text)).collect::<Vec<_>>().join(" ");
    let known = names.get(&form).filter(|n| matches!(n.lex, LexRef::Place(_) | LexRef::Country(_)) && !n.demonym);
    let mut m = match known {
        Some(n) => lexicon_mention(lex, norm, &ws[..k], n.lex, si),
        None if country_between => Mention { label: form, ..mention(EntityType::Place, norm, &ws[..k], si, "place.english-dateline") },
        None => return None,
    };
    m.rule = "place.english-dateline";
    Some(m)
}

/// `ASTANA. BAYNEWS - …`: whether the place's capitals (`k` words) close with a full stop
/// and an agency's name in capitals before a dash. The full stop may end the sentence, so the
/// agency is read from the text after it.
fn agency_after(norm: &NormText, ws: &[Word], k: usize) -> bool {
    if k == 0 || norm.chars.get(ws[k - 1].end) != Some(&'.') {
        return false;
    }
    let from = (ws[k - 1].end + 2).min(norm.chars.len());
    let n = norm.chars[from..].iter().take_while(|c| c.is_ascii_uppercase()).count();
    n >= 3 && matches!(norm.slice(from + n, (from + n + 3).min(norm.chars.len())), " - " | " – " | " — ")
}

/// `TASHKENT, Uzbekistan, August 28`: whether the place's capitals (`k` words) close with a
/// comma and a date follows, maybe after the country; `Some(true)` when the country stands
/// between.
fn dated_after_comma(names: &EnNames, norm: &NormText, ws: &[Word], k: usize) -> Option<bool> {
    const MONTHS: &[&str] = &["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    if k == 0 || norm.chars.get(ws[k - 1].end) != Some(&',') {
        return None;
    }
    let dated = |w: &Word| w.text.chars().all(|c| c.is_ascii_digit()) || MONTHS.iter().any(|m| w.text.starts_with(m));
    let country_between = ws.get(k).is_some_and(|w| names.get(&w.text).is_some_and(|n| matches!(n.lex, LexRef::Country(_)) && !n.demonym) && norm.chars.get(w.end) == Some(&','));
    let next = ws.get(if country_between { k + 1 } else { k })?;
    dated(next).then_some(country_between)
}

/// XI'AN → Xi'an, ASTANA → Astana.
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Kazakhstan's Foreign Ministry: a body the lexicon knows by a generic English name
/// (Foreign Ministry, Ministry of Education) but written with another country's possessive is
/// that country's body. Returns the country's English name.
fn another_countrys_body(lex: &Lexicon, names: &EnNames, norm: &NormText, ws: &[Word], r: LexRef) -> Option<String> {
    let LexRef::Org(i) = r else { return None };
    let before = norm.slice(ws[0].start.saturating_sub(40), ws[0].start);
    let owner = before.strip_suffix("'s ").or_else(|| before.strip_suffix("’s "))?;
    let word = owner.rsplit(' ').next()?;
    let LexRef::Country(c) = names.country(word)? else { return None };
    (lex.orgs[i].country != Some(c)).then(|| word.to_owned())
}

/// `a Central University,` `an Act of Parliament,`: a body's kind, written with capitals after
/// an indefinite article and closed by a mark, names no body (a Lakeside University delegation does).
fn kind_after_article(names: &EnNames, norm: &NormText, ws: &[Word]) -> bool {
    let (first, last) = (&ws[0], &ws[ws.len() - 1]);
    let before: String = norm.chars[first.start.saturating_sub(4)..first.start].iter().collect();
    let article = before.ends_with(" a ") || before.ends_with(" an ");
    let closed = norm.chars.get(last.end).is_some_and(|c| matches!(c, ',' | '.' | ';'));
    let org = head_of(ws).is_some_and(|(ty, _)| ty == EntityType::Organization);
    article && closed && org && names.get(&first.text).is_none()
}

/// What a run of capitalised words names, read from its parts.
fn classify(lex: &Lexicon, names: &EnNames, norm: &NormText, ws: &[Word], si: usize, out: &mut Vec<Mention>) {
    // (New Bay Universities Alliance to raise …: a headline's adjective opens no alliance's name)
    let line_start = || ws[0].start == 0 || norm.chars[ws[0].start - 1] == '\n';
    if ws.len() >= 3 && ws[0].text == "New" && line_start() && head_of(&ws[1..]).is_some_and(|(ty, _)| ty == EntityType::Alliance) {
        return classify(lex, names, norm, &ws[1..], si, out);
    }
    // (X, a Central University, created by an Act of Parliament, …: after an indefinite
    // article and before a mark, capitals say what kind of body X is, not which)
    if kind_after_article(names, norm, ws) {
        return;
    }
    // (the Russian BRC Centre: a demonym before an acronym that opens a name describes the body)
    let acronym = |w: &Word| w.text.len() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase());
    if ws.len() >= 3 && names.get(&ws[0].text).is_some_and(|n| n.demonym) && acronym(&ws[1]) {
        return classify(lex, names, norm, &ws[1..], si, out);
    }
    // (the Lakeside Universities Alliance Founding Assembly: the meeting that founds the body
    // named before it, which is a mention too)
    if let Some(k) = (1..ws.len().saturating_sub(1)).find(|&k| k + 2 == ws.len() && founding_meeting(ws, k)) {
        out.push(mention(EntityType::Event, norm, ws, si, "event.en-founding-meeting-of"));
        classify(lex, names, norm, &ws[..k], si, out);
        return;
    }
    // (… Studies K.Imamov and …: initials glued to a surname, alone, write a person's name)
    // (an M.Tech programme: a degree's short form is no initialled name)
    const DEGREES: &[&str] = &["Tech", "Sc", "Phil", "Ed", "Com", "Arch", "Pharm", "Des", "Eng", "Litt", "D"];
    let degree = |w: &str| w.split_once('.').is_some_and(|(a, b)| matches!(a, "M" | "B" | "Ph" | "D") && DEGREES.contains(&b.trim_end_matches('.')));
    if let [w] = ws {
        if initialled_name(&w.text) && !degree(&w.text) {
            out.push(person(norm, ws, si, "person.en-initialled"));
            return;
        }
    }
    // vice chairman of Bay University Council: a post on the university's own council is a
    // post in the university
    if let [.., body_head, council] = ws {
        if matches!(council.text.as_str(), "Council" | "Board") && matches!(body_head.text.as_str(), "University" | "Institute" | "Academy" | "College") && ws.len() >= 3 {
            return classify(lex, names, norm, &ws[..ws.len() - 1], si, out);
        }
    }
    // Chairman of the Council of the Bay Center for Sea Studies: a post on a body's own council
    // or board is a post in the body
    // (with the article: the Council of Young Scientists is a council's own name)
    // (the Academic Board of the Bay Center: so is a post on its academic or advisory board)
    const BOARD_KINDS: &[&str] = &["Academic", "Advisory", "Supervisory", "Scientific", "Governing"];
    let board_kind = ws.first().is_some_and(|w| BOARD_KINDS.contains(&w.text.as_str()));
    if let [council, of, the, rest @ ..] = &ws[usize::from(board_kind && ws.len() > 1)..] {
        if matches!(council.text.as_str(), "Council" | "Board") && of.text == "of" && the.text == "the" && rest.len() >= 2 && head_of(rest).is_some_and(|(ty, _)| ty == EntityType::Organization) {
            return classify(lex, names, norm, rest, si, out);
        }
    }
    // (Lotus New Area, Bay New District: a state-level new area of a Chinese city is a place)
    if let [.., name, new, area] = ws {
        if new.text == "New" && matches!(area.text.as_str(), "Area" | "District") && capitalised(&name.text) && head_word(&name.text).is_none() {
            out.push(mention(EntityType::Place, norm, ws, si, "place.en-new-area"));
            return;
        }
    }
    // (Chairman of the Board of Directors of Bay University: a post on the body's board is a
    // post in the body)
    if let [board, of, members, of2, rest @ ..] = ws {
        if board.text == "Board" && of.text == "of" && matches!(members.text.as_str(), "Directors" | "Trustees" | "Governors") && of2.text == "of" && !rest.is_empty() {
            let rest = if rest[0].text == "the" { &rest[1..] } else { rest };
            if !rest.is_empty() {
                return classify(lex, names, norm, rest, si, out);
            }
        }
    }
    // the Chinese City of X, City of Almaty: the city the lexicon knows
    if let Some(k) = ws.iter().position(|w| w.text == "City").filter(|&k| k <= 1 && ws.get(k + 1).is_some_and(|w| w.text == "of")) {
        let rest = &ws[k + 2..];
        if names.get(&span_text(norm, rest)).is_some_and(|n| matches!(n.lex, LexRef::Place(_))) {
            return classify(lex, names, norm, rest, si, out);
        }
    }
    // Secretary of the Party Committee of Harbour University: a post in the university
    if let [party, committee, of, rest @ ..] = ws {
        if party.text == "Party" && committee.text == "Committee" && of.text == "of" && !rest.is_empty() {
            let rest = if rest[0].text == "the" { &rest[1..] } else { rest };
            return classify(lex, names, norm, rest, si, out);
        }
    }
    let text = span_text(norm, ws);
    // (in Southeast China's Fujian province: a side of the country before its name)
    if ws.len() >= 2 && super::words::COMPASS_SIDES.contains(&ws[0].text.as_str()) && names.get(&text).is_none() {
        if let Some(r) = names.country(&span_text(norm, &ws[1..])) {
            out.push(lexicon_mention(lex, norm, &ws[1..], r, si));
            return;
        }
    }
    if let Some(n) = names.get(&text) {
        if let Some(country) = another_countrys_body(lex, names, norm, ws, n.lex) {
            // (Kazakhstan's Foreign Ministry is no Chinese ministry: named with its country)
            let mut m = mention(EntityType::Organization, norm, ws, si, "org.en-another-countrys");
            m.label = format!("{country}'s {}", m.label);
            m.kind = Some(crate::lexicon::OrgKind::Government);
            out.push(m);
        } else if !n.demonym {
            out.push(lexicon_mention(lex, norm, ws, n.lex, si));
        }
        return;
    }
    // the Republic of Uzbekistan, the People's Republic of China: a country by its formal name
    // (the Government of Republic of Kazakhstan: a body's head before the form is no country's)
    let form_at = ws.iter().take(3).position(|w| STATE_FORMS.contains(&w.text.as_str())).filter(|&f| !ws[..f].iter().any(|w| head_word(&w.text).is_some())).unwrap_or(0);
    if let [form, of, country @ ..] = &ws[form_at..] {
        // (the Republic of the Philippines: an article before the country's name)
        let country = if country.len() >= 2 && country[0].text == "the" { &country[1..] } else { country };
        let formal = STATE_FORMS.contains(&form.text.as_str()) && of.text == "of" && !country.is_empty();
        if let Some(r) = formal.then(|| names.country(&span_text(norm, country))).flatten() {
            out.push(lexicon_mention(lex, norm, ws, r, si));
            return;
        }
    }
    // a leading country or place (Kazakhstan's …, Tianjin Academy …): a mention of its own too
    // (a city inside a name is no mention of the city: Xi'an Jiaotong University)
    if let Some((k, r)) = (1..ws.len()).rev().find_map(|k| names.country(&span_text(norm, &ws[..k])).map(|r| (k, r))) {
        out.push(lexicon_mention(lex, norm, &ws[..k], r, si));
    }
    // … Transport of Kazakhstan: a closing country is a mention too (it says where the body is)
    // (University of Laos: a head word alone before `of` too)
    if let Some((k, r)) = (2..ws.len()).filter(|&k| ws[k - 1].text == "of" && (head_of(&ws[..k - 1]).is_some() || k == 2 && head_word(&ws[0].text).is_some())).find_map(|k| names.country(&span_text(norm, &ws[k..])).map(|r| (k, r))) {
        out.push(lexicon_mention(lex, norm, &ws[formal_country_start(ws, k)..], r, si));
    }
    // the Consulate General of X in Aktobe: a city closing a body's name says where it is
    if let Some((k, r)) = closing_place_at(names, norm, ws) {
        out.push(lexicon_mention(lex, norm, &ws[k..], r, si));
    }
    // titles inside the run: ORG TITLE NAME, (DEMONYM) TITLE NAME, TITLE of/to/in X NAME
    if let Some((t, len)) = title_in(ws) {
        return classify_titled(lex, names, norm, ws, (t, len), si, out);
    }
    if let Some(k) = name_after_body(names, norm, ws) {
        classify(lex, names, norm, &ws[..k], si, out);
        out.push(person(norm, &ws[k..], si, "person.after-body"));
        return;
    }
    // held at Lakeside University Tianjin, China: the city written right after a body's head
    if let Some((k, r)) = (2..ws.len()).filter(|&k| head_word(&ws[k - 1].text).is_some()).find_map(|k| names.place(&span_text(norm, &ws[k..])).map(|r| (k, r))) {
        classify(lex, names, norm, &ws[..k], si, out);
        out.push(lexicon_mention(lex, norm, &ws[k..], r, si));
        return;
    }
    // (the Agency for X under the Ministry of Y: the ministry a body is placed under is a
    // body of its own too)
    if let Some(k) = ws.iter().position(|w| w.text == "under").filter(|&k| k > 1 && ws.get(k + 1).is_some_and(|w| w.text == "the")) {
        let patron = &ws[k + 2..];
        // (… under the Bayland Academy of Sciences: a patron whose name holds a body's head)
        if patron.len() >= 2 && (head_word(&patron[0].text).is_some_and(|(ty, _)| ty == EntityType::Organization) || head_of(patron).is_some_and(|(ty, _)| ty == EntityType::Organization)) {
            let before = out.len();
            classify(lex, names, norm, patron, si, out);
            for m in out[before..].iter_mut().filter(|m| m.ty == EntityType::Organization) {
                m.rule = "org.en-under-patron";
            }
        }
    }
    if let Some((ty, kind)) = head_of(ws) {
        for part in split_list(ws) {
            // (a Memorandum of Understanding: the kind of paper, not one named)
            if ty == EntityType::Document && part.iter().all(|w| AGREEMENT_KIND_WORDS.contains(&w.text.as_str())) {
                continue;
            }
            let mut m = mention(ty, norm, part, si, rule_of(ty));
            chinese_name_after(norm, &mut m);
            // (the Consulate General of X in Aktobe is later the Consulate General of X)
            if let Some((k, _)) = closing_place_at(names, norm, part) {
                m.aliases.push(span_text(norm, &part[..k - 1]));
            }
            if ty == EntityType::Organization {
                let t = span_text(norm, part);
                m.kind = Some(if kind == OrgKind::Research && THINK_TANK_WORDS.iter().any(|w| t.contains(w)) { OrgKind::ThinkTank } else { kind });
            }
            out.push(m);
        }
    }
}

/// Where a country closing a run at `k` starts with its formal name's words (the People's
/// Republic of China): the mention is the whole formal name, as the text writes it.
fn formal_country_start(ws: &[Word], k: usize) -> usize {
    if k < 3 || !STATE_FORMS.contains(&ws[k - 2].text.as_str()) {
        return k;
    }
    let mut f = k - 2;
    while f > 0 && capitalised(&ws[f - 1].text) && head_word(&ws[f - 1].text).is_none() && !matches!(ws[f - 1].text.as_str(), "of" | "the") {
        f -= 1;
    }
    f
}

/// Where a lexicon city or region closes a body's name after `in` (the Consulate General of X
/// in Aktobe), and which, if the run has a head before it.
fn closing_place_at(names: &EnNames, norm: &NormText, ws: &[Word]) -> Option<(usize, LexRef)> {
    // (the Education Department of Bay Autonomous Region: a region or province written with
    // its level after `of` too)
    let k = ws.iter().rposition(|w| w.text == "in" || w.text == "of" && ws.last().is_some_and(|l| matches!(l.text.as_str(), "Region" | "Province" | "Oblast")))? + 1;
    if k < 3 || k >= ws.len() || head_of(&ws[..k - 1]).is_none() {
        return None;
    }
    // (the Lotus Embassy in Bayland: a country after `in` too)
    let country = ws[k - 1].text == "in" && ws.len() - k <= 3;
    names.place(&span_text(norm, &ws[k..])).or_else(|| country.then(|| names.country(&span_text(norm, &ws[k..]))).flatten()).map(|r| (k, r))
}

/// A run with a title at `t` (of `len` words): the person it names, the body it names before or
/// after the title, or both.
fn classify_titled(lex: &Lexicon, names: &EnNames, norm: &NormText, ws: &[Word], (t, len): (usize, usize), si: usize, out: &mut Vec<Mention>) {
    // President Mr. Tom Hale: an honorific between the post and the name is no part of it
    let honorifics = ws[t + len..].iter().take_while(|w| matches!(w.text.as_str(), "Professor" | "Academician") || super::words::is_honorific(&w.text)).count();
    // (Minister Tengku Datuk Seri X: styles of one and two words)
    let honorifics = honorifics.max(super::words::honorific_words(&ws[t + len..]));
    let name = &ws[t + len + if t + len + honorifics < ws.len() { honorifics } else { 0 }..];
    // (the LI Director Tom Hale in Bayport: where the person is ends the name)
    let name = match name.iter().position(|w| w.text == "in") {
        // (not a body's name: … of the Chinese Embassy in Bayland keeps its place)
        Some(k) if k >= 1 && capitalised(&name[0].text) && head_of(&name[..k]).is_none() && { let at = span_text(norm, &name[k + 1..]); names.place(&at).is_some() || names.country(&at).is_some() } => {
            classify(lex, names, norm, &name[k + 1..], si, out);
            &name[..k]
        }
        _ => name,
    };
    // Vice-Rector for Academic Affairs Anna Berg: the title's portfolio, then the name
    if let Some(k) = portfolio_then_name(names, name) {
        if t > 0 && head_of(&ws[..t]).is_some() {
            classify(lex, names, norm, &ws[..t], si, out);
        }
        out.push(person(norm, &name[k..], si, "person.after-title"));
        return;
    }
    // (Vice Rector for International Relations of the University of Lakeside: past the
    // portfolio, the body after `of`)
    if name.first().is_some_and(|w| w.text == "for") {
        if let Some(of) = name.iter().position(|w| w.text == "of").filter(|&k| k >= 2) {
            let body = if name.get(of + 1).is_some_and(|w| w.text == "the") { &name[of + 2..] } else { &name[of + 1..] };
            if !body.is_empty() && capitalised(&body[0].text) && head_of(body).is_some() {
                classify(lex, names, norm, body, si, out);
                return;
            }
        }
    }
    if name.first().is_some_and(|w| matches!(w.text.as_str(), "of" | "to" | "in")) {
        // Anna Berg Director of the Bay Institute: a name the text runs into its title
        let lead = &ws[..t];
        // (Former Federal Minister of Defense: words that qualify the title are no name)
        let qualifier = |w: &Word| super::words::TITLE_MODIFIERS.contains(&w.text.as_str()) || matches!(w.text.as_str(), "Federal" | "State" | "National" | "Regional" | "Provincial");
        if (2..=3).contains(&t) && lead.iter().all(|w| capitalised(&w.text) && w.text.chars().all(|c| c.is_alphabetic() || c == '-')) && head_of(lead).is_none() && lead.iter().all(|w| names.get(&w.text).is_none()) && !lead.iter().any(qualifier) {
            out.push(person(norm, lead, si, "person.before-title"));
        }
        // President of Lakeside University: no person after it, the body is read alone
        // (Minister of Education Li Hua: a minister's portfolio names no body)
        let minister = ws[t..t + len].last().is_some_and(|w| matches!(w.text.as_str(), "Minister" | "Secretary" | "Commissioner"));
        if !title_of_x_name(lex, names, norm, name, minister, si, out) {
            let body = if name.get(1).is_some_and(|w| w.text == "the") { &name[2..] } else { &name[1..] };
            if !body.is_empty() && capitalised(&body[0].text) {
                classify(lex, names, norm, body, si, out);
            }
        }
        return;
    }
    if t > 0 && head_of(&ws[..t]).is_some() {
        classify(lex, names, norm, &ws[..t], si, out);
    }
    // President Tom Hale of Lakeside University: the name, then `of` and the body
    if let Some((k, body)) = name_then_of_body(names, norm, name) {
        out.push(person(norm, &name[..k], si, "person.after-title"));
        classify(lex, names, norm, body, si, out);
        return;
    }
    // LAPS President Anna Berg: an acronym before the title is a body too
    // (KazLISS Director Anna Berg: a syllabic acronym too)
    let acronym = t == 1 && (ws[0].text.len() >= 2 && ws[0].text.chars().all(|c| c.is_ascii_uppercase()) || syllabic_acronym(&ws[0].text));
    // (Commerce Minister Wang Lei, Transport Minister X: a minister's portfolio before the title)
    // (Defence Secretary General X: a secretary's portfolio too)
    let portfolio_title = ws[t + len - 1].text == "Minister" || ws[t..t + len].iter().any(|w| w.text == "Secretary");
    let portfolio_lead = (1..=3).contains(&t) && portfolio_title && ws[..t].iter().all(|w| capitalised(&w.text) && head_word(&w.text).is_none() && names.get(&w.text).is_none() && w.text.chars().all(char::is_alphabetic) && !super::words::TITLE_MODIFIERS.contains(&w.text.as_str()) && !TITLES.contains(&w.text.as_str()));
    // (Former Croatian President X: a modifier before the demonym qualifies the title too)
    let known_or_modifier = |w: &Word| names.get(&w.text).is_some() || super::words::TITLE_MODIFIERS.contains(&w.text.as_str());
    let lead_ok = t == 0 || acronym || portfolio_lead || head_of(&ws[..t]).is_some() || ws[..t].iter().all(known_or_modifier) && ws[..t].iter().any(|w| names.get(&w.text).is_some());
    // (Director LCB, President LCB Ambassador …: initials after the post name its body)
    // (Director ABC-LISS: a centre's initials joined to its parent's by a hyphen)
    // (Chairperson LIU Haiyan: a family name in capitals before a given name is no body's initials)
    let capital_surname = name.len() == 2 && pinyin::is_chinese_name(&name[0].text, &name[1].text);
    let initials_first = !capital_surname && name.first().is_some_and(|w| w.text.len() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase() || c == '-') && w.text.chars().filter(char::is_ascii_uppercase).count() >= 2);
    // (Vice Chancellor Lakeside University Bayport Prof. Dr Anna Berg: the body written
    // straight after the title, then the person's honorifics and name)
    let honorific_at = name.iter().position(|w| w.text == "Professor" || super::words::is_honorific(&w.text)).filter(|&h| h >= 2);
    if let Some(h) = honorific_at.filter(|&h| name[..h].iter().any(|w| head_word(&w.text).is_some_and(|(ty, _)| ty == EntityType::Organization))) {
        // (… University Bayport: a city after the head closes the name, as such names run)
        let body = &name[..h];
        match head_of(body) {
            Some(_) => classify(lex, names, norm, body, si, out),
            None if body.iter().rposition(|w| head_word(&w.text).is_some()).is_some_and(|k| k + 2 == body.len()) => {
                let k = body.len() - 2;
                let mut m = mention(EntityType::Organization, norm, body, si, "org.en-head-then-city");
                m.kind = head_word(&body[k].text).map(|(_, kind)| kind);
                out.push(m);
            }
            None => {}
        }
        let rest = &name[h..];
        let rest = &rest[rest.iter().take_while(|w| w.text == "Professor" || super::words::is_honorific(&w.text)).count()..];
        if (2..=4).contains(&rest.len()) && rest.iter().all(|w| capitalised(&w.text)) && head_of(rest).is_none() {
            out.push(person(norm, rest, si, "person.after-title"));
        }
        return;
    }
    if lead_ok && !initials_first && (1..=4).contains(&name.len()) && head_of(name).is_none() && names.get(&span_text(norm, name)).is_none() && name.iter().all(|w| capitalised(&w.text)) {
        out.push(person(norm, name, si, "person.after-title"));
    } else if t == 0 && name.len() >= 2 && capitalised(&name[0].text) && head_of(name).is_some() {
        // (…, Director Institute of Bay Affairs: a title written straight before its body)
        classify(lex, names, norm, name, si, out);
    } else if lead_ok && initials_first && name[0].text.len() >= 3 && names.get(&name[0].text).is_none() {
        // (Chairman LPS Tom Hale, Vice Chancellor BU Prof Dr Anna Berg: the body's initials
        // between the title and the name)
        // (Director General LPS Ambassador Tom Hale: a diplomat's courtesy title opens no name)
        let rest = &name[1..];
        let rest = &rest[rest.iter().take_while(|w| super::words::is_honorific(&w.text) || w.text == "Ambassador").count()..];
        let plain = |w: &Word| capitalised(&w.text) && w.text.chars().all(|c| c.is_alphabetic() || c == '-') && names.get(&w.text).is_none();
        // (Anna R. Berg: a middle initial between plain words)
        let middle = |k: usize, w: &Word| k > 0 && k + 1 < rest.len() && initials(&w.text);
        if (2..=4).contains(&rest.len()) && rest.iter().enumerate().all(|(k, w)| plain(w) || middle(k, w)) && head_of(rest).is_none() {
            out.push(body_of_no_kind(norm, &name[..1], si, "org.en-acronym-after-title"));
            out.push(person(norm, rest, si, "person.after-title"));
        }
    }
    // (Tom Hale, LAPS Chief Researcher: capitals before a title that closes the run are the
    // body the title is held in; not a country's: US President)
    if acronym && name.is_empty() && ws[0].text.len() >= 3 && names.get(&ws[0].text).is_none() {
        out.push(body_of_no_kind(norm, &ws[..1], si, "org.en-acronym-before-title"));
    }
}

/// `Tom Hale of Lakeside University`, `Anna Berg of the Lotus Republic` after a title: where
/// `of` stands and the words after it (past `the`), when two or three plain capitalised words
/// before it name no body and the words after it name a body or a country.
fn name_then_of_body<'w>(names: &EnNames, norm: &NormText, name: &'w [Word]) -> Option<(usize, &'w [Word])> {
    let k = name.iter().position(|w| w.text == "of").filter(|&k| (2..=3).contains(&k))?;
    let plain = |w: &Word| capitalised(&w.text) && w.text.chars().all(|c| c.is_alphabetic() || c == '-') && names.get(&w.text).is_none() && head_word(&w.text).is_none();
    let body = if name.get(k + 1).is_some_and(|w| w.text == "the") { &name[k + 2..] } else { &name[k + 1..] };
    let country = || names.country(&span_text(norm, body)).is_some();
    let body_ok = !body.is_empty() && capitalised(&body[0].text) && (head_of(body).is_some_and(|(ty, _)| ty == EntityType::Organization) || country());
    (name[..k].iter().all(plain) && body_ok).then_some((k, body))
}

/// `ambassador to Bayland Tom Hale`, `envoy of Lakeland to Bayland Karim-ul-Haq`: a run after
/// `to` and an envoy's word that opens with a country and goes on with one to three words
/// written as names: how many words the country takes.
fn envoy_country_then_name(names: &EnNames, norm: &NormText, ws: &[Word], i: usize, j: usize) -> Option<usize> {
    const ENVOYS: &[&str] = &["ambassador", "envoy", "commissioner", "consul", "representative", "counsellor", "counselor"];
    let envoy_before = i >= 2 && ws[i - 1].text == "to" && ws[i.saturating_sub(5)..i - 1].iter().any(|w| ENVOYS.contains(&w.text.to_lowercase().as_str()));
    if !envoy_before {
        return None;
    }
    let c = (1..=2).rev().find(|&c| i + c < j && names.country(&span_text(norm, &ws[i..i + c])).is_some())?;
    let name = &ws[i + c..j];
    let particle = |w: &Word| particle_name(&w.text);
    let ok = (1..=3).contains(&name.len()) && name.iter().all(|w| is_title_case(&w.text) || particle(w)) && (name.len() >= 2 || particle(&name[0])) && names.get(&joined(name)).is_none();
    ok.then_some(c)
}

/// `Karim-ul-Hale`: one word joining a name's parts by a lower-case particle.
fn particle_name(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    parts.len() == 3 && capitalised(parts[0]) && capitalised(parts[2]) && (1..=3).contains(&parts[1].len()) && parts[1].chars().all(|c| c.is_ascii_lowercase())
}

/// A word written with a capital, then lower case only (Hale, not RAND or iPhone).
fn is_title_case(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_lowercase())
}

/// `Tom Hale of Lakeside University said`, `by Li Wei of Bay University, …`: a run of two or
/// three words written as names (a capital, then lower case), none a title's, a field's or a
/// portfolio's word, then `of` and a body, is a person and the body he is of, when the run
/// stands where a clause's subject or a listed name does (after a comma, `by`, `and`, or
/// opening the sentence) and the body's name closes before a lower-case word or a mark.
fn person_of_body<'w>(names: &EnNames, norm: &NormText, ws: &'w [Word], i: usize, j: usize) -> Option<(usize, &'w [Word])> {
    let (k, body) = name_then_of_body(names, norm, &ws[i..j])?;
    let name_like = |w: &Word| is_title_case(&w.text.replace('-', ""));
    let generic = |w: &Word| {
        let t = w.text.as_str();
        NOT_NAMES.contains(&t) && t != "He" || STATE_FORMS.contains(&t) || FIELD_WORDS.contains(&t) || PORTFOLIO_WORDS.contains(&t) || TITLE_MODIFIERS.contains(&t) || super::words::COMPASS_SIDES.contains(&t) || super::words::is_title(t) || TITLE_CASE_PREPOSITIONS.contains(&t) || is_gerund(names, t)
    };
    if !ws[i..i + k].iter().all(|w| name_like(w) && !generic(w)) {
        return None;
    }
    let chars = &norm.chars;
    // (three speakers Tom Hale of …: or after a lower-case word that is no article)
    let lower_before = i > 0 && ws[i - 1].text.chars().all(|c| c.is_lowercase()) && !matches!(ws[i - 1].text.as_str(), "the" | "a" | "an" | "this" | "that" | "its" | "their" | "our" | "his" | "her");
    let opens = i == 0 || lower_before || chars[..ws[i].start].iter().rev().find(|c| **c != ' ').is_some_and(|c| matches!(c, ',' | ';' | ':'));
    let end = ws[j - 1].end;
    let closes = chars.get(end).is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '(')) || ws.get(j).is_some_and(|w| w.start == end + 1 && w.text.chars().next().is_some_and(char::is_lowercase));
    (opens && closes).then_some((k, body))
}

/// Where a person's name starts that the run writes right after a body's name (a lower-case
/// post came before the run): a Chinese name in pinyin after the body's head (… College of
/// Marine Studies Liu Ming), or two or three plain words after a country that closes the
/// body's `of` words (Academy of Sciences of the Republic of Kazakhstan Anna Berg).
fn name_after_body(names: &EnNames, norm: &NormText, ws: &[Word]) -> Option<usize> {
    let n = ws.len();
    let plain = |w: &Word| capitalised(&w.text) && (w.text.chars().all(|c| c.is_alphabetic() || c == '-') || initials(&w.text)) && names.get(&w.text).is_none() && head_word(&w.text).is_none();
    let pinyin = n >= 4 && pinyin::is_chinese_name(&ws[n - 2].text, &ws[n - 1].text) && names.get(&joined(&ws[n - 2..])).is_none() && !CONNECTORS.contains(&ws[n - 3].text.as_str());
    if pinyin && head_of(&ws[..n - 2]).is_some_and(|(ty, _)| ty == EntityType::Organization) {
        return Some(n - 2);
    }
    // (… of the Faculty of Bay Studies F.Karimova: initials glued to a surname are a person's)
    if n >= 2 && initialled_name(&ws[n - 1].text) && head_of(&ws[..n - 1]).is_some_and(|(ty, _)| ty == EntityType::Organization) {
        return Some(n - 1);
    }
    (2..=3).filter(|&len| n > len + 2).find(|&len| {
        let (body, name) = ws.split_at(n - len);
        let of = body.iter().rposition(|w| w.text == "of").filter(|&k| k >= 1);
        let country = of.and_then(|k| body.get(k + 1..)).map(|c| if c.first().is_some_and(|w| w.text == "the") { &c[1..] } else { c });
        let country = country.is_some_and(|c| !c.is_empty() && (names.country(&span_text(norm, c)).is_some() || STATE_FORMS.contains(&c[0].text.as_str()) && c.len() >= 3 && names.country(&span_text(norm, &c[2..])).is_some()));
        country && head_of(body).is_some_and(|(ty, _)| ty == EntityType::Organization) && name.iter().all(plain) && names.get(&joined(name)).is_none()
    })
    .map(|len| n - len)
}

/// `the Coastal Think Tank Alliance (沿海智库联盟)`: the text gives the Chinese name, which is
/// the identity, so the name written in both languages is one entity.
fn chinese_name_after(norm: &NormText, m: &mut Mention) {
    let chars = &norm.chars;
    let open = if chars.get(m.end) == Some(&'(') { m.end } else if chars.get(m.end) == Some(&' ') && chars.get(m.end + 1) == Some(&'(') { m.end + 1 } else { return };
    let Some(close) = (open + 1..chars.len().min(open + 40)).find(|&k| chars[k] == ')') else { return };
    let inner: String = chars[open + 1..close].iter().collect();
    if inner.chars().count() >= 2 && inner.chars().all(crate::scan::is_cjk) {
        m.aliases.push(m.surface.clone());
        m.label = inner;
    }
}

/// Words that together only say what kind of paper was signed (Memorandum of Cooperation).
const AGREEMENT_KIND_WORDS: &[&str] = &["Memorandum", "Memorandums", "Memoranda", "Agreement", "Agreements", "Protocol", "of", "on", "and", "Understanding", "Cooperation", "Mutual", "Intent", "Framework", "Cooperative"];

fn rule_of(ty: EntityType) -> &'static str {
    match ty {
        EntityType::Organization => "org.english-head",
        EntityType::Alliance => "alliance.english-head",
        EntityType::Event => "event.english-head",
        EntityType::Document => "document.english-head",
        EntityType::Place => "place.english-venue-head",
        _ => "project.english-head",
    }
}

/// Short forms that open South Asian names (Muhammad, Sheikh), part of the name.
const NAME_PREFIXES: &[&str] = &["Md.", "Mohd.", "Muhd.", "Sk."];

fn person(norm: &NormText, ws: &[Word], si: usize, rule: &'static str) -> Mention {
    let mut m = mention(EntityType::Person, norm, ws, si, rule);
    if ws.len() >= 2 {
        // later short references: the family name (Wang Yi → Wang) or the last name (Anna Berg → Berg)
        // (P Tom Hale: a lone initial refers to no one; the given name after it does)
        // (Md. Tom Hale: nor does the short form of Muhammad that opens it)
        let prefix = |w: &Word| w.text.trim_end_matches('.').chars().count() == 1 || NAME_PREFIXES.contains(&w.text.as_str());
        let first = ws.iter().find(|w| !prefix(w)).unwrap_or(&ws[0]);
        m.aliases = vec![first.text.clone(), ws[ws.len() - 1].text.clone()];
        // (M Tom Hale, later Tom Hale: the name without its initials refers to him too)
        let initials = ws.iter().take_while(|w| prefix(w)).count();
        if initials > 0 && ws.len() - initials >= 2 {
            m.aliases.push(norm.slice(ws[initials].start, ws[ws.len() - 1].end).to_owned());
        }
    }
    m
}

/// After `TITLE`: `of/to/in X NAME` (Governor of Sichuan Province Li Ming, Ambassador of
/// Kazakhstan to China Anna Berg, Consul General in Almaty Li Wei): X names a body or a
/// place, and the last two or three words a person.
/// `Foreign Affairs of (the) Bayland`: where the `of` before a closing country stands, and the
/// country.
fn closing_country(names: &EnNames, norm: &NormText, ws: &[Word]) -> Option<(usize, LexRef)> {
    let of = ws.iter().rposition(|w| w.text == "of").filter(|&k| k >= 1)?;
    let at = if ws.get(of + 1).is_some_and(|w| w.text == "the") { of + 2 } else { of + 1 };
    (at < ws.len()).then(|| names.country(&span_text(norm, &ws[at..])).map(|r| (of, r))).flatten()
}

fn title_of_x_name(lex: &Lexicon, names: &EnNames, norm: &NormText, rest: &[Word], minister: bool, si: usize, out: &mut Vec<Mention>) -> bool {
    let rest = &rest[1..];
    let rest = if rest.first().is_some_and(|w| w.text == "the") { &rest[1..] } else { rest };
    // (… Eastern European and Central Asian Studies: a field's words close a body, no name)
    // (… for International Economic Exchanges: nor do the nouns of a body's subject)
    const SUBJECT_NOUNS: &[&str] = &["Exchange", "Exchanges", "Cooperation", "Economics", "Policy", "Policies", "Strategy", "Strategies", "Security", "Governance", "Communication", "Communications", "Trade"];
    let field_word = |w: &Word| FIELD_WORDS.contains(&w.text.as_str()) || SUBJECT_NOUNS.contains(&w.text.as_str());
    // (Rector of the Technical University of Belarus Anna Maria Berg: a country closing the
    // body's "of" ends the body, and the words after it are the name)
    let of_country = |mid: &[Word]| (1..=2).any(|c| mid.len() > c + 1 && mid[mid.len() - c - 1].text == "of" && names.country(&span_text(norm, &mid[mid.len() - c..])).is_some());
    let after_country = [3, 2].into_iter().find(|&n| rest.len() > n + 2 && of_country(&rest[..rest.len() - n]));
    for n in after_country.map_or(vec![1, 2, 3], |n| vec![n]) {
        // (Dean of the Faculty of Bay Studies K.Imamov: one word when initials open it)
        if rest.len() <= n || n == 1 && !initialled_name(&rest[rest.len() - 1].text) {
            continue;
        }
        let (mid, name) = rest.split_at(rest.len() - n);
        // (… of the Shaanxi Provincial Go, cut off: a body's describing word names no one)
        // (K.K. Tokayev, Iskakov K.Zh.: initials are part of a name)
        let plain = |w: &Word| capitalised(&w.text) && (w.text.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') || initials(&w.text) || initialled_name(&w.text)) && names.get(&w.text).is_none() && !BODY_ADJECTIVES.contains(&w.text.as_str());
        let acronym = mid.last().is_some_and(|w| w.text.len() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase()) || syllabic_acronym(&w.text));
        let known_word = mid.iter().any(|w| names.get(&w.text).is_some_and(|n| !n.demonym));
        // (Deputy Chairman of the LPRI Board Anna Berg: the board of a body named before it)
        let board = mid.len() >= 2 && matches!(mid[mid.len() - 1].text.as_str(), "Board" | "Council" | "Presidium");
        let mid = if board { &mid[..mid.len() - 1] } else { mid };
        let acronym = acronym || board && mid.last().is_some_and(|w| w.text.len() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase()));
        let names_x = head_of(mid).is_some() || acronym || known_word || names.get(&span_text(norm, mid)).is_some() || mid.len() >= 2 && names.get(&span_text(norm, &mid[..mid.len() - 1])).is_some();
        // (Minister of Foreign Affairs of Bayland Tom Hale: the country closing a portfolio is
        // named, and the portfolio is the words before its `of`)
        let country = minister.then(|| closing_country(names, norm, mid)).flatten();
        if let Some((of, r)) = country {
            let at = if mid[of + 1].text == "the" { of + 2 } else { of + 1 };
            out.push(lexicon_mention(lex, norm, &mid[at..], r, si));
        }
        let (mid, names_x) = match country {
            Some((of, _)) => (&mid[..of], false),
            None => (mid, names_x),
        };
        let portfolio = minister && !mid.is_empty() && mid.len() <= 4 && capitalised(&mid[0].text) && mid.iter().all(|w| capitalised(&w.text) || w.text == "and");
        // (Head of Department Tom Hale: a unit word alone names no body, the name follows it)
        let unit_word = mid.len() == 1 && ["Department", "Division", "Section", "Sector", "Unit", "Laboratory", "Chair"].contains(&mid[0].text.as_str());
        let portfolio = portfolio || unit_word;
        if portfolio && !names_x && (name.iter().all(plain) || n == 2 && pinyin::is_chinese_name(&name[0].text, &name[1].text)) && head_of(name).is_none() && !name.iter().any(field_word) {
            out.push(person(norm, name, si, "person.after-title"));
            return true;
        }
        // (… Institute for Strategic Studies: a connector closing X means the name goes on)
        let open_ended = mid.last().is_some_and(|w| CONNECTORS.contains(&w.text.as_str()));
        // (Zhao Changhua: a Chinese name whose given name is also a place's)
        let chinese = n == 2 && pinyin::is_chinese_name(&name[0].text, &name[1].text) && names.get(&joined(name)).is_none();
        // (… Center for New Harbour Asia: a part of the world closes a body's field, no name)
        let region = name.iter().any(|w| REGIONS.contains(&w.text.as_str()));
        if names_x && !open_ended && (name.iter().all(plain) || chinese) && head_of(name).is_none() && title_in(name).is_none() && !name.iter().any(field_word) && !region {
            if board && mid.len() == 1 {
                out.push(body_of_no_kind(norm, mid, si, "org.en-acronym-before-board"));
            } else {
                classify(lex, names, norm, mid, si, out);
            }
            out.push(person(norm, name, si, "person.after-title"));
            return true;
        }
    }
    false
}

/// `for Academic Affairs Anna Berg` after a title: capitalised words of a portfolio (no body's
/// head among them), then a name of two plain words; where the name starts.
fn portfolio_then_name(names: &EnNames, rest: &[Word]) -> Option<usize> {
    let n = rest.len();
    let plain = |w: &Word| capitalised(&w.text) && w.text.chars().all(|c| c.is_alphabetic() || c == '-') && names.get(&w.text).is_none() && head_word(&w.text).is_none();
    // (… for International Cooperation A. Nosirov: an initial may open the name)
    let initial_or_plain = |w: &Word| plain(w) || initials(&w.text);
    // (… for Research B. M. Berg: so may two)
    let start = if n >= 5 && initials(&rest[n - 2].text) && initials(&rest[n - 3].text) { n - 3 } else { n.saturating_sub(2) };
    let portfolio = rest.get(1..start).is_some_and(|p| !p.is_empty() && capitalised(&p[0].text) && p.iter().all(|w| (capitalised(&w.text) || w.text == "and") && head_word(&w.text).is_none()));
    (n >= 4 && rest[0].text == "for" && portfolio && initial_or_plain(&rest[n - 2]) && plain(&rest[n - 1])).then_some(start)
}

/// K.K., K.Zh.: one- or two-letter parts, each capitalised, closed by dots.
fn initials(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').filter(|p| !p.is_empty()).collect();
    w.contains('.') && !parts.is_empty() && parts.iter().all(|p| p.chars().count() <= 2 && p.chars().next().is_some_and(char::is_uppercase) && p.chars().all(char::is_alphabetic))
}

/// `A, B, Karimova, Turayev and C jointly unveiled …`: in a list of three or more names set
/// off by commas and `and`, where at least two are people already and none is anything else,
/// the other plain names of one to three words are people too.
fn listed_people(names: &EnNames, norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let people_named: std::collections::HashSet<String> = out.iter().filter(|m| m.ty == EntityType::Person).map(|m| m.label.clone()).collect();
    // each sentence's mentions, so a list is checked against its own sentence only
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); layout.sentences.len()];
    for (k, m) in out.iter().enumerate() {
        by_sentence[m.sentence].push(k);
    }
    let mut found = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        let here = || by_sentence[si].iter().map(|&k| &out[k]);
        let ws = words(chars, s.start, s.end);
        // capitalised runs, one space apart
        let mut runs: Vec<&[Word]> = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let n = ws[i..].iter().enumerate().take_while(|(k, w)| capitalised(&w.text) && (*k == 0 || w.start == ws[i + k - 1].end + 1)).count();
            // (Amb Anna Berg: an honorific without its dot is no part of the name)
            let h = usize::from(n >= 3 && HONORIFICS.contains(&ws[i].text.as_str()));
            if n > 0 {
                runs.push(&ws[i + h..i + n]);
            }
            i += n.max(1);
        }
        let sep = |a: &[Word], b: &[Word]| {
            let gap: String = chars[a[a.len() - 1].end..b[0].start].iter().collect();
            // (…, Amb Anna Berg: the honorific left out of the run stands in the gap)
            let gap = match gap.trim_end().rsplit_once(' ') {
                Some((before, h)) if super::words::is_honorific(h) => format!("{before} "),
                _ => gap,
            };
            matches!(gap.as_str(), ", " | " and " | ", and ")
        };
        let mut k = 0;
        while k < runs.len() {
            let len = 1 + (k + 1..runs.len()).take_while(|&m| sep(runs[m - 1], runs[m])).count();
            let list = &runs[k..k + len];
            k += len;
            let other_at = |r: &[Word]| here().any(|m| m.ty != EntityType::Person && m.start < r[r.len() - 1].end && r[0].start < m.end);
            // (…, former governor of the Bank of Bayland, Amb Anna Berg, …: the body that closes
            // the phrase before the list is no item of it)
            let list = &list[usize::from(other_at(list[0]))..];
            // (former ambassadors A, B and C: a plural title in lower case says who the
            // listed are)
            let titled = list.first().is_some_and(|r| plural_title_before(chars, s.start, r[0].start));
            if list.len() < if titled { 2 } else { 3 } {
                continue;
            }
            let exact = |r: &[Word]| here().find(|m| m.start == r[0].start && m.end == r[r.len() - 1].end).map(|m| m.ty);
            let is_person = |r: &[Word]| exact(r) == Some(EntityType::Person) || people_named.contains(&span_text(norm, r));
            let people = list.iter().filter(|r| is_person(r)).count();
            let other = list.iter().any(|r| other_at(r));
            if people < 2 && !titled || other {
                continue;
            }
            for r in list {
                // (Tom H. Hale: a middle initial between the name's words)
                let word = |k: usize, w: &Word| w.text.chars().all(char::is_alphabetic) || k > 0 && k + 1 < r.len() && initials(&w.text);
                let plain = (2..=3).contains(&r.len()) && r.iter().enumerate().all(|(k, w)| word(k, w) && !NOT_NAMES.contains(&w.text.as_str())) && head_of(r).is_none() && title_in(r).is_none() && names.get(&span_text(norm, r)).is_none()
                    || r.len() == 1 && !titled && r[0].text.chars().all(char::is_alphabetic) && !NOT_NAMES.contains(&r[0].text.as_str()) && head_of(r).is_none() && names.get(&r[0].text).is_none();
                if exact(r).is_none() && (plain || people_named.contains(&span_text(norm, r))) {
                    found.push(person(norm, r, si, "person.en-listed-with-people"));
                }
            }
        }
    }
    out.extend(found);
}

/// `… former ambassadors ` right before `at`: a title in the plural and in lower case,
/// which says who a list after it are.
fn plural_title_before(chars: &[char], sent_start: usize, at: usize) -> bool {
    let before: String = chars[sent_start.max(at.saturating_sub(40))..at].iter().collect();
    let words: Vec<&str> = before.split_whitespace().collect();
    let Some(last) = words.last().filter(|w| w.chars().all(|c| c.is_lowercase() || c == '-')) else { return false };
    let singular = last.strip_suffix("ies").map(|s| format!("{s}y")).or_else(|| last.strip_suffix('s').map(str::to_owned));
    let Some(singular) = singular else { return false };
    // (foreign secretaries, vice chancellors: the title's words before its last)
    (0..words.len().min(3)).any(|n| {
        let lead = words[words.len() - 1 - n..words.len() - 1].join(" ");
        super::words::is_post_in_any_case(format!("{lead} {singular}").trim())
    })
}

/// `co-initiated by the Harbour Institute and 15 other think tanks`: a body counted among
/// think tanks is one.
fn think_tanks_by_company(norm: &NormText, out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let after: String = norm.chars[m.end..(m.end + 40).min(norm.chars.len())].iter().collect::<String>().to_lowercase();
        let Some(rest) = after.strip_prefix(" and ") else { continue };
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        let rest = ["several ", "many ", "other ", "more "].iter().fold(rest, |r, w| r.strip_prefix(w).unwrap_or(r));
        let rest = rest.strip_prefix("other ").unwrap_or(rest);
        if rest.starts_with("think tanks") || rest.starts_with("think-tanks") {
            m.kind = Some(OrgKind::ThinkTank);
        }
    }
}

/// `the founding ceremony of the Coastal Data Alliance was held in …`: the ceremony the text
/// names in lower case is the event its headline names in capitals.
fn ceremonies_in_lower_case(norm: &NormText, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut found = Vec::new();
    for m in out.iter().filter(|m| m.ty == EntityType::Alliance) {
        let before: String = chars[m.start.saturating_sub(26)..m.start].iter().collect::<String>().to_lowercase();
        let Some(k) = ["founding ceremony of the ", "founding ceremony of "].iter().find_map(|p| before.ends_with(p).then_some(p.chars().count())) else { continue };
        let mut ev = m.clone();
        ev.ty = EntityType::Event;
        ev.start = m.start - k;
        ev.label = format!("Founding Ceremony of {}", m.label);
        ev.surface = chars[ev.start..m.end].iter().collect();
        ev.aliases.clear();
        ev.rule = "event.en-lower-case-ceremony";
        found.push(ev);
    }
    out.extend(found);
}

/// Words that describe a body inside its name, never a person's.
const BODY_ADJECTIVES: &[&str] = &["Provincial", "Municipal", "National", "Regional", "Central", "Federal", "Autonomous", "International", "Economic", "People's", "People’s"];

/// A title inside a run of words: where it starts (with its modifiers: Deputy, First Vice)
/// and how many words it has.
fn title_in(ws: &[Word]) -> Option<(usize, usize)> {
    // … under the (Kazakh) President, Institute … of the President of X: the patron of a body,
    // no title before a name
    let of_the = (2..ws.len()).find(|&k| ws[k - 2].text == "of" && ws[k - 1].text == "the" && head_of(&ws[..k - 2]).is_some());
    let under = ws.iter().position(|w| w.text == "under").or(of_the).unwrap_or(ws.len());
    let (i, n) = (0..under).find_map(|i| {
        // (Vice-president of …: a capital first word, the rest in any case)
        let capital = |i: usize| ws[i].text.chars().next().is_some_and(char::is_uppercase);
        [4, 3, 2, 1].into_iter().find(|&n| i + n <= ws.len() && capital(i) && is_title_words(&ws[i..i + n])).map(|n| (i, n))
    })?;
    // (Deputy Director General: a title's last word and the next spell a longer one)
    let n = (n..ws.len() - i).take_while(|&m| m == n || is_title_words(&ws[i + m - 2..i + m])).last().unwrap_or(n);
    let mods = ws[..i].iter().rev().take_while(|w| TITLE_MODIFIERS.contains(&w.text.as_str())).count();
    Some((i - mods, n + mods))
}

/// The type and kind a run of words has from its head word: its last word (or two), else
/// the word before its first `of`/`for` (Ministry of Foreign Affairs).
fn head_of(ws: &[Word]) -> Option<(EntityType, OrgKind)> {
    // (the Group of Seven, the Group of 20: a club of states or bodies counted by number)
    const COUNTS: &[&str] = &["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Fifteen", "Twenty"];
    if let [g, of, n] = ws {
        if g.text == "Group" && of.text == "of" && (COUNTS.contains(&n.text.as_str()) || n.text.chars().all(|c| c.is_ascii_digit())) {
            return Some((EntityType::Alliance, OrgKind::Other));
        }
    }
    let head = word_head(ws)?;
    // an association or a council of think tanks or universities is an alliance institutions
    // join (the Bay Think Tanks Council)
    let of_bodies = ws.windows(2).any(|p| p[0].text.starts_with("Think") && p[1].text.starts_with("Tank")) || ws.iter().any(|w| matches!(w.text.as_str(), "Universities" | "Institutes"));
    // (the Bay Forum of Analytical Research Centers: a forum whose members are bodies is a body
    // they join, not a meeting)
    // (named by the body that runs it, BCA Forum of …; the Fifth Forum of … is a meeting)
    let owned = |k: usize| k >= 2 && ws[..k - 1].iter().all(|w| !year_or_ordinal(&w.text) && !is_ordinal(&w.text.to_lowercase()));
    let forum_of_centres = head.0 == EntityType::Event && ws.iter().position(|w| w.text == "of").is_some_and(|k| owned(k) && ws[k - 1].text == "Forum" && ws[k + 1..].last().is_some_and(|w| matches!(w.text.as_str(), "Centers" | "Centres" | "Institutes" | "Universities" | "Institutions")));
    if forum_of_centres {
        return Some((EntityType::Alliance, OrgKind::Other));
    }
    let gathering = head == (EntityType::Organization, OrgKind::Association) || head.0 == EntityType::Organization && ws.last().is_some_and(|w| w.text == "Council");
    // (the United Nations Development Programme: a programme of the UN is one of its bodies)
    let of_the_un = head.0 == EntityType::Project && ws.len() >= 3 && ws[0].text == "United" && ws[1].text == "Nations";
    // (the Association of Bay Universities Regional Office: a body of the alliance, named
    // after it, is headed by its own last word)
    let after_bodies = ws.iter().rposition(|w| matches!(w.text.as_str(), "Universities" | "Institutes")).is_some_and(|k| k + 1 < ws.len() && ws[..k].iter().any(|w| w.text == "of"));
    let own = ws.last().filter(|_| after_bodies).and_then(|w| ORG_HEADS.iter().find(|(h, _)| *h == w.text));
    if let Some(own) = own.filter(|_| gathering && of_bodies) {
        return Some((EntityType::Organization, own.1));
    }
    Some(if gathering && of_bodies { (EntityType::Alliance, OrgKind::Other) } else if of_the_un { (EntityType::Organization, OrgKind::Other) } else { head })
}

/// The words for university, foundation, institute and centre in other languages, which open the name.
const FOREIGN_UNIVERSITY: &[&str] = &["Université", "Politecnico", "Universiti", "Universitas", "Universidad", "Universidade", "Universität", "Università", "Fundação", "Fundación", "Fondation", "Fondazione", "Instituto", "Centro", "Observatório", "Observatorio", "Observatoire", "Biblioteca", "Bibliothèque"];

/// `Instituto do Lago`, `Centro di Studi`: in a name another language opens with its head word,
/// that language's particles join its words as `of` does.
fn foreign_particle(ws: &[Word], i: usize, j: usize) -> bool {
    const PARTICLES: &[&str] = &["da", "do", "dos", "das", "del", "della", "di", "du", "des"];
    PARTICLES.contains(&ws[j].text.as_str()) && FOREIGN_UNIVERSITY.contains(&ws[i].text.as_str())
}

fn head_word(w: &str) -> Option<(EntityType, OrgKind)> {
    ORG_HEADS.iter().find(|(h, _)| *h == w).map(|(_, k)| (EntityType::Organization, *k)).or_else(|| OTHER_HEADS.iter().find(|(h, _)| *h == w).map(|(_, t)| (*t, OrgKind::Other)))
}

fn word_head(ws: &[Word]) -> Option<(EntityType, OrgKind)> {
    // the Coastal Economy Report 2025: a year after the head word
    let n = if ws.len() >= 3 && year_or_ordinal(&ws[ws.len() - 1].text) { ws.len() - 1 } else { ws.len() };
    let ws = &ws[..n];
    // the word before the first of/for heads the whole (Summit of the … Organisation)
    // (the Master Plan on Bay Connectivity 2025: a document's `on` too)
    let on_document = |k: usize| ws[k].text == "on" && k >= 1 && head_word(&ws[k - 1].text).is_some_and(|(t, _)| t == EntityType::Document);
    let of = (0..ws.len()).find(|&k| ws[k].text == "of" || ws[k].text == "for" || on_document(k));
    if let Some(of) = of.filter(|&of| of >= 1 && of + 1 < n) {
        let two = (of >= 2).then(|| format!("{} {}", ws[of - 2].text, ws[of - 1].text));
        // (Harbour Institutes for International Studies: a plural head names one body only
        // with its of/for words; Harbour Language Institutes alone are many)
        let plural = (ws[of - 1].text == "Institutes").then_some((EntityType::Organization, OrgKind::Research));
        if let Some(h) = two.as_deref().and_then(head_word).or_else(|| head_word(&ws[of - 1].text)).or(plural) {
            return Some(h);
        }
    }
    // (the Chinese Embassy in Kazakhstan: a mission's name goes on with where it is)
    if let Some(at) = ws.iter().position(|w| w.text == "in" || w.text == "to").filter(|&at| at >= 1 && at + 1 < n && matches!(ws[at - 1].text.as_str(), "Embassy" | "Consulate" | "Representation")) {
        return head_word(&ws[at - 1].text).or(Some((EntityType::Organization, OrgKind::Government)));
    }
    // Seminar on …, Forum on …: a meeting named by its subject (Laboratory on …, a research
    // body or a commission too; not a government: … of the Chinese Government on X Affairs)
    const ON_HEADS: &[&str] = &["Laboratory", "Lab", "Center", "Centre", "Institute", "Commission", "Committee", "Council"];
    if let Some(on) = ws.iter().position(|w| w.text == "on").filter(|&on| on >= 1 && on + 1 < n && (MEETING_HEADS.contains(&ws[on - 1].text.as_str()) || ON_HEADS.contains(&ws[on - 1].text.as_str()))) {
        return head_word(&ws[on - 1].text);
    }
    // (Training Programme on …: a two-word meeting head before its subject)
    let meeting_of_two = |on: usize| head_word(&format!("{} {}", ws[on - 2].text, ws[on - 1].text)).filter(|h| h.0 == EntityType::Event);
    if let Some(h) = ws.iter().position(|w| w.text == "on").filter(|&on| on >= 2 && on + 1 < n).and_then(meeting_of_two) {
        return Some(h);
    }
    if n < 2 {
        return None;
    }
    // (Universiti Lotus, Université X Y: other languages put the word for university first)
    if FOREIGN_UNIVERSITY.contains(&ws[0].text.as_str()) {
        return head_word(&ws[0].text);
    }
    let last_two = format!("{} {}", ws[n - 2].text, ws[n - 1].text);
    // (the Lakeside Foundation-India: a country's name joined to the head by a hyphen)
    let before_hyphen = |w: &str| w.split_once('-').filter(|(_, c)| capitalised(c)).and_then(|(h, _)| head_word(h));
    head_word(&last_two).or_else(|| head_word(ws[n - 1].text.trim_end_matches("'s").trim_end_matches("’s"))).or_else(|| before_hyphen(&ws[n - 1].text))
}

/// `Nankai University and Tianjin University`: two names joined by `and`, each with a head.
fn split_list(ws: &[Word]) -> Vec<&[Word]> {
    if let Some(k) = ws.iter().position(|w| w.text == "and") {
        if k > 0 && head_of(&ws[..k]).is_some() && head_of(&ws[k + 1..]).is_some() && and_inside_name(&ws[..k], &ws[k + 1..]) != Some(true) {
            let mut parts = vec![&ws[..k]];
            parts.extend(split_list(&ws[k + 1..]));
            return parts;
        }
    }
    vec![ws]
}

/// A run of two to four plain capitalised words is a person where the text says so:
/// `X, vice-rector of Y`, `said X`, `X said`.
fn person_by_context(names: &EnNames, norm: &NormText, ws: &[Word], i: usize, j: usize, si: usize, out: &mut Vec<Mention>) {
    // (Amb Anna Berg, Prof Tom Hale: an honorific written without its dot opens the run but
    // is no part of the name; nor is H.E. before Mr.: H.E. Mr. Tom Hale)
    if j >= i + 3 && (HONORIFICS.contains(&ws[i].text.as_str()) || super::words::is_honorific(&ws[i].text) && ws[i].text.contains('.')) {
        return person_by_context(names, norm, ws, i + 1, j, si, out);
    }
    // (Chief Guest Mr. Tom Hale, Keynote Speaker Dr. Ann Lee: a role at the event, then the
    // honorific that opens the name)
    let inner_honorific = (i + 1..j.saturating_sub(2)).find(|&p| HONORIFICS.contains(&ws[p].text.as_str()) || super::words::is_honorific(&ws[p].text) && ws[p].text.contains('.'));
    if let Some(p) = inner_honorific.filter(|&p| ws[i..p].iter().all(|w| EVENT_ROLES.contains(&w.text.as_str()) || super::words::is_title(&w.text))) {
        return person_by_context(names, norm, ws, p, j, si, out);
    }
    // (President, BPI Tom Hale; president LAC Anna Berg: a title, then a body's capitals and
    // the name of the one who holds it)
    let capitals = |w: &Word| (2..=6).contains(&w.text.len()) && w.text.chars().all(|c| c.is_ascii_uppercase());
    let title_before = i >= 1 && (title_at(ws, i - 1) == Some(1) || i >= 2 && title_at(ws, i - 2) == Some(2));
    if (3..=4).contains(&(j - i)) && capitals(&ws[i]) && names.get(&ws[i].text).is_none() && title_before && ws[i + 1..j].iter().all(|w| is_title_case(&w.text) && names.get(&w.text).is_none()) {
        out.push(body_of_no_kind(norm, &ws[i..i + 1], si, "org.en-acronym-after-title"));
        out.push(person(norm, &ws[i + 1..j], si, "person.after-title"));
        return;
    }
    // (Tan Sri Ann Lee Keat: an honorific of two words)
    if j >= i + 4 && super::words::two_word_style_at(ws, i) {
        return person_by_context(names, norm, ws, i + 2, j, si, out);
    }
    // (Datuk Seri Anna Berg: the run may open on the second word of the style, the first
    // being no name word; Tengku Datuk Seri: a royal style before it)
    let style_before = i >= 1 && super::words::two_word_style_at(ws, i - 1);
    if j >= i + 3 && (style_before || super::words::ROYAL_STYLES.contains(&ws[i].text.as_str()) && ws.get(i + 1).is_some_and(|w| super::words::is_honorific(&w.text))) {
        return person_by_context(names, norm, ws, i + 1, j, si, out);
    }
    // (Queen Anna II, King Tom IV: a monarch's title, a given name and a regnal number)
    const MONARCHS: &[&str] = &["Queen", "King", "Emperor", "Empress", "Sultan", "Emir"];
    let roman = |w: &str| !w.is_empty() && w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    if j == i + 3 && MONARCHS.contains(&ws[i].text.as_str()) && capitalised(&ws[i + 1].text) && ws[i + 1].text.len() >= 3 && roman(&ws[i + 2].text) {
        out.push(mention(EntityType::Person, norm, &ws[i + 1..j], si, "person.en-monarch"));
        return;
    }
    let run = &ws[i..j];
    // Karimova, Vice President of …: one word is a name only before a capitalised title
    let single = run.len() == 1 && run[0].text.chars().count() >= 4 && names.get(&run[0].text).is_none() && norm.chars.get(run[0].end) == Some(&',') && title_at(ws, j).is_some();
    // (the president of the university, Dr Mirza: a surname alone after Dr or Prof)
    let after_academic = i > 0 && matches!(ws[i - 1].text.trim_end_matches('.'), "Dr" | "Prof") && ws[i].start <= ws[i - 1].end + 2;
    let single = single || run.len() == 1 && after_academic && run[0].text.chars().count() >= 4 && run[0].text.chars().skip(1).all(|c| c.is_lowercase()) && names.get(&run[0].text).is_none() && !NOT_NAMES.contains(&run[0].text.as_str());
    // South Asia and Southeast Asia reached …: a part of the world is no person
    // (…, Sri Lanka, said: a country or place the lexicon knows is no person either)
    // (Mount Corran, Lake Bay: a mountain or a lake, no person)
    let region = LANDFORMS.contains(&run[0].text.as_str()) || REGIONS.contains(&run[run.len() - 1].text.as_str()) || run.iter().any(|w| STATE_FORMS.contains(&w.text.as_str())) || names.get(&joined(run)).is_some_and(|n| !n.demonym);
    // (publications such as the Steppe Analyst, …, IRVS, Dr. Ann Lee: no person after an
    // article, definite or not (has an Observer Seat), and one word in capitals is an acronym)
    // (Vice of CPX: a run joined by `of` is a post's or a body's words, never a name)
    // (its theme “Building Bridges Across Seas”: a gerund or a preposition capitalised in a title)
    let title_words = run.iter().any(|w| TITLE_CASE_PREPOSITIONS.contains(&w.text.as_str())) || is_gerund(names, &run[0].text);
    let not_a_name = title_words || i > 0 && matches!(ws[i - 1].text.as_str(), "the" | "The" | "a" | "an" | "An") || single && run[0].text.chars().all(|c| c.is_ascii_uppercase()) || run.iter().any(|w| matches!(w.text.as_str(), "of" | "for" | "and" | "the" | "in"));
    let particle_name = run.len() == 1 && particle_name(&run[0].text);
    if !(2..=4).contains(&run.len()) && !single && !particle_name || region || not_a_name || head_of(run).is_some() || title_in(run).is_some() || run.iter().any(|w| !w.text.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))) {
        return;
    }
    let chars = &norm.chars;
    let end = run[run.len() - 1].end;
    let is_title = |w: &Word| {
        let lower = w.text.chars().next().is_some_and(|c| c.is_lowercase());
        let t = w.text.replace('-', " ");
        lower && (w.text == "a" || w.text == "an" || w.text == "the" || TITLES.iter().any(|x| x.to_lowercase() == t || x.to_lowercase().starts_with(&format!("{t} "))))
    };
    // X, Kazakhstan's president, …
    let possessive_title = |k: usize| ws.get(k).is_some_and(|w| w.text.ends_with("'s") || w.text.ends_with("’s")) && ws.get(k + 1).is_some_and(is_title);
    let appositive = chars.get(end) == Some(&',') && (ws.get(j).is_some_and(is_title) || possessive_title(j));
    // X, Deputy Minister of …: a capitalised title after the comma too
    // (X, Chinese Ambassador to Uruguay, …: a demonym or country before that title)
    let nation = |k: usize| ws.get(k).is_some_and(|w| names.get(&w.text).is_some());
    let titled_after = chars.get(end) == Some(&',') && (title_at(ws, j).is_some() || nation(j) && title_at(ws, j + 1).is_some());
    let says_after = ws.get(j).is_some_and(|w| SAY.iter().any(|s| s.starts_with(w.text.as_str())) && w.start == end + 1);
    // (X is Executive Director of Y: the copula, then a capitalised title and its body)
    let is_title_of = ws.get(j).is_some_and(|w| w.text == "is" && w.start == end + 1) && {
        let t = if ws.get(j + 1).is_some_and(|w| w.text == "the") { j + 2 } else { j + 1 };
        title_at(ws, t).is_some_and(|n| ws.get(t + n).is_some_and(|w| w.text == "of"))
    };
    let says_before = i > 0 && SAY.contains(&ws[i - 1].text.as_str());
    // Bay University rector X, Harbour Institute's director X: a lower-case title after a body
    // (longer than three letters: `is_title` also takes the articles a, an, the)
    let lower_title_after_body = i >= 2 && ws[i - 1].text.chars().next().is_some_and(char::is_lowercase) && is_title(&ws[i - 1]) && ws[i - 1].text.len() > 3 && {
        let b = &ws[i - 2].text;
        b.ends_with("'s") || b.ends_with("’s") || head_word(b).is_some()
    };
    // Director of Lakeside Institute (LI) Tom Hale: a name after a titled body's short form
    let after_titled_acronym = i >= 2 && ws[i].start >= 2 && chars[ws[i].start - 2] == ')' && (0..i - 1).any(|k| title_at(ws, k).is_some_and(|n| ws.get(k + n).is_some_and(|w| w.text == "of")));
    // (Ambassador (Retd) Tom Hale, General (R) Ann Lee: a title the person held, then retired)
    let retired_before = i >= 2 && matches!(ws[i - 1].text.as_str(), "Retd" | "retd" | "Retired" | "R") && chars[ws[i - 1].end..ws[i].start] == [')', ' '] && title_at(ws, i - 2) == Some(1);
    let honorific_before = i > 0 && super::words::is_honorific(&ws[i - 1].text) && !matches!(ws[i - 1].text.as_str(), "Madam" | "Madame") && (ws[i].start == ws[i - 1].end + 1 || chars[ws[i - 1].end..ws[i].start] == ['.', ' '])
        || i >= 2 && super::words::two_word_style_at(ws, i - 2);
    // (X, LAPS Chairman: a body's capitals and a title after the comma)
    let acronym_title_after = chars.get(end) == Some(&',') && ws.get(j).is_some_and(|w| w.text.len() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase())) && title_at(ws, j + 1).is_some();
    // (Professor at Lakeside University Tom Hale: a name right after a body a title is of or at)
    let after_titled_body = i >= 3 && head_word(&ws[i - 1].text).is_some() && (i.saturating_sub(12)..i - 1).any(|k| title_at(ws, k).is_some_and(|n| ws.get(k + n).is_some_and(|w| matches!(w.text.as_str(), "of" | "at"))));
    // (Counsellor at the Bay Embassy in China Tom Hale: or right after the country that body is in)
    let after_titled_body = after_titled_body || i >= 4 && after_place_of_a_body(names, ws, i) && (i.saturating_sub(14)..i - 3).any(|k| title_at(ws, k).is_some_and(|n| ws.get(k + n).is_some_and(|w| matches!(w.text.as_str(), "of" | "at"))));
    // X, Harbour vice-chancellor, said: a body's short name and a lower-case title after the comma
    let body_title_after = chars.get(end) == Some(&',') && (1..=3).any(|n| ws.get(j..j + n).is_some_and(|b| b.iter().all(|w| capitalised(&w.text))) && ws.get(j + n).is_some_and(|w| !capitalised(&w.text) && w.text.len() > 3 && title_at(ws, j + n).is_some()));
    // Alliance chief executive Ann Lee and chair Tom Hale: a lower-case title right before a name
    let lower_title_before = run.len() >= 2 && lower_title_before(ws, i).is_some();
    // (Chinese leader Xi Wenming inked …: a pinyin family and given name before a verb)
    let pinyin_subject = run.len() == 2 && pinyin::is_chinese_name(&run[0].text, &run[1].text) && ws.get(j).is_some_and(|w| w.start == end + 1 && w.text.chars().next().is_some_and(char::is_lowercase) && !CONNECTORS.contains(&w.text.as_str()));
    // (a delegation led by Wang Lei and …, a committee on cooperation Wang Lei, who …: a
    // pinyin family and given name between lower-case words names a person wherever it stands)
    let pinyin_between = run.len() == 2 && pinyin::is_chinese_name(&run[0].text, &run[1].text) && i > 0 && ws[i - 1].text.chars().next().is_some_and(char::is_lowercase) && ws.get(j).is_none_or(|w| !capitalised(&w.text));
    // (a delegation led by Tom Hale, headed by Prof. Ann Lee: the one who leads is a person
    // when no word of the run is a country, place or body the lexicon knows)
    let by_at = if i >= 1 && super::words::is_honorific(&ws[i - 1].text) { i - 1 } else { i };
    let led_by = by_at >= 2 && ws[by_at - 1].text == "by" && matches!(ws[by_at - 2].text.as_str(), "led" | "headed") && run.iter().all(|w| names.get(&w.text).is_none());
    // (… Studies A.B.C. Ann Lee: initials of no country, then capitalised words, write a name)
    let initials_first = run.len() >= 2 && initials_only(&run[0].text) && names.get(&run[0].text).is_none() && !super::words::is_honorific(&run[0].text);
    // (Ann Lee, who represents the X Forum, said …: a relative `who` after a comma names a person)
    let who_after = run.len() >= 2 && chars.get(end) == Some(&',') && ws.get(j).is_some_and(|w| w.text == "who" && w.start == end + 2) && run.iter().all(|w| names.get(&w.text).is_none());
    // (president Tom Hale of X: a name a lower-case title opens is a titled name, as after a
    // capitalised title, when a body follows its `of`)
    let of_after = ws.get(j).is_some_and(|w| w.text == "of" && w.start == end + 1);
    let affiliated = run.len() >= 2 && run.iter().all(|w| names.get(&w.text).is_none()) && affiliation_after(norm, ws, j, end, &run[0].text);
    // (the Bay Institute's Professor, Tom Hale, said: a title, then the name set off by commas)
    let title_set_off = run.len() >= 2 && i >= 1 && chars[ws[i - 1].end..ws[i].start] == [',', ' '] && chars.get(end) == Some(&',') && (1..=3).any(|n| i >= n && title_at(ws, i - n) == Some(n) && capitalised(&ws[i - n].text));
    // (analyst Tom Hale has been appointed as director of …: only a person is appointed)
    let appointed_after = run.len() >= 2 && run.iter().all(|w| names.get(&w.text).is_none()) && ws.get(j).is_some_and(|w| w.start == end + 1) && {
        let next: Vec<&str> = ws[j..ws.len().min(j + 3)].iter().map(|w| w.text.as_str()).collect();
        matches!(next.as_slice(), ["has" | "have", "been", "appointed" | "named" | "elected", ..] | ["was" | "is", "appointed" | "named" | "elected", ..] | ["will", "be", "appointed" | "named"] | ["takes" | "took" | "assumed" | "assumes", ..])
    };
    // (analyst P Tom Hale: a lone capital after a lower-case word is the name's initial)
    let initial_before = i >= 2 && ws[i - 1].text.len() == 1 && ws[i - 1].text.chars().all(|c| c.is_ascii_uppercase()) && ws[i].start == ws[i - 1].end + 1 && ws[i - 2].text.chars().next().is_some_and(char::is_lowercase);
    let run = if initial_before && appointed_after { &ws[i - 1..j] } else { run };
    if lower_title_before && of_after {
        out.push(person(norm, run, si, "person.after-title"));
    } else if appointed_after || affiliated || title_set_off || appositive || who_after || initials_first || pinyin_subject || pinyin_between || led_by || of_this_body(ws, i) || titled_after || says_after || is_title_of || says_before || after_titled_acronym || after_titled_body || lower_title_after_body || honorific_before || acronym_title_after || retired_before || body_title_after || lower_title_before || titled_before(chars, ws, i, end) {
        out.push(person(norm, run, si, "person.english-context"));
    }
}

/// `Chairman of the Bay-Lake Friendship Forum`, `visited the Harbour Reform Forum`: a forum
/// that has officers, or that one visits, is a standing body (an association), not a meeting.
fn forums_with_officers(norm: &NormText, out: &mut [Mention]) {
    const OFFICERS: &[&str] = &["Chairman", "Chairperson", "Chair", "President", "Vice Chairman", "Vice President", "Secretary General", "Secretary-General", "Executive Director", "Founder", "Director"];
    let forums: Vec<String> = out.iter().filter(|m| m.ty == EntityType::Event && m.label.ends_with(" Forum") && !m.label.chars().any(|c| c.is_ascii_digit()) && m.label.split(' ').count() >= 3).map(|m| m.label.clone()).collect();
    if forums.is_empty() {
        return;
    }
    let text: String = norm.chars.iter().collect();
    let standing = |label: &str| {
        let of = [format!(" of the {label}"), format!(" of {label}")];
        let officer = of.iter().any(|o| text.match_indices(o.as_str()).any(|(k, _)| OFFICERS.iter().any(|t| text[..k].ends_with(t))));
        officer || ["visited the ", "visit to the ", "visited "].iter().any(|v| text.contains(&format!("{v}{label}")))
    };
    let bodies: Vec<String> = forums.into_iter().filter(|l| standing(l)).collect();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event && bodies.contains(&m.label)) {
        (m.ty, m.kind, m.rule) = (EntityType::Organization, Some(OrgKind::Association), "org.en-forum-with-officers");
    }
}

/// `Bay-Lake Joint Seminar on Trade and Signing of Memorandum of …` (a headline): the signing
/// joined to a meeting's name by `and` is another act, no part of the meeting's name.
fn signings_after_meetings(norm: &NormText, out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let Some(cut) = [" and Signing of ", " and the Signing of "].iter().find_map(|w| m.surface.find(w)) else { continue };
        m.end = m.start + m.surface[..cut].chars().count();
        m.surface = norm.slice(m.start, m.end).to_owned();
        m.label = without_quote_marks(&m.surface);
    }
}

/// Words for a role at an event written before a name (Chief Guest, Keynote Speaker).
const EVENT_ROLES: &[&str] = &["Chief", "Guest", "Guests", "Keynote", "Speaker", "Honour", "Honor", "of", "Moderator", "Host", "Panelist", "Panellist", "Special"];

/// Prepositions a title writes with a capital, which no name holds.
const TITLE_CASE_PREPOSITIONS: &[&str] = &["Towards", "Toward", "Through", "Beyond", "Across", "Into", "Upon", "Amid", "Among", "Against", "Within", "Without", "Between"];

/// `Rising`, `Building`: a word of six letters or more ending in `-ing` that is no pinyin
/// syllable pair (Xiaoming, Jianping) and no name the lexicon knows is a verb's gerund.
fn is_gerund(names: &EnNames, word: &str) -> bool {
    word.chars().count() >= 6 && word.ends_with("ing") && !pinyin::is_given_name(word) && names.get(word).is_none()
}

/// `Tom Hale (Lakeside Institute for Peace), Ann Lee (BPI) and …`: a body in brackets right
/// after a run ending at `end` (word `j` opens the bracket) is the person's affiliation, named
/// in full or by an acronym (not the run's own: Bay Lake (BL) is a body and its short form).
fn affiliation_after(norm: &NormText, ws: &[Word], j: usize, end: usize, first_word: &str) -> bool {
    let chars = &norm.chars;
    if chars.get(end..end + 2) != Some(&[' ', '(']) {
        return false;
    }
    // (… (Institute of X, Academy of Y (IXY)): a bracket may hold another)
    let mut depth = 0usize;
    let Some(close) = (end + 1..chars.len().min(end + 160)).find(|&k| {
        match chars[k] {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        depth == 0
    }) else {
        return false;
    };
    // (the bracket then closes an item of a list or a clause)
    if !chars.get(close + 1).is_none_or(|c| matches!(c, ',' | ' ' | ';' | '.')) {
        return false;
    }
    let inside: Vec<&Word> = ws[j..].iter().take_while(|w| w.end <= close).collect();
    let acronym = inside.len() == 1 && is_affiliation_acronym(&inside[0].text) && !inside[0].text.starts_with(first_word.chars().next().unwrap_or(' '));
    let body = inside.len() >= 2 && capitalised(&inside[0].text) && inside.iter().any(|w| matches!(head_word(&w.text), Some((EntityType::Organization, _))));
    acronym || body
}

fn is_affiliation_acronym(w: &str) -> bool {
    (2..=8).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// `Ann Lee (BPI) and Tom Hale (CORE)`: the acronym in brackets right after a person's name is
/// the body the person is of, an organisation.
fn affiliations_by_acronym(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let people: Vec<(usize, usize)> = out.iter().filter(|m| m.ty == EntityType::Person).map(|m| (m.sentence, m.end)).collect();
    for (si, end) in people {
        let Some(w) = sentence_words[si].iter().find(|w| w.start == end + 2) else { continue };
        let bracketed = chars.get(end..end + 2) == Some(&[' ', '(']) && chars.get(w.end) == Some(&')');
        // (a title's short form, Chief Executive Officer (CEO), is no body)
        if bracketed && is_affiliation_acronym(&w.text) && !overlaps_a_mention(out, si, w.start, w.end) && !super::words::is_title(&w.text) {
            out.push(body_of_no_kind(norm, std::slice::from_ref(w), si, "org.en-affiliation-acronym"));
        }
    }
}

/// How many lower-case words right before `i` spell a title (deputy permanent secretary,
/// chair), at most three; None when they do not.
fn lower_title_before(ws: &[Word], i: usize) -> Option<usize> {
    (1..=3).find(|&n| i >= n && !capitalised(&ws[i - n].text) && ws[i - n..i].iter().map(|w| w.text.len()).sum::<usize>() > 3 && (title_at(ws, i - n) == Some(n) || is_title_words(&ws[i - n..i])))
}

/// A person's label made of honorifics only (Prof., Dr.) or naming a body's board or council.
fn names_no_person(label: &str) -> bool {
    // (… for China-Bayland Countries Cooperation: the plural of countries names no one)
    let board = label.split(' ').any(|w| matches!(w, "Board" | "Trustees" | "Council" | "Councilor" | "Committee" | "Presidium" | "Institutes" | "Universities" | "Centers" | "Centres" | "Countries"));
    // (Vice President for Student Affairs and International Cooperation: a portfolio's words)
    let portfolio = label.split(' ').all(|w| PORTFOLIO_WORDS.contains(&w) || FIELD_WORDS.contains(&w));
    // (a title with its modifiers, Senior Research Officer, or a body's initials, IPS, set off in a list)
    // (Lake BayNPU: a word mixing lower case with three capitals or more is a body’s initials)
    let title = super::words::is_post(label) || label.len() >= 2 && label.chars().all(|c| c.is_ascii_uppercase()) || label.split(' ').any(|w| !w.contains('.') && w.chars().any(|c| c.is_ascii_lowercase()) && w.chars().filter(|c| c.is_ascii_uppercase()).count() >= 3);
    // (Editorial Director, South Asian Studies, …: a field's words set off in a list of titles)
    let field = label.rsplit(' ').next().is_some_and(|w| FIELD_WORDS.contains(&w)) && label.contains(' ');
    label.split(' ').all(|w| super::words::is_honorific(w) || w == "Academician") || board || portfolio || title || field
}

/// Words of a post's portfolio, never of a person's name (with [`FIELD_WORDS`]).
const PORTFOLIO_WORDS: &[&str] = &[
    "International", "Cooperation", "Student", "Students", "Innovation", "Science",
    "Education", "Economic", "Economics", "Culture", "Cultural", "Academic", "Strategic", "Planning", "Finance", "Administration", "Operations", "Outreach", "Exchange", "Exchanges",
    "Language", "Languages", "Technology", "Technologies", "Trade", "Investment", "Information", "Digital", "External", "Public", "Scientific", "Work",
    // (Foreign Policy Advisor to …: the field of an adviser's title)
    "Foreign", "Policy",
];

/// `Consul of this consulate Zhang Wei`: a name right after a title of a body the report
/// named before and now refers back to.
fn of_this_body(ws: &[Word], i: usize) -> bool {
    i >= 4 && BODY_NOUNS.contains(&ws[i - 1].text.as_str()) && matches!(ws[i - 2].text.as_str(), "this" | "the") && ws[i - 3].text == "of" && (0..i - 3).any(|k| title_at(ws, k).is_some_and(|n| k + n == i - 3))
}

/// How many words a title (with its modifiers: First Deputy Minister, vice-rector) takes at
/// `k`, in any case.
fn title_at(ws: &[Word], k: usize) -> Option<usize> {
    let lower = |w: &Word| w.text.to_lowercase().replace('-', " ");
    let mods = ws[k.min(ws.len())..].iter().take_while(|w| TITLE_MODIFIERS.iter().any(|m| m.to_lowercase() == lower(w))).count();
    let at = k + mods;
    // (Health Minister, Trade Minister: a minister titled by a capitalised portfolio)
    let portfolio = || (at + 2 <= ws.len() && ws[at + 1].text == "Minister" && capitalised(&ws[at].text) && head_word(&ws[at].text).is_none()).then_some(2);
    let n = [3, 2, 1].into_iter().find(|&n| at + n <= ws.len() && is_title_words(&ws[at..at + n])).or_else(portfolio)?;
    Some(mods + n)
}

/// `Lakeside Assembly Chairwoman Anna Berg`: a body's capitalised name (ending in a head
/// word), a title right after it, then a capitalised name.
fn body_title_name(ws: &[Word]) -> bool {
    (1..=4).any(|b| {
        b < ws.len()
            && ws[..b].iter().all(|w| capitalised(&w.text) && !TITLES.contains(&w.text.as_str()))
            && head_word(&ws[b - 1].text).is_some()
            && title_at(ws, b).is_some_and(|n| ws.get(b + n).is_some_and(|w| capitalised(&w.text) && head_word(&w.text).is_none()))
    })
}

/// The words spell a title, in any case and with or without hyphens (vice-chancellor).
fn is_title_words(ws: &[Word]) -> bool {
    super::words::is_title(&joined(ws))
}

/// `…, the Rector of Y, X, and …`: a name set off by commas right after a title phrase
/// (the clause since the last comma opens with a title) and closed by a comma, `and` or the end.
fn titled_before(chars: &[char], ws: &[Word], i: usize, end: usize) -> bool {
    // (…of Greece, Ambassador Tom Hale: a title or an honorific may stand before the name)
    let i_title = if i >= 1 && (title_at(ws, i - 1) == Some(1) || HONORIFICS.contains(&ws[i - 1].text.as_str())) && ws[i].start == ws[i - 1].end + 1 { i - 1 } else { i };
    let start = ws[i_title].start;
    if start < 2 || chars[start - 2] != ',' {
        return false;
    }
    // (… of Greece, Peter Novak signed: or the verb of the clause right after the name)
    let verb_after = chars.get(end) == Some(&' ') && ws.iter().any(|w| w.start == end + 1 && w.text.chars().next().is_some_and(char::is_lowercase) && w.text.ends_with("ed") && !CONNECTORS.contains(&w.text.as_str()));
    // (… of X, Tom Hale (left): or a bracket, a photo's note, after it)
    let closed = end >= chars.len() || matches!(chars[end], ',' | '.' | ';') || chars[end] == ' ' && (ws.iter().any(|w| w.start == end + 1 && w.text == "and") || chars.get(end + 1) == Some(&'(')) || verb_after;
    let i = i_title;
    // the first word of the clause before the comma
    let clause_start = (0..start - 2).rev().find(|&c| matches!(chars[c], ',' | ';' | ':')).map_or(0, |c| c + 1);
    let Some(first) = (0..i).find(|&k| ws[k].start >= clause_start) else { return false };
    // the title opens the clause or follows `by the`, `and the` (speeches by the Rector of …)
    // (Former Lakeside President, X,: or a few capitalised words open the clause before it)
    let qualified = |k: usize| k > first && k - first <= 3 && ws[first..k].iter().all(|w| capitalised(&w.text));
    // (which includes the new director of X, Y: a title the person has just taken)
    let newly = |k: usize| k >= first + 2 && matches!(ws[k - 1].text.as_str(), "new" | "incoming" | "outgoing" | "former") && matches!(ws[k - 2].text.as_str(), "the" | "The");
    let opens = |k: usize| k == first || qualified(k) || matches!(ws[k - 1].text.as_str(), "the" | "The" | "by" | "and") || newly(k);
    closed && (first..i).any(|k| opens(k) && title_at(ws, k).is_some())
}

/// `Li said`, `said Berg`: one word that is the family or last name of exactly one person
/// named before, next to a verb of saying.
fn short_references(norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    let mut short: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (k, m) in out.iter().enumerate().filter(|(_, m)| m.ty == EntityType::Person) {
        for a in &m.aliases {
            short.entry(a.clone()).or_default().push(k);
        }
    }
    let mut found = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        let ws = words(&norm.chars, s.start, s.end);
        for (i, w) in ws.iter().enumerate() {
            let Some(ks) = short.get(&w.text) else { continue };
            let same: std::collections::BTreeSet<&str> = ks.iter().map(|&k| out[k].label.as_str()).collect();
            let says = ws.get(i + 1).is_some_and(|n| SAY.iter().any(|s| s.starts_with(n.text.as_str()))) || i > 0 && SAY.contains(&ws[i - 1].text.as_str());
            // (Berg, who is also the president of X, …: a relative clause about the person)
            let says = says || norm.chars.get(w.end) == Some(&',') && ws.get(i + 1).is_some_and(|n| n.text == "who");
            // (Liu, also a member of X, addressed …: a sentence that opens with the name and a comma)
            let says = says || i == 0 && norm.chars.get(w.end) == Some(&',') && ws.get(i + 1).is_some_and(|n| matches!(n.text.as_str(), "also" | "the" | "a" | "who"));
            // (Hale has held posts …, Hale was the founding director …: the name opening a
            // sentence before a verb of its own)
            const VERBS: &[&str] = &["has", "had", "was", "is", "will", "holds", "held", "joined", "served", "serves", "became", "leads", "led", "received", "met"];
            let says = says || i == 0 && ws.get(i + 1).is_some_and(|n| n.start == w.end + 1 && VERBS.contains(&n.text.as_str()));
            if same.len() == 1 && says && !out.iter().any(|m| m.start <= w.start && w.end <= m.end) {
                found.push(Mention { ty: EntityType::Person, start: w.start, end: w.end, label: w.text.clone(), surface: w.text.clone(), aliases: vec![], kind: None, lex: None, sentence: si, rule: "person.short-reference", parent: None, note: None });
            }
        }
    }
    out.extend(found);
}

/// the Decree of the President “On measures to …”, the Law “On Education”: an act of state
/// is known by the title in quotes after it, which opens with `On`.
fn acts_titled_on(norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    const ACTS: &[&str] = &["Decree", "Law", "Resolution", "Order", "Decision", "Ordinance", "Regulation", "Code"];
    let chars = &norm.chars;
    let mut found = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        for open in (s.start..s.end).filter(|&k| chars[k] == '“' && crate::scan::starts_with_at(chars, k + 1, s.end, "On ")) {
            let Some(close) = (open + 1..s.end.min(open + 240)).find(|&k| chars[k] == '”') else { continue };
            let before: String = chars[s.start.max(open.saturating_sub(90))..open].iter().collect();
            // (the act's word before the quote, with only its issuer between: of the President of X)
            let act = ACTS.iter().filter_map(|a| before.rfind(a).map(|i| &before[i + a.len()..])).any(|gap| gap.trim().is_empty() || gap.trim_start().starts_with("of the ") && !gap.contains([',', ';']));
            if act && close > open + 6 {
                let label = norm.slice(open + 1, close).to_owned();
                found.push(Mention { ty: EntityType::Document, start: open + 1, end: close, label: label.clone(), surface: label, aliases: vec![], kind: None, lex: None, sentence: si, rule: "document.en-act-titled-on", parent: None, note: None });
            }
        }
    }
    out.extend(found);
}

/// `the Alliance` with a capital: the one alliance the article has named before it.
fn alliance_references(norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        let ws = words(&norm.chars, s.start, s.end);
        // the Alliance, this alliance: the one alliance the article named before
        // (the consortium, the network: what an article about one alliance also calls it)
        let refers = |p: &[Word]| matches!(p[0].text.as_str(), "the" | "The" | "this" | "This") && (matches!(p[1].text.as_str(), "Alliance" | "consortium") || p[1].text == "alliance" && p[0].text.eq_ignore_ascii_case("this"));
        for pair in ws.windows(2).filter(|p| refers(p)) {
            let w = &pair[1];
            if out.iter().any(|m| m.start <= w.start && w.end <= m.end) {
                continue;
            }
            // (the Founding Ceremony of the X Alliance … the Alliance: named inside an event's name)
            let in_event = |a: &Mention| out.iter().any(|e| e.ty == EntityType::Event && e.end <= w.start && e.surface.ends_with(a.surface.as_str()));
            let mut earlier = out.iter().filter(|m| m.ty == EntityType::Alliance && (m.end <= w.start || in_event(m)));
            let Some(model) = earlier.next() else { continue };
            if earlier.any(|m| m.label != model.label) {
                continue; // two alliances named before: which one is meant is not said
            }
            let mut m = model.clone();
            (m.start, m.end, m.sentence, m.rule, m.parent, m.note) = (w.start, w.end, si, "alliance.en-the-alliance", None, None);
            // a reference adds no alias: its surface is the name it refers to
            m.surface = model.surface.clone();
            found.push(m);
        }
    }
    out.extend(found);
}

/// `the thematic forum`, `A thematic forum … was held`: a meeting's first two words in lower
/// case (its kind and its head) after an article, or opening the sentence, refer to it, when one
/// meeting of the article opens with them.
fn meeting_references(norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    let opening = |m: &Mention| {
        let ws: Vec<&str> = m.label.split(' ').collect();
        (ws.len() >= 3 && MEETING_HEADS.contains(&ws[1]) && capitalised(ws[0]) && !year_or_ordinal(ws[0])).then(|| format!("{} {}", ws[0], ws[1]).to_lowercase())
    };
    let kinds: Vec<(String, Mention)> = out.iter().filter(|m| m.ty == EntityType::Event).filter_map(|m| opening(m).map(|k| (k, m.clone()))).collect();
    let mut found = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        let ws = words(&norm.chars, s.start, s.end);
        for k in 0..ws.len().saturating_sub(1) {
            let (a, b) = (&ws[k], &ws[k + 1]);
            let after_article = k > 0 && matches!(ws[k - 1].text.as_str(), "the" | "The" | "a" | "A" | "this" | "This");
            if !(after_article || k == 0) || !b.text.starts_with(char::is_lowercase) || out.iter().any(|m| m.start <= a.start && b.end <= m.end) {
                continue;
            }
            let phrase = format!("{} {}", a.text, b.text).to_lowercase();
            let mut fits = kinds.iter().filter(|(kind, _)| *kind == phrase).map(|(_, m)| m);
            let Some(model) = fits.next() else { continue };
            if fits.any(|m| m.label != model.label) {
                continue; // two meetings of that kind: which one is meant is not said
            }
            let mut m = model.clone();
            (m.start, m.end, m.sentence, m.rule, m.parent, m.note) = (a.start, b.end, si, "event.en-the-meeting", None, None);
            m.aliases.clear();
            found.push(m);
        }
    }
    out.extend(found);
}

/// `the Think Tank Council` after `the Bay Think Tank Council`: an alliance named by the last
/// words (two or more) of exactly one longer alliance's name in the article is that alliance.
fn alliances_named_in_short(out: &mut [Mention]) {
    let labels: std::collections::BTreeSet<String> = out.iter().filter(|m| m.ty == EntityType::Alliance).map(|m| m.label.clone()).collect();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Alliance && m.label.contains(' ')) {
        let tail = format!(" {}", m.label);
        // (the Lotus Alliance for the Lotus European University Alliance: or its first word and
        // its head)
        let (first, head) = (m.label.split(' ').next().unwrap_or(""), m.label.rsplit(' ').next().unwrap_or(""));
        let first_and_head = |l: &str| m.label.split(' ').count() == 2 && l.starts_with(&format!("{first} ")) && l.ends_with(&format!(" {head}")) && l.split(' ').count() > 2;
        let mut longer = labels.iter().filter(|l| l.ends_with(&tail) || first_and_head(l));
        if let (Some(full), None) = (longer.next(), longer.next()) {
            m.aliases.push(m.label.clone());
            m.label = full.clone();
        }
    }
}

/// `the Thematic Session on X of the Bay Forum for International cooperation`: a meeting held
/// within a named meeting is one event, the meeting after `of the` another (written with a noun
/// in lower case after its last adjective too).
fn meetings_held_within_meetings(norm: &NormText, out: &mut Vec<Mention>) {
    const ADJECTIVES: &[&str] = &["International", "Economic", "Regional", "Global", "Strategic", "Scientific", "Cultural"];
    let chars = &norm.chars;
    let mut found = Vec::new();
    let mut split: Vec<(String, String)> = Vec::new();
    // (only where the label is written: `the main forum` refers to the Main Forum of the Bay
    // Symposium by two words, and holds no `of the` to split at)
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event && m.end - m.start == m.label.chars().count()) {
        let Some(k) = m.label.find(" of the ") else { continue };
        let (inner, outer) = (m.label[..k].to_owned(), m.label[k + " of the ".len()..].to_owned());
        let meeting = |part: &str| part.split(' ').any(|w| MEETING_HEADS.contains(&w));
        if !meeting(&inner) || !meeting(&outer) || outer.split(' ').count() < 2 {
            continue;
        }
        // (the Eighth Meeting of the Bay Think Tanks Forum: a numbered session of a series is the
        // series' meeting itself, no part of it; the series' name is another of its names)
        if let [ordinal, "Meeting" | "Session"] = inner.split(' ').collect::<Vec<_>>().as_slice() {
            if year_or_ordinal(ordinal) {
                // (and the 12th Bay Forum, as a headline writes it)
                m.aliases.extend([outer.clone(), format!("{ordinal} {outer}")]);
                continue;
            }
        }
        let outer_start = m.start + m.label[..k + " of the ".len()].chars().count();
        let mut end = m.end;
        // (… Forum for International cooperation: the noun the writer left in lower case)
        if outer.rsplit(' ').next().is_some_and(|w| ADJECTIVES.contains(&w)) && chars.get(end) == Some(&' ') {
            let noun = chars[end + 1..].iter().take_while(|c| c.is_alphabetic()).count();
            if noun >= 4 && chars[end + 1].is_lowercase() {
                end += 1 + noun;
            }
        }
        let mut whole = m.clone();
        (whole.start, whole.end, whole.rule) = (outer_start, end, "event.en-held-within");
        whole.label = norm.slice(outer_start, end).to_owned();
        whole.surface = whole.label.clone();
        whole.aliases.clear();
        m.end = m.start + inner.chars().count();
        m.aliases.retain(|a| *a != inner);
        split.push((m.label.clone(), inner.clone()));
        (m.label, m.surface) = (inner.clone(), inner);
        found.push(whole);
    }
    // (and a reference to the whole name in two words, `the main forum`, is to the inner one)
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event) {
        if let Some((_, inner)) = split.iter().find(|(full, _)| *full == m.label) {
            (m.label, m.surface) = (inner.clone(), inner.clone());
        }
    }
    out.extend(found);
}

/// `the Annual Meeting of the Bay Think Tank Network`: the alliance a meeting is of, named in
/// the meeting's name after `of the`, is a mention of its own (the meeting keeps its name).
fn alliances_named_in_meetings(out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for (i, m) in out.iter().enumerate().filter(|(_, m)| m.ty == EntityType::Event) {
        let Some(k) = m.surface.find(" of the ") else { continue };
        let tail = &m.surface[k + " of the ".len()..];
        let last = tail.rsplit(' ').next().unwrap_or_default();
        let alliance_head = |w: &str| OTHER_HEADS.iter().any(|(h, t)| *t == EntityType::Alliance && *h == w);
        // (… of the Network of Bay-Lake Think-tanks: or the head first, before its `of`)
        let head_first = tail.split_once(" of ").is_some_and(|(h, rest)| alliance_head(h) && !rest.contains(" of ") && rest.starts_with(|c: char| c.is_uppercase()));
        let alliance = alliance_head(last) && tail.split(' ').count() >= 2 && !tail.contains(" of ") || head_first;
        let start = m.start + m.surface[..k + " of the ".len()].chars().count();
        if alliance && !out.iter().any(|o| o.ty == EntityType::Alliance && o.start == start) {
            let mut a = m.clone();
            // (… of the Network of Bay-Lake Think-tanks (NBLT): the acronym after it is the network's)
            let spelled: Vec<String> = m.aliases.iter().filter(|x| super::words::acronym_of(tail) == **x).cloned().collect();
            (a.ty, a.start, a.label, a.surface, a.rule, a.aliases, a.parent, a.kind, a.lex) = (EntityType::Alliance, start, tail.to_owned(), tail.to_owned(), "alliance.en-named-in-meeting", spelled, None, None, None);
            found.push((i, a));
        }
    }
    for (i, a) in found {
        out[i].aliases.retain(|x| !a.aliases.contains(x));
        out.push(a);
    }
}

/// `the Academy of Trade of Yunnan province`: a body named after a place the lexicon knows
/// goes on with the kind of division the writer left in lower case.
fn bodies_of_a_division_in_lower_case(names: &EnNames, norm: &NormText, out: &mut [Mention]) {
    let chars = &norm.chars;
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let Some((_, place)) = m.label.rsplit_once(" of ") else { continue };
        let division: String = chars[(m.end + 1).min(chars.len())..].iter().take_while(|c| c.is_alphabetic()).collect();
        if chars.get(m.end) == Some(&' ') && names.place(place).is_some() && super::words::DIVISIONS.contains(&division.as_str()) {
            m.end += 1 + division.chars().count();
            m.label = norm.slice(m.start, m.end).to_owned();
            m.surface = m.label.clone();
        }
    }
}

/// Head words of meetings, capitalised as in names.
const MEETING_HEADS: &[&str] = &["Ceremony", "Session", "Forum", "Summit", "Conference", "Symposium", "Seminar", "Meeting", "Congress", "Expo", "Workshop", "Dialogue", "Roundtable", "Webinar", "Series", "Days", "Conclave", "Colloquium"];

/// Words for a meeting that name an event when a quoted title goes with them.
const MEETINGS: &[&str] = &["symposium", "forum", "conference", "seminar", "roundtable", "round table", "summit", "workshop", "dialogue", "congress", "festival", "expo", "exhibition"];

/// `a symposium "China – Central Asia"`, `the "Digital Silk Road" Forum`: a quoted title
/// with a word for a meeting names an event; a capitalised meeting word after the title is
/// part of the name.
/// Words that describe a meeting without naming it (International Conference, High-Level Forum).
const GENERIC_MEETING_WORDS: &[&str] = &["International", "Scientific", "Academic", "Annual", "Regional", "Global", "High-Level", "High-level", "Joint", "Expert", "Round", "Table", "Roundtable", "Practical", "Scientific-Practical"];

/// Where a run of capitalised words (joined by `and`) starting with a space at `k` ends, or `k`
/// when none starts there.
fn capitalised_words_after(chars: &[char], k: usize, end: usize) -> usize {
    let ws = words(chars, k, end);
    let mut last = k;
    let mut at = k;
    for w in &ws {
        if w.start != at + 1 || chars[at] != ' ' {
            break;
        }
        if capitalised(&w.text) && !NOT_NAMES.contains(&w.text.as_str()) {
            last = w.end;
        } else if w.text != "and" {
            break;
        }
        at = w.end;
    }
    last
}

fn quoted_events(norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    for (si, s) in layout.sentences.iter().enumerate() {
        let mut k = s.start;
        while k < s.end {
            let Some((open, close)) = title_quotation_at(chars, k, s.end) else { break };
            k = close + 1;
            let inner: String = chars[open + 1..close].iter().collect();
            if inner.split_whitespace().count() < 2 || !inner.chars().next().is_some_and(|c| c.is_uppercase()) {
                continue;
            }
            // International Symposium on "Lakeside Road: …": the named meeting and its theme are one name
            // (Unveiling Ceremony of “Bay Pavilion”: so are a ceremony and what it opens)
            // (the Second Bay Forum of “China+Lake Asia”: so are a forum and the parties it is of)
            let joins_title = |m: &Mention| norm.slice(m.end, open) == " on " || norm.slice(m.end, open) == " of ";
            // (International Conference "Bay Asia: Links": a meeting of generic words is named by the quotation after it)
            let generic_meeting = |m: &Mention| m.end + 1 == open && chars[m.end] == ' ' && m.label.split(' ').all(|w| GENERIC_MEETING_WORDS.contains(&w) || MEETING_HEADS.contains(&w));
            if let Some(m) = out.iter_mut().find(|m| m.ty == EntityType::Event && m.sentence == si && (m.end + 4 == open && joins_title(m) || generic_meeting(m))) {
                // (Forum of “Lake Road” Bay-Lake Think-tank and Media: after `of`, the name goes on
                // past the quotation through the capitalised words that close it)
                m.end = if joins_title(m) { capitalised_words_after(chars, close + 1, s.end) } else { close + 1 };
                m.surface = norm.slice(m.start, m.end).to_owned();
                m.label = without_quote_marks(&m.surface);
                continue;
            }
            // (the Bay Forum “Innovation in Education,” held …: the quotation after a named
            // meeting is its theme, not another meeting; but the Opening Ceremony of the
            // Seminar “…”: a meeting word alone before the quotation, which names it)
            let generic_before = |m: &Mention| MEETING_HEADS.iter().any(|h| m.label.ends_with(&format!(" of the {h}")));
            if let Some(g) = out.iter().position(|m| m.ty == EntityType::Event && m.sentence == si && m.end + 1 == open && chars[m.end] == ' ' && generic_before(m)) {
                out.remove(g);
                out.push(quoted_event(norm, open, close + 1, si));
                continue;
            }
            if out.iter().any(|m| m.ty == EntityType::Event && m.sentence == si && m.end + 1 == open && chars[m.end] == ' ') {
                continue;
            }
            // (the Webinar on “The Role of …”: a capitalised meeting word alone, then on and the
            // quotation, names the meeting with its theme)
            if let Some(start) = meeting_word_before_on(chars, s.start, open) {
                out.retain(|m| !(m.ty == EntityType::Event && m.start >= start && m.end <= close + 1));
                let mut m = quoted_event(norm, start, close + 1, si);
                m.rule = "event.en-meeting-on-quoted-theme";
                out.push(m);
                continue;
            }
            // (the 5th Bay Forum titled “…”: the title of a meeting named before it is another name of it)
            let titled = |m: &Mention| m.end < open && [" titled ", " entitled "].iter().any(|w| norm.slice(m.end, open) == *w);
            if let Some(m) = out.iter_mut().find(|m| m.ty == EntityType::Event && m.sentence == si && titled(m)) {
                let title = without_quote_marks(&inner).trim_end_matches(['.', ',']).to_owned();
                m.aliases.push(title);
                continue;
            }
            // (“Bay Network (BN) Online Annual Meeting 2020” was held: a quotation that ends in a
            // meeting's head and a year or ordinal names that meeting, whatever is inside it)
            let words: Vec<&str> = inner.split_whitespace().collect();
            let last_head = words.iter().rev().find(|w| !year_or_ordinal(w)).is_some_and(|w| MEETING_HEADS.contains(w));
            if last_head && words.len() >= 3 {
                out.retain(|m| !(m.ty == EntityType::Event && m.start > open && m.end <= close));
                let mut m = quoted_event(norm, open, close + 1, si);
                // (the label without the bracketed acronym of the body it names)
                m.label = m.label.split(" (").map(|part| part.split_once(") ").map_or(part, |(_, rest)| rest)).collect::<Vec<_>>().join(" ");
                out.push(m);
                continue;
            }
            let before = norm.slice(s.start.max(open.saturating_sub(26)), open).to_lowercase();
            let after: String = chars[close + 1..s.end.min(close + 16)].iter().collect();
            // (a symposium titled "…": the participle that gives a meeting its title)
            // (hosted the seminar on “…”: the theme a meeting is on names it too)
            let before = ["titled", "entitled", "themed", "called", "named", " on"].iter().find_map(|w| before.trim_end().strip_suffix(w)).unwrap_or(&before).to_owned();
            let noun_before = MEETINGS.iter().any(|m| before.trim_end().ends_with(m));
            let noun_after = MEETINGS.iter().find(|m| after.to_lowercase().starts_with(&format!(" {m}")));
            // the "Central Asia – China" summit: the meeting word belongs to the name, whatever its case
            // (to hold the "Bay 2030: Trade" event series: a quotation named as a run of meetings)
            let series_after = [" event series", " lecture series", " speakers series", " series of events"].iter().any(|w| after.to_lowercase().starts_with(w));
            // (the “Bay and Lake Forum: Paths” was held …: a quotation holding a
            // meeting's head that is held names the meeting)
            let held = [" was held", " were held", " took place", " was convened", " opened", " kicked off"].iter().any(|v| after.starts_with(v)) && words.iter().any(|w| MEETING_HEADS.contains(&w.trim_end_matches([':', ','])));
            let end = match noun_after {
                Some(m) => close + 2 + m.chars().count(),
                None if noun_before || series_after || held => close + 1,
                None => continue,
            };
            out.push(quoted_event(norm, open, end, si));
        }
    }
    one_label_with_its_meeting_word(out);
}

/// A word without its possessive ending: `HRI's`, `HRI’s`, and `HRI'` are `HRI`.
fn without_possessive(word: &str) -> &str {
    word.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(['\'', '’'])
}

/// A meeting named by a quotation (with its meeting word when one follows): the text from
/// `start` to `end`, labelled without its quote marks.
/// Where a capitalised meeting word (Webinar, Seminar …) standing right before ` on ` and the
/// quotation opening at `open` starts.
fn meeting_word_before_on(chars: &[char], sent_start: usize, open: usize) -> Option<usize> {
    let on = open.checked_sub(4).filter(|&k| k >= sent_start && chars[k..open].iter().collect::<String>() == " on ")?;
    let start = (sent_start..on).rev().take_while(|&k| chars[k].is_ascii_alphabetic()).last()?;
    let word: String = chars[start..on].iter().collect();
    (MEETING_HEADS.contains(&word.as_str()) && word.starts_with(char::is_uppercase)).then_some(start)
}

fn quoted_event(norm: &NormText, start: usize, end: usize, si: usize) -> Mention {
    let surface = norm.slice(start, end).to_owned();
    // (titled "X Era.": the full stop the quotation closes on ends the sentence, not the name)
    // (titled 'X.': the single quotes around a title too)
    let label = without_quote_marks(&surface);
    let label = label.trim_start_matches(['\'', '‘']).trim_end_matches(['.', ',']).trim_end_matches(['\'', '’']).trim_end_matches(['.', ',']).to_owned();
    Mention { ty: EntityType::Event, start, end, label, surface, aliases: vec![], kind: None, lex: None, sentence: si, rule: "event.english-quoted-title", parent: None, note: None }
}

/// “X” and “X” Seminar in one report: the same meeting, named once with its meeting word.
fn one_label_with_its_meeting_word(out: &mut [Mention]) {
    let quoted: Vec<String> = out.iter().filter(|m| m.rule == "event.english-quoted-title").map(|m| m.label.clone()).collect();
    for m in out.iter_mut().filter(|m| m.rule == "event.english-quoted-title") {
        let longer = quoted.iter().find(|l| l.strip_prefix(m.label.as_str()).is_some_and(|rest| MEETINGS.iter().any(|w| rest.to_lowercase() == format!(" {w}"))));
        if let Some(l) = longer {
            m.label = l.clone();
        }
    }
}

/// signed the "Memorandum of Understanding on Joint Research between LU and Bay University.":
/// a document's title that opens a quotation runs to its close, lower-case words and all
/// (less a full stop or comma the quotation closes on).
fn whole_quoted_documents(norm: &NormText, out: &mut [Mention]) {
    let chars = &norm.chars;
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Document && m.start > 0 && matches!(chars[m.start - 1], '"' | '“')) {
        let Some(close) = (m.end..chars.len().min(m.end + 160)).find(|&k| matches!(chars[k], '"' | '”' | '\n')).filter(|&k| chars[k] != '\n') else { continue };
        let end = if matches!(chars[close - 1], '.' | ',') { close - 1 } else { close };
        if end > m.end && !chars[m.end..end].iter().any(|&c| matches!(c, '.' | ';' | '“' | '"')) {
            m.end = end;
            m.surface = norm.slice(m.start, end).to_owned();
            m.label = m.surface.clone();
        }
    }
}

/// Lakeside State University named after I. Berg: a body named after a person (initials,
/// then a family name) has that tail in its name; the name without it is an alias.
fn named_after_a_person(norm: &NormText, out: &mut [Mention]) {
    let chars = &norm.chars;
    // (a body the lexicon knows keeps its identity, and its name)
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_none()) {
        let lead: String = chars[m.end..chars.len().min(m.end + 14)].iter().collect();
        if !lead.starts_with(" named after ") {
            continue;
        }
        let mut k = m.end + " named after ".len();
        // initials: I. / Sh. / A.I. (one or two letters and a dot, each)
        loop {
            let letters = (k..chars.len().min(k + 2)).take_while(|&j| chars[j].is_alphabetic()).count();
            let dotted = letters >= 1 && chars.get(k + letters) == Some(&'.') && chars[k].is_uppercase();
            if !dotted {
                break;
            }
            k += letters + 1;
            if chars.get(k) == Some(&' ') {
                k += 1;
            }
        }
        let word_at = |k: usize| (k..chars.len()).take_while(|&j| chars[j].is_alphabetic() || chars[j] == '-').count();
        let mut family = word_at(k);
        // (named after Anna Berg: a given name before the family name, no initials; a third
        // capitalised word would open the next name)
        let second = k + family + 1;
        let second_len = if chars.get(k + family) == Some(&' ') && chars.get(second).is_some_and(|c| c.is_uppercase()) { word_at(second) } else { 0 };
        let third_capitalised = chars.get(second + second_len) == Some(&' ') && chars.get(second + second_len + 1).is_some_and(|c| c.is_uppercase());
        if second_len >= 2 && !third_capitalised {
            family = second + second_len - k;
        }
        if family >= 2 && chars[k].is_uppercase() {
            m.aliases.push(m.label.clone());
            // (the Berg Lakeside State University: the honoree's name may open the name instead)
            m.aliases.push(format!("{} {}", norm.slice(k, k + family), m.label));
            m.end = k + family;
            m.surface = norm.slice(m.start, m.end).to_owned();
            m.label = m.surface.clone();
        }
    }
}

fn without_quote_marks(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '"' | '“' | '”')).collect()
}

/// What the bracket right after a name holds (`X (XA)`), if it opens there.
fn bracketed_acronym(chars: &[char], end: usize) -> Option<String> {
    let open = (chars.get(end) == Some(&' ') && chars.get(end + 1) == Some(&'(')).then_some(end + 1)?;
    let close = (open + 1..chars.len().min(open + 48)).find(|&j| chars[j] == ')')?;
    let inside: String = chars[open + 1..close].iter().collect();
    // (X (hereinafter referred to as XN): the short form the text defines in words)
    // (… referred to as the "XN": the article before the quoted form is no part of it)
    let short = ["hereinafter referred to as ", "hereinafter referred as ", "hereinafter ", "hereafter "].iter().find_map(|w| inside.strip_prefix(w)).map(|a| a.strip_prefix("the ").unwrap_or(a).trim_matches(['“', '”', '"', '‘', '’', '\'']));
    match short {
        Some(a) => Some(a.to_owned()),
        None => (close <= open + 20).then_some(inside),
    }
}

/// `the All Bay Students Union (ABSU)`: a capitalised word the recogniser left off before the
/// name (a word that opens sentences too) is the name's when the acronym spells it.
/// `the Bay Centre for Research under the auspices of UNESCO (BCR)`: a bracketed acronym that
/// spells the initials of an earlier body in the phrase, joined to the nearer name by lower-case
/// words only, is that earlier body's (index of the owner, acronym).
fn earlier_acronym_owners(chars: &[char], out: &[Mention]) -> Vec<(usize, String)> {
    let mut owners = Vec::new();
    for near in out.iter().filter(|m| m.ty == EntityType::Organization) {
        let Some(a) = bracketed_acronym(chars, near.end) else { continue };
        if super::words::acronym_of(&near.label) == a || a.len() < 3 {
            continue;
        }
        let joined_by_lower_case = |m: &Mention| {
            m.end < near.start && near.start - m.end < 40 && chars[m.end..near.start].iter().collect::<String>().split(' ').all(|w| w.chars().all(|c| c.is_lowercase()))
        };
        let owner = out.iter().position(|m| m.ty == EntityType::Organization && joined_by_lower_case(m) && super::words::acronym_of(&m.label) == a);
        if let Some(k) = owner {
            owners.push((k, a));
        }
    }
    owners
}

fn extend_to_acronym(chars: &[char], m: &mut Mention, a: &str) {
    let initials: String = m.label.split(' ').filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    let Some(missing) = a.strip_suffix(initials.as_str()).filter(|p| p.len() == 1 && !initials.is_empty()) else { return };
    let before = words(chars, m.start.saturating_sub(20), m.start);
    let Some(w) = before.last().filter(|w| w.end + 1 == m.start && chars[w.end] == ' ' && w.text.starts_with(missing) && capitalised(&w.text)) else { return };
    (m.start, m.label, m.surface) = (w.start, format!("{} {}", w.text, m.label), format!("{} {}", w.text, m.surface));
}

/// `UB Harbour` for the University of Bayland Harbour: the initials of a name's first words and
/// its last word are that name, read where no other name holds them (a person read from the
/// last word on starts after it).
fn acronym_and_last_word(norm: &NormText, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut found = Vec::new();
    for f in out.iter().filter(|m| m.ty == EntityType::Organization && m.label.split(' ').count() >= 3) {
        let Some((first, last)) = f.label.rsplit_once(' ') else { continue };
        let initials: String = first.split(' ').filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
        if initials.len() < 2 || !capitalised(last) {
            continue;
        }
        let short: Vec<char> = format!("{initials} {last}").chars().collect();
        for at in (0..chars.len().saturating_sub(short.len())).filter(|&k| chars[k..k + short.len()] == short[..]) {
            let end = at + short.len();
            let bounded = (at == 0 || !chars[at - 1].is_alphanumeric()) && chars.get(end).is_none_or(|c| !c.is_alphanumeric());
            let held = out.iter().any(|m| m.start <= at && end <= m.end && m.label != initials);
            if bounded && !held {
                let mut m = f.clone();
                (m.start, m.end, m.surface, m.rule, m.aliases, m.parent) = (at, end, short.iter().collect(), "org.en-acronym-and-last-word", vec![], None);
                m.sentence = out.iter().find(|o| o.start <= at && at < o.end).map_or(f.sentence, |o| o.sentence);
                found.push(m);
            }
        }
    }
    for m in &found {
        out.retain(|o| !(o.ty == EntityType::Organization && o.start == m.start && o.end < m.end));
        for o in out.iter_mut().filter(|o| o.ty == EntityType::Person && o.start > m.start && o.start < m.end && o.end > m.end + 1) {
            let rest: String = chars[m.end + 1..o.end].iter().collect();
            (o.start, o.surface, o.label) = (m.end + 1, rest.clone(), rest);
        }
    }
    out.extend(found);
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
}

/// `the Bay Research Alliance, or BRA,`: an acronym after `, or` defines the name's short form
/// when its letters are the initials of the name's capitalised words.
fn or_acronym(chars: &[char], m: &Mention) -> Option<String> {
    let at = m.end + 5;
    (chars.get(m.end..at)? == [',', ' ', 'o', 'r', ' ']).then_some(())?;
    let a: String = chars[at..].iter().take_while(|c| c.is_ascii_alphabetic()).collect();
    let initials: String = m.label.split([' ', '-']).filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    (a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()) && a == initials && chars.get(at + a.len()).is_none_or(|c| !c.is_alphanumeric())).then_some(a)
}

/// `visited Harbour House, the Royal Institute of Bay Affairs, and signed …`: a body's
/// full name set off after its short name, the clause going on in lower case, is one body.
fn bodies_named_again_in_apposition(norm: &NormText, out: &mut [Mention]) {
    let chars = &norm.chars;
    let is_body = |m: &Mention| m.ty == EntityType::Organization;
    let mut pairs = Vec::new();
    for (a, m) in out.iter().enumerate().filter(|(_, m)| is_body(m)) {
        let Some(b) = out.iter().position(|o| is_body(o) && o.sentence == m.sentence && o.start == m.end + 6 && chars[m.end..o.start].iter().copied().eq(", the ".chars())) else { continue };
        let after: String = chars[out[b].end..chars.len().min(out[b].end + 16)].iter().collect();
        let rest = after.strip_prefix(", and ").or_else(|| after.strip_prefix(" and ")).or_else(|| after.strip_prefix(", "));
        // (A, the B, and the C: a list goes on with another body; no apposition)
        let first_word = |r: &str| r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_owned();
        let goes_on = rest.map(first_word).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && !["and", "the", "a", "an", "other", "others", "several", "many", "more", "etc"].contains(&w.as_str()));
        if goes_on && out[b].label.split(' ').count() >= 3 {
            pairs.push((a, b));
        }
    }
    for (a, b) in pairs {
        let short = out[a].label.clone();
        out[b].aliases.push(short);
    }
}

/// `the Bay Administration (officially known as Bay Publishing Group or BPG)`: the body named
/// after `known as` is the same body under its other name.
fn bodies_officially_known_as(norm: &NormText, out: &mut [Mention]) {
    const LEADS: &[&str] = &[" (officially known as ", " (also known as ", " (known as ", ", officially known as ", ", also known as "];
    let chars = &norm.chars;
    let lead_before = |at: usize| LEADS.iter().map(|l| l.chars().count()).zip(LEADS).find(|&(n, l)| at >= n && chars[at - n..at].iter().copied().eq(l.chars())).map(|(n, _)| n);
    let mut pairs = Vec::new();
    for m in out.iter().filter(|m| m.ty == EntityType::Organization) {
        let Some(n) = lead_before(m.start) else { continue };
        if let Some(j) = out.iter().position(|o| o.ty == EntityType::Organization && o.sentence == m.sentence && o.end + n == m.start) {
            pairs.push((j, m.label.clone()));
        }
    }
    for (j, label) in pairs {
        out[j].aliases.push(label);
    }
}

/// `the Lotus Network, known as LoNet, was founded …`: a short form introduced by `known as`/// `the Lotus Network, known as LoNet, was founded …`: a short form introduced by `known as`
/// right after the name, set off by commas or brackets, written with two capitals or more.
fn known_as_acronym(chars: &[char], end: usize) -> Option<String> {
    let after: String = chars[end..chars.len().min(end + 40)].iter().collect();
    let rest = [", known as ", ", also known as ", " (known as ", " (also known as ", ", abbreviated as ", " (abbreviated as "].iter().find_map(|p| after.strip_prefix(p))?;
    let a: String = rest.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let closed = rest[a.len()..].starts_with([',', ')']);
    let capitals = a.chars().filter(char::is_ascii_uppercase).count();
    (closed && capitals >= 2 && a.starts_with(|c: char| c.is_ascii_uppercase())).then_some(a)
}

/// The next quotation from `from` within a sentence: where its marks open and close.
fn quotation_at(chars: &[char], from: usize, end: usize) -> Option<(usize, usize)> {
    let open = (from..end).find(|&k| matches!(chars[k], '"' | '“'))?;
    let close = (open + 1..end.min(open + 160)).find(|&k| matches!(chars[k], '"' | '”'))?;
    Some((open, close))
}

/// The first quotation from `from`: in double quotes, or in single ones right after a word
/// that gives a title (`titled 'Bay Relations: …'`), where a quote mark inside a word is an
/// apostrophe and only one followed by no letter closes the title.
fn title_quotation_at(chars: &[char], from: usize, end: usize) -> Option<(usize, usize)> {
    let double = quotation_at(chars, from, end);
    let titled = |k: usize| ["titled ", "entitled ", "themed "].iter().any(|w| k >= w.len() && chars[k - w.len()..k].iter().copied().eq(w.chars()));
    let single = (from..double.map_or(end, |(open, _)| open)).find(|&k| matches!(chars[k], '\'' | '‘') && titled(k)).and_then(|open| {
        let close = (open + 1..end.min(open + 160)).find(|&k| matches!(chars[k], '\'' | '’') && chars.get(k + 1).is_none_or(|c| !c.is_alphanumeric()))?;
        Some((open, close))
    });
    single.or(double)
}

/// `Xi'an Jiaotong University (XJTU)`: the bracket defines an acronym, an alias of the name,
/// and every later use of the acronym is a mention of it.
fn acronyms(lex: &Lexicon, names: &EnNames, norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut defined: Vec<(String, usize)> = Vec::new();
    // acronyms of the body a name ends in (… of the Chinese Academy of Sciences (CAS))
    let mut expansions: Vec<(String, String)> = Vec::new();
    // (Annual Meeting of the Bay Network (BN): of two names closing before the bracket, the one
    // whose initials it spells)
    let spans: Vec<(usize, usize, String)> = out.iter().map(|m| (m.start, m.end, super::words::acronym_of(&m.label))).collect();
    let earlier_owners = earlier_acronym_owners(chars, out);
    for (k, m) in out.iter_mut().enumerate() {
        if !matches!(m.ty, EntityType::Organization | EntityType::Alliance | EntityType::Event | EntityType::Project) {
            continue;
        }
        if let Some((_, a)) = earlier_owners.iter().find(|(owner, _)| *owner == k) {
            m.aliases.push(a.clone());
            defined.push((a.clone(), k));
            continue;
        }
        let Some(a) = bracketed_acronym(chars, m.end).or_else(|| or_acronym(chars, m)).or_else(|| known_as_acronym(chars, m.end)) else { continue };
        if super::words::acronym_of(&m.label) != a && spans.iter().any(|(s, e, i)| *e == m.end && *s > m.start && *i == a) {
            continue;
        }
        if earlier_owners.iter().any(|(_, owned)| *owned == a) {
            continue;
        }
        extend_to_acronym(chars, m, &a);
        // (S&SE ASIAN UN: an acronym of several capitalised parts, joined by & or spaces)
        let spaced = a.contains([' ', '&']) && a.chars().all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '&')) && !a.starts_with([' ', '&']);
        if a.len() >= 2 && (a.chars().all(|c| c.is_ascii_alphabetic()) || spaced) && a.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2 {
            match expanded_tail(chars, m, &a) {
                Some(tail) => expansions.push((a.clone(), tail)),
                None => m.aliases.push(a.clone()),
            }
            defined.push((a, k));
        }
    }
    let spaced: Vec<&str> = defined.iter().map(|(a, _)| a.as_str()).filter(|a| a.contains([' ', '&'])).collect();
    let mut found = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        for w in words(chars, s.start, s.end).into_iter().chain(spaced_acronyms_in(chars, s.start, s.end, &spaced)) {
            // (HRI' head office: a plural-style possessive of the acronym too)
            let text = without_possessive(&w.text);
            let Some(&(_, k)) = defined.iter().find(|(a, _)| a == text) else { continue };
            let end = w.start + text.chars().count();
            // (Executive Director BHS stated: a defined acronym read as a name after a title is
            // the body, never a person)
            let read_as_person = |m: &Mention| m.ty == EntityType::Person && m.start == w.start && m.end == end;
            let inside = out.iter().any(|m| m.start <= w.start && end <= m.end && !read_as_person(m)) || chars.get(w.start.wrapping_sub(1)) == Some(&'(');
            if !inside {
                let mut m = out[k].clone();
                (m.start, m.end, m.sentence, m.rule) = (w.start, end, si, "abbreviation.defined-in-brackets");
                m.surface = text.to_owned();
                m.label = text.to_owned();
                m.aliases.clear();
                if let Some((_, tail)) = expansions.iter().find(|(a, _)| a == text) {
                    (m.label, m.aliases, m.parent) = (tail.clone(), vec![text.to_owned()], None);
                    // a well-known body keeps its lexicon identity
                    if let Some(LexRef::Org(i)) = names.get(tail).map(|n| n.lex) {
                        (m.label, m.lex, m.kind) = (lex.orgs[i].name.clone(), Some(LexRef::Org(i)), Some(lex.orgs[i].kind));
                    }
                }
                found.push(m);
            }
        }
    }
    out.retain(|m| !(m.ty == EntityType::Person && found.iter().any(|f| f.start == m.start && f.end == m.end)));
    out.extend(found);
}

/// Where the defined acronyms of several parts (S&SE ASIAN UN) stand in `start..end`, as
/// words, so that they are read like one-word acronyms.
fn spaced_acronyms_in(chars: &[char], start: usize, end: usize, spaced: &[&str]) -> Vec<Word> {
    let mut out = Vec::new();
    if spaced.is_empty() {
        return out;
    }
    let text: String = chars[start..end].iter().collect();
    for a in spaced {
        for (byte, _) in text.match_indices(a) {
            let at = start + text[..byte].chars().count();
            let after = at + a.chars().count();
            let bounded = (at == 0 || !chars[at - 1].is_alphanumeric()) && chars.get(after).is_none_or(|c| !c.is_alphanumeric());
            if bounded {
                out.push(Word { start: at, end: after, text: (*a).to_owned() });
            }
        }
    }
    out
}

/// Lower-case words for a work a country pair builds: the Mongolia–Kazakhstan canal.
const WORKS: &[&str] = &["railway", "railroad", "pipeline", "gas pipeline", "highway", "corridor", "bridge", "canal", "power line"];

/// Mongolia–Kazakhstan, Kazakhstan-China: countries written as one word joined by
/// dashes are each named; followed by a work (railway, pipeline), they name a project.
fn dashed_countries(lex: &Lexicon, names: &EnNames, norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    for (si, s) in layout.sentences.iter().enumerate() {
        let ws = words(chars, s.start, s.end);
        for (k, w) in ws.iter().enumerate() {
            let parts: Vec<(usize, &str)> = split_at_dashes(&w.text).into_iter().map(|(at, p)| (w.start + at, p)).collect();
            let country = |p: &str| names.country(p);
            if parts.len() < 2 || parts.iter().any(|(_, p)| country(p).is_none()) {
                continue;
            }
            // (the China–Bayland (CBR) railway: the short form given in brackets before the work)
            let acronym = ws.get(k + 1).is_some_and(|a| a.start > 0 && chars[a.start - 1] == '(' && chars.get(a.end) == Some(&')') && a.text.len() >= 2 && a.text.chars().all(|c| c.is_ascii_uppercase()));
            let after: Vec<String> = ws[k + 1 + acronym as usize..].iter().take(3).map(|x| x.text.clone()).collect();
            // (the Mongolia-Kazakhstan economic corridor: one describing word before the work)
            let described = after.first().is_some_and(|a| a.chars().all(|c| c.is_lowercase() || c == '-')) as usize;
            let work_at = |skip: usize| {
                WORKS.iter().find(|wk| {
                    let n = wk.split(' ').count();
                    after.len() >= skip + n && after[skip..skip + n].join(" ") == **wk
                }).map(|wk| wk.split(' ').count() + skip)
            };
            let work = work_at(0).or_else(|| (described == 1).then(|| work_at(1)).flatten());
            // else only a pair written as a modifier (China-Kyrgyzstan relations, not China-Russia,
            // Eastern …) and not inside a longer name (the China-Russia Institute is that name's)
            let modifier = ws.get(k + 1).is_some_and(|n| n.start == w.end + 1 && n.text.starts_with(|c: char| c.is_lowercase()));
            if work.is_none() && (!modifier || out.iter().any(|m| m.start <= w.start && w.end <= m.end && m.ty != EntityType::Country)) {
                continue;
            }
            for &(at, p) in &parts {
                let Some(r) = country(p) else { continue };
                let mut m = lexicon_mention(lex, norm, &[Word { start: at, end: at + p.chars().count(), text: p.to_owned() }], r, si);
                m.rule = "country.en-dashed";
                out.push(m);
            }
            if let Some(n) = work {
                let mut m = mention(EntityType::Project, norm, &ws[k..k + 1 + n + acronym as usize], si, "project.en-countries-and-work");
                if acronym {
                    let short = &ws[k + 1].text;
                    m.label = m.label.replace(&format!(" ({short})"), "");
                    m.aliases.push(short.clone());
                }
                out.push(m);
            }
        }
    }
}

/// A word's parts between dashes, with where each starts in the word.
fn split_at_dashes(text: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let (mut from, mut at) = (0, 0);
    for (i, c) in text.char_indices() {
        if matches!(c, '–' | '—' | '-') {
            parts.push((at, &text[from..i]));
            from = i + c.len_utf8();
            at = text[..from].chars().count();
        }
    }
    parts.push((at, &text[from..]));
    parts.into_iter().filter(|(_, p)| !p.is_empty()).collect()
}

/// Titles that say an acronym is a body: `LIRS Director Tom Hale`, `President of LIRS`,
/// `between LIRS and HCIS`. Every use of such an acronym in the article is then a mention
/// of it (acronyms the lexicon knows, SCO, keep their identity).
fn bodies_known_by_acronym(names: &EnNames, norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    // (TA-LAKE: two parts joined by a hyphen, each in capitals)
    let capitals = |t: &str| (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase());
    let hyphened = |t: &str| t.len() <= 10 && t.split_once('-').is_some_and(|(a, b)| capitals(a) && capitals(b));
    let is_acronym = |t: &str| (capitals(t) || hyphened(t) || syllabic_acronym(t)) && names.get(t).is_none() && !TITLES.contains(&t);
    let bare = |w: &Word| without_possessive(&w.text).to_owned();
    // acronyms a name defines (Lakeside University (LU)) are that name's already
    // (a person read from `Director LCB` is no name the acronym already has)
    let known: Vec<String> = out.iter().filter(|m| m.ty != EntityType::Person).flat_map(|m| m.aliases.iter().chain(std::iter::once(&m.label))).cloned().collect();
    let sentences: Vec<Vec<Word>> = layout.sentences.iter().map(|s| words(chars, s.start, s.end)).collect();
    // (CFAU after the Institute of Asian Studies at China Foreign Affairs University: the
    // initials of the university a unit is at, named whole inside the unit's name, too)
    let university_at = |s: &str| s.rsplit_once(" at ").map(|(_, u)| u.strip_prefix("the ").unwrap_or(u).to_owned());
    let named_initials: Vec<String> = out.iter().filter(|m| m.ty == EntityType::Organization).flat_map(|m| std::iter::once(m.surface.clone()).chain(university_at(&m.surface))).map(|s| initials_of(&s)).collect();
    let abbreviated = |a: &str| out.iter().any(|m| m.ty == EntityType::Organization && abbreviates(a, &m.surface));
    let mut bodies: Vec<String> = Vec::new();
    let about_universities = norm.text.contains("universit") || norm.text.contains("Universit");
    for ws in &sentences {
        for (k, w) in ws.iter().enumerate() {
            let a = bare(w);
            if !is_acronym(&a) || bodies.contains(&a) || known.contains(&a) {
                continue;
            }
            // (no mark between: `… of BRI, President Xi` is no title of the acronym's)
            let spaced = |x: usize| ws.get(x + 1).is_some_and(|n| n.start == ws[x].end + 1);
            // (HLU Vice-Rector for Academic Affairs …, HLU Chairman of the Board …)
            let before_title = spaced(k) && title_at(ws, k + 1).is_some_and(|n| ws.get(k + 1 + n).is_some_and(|x| capitalised(&x.text) || matches!(x.text.as_str(), "of" | "for")));
            // (Vice-Rector for International Relations of the HMU: a title with its portfolio,
            // then `of (the)`)
            let of_at = if k >= 2 && ws[k - 1].text == "the" { k - 2 } else { k.saturating_sub(1) };
            let portfolio = |from: usize| ws[from..of_at].iter().all(|w| capitalised(&w.text) || matches!(w.text.as_str(), "for" | "and"));
            let after_title_of = k >= 2 && ws[of_at].text == "of" && (1..=6).any(|n| of_at >= n && title_at(ws, of_at - n).is_some() && portfolio(of_at - n));
            let between = k >= 1 && ws[k - 1].text == "between" && ws.get(k + 1).is_some_and(|x| x.text == "and") && ws.get(k + 2).is_some_and(|x| is_acronym(&bare(x)));
            // (HIMS after the Harbour Institute of Marine Studies: three or more initials of a body
            // the article names in full are that body, whatever stands around them)
            let initials = a.len() >= 3 && (named_initials.contains(&a) || abbreviated(&a));
            // (XJTU initiated …, … including XJTU: a university's initials as a subject or an item)
            let subject = k == 0 || ws[k - 1].text == "including";
            // (Tom Hale, Director LCB, …; President LCB Ambassador Ann Lee: initials right after
            // a title in title case, closing the clause or before another title, are the
            // body the post is in)
            let closes = chars.get(w.end).is_none_or(|&c| matches!(c, ',' | '.' | ';' | ')')) || spaced(k) && title_at(ws, k + 1).is_some();
            let after_title = k >= 1 && spaced(k - 1) && title_at(ws, k - 1) == Some(1) && !ws[k - 1].text.chars().all(|c| c.is_uppercase()) && closes;
            // (Tom Hale, Chairman, LCB was invited: the title set off by commas, then the initials)
            let set_off = |t: usize| ws[t].start >= 2 && chars[ws[t].start - 2] == ',' && chars[ws[t].end..ws[k].start] == [',', ' '];
            let after_title = after_title || k >= 1 && title_at(ws, k - 1) == Some(1) && set_off(k - 1);
            if before_title || after_title_of || after_title || between || initials || subject && about_universities && university_initials(&a) {
                bodies.push(a);
                if between {
                    bodies.push(bare(&ws[k + 2]));
                }
            }
        }
    }
    if bodies.is_empty() {
        return;
    }
    // HUME for Harbour University of Marine Economics: the initials of a body named in full
    for a in &bodies {
        if let Some(m) = out.iter_mut().find(|m| m.ty == EntityType::Organization && (initials_of(&m.surface) == *a || abbreviates(a, &m.surface))) {
            m.aliases.push(a.clone());
        }
    }
    let mut found = Vec::new();
    for (si, ws) in sentences.iter().enumerate() {
        for w in ws {
            let a = bare(w);
            let end = w.start + a.chars().count();
            let bracketed = chars.get(w.start.wrapping_sub(1)) == Some(&'(');
            if bodies.contains(&a) && !bracketed && !out.iter().any(|m| m.start <= w.start && end <= m.end) {
                // (PC-BI: a unit's initials joined to its parent's are the unit's)
                let unit = a.split_once('-').map(|(u, _)| u.to_owned());
                let full = out.iter().find(|m| m.ty == EntityType::Organization && (m.aliases.contains(&a) || unit.as_ref().is_some_and(|u| m.aliases.contains(u)))).cloned();
                let mut m = mention(EntityType::Organization, norm, &[Word { start: w.start, end, text: a.clone() }], si, "org.en-acronym-with-title");
                m.kind = Some(if about_universities && university_initials(&a) { OrgKind::University } else { OrgKind::Other });
                if let Some(full) = full {
                    (m.label, m.kind, m.lex, m.aliases) = (full.label, full.kind, full.lex, vec![a.clone()]);
                }
                found.push(m);
            }
        }
    }
    out.extend(found);
}

/// `the first Bay Forum (BF)` after a headline's `First Bay Forum`: the ordinal in lower case
/// before a meeting's name is part of the name the article gives it elsewhere.
fn ordinal_in_lower_case(norm: &NormText, out: &mut [Mention]) {
    let labels: Vec<String> = out.iter().filter(|m| m.ty == EntityType::Event).map(|m| m.label.clone()).collect();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let before: String = norm.chars[m.start.saturating_sub(8)..m.start].iter().collect();
        let Some(ordinal) = before.split(' ').rev().nth(1).filter(|w| w.starts_with(char::is_lowercase) && year_or_ordinal(&super::words::with_capital(w))) else { continue };
        let full = format!("{} {}", super::words::with_capital(ordinal), m.label);
        if labels.contains(&full) {
            m.aliases.push(std::mem::replace(&mut m.label, full));
        }
    }
}

/// `Ethos, a Mexican think tank`, `Lotus is a non-government think tank`: one capitalised word
/// that the apposition or the copula after it calls a body of a kind is that body.
fn bodies_described_after_their_name(names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    const KINDS: &[(&str, OrgKind)] = &[("think tank", OrgKind::ThinkTank), ("think-tank", OrgKind::ThinkTank), ("research institute", OrgKind::Research), ("university", OrgKind::University), ("foundation", OrgKind::Other), ("non-governmental organization", OrgKind::Other), ("ngo", OrgKind::Other)];
    let chars = &norm.chars;
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        for (k, w) in ws.iter().enumerate() {
            let plain = capitalised(&w.text) && w.text.len() >= 3 && w.text.chars().all(|c| c.is_alphabetic()) && !NOT_NAMES.contains(&w.text.as_str()) && names.get(&w.text).is_none() && head_word(&w.text).is_none();
            // (one word: the one before it is no capitalised part of a longer name)
            let alone = k == 0 || !capitalised(&ws[k - 1].text) || ws[k - 1].end + 1 != w.start;
            if !plain || !alone || out.iter().any(|m| m.start <= w.start && w.end <= m.end) {
                continue;
            }
            let after: String = chars[w.end..chars.len().min(w.end + 60)].iter().collect::<String>().to_lowercase();
            let described = [", a ", ", an ", " is a ", " is an "].iter().find_map(|lead| after.strip_prefix(lead));
            let Some(rest) = described else { continue };
            // (the kind within the next few words, before any mark: a Mexican think tank)
            let phrase = rest.split([',', '.', ';', '(']).next().unwrap_or("");
            // (the kind heads the phrase: not a university town)
            let closes = |rest: &str| rest.is_empty() || [" based", " in ", " of ", " that", " which", " founded", " with", " from", " headquartered", " set up"].iter().any(|w| rest.starts_with(w));
            let kind_at = |kw: &str| phrase.find(kw).filter(|&i| phrase[..i].split_whitespace().count() <= 3 && closes(&phrase[i + kw.len()..]));
            let Some(&(_, kind)) = KINDS.iter().find(|(kw, _)| kind_at(kw).is_some()) else { continue };
            let mut m = mention(EntityType::Organization, norm, std::slice::from_ref(w), si, "org.en-described-after-name");
            m.kind = Some(kind);
            found.push(m);
        }
    }
    out.extend(found);
}

/// A speech's text under a headline that says so (`Opening Address Made at …`, `Keynote Speech
/// at …`) and a byline `By NAME(, BODY)`: the byline's name is the speaker's.
fn speakers_in_bylines(norm: &NormText, layout: &Layout, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    const SPEECH: &[&str] = &["Address", "Speech", "Remarks", "Keynote"];
    // (a title line: no full stop closes it; the page's headline or a title above the byline)
    let speech_title = |s: &crate::segment::Sentence, ws: &[Word]| norm.chars.get(s.end.saturating_sub(1)) != Some(&'.') && ws.iter().any(|w| SPEECH.contains(&w.text.as_str()));
    for (si, (s, ws)) in layout.sentences.iter().zip(sentence_words).enumerate() {
        if s.kind != BlockKind::Byline || ws.first().is_none_or(|w| w.text != "By") {
            continue;
        }
        if !layout.sentences[..si].iter().zip(sentence_words).any(|(t, tw)| speech_title(t, tw)) {
            continue;
        }
        // two or three capitalised words right after By, one space apart, closed by a comma or
        // the line's end
        let n = ws[1..].iter().take(3).enumerate().take_while(|(k, w)| capitalised(&w.text) && head_word(&w.text).is_none() && (*k == 0 || ws[*k].end + 1 == w.start)).count();
        let closed = ws.get(n + 1).is_none_or(|w| norm.chars[ws[n].end..w.start].iter().any(|&c| c == ','));
        if (2..=3).contains(&n) && closed {
            out.push(person(norm, &ws[1..=n], si, "person.en-speech-byline"));
        }
    }
}

/// `Bay Watch is a joint effort by A, B and C`: a name that opens the sentence, before ` is a
/// joint effort/project/initiative by/of`, is a project (when no head makes it a body).
fn joint_projects(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        let n = ws.iter().take(5).take_while(|w| capitalised(&w.text) && !NOT_NAMES.contains(&w.text.as_str())).count();
        let adjacent = ws[..n].windows(2).all(|p| p[1].start == p[0].end + 1);
        if n < 1 || !adjacent || head_of(&ws[..n]).is_some() {
            continue;
        }
        let after: String = chars[ws[n - 1].end..chars.len().min(ws[n - 1].end + 40)].iter().collect();
        let joint = JOINT_WORKS.iter().any(|w| after.starts_with(&format!(" is a joint {w} ")));
        if joint && !out.iter().any(|m| m.start < ws[n - 1].end && ws[0].start < m.end) {
            found.push(mention(EntityType::Project, norm, &ws[..n], si, "project.en-joint-effort"));
        }
    }
    out.extend(found);
}

/// What a joint work of several bodies is called (a joint effort, a joint project …).
pub const JOINT_WORKS: &[&str] = &["effort", "project", "initiative", "venture", "programme", "program"];

/// `Lotus, Harbour and Bay universities`: plain capitalised words listed before the plural head,
/// each a university of its own, labelled as the article names it in full (University of Bay or
/// Bay University), else `X University`.
fn universities_listed_before_their_head(names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in (1..ws.len()).filter(|&k| ws[k].text == "universities") {
            let listed = listed_words_before(names, chars, ws, k);
            // (one word alone before the plural is an adjective: Lakeside universities)
            if listed.len() < 2 || listed.iter().any(|w| out.iter().any(|m| m.start < w.end && w.start < m.end)) {
                continue;
            }
            for w in listed {
                let mut m = mention(EntityType::Organization, norm, std::slice::from_ref(w), si, "org.en-universities-listed");
                m.label = full_university_name(&norm.text, &w.text);
                m.aliases = vec![format!("{} University", w.text)];
                m.kind = Some(OrgKind::University);
                found.push(m);
            }
        }
    }
    out.extend(found);
}

/// The words of `A, B and C` ending right before `ws[k]`: each one plain capitalised word that no
/// lexicon knows (not Kazakh, Beijing or Central), joined by commas and one last `and`.
fn listed_words_before<'a>(names: &EnNames, chars: &[char], ws: &'a [Word], k: usize) -> Vec<&'a Word> {
    const ADJECTIVES: &[&str] = &["Western", "Eastern", "Northern", "Southern", "Central", "Asian", "African", "European", "American", "Arab", "Ivy", "Top", "Leading", "Partner", "Member", "Foreign", "Other", "Public", "Private", "State", "National", "Research", "Regional", "Local", "Key", "Major", "Elite"];
    let plain = |w: &Word| capitalised(&w.text) && w.text.chars().all(char::is_alphabetic) && !NOT_NAMES.contains(&w.text.as_str()) && !ADJECTIVES.contains(&w.text.as_str()) && names.get(&w.text).is_none() && head_word(&w.text).is_none();
    let gap = |a: &Word, b: &Word| chars[a.end..b.start].iter().collect::<String>();
    let mut listed = Vec::new();
    let mut j = k;
    let mut saw_and = false;
    // (the last item right before the head, one space between)
    if j == 0 || ws[j - 1].end + 1 != ws[j].start {
        return Vec::new();
    }
    while j >= 1 && plain(&ws[j - 1]) {
        listed.push(&ws[j - 1]);
        // (the word before: a comma, or `and` once, closing the list)
        if j >= 3 && !saw_and && ws[j - 2].text == "and" && matches!(gap(&ws[j - 3], &ws[j - 2]).as_str(), " " | ", ") {
            saw_and = true;
            j -= 2;
        } else if j >= 2 && saw_and && gap(&ws[j - 2], &ws[j - 1]) == ", " {
            j -= 1;
        } else {
            break;
        }
    }
    if !saw_and {
        return Vec::new();
    }
    listed.reverse();
    listed
}

/// How the article names the university of `word` in full, or `word University`.
fn full_university_name(text: &str, word: &str) -> String {
    let of = format!("University of {word}");
    let after = format!("{word} University");
    [of.clone(), after.clone()].into_iter().find(|n| text.contains(n.as_str())).unwrap_or(after)
}

/// `member think-tanks … that includes BCC, LISS, HIS & Harbour Institute`: after a word for
/// bodies and `include(s)`/`including`, a list of short forms in capitals names bodies.
fn acronyms_listed_as_bodies(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    const BODIES: &[&str] = &["think-tanks", "think tanks", "institutes", "institutions", "organizations", "organisations", "universities", "members", "centers", "centres"];
    let chars = &norm.chars;
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        let Some(k) = ws.iter().position(|w| matches!(w.text.as_str(), "includes" | "include" | "including")) else { continue };
        let before: String = chars[ws[0].start..ws[k].start].iter().collect::<String>().to_lowercase();
        if !BODIES.iter().any(|b| before.contains(b)) {
            continue;
        }
        // the list: capitals only (2 to 7 letters), joined by commas, `and` or `&`
        let acronym = |w: &Word| (2..=7).contains(&w.text.len()) && w.text.chars().all(|c| c.is_ascii_uppercase());
        let listed: Vec<&Word> = ws[k + 1..].iter().filter(|w| acronym(w)).collect();
        // (the first three right after each other: a list, not capitals scattered in a clause)
        let glue_only = |a: &Word, b: &Word| chars[a.end..b.start].iter().all(|&c| matches!(c, ',' | '&' | ' '));
        if listed.len() < 3 || !listed.windows(2).take(2).all(|p| glue_only(p[0], p[1])) {
            continue;
        }
        for w in listed {
            if out.iter().any(|m| m.start <= w.start && w.end <= m.end) {
                continue;
            }
            let mut m = mention(EntityType::Organization, norm, std::slice::from_ref(w), si, "org.en-acronym-listed");
            m.kind = Some(if before.contains("think") { OrgKind::ThinkTank } else { OrgKind::Other });
            found.push(m);
        }
    }
    out.extend(found);
}

/// `Training Center for “Lake and Road” International Cooperation`, `… Center for “Lake and
/// Road” of the BAS`: a field in quotes after `for`/`of`, then capitalised words and one `of`
/// more, is part of the body's name (written without the quote marks).
fn quoted_fields_in_names(norm: &NormText, out: &mut Vec<Mention>) {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r#"^ (?:for|of|on) (?:the )?[“"][A-Z][^”"]{2,40}[”"](?: [A-Z][\w-]*)*(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)?"#).expect("a valid pattern"));
    let chars = &norm.chars;
    let mut grown = Vec::new();
    for (k, m) in out.iter().enumerate().filter(|(_, m)| m.ty == EntityType::Organization) {
        let after: String = chars[m.end..chars.len().min(m.end + 140)].iter().collect();
        let Some(found) = re.find(&after) else { continue };
        grown.push((k, m.end + after[..found.end()].chars().count()));
    }
    let spans: Vec<(usize, usize, usize)> = grown.iter().map(|&(k, end)| (out[k].start, out[k].end, end)).collect();
    for &(k, end) in &grown {
        let m = &mut out[k];
        m.end = end;
        m.surface = norm.slice(m.start, end).to_owned();
        m.label = without_quote_marks(&m.surface);
    }
    // (the quoted field read as a name of its own: the Lake and Road project)
    out.retain(|o| !spans.iter().any(|&(start, cut, end)| o.start >= cut && o.end <= end && o.start != start) || o.ty == EntityType::Organization && o.label.chars().all(|c| c.is_ascii_uppercase()));
}

/// `Institutes of Harbour Science and Development, Bay Academy`, `Department of Harbour Planning
/// and Administration of …`: a body's field after `of`/`for` cut at `and`, when one capitalised
/// word that opens no name follows and the clause goes on in lower case, a comma or `of`, is
/// the name's second field (a list of bodies goes on with a name of its own).
fn two_fields_joined_by_and(names: &EnNames, norm: &NormText, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut swallowed = Vec::new();
    for k in 0..out.len() {
        let m = &out[k];
        if m.ty != EntityType::Organization || m.label.contains(" and ") || !(m.label.contains(" of ") || m.label.contains(" for ")) {
            continue;
        }
        let after: String = chars[m.end..chars.len().min(m.end + 40)].iter().collect();
        let Some(rest) = after.strip_prefix(" and ") else { continue };
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let tail = &rest[word.len()..];
        // (… and Administration of the Bay Ministry: a field word that also heads bodies, read
        // as the next body's head; the whole run is one name)
        let field_head = matches!(word.as_str(), "Administration" | "Management" | "Development" | "Planning" | "Cooperation") && tail.starts_with(" of ");
        // (… of Civil Engineering and MPEI: an acronym is the next body, no field)
        let field = word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase) && word.len() >= 4 && (head_word(&word).is_none() || field_head) && names.get(&word).is_none();
        let goes_on = tail.starts_with(", ") || tail.starts_with(" of ") || tail.starts_with('.') || tail.starts_with(" (") || tail.chars().nth(1).is_some_and(char::is_lowercase);
        if !field || !goes_on {
            continue;
        }
        let next = field_head.then(|| out.iter().find(|o| o.ty == EntityType::Organization && o.start == m.end + 5)).flatten().map(|o| o.end);
        let end = next.unwrap_or(m.end + 5 + word.chars().count());
        swallowed.push((k, end));
    }
    let spans: Vec<(usize, usize, usize)> = swallowed.into_iter().map(|(k, end)| (out[k].start, out[k].end, end)).collect();
    // (the second field read as a body of its own: `Development`)
    out.retain(|o| !spans.iter().any(|&(start, cut, end)| o.start > cut && o.end <= end && !(o.start == start && o.end == cut)));
    for (start, cut, end) in spans {
        for m in out.iter_mut().filter(|o| o.start == start && o.end == cut && o.ty == EntityType::Organization) {
            m.end = end;
            m.label = norm.slice(start, end).to_owned();
            m.surface = m.label.clone();
        }
    }
}

/// `the chairman of the BAT and president of the BAS`: a short form in capitals right after a
/// post's `of (the)` is the body the post is held in, though the article never spells it out.
fn acronyms_after_posts(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in 2..ws.len() {
            let w = &ws[k];
            let acronym = (3..=7).contains(&w.text.len()) && w.text.chars().all(|c| c.is_ascii_uppercase());
            // (the head of BAM (Bay Association of Managers): the bracket spells the body out)
            let spelled_after = norm.chars.get(w.end + 1) == Some(&'(');
            if !acronym || spelled_after || out.iter().chain(&found).any(|m: &Mention| m.start < w.end && w.start < m.end) {
                continue;
            }
            let of_at = if ws[k - 1].text == "the" { k - 2 } else { k - 1 };
            if ws[of_at].text != "of" || of_at == 0 {
                continue;
            }
            let post = (1..=3.min(of_at)).any(|n| super::words::is_post(&ws[of_at - n..of_at].iter().map(|x| x.text.as_str()).collect::<Vec<_>>().join(" ")));
            if post {
                found.push(body_of_no_kind(norm, std::slice::from_ref(w), si, "org.en-acronym-after-post"));
            }
        }
    }
    out.extend(found);
}

/// `Lotus Foundation for Science, Culture and Education`: a body's field list after `for`,
/// its items single capitalised words joined by commas and a last `and`, is part of the name.
fn fields_listed_after_for(names: &EnNames, norm: &NormText, out: &mut [Mention]) {
    let chars = &norm.chars;
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization && m.label.contains(" for ") && !m.label.contains(" and ")) {
        let after: String = chars[m.end..chars.len().min(m.end + 60)].iter().collect();
        let Some(rest) = after.strip_prefix(", ") else { continue };
        let field = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic) && head_word(w).is_none() && names.get(w).is_none();
        let mut len = 2;
        let mut items = rest.split(", ").peekable();
        let mut closed = false;
        while let Some(item) = items.next() {
            if let Some((a, b)) = item.split_once(" and ") {
                let b = b.split([',', ' ', '.', ';']).next().unwrap_or("");
                closed = field(a) && field(b);
                len += a.chars().count() + " and ".len() + b.chars().count();
                break;
            }
            if !field(item) || items.peek().is_none() {
                break;
            }
            len += item.chars().count() + 2;
        }
        if closed {
            m.end += len;
            m.surface = norm.slice(m.start, m.end).to_owned();
            m.label = m.surface.clone();
        }
    }
}

/// `BRU joined the Lotus Network today`: a word in capitals no name defines, the subject of a
/// joining verb whose object is a named body, is a body itself, and so is that word wherever
/// the article writes it again.
fn acronyms_joining_bodies(names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    const JOINS: &[&str] = &["joined the", "joins the", "has joined the", "became a member of the", "becomes a member of the", "became a partner of the", "has become a member of the"];
    let chars = &norm.chars;
    let acronym = |w: &Word| (2..=7).contains(&w.text.chars().count()) && w.text.chars().all(|c| c.is_ascii_uppercase());
    let covered = |out: &[Mention], w: &Word| out.iter().any(|m| m.start <= w.start && w.end <= m.end);
    let mut joiners: Vec<String> = Vec::new();
    for ws in sentence_words {
        for (k, w) in ws.iter().enumerate() {
            if !acronym(w) || covered(out, w) || names.get(&w.text).is_some() || joiners.contains(&w.text) {
                continue;
            }
            let Some(verb) = JOINS.iter().find(|v| chars[w.end..].iter().collect::<String>().starts_with(&format!(" {v} "))) else { continue };
            let object = w.end + verb.chars().count() + 2;
            let joined_body = out.iter().any(|m| m.start == object && matches!(m.ty, EntityType::Alliance | EntityType::Organization));
            // (the sentence's subject: first word, or after a date or a place set off by a comma)
            let opens = k == 0 || chars[..w.start].iter().rev().take_while(|&&c| c != '\n').collect::<String>().trim_end().ends_with(',');
            if joined_body && opens {
                joiners.push(w.text.clone());
            }
        }
    }
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        for w in ws.iter().filter(|w| joiners.contains(&w.text) && !covered(out, w)) {
            found.push(body_of_no_kind(norm, std::slice::from_ref(w), si, "org.en-acronym-joining"));
        }
    }
    out.extend(found);
}

/// `think tanks and institutes, including Harbour House in the UK, the Lotus Institute and
/// Bay Hall`: after a plural of bodies, each listed name of capitalised words is a body, even
/// without a head word; a known place after `in` closes the item and is a place of its own.
fn bodies_listed_after_including(lex: &Lexicon, names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    const BODIES: &[&str] = &["think tanks", "think-tanks", "institutes", "institutions", "organizations", "organisations", "universities", "centres", "centers"];
    let chars = &norm.chars;
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        let Some(k) = ws.iter().position(|w| w.text == "including") else { continue };
        let before = norm.slice(ws[0].start, ws[k].start).to_lowercase();
        if k == 0 || !BODIES.iter().any(|b| before.trim_end_matches([' ', ',']).ends_with(b)) {
            continue;
        }
        for item in listed_items(chars, &ws[k + 1..]) {
            let item = if item[0].text == "the" { &item[1..] } else { item };
            let (name, place) = split_closing_place(names, item);
            let plain = |w: &Word| capitalised(&w.text) || matches!(w.text.as_str(), "of" | "for" | "and" | "&");
            let named = !name.is_empty() && name.len() <= 5 && name.iter().all(plain) && capitalised(&name[0].text) && names.get(&joined(name)).is_none();
            if !named {
                break;
            }
            if let Some((pw, r)) = place.filter(|(pw, _)| !out.iter().any(|m| m.start == pw[0].start)) {
                found.push(lexicon_mention(lex, norm, pw, r, si));
            }
            if out.iter().any(|m| m.start < name[name.len() - 1].end && name[0].start < m.end && m.ty != EntityType::Country && m.ty != EntityType::Place) {
                continue;
            }
            let mut m = mention(EntityType::Organization, norm, name, si, "org.en-listed-after-including");
            m.kind = Some(if before.contains("think") { OrgKind::ThinkTank } else { OrgKind::Other });
            found.push(m);
        }
    }
    out.retain(|m| !(matches!(m.ty, EntityType::Country | EntityType::Place) && found.iter().any(|f| f.ty == EntityType::Organization && f.start <= m.start && m.end <= f.end)));
    out.extend(found);
}

/// The items of a list that opens `ws`: words up to each comma, `, and` or ` and `, until the
/// sentence's clause goes on (a comma before a verb closes the list too, by the caller's test).
fn listed_items<'w>(chars: &[char], ws: &'w [Word]) -> Vec<&'w [Word]> {
    let mut items = Vec::new();
    let mut from = 0;
    for (k, w) in ws.iter().enumerate() {
        let comma_after = chars.get(w.end) == Some(&',');
        let and_next = ws.get(k + 1).is_some_and(|n| n.text == "and") && !comma_after;
        if w.text == "and" && k == from {
            from = k + 1;
            continue;
        }
        if comma_after || and_next || k + 1 == ws.len() {
            items.push(&ws[from..=k]);
            from = k + 1;
        }
    }
    items.into_iter().filter(|i| !i.is_empty()).collect()
}

/// `Harbour House in the UK` → (`Harbour House`, the UK): a known place after `in` closes it.
fn split_closing_place<'w>(names: &EnNames, item: &'w [Word]) -> (&'w [Word], Option<(&'w [Word], LexRef)>) {
    let Some(i) = item.iter().position(|w| w.text == "in") else { return (item, None) };
    let at = if item.get(i + 1).is_some_and(|w| w.text == "the") { i + 2 } else { i + 1 };
    let place = &item[at.min(item.len())..];
    match names.get(&joined(place)).filter(|n| !n.demonym && !place.is_empty()) {
        Some(n) => (&item[..i], Some((place, n.lex))),
        None => (item, None),
    }
}

/// A dash with a space on each side at `k` (` - `, ` – `, ` — `): what sets off a dateline or a
/// headline's kicker.
fn spaced_dash_at(chars: &[char], k: usize) -> bool {
    chars.get(k) == Some(&' ') && matches!(chars.get(k + 1), Some('-' | '–' | '—')) && chars.get(k + 2) == Some(&' ')
}

/// `Interior Secretary Colonel Professor Tom Hale`: ranks and honorifics a name was read with
/// (two or more words left after them) are no part of it.
fn persons_without_leading_titles(norm: &NormText, out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Person) {
        let ws = words(&norm.chars, m.start, m.end);
        // (Guest Mr. Tom Hale: a role at the event too)
        let lead = ws.iter().take_while(|w| super::words::is_title(&w.text) || super::words::is_honorific(&w.text) || w.text != "of" && EVENT_ROLES.contains(&w.text.as_str())).count();
        if lead == 0 || ws.len() - lead < 2 {
            continue;
        }
        m.start = ws[lead].start;
        m.label = norm.slice(m.start, m.end).to_owned();
        m.surface = m.label.clone();
        let label = m.label.clone();
        m.aliases.retain(|a| label.split(' ').any(|w| w == a));
        if let Some(first) = label.split(' ').next().filter(|f| !m.aliases.iter().any(|a| a == f)) {
            m.aliases.push(first.to_owned());
        }
    }
}

/// `the Bay University for Minorities China`: a country written straight after a body's
/// complete name (no `of` before it) is no part of the name; it is a mention of its own.
fn countries_glued_after_names(lex: &Lexicon, names: &EnNames, norm: &NormText, out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_none()) {
        let ws = words(&norm.chars, m.start, m.end);
        let Some(k) = (2..ws.len()).rev().find(|&k| names.country(&joined(&ws[k..])).is_some()) else { continue };
        if CONNECTORS.contains(&ws[k - 1].text.as_str()) || head_of(&ws[..k]).is_none() || head_of(&ws[k..]).is_some() {
            continue;
        }
        let Some(r) = names.country(&joined(&ws[k..])) else { continue };
        found.push(lexicon_mention(lex, norm, &ws[k..], r, m.sentence));
        m.end = ws[k - 1].end;
        m.label = norm.slice(m.start, m.end).to_owned();
        m.surface = m.label.clone();
    }
    out.extend(found);
}

/// `its Consul Forum lecture cycle`: a meeting's head word read as a name after a title
/// names the meeting, title and head together.
fn meetings_named_after_a_title(norm: &NormText, out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Person && MEETING_HEADS.contains(&m.label.as_str())) {
        let before = words(&norm.chars, m.start.saturating_sub(30), m.start);
        let Some(title) = before.last().filter(|w| w.end + 1 == m.start && capitalised(&w.text) && super::words::is_title(&w.text)) else { continue };
        let span = Word { text: norm.slice(title.start, m.end).to_owned(), start: title.start, end: m.end };
        *m = mention(EntityType::Event, norm, std::slice::from_ref(&span), m.sentence, "event.en-title-then-meeting-head");
    }
}

/// `Deputy Director General and …`, `Vice Provost, Global Cooperation, …`: words that are all
/// titles or their modifiers (a title read as a name), or that end in an abstract noun (a
/// portfolio after a post), name no person.
fn no_person_named_by_title_words(out: &mut Vec<Mention>) {
    const ABSTRACT_ENDINGS: &[&str] = &["ment", "tion", "sion", "ship", "ance", "ence", "ity"];
    // (as the Chief Guest: a guest's role after a title word)
    let title_word = |w: &str| TITLE_MODIFIERS.contains(&w) || super::words::is_title(w) || w == "Guest";
    let abstract_noun = |w: &str| w.chars().count() >= 8 && ABSTRACT_ENDINGS.iter().any(|e| w.ends_with(e));
    out.retain(|m| m.ty != EntityType::Person || !(m.label.split(' ').all(title_word) || m.label.rsplit(' ').next().is_some_and(abstract_noun)));
}

/// `Director LCB`: an acronym a body is known by names no person.
fn no_person_named_by_a_body_s_acronym(out: &mut Vec<Mention>) {
    let body_names: Vec<String> = out.iter().filter(|m| m.ty == EntityType::Organization).flat_map(|m| m.aliases.iter().chain(std::iter::once(&m.label))).cloned().collect();
    out.retain(|m| m.ty != EntityType::Person || !(m.label.chars().all(|c| c.is_ascii_uppercase()) && body_names.contains(&m.label)));
}

/// `ISLAMABAD - Bay Council on China organised …`, `PRESS RELEASE – Bay Webinar`: a name a run
/// read from a dateline or a headline's kicker in capitals starts after the dash.
fn past_dateline_dash(norm: &NormText, out: &mut [Mention]) {
    let datelines: Vec<(usize, usize)> = out.iter().filter(|m| m.rule == "place.english-dateline").map(|m| (m.start, m.end)).collect();
    for m in out.iter_mut().filter(|m| m.rule != "place.english-dateline") {
        // (PRESS RELEASE – Bay Webinar: a headline's kicker in capitals before a dash too)
        let kicker = (m.start..m.end).find(|&k| spaced_dash_at(&norm.chars, k)).filter(|&k| k > m.start && norm.chars[m.start..k].iter().all(|&c| c.is_uppercase() || c == ' ') && norm.chars[m.start..k].contains(&' '));
        let Some(end) = datelines.iter().find(|&&(a, e)| m.start == a && m.end > e + 3).map(|&(_, e)| e).or(kicker) else { continue };
        if spaced_dash_at(&norm.chars, end) {
            m.start = end + 3;
            m.label = norm.chars[m.start..m.end].iter().collect();
            m.surface = m.label.clone();
        }
    }
}

/// `the III Forum of think tanks of Harbour and Steppe`: a meeting's name goes on with the
/// kind of bodies it gathers in lower case, then the capitalised places they come from.
fn meetings_of_bodies_in_lower_case(norm: &NormText, out: &mut [Mention]) {
    const GATHERED: &[&str] = &[" of think tanks of ", " of think tanks from ", " of analytical centers of ", " of analytical centres of ", " of universities of ", " of rectors of ", " of experts of ", " of think-tanks of "];
    let chars = &norm.chars;
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let after: String = chars[m.end..chars.len().min(m.end + 80)].iter().collect();
        let Some(lead) = GATHERED.iter().find(|g| after.starts_with(*g)) else { continue };
        let places = places_named_first(&after[lead.len()..]);
        if places.is_empty() {
            continue;
        }
        m.aliases.push(m.label.clone());
        m.end += lead.chars().count() + places.chars().count();
        m.label = chars[m.start..m.end].iter().collect();
        m.surface = m.label.clone();
    }
}

/// `the second meeting of the Bay Expert Council was held`: a meeting of a body counted in
/// lower case is an event named so, from its ordinal to the body's name.
fn ordinal_meetings_of_bodies(norm: &NormText, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut found = Vec::new();
    for m in out.iter().filter(|m| matches!(m.ty, EntityType::Organization | EntityType::Alliance)) {
        let from = m.start.saturating_sub(40);
        let before: String = chars[from..m.start].iter().collect();
        let lower = before.to_lowercase();
        // (the 67th session of an assembly is a term of the body, no meeting reported)
        let lead = [" meeting of the ", " meeting of ", " conference of the ", " conference of ", " congress of the "].iter().find(|w| lower.ends_with(*w));
        let Some(lead) = lead else { continue };
        let head = &lower[..lower.len() - lead.len()];
        let annual = head.strip_suffix(" annual").unwrap_or(head);
        let ordinal = head.rsplit(' ').next().filter(|w| ORDINALS.contains(w) || w.ends_with("th") && w[..w.len() - 2].chars().all(|c| c.is_ascii_digit()) && w.len() > 2);
        let ordinal = ordinal.or_else(|| annual.rsplit(' ').next().filter(|w| ORDINALS.contains(w)));
        let Some(word) = ordinal else { continue };
        let start = m.start - before.chars().count() + lower.rfind(word).map_or(0, |k| lower[..k].chars().count());
        let text: String = chars[start..m.end].iter().collect();
        found.push(Mention { ty: EntityType::Event, start, end: m.end, label: text.clone(), surface: text, aliases: vec![], kind: None, lex: None, sentence: m.sentence, rule: "event.en-ordinal-meeting-of-body", parent: None, note: None });
    }
    out.extend(found);
}

/// `the Bay Council (BC) 7th virtual conference`: a body's name, its acronym maybe, then an
/// ordinal meeting in lower case is that body's meeting, named from the body to the meeting word.
fn bodies_ordinal_meetings(norm: &NormText, out: &mut Vec<Mention>) {
    const KINDS: &[&str] = &["conference", "meeting", "forum", "summit", "session", "assembly", "congress"];
    const MANNERS: &[&str] = &["annual", "virtual", "online", "regional", "plenary", "general", "international"];
    let chars = &norm.chars;
    let mut found = Vec::new();
    for m in out.iter().filter(|m| matches!(m.ty, EntityType::Organization | EntityType::Alliance)) {
        let after: String = chars[m.end..chars.len().min(m.end + 60)].iter().collect();
        // (past the acronym in brackets)
        let (bracket, rest) = match after.strip_prefix(" (").and_then(|r| r.split_once(')')) {
            Some((acr, rest)) if (2..=8).contains(&acr.len()) && acr.chars().all(|c| c.is_ascii_alphanumeric()) => (acr.len() + 3, rest),
            _ => (0, after.as_str()),
        };
        let mut ws = rest.split(' ').skip(1);
        let Some(ord) = ws.next().filter(|w| is_ordinal(w)) else { continue };
        let mut len = 1 + ord.len();
        let mut next = ws.next();
        while let Some(w) = next.filter(|w| MANNERS.contains(w)) {
            len += 1 + w.len();
            next = ws.next();
        }
        let Some(kind) = next.map(|w| w.trim_end_matches([',', '.', ';'])).filter(|w| KINDS.contains(w)) else { continue };
        len += 1 + kind.len();
        let end = m.end + bracket + len;
        let label = format!("{}{}", m.label, &rest[..len]);
        let surface = norm.slice(m.start, end).to_owned();
        let aliases = if bracket > 0 { vec![surface.clone()] } else { vec![] };
        found.push(Mention { ty: EntityType::Event, start: m.start, end, label, surface, aliases, kind: None, lex: None, sentence: m.sentence, rule: "event.en-body-s-ordinal-meeting", parent: None, note: None });
    }
    out.extend(found);
}

/// `the need to establish an African Network of Think Tanks`: a network written after `a`/`an`
/// is a kind being called for, not one the article names.
fn no_alliance_after_indefinite_article(norm: &NormText, out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    // (the verb of making it, right before: a network pursued and named with its acronym, the
    // establishment of a Bay Network (BN), or one described by its members stays a name)
    let indefinite = |m: &Mention| {
        let before: String = chars[m.start.saturating_sub(16)..m.start].iter().collect();
        let planned = ["establish", "create", "form", "set up", "build"].iter().any(|v| [" a ", " an "].iter().any(|a| before.ends_with(&format!("{v}{a}"))));
        planned && chars.get(m.end + 1) != Some(&'(')
    };
    out.retain(|m| !(m.ty == EntityType::Alliance && indefinite(m)));
    // (Any Think Tank can apply: the kind of body alone names none)
    out.retain(|m| !(m.ty == EntityType::Organization && matches!(m.label.as_str(), "Think Tank" | "Think Tanks" | "Think-Tank" | "Think-Tanks")));
}

/// `the BTA Secretariat`, `the Secretariat of BTA`: an alliance's secretariat is the alliance
/// its officers serve; the mention is the alliance's name.
fn secretariats_of_alliances(norm: &NormText, out: &mut [Mention]) {
    let alliances: Vec<(String, Vec<String>)> = out.iter().filter(|m| m.ty == EntityType::Alliance).map(|m| (m.label.clone(), m.aliases.clone())).collect();
    let known = |n: &str| alliances.iter().find(|(l, a)| l == n || a.iter().any(|x| x == n)).map(|(l, _)| l.clone());
    // (only where an officer's post is held there: a secretariat hosting a meeting stays named)
    let officer_before = |m: &Mention| {
        let before: String = norm.chars[m.start.saturating_sub(40)..m.start].iter().collect();
        let before = before.strip_suffix("of the ").or_else(|| before.strip_suffix("of ")).map(str::trim_end);
        before.is_some_and(|b| ["Secretary-General", "Secretary General", "Secretary", "Director", "Head", "Chief"].iter().any(|t| b.ends_with(t)))
    };
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization && officer_before(m)) {
        let (rest, start) = if let Some(r) = m.surface.strip_suffix(" Secretariat") {
            (r.to_owned(), m.start)
        } else if let Some(r) = m.surface.strip_prefix("Secretariat of ") {
            let r = r.strip_prefix("the ").unwrap_or(r).to_owned();
            let start = m.end - r.chars().count();
            (r, start)
        } else {
            continue;
        };
        let Some(label) = known(&rest) else { continue };
        m.ty = EntityType::Alliance;
        m.kind = None;
        m.start = start;
        m.end = start + rest.chars().count();
        m.surface = norm.slice(m.start, m.end).to_owned();
        m.label = label;
    }
}

/// `A regional network of think tanks founded by the Bay Council, BCN links …`: the name
/// after the description's comma is a network bodies join, wherever the article names it.
fn networks_introduced_after_their_initiator(norm: &NormText, layout: &Layout, out: &mut [Mention]) {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"^An? (?:[a-z]+ ){0,2}(?:network|alliance|coalition|consortium) of (?:[a-z-]+ ){0,3}(?:think tanks|think-tanks|institutes|institutions|universities|research centres|research centers) (?:initiated|founded|launched|established|set up|created) by [^,]{2,80}, ").expect("a valid pattern"));
    let mut names = Vec::new();
    for s in &layout.sentences {
        let text = norm.slice(s.start, s.end);
        let Some(found) = re.find(text) else { continue };
        let at = s.start + text[..found.end()].chars().count();
        if let Some(m) = out.iter().find(|m| m.start == at && m.ty == EntityType::Organization) {
            names.push(m.label.clone());
        }
    }
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization && names.iter().any(|n| *n == m.label || m.aliases.contains(n))) {
        m.ty = EntityType::Alliance;
        m.kind = None;
    }
}

/// `A, B and C signed a memorandum on the Bay Youth Centre`, `the Bay Youth Centre was launched
/// in Bayport, with six universities from four countries signing an agreement`: a centre three
/// or more bodies found together by signing is a platform they belong to, an alliance.
fn centres_founded_by_many(norm: &NormText, layout: &Layout, out: &mut Vec<Mention>) {
    static SIGNED_ON: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static WITH_SIGNING: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let signed_on = SIGNED_ON.get_or_init(|| regex::Regex::new(r" signed (?:a|an|the) (?:MoU|MOU|memorandum of understanding|memorandum|agreement|cooperation agreement) on (?:the (?:establishment|creation|founding) of )?(?:the )?").expect("a valid pattern"));
    let with_signing = WITH_SIGNING.get_or_init(|| regex::Regex::new(r"^ (?:was|were|has been) (?:inaugurated|launched|established|founded|set up|unveiled)\b[^.;]{0,60}, with (\w+) (?:universities|institutes|institutions|think tanks|research institutes|organizations|organisations|colleges|academies) (?:from [^.;]{0,120} )?(?:signing|having signed) (?:a|an|the) (?:MoU|MOU|memorandum|agreement)").expect("a valid pattern"));
    let centre = |m: &Mention| m.ty == EntityType::Organization && m.lex.is_none() && ["Center", "Centre", "Platform"].iter().any(|h| m.label.ends_with(h)) && !matches!(m.kind, Some(OrgKind::Government | OrgKind::University));
    let many = |w: &str| w.parse::<u32>().is_ok_and(|n| n >= 3) || super::words::NUMBER_WORDS.iter().skip(1).take(21).any(|n| *n == w) || matches!(w, "several" | "dozens");
    let centres: Vec<String> = out.iter().filter(|m| centre(m)).map(|m| m.label.clone()).collect();
    let mut names = Vec::new();
    let mut found = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        let text = norm.slice(s.start, s.end);
        for f in signed_on.find_iter(text) {
            let (from, at) = (s.start + text[..f.start()].chars().count(), s.start + text[..f.end()].chars().count());
            let signers = out.iter().filter(|o| o.sentence == si && o.end <= from && o.ty == EntityType::Organization && o.kind != Some(OrgKind::Government)).count();
            // (the centre named after `on` here, or, when this sentence's words hid it, the
            // centre the article names elsewhere)
            let Some(label) = centres.iter().find(|l| text[f.end()..].starts_with(l.as_str())) else { continue };
            if signers < 3 || text[..f.start()].contains(';') {
                continue;
            }
            names.push(label.clone());
            if !out.iter().any(|m| m.start == at && m.sentence == si) {
                let end = at + label.chars().count();
                found.push(Mention { ty: EntityType::Alliance, start: at, end, label: label.clone(), surface: label.clone(), aliases: vec![], kind: None, lex: None, sentence: si, rule: "alliance.en-centre-founded-by-many", parent: None, note: None });
            }
        }
    }
    for m in out.iter().filter(|m| centre(m)) {
        let s = &layout.sentences[m.sentence];
        let by_count = with_signing.captures(norm.slice(m.end, s.end)).is_some_and(|c| many(&c[1]));
        if by_count {
            names.push(m.label.clone());
        }
    }
    for m in out.iter_mut().filter(|m| m.ty == EntityType::Organization && names.contains(&m.label)) {
        m.ty = EntityType::Alliance;
        m.kind = None;
    }
    out.extend(found);
}

/// `Central Asia and China started …` → `Central Asia and China`: the capitalised words that
/// open `text`, joined by `and`, up to the first other word or mark (never a dangling `and`).
fn places_named_first(text: &str) -> &str {
    let mut end = 0;
    let mut at = 0;
    for (k, w) in text.split(' ').enumerate() {
        let word = w.trim_end_matches([',', '.', ';', ':']);
        let capital = word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !(capital || word == "and" && k > 0) {
            break;
        }
        if capital {
            end = at + word.len();
        }
        // (a mark after the word closes the run)
        if word.len() < w.len() {
            break;
        }
        at += w.len() + 1;
    }
    &text[..end]
}

/// `Anna Berg (director of the Bay Institute) notes`, `reported Tom Hale (secretary of the UN,
/// the head of BI)`: two or three plain capitalised words right before a bracket that opens
/// with a title name a person (not a body's words: no head word among them).
fn names_before_bracketed_titles(names: &EnNames, norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in 2..ws.len() {
            let opens = chars[ws[k].start - 1] == '(' && ws[k].start >= 2 && chars[ws[k].start - 2] == ' ';
            // the bracket's first words are a title: director, the head, First Deputy Minister
            let title_words: Vec<&str> = ws[k..].iter().take(3).map(|w| w.text.as_str()).filter(|&w| w != "the").collect();
            let titled = (1..=title_words.len()).any(|n| super::words::is_title(&title_words[..n].join(" ")) || super::words::is_title(&title_words[n - 1]) && title_words[..n - 1].iter().all(|w| super::words::TITLE_MODIFIERS.contains(&super::words::with_capital(w).as_str())));
            if !opens || !titled {
                continue;
            }
            let plain = |w: &Word| capitalised(&w.text) && w.text.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') && names.get(&w.text).is_none() && head_word(&w.text).is_none() && !NOT_NAMES.contains(&w.text.as_str());
            // (Anna German: a surname that is also a people's name, after a plain given name)
            let surname = |w: &Word| plain(w) || capitalised(&w.text) && names.get(&w.text).is_some_and(|n| n.demonym);
            let n = (2..=3).rev().find(|&n| k >= n && ws[k - n..k - 1].iter().all(plain) && surname(&ws[k - 1]) && ws[k - n..k].windows(2).all(|p| p[1].start == p[0].end + 1) && ws[k - 1].end + 2 == ws[k].start);
            // (Chief Executive Officer (CEO): a title and its own short form, no person)
            if let Some(n) = n.filter(|&n| !is_title_words(&ws[k - n..k])) {
                found.push(person(norm, &ws[k - n..k], si, "person.before-bracketed-title"));
            }
        }
    }
    // (a name another rule read already keeps that reading)
    found.retain(|m| !out.iter().any(|o| o.start < m.end && m.start < o.end));
    out.extend(found);
}

/// `Bay Marine Cooperation (BMC) Institute`, `the First Lakeside Marine Organization (LMO)
/// People's Forum`: a name whose acronym stands inside it, after the words it abbreviates and
/// before the head word. Label without the brackets, alias with the acronym (BMC Institute).
fn names_around_their_acronym(norm: &NormText, sentence_words: &[Vec<Word>], out: &mut Vec<Mention>) {
    let chars = &norm.chars;
    let mut found = Vec::new();
    for (si, ws) in sentence_words.iter().enumerate() {
        for k in 1..ws.len() {
            let acronym = &ws[k].text;
            let bracketed = chars[ws[k].start - 1] == '(' && chars.get(ws[k].end) == Some(&')') && ws[k - 1].end + 2 == ws[k].start;
            // (China-Bayland Countries (China-BC): the first word kept whole before a hyphen)
            let (lead, capitals) = match acronym.split_once('-') {
                Some((lead, rest)) if capitalised(lead) && lead.chars().skip(1).all(|c| c.is_ascii_lowercase()) => (Some(lead), rest),
                _ => (None, acronym.as_str()),
            };
            if !bracketed || !(2..=8).contains(&capitals.len()) || !capitals.chars().all(|c| c.is_ascii_uppercase()) {
                continue;
            }
            let abbreviates = |name: &str| match lead {
                Some(lead) => name.strip_prefix(lead).and_then(|r| r.strip_prefix('-')).is_some_and(|r| initials_of(r) == capitals),
                None => initials_of(name) == *acronym,
            };
            // the head's words right after `) `, capitalised, up to four
            let after = ws[k + 1..].iter().take(4).enumerate().take_while(|&(n, w)| capitalised(&w.text) && w.start == if n == 0 { ws[k].end + 2 } else { ws[k + n].end + 1 }).count();
            let Some(last) = (after > 0).then(|| &ws[k + after]) else { continue };
            let Some((ty, kind)) = head_word(last.text.trim_end_matches("'s").trim_end_matches("’s")).filter(|(ty, _)| matches!(ty, EntityType::Organization | EntityType::Event | EntityType::Alliance)) else { continue };
            // the words the acronym abbreviates, right before the bracket (an ordinal before them)
            let Some(mut from) = (k.saturating_sub(8)..k).find(|&f| ws[f..k].iter().all(|w| capitalised(&w.text) || matches!(w.text.as_str(), "of" | "and")) && abbreviates(&span_text(norm, &ws[f..k]))) else { continue };
            // (an ordinal in words or in digits, the 11th; not a year)
            let digit_ordinal = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && ["st", "nd", "rd", "th"].iter().any(|e| w.ends_with(e));
            if from > 0 && year_or_ordinal(&ws[from - 1].text) && (!ws[from - 1].text.starts_with(|c: char| c.is_ascii_digit()) || digit_ordinal(&ws[from - 1].text)) {
                from -= 1;
            }
            // (the Chinese People's Political Consultative Conference (CPPCC) National Committee:
            // a body the lexicon knows before the bracket, its organ after, is that body)
            if out.iter().any(|m| m.lex.is_some() && m.start == ws[from].start && m.end == ws[k - 1].end) {
                continue;
            }
            let head = span_text(norm, &ws[k + 1..=k + after]);
            let outer = unit_of_the_name(ws, from);
            let mut m = mention(ty, norm, &ws[outer..=k + after], si, "name.en-acronym-inside");
            m.label = format!("{} {head}", span_text(norm, &ws[outer..k]));
            m.surface = m.label.clone();
            let unit = if outer < from { format!("{} ", span_text(norm, &ws[outer..from])) } else { String::new() };
            m.aliases = vec![format!("{unit}{acronym} {head}")];
            m.kind = (ty == EntityType::Organization).then_some(kind);
            found.push(m);
        }
    }
    out.extend(found);
}

/// The Liaison Department of the Lakeside Party (LP) Central Committee: a unit named before
/// `of the` and a name with its acronym inside is part of that name; where the unit's words
/// start (or `from` when there is none).
fn unit_of_the_name(ws: &[Word], from: usize) -> usize {
    if from < 3 || ws[from - 1].text != "the" || ws[from - 2].text != "of" {
        return from;
    }
    let unit_head = head_word(&ws[from - 3].text).is_some_and(|(ty, _)| ty == EntityType::Organization);
    let adjacent = |a: usize| ws[a..from].windows(2).all(|p| p[1].start == p[0].end + 1);
    let words = |a: usize| ws[a..from - 2].iter().all(|w| capitalised(&w.text) && !NOT_NAMES.contains(&w.text.as_str()) || w.text == "and");
    let start = (from.saturating_sub(8)..from - 2).find(|&a| capitalised(&ws[a].text) && words(a) && adjacent(a));
    match start {
        Some(a) if unit_head => a,
        _ => from,
    }
}

/// XJTU, LZU (in a report about universities): capitals closed by U are a university's
/// initials (not a union's: EU, AU, EAEU).
fn university_initials(a: &str) -> bool {
    (3..=6).contains(&a.len()) && a.chars().all(|c| c.is_ascii_uppercase()) && a.ends_with('U') && !a.ends_with("EU") && !a.ends_with("AU")
}

/// HarNU, BayGU: an acronym of syllables, a capital opening each word's part, the last one a
/// capital too (not McDonald).
fn syllabic_acronym(t: &str) -> bool {
    let n = t.chars().count();
    (3..=8).contains(&n) && t.chars().all(|c| c.is_ascii_alphabetic()) && t.starts_with(|c: char| c.is_ascii_uppercase()) && t.ends_with(|c: char| c.is_ascii_uppercase()) && t.chars().skip(1).filter(char::is_ascii_uppercase).count() >= 2 && t.chars().any(|c| c.is_ascii_lowercase())
}

/// Whether a syllabic acronym spells the last words of a name, each part the start of one
/// word: HarNU → (Old) Harbour National University.
fn abbreviates(acronym: &str, name: &str) -> bool {
    if !syllabic_acronym(acronym) {
        return false;
    }
    let mut parts: Vec<String> = Vec::new();
    for c in acronym.chars() {
        match parts.last_mut() {
            Some(p) if c.is_ascii_lowercase() => p.push(c),
            _ => parts.push(c.to_string()),
        }
    }
    let words: Vec<&str> = name.split_whitespace().filter(|w| capitalised(w)).collect();
    words.len() >= parts.len() && words[words.len() - parts.len()..].iter().zip(&parts).all(|(w, p)| w.starts_with(p.as_str()))
}

/// The initials of a name's capitalised words: Lakeside University of Marine Science → LUMS.
fn initials_of(name: &str) -> String {
    // (Northwest University → NWU: a compass compound gives both its initials)
    let compass = |w: &str| ["North", "South"].iter().find_map(|h| w.strip_prefix(h).filter(|r| matches!(*r, "west" | "east")).map(|r| format!("{}{}", &h[..1], r[..1].to_uppercase())));
    // (Steppe—Bay Institute → SBI: a dash between two words parts them)
    name.split(|c: char| c.is_whitespace() || matches!(c, '—' | '–')).filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()).map(|c| compass(w).unwrap_or_else(|| c.to_string()))).collect()
}

/// The part of a name after its last `of (the)` whose initials are the acronym, when the
/// whole name's are not: Institute of … of the Lakeside Academy of Sciences (LAS) → LAS
/// is the academy.
fn expanded_tail(chars: &[char], m: &Mention, acronym: &str) -> Option<String> {
    let ws = words(chars, m.start, m.end);
    let initials = |ws: &[Word]| ws.iter().filter(|w| capitalised(&w.text)).filter_map(|w| w.text.chars().next()).collect::<String>();
    if initials(&ws) == acronym {
        return None;
    }
    // each `of (the)` opens a candidate tail; the longest that fits wins
    let starts = (1..ws.len()).filter(|&k| ws[k - 1].text == "of").map(|k| if ws[k].text == "the" { k + 1 } else { k });
    let tail = starts.filter(|&k| k < ws.len()).map(|k| &ws[k..]).find(|t| initials(t) == acronym)?;
    Some(chars[tail[0].start..tail[tail.len() - 1].end].iter().collect())
}

/// Mentions inside a longer mention of a name type are dropped, except countries and places
/// (they carry located_in) and organisations inside a title run's organisation part.
fn drop_nested(ms: Vec<Mention>) -> Vec<Mention> {
    let spans: Vec<(usize, usize, EntityType)> = ms.iter().map(|m| (m.start, m.end, m.ty)).collect();
    // (Bayland Daily: a paper named after its country names no country, as a credit line cites it)
    let papers: Vec<(usize, usize)> = ms.iter().filter(|m| m.kind == Some(OrgKind::Media)).map(|m| (m.start, m.end)).collect();
    let in_paper = |m: &Mention| papers.iter().any(|&(s, e)| s <= m.start && m.end <= e && (s, e) != (m.start, m.end));
    ms.into_iter()
        .filter(|m| {
            matches!(m.ty, EntityType::Country | EntityType::Place) && !in_paper(m)
                // (the Agency for X under the Ministry of Y names the ministry too)
                || m.rule == "org.en-under-patron"
                // (the Department of X of the Lotus Foreign Ministry names the ministry too)
                || m.rule == "org.en-ministry-of-department"
                // (the Press Division of the Bay Centre names the centre too)
                || m.rule == "org.en-body-of-unit"
                // (the Founding Ceremony of the Coastal Alliance names the alliance too)
                || !spans.iter().any(|&(s, e, t)| s <= m.start && m.end <= e && (s, e) != (m.start, m.end) && !matches!(t, EntityType::Country | EntityType::Place) && !(m.ty == EntityType::Alliance && t == EntityType::Event))
        })
        .collect()
}

