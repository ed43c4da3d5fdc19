//! English articles: recognition, relations and one graph across languages, on articles
//! written for these tests.

mod common;

use common::*;

#[test]
fn names_titles_and_facts_of_an_english_report() {
    let r = report(&[extract_file(&fixture("en_coastal_forum.txt"))]);
    for (ty, label) in [
        ("Event", "2025 Coastal Digital Forum"),
        ("Organization", "Lakeside University"),
        ("Organization", "Hill Institute for Strategic Studies"),
        ("Alliance", "Coastal Think Tank Alliance"),
        ("Document", "Coastal Economy Report 2025"),
        ("Person", "Tom Hale"),
        ("Person", "Maria Lopez"),
        ("Place", "Tianjin"),
        ("Country", "Kazakhstan"),
    ] {
        assert!(has_entity(&r, ty, label), "missing {ty} {label}");
    }
    assert_eq!(entity(&r, "Hill Institute for Strategic Studies")["kind"], "ThinkTank");
    let forum = "2025 Coastal Digital Forum";
    assert!(has_relation(&r, forum, "held_at", "Tianjin"));
    assert!(has_relation(&r, forum, "organizer", "Lakeside University"));
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside University"));
    assert!(has_relation(&r, "Maria Lopez", "position", "Steppe University"));
    assert!(has_relation(&r, "Steppe University", "located_in", "Kazakhstan"));
    for founder in ["Lakeside University", "Hill Institute for Strategic Studies", "Chinese Academy of Social Sciences"] {
        assert!(has_relation(&r, founder, "founding_member", "Coastal Think Tank Alliance"), "{founder}");
    }
    assert!(has_relation(&r, "Bay Research Center", "member", "Coastal Think Tank Alliance"));
    assert!(!has_relation(&r, "Bay Research Center", "founding_member", "Coastal Think Tank Alliance"));
    assert!(has_relation(&r, "Hill Institute for Strategic Studies", "published", "Coastal Economy Report 2025"));
    assert!(has_relation(&r, "Tom Hale", "spoke_at", forum));
    // Hale added …: a short reference to the person named before, not a new person
    assert!(!has_entity(&r, "Person", "Hale"));
}

#[test]
fn capitalised_words_that_name_nothing() {
    let r = report(&[extract_file(&fixture("en_coastal_forum.txt"))]);
    let labels: Vec<String> = entities(&r).into_iter().map(|(_, l)| l).collect();
    for not_a_name in ["In March", "March", "Digital Silk Road", "Experts", "TIANJIN", "In", "The"] {
        assert!(!labels.iter().any(|l| l == not_a_name), "{not_a_name} in {labels:?}");
    }
}

#[test]
fn an_institution_named_in_english_and_in_chinese_is_one_entity_in_the_store() {
    let csv = think_tank_question(&[fixture("en_alliance_bilingual.txt"), fixture("zh_alliance_bilingual.txt")]);
    assert_eq!(csv, "think_tank,alliance,how\n中国社会科学院,沿海智库联盟,founder\n中国科学院,沿海智库联盟,founder\n", "{csv}");
}

/// The think-tank question's CSV over a store built from `articles`.
fn think_tank_question(articles: &[std::path::PathBuf]) -> String {
    let d = tempfile::tempdir().unwrap();
    let store = d.path().join("kg");
    let out = sg().arg("build").args(articles).arg("--store").arg(&store).arg("--quiet").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = sg().arg("query").arg(root().join("queries/think_tanks_by_alliance.rq")).args(["--format", "csv", "--store"]).arg(&store).output().unwrap();
    String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n")
}

#[test]
fn titles_before_a_body_or_place_and_a_name_and_acronyms_defined_in_brackets() {
    let r = report(&[extract_file(&fixture("en_titles_and_acronyms.txt"))]);
    for person in ["Tom Hale", "Anna Berg", "Li Wen", "Maria Lopez"] {
        assert!(has_entity(&r, "Person", person), "{person}");
    }
    assert!(has_relation(&r, "Tom Hale", "position", "Hill Provincial Assembly"));
    // LIT later is the institute it abbreviates, not a new organisation
    let lit = entity(&r, "Lakeside Institute of Technology");
    assert!(lit["aliases"].as_array().unwrap().iter().any(|a| a == "LIT"));
    assert!(!has_entity(&r, "Organization", "LIT"));
    assert!(has_relation(&r, "Coastal Energy Forum", "organizer", "Lakeside Institute of Technology"));
    // two places joined by and are two places
    assert!(has_entity(&r, "Place", "Almaty") && has_entity(&r, "Place", "Shanghai"));
}

#[test]
fn members_listed_and_places_stated_with_in() {
    let r = report(&[extract_file(&fixture("en_titles_and_acronyms.txt"))]);
    assert!(has_relation(&r, "Bay Research Center", "member", "Coastal Data Alliance"));
    assert!(has_relation(&r, "Hill College", "member", "Coastal Data Alliance"));
    assert!(!has_relation(&r, "Hill College", "founding_member", "Coastal Data Alliance"));
    assert!(has_relation(&r, "Steppe Research Centre", "located_in", "Kazakhstan"));
    assert!(has_relation(&r, "Coastal Energy Forum", "held_at", "Chengdu"));
}

#[test]
fn and_inside_a_name_and_and_between_two_names() {
    let r = report(&[extract_file(&fixture("en_names_with_and.txt"))]);
    for (ty, label) in [
        ("Organization", "Lakeside University of Marine Science and Engineering"),
        ("Organization", "Riverside Research Centre for Trade"),
        ("Organization", "Centre for Port Exchanges and Cooperation"),
        ("Organization", "Institute of Northern and Southern Studies"),
        ("Organization", "Bay Policy Institute"),
        ("Organization", "Qingdao Municipal People's Government"),
        ("Organization", "Hill University"),
        ("Organization", "Lake University"),
        ("Event", "2026 Sea and Sky Forum for Coastal Cooperation"),
        // the head before `of` names what the whole is: a summit, not an organisation
        ("Event", "Summit of the Coastal Cities Organisation"),
        // an association of think tanks is an alliance institutions join
        ("Alliance", "Harbour Think Tank Association"),
    ] {
        assert!(has_entity(&r, ty, label), "missing {ty} {label}: {:?}", entities(&r));
    }
    for glued in ["Lakeside University of Marine Science", "Engineering and the Riverside Research Centre for Trade", "Hill University and Lake University", "Qingdao Municipal People"] {
        assert!(!entities(&r).iter().any(|(_, l)| l == glued), "{glued}");
    }
    // NAME, the TITLE of ORG: a post; the body after a title with no name is still a body
    assert!(has_entity(&r, "Organization", "Lakeside Maritime University"));
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside Maritime University"));
}

#[test]
fn quoted_titles_of_meetings_and_the_city_a_province_holds() {
    let r = report(&[extract_file(&fixture("en_quoted_titles.txt"))]);
    // a quoted title with a word for a meeting names an event
    let seminar = "Green Ports and Trade";
    assert!(has_entity(&r, "Event", seminar), "{:?}", labels_of(&r, "Event"));
    assert!(has_relation(&r, seminar, "held_at", "Qingdao"));
    assert!(has_relation(&r, seminar, "organizer", "Bay Policy Institute"));
    assert!(has_entity(&r, "Event", "Blue Economy Dialogue"), "{:?}", labels_of(&r, "Event"));
    assert!(has_relation(&r, "Anna Berg", "spoke_at", seminar));
    // PLACE in PROVINCE hosted EVENT: held in the city; `Shandong Province` is the province
    assert!(has_relation(&r, "2026 Harbour Energy Forum", "held_at", "Weihai"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Weihai", "located_in", "Shandong"), "{:?}", relations(&r));
    // "Scholars meet" and other quoted words without a meeting name nothing
    assert_eq!(labels_of(&r, "Event").len(), 3, "{:?}", labels_of(&r, "Event"));
}

#[test]
fn guests_who_attended_are_no_speakers_and_a_title_goes_with_the_name_after_it() {
    let r = report(&[extract_file(&fixture("en_guest_list.txt"))]);
    let forum = "2026 Harbour Energy Forum";
    for guest in ["Aigul Sadykova", "Li Ming", "Zhao Lei"] {
        assert!(has_entity(&r, "Person", guest), "{guest}");
        assert!(!has_relation(&r, guest, "spoke_at", forum), "{guest} only attended");
    }
    // A, Secretary of the X Committee B: B is the secretary
    assert!(has_relation(&r, "Li Ming", "position", "Weihai Municipal Party Committee"));
    assert!(!has_relation(&r, "Aigul Sadykova", "position", "Weihai Municipal Party Committee"));
    // NAME, the President of ORG, informed …: a speaker
    assert!(has_relation(&r, "Tom Hale", "spoke_at", forum));
}

#[test]
fn words_glued_by_a_lost_space_are_read_apart() {
    let r = report(&[extract_file(&fixture("en_lost_spaces.txt"))]);
    assert!(has_entity(&r, "Event", "Coastal Energy Forum"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "Lakeside Institute of Technology"));
    assert!(!entities(&r).iter().any(|(_, l)| l.contains("theCoastal") || l.contains("LITwas") || l.contains("PresidentAnna")), "{:?}", entities(&r));
    // what is not glued stays whole: an acronym with a plural, a name with Mc
    let words: Vec<String> = silkgraph::en::recognize::words(&"CEOs of McKinsey".chars().collect::<Vec<_>>(), 0, 16).into_iter().map(|w| w.text).collect();
    assert_eq!(words, vec!["CEOs", "of", "McKinsey"]);
}

#[test]
fn bodies_under_a_patron_series_of_fields_and_the_acronym_of_a_name_s_tail() {
    let r = report(&[extract_file(&fixture("en_patrons_and_series.txt"))]);
    let steppe = "Steppe Institute for Strategic Studies under the President of the Republic of Kazakhstan";
    let institute = "Institute of Northern, Coastal, and Island Studies of the Lakeside Academy of Policy Sciences";
    assert!(has_entity(&r, "Organization", steppe), "{:?}", labels_of(&r, "Organization"));
    assert!(has_entity(&r, "Organization", institute), "{:?}", labels_of(&r, "Organization"));
    // (LAPS) after the institute's name abbreviates the academy its name ends in
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside Academy of Policy Sciences"), "{:?}", relations(&r));
    // a title written in lower case between a body and a name
    assert!(has_relation(&r, "Tom Hale", "position", steppe), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p.contains("President")), "{:?}", labels_of(&r, "Person"));
}

#[test]
fn founders_who_joined_at_the_founding_and_partners_of_a_launch() {
    let r = report(&[extract_file(&fixture("en_alliance_founders_forms.txt"))]);
    let coastal = "Coastal Universities Alliance";
    assert!(has_entity(&r, "Event", "Founding Ceremony of the Coastal Universities Alliance"), "{:?}", labels_of(&r, "Event"));
    // joined as one of the initial members, or at the ceremony that founded it: founders
    for founder in ["Lakeside University", "Harbour University", "Bay University of Science and Technology", "Hill University"] {
        assert!(has_relation(&r, founder, "founding_member", coastal), "{founder}: {:?}", relations(&r));
        assert!(!has_relation(&r, founder, "member", coastal), "{founder}: {:?}", relations(&r));
    }
    // the subject that collaborated with a list to launch an alliance founded it with them
    let ocean = "Ocean Think Tank Alliance";
    for founder in ["Ministry of Ocean Affairs", "Harbour Policy Institute", "Bay Research Center", "Hill University"] {
        assert!(has_relation(&r, founder, "founding_member", ocean), "{founder}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Steppe University", "member", ocean), "{:?}", relations(&r));
    // launched in a year named in the sentence: not at the report's ceremony
    assert!(!has_relation(&r, ocean, "established_at", "Founding Ceremony of the Coastal Universities Alliance"), "{:?}", relations(&r));
}

#[test]
fn an_alliance_whose_head_is_written_in_lower_case_after_its_proper_name() {
    let r = report(&[extract_file(&fixture("en_lower_case_alliance.txt"))]);
    let alliance = "Coastal Silk think tank alliance";
    assert!(has_entity(&r, "Alliance", alliance), "{:?}", labels_of(&r, "Alliance"));
    for founder in ["Lakeside University", "Harbour Policy Institute", "Bay Research Center"] {
        assert!(has_relation(&r, founder, "founding_member", alliance), "{founder}: {:?}", relations(&r));
    }
    // a lower-case head alone names nothing: "think tank network" in the headline
    assert!(!labels_of(&r, "Alliance").iter().any(|a| a.starts_with("think")), "{:?}", labels_of(&r, "Alliance"));
}

#[test]
fn a_seminar_on_a_subject_an_ampersand_a_month_and_a_president_as_patron() {
    let r = report(&[extract_file(&fixture("en_seminar_ampersand.txt"))]);
    assert!(has_entity(&r, "Event", "8th Seminar on Coastal Economic and Social Development"), "{:?}", labels_of(&r, "Event"));
    assert!(has_entity(&r, "Organization", "Lakeside University of Finance & Economics"), "{:?}", labels_of(&r, "Organization"));
    // Nov is a date, not part of a name: Hangzhou stands alone
    assert!(has_entity(&r, "Place", "Hangzhou"), "{:?}", labels_of(&r, "Place"));
    // held in the city after a venue with a long name
    assert!(has_relation(&r, "8th Seminar on Coastal Economic and Social Development", "held_at", "Hangzhou"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "Strategic Studies Institute of the President of Kyrgyzstan"), "{:?}", labels_of(&r, "Organization"));
    assert!(labels_of(&r, "Person").is_empty(), "{:?}", labels_of(&r, "Person"));
}

#[test]
fn names_set_off_by_commas_after_or_before_their_titles_and_initials() {
    let r = report(&[extract_file(&fixture("en_titles_set_off_by_commas.txt"))]);
    let people = labels_of(&r, "Person");
    // X, Deputy Minister of …: a capitalised title after the comma
    for name in ["Tom Hale", "Anna Berg", "Omar Steppe", "Rustam Vale", "Ivan Port", "D. Nabi", "I. Bek"] {
        assert!(people.contains(&name.to_string()), "{name}: {people:?}");
    }
    assert!(!people.iter().any(|p| p == "D" || p == "I"), "{people:?}");
    // the Rector of X, NAME, the Rector of Y, NAME: each title is the name's after it
    assert!(has_relation(&r, "Omar Steppe", "position", "Bay State University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Rustam Vale", "position", "Lakeside State University"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Omar Steppe", "position", "Lakeside State University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Ivan Port", "position", "Harbour Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "D. Nabi", "position", "Steppe State University"), "{:?}", relations(&r));
}

#[test]
fn ministries_with_portfolios_hold_a_forum_whose_second_day_is_elsewhere() {
    let r = report(&[extract_file(&fixture("en_ministries_hold_a_forum.txt"))]);
    let forum = "Lakeland-Harbourland Education Forum";
    let ministry = "Ministry of Higher Education, Science and Innovation of the Republic of Lakeland";
    assert!(has_entity(&r, "Organization", ministry), "{:?}", labels_of(&r, "Organization"));
    // A and B held the EVENT: both organise it
    assert!(has_relation(&r, forum, "organizer", ministry), "{:?}", relations(&r));
    assert!(has_relation(&r, forum, "organizer", "Ministry of Education of Harbourland"), "{:?}", relations(&r));
    // in the city of X; the forum referred to by its kind
    assert!(has_relation(&r, forum, "held_at", "Beijing"), "{:?}", relations(&r));
    assert!(has_relation(&r, forum, "held_at", "Tianjin"), "{:?}", relations(&r));
    // the Rector of X and Y University: one body that reaches its head after `and`
    let university = "Western Agricultural and Forestry Science and Technology University";
    assert!(has_relation(&r, "Vu Pat", "position", university), "{:?}", relations(&r));
}

#[test]
fn a_university_named_with_its_country_in_a_list_of_founders() {
    let r = report(&[extract_file(&fixture("en_universities_of_their_countries.txt"))]);
    let alliance = "Harbour Students Alliance";
    // Sofia University of Bulgaria: the university and where it is; a name that needs its
    // country (Renmin University of China) stays whole
    for (uni, country) in [("Sofia University", "Bulgaria"), ("Burapha University", "Thailand")] {
        assert!(has_entity(&r, "Organization", uni), "{:?}", labels_of(&r, "Organization"));
        assert!(has_relation(&r, uni, "located_in", country), "{uni}: {:?}", relations(&r));
    }
    assert!(has_entity(&r, "Organization", "Renmin University of China"), "{:?}", labels_of(&r, "Organization"));
    // the list goes on past the countries
    for founder in ["Bay University", "Sofia University", "Burapha University", "Renmin University of China", "Benha University"] {
        assert!(has_relation(&r, founder, "founding_member", alliance), "{founder}: {:?}", relations(&r));
    }
}

#[test]
fn guests_listed_with_their_titles_who_also_delivered_speeches_spoke() {
    let r = report(&[extract_file(&fixture("en_speakers_listed_with_titles.txt"))]);
    let forum = "Presidents’ Forum of the Lakeside Alliance";
    // …, including A, advisor to …, B, deputy Minister …, C, rector of …, who also delivered speeches
    for speaker in ["Anna Berg", "Omar Steppe", "Ivan Port", "Tom Hale"] {
        assert!(has_relation(&r, speaker, "spoke_at", forum), "{speaker}: {:?}", relations(&r));
    }
    // vice chairman of Bay University Council: a post in the university
    assert!(has_relation(&r, "Tom Hale", "position", "Bay University"), "{:?}", relations(&r));
    // guests who only attended did not
    for guest in ["Zhang Wei", "Li Ming"] {
        assert!(!has_relation(&r, guest, "spoke_at", forum), "{guest}: {:?}", relations(&r));
    }
}

#[test]
fn a_body_taken_in_with_the_first_batch_of_this_alliance_founded_it() {
    let r = report(&[extract_file(&fixture("en_first_batch_of_council_units.txt"))]);
    let alliance = "Lakeside Think Tank Alliance";
    assert!(has_relation(&r, "Steppe Institute of Bay University", "founding_member", alliance), "{:?}", relations(&r));
    // "this alliance" refers to it and adds no name
    let a = r["entities"].as_array().unwrap().iter().find(|e| e["label"] == alliance).unwrap();
    assert!(a["aliases"].as_array().unwrap().iter().all(|x| x != "alliance"), "{a}");
}

#[test]
fn a_lower_case_alliance_named_after_a_title_keeps_its_whole_name() {
    let r = report(&[extract_file(&fixture("en_lower_case_alliance_after_a_title.txt"))]);
    // the Secretary General of the Harbour and Bay think tank alliance: one alliance, whole
    assert_eq!(labels_of(&r, "Alliance"), vec!["Harbour and Bay think tank alliance".to_string()]);
}

#[test]
fn venues_are_places_an_event_s_acronym_before_in_and_bodies_based_in_a_city() {
    let r = report(&[extract_file(&fixture("en_venues_and_based_bodies.txt"))]);
    let places = labels_of(&r, "Place");
    for venue in ["Lakeside Grand Hotel", "Lakeside International Convention Center"] {
        assert!(places.contains(&venue.to_string()), "{places:?}");
    }
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.contains("Convention")), "{:?}", labels_of(&r, "Organization"));
    assert!(has_relation(&r, "Harbour Forum", "held_at", "Almaty"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Lakeside Grand Hotel", "located_in", "Almaty"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Harbour Policy Institute", "located_in", "Amsterdam"), "{:?}", relations(&r));
}

#[test]
fn the_national_agency_named_alone_and_an_institution_head() {
    let r = report(&[extract_file(&fixture("en_venues_and_based_bodies.txt"))]);
    assert!(has_entity(&r, "Organization", "Xinhua News Agency"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Harbour Institution", "located_in", "Beijing"), "{:?}", relations(&r));
}

#[test]
fn a_title_of_a_body_then_a_comma_and_an_honorific_before_the_name() {
    let r = report(&[extract_file(&fixture("en_titles_with_honorifics.txt"))]);
    assert!(has_relation(&r, "Anna Berg", "position", "School of Music of Lakeside University"), "{:?}", relations(&r));
}

#[test]
fn the_alliance_named_inside_its_founding_ceremony_is_the_one_joined() {
    let r = report(&[extract_file(&fixture("en_alliance_named_in_its_ceremony.txt"))]);
    assert!(has_relation(&r, "Lakeside University", "founding_member", "Harbour Students Alliance"), "{:?}", relations(&r));
}

#[test]
fn a_founding_ceremony_its_guests_listed_by_name_and_a_region_placed_by_a_news_agency() {
    let r = report(&[extract_file(&fixture("en_founding_ceremony.txt"))]);
    let alliance = "Lakeside Alliance for Talent Training in Port Logistics";
    let ceremony = format!("Founding Ceremony of {alliance}");
    // `in` goes on with the alliance's field
    assert!(has_entity(&r, "Alliance", alliance) && !has_entity(&r, "Alliance", "Lakeside Alliance for Talent Training"));
    assert!(has_relation(&r, alliance, "established_at", &ceremony));
    assert!(has_relation(&r, &ceremony, "held_at", "Xi'an"));
    // one-word names before a title, and names listed with people
    for person in ["Karimova", "Turayev", "Safarov"] {
        assert!(has_entity(&r, "Person", person), "{person}");
    }
    assert!(has_relation(&r, "Tom Hale", "position", "Department of International Exchange"));
    assert!(has_relation(&r, "Karimova", "position", "Academy of Shipping and Ports of Kazakhstan"));
    assert!(has_relation(&r, "Academy of Shipping and Ports of Kazakhstan", "located_in", "Kazakhstan"));
    assert!(has_relation(&r, "Turayev", "spoke_at", &ceremony));
    // a name cut off by the end of the page is no person
    assert!(!has_entity(&r, "Person", "Provincial Go"));
}

#[test]
fn an_alliance_established_at_a_meeting_and_led_by_its_founders_in_a_region_placed_by_an_agency() {
    let r = report(&[extract_file(&fixture("en_ministers_meeting.txt"))]);
    // a headline's verb closes the name before it
    assert_eq!(labels_of(&r, "Alliance"), vec!["Bay Industry-Education Alliance".to_string()]);
    // established at the meeting; the bodies leading it found it
    assert!(has_relation(&r, "Bay Industry-Education Alliance", "established_at", "Bay Education Ministers' Meeting"));
    for founder in ["Harbour Agricultural University", "Hill Agrarian University"] {
        assert!(has_relation(&r, founder, "founding_member", "Bay Industry-Education Alliance"), "{founder}");
    }
    assert!(!has_relation(&r, "Bay Education Association", "founding_member", "Bay Industry-Education Alliance"));
    assert!(has_relation(&r, "Urumqi", "located_in", "Xinjiang") && has_relation(&r, "Xinjiang", "located_in", "China"));
}

#[test]
fn a_title_of_a_body_its_short_form_and_a_name_and_a_board_s_deputy_chairman() {
    let r = report_of_text("Forum Report\n\nDirector of Lakeside Institute for Strategic Studies (LISS) Tom Hale underscored the role of think tanks.\n\nDeputy Chairman of the LPRI Board Anna Berg headed a delegation.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Institute for Strategic Studies"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Person", "Strategic Studies"));
    assert!(has_relation(&r, "Anna Berg", "position", "LPRI"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Person", "Board Anna Berg"));
}

#[test]
fn hosts_listed_with_their_short_forms_a_body_of_regions_and_a_party_secretary() {
    let r = report_of_text("The Lakeside Forum was held in Almaty. The Lakeside Forum, jointly hosted by Harbour University (HU) and Bay National University, opened on Monday.\n\nThe forum was co-organized by the Institute of Mongolia, Eastern Europe and Central Asia of the Harbour Academy of Social Sciences.\n\nChen Ming, Secretary of the Party Committee of Harbour University, attended.\n");
    for host in ["Harbour University", "Bay National University"] {
        assert!(has_relation(&r, "Lakeside Forum", "organizer", host), "{host}: {:?}", relations(&r));
    }
    assert!(has_entity(&r, "Organization", "Institute of Mongolia, Eastern Europe and Central Asia of the Harbour Academy of Social Sciences"), "{:?}", labels_of(&r, "Organization"));
    assert!(has_relation(&r, "Chen Ming", "position", "Harbour University"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Organization", "Party Committee of Harbour University"));
}

#[test]
fn a_body_counted_among_think_tanks_is_one() {
    let r = report_of_text("The Lakeside Studies Network, co-initiated by Harbour Institute and 15 other think tanks, was inaugurated in Beijing. Bay Institute also attended.\n");
    assert_eq!(entity(&r, "Harbour Institute")["kind"], "ThinkTank");
    assert_ne!(entity(&r, "Bay Institute")["kind"], "ThinkTank");
    assert!(has_relation(&r, "Harbour Institute", "founding_member", "Lakeside Studies Network"));
}

#[test]
fn a_wire_dateline_a_possessive_country_over_a_list_and_regions_that_are_no_people() {
    let r = report_of_text("Universities form an alliance\n\nBEIJING, Nov 28 (Xinhua) -- Leaders from universities in China, South Asia and Southeast Asia reached an agreement.\n\nThe forum attracted Thailand's Lakeside University, and Harbour University; Cambodia's Hill University of Phnom Penh and University of Bayside in Sri Lanka.\n\nTHE ALLIANCE, 2026 will see more members.\n");
    assert!(has_entity(&r, "Place", "Beijing"), "{:?}", entities(&r));
    assert!(labels_of(&r, "Person").is_empty(), "{:?}", labels_of(&r, "Person"));
    for (body, country) in [("Lakeside University", "Thailand"), ("Harbour University", "Thailand"), ("Hill University of Phnom Penh", "Cambodia"), ("University of Bayside", "Sri Lanka")] {
        assert!(has_relation(&r, body, "located_in", country), "{body}: {:?}", relations(&r));
    }
    // its own place ends the list the possessive opened
    assert!(!has_relation(&r, "University of Bayside", "located_in", "Cambodia"), "{:?}", relations(&r));
}

#[test]
fn a_name_with_initials_after_a_title_of_a_body() {
    let r = report_of_text("Bay forum opens\n\nThe Rector of Lakeside University A.B. Karimova opened the forum.\n");
    assert!(has_entity(&r, "Person", "A.B. Karimova"), "{:?}", entities(&r));
    assert!(has_relation(&r, "A.B. Karimova", "position", "Lakeside University"), "{:?}", relations(&r));
}

#[test]
fn a_lower_case_title_after_a_body_or_its_possessive_before_a_name() {
    let r = report_of_text("Bay forum opens\n\nHarbour Institute's director Anna Berg attended the meeting.\n\nBay University rector Karim Saidov signed the agreement with Hill College.\n");
    assert!(has_relation(&r, "Anna Berg", "position", "Harbour Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Karim Saidov", "position", "Bay University"), "{:?}", relations(&r));
    // a lower-case word that is no title names no one
    let r = report_of_text("Bay forum opens\n\nBay University students Tom Hale and friends attended.\n");
    assert!(!has_relation(&r, "Tom Hale", "position", "Bay University"), "{:?}", relations(&r));
}

#[test]
fn bodies_known_by_acronyms_countries_joined_by_dashes_and_meetings_on_a_theme() {
    let r = report(&[extract_file(&fixture("en_acronyms_and_country_works.txt"))]);
    // an acronym the text never expands is a body where a title says so
    assert!(has_relation(&r, "Tom Hale", "position", "LIRS"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Li Hua", "position", "HCIS"), "{:?}", relations(&r));
    // the initials of a body named in full are that body
    assert!(has_relation(&r, "Anna Berg", "position", "Harbour University of Marine Economics"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Organization", "HUME"));
    // a title after a comma belongs to the name after it, not to the acronym before it
    assert!(!has_entity(&r, "Organization", "BRI"), "{:?}", labels_of(&r, "Organization"));
    // countries joined by dashes before a work: each a party to the project
    assert!(has_entity(&r, "Project", "Mongolia–Kazakhstan canal"), "{:?}", labels_of(&r, "Project"));
    for c in ["Mongolia", "Kazakhstan"] {
        assert!(has_relation(&r, "Mongolia–Kazakhstan canal", "participant", c), "{:?}", relations(&r));
    }
    assert!(!has_relation(&r, "Mongolia–Kazakhstan canal", "located_in", "Mongolia"));
    // a quoted title and its lower-case meeting word; a meeting "on" a quoted theme
    assert!(has_relation(&r, "Lakeside – Harbour summit", "held_at", "Astana"), "{:?}", relations(&r));
    let symposium = "International Symposium on Lakeside Road: ports, rails and the people who run them";
    assert!(has_entity(&r, "Event", symposium), "{:?}", labels_of(&r, "Event"));
    // PLACE/ORG hosted EVENT without the article; organised by A jointly with B
    assert!(has_relation(&r, symposium, "held_at", "Almaty"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Harbour Trade Forum", "organizer", "Hill University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Harbour Trade Forum", "organizer", "Bay Policy Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Harbour Trade Forum", "organizer", "Harbour Diplomacy Association"), "{:?}", relations(&r));
    // a country a body studies is not where it is; a leading country otherwise is
    assert!(!has_relation(&r, "Kazakhstan Studies Center of Hill University", "located_in", "Kazakhstan"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Kazakhstan Research Institute of Trade", "located_in", "Kazakhstan"), "{:?}", relations(&r));
}

#[test]
fn formal_country_names_divisions_in_lower_case_honorifics_and_bodies_under_a_patron_after_a_title() {
    let r = report_of_text(
        "Harbour meeting\n\nMany students of Lakeside State University in Bukhara region of the Republic of Uzbekistan met their guests. \
         Guests arrived from Central Asia and Turkey on Monday. \
         A delegation from Bay College, headed by the rector of the Harbour University of Technology Dato Amir Hale Rahman, toured the campus. \
         The talk was given by Anna Berg, Director of the Bay Institute for Strategic Studies under the President of Uzbekistan. \
         Tom Hale, rector of Hill University, Karim Saidov, president of Bay University, and others attended.\n",
    );
    assert!(has_relation(&r, "Lakeside State University", "located_in", "Bukhara region"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Bukhara region", "located_in", "Uzbekistan"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Country", "Türkiye"), "{:?}", labels_of(&r, "Country"));
    assert!(has_relation(&r, "Amir Hale Rahman", "position", "Harbour University of Technology"), "{:?}", relations(&r));
    let institute = "Bay Institute for Strategic Studies under the President of Uzbekistan";
    assert!(has_relation(&r, "Anna Berg", "position", institute), "{:?}", relations(&r));
    // a name in a list set off by commas is not the one the title before it names
    assert!(!has_relation(&r, "Karim Saidov", "position", "Hill University"), "{:?}", relations(&r));
    // a part of the world before `region` names no division
    let r = report_of_text("Harbour meeting\n\nExperts of the Central Asian region met in Khiva district.\n");
    assert_eq!(labels_of(&r, "Place"), vec!["Khiva district"]);
}

#[test]
fn country_lists_before_a_lower_case_alliance_capitals_works_with_a_describing_word_and_titles_with_their_unit() {
    let r = report_of_text(
        "Harbour talks\nPosted 9:10 AM Bay Daily\n\n\
         Envoys of a Mongolia, Kazakhstan and Kyrgyzstan think tank alliance met on Friday. They gathered in Darkhan, the capital of Mongolia, for two days. \
         Their hosts were the Lakeside Institute for Regional Studies (LIRS) and the Harbour Institutes for International Studies. \
         Tom Hale, vice-director of the office of external relations at the LIRS, told reporters that trade grows. \
         Talks covered the Mongolia-Kazakhstan economic corridor and the Harbour Language Institutes. \
         Delegates thanked the People's Republic of China for its support.\n",
    );
    assert!(has_entity(&r, "Alliance", "Mongolia, Kazakhstan and Kyrgyzstan think tank alliance"), "{:?}", labels_of(&r, "Alliance"));
    assert!(has_relation(&r, "Darkhan", "located_in", "Mongolia"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Institute for Regional Studies"), "{:?}", relations(&r));
    for c in ["Mongolia", "Kazakhstan"] {
        assert!(has_relation(&r, "Mongolia-Kazakhstan economic corridor", "participant", c), "{:?}", relations(&r));
    }
    let orgs = labels_of(&r, "Organization");
    assert!(orgs.contains(&"Harbour Institutes for International Studies".to_string()) && !orgs.iter().any(|o| o.contains("Language")), "{orgs:?}");
    assert!(orgs.contains(&"Bay Daily".to_string()), "the clock's AM is no part of a name: {orgs:?}");
    assert!(labels_of(&r, "Person").iter().all(|p| !p.contains("Republic")), "{:?}", labels_of(&r, "Person"));
}

#[test]
fn member_states_inside_a_meeting_name_names_run_into_titles_and_cities_in_brackets() {
    let r = report_of_text(
        "Harbour talks\n\nThe Annual Forum of Universities of the Member States of the Bay Council opened in Astana. \
         Among the guests were Tom Hale, Secretary General of the Bay Council; Anna Berg Director of the Center for Regional Studies (Ankara); and two students.\n",
    );
    let meeting = "Annual Forum of Universities of the Member States of the Bay Council";
    assert!(has_relation(&r, meeting, "held_at", "Astana"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Center for Regional Studies"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Center for Regional Studies", "located_in", "Ankara"), "{:?}", relations(&r));
    // members at the start of a sentence name no one
    let r = report_of_text("Harbour talks\n\nMember States of the council met in Astana.\n");
    assert!(labels_of(&r, "Person").is_empty(), "{:?}", labels_of(&r, "Person"));
}

#[test]
fn an_alliance_established_during_a_numbered_forum_and_a_body_hosting_the_first_one() {
    let r = report_of_text(
        "Harbour talks\n\nIn 2019 twelve institutes decided to establish the Bay Think Tanks Network (BTTN) during the second Bay Development Forum (BDF), held in Urumqi. \
         Last year the Bay Institute hosted the 3rd BDF at its campus.\n",
    );
    assert!(has_relation(&r, "Bay Think Tanks Network", "established_at", "Bay Development Forum"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Bay Development Forum", "organizer", "Bay Institute"), "{:?}", relations(&r));
    // a network merely discussed at a forum was not founded there
    let r = report_of_text("Harbour talks\n\nExperts discussed the Bay Think Tanks Network during the Bay Development Forum.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "established_at"), "{:?}", relations(&r));
}

#[test]
fn bodies_a_sentence_calls_members_and_acronyms_that_are_the_initials_of_a_body_named_before() {
    let r = report_of_text(
        "Harbour talks\n\nThe Coastal Data Alliance was launched by the Lakeside Institute of Marine Studies and the Hill Academy of Sciences. \
         Some 20 institutes attended as members of the alliance, among which the Bay University, LIMS and the HAS are president members. \
         Meanwhile Harbour College keeps working with 29 universities who are members of the alliance.\n",
    );
    for founder in ["Bay University", "Lakeside Institute of Marine Studies", "Hill Academy of Sciences"] {
        assert!(has_relation(&r, founder, "founding_member", "Coastal Data Alliance"), "{founder}: {:?}", relations(&r));
    }
    assert!(!relations(&r).iter().any(|x| x.0 == "Harbour College" && x.1 == "member"), "{:?}", relations(&r));
}

#[test]
fn a_headline_verb_news_agencies_humped_names_and_a_post_on_a_body_s_council() {
    let r = report_of_text(
        "Harbour Daily and Bay News Agency Open the Coastal Expert Forum\n\n\
         Harbour Daily and Bay News Agency held the Coastal Expert Forum in Zhengzhou, China. \
         Speakers at the forum included Tom Hale, Chairman of the Council of the Lakeside Center for Sea Studies, \
         and Anna Berg, Director of the SeaWaLe Institute for Strategic Studies.\n",
    );
    let forum = "Coastal Expert Forum";
    assert!(!labels_of(&r, "Event").iter().any(|l| l.contains("Open")), "{:?}", labels_of(&r, "Event"));
    for host in ["Harbour Daily", "Bay News Agency"] {
        assert!(has_relation(&r, forum, "organizer", host), "{host}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Center for Sea Studies"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "SeaWaLe Institute for Strategic Studies"), "{:?}", entities(&r));
    // a council's own name keeps its words
    let r = report_of_text("Oslo talks\n\nAnna Berg, Chair of the Council of Young Scientists under the Ministry of Education, spoke.\n");
    assert!(!has_entity(&r, "Organization", "Young Scientists under the Ministry of Education"), "{:?}", entities(&r));
}

#[test]
fn members_listed_a_body_a_line_under_a_heading_and_the_country_closing_an_item() {
    let r = report_of_text(
        "Bay alliance\n\nThe Coastal Universities Alliance was launched in Beijing, according to a joint statement of its three founding members. \
         The members of the Coastal Universities Alliance are:\n- Lakeside University, China\n- Harbour University, Japan\n- Hill University, Thailand\n\n\
         \"We will share what we learn,\" Anna Berg, rector of the Bay University, Kazakhstan, said.\n",
    );
    for (u, c) in [("Lakeside University", "China"), ("Harbour University", "Japan"), ("Hill University", "Thailand")] {
        assert!(has_relation(&r, u, "founding_member", "Coastal Universities Alliance"), "{u}: {:?}", relations(&r));
        assert!(has_relation(&r, u, "located_in", c), "{u}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Bay University", "located_in", "Kazakhstan"), "{:?}", relations(&r));
    // a body and a country listed together in one line are a list, not a location
    let r = report_of_text("Bay talks\n\nThe accord was signed by Lakeside University, China and Kazakhstan.\n");
    assert!(!has_relation(&r, "Lakeside University", "located_in", "China"), "{:?}", relations(&r));
}

#[test]
fn the_university_named_before_a_capital_of_a_province_and_a_country_closing_a_quote() {
    let r = report_of_text(
        "Bay news\n\n\"We share our labs,\" Anna Berg, vice-chancellor of the Bay University, Sri Lanka, said. \
         The secretariat will be at Harbour University, with Tom Hale, president of the university, as its head, \
         a meeting in Kunming, capital of Yunnan province, decided.\n",
    );
    assert!(has_relation(&r, "Anna Berg", "position", "Bay University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Bay University", "located_in", "Sri Lanka"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Person", "Sri Lanka"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Harbour University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Kunming", "located_in", "Yunnan"), "{:?}", relations(&r));
    // a title of some other body after the university names is no post in it
    let r = report_of_text("Bay news\n\nAt Harbour University, Tom Hale, president of the club, spoke.\n");
    assert!(!has_relation(&r, "Tom Hale", "position", "Harbour University"), "{:?}", relations(&r));
}

#[test]
fn people_who_welcomed_the_participants_spoke_and_a_country_in_brackets_after_a_body() {
    let r = report_of_text(
        "Harbour news\n\nOn May 3, the Coastal Expert Forum was held virtually. The participants were welcomed by Deputy Minister Tom Hale and Rector Anna Berg. \
         Delegations came from the Institute of Sea Economy (Republic of Kazakhstan) and other centres.\n",
    );
    for p in ["Tom Hale", "Anna Berg"] {
        assert!(has_relation(&r, p, "spoke_at", "Coastal Expert Forum"), "{p}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Institute of Sea Economy", "located_in", "Kazakhstan"), "{:?}", relations(&r));
    // guests who were welcomed are no speakers
    let r = report_of_text("Harbour news\n\nThe Coastal Expert Forum was held in Tianjin. Deputy Minister Tom Hale was welcomed at the gate.\n");
    assert!(!has_relation(&r, "Tom Hale", "spoke_at", "Coastal Expert Forum"), "{:?}", relations(&r));
}

#[test]
fn a_council_of_think_tanks_its_founders_listed_below_and_items_set_off_by_semicolons() {
    let r = report_of_text(
        "Bay statement\n\n1. The Coastal Think Tanks Council (CTTC) is established comprising the following institutions:\n\n  \
         • Lakeside Institute for Policy Research (LIPR), Japan\n  • Harbour Centre for Sea Studies (HCSS), Thailand\n\n\
         The members attending were: Prof Anna Berg, Chairperson of the CTTC and CEO of the Lakeside Institute for Policy Research (LIPR), Japan; \
         and Mr Tom Hale, Harbour Centre for Sea Studies (HCSS), Thailand.\n",
    );
    assert!(has_entity(&r, "Alliance", "Coastal Think Tanks Council"), "{:?}", entities(&r));
    for (o, c) in [("Lakeside Institute for Policy Research", "Japan"), ("Harbour Centre for Sea Studies", "Thailand")] {
        assert!(has_relation(&r, o, "founding_member", "Coastal Think Tanks Council"), "{o}: {:?}", relations(&r));
        assert!(has_relation(&r, o, "located_in", c), "{o}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Anna Berg", "position", "Coastal Think Tanks Council"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside Institute for Policy Research"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Person", "Tom Hale") && !has_entity(&r, "Person", "Mr Tom Hale"), "{:?}", entities(&r));
    // a council of a city names no alliance
    let r = report_of_text("Bay news\n\nThe Harbour City Council met on Monday.\n");
    assert!(!has_entity(&r, "Alliance", "Harbour City Council"), "{:?}", entities(&r));
}

#[test]
fn a_unit_at_its_university_a_guesthouse_a_chief_executive_officer_and_a_minister_s_portfolios() {
    let r = report_of_text(
        "Bay news\n\nThe forum was organized by the Institute of Bay Studies at Lakeside Normal University (IBSLNU) and held at the Hillside State Guesthouse in Beijing. \
         The Harbour Institute's Chief Executive Officer, Mr Tom Hale, moderated the session. \
         Guests included Anna Berg, Minister of Higher Education, Research and Technology, Republic of Lakeland.\n",
    );
    let unit = "Institute of Bay Studies at Lakeside Normal University";
    assert!(has_entity(&r, "Organization", unit), "{:?}", entities(&r));
    assert!(entity(&r, unit)["aliases"].as_array().is_some_and(|a| a.iter().any(|x| x == "Institute of Bay Studies")), "{:?}", entity(&r, unit));
    assert!(has_entity(&r, "Organization", "Lakeside Normal University"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Place", "Hillside State Guesthouse"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Harbour Institute"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Person", "Officer") && !has_entity(&r, "Person", "Research and Technology"), "{:?}", entities(&r));
    // a forum at a university is held there: no name of one body
    let r = report_of_text("Bay news\n\nThe Coastal Forum opened at Lakeside University on Monday.\n");
    assert!(!labels_of(&r, "Event").iter().any(|e| e.contains("University")), "{:?}", entities(&r));
}

#[test]
fn a_city_of_a_known_name_sub_forums_partners_in_collaboration_and_an_opening_ceremony_in_a_venue() {
    let r = report_of_text(
        "Bay news\n\nThe eighth meeting of the Coastal Think Tanks Forum (CTTF) had its opening ceremony in Hillside State Guesthouse in Beijing. \
         It was organized by the Lakeside Institute in collaboration with the Harbour Institute and the Bay Institute. \
         The Coastal Youth Forum is an important sub-forum of the Coastal Think Tanks Forum. \
         The Bay Expert Forum was held from 3 to 4 May in the Chinese City of Jinhua.\n",
    );
    let forum = "Coastal Think Tanks Forum";
    assert!(has_relation(&r, forum, "held_at", "Hillside State Guesthouse"), "{:?}", relations(&r));
    for o in ["Lakeside Institute", "Harbour Institute", "Bay Institute"] {
        assert!(has_relation(&r, forum, "organizer", o), "{o}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Coastal Youth Forum", "part_of", forum), "{:?}", relations(&r));
    assert!(has_relation(&r, "Bay Expert Forum", "held_at", "Jinhua"), "{:?}", relations(&r));
    // a forum that only mentions another names no part of it
    let r = report_of_text("Bay news\n\nThe Coastal Youth Forum was followed by the Coastal Think Tanks Forum.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "part_of"), "{:?}", relations(&r));
}

#[test]
fn a_bullet_as_wide_as_a_wrapped_line_ends_before_the_next_bullet() {
    let r = report_of_text(
        "Bay statement\n\n1. The Coastal Think Tanks Council (CTTC) is established comprising the following institutions:\n\n  \
         • Lakeside Centre for Contemporary Coastal World Studies (LCCCWS), Japan\n  • Harbour Sciences Research Council (HSRC), South Africa\n\n\
         2. This Coastal Think Tanks Council (CTTC) will form the platform.\n",
    );
    for (o, c) in [("Lakeside Centre for Contemporary Coastal World Studies", "Japan"), ("Harbour Sciences Research Council", "South Africa")] {
        assert!(has_relation(&r, o, "founding_member", "Coastal Think Tanks Council"), "{o}: {:?}", relations(&r));
        assert!(has_relation(&r, o, "located_in", c), "{o}: {:?}", relations(&r));
    }
}

#[test]
fn it_that_became_a_part_of_a_forum_is_the_event_the_sentence_before_opened_with() {
    let r = report_of_text("Bay news\n\nThe Coastal Think Tanks Forum (CTTF) was founded in 2011 by the Lakeside Institute. In 2012, it formally became a part of the Bay Cooperation Forum.\n");
    assert!(has_relation(&r, "Coastal Think Tanks Forum", "part_of", "Bay Cooperation Forum"), "{:?}", relations(&r));
    // `it` inside a clause of someone's saying is no such subject
    let r = report_of_text("Bay news\n\nThe Coastal Think Tanks Forum opened on Monday. In 2012, the Lakeside Institute said it became a part of the Bay Cooperation Forum.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "part_of"), "{:?}", relations(&r));
}

#[test]
fn a_delegation_listed_by_post_body_and_name_with_chinese_names_after_their_body() {
    let r = report_of_text(
        "Bay news\n\nThe delegation of Harbour University included its President Mr. Tom Hale, Director of the Office of International Cooperation and Exchanges Wang Lei, \
         Director of the Science and Technology Division Zhao Changhua, Dean of the School of Marine Science and Technology Zhou Ming, as well as the Chief of the Division of Joint Programs Chen Gang.\n\n\
         Bay University Rector, academician of the Hill Academy of Sciences of the Republic of Kazakhstan Anna Berg, welcomed the guests. \
         It was joined by deputy dean of the College of International Education of the Lakeside University Liu Ming.\n",
    );
    for (p, o) in [
        ("Wang Lei", "Office of International Cooperation and Exchanges"),
        ("Zhao Changhua", "Science and Technology Division"),
        ("Zhou Ming", "School of Marine Science and Technology"),
        ("Chen Gang", "Division of Joint Programs"),
        ("Anna Berg", "Hill Academy of Sciences of the Republic of Kazakhstan"),
    ] {
        assert!(has_relation(&r, p, "position", o), "{p} {o}: {:?}", relations(&r));
    }
    assert!(has_entity(&r, "Person", "Tom Hale") && has_entity(&r, "Person", "Liu Ming"), "{:?}", entities(&r));
    // each name has the post written before it, not the next item's after its comma
    assert!(!has_relation(&r, "Zhou Ming", "position", "Division of Joint Programs"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Tom Hale", "position", "Office of International Cooperation and Exchanges"), "{:?}", relations(&r));
    // a place's name after a bank's is no person's
    let r = report_of_text("Bay news\n\nHe visited the University of Hong Kong and the Bank of China Hong Kong branch.\n");
    assert!(!entities(&r).iter().any(|(ty, _)| ty == "Person"), "{:?}", entities(&r));
}

#[test]
fn a_syllabic_acronym_a_title_s_portfolio_and_a_headline_repeated_under_its_breadcrumb() {
    let r = report_of_text(
        "Main / News / HarNU has signed an agreement on a China-Kazakhstan Joint Laboratory on Soil Science with Bay University\n\
         HarNU has signed an agreement on a China-Kazakhstan Joint Laboratory on Soil Science with Bay University\n\n\
         The guests visited the Harbour National University. Then they were received by the Chairman of the Board – Rector of HarNU Tom Hale. \
         He recalled the state visit of the President of the Republic of Kazakhstan K.K. Sarsenov to China in May. \
         Then member of the Board – HarNU Vice-Rector for Academic Affairs Anna Berg spoke.\n",
    );
    assert!(has_relation(&r, "Tom Hale", "position", "Harbour National University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Harbour National University"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Person", "K.K. Sarsenov"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "China-Kazakhstan Joint Laboratory on Soil Science"), "{:?}", entities(&r));
    // the repeated headline is a line of its own: the university's name does not run into it
    assert!(has_entity(&r, "Organization", "Bay University"), "{:?}", entities(&r));
}

#[test]
fn the_founding_members_include_a_list_of_bodies_each_with_its_own_country() {
    let r = report_of_text(
        "Bay news\n\nThe Coastal Universities Alliance or CUA was launched on 29 April. The founding members include China's Lakeside University and Harbour University, \
         Hong Kong Bay University or HKB, South Korea's Hill National University, Japan's Tokyo Bay University, Malaysia's Penang Hill University, \
         Bay State University of Singapore, University of Laos and Kazakhstan's Steppe University.\n",
    );
    for o in ["Lakeside University", "Harbour University", "Hong Kong Bay University", "Hill National University", "Tokyo Bay University", "Penang Hill University", "Bay State University of Singapore", "University of Laos", "Steppe University"] {
        assert!(has_relation(&r, o, "founding_member", "Coastal Universities Alliance"), "{o}: {:?}", relations(&r));
    }
    for (o, c) in [("Hill National University", "South Korea"), ("Penang Hill University", "Malaysia"), ("Bay State University of Singapore", "Singapore"), ("University of Laos", "Laos")] {
        assert!(has_relation(&r, o, "located_in", c), "{o}: {:?}", relations(&r));
    }
    // each body has its own country: Malaysia's is not the next one's
    assert!(!has_relation(&r, "Bay State University of Singapore", "located_in", "Malaysia"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Hong Kong Bay University", "located_in", "China"), "{:?}", relations(&r));
}

#[test]
fn a_consulate_in_its_city_a_post_in_this_consulate_and_a_portfolio_listed_with_commas() {
    let r = report_of_text(
        "Bay news\n\nThe University hosted representatives of the Consulate General of the People’s Republic of China in Aktobe, \
         Adviser to the Consulate General of the People’s Republic of China Li Wei and Consul of this consulate Zhang Ming. \
         Lakeside University Vice-Rector for Strategic Development, Science and International Cooperation Anna Berg made a presentation. \
         At the end, Tom Hale thanked the guests.\n",
    );
    let consulate = "Consulate General of the People’s Republic of China in Aktobe";
    assert!(has_entity(&r, "Organization", consulate), "{:?}", entities(&r));
    assert!(has_entity(&r, "Place", "Aktobe"), "{:?}", entities(&r));
    assert!(has_relation(&r, consulate, "located_in", "Aktobe"), "{:?}", relations(&r));
    // a consulate of China is China's, not in China
    assert!(!has_relation(&r, consulate, "located_in", "China"), "{:?}", relations(&r));
    // the name without its city is the same consulate; `this consulate` points back to it
    assert!(has_relation(&r, "Li Wei", "position", consulate), "{:?}", relations(&r));
    assert!(has_relation(&r, "Zhang Ming", "position", consulate), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside University"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Person", "Tom Hale"), "{:?}", entities(&r));
    // the formal name of the country is a form of it
    let china = r["entities"].as_array().unwrap().iter().find(|e| e["label"] == "China").expect("China");
    assert!(china["aliases"].as_array().unwrap().iter().any(|a| a == "People’s Republic of China"), "{china:?}");
}

#[test]
fn a_venue_s_city_after_its_name_and_organisers_listed_past_where_they_are_based() {
    let r = report_of_text(
        "Bay news\n\nThe Coastal Think Tank Forum was held on June 20th at Lakeside University Astana, Kazakhstan. \
         The Forum is jointly organized by Harbour Economic Institute (HEI) based in Urumqi, Peoples Republic of China and Hill Development Bank (HDB) \
         with the support of Government of Republic of Kazakhstan.\n",
    );
    assert!(has_entity(&r, "Organization", "Lakeside University"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Coastal Think Tank Forum", "held_at", "Astana"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Coastal Think Tank Forum", "organizer", "Harbour Economic Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Coastal Think Tank Forum", "organizer", "Hill Development Bank"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Harbour Economic Institute", "located_in", "Urumqi"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Urumqi", "located_in", "China"), "{:?}", relations(&r));
    // a government of a country is a body, not the country
    assert!(has_entity(&r, "Organization", "Government of Republic of Kazakhstan"), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Organization", "Peoples Republic of China and Hill Development Bank"), "{:?}", entities(&r));
}

#[test]
fn a_quoted_part_opening_an_alliance_s_name_and_its_founders_listed_after_it() {
    let r = report_of_text(
        "Bay news\n\nOn October 17, the “Coastal Road” University Alliance, jointly established by Lakeside University (LU), Harbour University \
         and Hill University of Russia, was founded in Dunhuang, Gansu Province. Tom Hale, Party chief of Lakeside University, said the alliance would grow.\n",
    );
    for o in ["Lakeside University", "Harbour University", "Hill University"] {
        assert!(has_relation(&r, o, "founding_member", "“Coastal Road” University Alliance"), "{o}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Dunhuang", "located_in", "Gansu"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside University"), "{:?}", relations(&r));
    // a quoted part that no name follows stays outside the next name
    let r = report_of_text("Bay news\n\nThe slogan “Open Doors” Lakeside University wrote on its gate.\n");
    assert!(!entities(&r).iter().any(|(_, n)| n.contains("Open Doors")), "{:?}", entities(&r));
}

#[test]
fn a_university_s_initials_as_a_subject_and_a_headline_s_capitalised_verb() {
    let r = report_of_text(
        "HLU Initiated the Coastal Universities Alliance (CUA)\n\n2015-05-22\n\nThe fair was organized by the Bay Education Department and 21 universities including HLU. \
         HLU made a call in January for creating the CUA together with other universities.\n",
    );
    assert!(has_entity(&r, "Organization", "HLU"), "{:?}", entities(&r));
    assert!(has_relation(&r, "HLU", "founding_member", "Coastal Universities Alliance"), "{:?}", relations(&r));
    // a union's initials are no university's
    let r = report_of_text("Bay news\n\nEAEU members met in Almaty with universities of the region.\n");
    assert!(!has_entity(&r, "Organization", "EAEU") || r["entities"].as_array().unwrap().iter().any(|e| e["label"] == "EAEU" && e["kind"] != "University"), "{:?}", entities(&r));
    // Northwest University is NWU: one body
    let r = report_of_text("Bay news\n\nNorthwest University joined the Coastal Universities Alliance. NWU is elected to be its secretariat.\n");
    assert!(!has_entity(&r, "Organization", "NWU"), "{:?}", entities(&r));
}

#[test]
fn a_title_whose_portfolio_lists_its_fields_with_commas_after_the_name() {
    let r = report_of_text(
        "Bay news\n\n“The concept is to throw the net wider,” said Tom Hale, pro vice-chancellor for partnerships, civic engagement and enterprise at the UK’s Lakeside University.\n",
    );
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside University"), "{:?}", relations(&r));
    // a list of people set off by commas is no portfolio
    let r = report_of_text("Bay news\n\nThe guests were Tom Hale, Anna Berg, Li Wei and Zhang Ming at Lakeside University.\n");
    assert!(!has_relation(&r, "Tom Hale", "position", "Lakeside University"), "{:?}", relations(&r));
}

#[test]
fn a_place_written_with_its_country_as_a_possessive_or_a_demonym_before_city() {
    let r = report_of_text(
        "Bay news\n\nThe twin-city agreement links Kazakhstan’s Aktobe and China's Xi'an. \
         A consulate will open in the Chinese city of Guangzhou, and a fair in the Kazakh city of Shymkent.\n",
    );
    for (place, country) in [("Aktobe", "Kazakhstan"), ("Xi'an", "China"), ("Guangzhou", "China"), ("Shymkent", "Kazakhstan")] {
        assert!(has_relation(&r, place, "located_in", country), "{place} {:?}", relations(&r));
    }
    // a place after a city that is no country's word, or a country's possessive of a person
    let r = report_of_text("Bay news\n\nThey met in the old city of Bukhara. China's Li Wei visited Almaty in Kazakhstan.\n");
    assert!(!relations(&r).iter().any(|(s, p, _, _)| s == "Bukhara" && p == "located_in"), "{:?}", relations(&r));
}

#[test]
fn a_title_set_off_before_a_name_and_another_countrys_ministry() {
    // the rector of X, NAME: the title after `the`, the name after the comma
    let r = report_of_text("Bay news\n\nThe delegation, headed by Anna Berg, was received by the rector of Lakeside University, Tom Hale.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside University"), "{:?}", relations(&r));
    // (A, was received by …: a clause is no title of A's)
    assert!(!has_relation(&r, "Anna Berg", "position", "Lakeside University"), "{:?}", relations(&r));
    // a country after the title's second `of` closes it: no portfolio runs on past the name
    let r = report_of_text(
        "Bay news\n\nThey met during talks between the Minister of Foreign Affairs of the Republic of Kazakhstan, Tom Hale, and Member of the Board of the Lakeside Institute, Anna Berg, Bay News reports via the press service of Kazakhstan's Foreign Ministry.\n",
    );
    let labels: Vec<String> = entities(&r).into_iter().map(|(_, l)| l).collect();
    assert!(!labels.iter().any(|l| l.contains("Tom Hale") && l != "Tom Hale"), "{labels:?}");
    assert!(!has_relation(&r, "Tom Hale", "position", "Lakeside Institute"), "{:?}", relations(&r));
    // Kazakhstan's Foreign Ministry is not the Chinese one the lexicon knows as Foreign Ministry
    assert!(has_entity(&r, "Organization", "Kazakhstan's Foreign Ministry"), "{labels:?}");
    assert!(!has_entity(&r, "Organization", "Ministry of Foreign Affairs"), "{labels:?}");
    let r = report_of_text("Bay news\n\nChina's Foreign Ministry said the talks went well.\n");
    assert!(has_entity(&r, "Organization", "Ministry of Foreign Affairs"), "{:?}", entities(&r));
}

#[test]
fn a_meetings_quoted_theme_after_its_name_is_no_meeting_of_its_own() {
    let r = report_of_text(
        "Bay news\n\nThe visit follows the Lakeside-Bay Forum “Innovative Cooperation in the Field of Education, Science and Technology,” held yesterday, June 1-2, in the city of Samarkand.\n",
    );
    let events: Vec<String> = entities(&r).into_iter().filter(|(t, _)| t == "Event").map(|(_, l)| l).collect();
    assert_eq!(events, vec!["Lakeside-Bay Forum".to_string()]);
    assert!(has_relation(&r, "Lakeside-Bay Forum", "held_at", "Samarkand"), "{:?}", relations(&r));
    // a quoted title after the word forum still names the meeting
    let r = report_of_text("Bay news\n\nThe forum “Digital Bridges for Coastal Cities” opened in Samarkand.\n");
    assert!(entities(&r).iter().any(|(t, l)| t == "Event" && l.contains("Digital Bridges")), "{:?}", entities(&r));
}

#[test]
fn a_pinyin_name_before_a_verb_is_a_person_but_not_a_road_named_after_one() {
    let r = report_of_text("Bay news\n\nPresident Tom Hale and Chinese leader Xi Wenming inked the joint communique in Xi'an.\n");
    assert!(has_entity(&r, "Person", "Xi Wenming"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Place", "Xi'an"), "{:?}", entities(&r));
    let r = report_of_text("Bay news\n\nThe Zhang Heng Road opened in May.\n");
    assert!(!entities(&r).iter().any(|(t, _)| t == "Person"), "{:?}", entities(&r));
}

#[test]
fn a_quoted_title_runs_to_its_close_a_country_closes_a_ministry_and_a_centre_placed_abroad() {
    let r = report_of_text(
        "Bay news\n\nGuests attended the unveiling ceremony of the China Harbour Center in Samarkand, Uzbekistan. \
         The two universities also signed the \"Memorandum of Understanding on Joint Research between Lakeside University and Steppe State University.\" \
         Tom Hale extended a warm welcome to the Ministry of Education of China and LU at the ceremony. Lakeside University (LU) sent a delegation.\n",
    );
    assert!(has_entity(&r, "Document", "Memorandum of Understanding on Joint Research between Lakeside University and Steppe State University"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "Ministry of Education of China"), "{:?}", entities(&r));
    let r2 = report_of_text("Bay news\n\nThe Center for Legal Studies of China and Central Asia opened.\n");
    assert!(has_entity(&r2, "Organization", "Center for Legal Studies of China and Central Asia"), "{:?}", entities(&r2));
    // the country its name studies is not where the centre is: the article places it abroad
    assert!(has_relation(&r, "China Harbour Center", "located_in", "Samarkand"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "China Harbour Center", "located_in", "China"), "{:?}", relations(&r));
    // (with no other place stated, the name's country stays)
    let r = report_of_text("Bay news\n\nThe China Lakeside Center opened on Monday with Tom Hale, its director.\n");
    assert!(has_relation(&r, "China Lakeside Center", "located_in", "China"), "{:?}", relations(&r));
}

#[test]
fn a_title_with_its_modifier_and_stacked_honorifics_before_a_name_after_the_body() {
    let r = report_of_text(
        "Bay news\n\nThe Coastal Universities Association was established under the leadership of Lakeside Technical University (LTU). \
         LTU Deputy Rector Anna Berg started her speech. LTU Rector Prof.Dr. Tom Hale will lead the Association. \
         Thanking them, Dr. Ali Khan, Chairman of LTU's Board of Trustees, said so. Guests came from Macedonia.\n",
    );
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside Technical University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Technical University"), "{:?}", relations(&r));
    let people: Vec<String> = entities(&r).into_iter().filter(|(t, _)| t == "Person").map(|(_, l)| l).collect();
    assert!(people.iter().all(|p| !p.starts_with("Prof") && !p.contains("Board")), "{people:?}");
    assert!(has_entity(&r, "Country", "North Macedonia"), "{:?}", entities(&r));
    let r = report_of_text("Bay news\n\nLi Wei, Deputy Director of the Division of Coastal and Island Lakeside Institutes, read the letter. Tom Hale, Chairman of the Bay City Councilor, came.\n");
    let people = labels_of(&r, "Person");
    assert!(people.iter().all(|p| !p.contains("Institutes") && !p.contains("Councilor")), "{people:?}");
}

#[test]
fn the_body_under_whose_leadership_an_alliance_was_established_founds_it() {
    let r = report_of_text("Bay news\n\nOn April 29, 2016, the \"Coastal Universities Association\" was established under the leadership of Lakeside Technical University (LTU).\n");
    assert!(has_relation(&r, "Lakeside Technical University", "founding_member", "Coastal Universities Association"), "{:?}", relations(&r));
    // (a body that leads an alliance already there founds nothing)
    let r = report_of_text("Bay news\n\nThe Coastal Universities Association, founded in 2016, met under the leadership of Lakeside Technical University.\n");
    assert!(!has_relation(&r, "Lakeside Technical University", "founding_member", "Coastal Universities Association"), "{:?}", relations(&r));
}

#[test]
fn a_list_of_names_each_followed_by_its_title_keeps_each_title_with_its_name() {
    let r = report_of_text(
        "Bay news\n\nMore than 500 people attended the event including Anna Berg, Minister of Lakeside Ministry of Education, Tom Hale, President of Bay Humanities University, Wang Lei, Executive Deputy Head of the Publicity Department of the Bay Party, and Li Wei.\n",
    );
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside Ministry of Education"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Bay Humanities University"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Tom Hale", "position", "Lakeside Ministry of Education"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Wang Lei", "position", "Bay Humanities University"), "{:?}", relations(&r));
    // (a clause after the first name, then the title set off before the second: the second's)
    let r = report_of_text("Bay news\n\nThe delegation, headed by the chairman of the party committee, Li Wei, was received by the rector of the Steppe National University, Tom Hale.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Steppe National University"), "{:?}", relations(&r));
}

#[test]
fn a_body_named_after_a_person_and_a_faculty_of_an_institute_with_two_fields() {
    let r = report_of_text(
        "Bay news\n\nThe forum was held at Lakeside State University named after I. Berg. \
         It was organized by the Bay Faculty of the Coastal Languages and Harbour Relations Institute named after Sh. Hale. \
         The Dean of the Faculty of Law and Harbour University staff came.\n",
    );
    assert!(has_entity(&r, "Organization", "Lakeside State University named after I. Berg"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "Bay Faculty of the Coastal Languages and Harbour Relations Institute named after Sh. Hale"), "{:?}", entities(&r));
    // (of without the: two bodies)
    assert!(has_entity(&r, "Organization", "Harbour University"), "{:?}", entities(&r));
}

#[test]
fn broadcasters_a_headquarters_and_a_ceremony_named_by_what_it_unveils() {
    let r = report_of_text(
        "Bay News\n\nThe event was reported by Lakeside First TV, the Bay National Channel and the Harbour Institute Headquarters (HIH). \
         On June 10th, the opening ceremony of the Unveiling Ceremony of “Bay Pavilion” was held in Bishkek.\n",
    );
    for (ty, name) in [("Organization", "Lakeside First TV"), ("Organization", "Bay National Channel"), ("Organization", "Harbour Institute Headquarters"), ("Event", "Unveiling Ceremony of Bay Pavilion")] {
        assert!(has_entity(&r, ty, name), "{name} {:?}", entities(&r));
    }
    assert!(has_relation(&r, "Unveiling Ceremony of Bay Pavilion", "held_at", "Bishkek"), "{:?}", relations(&r));
}

#[test]
fn a_title_of_a_body_a_few_lower_case_words_describe() {
    let r = report_of_text("Bay news\n\nThe AUA is aimed at shaping Asia, according to Tom Hale, President of the initiating member Lakeside University of China. Anna Berg attended the launch.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside University"), "{:?}", relations(&r));
    let r = report_of_text("Bay news\n\nAnna Berg, President of the host university Harbour University, opened the forum.\n");
    assert!(has_relation(&r, "Anna Berg", "position", "Harbour University"), "{:?}", relations(&r));
    // (a clause of more words is no description of the body)
    let r = report_of_text("Bay news\n\nTom Hale, who spoke of the need to work with and learn from Lakeside University, left.\n");
    assert!(!has_relation(&r, "Tom Hale", "position", "Lakeside University"), "{:?}", relations(&r));
}

#[test]
fn initialled_names_a_chinese_name_after_and_a_school_of_its_country() {
    let r = report_of_text("Online Meeting\n\nOn November 14, 2023, a meeting was held between Lakeside State University of Oriental Studies and Tan Weiming, vice-rector of Bay University of the People’s Republic of China. Vice-rector for research N.Karimov, dean of the Faculty of Bay Studies K.Imamov and associate professor of the Faculty of Bay Studies F.Saidova took part in the meeting.\n");
    for body in ["Lakeside State University of Oriental Studies", "Bay University", "Faculty of Bay Studies"] {
        assert!(has_entity(&r, "Organization", body), "{body}: {:?}", entities(&r));
    }
    for person in ["Tan Weiming", "K.Imamov", "F.Saidova", "N.Karimov"] {
        assert!(has_entity(&r, "Person", person), "{person}: {:?}", entities(&r));
    }
    assert!(has_relation(&r, "Tan Weiming", "position", "Bay University"));
    assert!(has_relation(&r, "Bay University", "located_in", "China"));
    assert!(has_relation(&r, "K.Imamov", "position", "Faculty of Bay Studies"));
    // (N.Karimov's title is his own; the dean's comes after the next name)
    assert!(!has_relation(&r, "N.Karimov", "position", "Faculty of Bay Studies"), "{:?}", relations(&r));
}

#[test]
fn a_body_under_a_ministry_a_publisher_a_project_in_lower_case_and_an_alliance_founding_assembly() {
    let r = report_of_text("Visit\n\nA delegation of the Agency for Lakeside Development under the Ministry of Higher Education, Science and Innovation, as part of the Harbour Bridge project, visited the Bay Technical Institute of the Steppe University of Technology of China and the Coastal Higher Education Publishing House.\n\nThe Lakeside Universities Alliance Founding Assembly was held in Beijing.\n");
    for (ty, label) in [
        ("Organization", "Agency for Lakeside Development under the Ministry of Higher Education, Science and Innovation"),
        ("Organization", "Ministry of Higher Education, Science and Innovation"),
        ("Organization", "Bay Technical Institute of the Steppe University of Technology"),
        ("Organization", "Coastal Higher Education Publishing House"),
        ("Project", "Harbour Bridge"),
        ("Event", "Lakeside Universities Alliance Founding Assembly"),
        ("Alliance", "Lakeside Universities Alliance"),
    ] {
        assert!(has_entity(&r, ty, label), "{ty} {label}: {:?}", entities(&r));
    }
    assert!(has_relation(&r, "Lakeside Universities Alliance", "established_at", "Lakeside Universities Alliance Founding Assembly"));
    // (a national academy needs its country: the name stays whole)
    let r = report_of_text("Visit\n\nThe National Academy of Sciences of the Republic of Kazakhstan hosted the delegation.\n");
    assert!(has_entity(&r, "Organization", "National Academy of Sciences of the Republic of Kazakhstan"), "{:?}", entities(&r));
}

#[test]
fn spaced_initials_an_embassy_in_a_country_a_portfolio_list_and_a_field_after_a_comma_series() {
    let r = report_of_text("Meeting\n\nThe meeting was attended by Lakeside University Vice-Rector for International Cooperation A. Nosirov and Director of the Bay Institute A. Sharapov. Among the guests were Xing Fangfang, Chargé d’Affaires of the Chinese Embassy in Kazakhstan; Anna Berg, Vice President for Student Affairs and International Cooperation at Lakeside University; and Tom Hale, Director of the Institute of Russian, Eastern European and Central Asian Studies at the Harbour Academy of Social Sciences. The alliance was launched in the presence of Vice-Premier Liu Yandong.\n");
    for person in ["A. Nosirov", "A. Sharapov", "Xing Fangfang", "Anna Berg", "Tom Hale", "Liu Yandong"] {
        assert!(has_entity(&r, "Person", person), "{person}: {:?}", entities(&r));
    }
    for body in ["Chinese Embassy in Kazakhstan", "Institute of Russian, Eastern European and Central Asian Studies"] {
        assert!(has_entity(&r, "Organization", body), "{body}: {:?}", entities(&r));
    }
    // (a portfolio's words and a field's words name nobody)
    for not_person in ["International Cooperation", "Asian Studies"] {
        assert!(!has_entity(&r, "Person", not_person), "{not_person}: {:?}", entities(&r));
    }
    assert!(has_relation(&r, "A. Nosirov", "position", "Lakeside University"));
    assert!(has_relation(&r, "Xing Fangfang", "position", "Chinese Embassy in Kazakhstan"));
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside University"));
    assert!(has_relation(&r, "Tom Hale", "position", "Institute of Russian, Eastern European and Central Asian Studies"));
}

#[test]
fn an_acronym_of_several_parts_a_headline_s_new_and_the_consortium_an_article_founds() {
    let text = "New Bay Universities Alliance to raise mobility\n\nA new alliance of universities has been formed. The consortium, initiated by Lakeside University in March 2016, will start this year. The Bay University Alliance (B&H UA) was launched in Beijing. Professor Li Hua, executive secretary-general of B&H UA and vice-president of Lakeside University, said that cooperation matters.\n";
    let r = report_of_text(text);
    assert!(!has_entity(&r, "Alliance", "New Bay Universities Alliance"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Lakeside University", "founding_member", "Bay Universities Alliance"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Li Hua", "position", "Bay Universities Alliance"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Li Hua", "position", "Lakeside University"));
    // (two alliances named before: the consortium is neither)
    let r = report_of_text("Report\n\nThe Bay Network and the Harbour Alliance met. The consortium, initiated by Lakeside University, will grow.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "founding_member"), "{:?}", relations(&r));
}

#[test]
fn lower_case_titles_before_a_name_and_after_a_body_set_off_by_commas() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("titles.txt");
    std::fs::write(&path, "Bay joins Harbour Network\n\nTom Hale, Bay vice-chancellor, said the move was natural.\n\nMeanwhile, Network chief executive Ann Lee and chair Sam Reed travelled to Lakeside.\n").unwrap();
    let r = report(&[extract_file(&path)]);
    let people = labels_of(&r, "Person");
    for name in ["Tom Hale", "Ann Lee", "Sam Reed"] {
        assert!(people.contains(&name.to_string()), "{name} in {people:?}");
    }
}

#[test]
fn a_headline_verb_ends_a_name_a_unit_at_its_university_after_an_acronym_and_the_seminar_it_names() {
    let text = "Chairman of the Standing Committee of the NPC Li Hua Attends the Opening Ceremony of the Seminar “Lakes and Rivers—Ten Years of the Bay Institute”\n\n\
On May 3rd, Li Hua visited the Lotus Language Institute (LLI) at Lakeside State University of Oriental Studies (LSUOS) and attended the opening ceremony of “Lakes and Rivers—Ten Years of the Bay Institute” Seminar. \
In his speech, Li Hua praised the exchanges. Minister of Education Wang Ming accompanied Li Hua and delivered a keynote speech. \
Guests included Anna Berg, Chairperson of the Senate of Kazakhstan; Timur Karimov, Deputy Speaker of the Legislative Chamber of the Bay Assembly; and Ravshan Ergashev, Rector of LSUOS. \
LSUOS, Harbour University, and the Bay Education Foundation jointly organized the Seminar.\n";
    let r = report_of_text(text);
    let seminar = "Lakes and Rivers—Ten Years of the Bay Institute Seminar";
    for (ty, label) in [("Event", seminar), ("Organization", "Lotus Language Institute at Lakeside State University of Oriental Studies"), ("Organization", "Senate of Kazakhstan"), ("Person", "Wang Ming")] {
        assert!(has_entity(&r, ty, label), "missing {ty} {label}: {:?}", entities(&r));
    }
    // one seminar, and no meeting or body made of the headline's words
    assert_eq!(labels_of(&r, "Event"), vec![seminar.to_string()], "{:?}", entities(&r));
    assert!(labels_of(&r, "Person").iter().all(|p| !p.contains("Attends")), "{:?}", entities(&r));
    assert!(has_relation(&r, "Li Hua", "position", "Standing Committee of the National People's Congress"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Timur Karimov", "position", "Legislative Chamber of the Bay Assembly"), "{:?}", relations(&r));
    for speaker in ["Li Hua", "Wang Ming"] {
        assert!(has_relation(&r, speaker, "spoke_at", seminar), "{speaker} {:?}", relations(&r));
    }
    for host in ["Harbour University", "Bay Education Foundation"] {
        assert!(has_relation(&r, seminar, "organizer", host), "{host} {:?}", relations(&r));
    }
}

#[test]
fn an_envoy_holds_the_post_in_the_mission_the_article_names() {
    let text = "Bay Institute Marks Ten Years\n\nPresent were Li Hua, Chinese Ambassador to Uruguay, and Anna Berg, Vice-president of Lakeside Normal University. On behalf of the Chinese Embassy in Uruguay, Ambassador Li Hua extended greetings. The Lotus Language Institute in Bay Federal University hosted them.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Li Hua", "position", "Chinese Embassy in Uruguay"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside Normal University"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "Lotus Language Institute in Bay Federal University") && has_entity(&r, "Organization", "Bay Federal University"), "{:?}", entities(&r));
    // no mission named: the ambassador holds no post
    let r = report_of_text("Talks\n\nLi Hua, Chinese Ambassador to Uruguay, spoke.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "position"), "{:?}", relations(&r));
}

#[test]
fn a_quoted_meeting_named_with_its_network_and_the_new_members_it_accepted() {
    let text = "Bay Network Meeting Held\n\nThe “Bay Think Tank Network (BTTN) Online Annual Meeting 2020” was held on September 29, 2020, hosted by the Secretariat of BTTN. Heads of 30 organizations, including the Lakeside Research Consortium (LRC), joined the meeting. The Annual Meeting accepted three new members and partners, namely the Harbour Institute of Economics, the Bay Foundation and Hill University.\n";
    let r = report_of_text(text);
    let meeting = "Bay Think Tank Network Online Annual Meeting 2020";
    assert!(has_entity(&r, "Event", meeting), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Event", "Annual Meeting") && !has_entity(&r, "Event", "Online Annual Meeting 2020"), "{:?}", entities(&r));
    assert!(has_relation(&r, meeting, "organizer", "Secretariat of BTTN"), "{:?}", relations(&r));
    for m in ["Harbour Institute of Economics", "Bay Foundation", "Hill University"] {
        assert!(has_relation(&r, m, "member", "Bay Think Tank Network"), "{m} {:?}", relations(&r));
    }
    // the participants who joined the meeting joined no network
    assert!(!relations(&r).iter().any(|x| x.0.starts_with("Lakeside") && x.1 == "member"), "{:?}", relations(&r));
}

#[test]
fn a_wire_dateline_with_its_country_pinyin_names_bodies_listed_with_companies_and_subject_posts() {
    let r = report(&[extract_file(&fixture("en_wire_meetings_and_company_heads.txt"))]);
    // LAKESIDE, Uzbekistan, April 9 (after a page's date stamp): a place the lexicon lacks, in its country
    assert!(has_entity(&r, "Place", "Lakeside"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Lakeside", "located_in", "Uzbekistan"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Place", "Harbour Autonomous Prefecture"), "{:?}", entities(&r));
    // a pinyin family and given name between lower-case words
    for person in ["Wang Minghui", "Meng Jianhua"] {
        assert!(has_entity(&r, "Person", person), "{person}: {:?}", entities(&r));
    }
    // items of a list with companies named by their head words are companies too
    for company in ["Lotus Gold", "Bay Coal Resources", "Poly Bay", "Mirai", "Green Fields"] {
        assert!(has_entity(&r, "Organization", company), "{company}: {:?}", entities(&r));
    }
    // a title that fits the body the sentence opens with is a post there
    assert!(has_relation(&r, "Anvar Tolibov", "position", "Chamber of Trade of Uzbekistan"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Rustam Karimov", "position", "Ministry of Energy"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Li Hua", "position", "Bay Development Agency"), "{:?}", relations(&r));
    // a president welcomed by a university holds no post in it; a medium is no subject's chair
    assert!(!has_relation(&r, "Karim Said", "position", "Bay University"), "{:?}", relations(&r));
    assert!(!relations(&r).iter().any(|(s, p, o, _)| s == "Li Hua" && p == "position" && o == "Ministry of Energy"), "{:?}", relations(&r));
}

#[test]
fn legal_forms_headline_names_academicians_bodies_without_their_country_and_workshops_built() {
    let r = report(&[extract_file(&fixture("en_wire_meetings_and_company_heads.txt"))]);
    for company in ["Lotus Vet Technology Co., Ltd.", "Bay Research Institute Biotechnology Co., Ltd."] {
        assert!(has_entity(&r, "Organization", company), "{company}: {:?}", entities(&r));
    }
    // a pinyin name in a headline's title case is two words
    assert!(has_entity(&r, "Person", "Wang Haiming"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Karim Rahimov", "position", "National Academy of Sciences of Uzbekistan"), "{:?}", relations(&r));
    // the academy without its country is the same body
    assert_eq!(labels_of(&r, "Organization").iter().filter(|l| l.starts_with("National Academy")).count(), 1, "{:?}", labels_of(&r, "Organization"));
    // a workshop that is built is a project, not a meeting
    assert!(has_entity(&r, "Project", "Lotus Workshop in Kazakhstan"), "{:?}", entities(&r));
    // a post titled by the body's party organ is a post in the body; the organ names no body
    assert!(has_relation(&r, "Li Ming", "position", "Bay Development Agency"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.contains("Party Leadership Group")), "{:?}", labels_of(&r, "Organization"));
    // a body the lexicon knows, written in lower case, founded the network it initiated
    assert!(has_relation(&r, "Development Research Center of the State Council", "founding_member", "Harbour Think Tank Network"), "{:?}", relations(&r));
}

#[test]
fn officials_listed_at_a_joint_meeting_with_their_bodies_and_the_places_in_their_names() {
    let r = report(&[extract_file(&fixture("en_joint_meeting_officials.txt"))]);
    // … in Central Asia and the South Caucasus: a second region after the name's `in` region;
    // the headline's year and participle (Held) are no part of another meeting
    let meeting = "2024 Joint Meeting of Lotus Institutes in Central Asia and the South Caucasus";
    assert!(has_relation(&r, meeting, "held_at", "Dushanbe"), "{:?}", relations(&r));
    assert_eq!(entities(&r).iter().filter(|(ty, _)| ty == "Event").count(), 2, "{:?}", entities(&r));
    // Committee on A, B and C: a committee's fields; Region, and Liu Ming: the next person
    assert!(has_relation(&r, "Karim Nazarov", "position", "Lower House Committee on Energy, Transport and Water Policy"));
    assert!(has_relation(&r, "Wang Gang", "position", "Education Department of Ningxia Hui Autonomous Region"));
    assert!(has_relation(&r, "Liu Ming", "position", "Lotus Office"));
    // a list that opens with a name has every title after its name: first Vice President of X, Zhou Ping
    assert!(has_relation(&r, "Rustam Olimov", "position", "Steppe Technical University"));
    assert!(!has_relation(&r, "Zhou Ping", "position", "Steppe Technical University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Zhou Ping", "position", "Chinese Embassy in Mongolia"));
    // places closing a body's name: a region after `of` with its level, a country after `in`
    assert!(has_relation(&r, "Education Department of Ningxia Hui Autonomous Region", "located_in", "Ningxia"));
    assert!(has_relation(&r, "Chinese Embassy in Mongolia", "located_in", "Mongolia"));
    // … said in his speech that President Zhao Ming has stressed …: quoted, no speaker
    assert!(has_relation(&r, "Zhou Ping", "spoke_at", meeting));
    assert!(!has_relation(&r, "Zhao Ming", "spoke_at", meeting), "{:?}", relations(&r));
    // Deputy Speaker of Kazakhstan's Tolkyn: a country's body named without a head word
    assert!(has_relation(&r, "Arman Sadykov", "position", "Tolkyn"));
    assert!(has_relation(&r, "Tolkyn", "located_in", "Kazakhstan"));
    // the … (CPPCC) National Committee: the lexicon's body, its organ no body; the Peoples Daily: a
    // lexicon name without its apostrophe
    assert!(has_relation(&r, "Li Hua", "position", "Chinese People's Political Consultative Conference"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Organization", "National Committee"));
    assert!(has_entity(&r, "Organization", "People's Daily"), "{:?}", entities(&r));
    // Minister of Energy and Water of Uzbekistan NAME … the Ministry of Energy and Water
    assert!(has_relation(&r, "Sardor Rakhimov", "position", "Ministry of Energy and Water"), "{:?}", relations(&r));
    // countries joined by dashes, a short form in brackets, then the work: a project
    let railway = "Tajikistan-Mongolia railway";
    for country in ["Tajikistan", "Mongolia"] {
        assert!(has_relation(&r, railway, "participant", country), "{country}: {:?}", relations(&r));
    }
    assert!(entity(&r, railway)["aliases"].as_array().unwrap().iter().any(|a| a == "TMR"));
    // held at Alma-Ata: the city's other English name; the same meeting written without `the`
    assert!(has_relation(&r, "Quartet Meeting on the Lotus Institute", "held_at", "Almaty"));
    assert!(!has_entity(&r, "Event", "Quartet Meeting on Lotus Institute"));
    // As pointed out by A, …: A's words
    assert!(has_relation(&r, "Aibek Sarsenov", "spoke_at", meeting));
    // the Lotus Institute at Bay Humanities University Monday: the weekday is no part of it
    assert!(has_relation(&r, "Wang Lei", "position", "Lotus Institute at Bay Humanities University"));
}

#[test]
fn a_wire_dateline_with_its_agency_a_possessive_inside_a_meeting_board_chairs_and_two_names_of_a_country() {
    let r = report(&[extract_file(&fixture("en_wire_rectors_dialogue.txt"))]);
    // ASTANA. BAYNEWS - …: the dateline closed by a full stop and the agency
    assert!(has_entity(&r, "Place", "Astana"), "{:?}", entities(&r));
    // Teachers' … Dialogue: a possessive inside a meeting's name; Lotus New Area: a place
    let dialogue = "China-Kazakhstan Teachers' Cooperation Dialogue";
    assert!(has_relation(&r, dialogue, "held_at", "Lotus New Area"), "{:?}", relations(&r));
    // Chairman of the Board - Rector, Chairman of the Board of Directors: posts in the body
    assert!(has_relation(&r, "Arman Sadykov", "position", "Steppe National University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Aidos Nurov", "position", "Steppe National University"), "{:?}", relations(&r));
    // the Lotus Council of China and of the PRC: one body
    let councils: Vec<String> = labels_of(&r, "Organization").into_iter().filter(|l| l.starts_with("Lotus Council")).collect();
    assert_eq!(councils.len(), 1, "{councils:?}");
    assert!(has_relation(&r, "Wang Ming", "position", &councils[0]) && has_relation(&r, "Tian Hua", "position", &councils[0]), "{:?}", relations(&r));
}

#[test]
fn a_body_named_after_a_person_either_way_a_delegation_s_head_and_a_memorandum_of_no_name() {
    let r = report(&[extract_file(&fixture("en_agri_delegations.txt"))]);
    // Lakeside Regional University named after Tolkyn is the Tolkyn Lakeside Regional University
    let lakeside: Vec<String> = labels_of(&r, "Organization").into_iter().filter(|l| l.contains("Lakeside")).collect();
    assert_eq!(lakeside.len(), 1, "{lakeside:?}");
    // the delegation of X headed by rector A: A is X's rector
    assert!(has_relation(&r, "Arman Seitov", "position", &lakeside[0]), "{:?}", relations(&r));
    // led by Pr. A: the one who leads is a person, with no title the rule knows
    assert!(has_entity(&r, "Person", "Lin Weixing"), "{:?}", entities(&r));
    assert!(!has_relation(&r, "Lin Weixing", "position", "Bay Agricultural University"), "{:?}", relations(&r));
    // a Memorandum of Understanding names the kind of paper, not a document
    assert!(labels_of(&r, "Document").is_empty(), "{:?}", entities(&r));
}

#[test]
fn bare_titles_set_off_by_commas_an_address_after_a_body_and_a_network_sponsored_by_its_founders() {
    let r = report_of_text(
        "Karachi: On 3rd May 2024, a Memorandum of Understanding was signed between Steppe Institute for Policy Studies (StIPS), Almaty, Kazakhstan and Center for Bay & Harbour Studies (CBHS), Karachi, Pakistan.\n\n\
         Dr. Aigul Temirova, Director, StIPS, expressed interest in joint research.\n\n\
         Mr. Omar Farid Shah, Executive Director CBHS stated that the center has worked with many institutes.\n\n\
         Mr. Daniyar Kassen, Deputy Head of Mission, Embassy of the Republic of Kazakhstan, Karachi stated that the Embassy supports the partnership.\n\n\
         During the meeting with the Chairman of the Institute, Dr. Tom Hale, the director of the Steppe Institute for Policy Studies, Aigul Temirova, noted the ties.\n\n\
         A delegation of the Lotus Institute of World Affairs headed by its Director Berik Sadykov has met experts in Beijing.\n\n\
         Beijing, 24/4/2024, announced the establishment of the Harbour Studies Network jointly sponsored by Xinhua News Agency and 12 research centers.\n",
    );
    let rel = relations(&r);
    for (person, body) in [("Aigul Temirova", "Steppe Institute for Policy Studies"), ("Omar Farid Shah", "Center for Bay & Harbour Studies"), ("Daniyar Kassen", "Embassy of the Republic of Kazakhstan"), ("Berik Sadykov", "Lotus Institute of World Affairs")] {
        assert!(rel.iter().any(|x| x.0 == person && x.1 == "position" && x.2.starts_with(body)), "{person}: {rel:?}");
    }
    // the director of X, B: the title is the name's after it, not the Chairman's before it
    assert!(!has_relation(&r, "Tom Hale", "position", "Steppe Institute for Policy Studies"), "{rel:?}");
    assert!(has_relation(&r, "Center for Bay & Harbour Studies", "located_in", "Karachi"), "{rel:?}");
    // (an acronym with lower-case letters is still one: StIPS)
    assert!(rel.iter().any(|x| x.0.starts_with("Steppe Institute") && x.1 == "located_in" && x.2 == "Almaty"), "{rel:?}");
    assert!(has_relation(&r, "Embassy of the Republic of Kazakhstan", "located_in", "Karachi"), "{rel:?}");
    assert!(has_relation(&r, "Xinhua News Agency", "founding_member", "Harbour Studies Network"), "{rel:?}");
    // the body under its patron and the body alone: one body
    let r = report_of_text("A memorandum was signed between the Steppe Institute for Policy Studies under the President of the Republic of Kazakhstan and Lotus University.\n\nThe Steppe Institute for Policy Studies will host the next meeting.\n");
    let steppe: Vec<String> = labels_of(&r, "Organization").into_iter().filter(|l| l.starts_with("Steppe")).collect();
    assert_eq!(steppe.len(), 1, "{steppe:?}");
    // a byline of initials is no document; a body's possessive in a name's `of` tail stays in it
    let r = report_of_text(" date 2024-05-03 B.N. Report\n\nKarachi: Talks were held with the Lotus Social Research Institute of the Bay State Council’s Policy Research Center. The Bay Institute released the Harbour Economy Report 2024.\n");
    assert_eq!(labels_of(&r, "Document"), vec!["Harbour Economy Report 2024"], "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "Lotus Social Research Institute of the Bay State Council’s Policy Research Center"), "{:?}", entities(&r));
    // TITLE of ORG, (TITLE) NAME and …: names set off after their titles, a title ends a ministry's
    // portfolios; a body under a country's ministry keeps the possessive in its name
    let r = report_of_text("Chairman of the Board of the Harbour Policy Institute of Lotus Ministry of Foreign Affairs, Ambassador Tom Hale and Director of the Steppe Institute of Trade Relations of Greece, Peter Novak signed a memorandum.\n\nExperts met the Bay Institute for Trade Studies under Kazakhstan’s Foreign Ministry.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Harbour Policy Institute of Lotus Ministry of Foreign Affairs"), "{:?}", relations(&r));
    assert!(relations(&r).iter().any(|x| x.0 == "Peter Novak" && x.1 == "position" && x.2.starts_with("Steppe Institute of Trade Relations")), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "Bay Institute for Trade Studies under Kazakhstan’s Foreign Ministry"), "{:?}", entities(&r));
    // TITLE at ORG NAME: the body's name ends at its head, the name after it is the title's holder
    let r = report_of_text("The delegation included Distinguished Fellow of Harbour Foundation of Canada and Professor at Lakeside University Tom Hale and Senior Fellow at the Bay Institute Anna Berg.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Bay Institute"), "{:?}", relations(&r));
    // a headline's meeting that kicks off in a city is held there
    let r = report_of_text("The Lotus Forum kicks off in Astana\n\nExperts from ten countries met at the forum.\n");
    assert!(has_relation(&r, "Lotus Forum", "held_at", "Astana"), "{:?}", relations(&r));
    // (the members a delegation included are no speakers of the meeting it went to)
    let r = report_of_text("Bay experts visit Lotus Forum\n\nBay experts took part in the Lotus International Forum in Astana. The delegation included Professor at Lakeside University Tom Hale.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "spoke_at"), "{:?}", relations(&r));
}

#[test]
fn acronyms_inside_names_lower_case_titles_and_bodies_named_by_their_place_or_programme() {
    let r = report_of_text(
        "Bayport hosted the First Lakeside Marine Organization (LMO) People's Forum on 3 May.\n\n\
         A memorandum was signed between the Lakeside Regional Marine Cooperation (LRMC) Institute and Steppe University.\n\n\
         Vice-Rector for International Relations of the HMU, Prof. S.Halev met the guests. The Harbour Medical University (HMU) hosted them.\n\n\
         Talks were held between the SI Director V. Lakov and the BHI Director S. Berg in Washington.\n\n\
         The Stockholm based Institute for Marine Policy joined the talks.\n\n\
         In 2023 the Asian Bank pursued the establishment of a Steppe Think Tank Network (STTN).\n\n\
         Anna Berg, head of the Marine Studies Program, Steppe Institute for Policy Research, spoke at the forum.\n\n\
         The United Nations Development Program and the Rural Development Program were discussed.\n\n\
         Director of the Lotus Institute of Marine Studies (LIMS) prof. Li Wei attended. Associate Professor of Steppe University Peter Novak spoke.\n",
    );
    // an acronym inside a name belongs to the name, and the name with it is an alias
    let forum = "First Lakeside Marine Organization People's Forum";
    assert!(has_entity(&r, "Event", forum), "{:?}", entities(&r));
    assert!(entity(&r, forum)["aliases"].as_array().unwrap().iter().any(|a| a == "LMO People's Forum"));
    assert!(has_entity(&r, "Organization", "Lakeside Regional Marine Cooperation Institute"), "{:?}", entities(&r));
    // a title with its portfolio before `of the ACRONYM`: the body the acronym stands for
    assert!(has_relation(&r, "S.Halev", "position", "Harbour Medical University"), "{:?}", relations(&r));
    // the ACRONYM Director NAME … in Washington: the place is no part of the name
    assert!(has_relation(&r, "S. Berg", "position", "BHI"), "{:?}", relations(&r));
    assert!(!entities(&r).iter().any(|(_, l)| l.ends_with("in Washington")), "{:?}", entities(&r));
    assert!(has_relation(&r, "Institute for Marine Policy", "located_in", "Stockholm"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Asian Bank", "founding_member", "Steppe Think Tank Network"), "{:?}", relations(&r));
    // head of a unit, then its body: the post is in the body
    assert!(has_relation(&r, "Anna Berg", "position", "Steppe Institute for Policy Research"), "{:?}", relations(&r));
    // a United Nations programme is a body; another programme is a work
    assert!(has_entity(&r, "Organization", "United Nations Development Program"), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Organization", "Rural Development Program"), "{:?}", entities(&r));
    // prof. in lower case and Associate before a title are titles too
    assert!(has_relation(&r, "Li Wei", "position", "Lotus Institute of Marine Studies"), "{:?}", relations(&r));
    assert!(relations(&r).iter().any(|x| x.0 == "Peter Novak" && x.1 == "position" && x.3 == "Associate Professor"), "{:?}", relations(&r));
    // welcoming a network is no founding it; no person after `the` or written as one capitalised word
    let r = report_of_text(
        "In 2023 the Asian Bank welcomed the establishment of a Steppe Think Tank Network (STTN).\n\n\
         Director of the institute WANG said the talks were useful. The Harbour met the Lotus Institute.\n",
    );
    assert!(!relations(&r).iter().any(|x| x.1 == "founding_member"), "{:?}", relations(&r));
    assert!(labels_of(&r, "Person").is_empty(), "{:?}", entities(&r));
}

#[test]
fn titles_with_honorifics_glued_or_in_lower_case_a_country_closing_a_body_and_what_an_alliance_includes() {
    let r = report_of_text(
        "Harbour and Steppe: cooperation talks\n\n\
         The Rector of Lakeside State Institute of Oriental Studies Prof. Tom Hale and deputy dean of Bay University associated professor Li Wei met on Tuesday. The meeting was attended by Vice-Rector N.Halimov.\n\n\
         A delegation from Harbour University, China visited us. The meeting was opened by Vice-Rector for International Cooperation Prof.A. Rustamov.\n",
    );
    // TITLE of ORG Prof. NAME, TITLE of ORG lower-case-title NAME
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside State Institute of Oriental Studies"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Li Wei", "position", "Bay University"), "{:?}", relations(&r));
    // an initialled name keeps no full stop; an honorific glued to the initial is no part of it
    for p in ["N.Halimov", "A. Rustamov"] {
        assert!(has_entity(&r, "Person", p), "{p}: {:?}", entities(&r));
    }
    // ORG, COUNTRY followed by the sentence's own words: the country closes the body's item
    assert!(has_relation(&r, "Harbour University", "located_in", "China"), "{:?}", relations(&r));
    let r = report_of_text("Harbour College, Lakeside University, Kazakhstan and Bay University signed a memorandum.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "located_in"), "{:?}", relations(&r));
    // It includes …, including X: founders of an alliance the report says was set up; members otherwise
    let r = report_of_text("Bay Think Tanks Alliance established in Bayport\n\nBay research institutes have teamed up to establish the “Bay Think Tanks Alliance”. It includes dozens of institutes, including the Lakeside Institute of Trade.\n");
    assert!(has_relation(&r, "Lakeside Institute of Trade", "founding_member", "Bay Think Tanks Alliance"), "{:?}", relations(&r));
    let r = report_of_text("The Harbour Universities Alliance held its annual meeting in Bayport. It includes Lakeside University and Bay University.\n");
    assert!(has_relation(&r, "Bay University", "member", "Harbour Universities Alliance") && !relations(&r).iter().any(|x| x.1 == "founding_member"), "{:?}", relations(&r));
}

#[test]
fn names_before_bracketed_titles_meetings_of_bodies_in_lower_case_and_the_nearer_event_s_place() {
    let r = report_of_text(
        "The 1st assembly of the Bay Experts Forum was opened on October 29th.\n\
         “Upcoming Conference will help”, reported Anna German (secretary of UN, the head of the Lakeside Institute).\n\
         Peter Novak (director of Harbour University) notes that the strategy should be established.\n",
    );
    // NAME (TITLE of ORG, the TITLE of ORG): a person, with a post in each body
    assert!(has_relation(&r, "Anna German", "position", "Lakeside Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Harbour University"), "{:?}", relations(&r));
    // (the people a meeting gathers inside its name; an adjective opening a quote names nothing)
    assert!(has_relation(&r, "Peter Novak", "spoke_at", "Bay Experts Forum"), "{:?}", relations(&r));
    assert!(labels_of(&r, "Event") == vec!["Bay Experts Forum"], "{:?}", entities(&r));
    // (a body's words in brackets name no person: Lakeside University (Bayport))
    let r = report_of_text("Officials of Lakeside University (Bayport) met.\n");
    assert!(labels_of(&r, "Person").is_empty(), "{:?}", entities(&r));
    // the II Forum of think tanks of A and B started its work in X
    let r = report_of_text("BEIJING. The III Forum of think tanks of Harbour and Steppe started its work in Beijing on Tuesday.\n");
    assert!(has_relation(&r, "III Forum of think tanks of Harbour and Steppe", "held_at", "Beijing"), "{:?}", relations(&r));
    // the Forum concluded that the Summit, scheduled for … in X: the Summit's place, not the Forum's;
    // the Forum and the Meeting were held in Y: both
    let r = report_of_text("The Bay Academic Forum and the Lakeside Council Meeting were held in Fuzhou. The Bay Academic Forum concluded that the 9th Harbour Summit, scheduled for 3 to 5 September 2017 in Xiamen, will succeed.\n");
    assert!(has_relation(&r, "Bay Academic Forum", "held_at", "Fuzhou") && has_relation(&r, "Lakeside Council Meeting", "held_at", "Fuzhou"), "{:?}", relations(&r));
    assert!(has_relation(&r, "9th Harbour Summit", "held_at", "Xiamen") && !has_relation(&r, "Bay Academic Forum", "held_at", "Xiamen"), "{:?}", relations(&r));
}

#[test]
fn a_dateline_before_a_dash_short_forms_listed_as_member_bodies_and_a_country_before_a_body_s_short_form() {
    let r = report_of_text(
        " date 2019-03-29 Share:\n\n\
         ISLAMABAD - Lakeside Council on Trade organised on Thursday the first meeting of the Consortium of Think Tanks on Trade.\n\n\
         Heads and Representatives of member think-tanks also participated that includes BCSS, LASSI, HRDI, Harbour Institute & LMTI.\n",
    );
    // CITY - : a dateline, no part of the body's name after it
    assert!(has_entity(&r, "Place", "Islamabad") && has_entity(&r, "Organization", "Lakeside Council on Trade"), "{:?}", entities(&r));
    // member think-tanks … includes A, B & C: members of the alliance the report names
    for m in ["BCSS", "LASSI", "HRDI", "Harbour Institute", "LMTI"] {
        assert!(has_relation(&r, m, "member", "Consortium of Think Tanks on Trade"), "{m}: {:?}", relations(&r));
    }
    // the dateline cut before the body's initials are read: LCT, used later, is that body,
    // and founded the consortium it created; `Director LCT` names no person
    let r2 = report_of_text("ISLAMABAD - Lakeside Council on Trade organised the first meeting of the Consortium of Think Tanks on Bay, which was created by LCT in November 2018. The meeting was attended by Tom Hale, Director LCT.\n");
    assert!(has_relation(&r2, "Lakeside Council on Trade", "founding_member", "Consortium of Think Tanks on Bay"), "{:?}", relations(&r2));
    assert!(!has_entity(&r2, "Person", "LCT"), "{:?}", entities(&r2));
    // (capitals listed after a word for no bodies name none: the US, UK and EU are no members)
    let r = report_of_text("The Bay Alliance met. Its partners include the US, UK and EU.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "member"), "{:?}", relations(&r));
    // X Council, Pakistan (XC) and …: the country closes the body's item; a kicker before a dash
    let r = report_of_text("PRESS RELEASE – Bay-Lake Webinar on Trade\n\nOn May 26, 2022, Lakeside Council of World Affairs, Pakistan (LCWA) and the Bay Institute of Foreign Affairs (BIFA) organized a webinar. Amb. Tom Hale, President of LCWA addressed the opening ceremony.\n");
    assert!(has_relation(&r, "Lakeside Council of World Affairs", "located_in", "Pakistan"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Event", "Bay-Lake Webinar on Trade"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Tom Hale", "spoke_at", "Bay-Lake Webinar on Trade"), "{:?}", relations(&r));
}

#[test]
fn participants_listed_with_honorifics_retired_ranks_particles_and_posts_joined_by_and() {
    let r = report_of_text(
        "Lakeside Council on Trade and the Bay Institute of Foreign Affairs (BIFA) organized a webinar on trade.\n\n\
         Council members who participated in the webinar included Peter Novak, former Foreign Secretary, Amb Anna Berg, Amb Ann Lee, Raja Ali Khan, and several former diplomats. \
         Bay representatives included Amb. Li Wei, Special Envoy for Steppe Affairs, Ministry of Foreign Affairs, and Mr. Zhou Ming, Vice President and Senior Research Fellow of the Harbour Institute of International Studies.\n\n\
         The meeting was chaired by President LCT Ambassador (Retd) Karim-ul-Haq and attended by Dr Omar-ur-Rehman, Tom Hale, Director LCT, and others.\n",
    );
    let people = ["Peter Novak", "Anna Berg", "Ann Lee", "Raja Ali Khan", "Li Wei", "Zhou Ming", "Karim-ul-Haq", "Omar-ur-Rehman", "Tom Hale"];
    for p in people {
        assert!(has_entity(&r, "Person", p), "{p}: {:?}", entities(&r));
    }
    // an honorific without its dot, a body's initials after a title: no part of a person's name
    for not_a_person in ["Amb Anna Berg", "LCT", "LCT Ambassador"] {
        assert!(!has_entity(&r, "Person", not_a_person), "{not_a_person}: {:?}", entities(&r));
    }
    // a title with its portfolio set off before the body; two titles joined by `and`
    assert!(has_relation(&r, "Li Wei", "position", "Ministry of Foreign Affairs"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Zhou Ming", "position", "Harbour Institute of International Studies"), "{:?}", relations(&r));
    // President LCT Ambassador (Retd) X: the post before the body, not the retired rank
    let chair = relations(&r).into_iter().find(|x| x.0 == "Karim-ul-Haq" && x.1 == "position").expect("a post for the chair");
    assert_eq!((chair.2.as_str(), chair.3.as_str()), ("Lakeside Council on Trade", "President"), "{chair:?}");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Council on Trade"), "{:?}", relations(&r));
    // who a side sent or who took part, in a list of participants, gave no speech
    assert!(!relations(&r).iter().any(|x| x.1 == "spoke_at" && ["Li Wei", "Zhou Ming", "Anna Berg"].contains(&x.0.as_str())), "{:?}", relations(&r));
    // negatives: a run joined by `of` is no name; a place's particle word is no person
    let r = report_of_text("The forum opened on Monday. Guests included Amb. Li Wei, Head of LCT, and the mayor. He later visited Baden-bei-Lake.\n");
    assert!(!entities(&r).iter().any(|(t, l)| t == "Person" && (l.contains(" of ") || l.contains("Baden"))), "{:?}", entities(&r));
}

#[test]
fn members_listed_with_their_countries_founding_at_a_forum_and_posts_served_or_held_last() {
    let r = report_of_text(
        "Lakeside Think Tank Council (LTTC) meeting, Bayport\n\n\
         The Lakeside Research Foundation convened a meeting of the Lakeside Think Tank Council in Bayport. The official members of the Think Tank Council include Harbour Institute of Economic Research, Brazil; Steppe Committee for Trade Research, Russia; Lakeside Research Foundation, India; Bay Centre for World Studies; and Lotus Think Tank. \
         The Welcome Remarks were delivered by Mr. H. H. S. Novak, Distinguished Fellow, Lakeside Research Foundation. He said that the LTTC was formally established in March 2013 at the Steppe Academic Forum. \
         Dr. Tom Hale, Member of Parliament, and Chairman of the Standing Committee on External Affairs, India, delivered the Opening Remarks.\n",
    );
    // a list parted by semicolons, its items closed by their countries
    for m in ["Harbour Institute of Economic Research", "Steppe Committee for Trade Research", "Lakeside Research Foundation", "Bay Centre for World Studies", "Lotus Think Tank"] {
        assert!(has_relation(&r, m, "member", "Lakeside Think Tank Council"), "{m}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Harbour Institute of Economic Research", "located_in", "Brazil"), "{:?}", relations(&r));
    // an adverb between `was` and the founding verb
    assert!(has_relation(&r, "Lakeside Think Tank Council", "established_at", "Steppe Academic Forum"), "{:?}", relations(&r));
    assert!(has_relation(&r, "H. H. S. Novak", "position", "Lakeside Research Foundation"), "{:?}", relations(&r));
    let chair = relations(&r).into_iter().find(|x| x.0 == "Tom Hale" && x.1 == "position").expect("a post");
    assert_eq!((chair.2.as_str(), chair.3.as_str()), ("Standing Committee on External Affairs", "Chairman"), "{chair:?}");

    let r = report_of_text(
        "The ministry met on Monday. The Lakeside Academy of Sciences (LAS) is entrusted by the government in 2015 to establish “9+1 Harbour Network”. \
         The Bay-Lake Institute was launched on April 24 in Hungary. Ann Lee, the president of LAS and honorary president of the Bay-Lake Institute, attended. \
         Tom Hale, director of the Institute of Bay Studies of LAS, serves as the president of the Bay-Lake Institute.\n",
    );
    // a format of countries opens a name; the subject's mandate to found it
    assert!(has_relation(&r, "Lakeside Academy of Sciences", "founding_member", "9+1 Harbour Network"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Bay-Lake Institute", "located_in", "Hungary"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Ann Lee", "position", "Bay-Lake Institute") && has_relation(&r, "Ann Lee", "position", "Lakeside Academy of Sciences"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Bay-Lake Institute"), "{:?}", relations(&r));
    // negatives: a count is no year, and a plain commas list with countries is no semicolon list
    let r = report_of_text("The ministry met on Monday. Over 20 institutes in 2015 joined the Bay Network, including Lakeside Institute.\n");
    assert!(!has_relation(&r, "Lakeside Institute", "founding_member", "Bay Network"), "{:?}", relations(&r));
}

#[test]
fn sessions_within_forums_reported_meetings_co_hosts_and_titles_chained_or_set_off() {
    let r = report_of_text(
        "Bay Session was Held in Tianjin\n\n\
         On May 14, 2017, the Thematic Session on Harbour Exchanges of the Lakeside Forum for International cooperation was held in Tianjin. \
         At the opening ceremony, Tom Hale, Member of the Steppe Council, Secretary of the Bay Secretariat and Minister of the Harbour Department of the Bay Committee delivered a keynote speech. \
         Ann Lee, Former Vice Premier of the State Council of Bayland and Chairman of BCIE, Peter Novak, Chairman of the Novak Institute, and Anna Berg, Former Chairman of the Bayland Social Democratic Party also delivered their speeches.\n",
    );
    // a session held within a forum: two events, the one part of the other, held where the session was
    let session = "Thematic Session on Harbour Exchanges";
    let forum = "Lakeside Forum for International cooperation";
    assert!(has_relation(&r, session, "part_of", forum) && has_relation(&r, session, "held_at", "Tianjin"), "{:?}", relations(&r));
    // three titles in a chain, each in its body; a title set off before a name with its own title
    // after it is the previous name's
    assert!(has_relation(&r, "Tom Hale", "position", "Steppe Council") && has_relation(&r, "Tom Hale", "position", "Harbour Department of the Bay Committee"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Novak Institute"), "{:?}", relations(&r));
    assert!(!relations(&r).iter().any(|x| x.0 == "Peter Novak" && x.2 != "Novak Institute" && x.1 == "position"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "Bayland Social Democratic Party"), "{:?}", entities(&r));

    let r = report_of_text(
        "comments and feedback\n\nBay Network Established in Lakeside\n\nSubmit Time:18-04-2018 | Source:Bay Daily\n\n\n\
         The Bay Universities Network Conference took place in Lakeside on March 24, 2018. Co-hosted by the Harbour Academy of Strategy, Lakeside University of Bayland (LUB) and the Steppe Universities Network (SUN), the conference announced the creation of the network. \
         The ceremony was unveiled in the presence of Tom Hale, Party Secretary at LUB, and Ann Lee, Vice President of The Bay University of Harbour. \
         As LUB President Peter Novak noted at the opening ceremony, think tanks should team up. He reminded that the First Steppe Summit was held in Bayport in 2016.\n",
    );
    let conf = "Bay Universities Network Conference";
    // the meeting that took place is the report's, not the one recalled in reported speech
    assert!(has_relation(&r, "Peter Novak", "spoke_at", conf), "{:?}", relations(&r));
    assert!(has_relation(&r, conf, "organizer", "Steppe Universities Network"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Ann Lee", "position", "Bay University of Harbour"), "{:?}", relations(&r));
    // present, not speaking
    assert!(!has_relation(&r, "Tom Hale", "spoke_at", conf), "{:?}", relations(&r));
    // a quoted part opening an alliance's name, in straight quotes too
    let r = report_of_text("The forum opened on Monday. He met Ann Lee, Secretary-General of the \"Coastal Road\" International Think Tank Alliance, and others.\n");
    assert!(labels_of(&r, "Alliance").iter().any(|a| a.contains("Coastal Road") && a.ends_with("International Think Tank Alliance")), "{:?}", labels_of(&r, "Alliance"));
    assert!(relations(&r).iter().any(|x| x.0 == "Ann Lee" && x.1 == "position" && x.2.contains("Coastal Road")), "{:?}", relations(&r));

    let r = report_of_text(
        "Bayport, 7 December 2021. The Sixth Annual Bay Think Tank Forum 2021 brought together delegates. The Sixth Annual Bay Think Tank Forum aims to promote ideas.\n\n\
         The Lotus European University Alliance was presented today. The Lotus Alliance brings together seven universities. Prof. Tom Hale, Vice Rector for International Relations of the University of Lakeside and delegate at the ceremony, comments the agreement.\n",
    );
    // a year after a name, an alliance by its first word and head: one entity each
    assert_eq!(labels_of(&r, "Event").len(), 1, "{:?}", labels_of(&r, "Event"));
    assert_eq!(labels_of(&r, "Alliance"), vec!["Lotus European University Alliance".to_string()]);
    assert!(has_relation(&r, "Tom Hale", "position", "University of Lakeside"), "{:?}", relations(&r));
}

#[test]
fn excellencies_officiating_titles_relative_clauses_and_divisions_in_lower_case() {
    let r = report_of_text(
        "A delegation from the Academy of Trade of Yunnan province visited the Lakeside Institute on Monday. \
         Lakeside Institute Executive Director H.E. Tom Hale welcomed the guests. \
         The MoU was signed between Prof Ann Lee, Officiating Director, Harbour Institute, and Ambassador Peter Novak. \
         Novak, who is also the President of the Lakeside Institute, announced this.\n",
    );
    assert!(has_entity(&r, "Person", "Tom Hale") && !has_entity(&r, "Person", "H.E. Tom Hale"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "Academy of Trade of Yunnan province"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Ann Lee", "position", "Harbour Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Lakeside Institute"), "{:?}", relations(&r));
    // a relative clause that names no title gives no post
    let r = report_of_text("The forum opened on Monday. The Lakeside Institute of Yunnan province welcomed guests, and Ann Lee, who works there, spoke.\n");
    assert!(!has_relation(&r, "Ann Lee", "position", "Lakeside Institute"), "{:?}", relations(&r));
}

#[test]
fn media_unions_initiatives_units_of_a_party_committee_and_a_meeting_still_to_come() {
    let r = report_of_text(
        "As the Second Lotus Forum for Cooperation approaches, Bay Media Group and media from partner countries launched new programmes in Bayport on Monday.\n\n\
         During the ceremony, the Joint Initiative of Bay Media Group and Partner Media for Mutual Learning was unveiled. \
         Tom Hale, vice minister of the Liaison Department of the Lotus Workers Party (LWP) Central Committee, and Peter Novak, president of the Lotus People's Association for Friendship with Foreign Countries, attended. \
         Anna Berg, secretary-general of the Steppe Broadcasting Union, said members of the Harbour Media Community work on the Harbour Road Initiative.\n",
    );
    assert!(has_entity(&r, "Document", "Joint Initiative of Bay Media Group and Partner Media for Mutual Learning"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Project", "Harbour Road Initiative"), "{:?}", entities(&r));
    for alliance in ["Steppe Broadcasting Union", "Harbour Media Community"] {
        assert!(has_entity(&r, "Alliance", alliance), "{alliance}: {:?}", entities(&r));
    }
    // a unit named before `of the` and a name with its acronym inside is one name with it
    let department = "Liaison Department of the Lotus Workers Party Central Committee";
    assert!(has_relation(&r, "Tom Hale", "position", department), "{:?}", relations(&r));
    // `with` inside a friendship association's purpose
    assert!(has_relation(&r, "Peter Novak", "position", "Lotus People's Association for Friendship with Foreign Countries"), "{:?}", relations(&r));
    // the forum still to come is not the report's meeting: nobody spoke at it
    assert!(!relations(&r).iter().any(|x| x.1 == "spoke_at"), "{:?}", relations(&r));

    // `with` after any other word is no part of a name
    let r = report_of_text("The forum opened on Monday. The Lotus Association for Friendship signed an agreement with Steppe University.\n");
    assert!(has_entity(&r, "Organization", "Lotus Association for Friendship"), "{:?}", entities(&r));
    // a forum that took place is the report's meeting
    let r = report_of_text("The Second Lotus Forum took place in Bayport on Monday. Tom Hale, president of Lakeside University, said ties grow.\n");
    assert!(has_relation(&r, "Tom Hale", "spoke_at", "Second Lotus Forum"), "{:?}", relations(&r));
}

#[test]
fn a_meeting_of_two_countries_and_two_titles_of_a_university_and_its_unit() {
    let r = report_of_text(
        "The forum opened on Monday. The signing took place during the Third Forum of Bay Rectors of Mongolia and the Kyrgyz Republic, which was held in Bayport. \
         Tom Hale held a meeting with Peter Novak, Vice-Rector, Director of the Research Center of Steppe State University of Economics. \
         A memorandum was signed with Steppe State University of Economics. \
         Ann Lee, Senior Fellow, Director of the Marine Center of Lakeside Institute, spoke.\n",
    );
    assert!(has_entity(&r, "Event", "Third Forum of Bay Rectors of Mongolia and the Kyrgyz Republic"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Steppe State University of Economics"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Research Center of Steppe State University of Economics"), "{:?}", relations(&r));
    // a title no university alone has stays with no body
    assert!(has_relation(&r, "Ann Lee", "position", "Marine Center of Lakeside Institute"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Ann Lee", "position", "Lakeside Institute"), "{:?}", relations(&r));
    // a country after a meeting that names none is no part of it
    let r = report_of_text("The forum opened on Monday. The Lotus Forum and the Kyrgyz Republic's delegates met in Bayport.\n");
    assert!(has_entity(&r, "Event", "Lotus Forum"), "{:?}", entities(&r));
}

#[test]
fn honorifics_before_names_bodies_in_capitals_before_a_title_and_a_body_described_as_based_somewhere() {
    let r = report_of_text(
        "Lotus and Bay Signed A Memorandum of Understanding on Harbour Studies\nLOTUSCO\n\n\
         The memorandum was signed by Mr. He Jan, Director of the Lotus Research Center, and Mr. Tom Hale, President of the Center for New Harbour Asia (CNHA). \
         It was witnessed by Mr. Peter Novak, LOTUSCO Chief Researcher and Tan Sri Lim Bay Hock, CNHA Chairman. \
         They joined the Thematic Forum on Harbour Exchanges of the 2nd Bay Forum for International Cooperation. \
         CNHA is a non-government think tank based in Malaysia. He said the ties grow.\n",
    );
    // after Mr., a pronoun and a month's short form are a name's words
    assert!(has_entity(&r, "Person", "He Jan") && has_entity(&r, "Person", "Lim Bay Hock"), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Person", "He") && !has_entity(&r, "Person", "Tan Sri Lim Bay Hock"), "{:?}", entities(&r));
    // a part of the world closes a body's field; it is no person's name
    assert!(has_relation(&r, "Tom Hale", "position", "Center for New Harbour Asia"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Lim Bay Hock", "position", "Center for New Harbour Asia"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "LOTUSCO"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Center for New Harbour Asia", "located_in", "Malaysia"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Thematic Forum on Harbour Exchanges", "part_of", "2nd Bay Forum for International Cooperation"), "{:?}", relations(&r));
    // a headline's last word does not run on to a line of one word below it
    assert!(has_entity(&r, "Document", "Memorandum of Understanding on Harbour Studies"), "{:?}", entities(&r));
}

#[test]
fn a_programme_at_a_university_meetings_organised_jointly_and_a_sir_who_spoke() {
    let r = report_of_text(
        "Lotus Institute of Governance (LIG) and the Centre for Bay Dialogue (CBD) jointly organized the seventh Regional Meeting of the Bay Think Tanks. \
         The index was prepared by the Lotus Studies and Civil Affairs Program (LSCAP) at the University of Lakeside. \
         Attending as the Guest of Honor, Sir Tom Hale Abed told that think tanks matter.\n",
    );
    let meeting = labels_of(&r, "Event").into_iter().find(|e| e.contains("Regional Meeting of the Bay Think Tanks")).expect("the meeting");
    assert!(has_relation(&r, &meeting, "organizer", "Centre for Bay Dialogue") && has_relation(&r, &meeting, "organizer", "Lotus Institute of Governance"), "{:?}", relations(&r));
    assert!(labels_of(&r, "Organization").iter().any(|o| o.starts_with("Lotus Studies and Civil Affairs Program")), "{:?}", entities(&r));
    assert!(labels_of(&r, "Project").is_empty(), "{:?}", entities(&r));
    assert!(has_entity(&r, "Person", "Tom Hale Abed"), "{:?}", entities(&r));
    // a founder listed with other think tanks is one
    let r = report_of_text("The forum opened on Monday. They attended the inauguration of the Bay Studies Network (BSN) co-initiated by Lotus Institute and 15 foreign and domestic think-tanks.\n");
    assert!(has_relation(&r, "Lotus Institute", "founding_member", "Bay Studies Network"), "{:?}", relations(&r));
    assert_eq!(entity(&r, "Lotus Institute")["kind"], "ThinkTank");
    let r = report_of_text("The forum opened on Monday. They attended the inauguration of the Bay Studies Network (BSN) co-initiated by Lotus Institute and Steppe University.\n");
    assert_ne!(entity(&r, "Lotus Institute")["kind"], "ThinkTank");
    // a programme that is no unit of a university stays a programme
    let r = report_of_text("The forum opened on Monday. The Lotus Exchange Program was launched in Bayport.\n");
    assert!(has_entity(&r, "Project", "Lotus Exchange Program"), "{:?}", entities(&r));
}

#[test]
fn a_meeting_named_by_the_titles_it_gathers_a_bare_the_and_a_name_written_with_and_without_its_hyphen() {
    let r = report_of_text(
        "The forum opened on Monday. The Lotus Bay University was officially launched last Wednesday in Windhoek. \
         At the biannual Conference of Rectors, Vice-Chancellors and Presidents of Bay Universities (COREB) organized by the Association of Bay Universities, members spoke. \
         In Central Bayland the University of Steppe 2 in Cameroon was chosen. The Lotus-Bay University grows, and UNESCO helps.\n",
    );
    let conference = "Conference of Rectors, Vice-Chancellors and Presidents of Bay Universities";
    assert!(has_relation(&r, conference, "organizer", "Association of Bay Universities"), "{:?}", relations(&r));
    // `the` alone joins no two names
    assert!(has_relation(&r, "University of Steppe 2", "located_in", "Cameroon"), "{:?}", relations(&r));
    // one university with and without its hyphen; a capital and a body the lexicon knows
    assert_eq!(labels_of(&r, "Organization").iter().filter(|o| o.contains("Lotus") && o.contains("Bay University")).count(), 1, "{:?}", entities(&r));
    assert!(has_entity(&r, "Place", "Windhoek") && labels_of(&r, "Organization").iter().any(|o| o.contains("Scientific and Cultural")), "{:?}", entities(&r));
    // a series of fields (no titles) after a meeting's head is no part of its name
    let r = report_of_text("The forum opened on Monday. Tom Hale spoke at the Conference of Lakeside, Bay and Harbour delegates.\n");
    assert!(!labels_of(&r, "Event").iter().any(|e| e.contains("Harbour")), "{:?}", entities(&r));
}

#[test]
fn organisers_named_before_the_meeting_and_where_they_held_it() {
    let r = report_of_text(
        "Bay leaders agree on a charter\n\nUniversity heads agreed on a charter. It was one of the outcomes of the Conference of Lotus Rectors in Windhoek.\n\n\
         Organised by the Association of Bay Universities (ABU) in collaboration with the University of Lakeside, the conference ended on 7 July.\n",
    );
    let conference = "Conference of Lotus Rectors";
    assert!(has_relation(&r, conference, "organizer", "Association of Bay Universities") && has_relation(&r, conference, "organizer", "University of Lakeside"), "{:?}", relations(&r));
    let r = report_of_text("The forum opened on Monday. It was the Conference of Steppe Rectors (COSR) organized by the Lotus Association (LA) at Windhoek, Namibia.\n");
    assert!(has_relation(&r, "Conference of Steppe Rectors", "held_at", "Windhoek"), "{:?}", relations(&r));
    // a place after `at` that follows no organiser is no venue of this rule
    let r = report_of_text("The forum opened on Monday. The Conference of Steppe Rectors praised the Lotus Association. Its head works at Windhoek.\n");
    assert!(!has_relation(&r, "Conference of Steppe Rectors", "held_at", "Windhoek"), "{:?}", relations(&r));
}

#[test]
fn a_body_of_one_word_described_after_its_name_and_a_title_after_the_copula() {
    let r = report_of_text("The forum opened on Monday. Ann Lee is Executive Director of Lotusia, a Bayland think tank. Steppa is a non-government think tank based in Malaysia. Bayport, a university town, grew.\n");
    assert_eq!(entity(&r, "Lotusia")["kind"], "ThinkTank");
    assert!(has_relation(&r, "Ann Lee", "position", "Lotusia"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Steppa", "located_in", "Malaysia"), "{:?}", relations(&r));
    // a kind that only describes another noun names no body
    assert!(!has_entity(&r, "Organization", "Bayport"), "{:?}", entities(&r));
    // the copula far from the name gives no post
    let r = report_of_text("The forum opened on Monday. Tom Hale said the Lotus Institute is the partner of Bay University.\n");
    assert!(!has_relation(&r, "Tom Hale", "position", "Bay University"), "{:?}", relations(&r));
}

#[test]
fn universities_named_in_other_languages_particles_of_places_clubs_by_number_and_acronyms_after_or() {
    let text = "The forum opened on Monday. The members include Universiti Lotus in Malaysia, Université Harbour Bay in Senegal and the Lakeside Institute of Rio de Janeiro. \
                They joined the Steppe Research Universities Alliance, or SRUA, which follows the Group of Seven. \
                Staff of the Lakeside Secretariat and the Association of Bay Universities North Regional Office attended.\n";
    let r = report_of_text(text);
    for (ty, label) in [("Organization", "Universiti Lotus"), ("Organization", "Université Harbour Bay"), ("Organization", "Lakeside Institute of Rio de Janeiro"), ("Alliance", "Group of Seven"), ("Organization", "Lakeside Secretariat")] {
        assert!(has_entity(&r, ty, label), "missing {ty} {label}: {:?}", entities(&r));
    }
    assert!(has_relation(&r, "Université Harbour Bay", "located_in", "Senegal"), "{:?}", relations(&r));
    assert_eq!(entity(&r, "Steppe Research Universities Alliance")["aliases"][0], "SRUA");
    // an office named after an alliance of universities is an office, not the alliance
    assert!(has_entity(&r, "Organization", "Association of Bay Universities North Regional Office"), "{:?}", entities(&r));
    // the people of a body are not in its name, nor is a short form whose letters do not fit
    assert!(!has_entity(&r, "Organization", "Staff of the Lakeside Secretariat"));
    let r = report_of_text("The forum opened on Monday. It joined the Bay Alliance, or TOM, last year. Tom Hale in Kenya spoke.\n");
    assert!(entity(&r, "Bay Alliance")["aliases"].as_array().is_none_or(|a| a.is_empty()), "{:?}", entities(&r));
    assert!(has_entity(&r, "Country", "Kenya") && !has_entity(&r, "Person", "Tom Hale in Kenya"), "{:?}", entities(&r));
}

#[test]
fn a_title_after_the_following_a_name_and_acronyms_that_spell_a_name() {
    let text = "The forum opened on Monday. Guests included Prof Tom Hale the President of Lakeside University, Ambassador Ann Lee the Representative of the Bay Commission, \
                Prof Peter Novak the LBA Secretary General, and Mr Sun Hao the Secretary General of the All Harbour Students Union (AHSU). \
                The Lakeside Bay Alliance welcomed them.\n";
    let r = report_of_text(text);
    for (p, o) in [("Tom Hale", "Lakeside University"), ("Ann Lee", "Bay Commission"), ("Peter Novak", "Lakeside Bay Alliance"), ("Sun Hao", "All Harbour Students Union")] {
        assert!(has_relation(&r, p, "position", o), "{p} in {o}: {:?}", relations(&r));
    }
    // the title after `the` is the name's before it, never the next name's
    assert!(!has_relation(&r, "Ann Lee", "position", "Lakeside University"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Peter Novak", "position", "Bay Commission"), "{:?}", relations(&r));
    // set off by commas with a name after the body, the title is that next name's
    let r = report_of_text("The forum opened on Monday. At the meeting with the Chairman of the Bay Institute, Dr. Ann Lee, the director of the Lakeside Institute, Tom Hale, noted the ties.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Institute"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Ann Lee", "position", "Lakeside Institute"), "{:?}", relations(&r));
}

#[test]
fn titles_joined_by_and_before_a_name_posts_on_a_body_s_board_initials_and_a_unit_of_its_university() {
    let text = "The forum opened on Monday. Chinese Ambassador to Kenya Sun Hao, Vice Chancellor of the University of Lakeland and Vice Chairman of the Academic Board of the Center for Bay Studies of Lakeside University A.B.C. Tom Hale, \
                and President of Harbour Institute and Chairman of the Academic Board of the Center for Bay Studies Chen Dong attended. The Center for Bay Studies will open soon.\n";
    let r = report_of_text(text);
    for (p, o) in [("A.B.C. Tom Hale", "University of Lakeland"), ("Chen Dong", "Harbour Institute")] {
        assert!(has_relation(&r, p, "position", o), "{p} in {o}: {:?}", relations(&r));
    }
    let centre = "Center for Bay Studies of Lakeside University";
    assert!(has_relation(&r, "A.B.C. Tom Hale", "position", centre) && has_relation(&r, "Chen Dong", "position", centre), "{:?}", relations(&r));
    // the titles run on into the next name: none is the first name's
    assert!(!has_relation(&r, "Sun Hao", "position", "University of Lakeland"), "{:?}", relations(&r));
    // a board is no body of its own, initials are no part of a body, the unit alone is the same unit
    assert!(!entities(&r).iter().any(|(_, l)| l.contains("Board") || l.ends_with("A.B.C.")), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Organization", "Center for Bay Studies"), "{:?}", entities(&r));
    // a comma after the first body ends the chain: the title is the first name's
    let r = report_of_text("The forum opened on Monday. Sun Hao, Vice Chancellor of the University of Lakeland, and Tom Hale attended.\n");
    assert!(has_relation(&r, "Sun Hao", "position", "University of Lakeland"), "{:?}", relations(&r));
}

#[test]
fn a_title_written_straight_before_its_body_and_one_title_in_two_bodies() {
    let r = report_of_text("The forum opened on Monday. Senator Tom Hale, Chairman Bay Senate Committee and Lotus-Bay Institute, said it works. Professor Wang Lei, Director Institute of Bay Affairs, Lakeside University, agreed.\n");
    for (p, o) in [("Tom Hale", "Bay Senate Committee"), ("Tom Hale", "Lotus-Bay Institute"), ("Wang Lei", "Institute of Bay Affairs")] {
        assert!(has_relation(&r, p, "position", o), "{p} in {o}: {:?}", relations(&r));
    }
    // a second body after a title and a further title is that title's, not the first one's
    let r = report_of_text("The forum opened on Monday. Tom Hale, Director of the Bay Institute and Member of the Lakeside Council, said it works.\n");
    assert_eq!(relations(&r).iter().filter(|(_, p, o, role)| p == "position" && o == "Lakeside Council" && role == "Member").count(), 1, "{:?}", relations(&r));
}

#[test]
fn a_ceremony_of_a_kind_a_counted_body_and_a_university_by_its_initials_and_campus() {
    let text = "Inauguration Ceremony Held at Lotus Institute at University of Bayland Harbour\n\n\
                The ceremony of the Lotus Institute at University of Bayland Harbour was held on Monday. \
                Chancellor of UB Harbour Ann Lee added a note. It is the 97th Lotus Institute in the country.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Ann Lee", "position", "University of Bayland Harbour"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Person", "Harbour Ann Lee") && !has_entity(&r, "Organization", "UB"), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Event", "Inauguration Ceremony") && !has_entity(&r, "Organization", "97th Lotus Institute"), "{:?}", entities(&r));
    // initials that spell no name's first words stay apart
    let r = report_of_text("The forum opened on Monday. The University of Bayland Harbour met. Chancellor of LB Harbour Ann Lee added a note.\n");
    assert!(!has_relation(&r, "Ann Lee", "position", "University of Bayland Harbour"), "{:?}", relations(&r));
}

#[test]
fn founders_referred_back_to_an_alliance_launched_at_a_summit_in_a_capital_and_words_another_says() {
    let text = "Bay Research Universities Alliance launched\n\n\
                Ten universities from four countries have launched an alliance of research universities at the Bay Higher Education Summit in Senegal’s capital Dakar. \
                They joined the Bay Research Universities Alliance, with its first chair Tom Hale. \
                The support came from the chair of the Lakeside Commission, Dr Ann Lee – who, the Bay Research Universities Alliance said, had inspired its formation. \
                It follows the Harbour League of Universities. \
                The universities include Lakeside University, Hill University in Kenya and the University of Lakeland.\n";
    let r = report_of_text(text);
    let alliance = "Bay Research Universities Alliance";
    for u in ["Lakeside University", "Hill University", "University of Lakeland"] {
        assert!(has_relation(&r, u, "founding_member", alliance), "{u}: {:?}", relations(&r));
        assert!(!has_relation(&r, u, "founding_member", "Harbour League of Universities"), "{u}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, alliance, "established_at", "Bay Higher Education Summit"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Bay Higher Education Summit", "held_at", "Dakar"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Ann Lee", "spoke_at", "Bay Higher Education Summit"), "{:?}", relations(&r));
    // with no founding said before, the universities listed are no founders
    let r = report_of_text("The forum opened on Monday. The Bay Research Universities Alliance met. The universities include Lakeside University and Hill University.\n");
    assert!(!has_relation(&r, "Lakeside University", "founding_member", alliance), "{:?}", relations(&r));
}

#[test]
fn a_name_of_the_body_it_is_of() {
    let r = report_of_text("The forum opened on Monday. The first chair is Dr Tom Hale of the University of Bayport.\n");
    assert!(has_entity(&r, "Person", "Tom Hale") && has_entity(&r, "Organization", "University of Bayport"), "{:?}", entities(&r));
    // a body's own name with `of` stays whole
    let r = report_of_text("The forum opened on Monday. The Lakeside Institute of the Bay Academy met.\n");
    assert!(has_entity(&r, "Organization", "Lakeside Institute of the Bay Academy"), "{:?}", entities(&r));
}

#[test]
fn a_meeting_referred_to_by_its_kind_in_lower_case_a_part_of_a_numbered_meeting_and_a_set_phrase_in_a_name() {
    let text = "Thematic forum of 3rd Bay Forum held in Lakeside\n\n\
                A thematic forum on harbour studies was held Wednesday in Beijing as a part of the third Bay Forum for International Cooperation. \
                The thematic forum was hosted by the Lakeside Institute. \
                The Thematic Forum on Harbour Studies of the third Bay Forum for International Cooperation closed in the evening.\n";
    let r = report_of_text(text);
    let part = "Thematic Forum on Harbour Studies";
    assert!(has_relation(&r, part, "part_of", "Bay Forum for International Cooperation"), "{:?}", relations(&r));
    assert!(has_relation(&r, part, "organizer", "Lakeside Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, part, "held_at", "Beijing"), "{:?}", relations(&r));
    // a reference is no alias of the meeting
    assert!(entity(&r, part)["aliases"].as_array().is_none_or(|a| a.iter().all(|x| x.as_str() != Some("thematic forum"))), "{:?}", entity(&r, part));
    let r = report_of_text("The forum opened on Monday. The Forum on New-type Think Tanks with Chinese Characteristics opened. Tom Hale met a friend with Bay Characteristics.\n");
    assert!(has_entity(&r, "Event", "Forum on New-type Think Tanks with Chinese Characteristics"), "{:?}", entities(&r));
}

#[test]
fn speakers_who_addressed_the_meeting_a_headline_adverb_and_the_party_s_short_form() {
    let text = "2022 Bay Think Tank Forum Successfully Held\n\n\
                The 2022 Bay Think Tank Forum, co-hosted by the Lakeside Office of the State Council (LOSC) and the Harbour Diplomacy Association (HDA) and undertaken by the Hill Council for Trade (HCT), was held in Beijing by way of video conference. \
                Tom Hale, Chairman of the LOSC, Ann Lee, President of the HDA, and Peter Novak, President of the HCT addressed the forum. \
                Sun Hao, head of the Publicity Department of the Communist Party of China Central Committee, attended. \
                Wang Lei met Zhou Li, who addressed the forum.\n\n\
                Bay session\n\nThe Thematic Session on Trade of the Bay Forum opened. Hale, also a member of the Publicity Department of the CPC Central Committee, addressed the Thematic Session on Trade.\n";
    let r = report_of_text(text);
    let forum = "2022 Bay Think Tank Forum";
    for p in ["Tom Hale", "Ann Lee", "Peter Novak"] {
        assert!(has_relation(&r, p, "spoke_at", forum), "{p}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, forum, "held_at", "Beijing") && has_relation(&r, forum, "organizer", "Hill Council for Trade"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "spoke_at", "Thematic Session on Trade"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Tom Hale", "spoke_at", "Bay Forum"), "{:?}", relations(&r));
    // one who met the speaker did not speak; the party's two names are one body
    assert!(!has_relation(&r, "Wang Lei", "spoke_at", forum), "{:?}", relations(&r));
    assert_eq!(labels_of(&r, "Organization").iter().filter(|l| l.starts_with("Publicity Department")).count(), 1, "{:?}", entities(&r));
    assert!(!entities(&r).iter().any(|(_, l)| l.contains("Successfully")), "{:?}", entities(&r));
}

#[test]
fn a_network_named_in_its_meeting_s_name_its_short_form_in_words_and_who_proposed_founding_it() {
    let text = "Bay news\n\nThe Bay Think Tank Network (hereinafter referred to as BTTN) is an informal network. \
                The initiative to establish the BTTN was proposed jointly by the Hill Institute (HI) and the Lakeside Center for Studies in Istanbul. \
                The first Annual Meeting of the Harbour Research Network was held in Warsaw.\n";
    let r = report_of_text(text);
    assert!(entity(&r, "Bay Think Tank Network")["aliases"].as_array().is_some_and(|a| a.iter().any(|x| x == "BTTN")), "{:?}", entity(&r, "Bay Think Tank Network"));
    for o in ["Hill Institute", "Lakeside Center for Studies"] {
        assert!(has_relation(&r, o, "founding_member", "Bay Think Tank Network"), "{o}: {:?}", relations(&r));
    }
    assert!(has_entity(&r, "Alliance", "Harbour Research Network"), "{:?}", entities(&r));
    // a proposal that is only discussed founds nothing
    let r = report_of_text("Bay news\n\nThe Bay Think Tank Network met. The initiative to establish the Bay Think Tank Network was praised by the Hill Institute.\n");
    assert!(!has_relation(&r, "Hill Institute", "founding_member", "Bay Think Tank Network"), "{:?}", relations(&r));
}

#[test]
fn universities_listed_before_their_plural_head_and_members_added_or_invited() {
    let text = "Bay news\n\nThe Bay Learning Alliance, a venture conjured collectively by Lotus, Harbour and Steppe universities, grows. \
                Anna Berg, vice chancellor of the University of Steppe, spoke. Unlike Hill University’s company, it is non-profit. \
                The Bay Learning Alliance invited Lakeside University to join the consortium. \
                The latest additions to the Bay Learning Alliance -namely Cedar University and Maple University - officially became members in 2024.\n";
    let r = report_of_text(text);
    // each listed word is a university, under the name the article gives it in full
    for o in ["Lotus University", "Harbour University", "University of Steppe"] {
        assert!(has_relation(&r, o, "founding_member", "Bay Learning Alliance"), "{o}: {:?}", relations(&r));
    }
    assert!(has_entity(&r, "Organization", "Hill University"), "{:?}", entities(&r));
    for o in ["Lakeside University", "Cedar University", "Maple University"] {
        assert!(has_relation(&r, o, "member", "Bay Learning Alliance"), "{o}: {:?}", relations(&r));
    }
    // words of a kind before the plural name no university; a body invited elsewhere joins nothing
    let r = report_of_text("Bay news\n\nKazakh and Chinese universities met. The Bay Learning Alliance invited Lakeside University to a dinner.\n");
    assert!(!entities(&r).iter().any(|(_, l)| l.contains("Kazakh") || l.contains("Chinese")), "{:?}", entities(&r));
    assert!(!has_relation(&r, "Lakeside University", "member", "Bay Learning Alliance"), "{:?}", relations(&r));
}

#[test]
fn bodies_that_teamed_up_to_hold_a_series_a_joint_effort_and_a_network_founded_during_meeting_days() {
    let text = "Bay news\n\n  • Lotus Institute (LI), Harbour Foundation (HF), and Center for a New Steppe Economy (CNSE) have teamed up to hold the \"Election 2030: The Bay Agenda\" event series.  The first event was held March 15, 2030.\n  \
                • The Lakeside Center for Studies (LCS) and Bay State University (BSU) have partnered to host an international speakers series, The LCS-BSU Series on Port Logistics.\n  \
                • Bay Watch is a joint effort by the Lotus Foundation and Bay State University \"to promote understanding\".\n\
                The Bay Network of Think Tanks is founded by more than a dozen research institutions during the Bay Trade Days on 18 June 2013.\n\
                Bayland's premier think tank Fundação Lotus Harbour (FLH) and Harbour News Network and Bay Policy Magazine met.\n";
    let r = report_of_text(text);
    for o in ["Lotus Institute", "Harbour Foundation", "Center for a New Steppe Economy"] {
        assert!(has_relation(&r, "Election 2030: The Bay Agenda", "organizer", o), "{o}: {:?}", relations(&r));
    }
    for o in ["Lakeside Center for Studies", "Bay State University"] {
        assert!(has_relation(&r, "LCS-BSU Series on Port Logistics", "organizer", o), "{o}: {:?}", relations(&r));
    }
    for o in ["Lotus Foundation", "Bay State University"] {
        assert!(has_relation(&r, "Bay Watch", "participant", o), "{o}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Bay Network of Think Tanks", "established_at", "Bay Trade Days"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "Fundação Lotus Harbour") && has_entity(&r, "Organization", "Harbour News Network") && has_entity(&r, "Organization", "Bay Policy Magazine"), "{:?}", entities(&r));
    // bodies that met host nothing; a joint effort said of a body is no project
    let r = report_of_text("Bay news\n\nLotus Institute and Harbour Foundation have met to discuss the Bay Forum. Lakeside University is a joint effort by two towns.\n");
    assert!(!has_relation(&r, "Bay Forum", "organizer", "Lotus Institute"), "{:?}", relations(&r));
    assert!(!entities(&r).iter().any(|(t, _)| t == "Project"), "{:?}", entities(&r));
}

#[test]
fn the_author_of_a_speech_in_its_byline_spoke_at_the_meeting_its_title_names() {
    let text = "Opening Address Made at the Annual Meeting of Bay Think Tank Network 2030\n\nBy Tom Hale, LRI\n\n\
                Today, in the hall of the Lakeside Research Center, our friends gathered here to hold the annual meeting of the Bay Think Tank Network 2030.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Tom Hale", "spoke_at", "Annual Meeting of Bay Think Tank Network 2030"), "{:?}", relations(&r));
    // a reporter's byline under a news headline names no speaker
    let r = report_of_text("Bay Think Tank Network Holds Annual Meeting\n\nBy Tom Hale, Bay Daily\n\nThe Annual Meeting of the Bay Think Tank Network 2030 was held in Lakeside.\n");
    assert!(!relations(&r).iter().any(|(s, p, _, _)| s == "Tom Hale" && p == "spoke_at"), "{:?}", relations(&r));
}

#[test]
fn a_lower_case_title_after_the_body_and_the_years_it_was_held() {
    let r = report_of_text("Bay news\n\nThe history was written by founder Tom Hale, Lakeside University president from 1990 to 2010, and published in 2012.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside University"), "{:?}", relations(&r));
    // a body listed after a name, with no title after it, gives no post
    let r = report_of_text("Bay news\n\nAnna Berg, Harbour University and Lotus Institute signed the agreement.\n");
    assert!(!has_relation(&r, "Anna Berg", "position", "Harbour University"), "{:?}", relations(&r));
}

#[test]
fn a_delegation_s_members_listed_with_their_titles_and_initials_of_two_letters() {
    let text = "Bay news\n\nOn 3 May, a delegation from Lakeside State University, represented by the Rector A.S. Hale, \
                the Vice-Rector for Research and Innovations B. M. Berg, the Head of Foreign Relations Department F. Sh. Lund, \
                paid a return visit to Harbour University.\n";
    let r = report_of_text(text);
    for (who, title) in [("A.S. Hale", "Rector"), ("B. M. Berg", "Vice-Rector for Research and Innovations"), ("F. Sh. Lund", "Head of Foreign Relations Department")] {
        let held = relations(&r).into_iter().any(|(s, p, o, role)| s == who && p == "position" && o == "Lakeside State University" && role == title);
        assert!(held, "{who}: {:?}", relations(&r));
    }
    // the title before the next name is that name's, not the name before it
    assert!(!has_relation(&r, "B. M. Berg", "position", "Foreign Relations Department"), "{:?}", relations(&r));
    // people listed after a meeting attended (no delegation) hold nothing in the body
    let r = report_of_text("Bay news\n\nGuests from Lakeside State University attended, and the Rector A.S. Hale spoke.\n");
    assert!(!relations(&r).iter().any(|(_, p, _, role)| p == "position" && role == "Vice-Rector for Research and Innovations"));
}

#[test]
fn a_country_closing_a_body_s_name_ends_it_before_a_name_of_three_words() {
    let r = report_of_text("Bay news\n\nThe delegation was led by the Rector of the Technical University of Belarus Anna Maria Berg.\n");
    assert!(has_relation(&r, "Anna Maria Berg", "position", "Technical University of Belarus"), "{:?}", relations(&r));
    // the same body later named without its country is the same body
    let r = report_of_text("Bay news\n\nGuests visited the Federal University of Laos. The rector of the Federal University Tom Hale welcomed them.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Federal University of Laos"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Organization", "Federal University"), "{:?}", entities(&r));
}

#[test]
fn a_body_named_after_a_person_with_a_given_name_and_later_without_its_leading_words() {
    let r = report_of_text("Bay news\n\nThe Lakeside University named after Anna Berg is the oldest university in the region.\n");
    assert!(has_entity(&r, "Organization", "Lakeside University named after Anna Berg"), "{:?}", entities(&r));
    let r = report_of_text("Bay news\n\nA delegation of the T.H. Hale Lakeside State University arrived. Lakeside State University has five faculties.\n");
    assert!(has_entity(&r, "Organization", "T.H. Hale Lakeside State University"), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Organization", "Lakeside State University"), "{:?}", entities(&r));
    // a unit at a university is not the university's long name
    let r = report_of_text("Bay news\n\nThe Lotus Institute at Lakeside State University opened. Lakeside State University hosted it.\n");
    assert!(has_entity(&r, "Organization", "Lakeside State University"), "{:?}", entities(&r));
}

#[test]
fn a_meeting_named_in_guillemets_and_a_post_holder_named_before_the_meeting_is_no_speaker() {
    let text = "Bay news\n\nA delegation from Lakeside University, represented by the Rector Tom Hale, paid a return visit to Harbour University.\n\n\
                Earlier, the first educational forum «Skills for the new economy» was held in Tashkent. Harbour University was represented by the Rector Anna Berg.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Skills for the new economy", "held_at", "Tashkent"), "{:?}", relations(&r));
    assert!(!relations(&r).iter().any(|(_, p, _, _)| p == "spoke_at"), "{:?}", relations(&r));
    // a post holder named once the meeting is still takes part in it; named before, not
    let r = report_of_text("Bay news\n\nThe forum «Skills for the new economy» was held in Tashkent. Anna Berg, rector of Harbour University, chaired the first session.\n");
    assert!(has_relation(&r, "Anna Berg", "spoke_at", "Skills for the new economy"), "{:?}", relations(&r));
    let r = report_of_text("Bay news\n\nAnna Berg, rector of Harbour University, chaired the first session. The forum «Skills for the new economy» was held in Tashkent.\n");
    assert!(!has_relation(&r, "Anna Berg", "spoke_at", "Skills for the new economy"), "{:?}", relations(&r));
}

#[test]
fn a_training_programme_held_its_co_organisers_and_speeches_given_or_listed() {
    let text = "Bay news\n\nOn 25 April, the 52nd Lotus Training Programme on Port Engineering was held in the Bay State University, \
                under the co-organization of Lakeside University, Bay State University and Lotus Training Base. \
                At the opening ceremony, dean Tom Hale gave an opening speech.\n";
    let r = report_of_text(text);
    let ev = "52nd Lotus Training Programme on Port Engineering";
    assert!(has_entity(&r, "Event", ev), "{:?}", entities(&r));
    for o in ["Lakeside University", "Bay State University", "Lotus Training Base"] {
        assert!(has_relation(&r, ev, "organizer", o), "{o}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Tom Hale", "spoke_at", ev), "{:?}", relations(&r));
    let r = report_of_text("Bay news\n\nThe Lotus Seminar took place at Bay University. It was opened with speeches by the Director of Bay University, Tom Hale; and the Mayor of Lotus City, Anna Berg.\n");
    assert!(has_relation(&r, "Anna Berg", "spoke_at", "Lotus Seminar"), "{:?}", relations(&r));
    // made a contribution is no speech
    let r = report_of_text("Bay news\n\nThe Lotus Seminar took place at Bay University. Anna Berg made a contribution to the fund.\n");
    assert!(!has_relation(&r, "Anna Berg", "spoke_at", "Lotus Seminar"), "{:?}", relations(&r));
}

#[test]
fn a_counted_meeting_of_a_body_and_a_programme_between_two_countries() {
    let text = "Bay news\n\nThe second meeting of the Lotus-Bay Expert Council was held online on August 28, 2024. \
                The event was organized by the Lotus Institute for Strategic Studies together with the Bay Institute for Strategic Studies. \
                The agenda included the Strategic Partnership Program between Kazakhstan and Uzbekistan for 2024-2034, and its impact on China.\n";
    let r = report_of_text(text);
    let ev = "second meeting of the Lotus-Bay Expert Council";
    assert!(has_relation(&r, ev, "organizer", "Lotus Institute for Strategic Studies") && has_relation(&r, ev, "organizer", "Bay Institute for Strategic Studies"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Strategic Partnership Program", "participant", "Kazakhstan") && has_relation(&r, "Strategic Partnership Program", "participant", "Uzbekistan"), "{:?}", relations(&r));
    // a country after the clause's comma is no party
    assert!(!has_relation(&r, "Strategic Partnership Program", "participant", "China"), "{:?}", relations(&r));
    // a numbered session of an assembly is a term of the body, no meeting
    let r = report_of_text("Bay news\n\nTom Hale, President of the 67th session of the Lotus General Assembly, spoke.\n");
    assert!(!labels_of(&r, "Event").iter().any(|e| e.contains("session")), "{:?}", entities(&r));
}

#[test]
fn a_network_proposed_by_two_bodies_joined_by_an_acronym_and_its_declaration() {
    let text = "Lotus news\n\nBRU enters the knowledge network\n\nBRU joined the Lotus Think Tank Network today. \
                Founded as an international network in 2015, the Lotus Think Tank Network comprises think tanks and institutions, \
                and was proposed jointly by the Bay Research Centre and the Harbour Centre for International Relations. \
                The Lotus Think Tank Network, known as LoTTN, was established in Madrid. The Declaration of LoTTN was read there.\n";
    let r = report_of_text(text);
    let net = "Lotus Think Tank Network";
    assert!(has_relation(&r, "BRU", "member", net), "{:?}", relations(&r));
    for founder in ["Bay Research Centre", "Harbour Centre for International Relations"] {
        assert!(has_relation(&r, founder, "founding_member", net), "{founder}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, net, "published", "Declaration of LoTTN"), "{:?}", relations(&r));
    // a capitalised subject of another verb, and a known country's code, are no bodies
    let r = report_of_text("Lotus news\n\nUSA joined the Lotus Think Tank Network today. BRU visited the Lotus Think Tank Network today with others.\n");
    assert!(!has_entity(&r, "Organization", "BRU") && !has_entity(&r, "Organization", "USA"), "{:?}", entities(&r));
    // a verb after another body named in between is that body's
    let r = report_of_text("Lotus news\n\nThe Lotus Think Tank Network met the Bay Institute, which was founded by the Harbour Institute in the coming spring.\n");
    assert!(!has_relation(&r, "Harbour Institute", "founding_member", net), "{:?}", relations(&r));
}

#[test]
fn bodies_listed_after_including_and_a_paper_named_after_its_country() {
    let text = "Lotus news\n\nRespected think tanks and institutes, including Harbour House in the UK, the Lotus Institute, and Bay Hall, are partners of the network.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Organization", "Harbour House") && has_entity(&r, "Organization", "Bay Hall"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Harbour House", "located_in", "United Kingdom"), "{:?}", relations(&r));
    // after a plural of people, the list names no bodies
    // (Harbour Point: a name with no head word of its own)
    let r = report_of_text("Lotus news\n\nMany respected scholars and officials, including Harbour Point in the UK and Bay Hall, joined the talks at the Lotus Institute.\n");
    assert!(!has_entity(&r, "Organization", "Harbour Point"), "{:?}", entities(&r));
    // a credit line's paper named after a country names no country
    let r = report_of_text("Declaration of the network\n\n( Uzbekistan Daily ) 2015-10-30\n\nThe Lotus Think Tank Network was established in Madrid on Oct 28 to inspire think tanks.\n");
    assert!(has_entity(&r, "Organization", "Uzbekistan Daily") && !has_entity(&r, "Country", "Uzbekistan"), "{:?}", entities(&r));
}

#[test]
fn a_meeting_named_by_its_quotation_its_bracketed_city_and_titles_listed_for_one_side() {
    let text = "• CONTACT US\nHOME>EVENTS>Lotus forum ca...\nLotus forum calls for closer ties\n\n\
                Diplomats urged closer ties at the Second Lotus Forum of “Bay+Lake Asia” (B+L). Held in Tianjin, both online and offline, on Nov. 8–9, the forum focused on new chances. \
                In his letter, Minister of Foreign Affairs of Uzbekistan Tom Hale said that the forum was useful for both sides.\n";
    let r = report_of_text(text);
    let ev = "Second Lotus Forum of Bay+Lake Asia";
    assert!(has_entity(&r, "Event", ev), "{:?}", entities(&r));
    assert!(has_relation(&r, ev, "held_at", "Tianjin"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Country", "Uzbekistan"), "{:?}", entities(&r));
    let text = "Lotus news\n\nThe Bay Research Institute (BRI) is a new state research body in the region.\n\
                Part of the high-level International Conference \"Bay and Lake Asia: Regional Links. Challenges and Chances\" (Tashkent, Uzbekistan), there was a ceremony.\n\
                The signing was attended by LIRS Director Anna Berg and Deputy Director Tom Lake, on the BRI's side – Director Jim Wood, \
                Deputy Director for Trade, Culture and Law Affairs Ann Cole, Head of Department Tim Rock, BRI experts.\n";
    let r = report_of_text(text);
    let ev = "International Conference \"Bay and Lake Asia: Regional Links. Challenges and Chances\"";
    assert!(relations(&r).iter().any(|(s, p, o, _)| p == "held_at" && o == "Tashkent" && s.starts_with("International Conference") && s.ends_with("Chances")), "{ev}: {:?}", relations(&r));
    assert!(has_relation(&r, "Tom Lake", "position", "LIRS"), "{:?}", relations(&r));
    for p in ["Jim Wood", "Ann Cole", "Tim Rock"] {
        assert!(has_relation(&r, p, "position", "Bay Research Institute"), "{p}: {:?}", relations(&r));
    }
    // a title after a person of no post names no body for the next one
    let r = report_of_text("Lotus news\n\nThe talks were attended by Anna Berg and Deputy Director Tom Lake in the Lotus Hall of the city.\n");
    assert!(!relations(&r).iter().any(|(s, p, _, _)| s == "Tom Lake" && p == "position"), "{:?}", relations(&r));
}

#[test]
fn titles_before_a_body_s_initials_bodies_closed_by_their_city_and_a_foundation_s_fields() {
    let text = "Lotus news\n\nA memorandum was signed between Bay Policy Institute (BPI), Islamabad and Lake University of Science and Technology (LUST), Islamabad to explore joint work.\n\
                Signed by Chairman BPI Tom Hale and Vice Chancellor LUST Prof Dr Anna Berg, the agreement is set to provide a framework.\n\
                Apart from the signatories, the University’s Registrar Jim Wood was also present at the occasion.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Tom Hale", "position", "Bay Policy Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Lake University of Science and Technology"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Jim Wood", "position", "Lake University of Science and Technology"), "{:?}", relations(&r));
    for o in ["Bay Policy Institute", "Lake University of Science and Technology"] {
        assert!(has_relation(&r, o, "located_in", "Islamabad"), "{o}: {:?}", relations(&r));
    }
    let r = report_of_text("Lotus news\n\nIslamabad: Bay Policy Institute and Lotus Foundation for Science, Culture and Education, Istanbul, Turkey, have signed a formal memorandum of understanding.\n");
    assert!(has_relation(&r, "Lotus Foundation for Science, Culture and Education", "located_in", "Istanbul"), "{:?}", relations(&r));
    // a list of bodies after `for` is no field list: each item has its own head word
    let r = report_of_text("Lotus news\n\nThe Bay Centre for Science, Lake University and Hill Institute signed a formal memorandum of understanding.\n");
    assert!(has_entity(&r, "Organization", "Lake University") && has_entity(&r, "Organization", "Hill Institute"), "{:?}", entities(&r));
}

#[test]
fn a_demonym_before_an_acronym_is_no_part_of_the_name_and_headquarters_say_where() {
    let r = report_of_text("The Harbour Policy Institute and the Russian BRC Research Centre signed an agreement during a visit to Harbour Policy Institute headquarters in Almaty.\n");
    assert!(has_entity(&r, "Organization", "BRC Research Centre"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.starts_with("Russian")), "{:?}", entities(&r));
    assert!(has_relation(&r, "Harbour Policy Institute", "located_in", "Almaty"), "{:?}", relations(&r));
    // a demonym that opens a proper name stays in it
    let r = report_of_text("The Russian Academy of Sciences signed an agreement.\n");
    assert!(has_entity(&r, "Organization", "Russian Academy of Sciences"), "{:?}", entities(&r));
}

#[test]
fn a_series_of_capitalised_words_before_a_head_is_one_name() {
    let r = report_of_text("\"Cooperation matters,\" said Anna Berg, Chairman of Economic, Social and Environmental Council of Mongolia.\n");
    assert!(has_entity(&r, "Organization", "Economic, Social and Environmental Council of Mongolia"), "{:?}", entities(&r));
    // places set off by commas stay apart from the next body
    let r = report_of_text("The Steppe Institute, Almaty, Kazakhstan and Center for Harbour Studies signed an agreement.\n");
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.starts_with("Almaty")), "{:?}", entities(&r));
}

#[test]
fn the_place_after_a_meeting_of_a_body_is_the_meeting_s() {
    let r = report_of_text("A plenary meeting of the Harbour Studies Network was held in Beijing on Tuesday. The Lakeside Policy Institute in Almaty hosted a seminar.\n");
    assert!(!has_relation(&r, "Harbour Studies Network", "located_in", "Beijing"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Lakeside Policy Institute", "located_in", "Almaty"), "{:?}", relations(&r));
}

#[test]
fn a_second_title_past_an_acronym_and_a_title_after_a_senior_title() {
    let r = report_of_text("Anna Berg, chairperson of the Council of the Harbour Studies Network (HSN) and president of Lakeside University, delivers a speech.\n");
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside University"), "{:?}", relations(&r));
    let r = report_of_text("\"We agree,\" said Tom Hale, Senior Minister, Chairman of the Harbour Development Council.\n");
    let rel = relations(&r);
    assert!(rel.iter().any(|x| x.0 == "Tom Hale" && x.1 == "position" && x.2 == "Harbour Development Council" && x.3 == "Chairman"), "{rel:?}");
}

#[test]
fn a_name_before_a_relative_who_is_a_person() {
    let r = report_of_text("Tomas Velder, who represents the Harbour Policy Institute, said that the initiative helped.\n");
    assert!(has_entity(&r, "Person", "Tomas Velder"), "{:?}", entities(&r));
    // a place before `who` is none
    let r = report_of_text("The delegates from South Asia, who arrived on Monday, met the hosts.\n");
    assert!(labels_of(&r, "Person").is_empty(), "{:?}", entities(&r));
}

#[test]
fn a_title_name_of_a_body_a_pinyin_given_name_like_a_month_and_titles_only_universities_give() {
    let r = report_of_text(
        "Bay news\n\nThe delegation of the Hill Institute visited Harbour City University (HCityU) on 3 May. \
         It was welcomed by President Tom Hale of the Lakeside Institute and Rector Jun Liu. \
         Pro-Rector Ip Kwai Ping then spoke about the Harbour One Belt, One Road Research Center and the Center for the Belt and the Road Studies. \
         Guests from Sao Tome and Principe and East Timor attended.\n",
    );
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Institute"), "{:?}", relations(&r));
    // Jun, a given name, is no month: the rector of the article's one university
    assert!(has_relation(&r, "Jun Liu", "position", "Harbour City University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Ip Kwai Ping", "position", "Harbour City University"), "{:?}", relations(&r));
    for name in ["Harbour One Belt, One Road Research Center", "Center for the Belt and the Road Studies"] {
        assert!(has_entity(&r, "Organization", name), "{name} {:?}", entities(&r));
    }
    assert!(has_entity(&r, "Country", "São Tomé and Príncipe") && has_entity(&r, "Country", "Timor-Leste"), "{:?}", entities(&r));
    // a short form closing on one capital is one word
    let acronym = r["entities"].as_array().unwrap().iter().find(|e| e["label"] == "Harbour City University").expect("the university");
    assert!(acronym["aliases"].as_array().unwrap().iter().any(|a| a == "HCityU"), "{acronym:?}");
}

#[test]
fn a_university_s_title_with_two_universities_in_the_article_names_no_body() {
    let r = report_of_text("Bay news\n\nLakeside University and Harbour University signed an agreement. Rector Jun Liu then spoke.\n");
    assert!(!relations(&r).iter().any(|x| x.0 == "Jun Liu" && x.1 == "position"), "{:?}", relations(&r));
}

#[test]
fn a_body_set_off_as_city_based_a_president_of_a_country_a_currency_and_meetings_held_together() {
    let r = report_of_text(
        "Bay news\n\nHis Excellency Tom Hale, President of Lotus, signed the treaty. President Anna Berg of Tajikistan announced an endowment of US$5 million. \
         The Harbour Center, a Tianjin-based think tank, joined. The Lakeside Alliance Founding Assembly and the first Lakeside Summit were held in Beijing. \
         Details are in the Lakeside Constitution.\n",
    );
    assert!(has_entity(&r, "Person", "Tom Hale") && !has_entity(&r, "Person", "Excellency Tom Hale"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Person", "Anna Berg"), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Country", "United States"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Harbour Center", "located_in", "Tianjin"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Lakeside Alliance Founding Assembly", "held_at", "Beijing"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Lakeside Summit", "held_at", "Beijing"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Document", "Lakeside Constitution"), "{:?}", entities(&r));
}

#[test]
fn a_post_on_the_council_of_a_body_named_by_its_short_form_is_a_post_in_the_body() {
    let r = report_of_text("Bay news\n\nCity University of Harbour (CityU) held a forum. The guests were met by CityU Council Chairman Chan Ming, Rector Jun Liu and others.\n");
    assert!(has_relation(&r, "Chan Ming", "position", "City University of Harbour"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Jun Liu", "position", "City University of Harbour"), "{:?}", relations(&r));
    // a council named by no body the article names stays a body of its own
    let r = report_of_text("Bay news\n\nThe guests were met by Harbour Council Chairman Chan Ming.\n");
    assert!(!has_relation(&r, "Chan Ming", "position", "Harbour"), "{:?}", relations(&r));
}

#[test]
fn a_conference_of_an_alliance_a_titled_symposium_partners_that_host_and_a_field_minister() {
    let r = report_of_text("Bay news\n\nThe first conference of the Harbour Think Tank Alliance, held in Shanghai on Friday, discussed trade. It was hosted by the Chinese Ministry of Foreign Affairs and organized by the Lakeside Research Center. Chinese Vice Foreign Minister Anna Berg said at the opening ceremony that the alliance matters.\n");
    let ev = "first conference of the Harbour Think Tank Alliance";
    assert!(has_relation(&r, ev, "held_at", "Shanghai"), "{:?}", relations(&r));
    assert!(has_relation(&r, ev, "organizer", "Chinese Ministry of Foreign Affairs") && has_relation(&r, ev, "organizer", "Lakeside Research Center"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Chinese Ministry of Foreign Affairs") && has_relation(&r, "Anna Berg", "spoke_at", ev), "{:?}", relations(&r));
    // (a minister of another field holds no post in the ministry named)
    let r = report_of_text("Bay news\n\nThe forum was hosted by the Chinese Ministry of Foreign Affairs. Chinese Education Minister Anna Berg spoke.\n");
    assert!(!has_relation(&r, "Anna Berg", "position", "Chinese Ministry of Foreign Affairs"), "{:?}", relations(&r));
    // a symposium titled by a quotation; bodies in partnership host it; a possessive acronym recurs
    let r = report_of_text("Bay news\n\nHarbour Research Institute (HRI), in partnership with the Lakeside Institute of History and Bay Culture Group, hosted a scientific symposium titled \"Future Cooperation between Ports in the New Era.\" The event, held at HRI' head office in Abu Dhabi, aimed to foster partnerships.\n");
    let ev = "Future Cooperation between Ports in the New Era";
    for host in ["Harbour Research Institute", "Lakeside Institute of History", "Bay Culture Group"] {
        assert!(has_relation(&r, ev, "organizer", host), "{host}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, ev, "held_at", "Abu Dhabi") && has_relation(&r, "Harbour Research Institute", "located_in", "Abu Dhabi"), "{:?}", relations(&r));
    // (a meeting named before its title keeps its name; the title is another name of it)
    let r = report_of_text("Bay news\n\nOn June 3, Astana hosted the 5th Harbour Forum titled “Ports and Trade: New Horizons.” It was good.\n");
    assert_eq!(labels_of(&r, "Event"), vec!["5th Harbour Forum"], "{:?}", entities(&r));
}

#[test]
fn signers_of_a_paper_that_names_a_consortium_found_it_and_south_asian_styles_of_titles_and_places() {
    let r = report_of_text(
        "Bayport: Lakeside University of Punjab signed a tripartite Memorandum of Understanding with Hill University, New Delhi and the Bay University of Kerala, Kochi, named “The Consortium for Coastal Learning”.\n\n\
         Vice Chancellor of Lakeside University of Punjab, Prof T K Hale while hailing the MoU hoped it would help. \
         Chairperson LCC Dr. Anna R. Berg welcomed the move. \
         Vice Chancellor Harbour University Multan Prof. Dr Peter Novak spoke too. \
         The member Universities of Consortium have agreed to share libraries. Vice Chancellor S\n",
    );
    for body in ["Lakeside University of Punjab", "Hill University", "Bay University of Kerala"] {
        assert!(has_relation(&r, body, "founding_member", "Consortium for Coastal Learning"), "{body}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Hill University", "located_in", "New Delhi"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Lakeside University of Punjab", "located_in", "Punjab"), "{:?}", relations(&r));
    assert!(has_relation(&r, "T K Hale", "position", "Lakeside University of Punjab"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna R. Berg", "position", "LCC"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Harbour University Multan"), "{:?}", relations(&r));
    // (bodies of a kind before `of` name no alliance; one letter cut off names nobody)
    assert!(!labels_of(&r, "Alliance").iter().any(|a| a.starts_with("Universities")), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p == "S"), "{:?}", entities(&r));
}

#[test]
fn rectors_before_the_bodies_they_head_a_patronymic_and_an_act_titled_on() {
    let r = report_of_text(
        "The forum opened on Monday. Deputy Minister of Education Aibek Toktor uulu met the rectors in accordance with the Decree of the President “On measures to develop the universities of the republic”. \
         Rectors of the Steppe National University, Lakeside State University and Hill State University signed an agreement.\n",
    );
    assert!(has_entity(&r, "Person", "Aibek Toktor uulu"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Document", "On measures to develop the universities of the republic"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "Steppe National University"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.starts_with("Rectors")), "{:?}", entities(&r));
}

#[test]
fn a_legal_agreement_s_parties_their_addresses_and_the_school_it_sets_up() {
    let r = report_of_text(
        "This Memorandum of Understanding between the Lakeside Foundation-India, a secular, non-profit organization, located at A-33 Ring Road, Bay Park, New Delhi 110 057, hereinafter referred to as \"LF\", of the one part,\n\
         The Hill University, a Central University, created by an Act of Parliament, located at Kalapet, Puducherry, of the second part\n\
         Sets forth the establishment of the Tom Hale School of Coastal Technologies (THSCT) at Hill University. The school will offer an M.Tech programme. \
         The school is named after Tom Hale, the founder of Lakeside Foundation-India. The Tom Hale School of Coastal Technology will have its own faculty.\n",
    );
    assert!(has_entity(&r, "Organization", "Lakeside Foundation-India"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Foundation-India"), "{:?}", relations(&r));
    // the address: its places, the postal code no part of the city
    assert!(has_relation(&r, "Lakeside Foundation-India", "located_in", "New Delhi"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Bay Park", "located_in", "New Delhi"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Hill University", "located_in", "Kalapet"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Kalapet", "located_in", "Puducherry"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Place", "Ring Road"), "{:?}", entities(&r));
    // a kind of body after an indefinite article, a law and a degree name nothing
    for not_a_name in ["Central University", "Act of Parliament", "M.Tech"] {
        assert!(!entities(&r).iter().any(|(_, l)| l == not_a_name), "{not_a_name}: {:?}", entities(&r));
    }
    // the school under its name in the plural and the singular, and its initials, is one body
    assert_eq!(labels_of(&r, "Organization").iter().filter(|l| l.contains("Tom Hale School") || *l == "THSCT").count(), 1, "{:?}", entities(&r));
}

#[test]
fn a_forum_hosted_in_collaboration_a_title_before_a_body_s_initials_and_a_mission_to_a_country() {
    let r = report_of_text(
        "The Lakeside Institute of Studies (LIS) hosted the Fourth Bay Forum, in collaboration with the Hill Institute (HI). \
         In the inaugural plenary session, Director General LIS Ambassador Tom Hale noted that the Forum matters. \
         He lauded the Bayland-China Action Plan 2025-29.\n\n\
         Chairman Peter Novak (R) and Charge d'affaires of the Chinese Embassy to Bangladesh Li Hua (R) attend a press briefing.\n",
    );
    assert!(has_relation(&r, "Fourth Bay Forum", "organizer", "Hill Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Institute of Studies"), "{:?}", relations(&r));
    let role = relations(&r).into_iter().find(|(s, p, _, _)| s == "Tom Hale" && p == "position").map(|x| x.3);
    assert_eq!(role.as_deref(), Some("Director General"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Person", "Ambassador Tom Hale"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Document", "Bayland-China Action Plan 2025-29"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Li Hua", "position", "Chinese Embassy to Bangladesh"), "{:?}", relations(&r));
}

#[test]
fn malaysian_styles_a_federal_title_a_title_with_its_field_and_a_comma_without_its_space() {
    let r = report_of_text(
        "Signing on behalf of the parties were LTU President Ir Prof Academician Dato’ Dr Tom Hale Wei and BU President Prof Anna Berg.\n\n\
         The delegation members include: Mr. Peter Novak, Former Federal Minister of Defense of Germany; Prof. Dr. Jan Kowal, President of Hill University.\n\n\
         President Li Hua met the delegation headed by Carlos Ruiz Vega, director of teaching affairs, Lakeside Autonomous University,Mexico.\n",
    );
    assert!(has_relation(&r, "Tom Hale Wei", "position", "LTU"), "{:?}", relations(&r));
    for not_a_name in ["Ir", "Dato’", "Academician", "Former Federal"] {
        assert!(!labels_of(&r, "Person").iter().any(|p| p == not_a_name), "{not_a_name}: {:?}", entities(&r));
    }
    assert!(has_relation(&r, "Jan Kowal", "position", "Hill University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Carlos Ruiz Vega", "position", "Lakeside Autonomous University"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Lakeside Autonomous University", "located_in", "Mexico"), "{:?}", relations(&r));
}

#[test]
fn a_name_set_off_with_a_title_of_a_few_words_in_lower_case() {
    let r = report_of_text(
        "The Hill Institute of Policy Research (HIPR) and the Lakeside University of Bayport signed a memorandum. The ceremony was attended by Anna Berg, GM Operations, HIPR, and Peter Novak, manager outreach, HIPR.\n",
    );
    assert!(has_relation(&r, "Peter Novak", "position", "Hill Institute of Policy Research"), "{:?}", relations(&r));
    // (past a short bracketed honour after the name, to a body whose name opens with The)
    let r = report_of_text("The views were shared by Prof. Dr. Tom Hale (TI), vice chancellor, The Lakeside University of Bayport, during a ceremony.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside University of Bayport"), "{:?}", relations(&r));
}

#[test]
fn a_director_general_by_initials_and_a_list_of_names_with_titles_and_bodies() {
    let r = report_of_text("The Lakeside Institute of Studies (LIS) signed an MoU. DG LIS Ambassador Peter Novak was present at the ceremony.\n");
    assert!(has_relation(&r, "Peter Novak", "position", "Lakeside Institute of Studies"), "{:?}", relations(&r));
    let r = report_of_text("The Hill Institute of Policy Research (HIPR) hosted it. The ceremony was attended by Anna Berg, GM Operations, HIPR, Tom Hale, Senior Research Officer, Jan Kowal, assistant professor, HIPR.\n");
    for not_a_name in ["Operations", "Senior Research Officer", "HIPR"] {
        assert!(!labels_of(&r, "Person").iter().any(|p| p == not_a_name), "{not_a_name}: {:?}", entities(&r));
    }
    assert!(has_entity(&r, "Person", "Tom Hale"), "{:?}", entities(&r));
}

#[test]
fn a_surname_alone_after_dr_bodies_that_have_been_part_of_an_association_and_initials_after_a_body_s_short_form() {
    let r = report_of_text(
        "On Wednesday, they met the president of the Lakeside University (LU), Dr Hollis. \
         LU and Bay University have been part of the Association of Coastal Universities (ACU) since 1997.\n\n\
         By the invitation of the rector Abai BayNPU S.Zh. Kowal, a delegation arrived.\n",
    );
    assert!(has_entity(&r, "Person", "Hollis"), "{:?}", entities(&r));
    for u in ["Lakeside University", "Bay University"] {
        assert!(has_relation(&r, u, "member", "Association of Coastal Universities"), "{u}: {:?}", relations(&r));
    }
    assert!(!labels_of(&r, "Person").iter().any(|p| p.contains("BayNPU")), "{:?}", entities(&r));
}

#[test]
fn a_city_and_its_country_in_a_bracket_after_a_body() {
    let r = report_of_text("A delegation from the Lakeside University of Foreign Languages (Shaoxing City, China) arrived on Monday.\n");
    assert!(has_relation(&r, "Lakeside University of Foreign Languages", "located_in", "Shaoxing"), "{:?}", relations(&r));
}

#[test]
fn a_possessive_title_a_title_set_before_its_name_and_a_side_of_a_country() {
    let r = report_of_text("Tom Hale, the University of Bayside's vice-chancellor, said the network will help. The network is led by Lakeside University in Southeast China's Fujian province.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "University of Bayside"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Lakeside University", "located_in", "Fujian"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Fujian", "located_in", "China"), "{:?}", relations(&r));
    let r = report_of_text("The ambassador of Bayland to China, Mr. Jan Kowal, and the Vice-Chancellor of Hilltown University of Arts (HUA), Mr. Peter Novak, visited our university on May 7.\n");
    assert!(has_relation(&r, "Peter Novak", "position", "Hilltown University of Arts"), "{:?}", relations(&r));
    // a title after a name and a comma is that name's, not the next one's
    assert!(!has_relation(&r, "Jan Kowal", "position", "Hilltown University of Arts"), "{:?}", relations(&r));
}

#[test]
fn a_possessive_country_before_a_body_that_opens_with_its_city() {
    let r = report_of_text("The delegation visited Russia's Ulyanovsk Lotus University. Ulyanovsk is a city on the Volga.\n");
    assert!(has_relation(&r, "Ulyanovsk Lotus University", "located_in", "Russia"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Ulyanovsk Lotus University", "located_in", "Ulyanovsk"), "{:?}", relations(&r));
}

#[test]
fn a_conclave_with_its_year_is_an_event_its_organiser_holds() {
    let r = report_of_text("Bay City, December 6, 2023 – The Bay Conclave 2023, organized by the Lakeside Institute of Strategic Studies (LISS), commenced today with addresses from distinguished speakers.\n");
    assert!(has_relation(&r, "Bay Conclave 2023", "organizer", "Lakeside Institute of Strategic Studies"), "{:?}", relations(&r));
}

#[test]
fn a_lower_case_title_before_a_name_and_its_body_after_of() {
    let r = report_of_text("Guests included minister Tom Hale of the Ministry of Education of Bayland, deputy permanent secretary Anna Berg of Kenyan Ministry of Trade and director Peter Novak of the Lakeside Affairs Division.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Ministry of Education of Bayland"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Kenyan Ministry of Trade"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Lakeside Affairs Division"), "{:?}", relations(&r));
    // the whole post, with its modifiers
    let role = relations(&r).into_iter().find(|x| x.0 == "Anna Berg" && x.1 == "position").map(|x| x.3);
    assert_eq!(role.as_deref(), Some("deputy permanent secretary"));
    // a page's label is no name, and a name with no title before it holds no post
    let r = report_of_text("Update Time:2020-01-05\nThe delegation met Tom Hale of Lakeside University.\n");
    assert!(!has_entity(&r, "Person", "Update Time"));
    assert!(!has_relation(&r, "Tom Hale", "position", "Lakeside University"), "{:?}", relations(&r));
}

#[test]
fn a_capital_city_of_its_country_and_a_country_in_brackets_after_a_city() {
    let r = report_of_text("The summit took place in Lusaka, capital city of Zambia. It follows the institutes opened in Belgrade (Serbia) and Bayport.\n");
    assert!(has_relation(&r, "Lusaka", "located_in", "Zambia"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Belgrade", "located_in", "Serbia"), "{:?}", relations(&r));
}

#[test]
fn a_quoted_part_inside_a_meeting_name_speeches_by_they_and_a_board_s_body() {
    let text = "On May 9th, the Cultural Forum of “Lake Road” Bayland-Lakeland Think-tank and Media was held in Astana, capital of Kazakhstan.\n\nPresent at the opening ceremony were Tom Hale, Member of the Mazhilis, Anna Berg, Chairman of the Lakeside Council on Foreign Relations and the Board of Bayland TV Channel, and Peter Novak, Vice President of the Bay Diplomacy Association. They also made speeches at the ceremony.\n\nWelcoming the participants, Minister of Culture Maria Lopez read out a message from the President.\n";
    let r = report_of_text(text);
    let forum = "Cultural Forum of Lake Road Bayland-Lakeland Think-tank and Media";
    assert!(has_relation(&r, forum, "held_at", "Astana"), "{:?}", relations(&r));
    for p in ["Tom Hale", "Anna Berg", "Peter Novak", "Maria Lopez"] {
        assert!(has_relation(&r, p, "spoke_at", forum), "{p}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Tom Hale", "position", "Mazhilis"), "{:?}", relations(&r));
    let board = relations(&r).into_iter().find(|x| x.0 == "Anna Berg" && x.2 == "Bayland TV Channel").map(|x| x.3);
    assert_eq!(board.as_deref(), Some("Chairman of the Board"));
    assert!(!has_entity(&r, "Organization", "Board of Bayland TV Channel"));
}

#[test]
fn a_syllabic_acronym_before_a_title_names_the_body_of_the_person_after_it() {
    let r = report_of_text("On March 3, 2021 a meeting of BayISS Director Tom Hale and Vice-President of the Lakeside Institute of Foreign Affairs Ms. Anna Berg was held online.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "BayISS"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside Institute of Foreign Affairs"), "{:?}", relations(&r));
}

#[test]
fn a_meeting_word_before_on_and_a_quoted_theme_names_the_meeting() {
    let r = report_of_text("Bay City, June 2, 2020: Dr Tom Hale, Chairman, Lakeside Energy Commission (LEC) said this in his keynote address at the Webinar on “The Role of Clean Energy in Development.” The Lakeside Institute hosted the webinar.\n");
    assert!(has_entity(&r, "Event", "Webinar on The Role of Clean Energy in Development"), "{:?}", labels_of(&r, "Event"));
}

#[test]
fn bare_titles_on_the_page_of_the_university_a_visitor_visits() {
    let text = "The Ambassador of Bayland to China visits LKU\n\nThe ambassador of Bayland to China, Mr. Tom Hale, and the Rector of Bayland University of Arts (BUA), Mr. Peter Novak, visited our university on May 7. President Li Wei and Vice-President Zhang Min met with the delegation, and signed the MOU with BUA.\n\nAfter extending warm welcome to the delegation on behalf of LKU, Li gave a brief introduction to the university. Mr. Novak said the MOU between LKU and BUA will promote research.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Li Wei", "position", "LKU"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Zhang Min", "position", "LKU"), "{:?}", relations(&r));
    // (without `our university` the page is nobody's own: a bare President holds no post)
    let r = report_of_text(&text.replace("our university", "Lakeside"));
    assert!(!has_relation(&r, "Li Wei", "position", "LKU"), "{:?}", relations(&r));
}

#[test]
fn malay_styles_a_minister_s_portfolio_and_a_colon_dateline() {
    let text = "BAYPORT: Prime Minister Datuk Seri Tom Hale and Bayland’s President Peter Novak today witnessed the exchange of documents.\n\nTrade Minister Tengku Datuk Seri Anna Berg Tengku Ali and China’s Commerce Minister Wang Lei exchanged three MoUs.\n";
    let r = report_of_text(text);
    for name in ["Tom Hale", "Anna Berg Tengku Ali", "Wang Lei"] {
        assert!(has_entity(&r, "Person", name), "missing {name}: {:?}", labels_of(&r, "Person"));
    }
    assert!(!has_entity(&r, "Person", "Seri Tom Hale"));
    // (a country after a colon's dateline is the news's subject, not where the city is)
    let r = report_of_text("BEIJING: Pakistan and China on Tuesday signed a memorandum.\n");
    assert!(has_entity(&r, "Place", "Beijing"), "{:?}", labels_of(&r, "Place"));
    assert!(!has_relation(&r, "Beijing", "located_in", "Pakistan"), "{:?}", relations(&r));
}

#[test]
fn where_agencies_are_by_from_a_possessive_a_demonym_and_a_closing_country() {
    let text = "The MoU was signed between Lakeside News Agency from China and the Bay Tourism Promotion Board (BTPB). Another went to China’s Harbour News Agency, and one to the Malaysian National Bay Agency. A MoU was signed between the Energy Ministry and Lakeside Reform Commission (LRC), China on trade. They met the Ministry of Culture of the PRC.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Organization", "Bay Tourism Promotion Board"), "{:?}", labels_of(&r, "Organization"));
    assert_eq!(entity(&r, "Lakeside News Agency")["kind"], "Media");
    for (body, country) in [("Lakeside News Agency", "China"), ("Harbour News Agency", "China"), ("Malaysian National Bay Agency", "Malaysia"), ("Lakeside Reform Commission", "China"), ("Ministry of Culture of the PRC", "China")] {
        assert!(has_relation(&r, body, "located_in", country), "{body}: {:?}", relations(&r));
    }
    // (a demonym naming what a programme studies says nothing of where it is)
    let r = report_of_text("Tom Hale heads the Chinese and Bay Studies Program at Lakeside University.\n");
    assert!(!relations(&r).iter().any(|x| x.0.contains("Studies Program") && x.1 == "located_in" && x.2 == "China"), "{:?}", relations(&r));
}

#[test]
fn a_school_of_a_ministry_and_names_that_end_before_what_an_agreement_is_about() {
    let text = "Bayland and China signed a memorandum between the Lakeside Service Academy of the Ministry of Culture and Bay Affairs University of the Ministry of Culture of the PRC. Another was signed with Harbour Development Cooperation Agency of China on Strengthening Development Cooperation and Promoting the Implementation of the Global Harbour Initiative (GHI). There was also an Exchange of Notes between China and Malaysia on the Establishment of a Joint Dialogue.\n";
    let r = report_of_text(text);
    for name in ["Lakeside Service Academy", "Bay Affairs University", "Ministry of Culture of the PRC", "Harbour Development Cooperation Agency of China"] {
        assert!(has_entity(&r, "Organization", name), "missing {name}: {:?}", labels_of(&r, "Organization"));
    }
    assert!(has_entity(&r, "Project", "Global Harbour Initiative"), "{:?}", labels_of(&r, "Project"));
    assert!(!labels_of(&r, "Event").iter().any(|l| l.starts_with("Malaysia on")), "{:?}", labels_of(&r, "Event"));
}

#[test]
fn a_caption_a_subtitled_forum_and_posts_at_the_body_a_sentence_opens_at() {
    let text = "Bay talks mark an anniversary\n\nThe Book Exhibition of the Bay-Lotus Think Tank Forum (2025) Photo: Tom Hale/Bay Daily\nBAYPORT—On Nov. 26, the Bay-Lotus Think Tank Forum (2025): International Symposium Celebrating the 75th Anniversary of Bay-Lotus Ties was held in Jakarta, Indonesia. Anna Berg, president of the Lakeside Academy of Sciences, attended the event and delivered remarks.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Bay-Lotus Think Tank Forum", "held_at", "Jakarta"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "spoke_at", "Bay-Lotus Think Tank Forum"), "{:?}", relations(&r));
    // (the caption's credit names no event the report is about)
    assert!(!labels_of(&r, "Event").iter().any(|l| l.starts_with("Book Exhibition")), "{:?}", labels_of(&r, "Event"));
    let text = "The delegation visited Jakarta and Surabaya, Indonesia. At Bay Centre for Political Studies, Lakeside Institute of Science, the delegates met Director Peter Novak. Vice Dean Li Hua, Professor Wang Ming, Assistant Professor Zhou Yun at the Harbour Institute of International Studies joined them. They met Ms. Maria Lopez, Counsellor of Mission of Mongolia to ASEAN, and Minister Counsellor at the Bayland Embassy in China Tom Hale.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Jakarta", "located_in", "Indonesia"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Bay Centre for Political Studies"), "{:?}", relations(&r));
    for p in ["Li Hua", "Wang Ming", "Zhou Yun"] {
        assert!(has_relation(&r, p, "position", "Harbour Institute of International Studies"), "{p}: {:?}", relations(&r));
    }
    assert!(has_entity(&r, "Organization", "Mission of Mongolia to ASEAN"), "{:?}", labels_of(&r, "Organization"));
    assert!(has_relation(&r, "Tom Hale", "position", "Bayland Embassy in China"), "{:?}", relations(&r));
}

#[test]
fn two_titled_people_joined_by_and_the_second_with_its_body_before_the_title() {
    let r = report_of_text("News report\n\nDuring the visit, he paid a courtesy call to Party General Secretary Tom Hale, and had meetings with Prime Minister Peter Novak and Lakeside Assembly Chairwoman Anna Berg.\n");
    for name in ["Tom Hale", "Peter Novak", "Anna Berg"] {
        assert!(has_entity(&r, "Person", name), "{name}: {:?}", entities(&r));
    }
    assert!(has_relation(&r, "Anna Berg", "position", "Lakeside Assembly"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Person").iter().any(|l| l.contains(" and ")), "{:?}", entities(&r));
}

#[test]
fn an_outlet_before_a_spaced_hyphen_and_a_compound_where_talks_are_held() {
    let r = report_of_text("News report\n\nBAYNEWS - Bayland's President Tom Hale concluded his visit to Kazakhstan. The talks were held at the Lakeside Complex in Astana.\n");
    assert!(has_entity(&r, "Person", "Tom Hale"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Country", "Kazakhstan"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Place", "Lakeside Complex"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Lakeside Complex", "located_in", "Astana"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|l| l.contains("BAYNEWS")), "{:?}", entities(&r));
}

#[test]
fn a_unit_after_a_possessive_and_a_meeting_named_only_in_passing_after_the_words() {
    let text = "News report\n\nA memorandum was signed by Peter Novak, dean of LU's School of Bay Studies.\nNovak said the memorandum will boost exchanges.\nSince 2019, researchers from both sides have attended the Lakeside Area Studies Forum.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Peter Novak", "position", "School of Bay Studies"), "{:?}", relations(&r));
    assert!(!relations(&r).iter().any(|x| x.1 == "spoke_at"), "{:?}", relations(&r));
    // a meeting named first is where the words were said
    let r = report_of_text("News report\n\nThe Lakeside Area Studies Forum opened in Astana on Monday.\nPeter Novak, dean of LU's School of Bay Studies, said the forum will boost exchanges.\n");
    assert!(has_relation(&r, "Peter Novak", "spoke_at", "Lakeside Area Studies Forum"), "{:?}", relations(&r));
}

#[test]
fn an_aide_a_state_counsellor_and_a_title_read_across_a_verb_of_saying() {
    let r = report_of_text("News report\n\nThe event was opened by Tom Hale, State Counsellor of the Republic of Kazakhstan. Peter Novak, assistant to the Bayland president, read a message. Anna Berg, president of Bay News Agency, said President Maria Lopez attaches importance to cooperation.\n");
    for name in ["Tom Hale", "Peter Novak", "Anna Berg"] {
        assert!(has_entity(&r, "Person", name), "{name}: {:?}", entities(&r));
    }
    assert!(has_relation(&r, "Anna Berg", "position", "Bay News Agency"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Maria Lopez", "position", "Bay News Agency"), "{:?}", relations(&r));
}

#[test]
fn who_is_named_right_after_another_s_verb_of_saying_or_in_a_letter_is_no_speaker() {
    let text = "News report\n\nThe Bay Forum was held in Astana on Sunday.\nIn the letter, Maria Lopez noted that ties are strong.\nIn his keynote speech, Tom Hale, president of Bay News Agency, said President Peter Novak attaches great importance to cooperation.\n“It is a golden age,” said Anna Berg.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Tom Hale", "spoke_at", "Bay Forum"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "spoke_at", "Bay Forum"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Peter Novak", "spoke_at", "Bay Forum"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Maria Lopez", "spoke_at", "Bay Forum"), "{:?}", relations(&r));
}

#[test]
fn a_meeting_within_a_meeting_named_in_the_headline_and_referred_to_in_lower_case() {
    // (a panic once: the reference `the main forum` was split as if it spelled the whole name)
    let r = report_of_text("News\nVice Minister Anna Berg Attends the Main Forum of the Bay Symposium\n\nToday, Vice Minister Anna Berg attended and addressed the main forum of the symposium in Beijing.\n");
    assert!(has_entity(&r, "Person", "Anna Berg"), "{:?}", entities(&r));
    // (the main forum is the symposium's part named by its kind, no meeting by name)
    assert!(has_entity(&r, "Event", "Bay Symposium") && !has_entity(&r, "Event", "Main Forum"), "{:?}", entities(&r));
    assert!(!relations(&r).iter().any(|x| x.1 == "part_of" && x.0 == x.2), "{:?}", relations(&r));
}

#[test]
fn long_meeting_names_with_the_parties_of_their_cooperation_and_a_bracketed_short_form() {
    let r = report_of_text("News report\n\nThe Harbour Institute and the Secretariat of Cooperation between China and Lakeside Countries of the Ministry of Foreign Affairs jointly hosted the 3rd China-Lakeside Countries (China-LC) High-Level Think Tank Symposium in Zagreb on May 4. The Forum on Local Cooperation in Bay-Lakeside Countries opened too.\nTies between Bayland and Croatia are good.\n");
    for (ty, label) in [
        ("Event", "3rd China-Lakeside Countries High-Level Think Tank Symposium"),
        ("Organization", "Ministry of Foreign Affairs"),
        ("Event", "Forum on Local Cooperation in Bay-Lakeside Countries"),
    ] {
        assert!(has_entity(&r, ty, label), "{ty} {label}: {:?}", entities(&r));
    }
    assert!(entities(&r).iter().any(|e| e.1.starts_with("Secretariat of Cooperation between China and Lakeside Countries")), "{:?}", entities(&r));
    assert!(has_entity(&r, "Country", "Croatia"), "{:?}", entities(&r));
}

#[test]
fn a_ministry_behind_its_department_a_vice_minister_and_titles_of_a_country() {
    let r = report_of_text("News report\n\nVice Foreign Minister Tom Hale attended the Bay Forum in Beijing. Peter Novak, Director-General of the Department of Bay Affairs of Lakeside Foreign Ministry, chaired it. Guests included former Chairman of the Presidency of Lakeside Anna Berg and the Provincial Party Committee.\nFormer Croatian President Maria Lopez opined that ties are good.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Foreign Ministry"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Presidency of Lakeside"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Person", "Maria Lopez"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Maria Lopez", "spoke_at", "Bay Forum"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Organization", "Provincial Party Committee"), "{:?}", entities(&r));
}

#[test]
fn an_edition_spelt_out_in_a_headline_is_the_meeting_the_text_names_without_it() {
    let r = report_of_text("Tom Hale Attends the First Bay Symposium of Think Tanks\n\nOn May 4, Vice Minister Tom Hale attended the first Bay Symposium of Think Tanks in Beijing.\n");
    let events: Vec<_> = entities(&r).into_iter().filter(|e| e.0 == "Event").collect();
    assert_eq!(events.len(), 1, "{events:?}");
}

#[test]
fn a_numbered_meeting_of_a_forum_and_speakers_after_long_appositives() {
    let text = "Think Tanks Forum Opens\n\nThe Eighth Meeting of the Bay-Lakeside Think Tanks Forum was held in Jinhua.\nFormer Lakeside President, Harry Tom Hale, underlined the value of the meeting.\nPeter Novak, deputy head for Asian trade at the Lakeside Department of Commerce and Cooperation, said that ties are good.\n";
    let r = report_of_text(text);
    let meeting = "Eighth Meeting of the Bay-Lakeside Think Tanks Forum";
    assert!(has_entity(&r, "Event", meeting), "{:?}", entities(&r));
    // (a numbered meeting of a series is no part of the series, and the headline's kind of forum no name)
    assert!(!relations(&r).iter().any(|x| x.1 == "part_of"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Event", "Think Tanks Forum"), "{:?}", entities(&r));
    for p in ["Harry Tom Hale", "Peter Novak"] {
        assert!(has_relation(&r, p, "spoke_at", meeting), "{p}: {:?}", relations(&r));
    }
}

#[test]
fn the_title_before_a_name_of_the_university_and_what_follows_the_meeting() {
    let r = report_of_text("News report\n\nThe Bay Conference was held in Lusaka on May 17.\nAfter the conference, the guests toured the University of Lakeside and met president Anna Berg of the university.\n");
    assert!(has_relation(&r, "Anna Berg", "position", "University of Lakeside"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Anna Berg", "spoke_at", "Bay Conference"), "{:?}", relations(&r));
}

#[test]
fn a_sub_forum_of_a_summit_is_what_is_held_and_partners_before_the_host_organise() {
    let r = report_of_text("News report\n\nOn May 2, the sub-forum \"Harbour Think Tank Forum\" of the 3rd \"Bay Business Summit\", jointly organized by Lakeside University and the Hill Institute, was held in Beijing.\nOn June 4, together with Lakeside Institute of Foreign Affairs and Bay Foundation for International Studies, the Harbour Institute held the 5th Bay-Latin America and the Caribbean Youth Forum in Beijing.\n");
    let sub = "Harbour Think Tank Forum";
    assert!(has_relation(&r, sub, "held_at", "Beijing") && has_relation(&r, sub, "organizer", "Lakeside University"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "3rd Bay Business Summit", "organizer", "Lakeside University"), "{:?}", relations(&r));
    let forum = "5th Bay-Latin America and the Caribbean Youth Forum";
    for o in ["Lakeside Institute of Foreign Affairs", "Bay Foundation for International Studies", "Harbour Institute"] {
        assert!(has_relation(&r, forum, "organizer", o), "{o}: {:?}", relations(&r));
    }
}

#[test]
fn a_series_of_fields_without_its_and_and_a_meeting_s_list_of_outcomes() {
    let r = report_of_text("News report\n\nThe Bay Forum was jointly hosted by the Institute of Russian, Eastern European, Central Asian Studies Lakeside Academy, and the Harbour Institute. It released the Outcome List of the Bay Forum.\n");
    assert!(has_relation(&r, "Bay Forum", "organizer", "Institute of Russian, Eastern European, Central Asian Studies Lakeside Academy"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Bay Forum", "organizer", "Harbour Institute"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Document", "Outcome List of the Bay Forum"), "{:?}", entities(&r));
}

#[test]
fn a_name_after_a_body_named_with_its_article_closes_at_a_semicolon() {
    let r = report_of_text("News report\n\nThe Bay Assembly was held in Turkistan. The Secretary General of the Lakeside Council Tom Hale; and the Rector of the Bay University Dr. Peter Novak, delivered the opening remarks.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Council"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Bay University"), "{:?}", relations(&r));
}

#[test]
fn a_label_line_under_a_long_headline_and_a_meeting_s_headline_verb_end_no_name() {
    // (a headline as wide as a wrapped line, then `Source: …`: the label's line is no part of it)
    let r = report_of_text("Bay News Attended the First Annual Forum of the Lakeside University Think Tank Network\nSource: Bay News\nTime: 2017-Sep-4 21:07\n\nOn 3 May, Tom Hale, president of Lakeside University, spoke at the forum.\n");
    assert!(has_entity(&r, "Event", "First Annual Forum of the Lakeside University Think Tank Network"), "{:?}", entities(&r));
    assert!(!entities(&r).iter().any(|e| e.1.contains("Source")), "{:?}", entities(&r));
    // (Picture News above the headline: a section's label; Launch after Meeting: the headline's verb)
    let r = report_of_text("Picture News\n\nBay Task Force Meeting Launch in Beijing\n\nPublish date:2018-04-02\n\nOn 26th January 2018, the Harbour Institute held the Bay’s “2030 Vision for Lakeside” (2030 Vision) task force meeting in Lotus Guest House in Beijing.\n\nThe meeting commenced with opening speeches from Tom Hale, vice president of Bay University; and Anna Berg, senior researcher at the Lake Institute.\n");
    let ev = "Bay Task Force Meeting";
    assert!(has_entity(&r, "Event", ev), "{:?}", entities(&r));
    for (s, p, o) in [(ev, "organizer", "Harbour Institute"), (ev, "held_at", "Lotus Guest House"), (ev, "held_at", "Beijing"), ("Tom Hale", "spoke_at", ev), ("Anna Berg", "spoke_at", ev)] {
        assert!(has_relation(&r, s, p, o), "{s} {p} {o}: {:?}", relations(&r));
    }
}

#[test]
fn initials_of_a_university_named_inside_its_unit_s_name_and_an_excellency_s_name() {
    let r = report_of_text("News report\n\nThe Institute of Bay Studies at Lakeside Foreign Affairs University held the Bay Forum on Monday. Tom Hale, vice president of LFAU, spoke. The forum invited H.E. Mr. Peter Novak, Permanent Vice Chairman of Lakeside Center for International Economic Exchanges.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Foreign Affairs University"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Person", "Peter Novak"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Lakeside Center for International Economic Exchanges"), "{:?}", relations(&r));
}

#[test]
fn a_post_in_a_division_of_a_body_is_a_post_in_the_body_too() {
    let r = report_of_text("News report\n\nThe Bay Forum was held in Lakeside. Mr. Ivan Petrov, Director of Information and Public Relations Division of Bay-Lake Centre (BLC), spoke. Ms. Anna Berg, Director of General Affairs Division (GAD) of the Harbour Centre (HC) attended the forum.\n");
    assert!(has_relation(&r, "Ivan Petrov", "position", "Bay-Lake Centre"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "General Affairs Division"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Harbour Centre"), "{:?}", relations(&r));
    // (the acronym after the body is the body's, not the division's)
    let blc = r["entities"].as_array().unwrap().iter().find(|e| e["label"] == "Bay-Lake Centre").unwrap();
    assert!(blc["aliases"].as_array().is_some_and(|a| a.iter().any(|x| x == "BLC")), "{blc}");
    // (a provincial department of a field names no body `Education`)
    let r = report_of_text("News report\n\nThe Bay Forum was held in Lakeside. Tom Hale, Inspector of Lakeside Provincial Department of Education, spoke.\n");
    assert!(!has_entity(&r, "Organization", "Education"), "{:?}", entities(&r));
}

#[test]
fn a_meeting_s_quoted_title_before_another_meeting_reads_without_a_panic() {
    // (a panic once: an ordinal was looked for in a word ending in a curly quote)
    let r = report_of_text("News report\n\nThe Bay Forum hosted the “Harbour Summit” in Lakeside.\n");
    assert!(has_entity(&r, "Event", "Bay Forum"), "{:?}", entities(&r));
}

#[test]
fn founders_named_out_of_a_count_members_listed_after_its_members_and_a_name_in_initials() {
    let r = report_of_text("News report\n\nThe Bay-Harbour Free Trade Port Think Tank Network was established on April 21, jointly initiated by 17 think tanks from nine countries, including the Lakeside Institute for Reform (LIR) and the Centre for Bay Studies (Bayland). The Bay-HFTP Think Tank Network met in May.\nThe Lotus University (Country and Regional Studies) Think-Tank Network was founded in 2016, and twenty renowned centres are now its members, which include the East Institute of the Lakeside National University, the Asian Studies Centre of Universitas Bayland, and more.\n");
    let net = "Bay-Harbour Free Trade Port Think Tank Network";
    for o in ["Lakeside Institute for Reform", "Centre for Bay Studies"] {
        assert!(has_relation(&r, o, "founding_member", net), "{o}: {:?}", relations(&r));
    }
    // (the network written with some of its words as their initials is the same network)
    assert_eq!(labels_of(&r, "Alliance").iter().filter(|l| l.contains("Think Tank Network")).count(), 1, "{:?}", entities(&r));
    let lotus = "Lotus University (Country and Regional Studies) Think-Tank Network";
    assert!(has_entity(&r, "Alliance", lotus), "{:?}", entities(&r));
    assert!(relations(&r).iter().any(|x| x.0.starts_with("East Institute") && x.1 == "member" && x.2 == lotus), "{:?}", relations(&r));
    // (a unit of a university: the university is a body of its own)
    assert!(has_entity(&r, "Organization", "Lakeside National University"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "Universitas Bayland"), "{:?}", entities(&r));
}

#[test]
fn a_meeting_called_by_its_theme_the_network_it_is_of_and_its_co_chairs() {
    let text = "Bay Forum on the 30th Anniversary of Bay-Lake Dialogue Relations: Towards Growth\n\nOn March 19, 2021, the Lakeside Academy and Bay University co-chaired the Country Coordinator Meeting and the Annual Meeting of the Network of Bay-Lake Think-tanks (NBLT) with the theme “Bay Forum on the 30th Anniversary of Bay - Lake Dialogue Relations: Towards Growth” in hybrid form. The meeting discussed NBLT activities. Speaking at the opening ceremony, Dr. Tom Hale, Vice President of the Lakeside Academy, emphasized that relations are good.\n";
    let r = report_of_text(text);
    let forum = labels_of(&r, "Event").into_iter().filter(|l| l.starts_with("Bay Forum on the 30th Anniversary")).collect::<Vec<_>>();
    assert_eq!(forum.len(), 1, "{:?}", entities(&r));
    let forum = forum[0].as_str();
    assert!(!labels_of(&r, "Event").iter().any(|l| l.starts_with("Annual Meeting")), "{:?}", entities(&r));
    let network = r["entities"].as_array().unwrap().iter().find(|e| e["type"] == "Alliance" && e["label"] == "Network of Bay-Lake Think-tanks").expect("the network");
    assert!(network["aliases"].as_array().is_some_and(|a| a.iter().any(|x| x == "NBLT")), "{network}");
    assert!(!labels_of(&r, "Event").iter().any(|l| l == "NBLT"), "{:?}", entities(&r));
    for o in ["Lakeside Academy", "Bay University"] {
        assert!(has_relation(&r, forum, "organizer", o) && has_relation(&r, "Country Coordinator Meeting", "organizer", o), "{o}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Tom Hale", "spoke_at", forum), "{:?}", relations(&r));
}

#[test]
fn a_meeting_held_by_a_body_on_an_island_of_a_country_and_a_presentation_given_there() {
    let text = "Bay Group Meeting (2019-04-30)\n\nOn 30 April 2019, a working group meeting on the theme of \"Bay Connectivity and the Master Plan on Lake Connectivity 2025\" was held by the Network of Bay Think Tanks (NBTT) in Harbour Island of Malaysia. Ms. Anna Berg, Director of the Lotus Division of the Bay Centre (BC) attended the meeting and gave a presentation. The meeting was co-organized by the Institute of Strategic Studies (ISS) Malaysia and Lakeside University.\n";
    let r = report_of_text(text);
    let ev = "Bay Group Meeting";
    assert!(has_entity(&r, "Document", "Master Plan on Lake Connectivity 2025"), "{:?}", entities(&r));
    for (s, p, o) in [(ev, "held_at", "Harbour Island"), ("Harbour Island", "located_in", "Malaysia"), ("Anna Berg", "spoke_at", ev), ("Anna Berg", "position", "Bay Centre"), (ev, "organizer", "Lakeside University"), ("Institute of Strategic Studies", "located_in", "Malaysia")] {
        assert!(has_relation(&r, s, p, o), "{s} {p} {o}: {:?}", relations(&r));
    }
}

#[test]
fn a_name_cut_off_by_the_end_of_a_copy_names_nothing() {
    let r = report_of_text("News report\n\nThe Bay Forum opened in Lakeside. Tom Hale spoke. The network has also been a platform for the Forum of Bay-Lake Univ");
    assert!(!labels_of(&r, "Event").iter().any(|l| l.contains("Univ")), "{:?}", entities(&r));
    assert!(has_entity(&r, "Event", "Bay Forum"), "{:?}", entities(&r));
}

#[test]
fn seats_elected_on_an_alliance_s_council_a_unit_s_fields_joined_by_and_and_a_defined_short_form_with_the() {
    let text = "News report\n\nOn 2 May, the Lakeside Global Think Tank Alliance (hereinafter referred to as the \"LBTA\") held its first board meeting. Tom Hale, the chairman of the LBTA, opened it with a speech. After deliberations, the Center for Harbour Studies and the Institutes of Harbour Science and Development, Lakeside Academy of Sciences were elected as the LBTA's vice-president units. Anna Berg, Former Director-General of Department of Harbour Planning and Administration of Bay Ministry of Education, attended.\n";
    let r = report_of_text(text);
    let alliance = "Lakeside Global Think Tank Alliance";
    assert!(has_relation(&r, "Tom Hale", "position", alliance), "{:?}", relations(&r));
    assert!(has_relation(&r, "Center for Harbour Studies", "member", alliance), "{:?}", relations(&r));
    assert!(has_relation(&r, "Institutes of Harbour Science and Development", "member", alliance), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Lakeside Academy of Sciences", "member", alliance), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "Bay Ministry of Education"), "{:?}", entities(&r));
    // a word for people inside a name, before the field word that closes it
    let r2 = report_of_text("News report\n\nTom Hale, Former Director-General of the Cultural Department of Bay Administration of Visiting Experts Affairs attended the seminar.\n");
    assert!(has_entity(&r2, "Organization", "Bay Administration of Visiting Experts Affairs"), "{:?}", entities(&r2));
    assert!(has_relation(&r, "Anna Berg", "position", "Department of Harbour Planning and Administration of Bay Ministry of Education"), "{:?}", relations(&r));
    // an acronym after `and` is the next body, no field of the name before it
    let r = report_of_text("News report\n\nThe Harbour University of Civil Engineering and MBEI signed a memorandum.\n");
    assert!(!labels_of(&r, "Organization").iter().any(|l| l.ends_with("and MBEI")), "{:?}", entities(&r));
}

#[test]
fn a_network_introduced_after_its_initiator_a_title_held_for_the_body_one_stands_for_and_a_body_s_ordinal_meeting() {
    let text = "News report\n\nOn 9 June, Executive Vice President Peter Novak joined the Harbour Council (HC) 7th virtual conference hosted by the Bay Council on behalf of the Institute of Lake Studies (ILS), with Maria Lopez, Special Research Fellow of the Institute of Lake Studies. A regional network of think tanks founded by the Bay Council, HC links research institutes. Think tanks from 20 countries belong to the Harbour Council.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Alliance", "Harbour Council"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Bay Council", "founding_member", "Harbour Council"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Institute of Lake Studies"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Maria Lopez", "position", "Institute of Lake Studies"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Event", "Harbour Council 7th virtual conference"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Harbour Council 7th virtual conference", "organizer", "Bay Council"), "{:?}", relations(&r));
}

#[test]
fn an_alliance_s_secretariat_is_the_alliance_and_a_party_group_s_post_is_in_its_body() {
    let text = "News report\n\nThe Lakeside Global Think Tank Alliance (LBTA) held a seminar, presided by Peter Novak, Secretary-General of the LBTA Secretariat. Before the seminar, Tom Hale, Secretary of the Leading Party Members’ Group of Lakeside Academy met with the experts.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Peter Novak", "position", "Lakeside Global Think Tank Alliance"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Academy"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|l| l.contains("Secretariat") || l.contains("Group")), "{:?}", entities(&r));
}

#[test]
fn a_quoted_field_inside_a_body_s_name_and_a_short_form_after_a_post_s_of() {
    let text = "News report\n\nTom Hale, the chairman of the Lakeside Council and president of the BYAS, spoke. The meeting was prepared by the Training Center for “Lake and Road” Harbour Cooperation. Before it, Anna Berg, Secretary of the Leading Party Members’ Group of BYAS met the experts. The head of BAM (Bay Association of Managers) attended.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Organization", "Training Center for Lake and Road Harbour Cooperation"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "BYAS"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "BYAS"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|l| l == "BAM" || l.contains("Group")), "{:?}", entities(&r));
}

#[test]
fn the_think_tank_question_finds_founders_of_a_hyphenated_think_tank_network() {
    let d = tempfile::tempdir().unwrap();
    let article = d.path().join("network.txt");
    std::fs::write(&article, "News report\n\nThe Lake-Bay University Think-Tank Network was jointly launched by Lakeside University and Bay College on Monday.\n").unwrap();
    let csv = think_tank_question(&[article]);
    assert_eq!(csv, "think_tank,alliance,how\nBay College,Lake-Bay University Think-Tank Network,founder\nLakeside University,Lake-Bay University Think-Tank Network,founder\n", "{csv}");
}

#[test]
fn organisers_after_where_and_when_a_network_called_for_and_a_kind_of_body_alone() {
    let text = "News report\n\nThe First Bay Think Tank Summit was held in Nairobi, Kenya. The Summit was co-organized in Nairobi, Kenya, on May 10-12, 2030 by the Lakeside Foundation (LF) and the Bay Leadership Centre (BLC). It urged members to establish an Eastern Network of Think Tanks. Any Think Tank may apply.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "First Bay Think Tank Summit", "organizer", "Lakeside Foundation"), "{:?}", relations(&r));
    assert!(has_relation(&r, "First Bay Think Tank Summit", "organizer", "Bay Leadership Centre"), "{:?}", relations(&r));
    assert!(labels_of(&r, "Alliance").is_empty(), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|l| l.contains("Think Tank")), "{:?}", entities(&r));
}

#[test]
fn a_city_before_its_country_landforms_and_people_with_bracketed_affiliations() {
    let text = "News report\n\nBayport, Italy, was the host for the Harbour Week and the Lake Congress of the BHA. The group met high on Mount Corran in Switzerland. The board now has Anna Berg (Lakeside Centre for Security Policy) and Peter Novak (BCSP) as members. Dr. Tom Hale attended, representing BIR LAC. Their Professor, Maria Lopez, will chair it.\n";
    let r = report_of_text(text);
    for (ty, label) in [("Place", "Bayport"), ("Place", "Mount Corran"), ("Person", "Anna Berg"), ("Person", "Peter Novak"), ("Person", "Maria Lopez"), ("Organization", "BCSP"), ("Organization", "BIR LAC")] {
        assert!(has_entity(&r, ty, label), "missing {ty} {label}: {:?}", entities(&r));
    }
    assert!(has_relation(&r, "Mount Corran", "located_in", "Switzerland"), "{:?}", relations(&r));
    // (a body and its own acronym in brackets are no person)
    let r = report_of_text("News report\n\nThe ranking by Quillan Steyn (QS) was cited.\n");
    assert!(labels_of(&r, "Person").is_empty(), "{:?}", entities(&r));
}

#[test]
fn titles_in_a_semicolon_series_who_is_also_and_new_members_told_one_by_one() {
    let text = "News report\n\nSpeakers were the president of the Bay Academy, Tom Hale; Anna Berg, executive director; Peter Novak, General Secretary. Tom Hale, who is also president of the Lakeside Institute, spoke.\nThree new associate members were accepted into the Harbour Assessment Network this spring. These are the Observatório do Lago Azul (OLA) in Portugal, the Library of the Bay Parliament of Chile and the Hill Institute.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Anna Berg", "position", "Bay Academy"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "Bay Academy"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Lakeside Institute"), "{:?}", relations(&r));
    for body in ["Observatório do Lago Azul", "Library of the Bay Parliament of Chile"] {
        assert!(has_relation(&r, body, "member", "Harbour Assessment Network"), "{body}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Observatório do Lago Azul", "located_in", "Portugal"), "{:?}", relations(&r));
}

#[test]
fn a_region_of_a_city_s_name_provinces_listed_and_a_meeting_to_take_place() {
    let text = "News report\n\nShaanxi Province established sister-province relationships with the Almaty Region and Turkistan Region of Kazakhstan. Several provinces – including Hubei, Sichuan, Shaanxi – signed. He will attend the ‘Lake-Bay’ Summit to take place on May 18 in Xi'an.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Place", "Almaty Region"), "{:?}", entities(&r));
    for region in ["Almaty Region", "Turkistan Region"] {
        assert!(has_relation(&r, region, "located_in", "Kazakhstan"), "{region}: {:?}", relations(&r));
    }
    assert!(!relations(&r).iter().any(|x| x.1 == "located_in" && x.0 == "Hubei"), "{:?}", relations(&r));
    assert!(has_relation(&r, "‘Lake-Bay’ Summit", "held_at", "Xi'an"), "{:?}", relations(&r));
}

#[test]
fn a_network_by_the_words_before_its_of_and_a_unit_acronym_joined_to_its_parent_s() {
    let text = "News report\n\nThe Lake Network of Policy Institutes and Universities was opened in Vienna. The Lake Network met again later. The Ports Centre (PC) at the Bay Institute (BI) hosted a webinar. Tom Hale, Director PC-BI, said so.\n";
    let r = report_of_text(text);
    assert_eq!(labels_of(&r, "Alliance"), vec!["Lake Network of Policy Institutes and Universities"], "{:?}", entities(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Ports Centre"), "{:?}", relations(&r));
}

#[test]
fn a_forum_of_centres_a_meeting_on_a_theme_and_one_hosted_in_a_city() {
    let text = "News report\n\nThe Bay Council is to lead the BCA Forum of Policy Research Centres, he noted at the 4th meeting of the BCA Policy Forum on \"Ports and Roads.\" Two institutes met at the 5th annual symposium on ‘Ports of the Lake Region’, hosted by the Hill Institute for Ocean Studies in Kunming. Scholars gathered in Xi'an and Lanzhou for the second session of the Lake Policy Forum.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Alliance", "BCA Forum of Policy Research Centres"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Event", "BCA Policy Forum"), "{:?}", entities(&r));
    let conference = "5th annual symposium on ‘Ports of the Lake Region’";
    assert!(has_relation(&r, conference, "organizer", "Hill Institute for Ocean Studies"), "{:?}", relations(&r));
    assert!(has_relation(&r, conference, "held_at", "Kunming"), "{:?}", relations(&r));
    for city in ["Xi'an", "Lanzhou"] {
        assert!(has_relation(&r, "Lake Policy Forum", "held_at", city), "{city}: {:?}", relations(&r));
    }
    // (the Fifth Forum of Analytical Centers is a meeting)
    let r = report_of_text("News report\n\nThe Fifth Forum of Analytical Centers was held in Astana.\n");
    assert!(labels_of(&r, "Alliance").is_empty(), "{:?}", entities(&r));
}

#[test]
fn a_network_that_is_a_think_tank_a_founder_as_its_title_and_a_title_set_off_before_initials() {
    let text = "News report\n\nThe Lake-Bay Dialogue Network (LBDN) will open in Tema, Ghana with Dr Tom Hale as its Founder and President. The LBDN is an independent, non-profit think tank for research. Mr. Peter Novak, Chairman, LPAG gave a talk at the Global Bay Summit 2030. The Bay Summit 2030 was convened by the Lake Society Program (LSP) at the University of Lakeside together with the Bay Development Bank Institute (BDBI). (Bay Point News-August 28th, 2030)\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Organization", "Lake-Bay Dialogue Network"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Lake-Bay Dialogue Network"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Peter Novak", "position", "LPAG"), "{:?}", relations(&r));
    assert_eq!(labels_of(&r, "Event"), vec!["Global Bay Summit 2030"], "{:?}", entities(&r));
    assert!(has_relation(&r, "Global Bay Summit 2030", "organizer", "Bay Development Bank Institute"), "{:?}", relations(&r));
    // (a date glued by a hyphen is no part of a name)
    assert!(!entities(&r).iter().any(|(_, l)| l.contains("August")), "{:?}", entities(&r));
}

#[test]
fn two_titles_with_a_short_form_a_country_host_to_bodies_and_a_board_s_kind_alone() {
    let text = "News report\n\nThe President and Chief Executive Officer (CEO) of the Bay Institute (BI), Dr Tom Hale, opened the day. Ghana is home to the Lake Research Centre (LRC) and the Hill Policy Institute (HPI). The Board of Trustees met. Dubbed Lake Data Network (LDN), it links scholars.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Tom Hale", "position", "Bay Institute"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p.contains("Officer")), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|o| o == "CEO" || o == "Board of Trustees"), "{:?}", entities(&r));
    for body in ["Lake Research Centre", "Hill Policy Institute"] {
        assert!(has_relation(&r, body, "located_in", "Ghana"), "{body}: {:?}", relations(&r));
    }
    assert!(has_entity(&r, "Alliance", "Lake Data Network"), "{:?}", entities(&r));
}

#[test]
fn founders_of_an_it_named_in_the_sentence_after() {
    let text = "News report\n\nA new network for data scholars has been set up. It was launched by the Lake Centre for Evaluation (LCE), an Asia-based think tank, and Bay University. Dubbed Lake Data Network (LDN), it links scholars.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Lake Centre for Evaluation", "founding_member", "Lake Data Network"), "{:?}", relations(&r));
    // (the apposition calls it a think tank)
    assert_eq!(entity(&r, "Lake Centre for Evaluation")["kind"], "ThinkTank");
    // (no network named after: nobody founds one)
    let r = report_of_text("News report\n\nA network has been launched. It was launched by the Lake Centre for Evaluation (LCE).\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "founding_member"), "{:?}", relations(&r));
}

#[test]
fn a_body_s_meeting_named_after_its_acronym_with_and_without_its_edition() {
    let text = "News report\n\nThe 3rd Harbour Council for Lake Studies (HCLS) Youth Forum was held on Friday in Kunming. Anna Berg, Vice National Coordinator from the Lake Secretariat, spoke in her address at the forum. This year's HCLS Youth Forum was jointly organised by the Bay Institute.\n";
    let r = report_of_text(text);
    let forum = "3rd Harbour Council for Lake Studies Youth Forum";
    assert_eq!(labels_of(&r, "Event"), vec![forum], "{:?}", entities(&r));
    // (the body keeps its own mention, without the meeting's edition)
    assert!(has_entity(&r, "Organization", "Harbour Council for Lake Studies"), "{:?}", entities(&r));
    assert!(has_relation(&r, forum, "held_at", "Kunming"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Lake Secretariat"), "{:?}", relations(&r));
    // (the same meeting later, by the body's acronym and without its edition)
    assert!(has_relation(&r, forum, "organizer", "Bay Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "spoke_at", forum), "{:?}", relations(&r));
    // (words after the bracket in another sentence name no meeting)
    let r = report_of_text("News report\n\nThe forum was run by the Lake Centre (LC). The Bayport Summit was held later.\n");
    assert!(!labels_of(&r, "Event").iter().any(|e| e.contains("Lake Centre")), "{:?}", entities(&r));
}

#[test]
fn new_members_numbered_a_possessive_unit_s_fellow_and_a_state_s_formal_name() {
    let text = "News report\n\nThe Bay Thinkers Network links scholars. Today the network welcomed two new members: 1) The Lake Centre (LC) and 2) The Harbour Academy of Sciences (HAS). The Lake Centre holds an Observer Seat on two boards.\n\nMr. Tom Hale, Senior Fellow at Lakeside University’s Institute of Bay Studies, opened the talks. Ms. Anna Berg, First Secretary at the Embassy of Bayland in the Kingdom of Thailand, gave a toast.\n";
    let r = report_of_text(text);
    for body in ["Lake Centre", "Harbour Academy of Sciences"] {
        assert!(has_relation(&r, body, "member", "Bay Thinkers Network"), "{body}: {:?}", relations(&r));
    }
    // (no person after an indefinite article)
    assert!(!labels_of(&r, "Person").iter().any(|p| p.contains("Observer")), "{:?}", entities(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Institute of Bay Studies"), "{:?}", relations(&r));
    let embassy = "Embassy of Bayland in the Kingdom of Thailand";
    assert!(has_relation(&r, "Anna Berg", "position", embassy), "{:?}", relations(&r));
    assert!(has_relation(&r, embassy, "located_in", "Thailand"), "{:?}", relations(&r));
    // (the state's form stays in the name: no short form cut at `of`)
    assert!(entity(&r, embassy)["aliases"].as_array().is_none_or(|a| a.is_empty()), "{:?}", entity(&r, embassy));
}

#[test]
fn a_centre_three_bodies_found_by_signing_is_an_alliance() {
    let text = "News report\n\nBay Youth Exchange Centre Launched\n\nPresidents of Lakeside University, Harbour University, Hill University and Lake University signed a MoU on Bay Youth Exchange Centre. Deputy Director from Bayport Education Commission Li Jun thinks the work matters.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Alliance", "Bay Youth Exchange Centre"), "{:?}", entities(&r));
    for u in ["Lakeside University", "Harbour University", "Hill University", "Lake University"] {
        assert!(has_relation(&r, u, "founding_member", "Bay Youth Exchange Centre"), "{u}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Li Jun", "position", "Bayport Education Commission"), "{:?}", relations(&r));
    // (a count of signers says so too)
    let r = report_of_text("News report\n\nThe Lake Youth Centre was set up in Bayport last week, with five universities from three countries signing an agreement.\n");
    assert!(has_entity(&r, "Alliance", "Lake Youth Centre"), "{:?}", entities(&r));
    // (two signers found a joint centre, no alliance)
    let r = report_of_text("News report\n\nLakeside University and Harbour University signed a MoU on the Bay Research Centre.\n");
    assert!(!has_entity(&r, "Alliance", "Bay Research Centre"), "{:?}", entities(&r));
}

#[test]
fn a_polytechnic_named_head_first_a_co_chair_and_a_junior_officer() {
    let text = "News report\n\nA note by Anna Maria Berg, Junior Project Officer at the Bay Alliance. Tom Hale, professor from Lakeside University, and Peter Novak, professor from Politecnico di Bayport, were appointed as Chair and Co-Chair of the General Assembly.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Organization", "Politecnico di Bayport"), "{:?}", entities(&r));
    assert_eq!(entity(&r, "Politecnico di Bayport")["kind"], "University");
    assert!(has_relation(&r, "Peter Novak", "position", "Politecnico di Bayport"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Maria Berg", "position", "Bay Alliance"), "{:?}", relations(&r));
    // (a title is no meeting's name)
    assert!(!labels_of(&r, "Event").iter().any(|e| e.starts_with("Co-Chair")), "{:?}", entities(&r));
}

#[test]
fn titles_of_the_alliance_the_report_names_and_a_unit_with_its_parent_first() {
    let text = "News report\n\nOn March 3, the Annual Seminar of Bay Talent Alliance, hosted by Bay Talent Alliance and organized by the School of Law of Lakeside University, was held at Lakeside University. Tom Hale, Chairman of the Executive Committee of the Alliance, President of the Harbour Institute, delivered a speech. Anna Berg, Deputy Secretary-General of the alliance and Dean of Lakeside University School of Law, presided.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Tom Hale", "position", "Bay Talent Alliance"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Harbour Institute"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Bay Talent Alliance"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "School of Law of Lakeside University"), "{:?}", relations(&r));
    // (the alliance's committee is no body of its own; the school is one body under two orders)
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.contains("Executive Committee") || o == "Lakeside University School of Law"), "{:?}", entities(&r));
}

#[test]
fn a_town_no_lexicon_knows_where_something_was_done() {
    let text = "News report\n\nThe league was formally established on 5 July 2030 in Bayford. Its board met again in Lakeview to discuss the plan. The plan was signed in Bayford Lakeside University. Anna Berg lives in Denmark.\n";
    let r = report_of_text(text);
    for town in ["Bayford", "Lakeview"] {
        assert!(has_entity(&r, "Place", town), "{town}: {:?}", entities(&r));
    }
    // (a known city after an unknown town is read too)
    let r2 = report_of_text("News report\n\nThe board met again in Lakeview in Paris to discuss the plan.\n");
    assert!(has_entity(&r2, "Place", "Paris") || has_entity(&r2, "Place", "巴黎"), "{:?}", entities(&r2));
    // (a name going on after the word is no town; a word with no deed or date near is left)
    assert!(!labels_of(&r, "Place").iter().any(|p| p.contains("Lakeside")), "{:?}", entities(&r));
    let r = report_of_text("News report\n\nShe believes in Harmony above all.\n");
    assert!(labels_of(&r, "Place").is_empty(), "{:?}", entities(&r));
}

#[test]
fn an_appointed_person_with_an_initial_and_the_posts_a_he_sentence_tells() {
    let text = "News report\n\nRenowned analyst P Tom Hale has been appointed as director of the Bay Institute of Policy Studies, a think tank of Lakeside University. Hale will assume the charge next week.\n\nPrior to that, he was a professor of Lake Studies at the Harbour University in Kunming.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Person", "P Tom Hale"), "{:?}", entities(&r));
    assert!(has_relation(&r, "P Tom Hale", "position", "Bay Institute of Policy Studies"), "{:?}", relations(&r));
    // (the lone initial refers to no one: no alias of one letter)
    assert!(!entity(&r, "P Tom Hale")["aliases"].as_array().is_some_and(|a| a.iter().any(|x| x == "P")), "{:?}", entity(&r, "P Tom Hale"));
    // (he: the person who opened the last sentence a person opens)
    let text = "News report\n\nTom Hale has been appointed as director of the Bay Institute. Hale said it was an honour. Prior to that, he was a professor of Lake Studies at the Harbour University.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Tom Hale", "position", "Harbour University"), "{:?}", relations(&r));
    // (no person opens a sentence before: the pronoun refers to no one named)
    let r = report_of_text("News report\n\nThe Bay Institute opened in 2030. He was a professor at the Harbour University.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "position" && x.2 == "Harbour University"), "{:?}", relations(&r));
}

#[test]
fn one_person_without_middle_names_one_alliance_in_either_quotes_and_a_consensus_issued() {
    let text = "News report\n\nThe Bay Institute bid farewell to Ambassador Tom Peter Hale. Ambassador Tom Hale joined the institute in 2018. Hale said the work went on.\n\nFormer Foreign Secretary and the new Director General of the Bay Institute, Ambassador Anna Berg, thanked him.\n";
    let r = report_of_text(text);
    let people = labels_of(&r, "Person");
    assert_eq!(people.iter().filter(|p| p.contains("Hale")).count(), 1, "{people:?}");
    assert!(has_relation(&r, "Anna Berg", "position", "Bay Institute"), "{:?}", relations(&r));
    let text = "News report\n\nIn 2015, Lakeside University and Bay University jointly issued the \"Harbour Consensus\" and founded the \"Harbour\" University Alliance. The “Harbour” University Alliance now has 197 members.\n";
    let r = report_of_text(text);
    assert_eq!(labels_of(&r, "Alliance").len(), 1, "{:?}", entities(&r));
    assert!(has_entity(&r, "Document", "Harbour Consensus"), "{:?}", entities(&r));
    // (a year set off before a list of bodies is no body)
    assert!(!labels_of(&r, "Organization").iter().any(|o| o == "2015"), "{:?}", entities(&r));
}

#[test]
fn a_body_under_its_official_name_and_a_word_with_its_bracketed_other_opening_a_name() {
    let text = "News report\n\nThe forum was organised by the Publicity (Outreach) Department of the Bay Council, the Bay Publishing Administration (officially known as Bay Media Group or BMG), and the Lakeside Institute.\n\nThe Bay Media Group sent ten reporters.\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Organization", "Publicity (Outreach) Department of the Bay Council"), "{:?}", entities(&r));
    let groups: Vec<String> = labels_of(&r, "Organization").into_iter().filter(|o| o.contains("Bay Media Group") || o.contains("Bay Publishing Administration")).collect();
    assert_eq!(groups, vec!["Bay Publishing Administration"], "{:?}", entities(&r));
    // (a bracketed word not after `the`, a comma or the sentence's start opens nothing)
    let r = report_of_text("News report\n\nShe spoke of peace (Harmony) Department of the Bay Council staff.\n");
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.starts_with("peace") || o.starts_with("Harmony")), "{:?}", entities(&r));
}

#[test]
fn a_house_that_is_a_body_its_full_name_in_apposition_and_a_house_office() {
    let r = report_of_text("News report\n\nPresident Tom Hale visited Harbour House, the Royal Institute of Bay Affairs, and signed a memorandum. Harbour House is the largest of its kind.\n");
    let bodies: Vec<String> = labels_of(&r, "Organization");
    assert_eq!(bodies.len(), 1, "{:?}", entities(&r));
    assert!(entity(&r, &bodies[0])["aliases"].as_array().is_some_and(|a| a.iter().any(|x| x == "Harbour House")), "{:?}", entity(&r, &bodies[0]));
    assert!(!labels_of(&r, "Person").iter().any(|p| p.contains("House")), "{:?}", entities(&r));
    // (a list of bodies, each after `the`, keeps them apart)
    let r = report_of_text("News report\n\nDelegates from Lakeside University, the Bay Institute of Policy Studies, and the Harbour Academy attended.\n");
    assert_eq!(labels_of(&r, "Organization").len(), 3, "{:?}", entities(&r));
    // (a house before a word for rooms is a building)
    let r = report_of_text("News report\n\nThe minister received Tom Hale at his Lakeview House office on Monday.\n");
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.contains("House")), "{:?}", entities(&r));
}

#[test]
fn a_monarch_by_title_given_name_and_regnal_number() {
    let r = report_of_text("News report\n\nKing Tomas IV laid the cornerstone of the Lakeside Institute. The King Tomas IV Academy for Leadership opened later.\n");
    assert!(has_entity(&r, "Person", "Tomas IV"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "King Tomas IV Academy for Leadership"), "{:?}", entities(&r));
    // (no regnal number: the title and a name of one word name no one here)
    let r = report_of_text("News report\n\nKing Street was closed for the parade.\n");
    assert!(labels_of(&r, "Person").is_empty(), "{:?}", entities(&r));
}

#[test]
fn a_family_name_opening_a_sentence_before_its_verb_refers_to_the_person() {
    let text = "News report\n\nThe renowned analyst Tom Hale has been appointed as director of the Bay Institute. Hale has held posts at leading institutions. Prior to that, he was a professor of Coastal Studies at the Harbour University.\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "Tom Hale", "position", "Harbour University"), "{:?}", relations(&r));
    // (a word that is no one's name opening the sentence refers to no one)
    let r = report_of_text("News report\n\nThe renowned analyst Tom Hale has been appointed as director of the Bay Institute. Trade has grown. Prior to that, he was a professor at the Harbour University.\n");
    assert!(!labels_of(&r, "Person").iter().any(|p| p == "Trade"), "{:?}", entities(&r));
}

#[test]
fn a_body_that_acts_with_others_it_counts_founds_the_alliance() {
    let r = report_of_text("News report\n\nIn 2015, Lakeside University and 47 universities from 8 countries jointly issued the Bay Consensus and initiated the establishment of the Harbour University Alliance.\n");
    assert!(has_relation(&r, "Lakeside University", "founding_member", "Harbour University Alliance"), "{:?}", relations(&r));
    // (a count alone, no body named with it: nobody named founds it)
    let r = report_of_text("News report\n\nIn 2015, 47 universities from 8 countries initiated the establishment of the Harbour University Alliance.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "founding_member"), "{:?}", relations(&r));
}

#[test]
fn a_post_told_as_the_term_one_completed_is_in_the_body_the_sentence_opens_with() {
    let r = report_of_text("News report\n\nThe Bay Institute bid a fond farewell to Ambassador Tom Hale upon the completion of his term as Director-General.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Bay Institute"), "{:?}", relations(&r));
    // (a term as something that is no post gives none)
    let r = report_of_text("News report\n\nThe Bay Institute thanked Anna Berg for her term as a writer in residence.\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "position"), "{:?}", relations(&r));
}

#[test]
fn a_delegation_s_members_with_their_titles_hold_them_in_its_body() {
    let r = report_of_text("News report\n\nThe Bay Institute (BI) team comprised Tom Hale, President, Anna Berg, Treasurer, Peter Novak, Programme Officer and Li Hua, Secretary.\n");
    for (person, title) in [("Tom Hale", "President"), ("Anna Berg", "Treasurer"), ("Peter Novak", "Programme Officer"), ("Li Hua", "Secretary")] {
        assert!(relations(&r).iter().any(|x| x.0 == person && x.1 == "position" && x.2 == "Bay Institute" && x.3 == title), "{person}: {:?}", relations(&r));
    }
    // (a list after a verb that is no delegation's gives none)
    let r = report_of_text("News report\n\nThe Bay Institute report praised Tom Hale, Chairman of the Lake Club.\n");
    assert!(!has_relation(&r, "Tom Hale", "position", "Bay Institute"), "{:?}", relations(&r));
}

#[test]
fn titles_of_several_words_fields_after_posts_and_family_names_in_capitals() {
    // a title whose last word and the next spell a longer one, no person read from its words
    let r = report_of_text("News report\n\nOur guests were Prof. Wang Ming, Deputy Director General and Senior Research Fellow of the Bay Centre, and Mr. Tom Hale, associate of the Lake Academy of History.\n");
    assert!(has_relation(&r, "Wang Ming", "position", "Bay Centre"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p == "General"), "{:?}", entities(&r));
    // a post, then the field it is for, set off by commas; the field is no person
    let r = report_of_text("News report\n\nThe accord bears the name of Dr. Tom Hale, Senior Vice Provost, Global Cooperation, Bayford State University.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Bayford State University"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p.contains("Cooperation")), "{:?}", entities(&r));
    // a Chinese family name in capitals before the given name
    let r = report_of_text("News report\n\nBayford University Council Chairperson LIU Haiyan welcomed the guests.\n");
    assert!(has_relation(&r, "LIU Haiyan", "position", "Bayford University"), "{:?}", relations(&r));
    // a body's acronym, its title, then a verb of saying with no comma
    let r = report_of_text("News report\n\nThe Bay Academy (BA) sent a team. Dr. Anna Berg, BA President said that it will work and grow.\n");
    assert!(has_relation(&r, "Anna Berg", "position", "Bay Academy"), "{:?}", relations(&r));
    // a mission's temporary head; a rank before a post; an envoy's full title is no name
    let r = report_of_text("News report\n\nLi Hua, Charge d'Affaires ad Interim of the Chinese Embassy in Kenya, spoke. Senior Colonel Wang Lei, Commandant of the Bay Defence College, chaired it. Ambassador Tom Hale, Ambassador Extraordinary and Plenipotentiary of Kenya to China, spoke.\n");
    assert!(has_relation(&r, "Li Hua", "position", "Chinese Embassy in Kenya"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Wang Lei", "position", "Bay Defence College"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p == "Extraordinary"), "{:?}", entities(&r));
}

#[test]
fn acronyms_of_earlier_names_titles_in_two_bodies_and_possessive_countries() {
    // a bracketed acronym that spells an earlier name's initials is that body's
    let r = report_of_text("News report\n\nThe team toured the Bay Centre for Lake Innovation under the auspices of UNESCO (BCLI). Prof. Tom Hale, Director of BCLI, met them.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Bay Centre for Lake Innovation"), "{:?}", relations(&r));
    // one title held in two bodies named with `and`
    let r = report_of_text("News report\n\nIt was signed by the Bay Centre for Studies (BCS) and the Lake Institute for Development (LID). The talks were led by the Director of BCS and LID, Prof. Tom Hale in the morning.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Bay Centre for Studies"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Lake Institute for Development"), "{:?}", relations(&r));
    // a country of two words in the possessive before a body, after a titled name
    let r = report_of_text("News report\n\nAmbassador Tom Hale of South Africa's Department of Lake Affairs (DLA) spoke.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Department of Lake Affairs"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Department of Lake Affairs", "located_in", "South Africa"), "{:?}", relations(&r));
}

#[test]
fn lectures_treasuries_listed_cities_and_a_city_closing_a_name() {
    let r = report_of_text("News report\n\nThe 15th Bay Lecture closed in Kenya with the Lake Institute hosting it. A grant came from Kenyan National Treasury Cabinet Secretary Tom Hale last year.\n");
    assert!(has_entity(&r, "Event", "15th Bay Lecture"), "{:?}", entities(&r));
    assert!(relations(&r).iter().any(|x| x.0 == "Tom Hale" && x.1 == "position" && x.2.ends_with("National Treasury")), "{:?}", relations(&r));
    // a city the lexicon lacks, listed with cities it knows; a city closing a body's name
    let r = report_of_text("News report\n\nThe Institute of Bay Studies Lahore (IBSL) ran the meeting. Think tanks from Islamabad, Lahore, Karachi, Peshawar and Eastmere took part. Opening the meeting, Director General IBSL, Ambassador Tom Hale set out its aims.\n");
    assert!(has_entity(&r, "Place", "Eastmere"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Institute of Bay Studies Lahore", "located_in", "Lahore"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Institute of Bay Studies Lahore"), "{:?}", relations(&r));
    // (a list of countries is read as the lexicon reads it, no place added)
    let r = report_of_text("News report\n\nMinisters from Kenya, Uganda, Tanzania and Bayland met.\n");
    assert!(!labels_of(&r, "Place").iter().any(|p| p == "Bayland"), "{:?}", entities(&r));
}

#[test]
fn series_of_titled_names_dashes_towns_and_topics_in_meeting_names() {
    // a comma series of names with bare titles: the body of the first titled name
    let r = report_of_text("News report\n\nAt the Bay Academy (BA), the visitors met academician Tom Hale, BA President, academician Anna Berg, Vice President and academician Peter Novak, Secretary General, on Friday.\n");
    let rel = relations(&r);
    let body_of = |p: &str| rel.iter().find(|x| x.0 == p && x.1 == "position").map(|x| x.2.clone());
    assert!(body_of("Tom Hale").is_some(), "{rel:?}");
    assert_eq!(body_of("Anna Berg"), body_of("Tom Hale"), "{rel:?}");
    assert_eq!(body_of("Peter Novak"), body_of("Tom Hale"), "{rel:?}");
    // a dash sets the title off; a year before an honorific opens no name
    let r = report_of_text("News report\n\nIn May 2016 Prof. Tom Hale – the President of the Bay Academy of Sciences (BAS) opened the new hall of the academy.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Bay Academy of Sciences"), "{:?}", relations(&r));
    // the town of X is a place; a meeting's topic after `on` goes on past `in`
    let r = report_of_text("News report\n\nThe fair took place at the town of Eastmere last spring. The 2022 Seminar on Port Logistics in Coastal Trade will open in June.\n");
    assert!(has_entity(&r, "Place", "Eastmere"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Event", "2022 Seminar on Port Logistics in Coastal Trade"), "{:?}", entities(&r));
    // a delegation from a country's body, led by a name whose title follows, the body called back
    let r = report_of_text("News report\n\nLast week a delegation from Kenya ’s Academy of Coastal Sciences led by Tom Hale, the Academy’s President, arrived in Bayport.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Academy of Coastal Sciences"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Academy of Coastal Sciences", "located_in", "Kenya"), "{:?}", relations(&r));
}

#[test]
fn panels_round_tables_meetings_named_after_titles_and_places_after_names() {
    // a meeting's head read after a title names the meeting; a panel's members speak at it
    let r = report_of_text("News report\n\nThe Bay Institute (BI) opened its Consul Forum lecture cycle in May. The panellists of the forum included Ambassador Peter Novak, the High Commissioner of Kenya Li Hua and Mr. Wang Ming.\n");
    assert!(has_entity(&r, "Event", "Consul Forum"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p == "Forum"), "{:?}", entities(&r));
    for p in ["Peter Novak", "Li Hua", "Wang Ming"] {
        assert!(has_relation(&r, p, "spoke_at", "Consul Forum"), "{p}: {:?}", relations(&r));
    }
    // a round table discussion is a meeting; a secretary's portfolio before the title; no
    // person called Guest
    let r = report_of_text("News report\n\nThe Bay Institute organized a Round Table Discussion (RTD) on ports. Interior Secretary General Tom Hale came to the Lake Auditorium as its Chief Guest.\n");
    assert!(has_entity(&r, "Event", "Round Table Discussion"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Person", "Tom Hale"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p == "Guest"), "{:?}", entities(&r));
    // a city right after a body's bracketed acronym, a country written straight after its name
    let r = report_of_text("News report\n\nTalks at the University of Bay Studies (UBS) Lahore ended in an accord with the Lake University for Minorities China last month.\n");
    assert!(has_relation(&r, "University of Bay Studies", "located_in", "Lahore"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Lake University for Minorities", "located_in", "China"), "{:?}", relations(&r));
}

#[test]
fn ranks_before_a_name_and_a_city_between_a_body_and_its_country() {
    let r = report_of_text("News report\n\nThe Bay Forum was held on Monday. The panellists of the forum included Interior Secretary Colonel Professor Tom Hale, and the High Commissioner of Kenya Li Hua.\n");
    assert!(has_entity(&r, "Person", "Tom Hale"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p.starts_with("Colonel")), "{:?}", entities(&r));
    let r = report_of_text("News report\n\nPartners include Bay University, Eastmere, Kenya and Lake College, Westmere, China.\n");
    assert!(has_relation(&r, "Bay University", "located_in", "Eastmere"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Westmere", "located_in", "China"), "{:?}", relations(&r));
}

#[test]
fn surname_he_names_of_bodies_and_quoted_or_titled_meetings() {
    // `He` before a pinyin given name is the family name; the pronoun is no name
    let r = report_of_text("News report\n\nPresident He Ming of the Lake Academy toured the harbour. He said the visit went well.\n");
    assert!(has_entity(&r, "Person", "He Ming"), "{:?}", entities(&r));
    assert!(has_relation(&r, "He Ming", "position", "Lake Academy"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p == "Ming"), "{:?}", entities(&r));
    // a name, then `of` and the body: a person and the body he is of
    let r = report_of_text("News report\n\nOn Monday, Peter Novak of Bay University spoke at the meeting, and the talks were attended by Li Wei of the Harbour Institute.\n");
    for (p, o) in [("Peter Novak", "Bay University"), ("Li Wei", "Harbour Institute")] {
        assert!(has_entity(&r, "Person", p), "{:?}", entities(&r));
        assert!(has_entity(&r, "Organization", o), "{:?}", entities(&r));
    }
    // a meeting on a quoted theme, or titled in single quotes, is named by it
    let r = report_of_text("News report\n\nLast week the Harbour Centre hosted a seminar on “Trade Links of Bayland and Lakeland” in Eastmere. Tom Hale will chair a symposium titled 'Bayland-Lakeland Ties: Views for the Future' at the Lake Hotel.\n");
    assert!(has_entity(&r, "Event", "Trade Links of Bayland and Lakeland"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Event", "Bayland-Lakeland Ties: Views for the Future"), "{:?}", entities(&r));
}

#[test]
fn headline_signings_section_headings_themes_and_guests() {
    // a signing joined to a meeting's name is no part of it; a heading naming a signing by its
    // kind names no meeting; a title's gerund and preposition name no one
    let r = report_of_text("Bayland-Lakeland Trade Seminar and Signing of Memorandum of Cooperation of Two Institutes\n\nMarch 3, 2031\n\nMoU Signing Ceremony\n\nIts theme was “Building Bridges Across Seas”, and Chief Guest Mr. Tom Hale, a minister of Bayland, opened it.\n");
    assert!(has_entity(&r, "Event", "Bayland-Lakeland Trade Seminar"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Event").iter().any(|e| e.contains("Signing")), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p.contains("Building")), "{:?}", entities(&r));
    assert!(has_entity(&r, "Person", "Tom Hale"), "{:?}", entities(&r));
    // a forum with a chairman is a standing body; a body placed under an academy names it too
    let r = report_of_text("News report\n\nAnna Berg, Chairman of the Bay Reform Forum, met the visitors. They had first visited the Bay Reform Forum in May. The Harbour Institute of Strategy under the Lake Academy of Social Sciences sent two scholars.\n");
    assert!(has_entity(&r, "Organization", "Bay Reform Forum"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "Bay Reform Forum"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "Lake Academy of Social Sciences"), "{:?}", entities(&r));
}

#[test]
fn second_posts_after_and_initials_postnominals_and_styles() {
    // a title and its `of` after `and` opens the person's second post, not the body's name
    let r = report_of_text("News report\n\nThe keynote was given by Dr. Tom Hale, Professor of Economics at the University of Eastmere and Executive Director of the Harbour Centre (HC).\n");
    assert!(has_relation(&r, "Tom Hale", "position", "University of Eastmere"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "Harbour Centre"), "{:?}", relations(&r));
    // lone capitals before a surname are initials (`A` too); an officer's postnominal letters
    // stand between his name and his title; the name without its initials is him again
    let r = report_of_text("News report\n\nGuests include Brigadier A K Hale, ndc, psc (Retd), Director, Lake Institute (LI), and J Peter Novak, Director, Bay Institute (BI). Peter Novak said the ties were strong.\n");
    assert!(has_relation(&r, "A K Hale", "position", "Lake Institute"), "{:?}", relations(&r));
    assert_eq!(labels_of(&r, "Person").iter().filter(|p| p.contains("Novak")).count(), 1, "{:?}", entities(&r));
    // an academic rank used as a style after a lower-case title; a name's Md./Sk. opening
    let r = report_of_text("News report\n\nThe Bay Centre (BC) organized the dialogue. BC chairperson Professor Tom Hale opened the talks. Md. Wang Ming, Registrar of Eastmere University, signed the minutes.\n");
    assert!(has_relation(&r, "Tom Hale", "position", "Bay Centre"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Md. Wang Ming", "position", "Eastmere University"), "{:?}", relations(&r));
}

#[test]
fn speakers_of_a_hosted_seminar_named_by_its_theme() {
    // a hosted meeting is the report's; who delivered its keynote, its speeches or its vote of
    // thanks spoke at it
    let r = report_of_text("News report\n\nLast week the Harbour Centre hosted a seminar on “Trade Links of Bayland and Lakeland” in Eastmere. The opening address was delivered by Dr. Tom Hale, a professor at Eastmere University. Three speakers Anna Berg of Lake University, Peter Novak of Bay University and Wang Ming of Eastmere College took the floor. Li Hua of Eastmere University then delivered a short vote of thanks.\n");
    for p in ["Tom Hale", "Anna Berg", "Peter Novak", "Wang Ming", "Li Hua"] {
        assert!(has_relation(&r, p, "spoke_at", "Trade Links of Bayland and Lakeland"), "{p}: {:?}", relations(&r));
    }
}

#[test]
fn meetings_between_parties_quoted_and_held_and_south_asian_name_particles() {
    // a meeting's name goes on with the parties it is between; a quotation holding a meeting's
    // head that is held names it
    let r = report_of_text("News report\n\nScholars met at the Bayland Forum on Dialogue between Cultures last week. In May the “Lakeland Forum: Paths of Peoples” was held in Westmere.\n");
    assert!(has_entity(&r, "Event", "Bayland Forum on Dialogue between Cultures"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Event", "Lakeland Forum: Paths of Peoples"), "{:?}", entities(&r));
    // the Arabic article inside a name; a title, then a body's capitals and the name
    let r = report_of_text("News report\n\nThe dialogue brought together Dr. Karim ur Hale, Director of the Bay Institute. The talks were chaired by President, BPI Tom Hale, with president LPS Anna Berg.\n");
    assert!(has_entity(&r, "Person", "Karim ur Hale"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Tom Hale", "position", "BPI"), "{:?}", relations(&r));
    assert!(has_relation(&r, "Anna Berg", "position", "LPS"), "{:?}", relations(&r));
}

#[test]
fn envoys_after_their_country_and_people_listed_after_a_plural_title() {
    // the country an envoy is sent to, then his name; a list after a plural title
    let r = report_of_text("News report\n\nAt the dinner, the Kenyan ambassador to Peru Peter Novak thanked the guests; the Peruvian ambassador to Kenya Omar-ud-Din replied. Guests were former ambassadors Tom Hale, Anna R. Berg, and Wang Ming.\n");
    for p in ["Peter Novak", "Omar-ud-Din", "Tom Hale", "Anna R. Berg", "Wang Ming"] {
        assert!(has_entity(&r, "Person", p), "{p}: {:?}", entities(&r));
    }
}

#[test]
fn those_who_attended_and_addressed_a_portfolio_minister_and_a_titled_possessive_acronym() {
    // people listed as attending the opening and addressing the forum spoke at it; a minister
    // titled by his portfolio; capitals written as a possessive before a title are a body
    let r = report_of_text("News report\n\nThe “Lakeland Forum: Paths of Peoples” was held in Westmere. Tom Hale, a mayor, and Li Hua, Deputy Director of Bay Group (BG), attended the opening session and addressed the forum. Peter Novak, former Trade Minister of Kenya then delivered a recorded speech. Wang Ming, BNU’s president made a keynote speech at the close.\n");
    for p in ["Tom Hale", "Li Hua", "Peter Novak", "Wang Ming"] {
        assert!(has_relation(&r, p, "spoke_at", "Lakeland Forum: Paths of Peoples"), "{p}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "Wang Ming", "position", "BNU"), "{:?}", relations(&r));
}

#[test]
fn a_unit_at_its_body_hosts_and_fields_or_in_house_words_name_nothing() {
    // the unit named before `at` its body is the host; a field set off among titles is no
    // person; an in-house meeting is named by its kind only
    let r = report_of_text("News report\n\nLast month the Harbour Centre (HC) at the Lake Institute (LI) hosted the Bay Water Workshop. Among the guests was Mr. Tom Hale, Research Fellow, Marine Studies, Lake Academy. The institute then held an In-House Meeting.\n");
    assert!(has_relation(&r, "Bay Water Workshop", "organizer", "Harbour Centre"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "Bay Water Workshop", "organizer", "Lake Institute"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p.ends_with("Studies")), "{:?}", entities(&r));
    assert!(labels_of(&r, "Event").iter().all(|e| e != "In-House Meeting"), "{:?}", entities(&r));
}

#[test]
fn a_dateline_before_a_bracketed_credit_and_a_city_between_a_body_and_its_verb() {
    // a known city in capitals before the agency's bracketed credit is the dateline; a city
    // set off after a body no list holds, before its verb, is where the body is
    let r = report_of_text("Bay News\n\nSeminar Marks Anniversary\n\nKARACHI, (Bay News - 3rd May, 2031 ) :The Lake Council organized a seminar. The Harbour Institute, Lahore hosted a round table on trade.\n");
    assert!(has_entity(&r, "Place", "Karachi"), "{:?}", entities(&r));
    assert!(has_relation(&r, "Harbour Institute", "located_in", "Lahore"), "{:?}", relations(&r));
}
