//! Relation rules for English text, in the registry beside the Chinese ones: each rule a
//! function with its id, pattern and example.

use crate::lexicon::OrgKind;
use crate::recognize::EntityType;
use crate::relate::{Doc, Object, Predicate, Relation, Rule, Run, Sent};
use super::words::without_acronym;

pub const RULES: &[Rule] = &[
    Rule {
        id: "position.en-field-minister",
        predicate: Predicate::Position,
        pattern: "(DEMONYM) (Vice/Deputy) FIELD Minister NAME, when the article names that country's Ministry of FIELD (Affairs)",
        example: "Bayland's Ministry of Foreign Affairs hosted it. Bayland Vice Foreign Minister Ann Lee spoke → Ann Lee holds the post in that ministry",
        run: Run::Sentence(field_minister_in_named_ministry),
    },
    Rule {
        id: "position.en-appositive",
        predicate: Predicate::Position,
        pattern: "NAME, (a|the) TITLE of/at ORG; NAME, TITLE of the university (the one named before)",
        example: "Anna Berg, vice-rector of Lakeside University, said … → vice-rector at Lakeside University",
        run: Run::Sentence(appositive_post),
    },
    Rule {
        id: "position.en-title-of-the-alliance",
        predicate: Predicate::Position,
        pattern: "NAME, TITLE (of the Executive Committee) of the alliance/network/consortium: the one the report names",
        example: "Bay Alliance … Anna Berg, Deputy Secretary-General of the alliance, spoke → a post in the Bay Alliance",
        run: Run::Sentence(title_of_the_alliance),
    },
    Rule {
        id: "position.en-name-the-title",
        predicate: Predicate::Position,
        pattern: "NAME(,) the TITLE of (the) ORG; NAME(,) the ORG TITLE",
        example: "guests including Prof Tom Hale the President of Lakeside University, Ann Lee the LRI Director → President of Lakeside University; Director of LRI",
        run: Run::Sentence(name_the_title),
    },
    Rule {
        id: "position.en-the-title-of-body-then-name",
        predicate: Predicate::Position,
        pattern: "(and) the TITLE of (the) ORG (ACR), (Mr./Ms./Dr.) NAME, …: the title opens the clause, the name follows it",
        example: "the Vice-Chancellor of Hilltown University (HU), Mr. Tom Hale, visited → Vice-Chancellor of Hilltown University",
        run: Run::Sentence(title_of_body_then_name),
    },
    Rule {
        id: "founding_member.en-network-initiated-by",
        predicate: Predicate::FoundingMember,
        pattern: "A (global) network of think tanks initiated/founded by ORG, ALLIANCE connects …",
        example: "A regional network of think tanks founded by the Bay Council, BCN links institutes → the Bay Council founded BCN",
        run: Run::Sentence(network_initiated_by),
    },
    Rule {
        id: "position.en-title-on-behalf-of",
        predicate: Predicate::Position,
        pattern: "TITLE NAME attended … on behalf of (the) ORG",
        example: "Executive Vice President Anna Berg attended the forum on behalf of the Bay Institute → Executive Vice President of it",
        run: Run::Sentence(title_on_behalf_of),
    },
    Rule {
        id: "position.en-bracketed-title",
        predicate: Predicate::Position,
        pattern: "NAME (TITLE of (the) ORG, the TITLE of ORG)",
        example: "Anna Berg (director of the Bay Institute) said → director of the Bay Institute",
        run: Run::Sentence(bracketed_title),
    },
    Rule {
        id: "position.en-org-title-name",
        predicate: Predicate::Position,
        pattern: "ORG TITLE NAME; TITLE NAME of ORG",
        example: "Lakeside University President Tom Hale → President of Lakeside University",
        run: Run::Sentence(org_title_name),
    },
    Rule {
        id: "position.en-university-title",
        predicate: Predicate::Position,
        pattern: "Rector/Pro-Rector/Vice-Chancellor/Provost NAME with no body of its own, in an article naming one university",
        example: "Lakeside University hosted the talks. Pro-Rector Tom Hale spoke → Pro-Rector of Lakeside University",
        run: Run::Within("position.en-org-title-name"),
    },
    Rule {
        id: "position.en-listed-titles-of-one-body",
        predicate: Predicate::Position,
        pattern: "ORG TITLE NAME and TITLE NAME; on the ORG's side – TITLE NAME, TITLE NAME; the TITLE of ORG, NAME; NAME, TITLE; …",
        example: "LIRS Director Anna Berg and Deputy Director Tom Lake → Tom Lake is Deputy Director of LIRS",
        run: Run::Within("position.en-org-title-name"),
    },
    Rule {
        id: "position.en-title-name-of-subject-body",
        predicate: Predicate::Position,
        pattern: "The BODY (ACR), represented by TITLE NAME, …; The BODY hosted … TITLE NAME (a title fitting the body the sentence opens with)",
        example: "The Ministry of Energy hosted a meeting between Deputy Minister Anvar Tolibov and … → Tolibov holds the post in the ministry",
        run: Run::Sentence(title_name_of_subject_body),
    },
    Rule {
        id: "position.en-minister-of-named-ministry",
        predicate: Predicate::Position,
        pattern: "(Deputy) Minister of PORTFOLIO (of COUNTRY) NAME | NAME, (Deputy) Minister of PORTFOLIO … when the article names the Ministry of PORTFOLIO",
        example: "the Minister of Energy and Water of Lakeland Tom Hale … the Ministry of Energy and Water said → Minister in the Ministry of Energy and Water",
        run: Run::Sentence(minister_of_named_ministry),
    },
    Rule {
        id: "position.en-delegation-head",
        predicate: Predicate::Position,
        pattern: "the delegation of (the) ORG headed/led by TITLE NAME",
        example: "the delegation of Lakeside University headed by rector Tom Hale → rector of Lakeside University",
        run: Run::Sentence(delegation_head),
    },
    Rule {
        id: "position.en-delegation-members",
        predicate: Predicate::Position,
        pattern: "a delegation from/of (the) ORG, represented/headed/led by the TITLE NAME, the TITLE NAME …",
        example: "a delegation from Lakeside University, represented by the Rector Tom Hale, the Dean of Law Anna Berg, … → both hold their titles in Lakeside University",
        run: Run::Sentence(delegation_members),
    },
    Rule {
        id: "position.en-body-side-consisted-of",
        predicate: Predicate::Position,
        pattern: "(the) ORG delegation/representation/team/side consisted of/comprised/included NAME, TITLE, NAME, TITLE … and NAME, TITLE",
        example: "The Bay Institute team comprised Tom Hale, President, Anna Berg, Treasurer and Peter Novak, Secretary → all three hold their titles in the Bay Institute",
        run: Run::Sentence(body_side_consisted_of),
    },
    Rule {
        id: "position.en-envoy-in-mission",
        predicate: Predicate::Position,
        pattern: "NAME, (DEMONYM|COUNTRY) Ambassador/Consul General to/in/at PLACE, … when the article names the (DEMONYM) Embassy/Consulate … in PLACE",
        example: "Li Hua, Chinese Ambassador to Uruguay, … the Chinese Embassy in Uruguay → Ambassador at the Chinese Embassy in Uruguay",
        run: Run::Sentence(envoy_in_mission),
    },
    Rule {
        id: "position.en-serves-as",
        predicate: Predicate::Position,
        pattern: "NAME(, …,) serves/served/will serve as (the) TITLE of (the) ORG; NAME, who is (also) the TITLE of ORG; NAME was appointed/named/elected (as) TITLE of ORG; NAME is (the) TITLE of ORG; … ORG … with NAME as its TITLE",
        example: "Anna Berg, director of X, serves as the president of the Bay Institute → president of the Bay Institute",
        run: Run::Sentence(serves_as),
    },
    Rule {
        id: "position.en-pronoun-career",
        predicate: Predicate::Position,
        pattern: "He/She was/is (also) (a/the) TITLE (of FIELD) at/of (the) ORG: a post of the person the report is about",
        example: "Tom Hale was appointed director of the Bay Institute. He was a professor of Lake Studies at Lakeside University → professor at Lakeside University",
        run: Run::Sentence(pronoun_career),
    },
    Rule {
        id: "position.en-term-as-title",
        predicate: Predicate::Position,
        pattern: "ORG … NAME … (upon/at/after) (the completion/end of) his/her term as TITLE: the post in the body that opens the sentence",
        example: "The Bay Institute bid farewell to Tom Hale upon the completion of his term as Director-General → Director-General of the Bay Institute",
        run: Run::Sentence(term_as_title),
    },
    Rule {
        id: "position.en-unit-of-body",
        predicate: Predicate::Position,
        pattern: "a post in the UNIT Division/Office/Section ((ACRONYM)) of (the) ORG is a post in ORG too",
        example: "Tom Hale, Director of the Press Division of the Bay Centre → Director in the Bay Centre as well",
        run: Run::Article(post_in_the_unit_s_body),
    },
    Rule {
        id: "founding_member.en-list-verb",
        predicate: Predicate::FoundingMember,
        pattern: "A, B and C (jointly) launched/established/founded/initiated (the) ALLIANCE",
        example: "Lakeside University and the Hill Institute jointly launched the Coastal Data Alliance",
        run: Run::Sentence(list_verb_alliance),
    },
    Rule {
        id: "member.en-joined",
        predicate: Predicate::Member,
        pattern: "A (officially) joined (the) ALLIANCE / became a member of ALLIANCE",
        example: "the Bay Research Center joined the Coastal Data Alliance → a later member",
        run: Run::Within("founding_member.en-list-verb"),
    },
    Rule {
        id: "founding_member.en-joined-at-founding",
        predicate: Predicate::FoundingMember,
        pattern: "A joined (the) ALLIANCE as one of the initial/founding members | at its founding ceremony; N universities joined ALLIANCE … including A, B",
        example: "Lakeside University joined the Alliance as one of the initial members",
        run: Run::Within("founding_member.en-list-verb"),
    },
    Rule {
        id: "founding_member.en-engaged-as-first-batch",
        predicate: Predicate::FoundingMember,
        pattern: "A was engaged/admitted/selected as one of the first batch of (council) units/members of ALLIANCE",
        example: "the Bay Institute was engaged as one of the first batch of council units of this alliance",
        run: Run::Sentence(engaged_as_first_batch),
    },
    Rule {
        id: "member.en-elected-as-units",
        predicate: Predicate::Member,
        pattern: "A, B and C were elected as (the) ALLIANCE's vice-president/council/governing units|members",
        example: "the Bay Institute and Harbour Press were elected as the Bay Alliance's vice-president units → members",
        run: Run::Sentence(elected_as_units),
    },
    Rule {
        id: "founding_member.en-signed-to-create",
        predicate: Predicate::FoundingMember,
        pattern: "A signed (a …) MoU/agreement with B and C, named “ALLIANCE”; A, B and C signed an agreement on the creation of ALLIANCE",
        example: "Lakeside University signed a tripartite MoU with Hill University and Bay University, named “The Coastal Consortium” → all three founded it",
        run: Run::Sentence(signed_to_create),
    },
    Rule {
        id: "founding_member.en-by-list",
        predicate: Predicate::FoundingMember,
        pattern: "ALLIANCE (was) (jointly) founded/launched/initiated by A, B and C; ALLIANCE was established under the leadership of A; It was launched by A and B. Dubbed ALLIANCE, it …",
        example: "The Coastal Data Alliance was founded by Lakeside University and the Hill Institute",
        run: Run::Sentence(alliance_by_list),
    },
    Rule {
        id: "held_at.en-held-in",
        predicate: Predicate::HeldAt,
        pattern: "EVENT … held/opened/kicked off/took place … in PLACE",
        example: "The Coastal Digital Forum was held in Tianjin on Monday",
        run: Run::Sentence(held_in),
    },
    Rule {
        id: "part_of.en-sub-forum-of",
        predicate: Predicate::PartOf,
        pattern: "EVENT is (one of the) sub-forum(s)/a part of EVENT",
        example: "The Bay Youth Forum is a sub-forum of the Coastal Digital Forum",
        run: Run::Sentence(sub_forum_of),
    },
    Rule {
        id: "organizer.en-hosted-with-partners",
        predicate: Predicate::Organizer,
        pattern: "ORG, in partnership/collaboration with ORG and ORG, hosted/organized a (described) EVENT",
        example: "Bay Institute, in partnership with Lakeside University, hosted a symposium titled \"Ports Today\" → both organise it",
        run: Run::Within("organizer.en-by"),
    },
    Rule {
        id: "organizer.en-by",
        predicate: Predicate::Organizer,
        pattern: "EVENT … hosted/organized/co-organized by A and B; A hosted the EVENT",
        example: "The forum was co-hosted by Lakeside University and the Hill Institute",
        run: Run::Sentence(organised_by),
    },
    Rule {
        id: "held_at.en-organized-at",
        predicate: Predicate::HeldAt,
        pattern: "EVENT organized by ORG(, ORG …) at PLACE",
        example: "the Bay Conference organized by the Lotus Association at Bayport → held at Bayport",
        run: Run::Within("organizer.en-by"),
    },
    Rule {
        id: "published.en-released",
        predicate: Predicate::Published,
        pattern: "A (and B) released/published/issued/unveiled (the) DOCUMENT",
        example: "the Hill Institute released the Coastal Economy Report 2025",
        run: Run::Sentence(released),
    },
    Rule {
        id: "published.en-document-of-body",
        predicate: Predicate::Published,
        pattern: "DECLARATION/CHARTER/STATUTES of BODY, where the article names BODY",
        example: "the Declaration of the Lotus Network → the Lotus Network published it",
        run: Run::Sentence(document_of_body),
    },
    Rule {
        id: "participant.en-countries-in-name",
        predicate: Predicate::Participant,
        pattern: "COUNTRY–COUNTRY(–COUNTRY) WORK (railway, pipeline, corridor …); PROGRAMME between COUNTRY and COUNTRY",
        example: "the Kazakhstan–China pipeline → Kazakhstan and China are its parties",
        run: Run::Sentence(countries_in_name),
    },
    Rule {
        id: "located_in.en-name-prefix",
        predicate: Predicate::LocatedIn,
        pattern: "COUNTRY/PLACE at the start of a name, or COUNTRY's NAME",
        example: "Kazakhstan's Steppe University → in Kazakhstan",
        run: Run::Sentence(name_prefix),
    },
    Rule {
        id: "located_in.en-after-acronym",
        predicate: Predicate::LocatedIn,
        pattern: "ORG (ACR) COUNTRY|CITY, as a body abroad is customarily named; ORG COUNTRY written straight after the name; PLACE of COUNTRY",
        example: "the Bay Institute (BI) Lakeside and … → in Lakeside; the University of Bay Studies (UBS) Lahore → in Lahore; the Lake University for Minorities China → in China; Harbour Island of Lakeside → in Lakeside",
        run: Run::Sentence(country_after_acronym),
    },
    Rule {
        id: "located_in.en-in-place",
        predicate: Predicate::LocatedIn,
        pattern: "ORG/PLACE in PLACE/COUNTRY; PLACE, COUNTRY; the PLACE-based (kind) ORG",
        example: "the Steppe Research Centre in Kazakhstan → in Kazakhstan",
        run: Run::Sentence(in_place),
    },
    Rule {
        id: "located_in.en-address",
        predicate: Predicate::LocatedIn,
        pattern: "ORG, (a description,) located/situated at/in PLACE, PLACE (postal code)",
        example: "the Lakeside Foundation, a non-profit body, located at Bay Park, New Delhi → in both; Bay Park in New Delhi",
        run: Run::Sentence(located_at_address),
    },
    Rule {
        id: "located_in.en-country-city",
        predicate: Predicate::LocatedIn,
        pattern: "COUNTRY's PLACE; the COUNTRY/DEMONYM city/town/port/region/province of PLACE; a dateline's PLACE, COUNTRY,",
        example: "Kazakhstan's Aktobe, the Chinese city of Guangzhou → in Kazakhstan, in China",
        run: Run::Sentence(country_city),
    },
    Rule {
        id: "member.en-members-including",
        predicate: Predicate::Member,
        pattern: "(founding) members of ALLIANCE, including A, B and C",
        example: "members of the Coastal Data Alliance, including Lakeside University → a member",
        run: Run::Sentence(members_including),
    },
    Rule {
        id: "member.en-it-includes",
        predicate: Predicate::Member,
        pattern: "It/The alliance/The group/The network includes/comprises (…, including) A, B and C: members of the alliance named last; founders when the report tells its founding",
        example: "The Bay Alliance was set up in Bayport. It includes ten institutes, including the Lakeside Institute → a founder",
        run: Run::Sentence(it_includes),
    },
    Rule {
        id: "member.en-member-bodies-include",
        predicate: Predicate::Member,
        pattern: "member think-tanks/institutions/universities … include(s)/including A, B & C: members of the alliance the report names most",
        example: "The Bay Consortium met; its member think-tanks include LISS, BCC and the Lakeside Institute → members",
        run: Run::Sentence(member_bodies_include),
    },
    Rule {
        id: "founding_member.en-it-includes",
        predicate: Predicate::FoundingMember,
        pattern: "the same list when the report tells that the alliance was set up",
        example: "The Bay Alliance was launched today. The network includes Lakeside University → a founder",
        run: Run::Within("member.en-it-includes"),
    },
    Rule {
        id: "member.en-additions-namely",
        predicate: Predicate::Member,
        pattern: "the (latest) additions to ALLIANCE (and ALLIANCE) – namely A, B and C – became members",
        example: "The latest additions to the Bay Alliance, namely Lakeside University and Harbour University, became members in May → members",
        run: Run::Sentence(additions_namely),
    },
    Rule {
        id: "member.en-invited-to-join",
        predicate: Predicate::Member,
        pattern: "ALLIANCE invited A (and B) to join (the alliance, the consortium)",
        example: "The Bay Alliance invited Lakeside University to join the consortium → a member",
        run: Run::Sentence(invited_to_join),
    },
    Rule {
        id: "participant.en-joint-effort",
        predicate: Predicate::Participant,
        pattern: "PROJECT is a joint effort/project/initiative by/of A, B and C",
        example: "Bay Watch is a joint effort by the Lotus Institute and Harbour University → both take part",
        run: Run::Sentence(joint_effort_by),
    },
    Rule {
        id: "member.en-new-members-namely",
        predicate: Predicate::Member,
        pattern: "… accepted/welcomed/admitted (N) new members (and partners), namely/including A, B and C: members of the alliance the report names most; … new members welcomed to ALLIANCE. One is A, the other is B",
        example: "The meeting accepted three new members, namely Lakeside University and the Bay Institute → members",
        run: Run::Sentence(new_members_namely),
    },
    Rule {
        id: "founding_member.en-members-including",
        predicate: Predicate::FoundingMember,
        pattern: "founding/first/initial members of ALLIANCE, including A and B",
        example: "the founding members of the Coastal Data Alliance include Lakeside University",
        run: Run::Within("member.en-members-including"),
    },
    Rule {
        id: "founding_member.en-the-founders-include",
        predicate: Predicate::FoundingMember,
        pattern: "N universities/institutions/think tanks … launched/founded … . The universities/institutions/think tanks include A, B and C — the alliance named last",
        example: "Ten universities launched the Bay Alliance. The universities include Hill University and Lakeside University → both founded it",
        run: Run::Sentence(the_founders_include),
    },
    Rule {
        id: "founding_member.en-initiative-proposed-by",
        predicate: Predicate::FoundingMember,
        pattern: "The initiative/proposal to establish (the) ALLIANCE was proposed/initiated/put forward (jointly) by A and B",
        example: "The initiative to establish the Bay Network was proposed jointly by the Hill Institute and Lakeside University → both co-initiated it",
        run: Run::Sentence(initiative_proposed_by),
    },
    Rule {
        id: "founding_member.en-the-founding-members-include",
        predicate: Predicate::FoundingMember,
        pattern: "The founding members include (COUNTRY's) A, (COUNTRY's) B and C — the alliance the report named last",
        example: "The Bay Alliance was launched. The founding members include Japan's Hill University and Lakeside University → both founded it",
        run: Run::Sentence(the_founding_members_include),
    },
    Rule {
        id: "member.en-members-listed-below",
        predicate: Predicate::Member,
        pattern: "(The N) members of ALLIANCE are/include: (or ALLIANCE … comprising the following institutions:) then one body a line (- A, COUNTRY)",
        example: "The members of the Coastal Data Alliance are:\n- Lakeside University, China\n- Bay University, Japan → members",
        run: Run::Sentence(members_listed_below),
    },
    Rule {
        id: "founding_member.en-members-listed-below",
        predicate: Predicate::FoundingMember,
        pattern: "the same list when the heading establishes the alliance or the article calls them founding/initial members",
        example: "a joint statement of its 15 founding members … The members of the Coastal Data Alliance are: … → founders",
        run: Run::Within("member.en-members-listed-below"),
    },
    Rule {
        id: "member.en-listed-as-members",
        predicate: Predicate::Member,
        pattern: "A, B and C are/were/became (…) members: of the alliance named last before them",
        example: "Thirty think tanks joined the Coastal Data Alliance; among them Lakeside University and the Hill Institute are full members → members",
        run: Run::Sentence(listed_as_members),
    },
    Rule {
        id: "founding_member.en-listed-as-members",
        predicate: Predicate::FoundingMember,
        pattern: "A, B and C are/were/became founding/first/president members: founders of the alliance named last before them",
        example: "The Coastal Data Alliance opened; Lakeside University and the Hill Institute are its president members → founders",
        run: Run::Within("member.en-listed-as-members"),
    },
    Rule {
        id: "spoke_at.en-addressed-the-event",
        predicate: Predicate::SpokeAt,
        pattern: "A(, TITLE), B(, TITLE) and C addressed/spoke at/delivered a speech at the EVENT (or the forum, the opening ceremony … of the report)",
        example: "Tom Hale, President of X, and Ann Lee, Director of Y, addressed the forum → both spoke at the forum the report is about",
        run: Run::Sentence(addressed_the_event),
    },
    Rule {
        id: "spoke_at.en-said",
        predicate: Predicate::SpokeAt,
        pattern: "a person who said/noted/stressed …, who welcomed or greeted the participants, or holds a post, in a report about EVENT",
        example: "\"We will work together,\" said Tom Hale (a report on the Coastal Digital Forum)",
        run: Run::Article(spoke_at),
    },
    Rule {
        id: "established_at.en-ceremony-of",
        predicate: Predicate::EstablishedAt,
        pattern: "Founding/Inauguration/Launch Ceremony of ALLIANCE; ALLIANCE Founding Assembly/Ceremony",
        example: "the Founding Ceremony of the Coastal Data Alliance, the Coastal Data Alliance Founding Assembly → the alliance was founded there",
        run: Run::Article(ceremony_of_alliance),
    },
    Rule {
        id: "established_at.en-founded-at",
        predicate: Predicate::EstablishedAt,
        pattern: "ALLIANCE founded/launched at EVENT, or in a report about EVENT",
        example: "The Coastal Data Alliance was launched at the forum",
        run: Run::Within("founding_member.en-list-verb"),
    },
    Rule {
        id: "established_at.en-an-alliance-launched-at",
        predicate: Predicate::EstablishedAt,
        pattern: "… launched/founded/established an alliance (of …) at the EVENT — the article's one alliance of that head word",
        example: "Ten universities launched an alliance of research universities at the Bay Summit. … the Bay Research Universities Alliance → founded at the Bay Summit",
        run: Run::Sentence(an_alliance_launched_at),
    },
    Rule {
        id: "established_at.en-established-during",
        predicate: Predicate::EstablishedAt,
        pattern: "(agreed) to establish/launched/founded the ALLIANCE … at/during the (second) EVENT, founders unnamed",
        example: "Twelve institutes decided to establish the Bay Network during the second Bay Forum → founded at that forum",
        run: Run::Sentence(established_during),
    },
];

const FOUND: &[&str] = &["launched", "established", "founded", "co-founded", "initiated", "co-initiated", "set up", "formed", "created", "inaugurated", "unveiled"];
const JOIN: &[&str] = &["joined", "became a member of", "became members of", "became a new member of", "have been part of", "has been part of", "have been members of", "has been a member of"];
const HELD: &[&str] = &["held", "opened", "kicked off", "kicks off", "took place", "convened", "opens", "is taking place", "was hosted", "were held", "commenced", "began", "opening ceremony", "started its work", "starts its work", "scheduled for", "scheduled to take place", "take place", "takes place", "taking place"];
const BY: &[&str] = &["held by", "jointly held by", "convened by", "hosted by", "co-hosted by", "cohosted by", "organized by", "organised by", "co-organized by", "co-organised by", "coorganized by", "jointly organized by", "jointly hosted by", "sponsored by", "co-sponsored by", "undertaken by", "co-undertaken by", "co-organization of", "co-organisation of"];
const RELEASE: &[&str] = &["released", "published", "issued", "unveiled", "presented", "launched"];

fn text(doc: &Doc, from: usize, to: usize) -> String {
    doc.chars()[from.min(to)..to].iter().collect()
}

fn of_type(doc: &Doc, s: &Sent, types: &[EntityType]) -> Vec<usize> {
    doc.in_sentence(s.si, types)
}

/// The organisations listed right before `pos` (A, B and C), nearest run.
fn list_before(doc: &Doc, s: &Sent, pos: usize) -> Vec<usize> {
    let orgs: Vec<usize> = outermost(doc, of_type(doc, s, &[EntityType::Organization])).into_iter().filter(|&o| doc.mentions[o].end <= pos).collect();
    let mut run: Vec<usize> = Vec::new();
    for &o in orgs.iter().rev() {
        let next = run.last().map_or(pos, |&r| doc.mentions[r].start);
        let gap = text(doc, doc.mentions[o].end, next);
        let glue = run.is_empty() || is_glue(&gap);
        if !glue {
            break;
        }
        run.push(o);
    }
    run.reverse();
    run
}

/// The organisations listed right after `pos`.
fn list_after(doc: &Doc, s: &Sent, pos: usize) -> Vec<usize> {
    list_after_of(doc, s, pos, &[EntityType::Organization])
}

/// The mentions of `types` listed right after `pos` (bodies and networks that host a meeting).
fn list_after_of(doc: &Doc, s: &Sent, pos: usize, types: &[EntityType]) -> Vec<usize> {
    let orgs: Vec<usize> = outermost(doc, of_type(doc, s, types)).into_iter().filter(|&o| doc.mentions[o].start >= pos).collect();
    let mut run: Vec<usize> = Vec::new();
    let mut prev = pos;
    for &o in &orgs {
        // (…, Japan's Tokyo Bay University: the item's country before it is no break either)
        let gap = text(doc, prev, possessive_place_before(doc, s, doc.mentions[o].start));
        // (Bay University of Science or BUS, …: the body's short form after `or`)
        if run.last().is_some_and(|&r| doc.ent(r) == doc.ent(o)) && gap == " or " {
            prev = doc.mentions[o].end;
            continue;
        }
        if !(if run.is_empty() { matches!(without_item_numbers(&gap).as_str(), "" | "the") } else { is_glue(&gap) }) {
            break;
        }
        run.push(o);
        prev = where_based_after(doc, s, country_after(doc, s, doc.mentions[o].end));
    }
    run
}

/// `A (ACR) based in Urumqi, China and B`: past the clause that says where a listed body is
/// (its short form, `based in`, the place and its country), so the list goes on after it.
fn where_based_after(doc: &Doc, s: &Sent, end: usize) -> usize {
    let places = of_type(doc, s, &[EntityType::Place, EntityType::Country]);
    let opens = |p: usize| matches!(without_acronym(&text(doc, end, doc.mentions[p].start)), " based in " | " headquartered in " | " located in ");
    let Some(mut last) = places.iter().copied().find(|&p| doc.mentions[p].start > end && opens(p)) else { return end };
    while let Some(next) = places.iter().copied().find(|&q| doc.mentions[q].start == doc.mentions[last].end + 2 && text(doc, doc.mentions[last].end, doc.mentions[q].start) == ", ") {
        last = next;
    }
    doc.mentions[last].end
}

/// The mentions no other one of them holds (the university inside Institute of X at Y
/// University is no item of a list of its own).
fn outermost(doc: &Doc, ms: Vec<usize>) -> Vec<usize> {
    let inside = |o: usize, p: usize| {
        let (a, b) = (&doc.mentions[o], &doc.mentions[p]);
        o != p && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start
    };
    ms.iter().copied().filter(|&o| !ms.iter().any(|&p| inside(o, p))).collect()
}

/// Past ` of COUNTRY` right after `end` (Sofia University of Bulgaria, …), else `end`.
fn country_after(doc: &Doc, s: &Sent, end: usize) -> usize {
    // (A, Brazil; B, Russia; …: a list whose items close with their country and a semicolon)
    let semicolon_item = of_type(doc, s, &[EntityType::Country]).into_iter().find(|&c| doc.mentions[c].start == end + 2 && text(doc, end, end + 2) == ", " && doc.chars().get(doc.mentions[c].end) == Some(&';'));
    if let Some(c) = semicolon_item {
        return doc.mentions[c].end;
    }
    // (A (ACR) Malaysia and B: the country after a body's acronym names where it is)
    let after = text(doc, end, (end + 12).min(s.end));
    if let Some(close) = after.strip_prefix(" (").and_then(|r| r.find(") ")).map(|k| end + 2 + k + 2) {
        if let Some(c) = of_type(doc, s, &[EntityType::Country]).into_iter().find(|&c| doc.mentions[c].start == close) {
            return doc.mentions[c].end;
        }
    }
    if text(doc, end, (end + 4).min(s.end)) != " of " {
        return end;
    }
    of_type(doc, s, &[EntityType::Country]).into_iter().find(|&c| doc.mentions[c].start == end + 4).map_or(end, |c| doc.mentions[c].end)
}

/// `the Bay Institute (BI) Lakeside`: the country written after a body's acronym; `Harbour
/// Island of Lakeside`: the country a place is said to be of.
fn country_after_acronym(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    // (the University of Bay Studies (UBS) Lahore: a city right after the bracketed acronym too)
    let cities = of_type(doc, s, &[EntityType::Place]).into_iter().filter(|&c| {
        let cs = doc.mentions[c].start;
        cs >= 2 && text(doc, cs - 2, cs) == ") "
    });
    // (the Bay University for Minorities China: a country written straight after the name)
    let body_right_before = |c: usize| doc.by_sentence[s.si].iter().copied().find(|&o| doc.mentions[o].ty == EntityType::Organization && doc.mentions[o].end + 1 == doc.mentions[c].start && doc.chars()[doc.mentions[o].end] == ' ');
    let glued: Vec<(usize, usize)> = of_type(doc, s, &[EntityType::Country]).into_iter().filter_map(|c| body_right_before(c).map(|o| (o, c))).collect();
    for (o, c) in glued {
        out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.en-after-acronym"));
    }
    for c in of_type(doc, s, &[EntityType::Country]).into_iter().chain(cities.collect::<Vec<_>>()) {
        let cs = doc.mentions[c].start;
        let Some(&o) = doc.by_sentence[s.si].iter().filter(|&&k| matches!(doc.mentions[k].ty, EntityType::Organization | EntityType::Place) && doc.mentions[k].end < cs).max_by_key(|&&k| doc.mentions[k].end) else { continue };
        let gap = text(doc, doc.mentions[o].end, cs);
        let acronym = gap.strip_prefix(" (").and_then(|g| g.strip_suffix(") ")).is_some_and(|a| (2..=8).contains(&a.len()) && a.chars().all(|ch| ch.is_ascii_uppercase()));
        let place_of = doc.mentions[o].ty == EntityType::Place && gap == " of ";
        let closes = doc.chars().get(doc.mentions[c].end).is_none_or(|ch| !ch.is_alphanumeric()) && !text(doc, doc.mentions[c].end, (doc.mentions[c].end + 2).min(s.end)).starts_with(|ch: char| ch == '\'');
        if (acronym && doc.mentions[o].ty == EntityType::Organization || place_of) && closes {
            out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.en-after-acronym"));
        }
        if place_of && closes {
            for q in regions_listed_before(doc, s, o) {
                out.push(Relation::new(doc.ent(q), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.en-after-acronym"));
            }
        }
    }
}

/// `the Bay Region and Harbour Region of Lakeside`: the regions (or provinces) listed before
/// the one `of` a country follows, with their level written, are of that country too.
fn regions_listed_before(doc: &Doc, s: &Sent, last: usize) -> Vec<usize> {
    let level = |k: usize| [" Region", " Province", " Oblast", " State"].iter().any(|l| doc.mentions[k].surface.ends_with(l));
    let mut listed = Vec::new();
    let mut next = last;
    while level(next) {
        let start = doc.mentions[next].start;
        let before = doc.by_sentence[s.si].iter().copied().filter(|&k| doc.mentions[k].ty == EntityType::Place && doc.mentions[k].end < start).max_by_key(|&k| doc.mentions[k].end);
        let Some(q) = before.filter(|&q| matches!(text(doc, doc.mentions[q].end, start).as_str(), " and " | ", " | ", and ") && level(q)) else { break };
        listed.push(q);
        next = q;
    }
    listed
}

/// Where the country or place written as a possessive right before `start` begins (Japan's
/// Tokyo Bay University); `start` when there is none.
fn possessive_place_before(doc: &Doc, s: &Sent, start: usize) -> usize {
    possessive_before(doc, s, start, &[EntityType::Country, EntityType::Place]).map_or(start, |p| doc.mentions[p].start)
}

/// The mention of one of `types` written as a possessive right before `start` (Japan's …).
fn possessive_before(doc: &Doc, s: &Sent, start: usize, types: &[EntityType]) -> Option<usize> {
    // (Bayland ’s Academy: a possessive some pages set off by a space)
    of_type(doc, s, types).into_iter().find(|&p| doc.mentions[p].end < start && matches!(text(doc, doc.mentions[p].end, start).as_str(), "'s " | "’s " | " 's " | " ’s "))
}

fn is_glue(gap: &str) -> bool {
    // (A (ACR) and B: the short form given after a body is no break in the list)
    // (A or ACR, B: so is one written after `or`)
    let g = gap.trim();
    let g = match g.strip_prefix("or ").and_then(|r| r.split_once(',')) {
        Some((acr, rest)) if (2..=10).contains(&acr.len()) && acr.chars().all(|c| c.is_ascii_uppercase()) => rest,
        _ => g,
    };
    let (g, short) = match g.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((acr, rest)) if acr.len() <= 10 && acr.chars().all(|c| c.is_ascii_alphanumeric()) => (rest, acr.len() + 2),
        _ => (g, 0),
    };
    // (A, Brazil; B, Russia; and C: semicolons part the items of a list whose items hold commas)
    let g = without_item_numbers(g);
    matches!(g.trim().trim_start_matches([',', ';']).trim(), "" | "and" | "and the" | "the" | "as well as" | "as well as the" | "&") && gap.len() <= 18 + short
}

/// `1) The Bay Centre and 2) The Lake Institute`: a list's item numbers, and the article
/// capitalised after one, are no words of the list.
fn without_item_numbers(gap: &str) -> String {
    let number = |w: &str| {
        let n = w.trim_start_matches('(').trim_end_matches([')', '.']);
        w.len() > n.len() && (1..=2).contains(&n.len()) && (n.chars().all(|c| c.is_ascii_digit()) || n.len() == 1 && n.chars().all(|c| c.is_ascii_lowercase()))
    };
    let mut kept: Vec<&str> = Vec::new();
    let mut after_number = false;
    for w in gap.split_whitespace() {
        if number(w) || after_number && w == "The" {
            after_number = number(w);
            continue;
        }
        after_number = false;
        kept.push(w);
    }
    kept.join(" ")
}

fn appositive_post(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let orgs = of_type(doc, s, &[EntityType::Organization, EntityType::Alliance]);
    let persons = of_type(doc, s, &[EntityType::Person]);
    for &p in &persons {
        let pe = doc.mentions[p].end;
        // (Anna Berg (TI), vice chancellor, …: past a short bracketed note after the name)
        let pe = match text(doc, pe, (pe + 10).min(s.end)).strip_prefix(" (").and_then(|r| r.find(')').filter(|&k| k <= 6).map(|k| pe + 2 + k + 1)) {
            Some(e) if doc.chars().get(e) == Some(&',') => e,
            _ => pe,
        };
        let pe = past_postnominals(doc, s, pe);
        // (Tom Hale – the President of X: a dash sets the title off as a comma does)
        let dash = matches!(text(doc, pe, (pe + 3).min(s.end)).as_str(), " – " | " - " | " — ");
        let pe = if dash { pe + 1 } else { pe };
        // (…, or a name run into its title: Anna Berg Director of the X)
        if doc.chars().get(pe) != Some(&',') && !dash && doc.mentions[p].rule != "person.before-title" {
            // (president Tom Hale of the university)
            if text(doc, pe, s.end).starts_with(" of the university") {
                the_university_before(doc, s, p, out);
            }
            continue;
        }
        let Some(&o) = orgs.iter().find(|&&o| doc.mentions[o].start > pe && doc.mentions[o].start <= pe + 90) else {
            the_university_before(doc, s, p, out);
            continue;
        };
        // (…, dean of LU's School of Bay Studies: the unit after a body's possessive is the body;
        // the title is read up to the possessor)
        let possessor = o;
        let o = orgs.iter().copied().find(|&u| {
            let gap = text(doc, doc.mentions[o].end, doc.mentions[u].start);
            doc.mentions[u].start > doc.mentions[o].end && (gap == "'s " || gap == "’s ")
        }).unwrap_or(o);
        // A, Secretary of the X Committee B: the title before X is B's, not A's
        let oe = doc.mentions[o].end;
        // A, the Rector of X, B: so is the title before X set off by commas
        let next_person = |at: usize| doc.mentions.iter().any(|n| n.ty == EntityType::Person && n.sentence == s.si && n.start == at);
        // (when A's own title came before A: by the Rector of W, A, the Rector of X, B)
        let ps = doc.mentions[p].start;
        let titled_before = ps >= 2 && orgs.iter().any(|&w| doc.mentions[w].end + 2 == ps) || set_off_after_title(doc, s, p);
        // (…, A, President of X, B, …: a title without `the` after a name is that name's)
        let the_title = text(doc, pe, doc.mentions[o].start).trim_start_matches(',').trim_start().trim_start_matches("and ").starts_with("the ");
        // (A, vice president of W, B, the first vice president of X, C, …: a list that opens
        // with a name and its title has every title after its name)
        let name_first = persons.first().is_some_and(|&f| !orgs.iter().any(|&w| doc.mentions[w].end + 2 == doc.mentions[f].start) && !set_off_after_title(doc, s, f));
        if next_person(oe + 1) || titled_before && the_title && !name_first && doc.chars().get(oe) == Some(&',') && next_person(oe + 2) || post_item(doc, s, p, &orgs) {
            continue;
        }
        // (A, vice-rector for science B, dean of X: B's title before X is none of A's)
        let person_between = persons.iter().any(|&n| doc.mentions[n].start > pe && doc.mentions[n].end <= doc.mentions[o].start);
        if person_between || title_chain_to_next_name(doc, s, o) {
            continue;
        }
        let mut between = text(doc, pe + 1, doc.mentions[possessor].start);
        // (Tom Hale, LAPS Chief Researcher and …: the body right after the comma, its title after it)
        if between.trim().is_empty() {
            if let Some(role) = title_after_body(doc, s, oe) {
                out.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-appositive") });
                doc.with_post.insert(p);
            }
            continue;
        }
        // …, vice-rector of Kazakhstan's Steppe University: the possessive country is no title
        if between.ends_with("'s ") || between.ends_with("’s ") {
            let cut = between.trim_end().rfind(' ').map_or(0, |k| k + 1);
            between.truncate(cut);
        }
        // (…, vice chancellor, The Lakeside University of Bayport: the article opens the body's name)
        if between.ends_with(", The ") {
            between.truncate(between.len() - "The ".len());
        }
        // (…, President of the initiating member X: a few lower-case words describe the body)
        if let Some(k) = between.rfind(" of the ").filter(|&k| {
            let words: Vec<&str> = between[k + 8..].split_whitespace().collect();
            (1..=3).contains(&words.len()) && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        }) {
            between.truncate(k + 8);
        }
        // (Vice President of The Bay University of Lakeland: a name that opens with The)
        let of_body = [" of the ", " at the ", " of The ", " at The ", " of ", " at ", " from the ", " from "].iter().find_map(|w| between.strip_suffix(w.trim_start()).or_else(|| between.trim_end().strip_suffix(w.trim())));
        let Some(cut) = of_body.or_else(|| bare_title(&between)) else { continue };
        // (…, also a member of X: the adverb is no part of the title)
        let role = cut.trim().trim_start_matches("also ").trim_start_matches("a ").trim_start_matches("an ").trim_start_matches("the ").trim().to_owned();
        // (A, Member of Parliament, and Chairman of X: the last of the titles is the one in X)
        let role = match role.rsplit_once(", and ") {
            Some((_, last)) if super::words::is_post(last) => last.to_owned(),
            _ => role,
        };
        // (A, Vice-Rector, Director of the Research Center of X University: two titles; the
        // last is in the body named, a university's own title in the university the unit is of)
        // (A, Senior Minister, Chairman of X: a title whose last word is one counts as one)
        let titled = |t: &str| super::words::is_title(t) || t.split(' ').count() <= 3 && t.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase())) && t.rsplit(' ').next().is_some_and(super::words::is_title);
        let role = match role.split_once(", ").filter(|(first, last)| titled(first) && super::words::is_post(last)) {
            Some((first, last)) => {
                if let Some(u) = UNIVERSITY_TITLES.iter().any(|t| t.eq_ignore_ascii_case(first)).then(|| university_of_unit(doc, o)).flatten() {
                    out.push(Relation { role: Some(first.to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, u, s.si, "position.en-appositive") });
                }
                last.to_owned()
            }
            None => role,
        };
        // (A, Chairman of the Executive Committee of the Alliance, President of X: a title held
        // elsewhere before the comma; the last is the one in X)
        let role = match role.rsplit_once(", ") {
            Some((first, last)) if super::words::is_post(last) && first.split(' ').next().is_some_and(super::words::is_title) => last.to_owned(),
            _ => role,
        };
        // (vice-director of the office of external relations at X: a title and its unit)
        let role = match role.split_once(" of the ").filter(|(t, unit)| super::words::TITLES.iter().any(|x| x.eq_ignore_ascii_case(t)) && unit.chars().all(|c| c.is_lowercase() || c == ' ')) {
            Some((title, _)) if between.trim_end().ends_with(" at the") || between.trim_end().ends_with(" at") => title.to_owned(),
            _ => role,
        };
        // (pro vice-chancellor for partnerships, civic engagement and enterprise at X: a title's
        // portfolio may list its fields with commas)
        let portfolio = role.split_once(" for ").is_some_and(|(t, _)| super::words::TITLES.iter().any(|x| x.eq_ignore_ascii_case(t))) && role.split(' ').count() <= 12;
        // (A, was received by the rector of X; A, and Member of Y: a clause or the next
        // person's titles, no title of A's)
        let clause = role.split(' ').next().is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "has" | "have" | "had" | "and" | "who" | "which" | "by" | "with" | "received" | "met" | "visited"));
        // (Secretary of the Party Leadership Group: a long title the list knows is still one)
        // (Chairman of the Board - Rector, Chairman of the Board of Directors: a board's chair
        // in the body the board governs)
        // (Vice President and Senior Research Fellow of X: two titles held in one body)
        let long_title = super::words::is_title(&role) || super::words::is_post(&role) || post_then_field(&role) || role.split_once(" of the Board").is_some_and(|(t, _)| super::words::is_title(t)) && role.split(' ').count() <= 8;
        if role.is_empty() || clause || !portfolio && !long_title && (role.contains(',') || role.split(' ').count() > 5) || role.chars().next().is_some_and(|c| c.is_uppercase()) && !role.contains(' ') && !super::words::is_title(&role) {
            continue;
        }
        // (head of the Marine Studies Program, Steppe Institute: a unit, then the body it is in)
        let unit = ["Program", "Programme", "Department", "Division", "Section"].iter().any(|h| doc.mentions[o].label.ends_with(h));
        let body_after = || orgs.iter().copied().find(|&b| doc.mentions[b].start == oe + 2 && doc.chars()[oe] == ',');
        let o = if unit { body_after().unwrap_or(o) } else { o };
        out.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-appositive") });
        doc.with_post.insert(p);
        second_post(doc, s, p, o, &orgs, out);
    }
}

/// Letters an officer writes after his name (staff college, defence college) and a retired
/// rank's mark.
const POSTNOMINALS: &[&str] = &["ndc", "psc", "afwc", "rcds", "awc", "hdmc", "nswc", "ndu", "mdmc", "(Retd)", "(retd)", "(Retd.)", "(R)"];

/// `Tom Hale, ndc, psc (Retd), President, X`: where the name's postnominal letters end (the
/// comma before the title), or `pe` when none follow it.
fn past_postnominals(doc: &Doc, s: &Sent, pe: usize) -> usize {
    let mut at = pe;
    loop {
        let rest = text(doc, at, s.end.min(at + 12));
        let Some((gap, word)) = [", ", " "].iter().find_map(|g| rest.strip_prefix(g).map(|r| (g.len(), r.split([',', ' ']).next().unwrap_or("")))) else { return at };
        if !POSTNOMINALS.contains(&word) {
            return at;
        }
        at += gap + word.chars().count();
    }
}

/// `the Bay Study Center (BSC) at the Lake Institute (LI) hosted …`: when the one body before
/// the verb is where a unit named right before `at` is, the unit is the subject.
fn unit_at_its_body(doc: &Doc, s: &Sent, run: &[usize]) -> Option<usize> {
    let &[body] = run else { return None };
    let before = text(doc, s.start, doc.mentions[body].start);
    let lead = before.strip_suffix(" at the ").or_else(|| before.strip_suffix(" at "))?;
    // (past the unit's bracketed short form)
    let lead = match lead.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((name, acr)) if (2..=10).contains(&acr.len()) && acr.chars().all(|c| c.is_ascii_uppercase()) => name,
        _ => lead,
    };
    let lead_end = s.start + lead.chars().count();
    of_type(doc, s, &[EntityType::Organization]).into_iter().find(|&u| doc.mentions[u].end == lead_end)
}

/// `Anna Berg, Chairman of the Executive Committee of the Alliance, …`: a title set off after a
/// name and closed by `of the alliance` (or network, consortium) is a post in the alliance the
/// report names most before it; a committee or board the title names is part of the role.
fn title_of_the_alliance(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const NOUNS: &[&str] = &["alliance", "Alliance", "network", "Network", "consortium", "Consortium"];
    for p in of_type(doc, s, &[EntityType::Person]) {
        let pe = doc.mentions[p].end;
        let Some(rest) = text(doc, pe, s.end).strip_prefix(", ").map(str::to_owned) else { continue };
        // (the title runs to the next comma or `and`)
        let title_end = [", ", " and "].iter().filter_map(|w| rest.find(w)).min().unwrap_or(rest.len());
        let Some(role) = NOUNS.iter().find_map(|n| rest[..title_end].strip_suffix(&format!(" of the {n}"))) else { continue };
        let head = role.split(" of the ").next().unwrap_or(role);
        if !super::words::is_title(head) && !super::words::is_post(head) {
            continue;
        }
        let Some(alliance) = doc.main_alliance_before(s.si, pe) else { continue };
        out.push(Relation { role: Some(role.to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, alliance, s.si, "position.en-title-of-the-alliance") });
        doc.with_post.insert(p);
        // (… of the alliance and Dean of Bay University School of Law: the second title's body)
        let Some(second) = rest[title_end..].strip_prefix(" and ") else { continue };
        let at = pe + 2 + title_end + " and ".len();
        let orgs = of_type(doc, s, &[EntityType::Organization]);
        let Some(&o) = orgs.iter().find(|&&o| doc.mentions[o].start > at && doc.mentions[o].start <= at + 40) else { continue };
        let title = text(doc, at, doc.mentions[o].start);
        let title = title.strip_suffix(" of the ").or_else(|| title.strip_suffix(" of "));
        if let Some(t) = title.filter(|t| super::words::is_title(t) && second.starts_with(*t)) {
            out.push(Relation { role: Some(t.to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-title-of-the-alliance") });
        }
    }
}

fn name_the_title(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let orgs = of_type(doc, s, &[EntityType::Organization, EntityType::Alliance]);
    for p in of_type(doc, s, &[EntityType::Person]) {
        let pe = doc.mentions[p].end;
        let Some((o, role)) = orgs.iter().filter(|&&o| doc.mentions[o].start > pe).find_map(|&o| the_title_between(doc, s, pe, o).map(|t| (o, t))) else { continue };
        // (A, the Head of the Law Department B: a title a name follows is that name's)
        let oe = doc.mentions[o].end;
        if s.here.iter().any(|&q| doc.mentions[q].ty == EntityType::Person && doc.mentions[q].start == oe + 1) {
            continue;
        }
        out.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-name-the-title") });
        doc.with_post.insert(p);
    }
}

fn title_of_body_then_name(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let orgs = of_type(doc, s, &[EntityType::Organization, EntityType::Alliance]);
    for p in of_type(doc, s, &[EntityType::Person]) {
        let ps = doc.mentions[p].start;
        // (ORG (ACR), Mr. NAME: the honorifics between the comma and the name)
        let Some(&o) = orgs.iter().filter(|&&o| doc.mentions[o].end < ps).max_by_key(|&&o| doc.mentions[o].end) else { continue };
        let (os, oe) = (doc.mentions[o].start, doc.mentions[o].end);
        let gap = text(doc, oe, ps);
        let gap = super::words::without_acronym(&gap);
        // (…, Ambassador NAME: a diplomat's rank kept as a style before the name)
        let names_next = gap.strip_prefix(", ").is_some_and(|g| g.split_whitespace().all(|w| super::words::is_honorific(w) || matches!(w, "Ambassador" | "Amb" | "Amb.")));
        // (… NAME (left), …: a photo's note after the name)
        let pe = doc.mentions[p].end;
        let name_closed = matches!(doc.chars().get(pe), Some(',' | ')')) || doc.chars().get(pe..pe + 2) == Some(&[' ', '(']);
        if !names_next || !name_closed {
            continue;
        }
        // (the title opens the sentence or follows `and`: never a title set after another name)
        let before = text(doc, s.start, os);
        let Some(head) = before.strip_suffix(" of the ").or_else(|| before.strip_suffix(" of ")) else { continue };
        let (lead, title) = head.rsplit_once("the ").or_else(|| head.rsplit_once("The ")).unwrap_or(("", ""));
        // (… which includes the new director of X, NAME: a list of people, a title just taken)
        let title = ["new ", "incoming "].iter().find_map(|w| title.strip_prefix(w)).unwrap_or(title);
        // (the President and Chief Executive Officer (CEO) of X: two titles, the second's short form)
        let title = title.trim();
        let title = title.rsplit_once(" (").filter(|(_, a)| a.len() >= 3 && a.ends_with(')') && a[..a.len() - 1].chars().all(|c| c.is_ascii_uppercase())).map_or(title, |(t, _)| t);
        let lead = lead.trim_end();
        // (Former Foreign Secretary and the new Director General of X, NAME: a former post, then `and`)
        let former_post_and = lead.strip_suffix(" and").is_some_and(|t| t.split(' ').count() <= 4 && t.split(' ').all(|w| w.chars().next().is_some_and(char::is_uppercase)) && super::words::is_post(t.trim_start_matches("Former ")));
        let opens = lead.is_empty() || lead.ends_with(", and") || lead == "and" || former_post_and || [" includes", " including", " include"].iter().any(|w| lead.ends_with(w));
        if !opens || !super::words::is_post(title) {
            continue;
        }
        out.push(Relation { role: Some(title.trim().to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-the-title-of-body-then-name") });
        doc.with_post.insert(p);
    }
}

/// The title `the` sets after a name that ends at `pe`, when it is of the body `o`: `NAME the
/// TITLE of (the) ORG` or `NAME, the ORG TITLE`.
fn the_title_between(doc: &Doc, s: &Sent, pe: usize, o: usize) -> Option<String> {
    let (os, oe) = (doc.mentions[o].start, doc.mentions[o].end);
    let gap = text(doc, pe, os);
    // (NAME, ORG president from 1990 to 2010: a lower-case title after the body, without `the`)
    let rest = gap.strip_prefix(" the ").or_else(|| gap.strip_prefix(", the ")).or_else(|| (gap == ", ").then_some(""))?;
    // (A, the director of X, B, noted: set off by commas, the title before the next name is B's)
    let next_name = doc.mentions.iter().any(|n| n.ty == EntityType::Person && n.sentence == s.si && n.start == oe + 2 && doc.chars()[oe] == ',');
    if gap.starts_with(',') && next_name {
        return None;
    }
    if rest.is_empty() {
        let after = text(doc, oe, (oe + 50).min(s.end));
        // (NAME, the University of Bayside's vice-chancellor, said: the body's title, possessive)
        let possessive = after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s "));
        let title = possessive.or_else(|| after.strip_prefix(' '))?.split([',', '.', ';', '(']).next()?.split(" and ").next()?.trim_end();
        // (… president from 1990 to 2010: the years the post was held are no part of it)
        let title = [" from ", " since ", " until ", " between "].iter().find_map(|w| title.split_once(w).map(|(t, _)| t)).unwrap_or(title);
        let lower_case = title.chars().next().is_some_and(char::is_lowercase);
        return (super::words::is_post(title) && (!gap.starts_with(", ") || gap.starts_with(", the ") || lower_case || possessive.is_some())).then(|| title.to_owned());
    }
    let title = rest.strip_suffix(" of the ").or_else(|| rest.strip_suffix(" of "))?;
    super::words::is_post(title).then(|| title.to_owned())
}

/// Whether a name before the body `o` has the title before `o` after `the` (Tom Hale the
/// President of X, Ann Lee …): the title is that name's, not the next one's.
fn titled_by_name_before(doc: &Doc, s: &Sent, o: usize) -> bool {
    let os = doc.mentions[o].start;
    doc.mentions.iter().filter(|m| m.sentence == s.si && m.ty == EntityType::Person && m.end < os && os - m.end <= 80).any(|m| the_title_between(doc, s, m.end, o).is_some())
}

/// `A, T1 of X and T2 of Y B attended`: titles joined by `and` that run on, with no comma,
/// into a body and the next name right after it are that name's, not A's.
fn title_chain_to_next_name(doc: &Doc, s: &Sent, o: usize) -> bool {
    let oe = doc.mentions[o].end;
    let in_s = |m: &&crate::recognize::Mention| m.sentence == s.si;
    let Some(n) = doc.mentions.iter().filter(in_s).filter(|m| m.ty == EntityType::Person && m.start > oe).min_by_key(|m| m.start) else { return false };
    let gap = text(doc, oe, n.start);
    let body_then_name = doc.mentions.iter().filter(in_s).any(|b| matches!(b.ty, EntityType::Organization | EntityType::Alliance) && b.end > oe && b.end < n.start && text(doc, b.end, n.start).split_whitespace().all(super::words::is_honorific));
    gap.starts_with(" and ") && !gap.contains([',', ';']) && gap.len() <= 160 && body_then_name
}

/// `T1 of X and T2 of Y B`: the name after the chain holds each earlier title too, in its body.
fn earlier_titles_in_chain(doc: &Doc, s: &Sent, p: usize, o: usize, out: &mut Vec<Relation>) {
    let mut o = o;
    for _ in 0..3 {
        let os = doc.mentions[o].start;
        let Some(&o1) = doc.by_sentence[s.si].iter().filter(|&&k| matches!(doc.mentions[k].ty, EntityType::Organization | EntityType::Alliance) && doc.mentions[k].end < os).max_by_key(|&&k| doc.mentions[k].end) else { return };
        let g = text(doc, doc.mentions[o1].end, os);
        let Some(t2) = g.strip_prefix(" and ").and_then(|g| g.strip_suffix(" of the ").or_else(|| g.strip_suffix(" of "))) else { return };
        let Some(t1) = words_before_body(doc, s, o1, &[" of the ", " of "]).and_then(|h| super::words::TITLES.iter().filter(|t| h.ends_with(*t)).max_by_key(|t| t.len()).map(|t| t.to_string())) else { return };
        if !super::words::is_post(t2.split(" of the ").next().unwrap_or(t2)) {
            return;
        }
        out.push(Relation { role: Some(t1), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o1), s.si, "position.en-org-title-name") });
        o = o1;
    }
}

/// Titles only a university has.
const UNIVERSITY_TITLES: &[&str] = &["Rector", "Vice-Rector", "Vice Rector", "Pro-Rector", "Vice-Chancellor", "Vice Chancellor", "Provost"];

/// The university a unit's name says it is of (the Research Center of Lakeside University):
/// the university entity whose name ends the unit's.
fn university_of_unit(doc: &Doc, unit: usize) -> Option<usize> {
    let label = &doc.entities[doc.ent(unit)].label;
    let (_, tail) = label.rsplit_once(" of ")?;
    doc.entities.iter().position(|e| e.ty == EntityType::Organization && e.kind == Some(OrgKind::University) && label.len() > e.label.len() && (e.label == tail || label.ends_with(&format!(" of {}", e.label))))
}

/// The title right after a body's name at `end`, closed by a mark, `and` or the sentence's end
/// (…, LAPS Chief Researcher and …).
fn title_after_body(doc: &Doc, s: &Sent, end: usize) -> Option<String> {
    let rest = text(doc, end, s.end);
    // (Ann Lee, BU’s president gave …: the body's possessive before its title)
    let possessive = rest.strip_prefix("’s ").or_else(|| rest.strip_prefix("'s "));
    let rest = possessive.or_else(|| rest.strip_prefix(' '))?;
    let close = rest.find([',', ';', '.', '(']).unwrap_or(rest.len());
    let close = rest[..close].find(" and ").unwrap_or(close);
    // (Ann Lee, BU Chancellor said …: a verb of saying closes the title too)
    let close = super::words::SAY.iter().filter_map(|v| rest[..close].find(&format!(" {v} "))).min().unwrap_or(close);
    let title = rest[..close].trim();
    if !title.is_empty() && title.split(' ').count() <= 4 && super::words::is_post(title) {
        return Some(title.to_owned());
    }
    // (BU’s president gave a speech: after a possessive, the words up to the verb)
    let words: Vec<&str> = title.split(' ').collect();
    possessive.and_then(|_| (1..=words.len().min(4)).rev().map(|n| words[..n].join(" ")).find(|t| super::words::is_post(t)))
}

/// `Senior Vice Provost, Global Cooperation`: a post, then the field it is for (one to three
/// capitalised words, no body's head word), set off by a comma.
fn post_then_field(t: &str) -> bool {
    t.split_once(", ").is_some_and(|(title, field)| {
        let ws: Vec<&str> = field.split(' ').collect();
        super::words::is_post(title) && (1..=3).contains(&ws.len()) && ws.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic) && !super::words::ORG_HEADS.iter().any(|(h, _)| h == w))
    })
}

/// `Anna Berg, Director, Steppe Institute, said`, `Tom Hale, Executive Director BAYNEWS stated`:
/// a known title set off by commas or run into the body's name, with no `of` before it.
fn bare_title(between: &str) -> Option<&str> {
    let t = between.trim().trim_end_matches(',').trim_end();
    // (Anna Berg, Special Envoy for Bay Affairs, Ministry of X: with its portfolio when set off)
    // (Tom Hale, GM Operations, Bay Institute; Ann Lee, Director Administration, LI: set off by
    // commas, a few words that open or close with a title)
    let words: Vec<&str> = t.split(' ').collect();
    let titled = |w: &str| super::words::is_title(&super::words::with_capital(w)) || w == "GM";
    let loose = between.trim_end().ends_with(',') && (2..=4).contains(&words.len()) && (titled(words[0]) || titled(words[words.len() - 1])) && !words.iter().any(|w| matches!(*w, "of" | "at" | "and" | "the" | "was" | "is"));
    if loose {
        return Some(t);
    }
    if post_then_field(t) && between.trim_end().ends_with(',') {
        return Some(t);
    }
    let of_field = t.split_once(" of ").is_some_and(|(title, field)| super::words::is_title(&super::words::with_capital(title)) && (1..=4).contains(&field.split(' ').count()) && field.split(' ').all(|w| w.chars().all(|c| c.is_lowercase())));
    (super::words::is_title(t) || between.trim_end().ends_with(',') && (super::words::is_post(t) || of_field)).then_some(t)
}

/// `the Chairman of the Institute, Dr. Anna Berg, the director of X, Tom Hale`: a name set off
/// by a comma after words of its own (a title) is the title's; the next title is the next name's.
fn set_off_after_title(doc: &Doc, s: &Sent, p: usize) -> bool {
    let before = text(doc, s.start, doc.mentions[p].start);
    let before = before.trim_end();
    let before = ["Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Amb.", "Professor"].iter().find_map(|h| before.strip_suffix(h)).unwrap_or(before).trim_end();
    before.strip_suffix(',').is_some_and(|b| b.split(' ').rev().take(6).any(|w| super::words::is_title(w)))
}

/// `The Chamber of Trade, represented by Deputy Chairman Anvar Tolibov, met …`, `The Ministry of
/// Energy hosted a meeting between Deputy Minister X and …`: a title right before a name, with
/// no body of its own, is held in the body the sentence opens with, when the title fits it (a
/// minister in a ministry, a rector in a university; a chair, director or head in any body but
/// a medium) and no other body it fits stands between them. A president may head a state, so
/// the title is no clue here.
fn title_name_of_subject_body(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let orgs = of_type(doc, s, &[EntityType::Organization]);
    // (At Lakeside Institute, the delegates met Director X: the body the sentence opens at)
    let Some(&subject) = orgs.first().filter(|&&o| matches!(text(doc, s.start, doc.mentions[o].start).trim(), "" | "The" | "the" | "At" | "At the")) else { return };
    for p in of_type(doc, s, &[EntityType::Person]) {
        let ps = doc.mentions[p].start;
        if doc.with_post.contains(&p) || ps <= doc.mentions[subject].end {
            continue;
        }
        let ws = super::recognize::words(doc.chars(), s.start.max(ps.saturating_sub(40)), ps);
        let Some(n) = (1..=3).rev().find(|&n| n <= ws.len() && super::words::is_title(&ws[ws.len() - n..].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" "))) else { continue };
        let title_ws = &ws[ws.len() - n..];
        let mods = ws[..ws.len() - n].iter().rev().take_while(|w| super::words::TITLE_MODIFIERS.contains(&w.text.as_str())).count();
        let role = ws[ws.len() - n - mods..].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
        // (Deputy Minister: the title's modifiers say nothing of the body)
        let plain = title_ws.iter().skip_while(|w| super::words::TITLE_MODIFIERS.contains(&w.text.as_str()));
        let core = plain.map(|w| w.text.to_lowercase()).collect::<Vec<_>>().join(" ");
        let fits = |o: usize| {
            let m = &doc.mentions[o];
            match core.as_str() {
                "minister" | "vice-minister" => m.label.contains("Ministry"),
                "rector" | "vice-rector" | "vice rector" | "provost" => m.kind == Some(crate::lexicon::OrgKind::University),
                "chairman" | "chairperson" | "chair" | "director" | "director general" | "head" | "secretary general" | "secretary-general" => m.kind != Some(crate::lexicon::OrgKind::Media),
                _ => false,
            }
        };
        // (At Bay Centre, Bay Institute of Science, …: the parent set off after the body is none other)
        let appositive = |o: usize| text(doc, doc.mentions[subject].end, doc.mentions[o].start) == ", ";
        let others_between = orgs.iter().any(|&o| o != subject && doc.mentions[o].start < ps && doc.ent(o) != doc.ent(subject) && fits(o) && !appositive(o));
        if fits(subject) && !others_between && title_ws[n - 1].end + 1 == ps {
            out.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(subject), s.si, "position.en-title-name-of-subject-body") });
            doc.with_post.insert(p);
        }
    }
}

/// `Li Hua, Chinese Ambassador to Uruguay,`: an envoy named with no body holds the post in the
/// mission the article names for the same country and place (the Chinese Embassy in Uruguay),
/// in any sentence.
fn envoy_in_mission(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for p in of_type(doc, s, &[EntityType::Person]) {
        let after = text(doc, doc.mentions[p].end, s.end);
        let Some(apposition) = after.strip_prefix(", ").map(|a| a.split([',', ';', '.']).next().unwrap_or(a)) else { continue };
        let words: Vec<&str> = apposition.split(' ').collect();
        let Some(t) = words.iter().position(|w| matches!(*w, "Ambassador" | "Consul-General" | "Consul")) else { continue };
        let (Some(from), Some(prep)) = (t.checked_sub(1).map(|k| words[k]), words.get(t + 1)) else { continue };
        if !matches!(*prep, "to" | "in" | "at") || words.len() <= t + 2 {
            continue;
        }
        let place = words[t + 2..].join(" ");
        let mission = |l: &str| l.starts_with(from) && (l.contains("Embassy") || l.contains("Consulate")) && l.ends_with(&format!(" {place}"));
        let Some(o) = doc.mentions.iter().position(|m| m.ty == EntityType::Organization && mission(&m.label)) else { continue };
        let role = words[t].to_owned();
        out.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-envoy-in-mission") });
        doc.with_post.insert(p);
    }
}

/// `Dean of the School of Law Li Hua, Director of the Office …`: a name that closes a
/// `TITLE of ORG NAME` item has its post there; the title after its comma opens the next item.
fn post_item(doc: &Doc, s: &Sent, p: usize, orgs: &[usize]) -> bool {
    let ps = doc.mentions[p].start;
    orgs.iter().any(|&o| doc.mentions[o].end + 1 == ps && words_before_body(doc, s, o, &[" of the ", " of "]).is_some_and(|h| super::words::TITLES.iter().any(|t| h.ends_with(t))))
}

/// The words (up to 60 characters) before body `o` and the first of `connectors` that closes
/// them: where a title before the body ends (Rector of X → Rector).
fn words_before_body(doc: &Doc, s: &Sent, o: usize, connectors: &[&str]) -> Option<String> {
    let (_, before) = window_before_body(doc, s, o);
    connectors.iter().find_map(|c| before.strip_suffix(c)).map(str::to_owned)
}

/// Where the window of up to 60 characters before body `o` starts, and its text.
fn window_before_body(doc: &Doc, s: &Sent, o: usize) -> (usize, String) {
    let os = doc.mentions[o].start;
    let from = s.start.max(os.saturating_sub(60));
    (from, text(doc, from, os))
}

/// A, Chairperson of X and CEO of (the) Y: the second title is a post in Y.
fn second_post(doc: &Doc, s: &Sent, p: usize, o: usize, orgs: &[usize], out: &mut Vec<Relation>) {
    // (A, Member of X, Secretary of the Secretariat and Minister of Y: each further title of A's
    // before a body is held there; the chain ends at the next person or a long gap)
    let mut oe = doc.mentions[o].end;
    for _ in 0..3 {
        let Some(&o2) = orgs.iter().find(|&&k| doc.mentions[k].start > oe) else { return };
        // (A, chairperson of the X Network (XN) and president of Y: past the first body's acronym)
        let gap = super::words::without_acronym(&text(doc, oe, doc.mentions[o2].start)).to_owned();
        // (A, Chairman X and Y: one title held in both bodies; A, Chairman of X and the Board of
        // Y: the title held on Y's board)
        let board = matches!(gap.as_str(), " and the Board of " | " and the Board of the ");
        if (gap == " and " || board) && oe == doc.mentions[o].end {
            if let Some(role) = out.last().filter(|r| r.rule == "position.en-appositive").and_then(|r| r.role.clone()) {
                let role = if board { format!("{role} of the Board") } else { role };
                out.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o2), s.si, "position.en-appositive") });
            }
            return;
        }
        let person_between = doc.by_sentence[s.si].iter().any(|&k| doc.mentions[k].ty == EntityType::Person && doc.mentions[k].start >= oe && doc.mentions[k].end <= doc.mentions[o2].start);
        let g = gap.strip_prefix(", ").or_else(|| gap.strip_prefix(" and ")).unwrap_or("");
        let Some(title) = g.strip_suffix(" of the ").or_else(|| g.strip_suffix(" of ")).map(|t| t.rsplit(" and ").next().unwrap_or(t)) else { return };
        if person_between || gap.len() > 70 || !(super::words::TITLES.iter().any(|t| t.eq_ignore_ascii_case(title)) || super::words::is_post(title)) {
            return;
        }
        out.push(Relation { role: Some(title.to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o2), s.si, "position.en-appositive") });
        oe = doc.mentions[o2].end;
    }
}

/// `Anna Berg, director of X, serves as the president of the Y`, `Berg, who is also the president
/// of Y`: the post the verb names, in the body after its `of`, held by the sentence's one person
/// before the verb.
/// `The launch of the Bay Network is expected … with Dr Tom Hale as its Founder and President`:
/// the title a person holds `as its` is in the body the sentence names first.
fn as_its_title(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for p in of_type(doc, s, &[EntityType::Person]) {
        let after = text(doc, doc.mentions[p].end, s.end);
        let Some(rest) = after.strip_prefix(" as its ") else { continue };
        let title: String = rest.split([',', '.', ';']).next().unwrap_or_default().split(" in the ").next().unwrap_or_default().trim().to_owned();
        let first_title = title.split(" and ").next().unwrap_or_default();
        if !super::words::is_post_in_any_case(first_title) {
            continue;
        }
        let Some(o) = of_type(doc, s, &[EntityType::Organization, EntityType::Alliance]).into_iter().find(|&o| doc.mentions[o].end <= doc.mentions[p].start) else { continue };
        out.push(Relation { role: Some(title), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-serves-as") });
        doc.with_post.insert(p);
    }
}

fn serves_as(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    as_its_title(doc, s, out);
    // (NAME is TITLE of ORG: the bare copula last, and only right after the name)
    const VERBS: &[&str] = &[" serves as ", " served as ", " will serve as ", ", who is also the ", ", who is also ", ", who is the ", ", who is ", " is also the ", " was appointed as ", " was appointed ", " was named ", " has been appointed as ", " has been appointed ", " was elected as ", " was elected ", " is the ", " is "];
    let sentence = text(doc, s.start, s.end);
    let Some((at, verb)) = VERBS.iter().find_map(|v| sentence.find(v).map(|k| (k, *v))) else { return };
    let verb_at = s.start + sentence[..at].chars().count();
    let people: Vec<usize> = of_type(doc, s, &[EntityType::Person]).into_iter().filter(|&p| doc.mentions[p].end <= verb_at).collect();
    let [p] = people.as_slice() else { return };
    if matches!(verb, " is the " | " is ") && doc.mentions[*p].end != verb_at {
        return;
    }
    let after = verb_at + verb.chars().count();
    let orgs = of_type(doc, s, &[EntityType::Organization, EntityType::Alliance]);
    let Some(o) = orgs.into_iter().find(|&o| doc.mentions[o].start > after && doc.mentions[o].start <= after + 60) else { return };
    let between = text(doc, after, doc.mentions[o].start);
    let Some(title) = [" of the ", " of ", " at the ", " at "].iter().find_map(|w| between.strip_suffix(w.trim_start())) else { return };
    let title = title.trim().trim_start_matches("the ").trim_start_matches("a ");
    if super::words::is_post_in_any_case(title) {
        out.push(Relation { role: Some(title.to_owned()), ..Relation::new(doc.ent(*p), Predicate::Position, doc.ent(o), s.si, "position.en-serves-as") });
        doc.with_post.insert(*p);
    }
}

/// The Bay Institute bid farewell to Tom Hale upon the completion of his term as
/// Director-General: the person named before `his term as` held the title in the body that
/// opens the sentence.
fn term_as_title(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let sentence = text(doc, s.start, s.end);
    let Some(k) = [" his term as ", " her term as "].iter().find_map(|w| sentence.find(w).map(|k| k + w.len())) else { return };
    let after = &sentence[k..];
    let title = after.split([',', '.', ';', '(']).next().unwrap_or("").trim();
    let title = title.split(" of ").next().unwrap_or(title).trim_start_matches("the ");
    if !super::words::is_post_in_any_case(title) {
        return;
    }
    let at = s.start + sentence[..k].chars().count();
    let Some(&o) = of_type(doc, s, &[EntityType::Organization]).iter().find(|&&o| doc.mentions[o].start <= s.start + 4) else { return };
    let Some(p) = of_type(doc, s, &[EntityType::Person]).into_iter().filter(|&p| doc.mentions[p].end <= at).last() else { return };
    out.push(Relation { role: Some(title.to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-term-as-title") });
}

/// He was a professor of Lake Studies at Lakeside University: a sentence that opens with a
/// pronoun and a copula tells a post of the person the report names most before it.
fn pronoun_career(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const OPENINGS: &[&str] = &["He was also ", "She was also ", "He is also ", "She is also ", "He was ", "She was ", "He is ", "She is ", "He has been ", "She has been "];
    let sentence = text(doc, s.start, s.end);
    // (Prior to that, he was …: a short phrase of time may come first, set off by a comma)
    let lead = sentence.find(", ").filter(|&k| sentence[..k].split(' ').count() <= 4).map_or(0, |k| k + 2);
    let clause = &sentence[lead..];
    let Some(opening) = OPENINGS.iter().find(|o| clause.starts_with(*o) || lead > 0 && clause.starts_with(&o.to_lowercase())) else { return };
    let after = s.start + sentence[..lead].chars().count() + opening.chars().count();
    let Some(p) = last_subject_person(doc, s.si) else { return };
    let orgs = of_type(doc, s, &[EntityType::Organization, EntityType::Alliance]);
    let Some(o) = orgs.into_iter().find(|&o| doc.mentions[o].start > after && doc.mentions[o].start <= after + 70) else { return };
    let between = text(doc, after, doc.mentions[o].start);
    let Some(title) = [" at the ", " at ", " of the ", " of "].iter().find_map(|w| between.strip_suffix(w.trim_start())) else { return };
    let title = title.trim().trim_start_matches("the ").trim_start_matches("a ").trim_start_matches("an ");
    // (professor of Lake Studies: a post with its field after `of` is still the post)
    let post = title.split(" of ").next().unwrap_or(title);
    if super::words::is_post_in_any_case(title) || !title.contains(',') && super::words::is_post_in_any_case(post) {
        out.push(Relation { role: Some(title.to_owned()), ..Relation::new(p, Predicate::Position, doc.ent(o), s.si, "position.en-pronoun-career") });
    }
}

/// The person who opened the last sentence before `si` that a person opens (within the
/// report): whom a later `he` or `she` refers to.
fn last_subject_person(doc: &Doc, si: usize) -> Option<usize> {
    let section = doc.layout.sentences[si].section;
    (0..si).rev().take_while(|&k| doc.layout.sentences[k].section == section).find_map(|k| {
        let start = doc.layout.sentences[k].start;
        doc.in_sentence(k, &[EntityType::Person]).into_iter().find(|&m| doc.mentions[m].start <= start + 2).map(|m| doc.ent(m))
    })
}

/// … at Bay University, with Tom Hale, president of the university, … (or president Tom Hale of/// … at Bay University, with Tom Hale, president of the university, … (or president Tom Hale of
/// the university): `the university` is the one named last before the person in the sentence.
fn the_university_before(doc: &mut Doc, s: &Sent, p: usize, out: &mut Vec<Relation>) {
    let pe = doc.mentions[p].end;
    let ps = doc.mentions[p].start;
    let after = text(doc, pe, s.end);
    let is_title = |t: &str| super::words::TITLES.iter().any(|x| x.eq_ignore_ascii_case(t));
    // (… with president Tom Hale of the university: or the title before the name)
    let title_before = || {
        let before = text(doc, s.start.max(ps.saturating_sub(30)), ps);
        let word = before.trim_end().rsplit(' ').next().unwrap_or("").to_owned();
        (after.starts_with(" of the university") && is_title(&word)).then_some(word)
    };
    let role = match after.strip_prefix(", ").and_then(|a| a.split_once(" of the university")) {
        Some((role, _)) if is_title(role) => role.to_owned(),
        _ => match title_before() {
            Some(role) => role,
            None => return,
        },
    };
    let role = role.as_str();
    let university = of_type(doc, s, &[EntityType::Organization]).into_iter().filter(|&o| doc.mentions[o].end <= ps && doc.mentions[o].kind == Some(crate::lexicon::OrgKind::University)).last();
    if let Some(u) = university {
        out.push(Relation { role: Some(role.to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(u), s.si, "position.en-appositive") });
        doc.with_post.insert(p);
    }
}

fn org_title_name(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    org_title_name_here(doc, s, out);
    listed_titles_of_one_body(doc, s, out);
    university_title_in_one_university(doc, s, out);
}

/// The post written right before the body at `o` (Director General LPS): its last words that
/// spell a post, if any.
fn post_before_body(doc: &Doc, s: &Sent, o: usize) -> Option<String> {
    let os = doc.mentions[o].start;
    let before = text(doc, s.start.max(os.saturating_sub(40)), os);
    let words: Vec<&str> = before.trim_end().trim_end_matches(',').split_whitespace().collect();
    (1..=words.len().min(4)).rev().map(|n| words[words.len() - n..].join(" ")).find(|t| super::words::is_post(t))
}

/// `Pro-Rector Tom Hale then spoke`: a title only universities give, with no body of its own,
/// is held in the one university the article names.
fn university_title_in_one_university(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const UNIVERSITY_TITLES: &[&str] = &["Rector", "Pro-Rector", "Prorector", "Vice-Rector", "Vice Rector", "Vice-Chancellor", "Vice Chancellor", "Pro-Vice-Chancellor", "Provost"];
    // (… visits HGU … visited our university on May 7. President Li Wei, Vice-President …: on a
    // university's own page the visited university is ours, and its President is titled bare)
    // (the page-wide look-ups only for a sentence with a titled name still without a post)
    let candidates: Vec<usize> = of_type(doc, s, &[EntityType::Person]).into_iter().filter(|p| !doc.with_post.contains(p) && doc.mentions[*p].rule == "person.after-title").collect();
    if candidates.is_empty() {
        return;
    }
    let ours = our_visited_university(doc);
    let Some(university) = doc.the_one_university().or(ours) else { return };
    let titles: Vec<&str> = UNIVERSITY_TITLES.iter().copied().chain(ours.is_some().then_some(["President", "Vice-President", "Vice President"]).into_iter().flatten()).collect();
    for p in candidates {
        let ps = doc.mentions[p].start;
        let before = text(doc, s.start.max(ps.saturating_sub(30)), ps);
        let before = before.trim_end();
        let Some(title) = titles.iter().filter(|t| before.ends_with(*t)).max_by_key(|t| t.len()) else { continue };
        // (the title opens the clause: not the end of another body's name or title chain)
        let lead = before[..before.len() - title.len()].trim_end();
        if !(lead.is_empty() || lead.ends_with(',') || lead.ends_with(" and") || lead.ends_with(" by") || lead.ends_with('.')) {
            continue;
        }
        out.push(Relation { role: Some((*title).to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, university, s.si, "position.en-university-title") });
        doc.with_post.insert(p);
    }
}

/// The university a page calls `our university` when its first lines say someone visits it
/// (`X visits HGU`): the page is that university's own.
fn our_visited_university(doc: &Doc) -> Option<usize> {
    let chars = doc.chars();
    if ["our university", "our University"].iter().all(|w| crate::scan::find_word(chars, 0, chars.len(), w).is_none()) {
        return None;
    }
    let first = doc.layout.sentences.iter().take(4).map(|s| s.start..s.end).collect::<Vec<_>>();
    doc.mentions.iter().enumerate().find(|(k, m)| {
        let in_head = first.iter().any(|r| r.contains(&m.start));
        let lead = text(doc, m.start.saturating_sub(7), m.start);
        in_head && m.ty == EntityType::Organization && doc.entities[doc.ent(*k)].kind == Some(crate::lexicon::OrgKind::University) && (lead.ends_with("visits ") || lead.ends_with("Visits "))
    }).map(|(k, _)| doc.ent(k))
}

fn org_title_name_here(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let orgs = of_type(doc, s, &[EntityType::Organization, EntityType::Alliance]);
    for p in of_type(doc, s, &[EntityType::Person]) {
        let ps = doc.mentions[p].start;
        // ORG TITLE NAME in one run
        let before = orgs.iter().copied().filter(|&o| doc.mentions[o].end < ps && ps - doc.mentions[o].end <= 100).max_by_key(|&o| doc.mentions[o].end);
        if let Some(o) = before {
            // (Harbour Institute's director X: the possessive is no part of the title)
            let gap = text(doc, doc.mentions[o].end, ps);
            let title = gap.trim().trim_start_matches("'s ").trim_start_matches("’s ");
            // (Harbour Institute's Chief Executive Officer, Mr X: set off by a comma, an honorific;
            // LTU Rector Prof. Dr. X: or several)
            let title = without_honorifics(title).trim_end().trim_end_matches(',').to_owned();
            // (Director General LPS Ambassador Tom Hale: a diplomat's courtesy title after the
            // body's initials; the post is the one before them)
            // (President, BPI Tom Hale: or the name right after the body's capitals, the post
            // set off before them by a comma)
            let capitals_before_name = title.is_empty() && doc.mentions[o].rule == "org.en-acronym-after-title";
            if let Some(post) = post_before_body(doc, s, o).filter(|_| title == "Ambassador" || capitals_before_name) {
                out.push(Relation { role: Some(post), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-org-title-name") });
                doc.with_post.insert(p);
                continue;
            }
            if let Some(post) = post_before_retired_rank(doc, s, o, &title) {
                out.push(Relation { role: Some(post), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-org-title-name") });
                doc.with_post.insert(p);
                continue;
            }
            // (Vice-Rector for Academic Affairs: the title with its portfolio; LTU Deputy
            // Rector X: with its modifiers)
            let title_word = title.split(" for ").next().unwrap_or_default();
            let bare = super::words::TITLE_MODIFIERS.iter().find_map(|m| title_word.strip_prefix(m).and_then(|t| t.strip_prefix(' '))).filter(|t| !t.is_empty());
            // LPI director Tom Hale: news style often writes the title in lower case
            let known = |w: &str| super::words::TITLES.contains(&super::words::with_capital(w).as_str());
            if !title.is_empty() && (known(title_word) || bare.is_some_and(known)) {
                // (CityU Council Chairman X: a post on a body's council is a post in the body)
                let (body, title) = match council_of_named_body(doc, doc.ent(o)) {
                    Some((b, unit)) => (b, format!("{unit} {title}")),
                    None => (doc.ent(o), title),
                };
                out.push(Relation { role: Some(title), ..Relation::new(doc.ent(p), Predicate::Position, body, s.si, "position.en-org-title-name") });
                doc.with_post.insert(p);
                continue;
            }
        }
        // TITLE of (the) ORG NAME: the person right after the body, a title before it
        // (the Rector of Lakeside University, Tom Hale: the name may follow a comma)
        let right_before = |o: usize| {
            let oe = doc.mentions[o].end;
            let gap = text(doc, oe, ps);
            // (Director of Lakeside Institute (LI) Tom Hale: the body's short form between, an
            // honorific after it maybe: … (LI) prof. Tom Hale)
            let acronym = without_trailing_honorific(&gap).strip_prefix(" (").and_then(|g| g.strip_suffix(") ")).is_some_and(|a| (2..=10).contains(&a.len()) && a.chars().all(|c| c.is_ascii_alphanumeric()));
            // (the rector of Harbour University Dato X: a Malay honorific before the name)
            let honorific = super::words::HONORIFICS.iter().any(|h| gap == format!(" {h} ") || gap == format!(", {h} "));
            // (Chairman of the Board of X, Ambassador Tom Hale: a title of address after the comma)
            let addressed = gap.strip_prefix(", ").and_then(|g| g.strip_suffix(' ')).is_some_and(|t| !t.contains(' ') && super::words::is_title(t));
            // (Director of the Steppe Institute of Trade Relations of Greece, Peter Novak: the
            // country the recogniser left out of the name stands between)
            let country_between = gap.starts_with(" of ") && gap.ends_with(", ") && gap.split_whitespace().count() <= 5 && doc.mentions.iter().any(|c| c.ty == EntityType::Country && c.sentence == s.si && c.start > oe && c.end < ps);
            // (the Rector of X Prof. Tom Hale: honorifics alone, with or without a comma)
            let ws: Vec<&str> = gap.split_whitespace().map(|w| w.trim_start_matches(',')).filter(|w| !w.is_empty()).collect();
            let honorifics_only = (1..=3).contains(&ws.len()) && ws.iter().all(|w| super::words::is_honorific(w)) && (gap.starts_with(' ') || gap.starts_with(", "));
            // (dean of X associated professor Li Wei: the name's own title in lower case, between)
            let own_title = (1..=3).contains(&ws.len()) && gap.starts_with(' ') && ws.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase())) && {
                let cap: Vec<String> = ws.iter().map(|w| super::words::with_capital(w)).collect();
                super::words::TITLES.contains(&cap[cap.len() - 1].as_str()) && cap[..cap.len() - 1].iter().all(|w| super::words::TITLE_MODIFIERS.contains(&w.as_str()))
            };
            acronym || honorific || honorifics_only || own_title || addressed || country_between || matches!(gap.as_str(), " " | " Board " | " Council " | ", " | ", Professor " | ", Prof. " | ", Dr. " | ", Ms. " | ", Mr. " | ", Mrs. " | ", Ms " | ", Mr " | ", Academician " | " Academician ")
        };
        if let Some(&o) = orgs.iter().find(|&&o| right_before(o)) {
            // (A, Minister of X, B, President of Y: the title set off after A is A's, not B's)
            let listed_with_name_before = text(doc, doc.mentions[o].end, ps).starts_with(',') && title_set_off_after_person(doc, s, o);
            let own_title_after = text(doc, doc.mentions[o].end, ps).starts_with(',') && own_title_after(doc, s, p);
            if listed_with_name_before || own_title_after || titled_by_name_before(doc, s, o) {
                continue;
            }
            // (Adviser to the Consulate General of X Li Wei: a title held in the body it serves)
            // (Chairman LPS Tom Hale: a title right before a body's initials)
            let initials = doc.mentions[o].surface.len() <= 8 && doc.mentions[o].surface.chars().all(|c| c.is_ascii_uppercase() || c == '-');
            // (Vice Chancellor Lakeside University Bayport Prof. Dr Tom Hale: or right before a
            // whole name, when honorifics open the person's name after it)
            let gap = text(doc, doc.mentions[o].end, ps);
            let honorifics_after = !gap.trim().is_empty() && gap.split_whitespace().all(super::words::is_honorific);
            // (Vice Inspector from the Bay Commission Li Wei: `from` as news from China writes it)
            const OF: &[&str] = &[" of the ", " of ", " to the ", " to ", " at the ", " at ", " from the ", " from "];
            // (the Director of BCS and LID, Prof. Tom Hale: one title held in two bodies)
            let joint = orgs.iter().copied().find(|&b| doc.mentions[b].end < doc.mentions[o].start && matches!(text(doc, doc.mentions[b].end, doc.mentions[o].start).as_str(), " and " | " and the ")).filter(|&b| words_before_body(doc, s, b, OF).is_some());
            let (head, joint) = match (words_before_body(doc, s, o, OF), joint) {
                (None, Some(b)) => (words_before_body(doc, s, b, OF), Some(b)),
                (head, _) => (head.or_else(|| (initials || honorifics_after).then(|| words_before_body(doc, s, o, &[" "])).flatten()), None),
            };
            // (Chairman of the Board of X: the board's chair in the body the board governs)
            // (Vice Chairman of the Academic Board of X: of its academic or advisory board too)
            let head = head.as_deref().map(|h| match h.rsplit_once(" of the ") {
                Some((title, board)) if board == "Board" || board.strip_suffix(" Board").is_some_and(|k| !k.contains(' ')) => title,
                _ => h,
            });
            // (Vice-Rector for International Relations of X: the title before its portfolio)
            let head = head.map(|h| match h.rsplit_once(" for ") {
                Some((title, portfolio)) if portfolio.split(' ').all(|w| w.starts_with(char::is_uppercase) || w == "and") => title,
                _ => h,
            });
            // (led by the rector of X Tom Hale: news writes the title in lower case too, but
            // not in a list of people set off by commas: …, rector of X, Tom Hale, president of Y)
            let listed = text(doc, doc.mentions[o].end, ps).starts_with(',');
            // (received by the rector of X, Tom Hale: a title after `the` is set off for its name)
            let ends_in = |h: &str, t: &str| {
                let cut = h.len() >= t.len() && h.is_char_boundary(h.len() - t.len());
                let the_title = cut && h[..h.len() - t.len()].to_lowercase().ends_with("the ");
                cut && (h.ends_with(t) || (!listed || the_title) && h[h.len() - t.len()..].eq_ignore_ascii_case(t))
            };
            let title = head.and_then(|h| super::words::TITLES.iter().filter(|t| ends_in(h, t)).max_by_key(|t| t.len()).map(|t| (h, &h[h.len() - t.len()..])));
            if let Some((h, title)) = title {
                // with its modifiers: Deputy Chairman, First Vice Prime Minister
                let mods: Vec<&str> = h[..h.len() - title.len()].split_whitespace().rev().take_while(|w| super::words::TITLE_MODIFIERS.contains(w)).collect();
                let role = mods.into_iter().rev().chain(std::iter::once(title)).collect::<Vec<_>>().join(" ");
                if let Some(b) = joint {
                    out.push(Relation { role: Some(role.clone()), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(b), s.si, "position.en-org-title-name") });
                }
                out.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-org-title-name") });
                doc.with_post.insert(p);
                earlier_titles_in_chain(doc, s, p, o, out);
                continue;
            }
        }
        if let Some(o) = body_referred_back(doc, s, ps) {
            out.push(Relation { role: Some(o.1), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o.0), s.si, "position.en-org-title-name") });
            doc.with_post.insert(p);
            continue;
        }
        // TITLE NAME of ORG
        if doc.mentions[p].rule == "person.after-title" {
            let pe = doc.mentions[p].end;
            // (Ambassador Tom Hale of Bayland's Ministry of X: a country's possessive between)
            let country_possessive = |gap: &str| gap.strip_prefix(" of ").and_then(|g| g.strip_suffix("'s ").or_else(|| g.strip_suffix("’s "))).is_some_and(|c| doc.mentions.iter().any(|m| m.ty == EntityType::Country && m.sentence == s.si && m.surface == c));
            if let Some(&o) = orgs.iter().find(|&&o| { let gap = text(doc, pe, doc.mentions[o].start); matches!(gap.as_str(), " of " | " of the " | " at " | " at the ") || country_possessive(&gap) }) {
                out.push(Relation { role: post_words_before(doc, s, ps), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-org-title-name") });
                doc.with_post.insert(p);
            }
        }
    }
    titled_names_listed_before_their_body(doc, s, out);
}

/// Where a name starts at `at`, past a `the ` written there.
fn past_article(doc: &Doc, s: &Sent, at: usize) -> usize {
    if text(doc, at, s.end.min(at + 4)) == "the " { at + 4 } else { at }
}

/// A regional network of think tanks founded by the Bay Council, BCN links …: the body
/// after `by` founded the network named after the comma.
fn network_initiated_by(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const BY: &[&str] = &[" initiated by ", " founded by ", " launched by ", " established by ", " set up by ", " created by "];
    let sentence = text(doc, s.start, s.end);
    let opens = ["A ", "An "].iter().any(|a| sentence.starts_with(a)) && ["network of", "alliance of", "coalition of", "consortium of"].iter().any(|w| sentence.find(w).is_some_and(|k| k < 40));
    let Some((k, by)) = BY.iter().filter_map(|b| sentence.find(b).map(|k| (k, b))).min() else { return };
    if !opens || k > 80 {
        return;
    }
    let after = s.start + sentence[..k].chars().count() + by.chars().count();
    let after = past_article(doc, s, after);
    let Some(o) = of_type(doc, s, &[EntityType::Organization]).into_iter().find(|&o| doc.mentions[o].start == after) else { return };
    let comma = doc.mentions[o].end;
    let Some(a) = of_type(doc, s, &[EntityType::Alliance]).into_iter().find(|&a| doc.mentions[a].start == comma + 2 && text(doc, comma, comma + 2) == ", ") else { return };
    out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, doc.ent(a), s.si, "founding_member.en-network-initiated-by"));
    // (a network of think tanks: the body that starts one is a think tank too)
    if sentence[..k].contains("think tank") || sentence[..k].contains("think-tank") {
        let e = doc.ent(o);
        crate::relate::membership::set_think_tank(doc, e);
    }
}

/// Executive Vice President A attended … on behalf of the Bay Institute: the title before the
/// name is held in the body the person stands for.
fn title_on_behalf_of(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let sentence = text(doc, s.start, s.end);
    let Some(k) = sentence.find(" on behalf of ") else { return };
    let after = s.start + sentence[..k].chars().count() + " on behalf of ".chars().count();
    let after = past_article(doc, s, after);
    let Some(o) = of_type(doc, s, &[EntityType::Organization]).into_iter().find(|&o| doc.mentions[o].start == after) else { return };
    for p in of_type(doc, s, &[EntityType::Person]).into_iter().filter(|&p| doc.mentions[p].end < after) {
        let Some(title) = post_words_before(doc, s, doc.mentions[p].start).filter(|t| super::words::is_post(t)) else { continue };
        out.push(Relation { role: Some(title), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-title-on-behalf-of") });
    }
}

/// The post written right before `ps` (deputy permanent secretary X: the whole post, with its
/// modifiers), or else the word before it.
fn post_words_before(doc: &Doc, s: &Sent, ps: usize) -> Option<String> {
    let ws = super::recognize::words(doc.chars(), s.start.max(ps.saturating_sub(40)), ps);
    let post = (2..=4.min(ws.len())).rev().map(|n| ws[ws.len() - n..].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ")).find(|t| super::words::is_post(t));
    post.or_else(|| ws.last().map(|w| w.text.clone()))
}

/// `Vice Dean A, Professor B, Assistant Professor C at the Bay Institute`: titled names listed
/// with commas before the one whose body follows it hold their titles in that body too.
fn titled_names_listed_before_their_body(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let persons = of_type(doc, s, &[EntityType::Person]);
    // (the chain goes back name by name from the one the body follows)
    let mut chained: Vec<usize> = Vec::new();
    for w in (0..persons.len().saturating_sub(1)).rev() {
        let (p, q) = (persons[w], persons[w + 1]);
        let titled = |k: usize| doc.mentions[k].rule == "person.after-title" || post_words_before(doc, s, doc.mentions[k].start).is_some_and(|t| super::words::is_post(&t));
        if doc.with_post.contains(&p) || !titled(p) || !titled(q) {
            continue;
        }
        let gap = text(doc, doc.mentions[p].end, doc.mentions[q].start);
        let titled_item = gap.strip_prefix(", ").is_some_and(|t| super::words::is_post(t.trim()));
        let body_after_q = [" at ", " of "].iter().any(|w| text(doc, doc.mentions[q].end, s.end).starts_with(w)) || chained.contains(&q);
        let object = post_told_in_sentence(doc, out, q, s.si);
        if let Some(object) = object.filter(|_| titled_item && body_after_q) {
            out.push(Relation { role: post_words_before(doc, s, doc.mentions[p].start), object, ..Relation::new(doc.ent(p), Predicate::Position, 0, s.si, "position.en-org-title-name") });
            doc.with_post.insert(p);
            chained.push(p);
        }
    }
}

/// `CityU Council`, `LU Board of Trustees`: a council or board named by another body's name or
/// short form; that body and the unit's word.
fn council_of_named_body(doc: &Doc, unit: usize) -> Option<(usize, &'static str)> {
    const UNITS: &[&str] = &["Council", "Board of Trustees", "Board of Directors", "Board", "Senate"];
    let label = &doc.entities[unit].label;
    let (word, owner) = UNITS.iter().find_map(|w| label.strip_suffix(w).and_then(|o| o.strip_suffix(' ')).map(|o| (*w, o)))?;
    let body = (0..doc.entities.len()).find(|&e| e != unit && doc.entities[e].ty == EntityType::Organization && (doc.entities[e].label == owner || doc.entities[e].aliases.iter().any(|a| a == owner)))?;
    Some((body, word))
}

/// `LIRS Director Anna Berg and Deputy Director Tom Lake`, `on the LIRS's side – Director A,
/// Head of Department B`: people listed with a title and no body of their own hold it in the
/// body of the person listed before them, or of the side the list is introduced as.
fn listed_titles_of_one_body(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    semicolon_series_titles(doc, s, out);
    comma_series_titles(doc, s, out);
    for p in of_type(doc, s, &[EntityType::Person]) {
        let ps = doc.mentions[p].start;
        if doc.with_post.contains(&p) || doc.mentions[p].rule != "person.after-title" {
            continue;
        }
        let Some((sep, title)) = title_after_separator(doc, s, ps) else { continue };
        // (A, president of X, said President B …: the words of A's clause and a verb of saying
        // are no title of B's)
        if super::words::SAY.iter().any(|v| title.contains(&format!(" {v} "))) {
            continue;
        }
        let before = text(doc, s.start.max(sep.saturating_sub(60)), sep);
        let holder = of_type(doc, s, &[EntityType::Person]).into_iter().find(|&q| doc.mentions[q].end == sep);
        let holder_body = holder.and_then(|q| post_told_in_sentence(doc, out, q, s.si));
        // (on the Lotus's side – …: the side the list is introduced as)
        let side = || {
            let side_at = ["'s side", "’s side", " side"].iter().filter_map(|w| before.trim_end_matches([' ', '–', '-', ':', '—']).strip_suffix(w).map(|b| b.chars().count())).next()?;
            let at = s.start.max(sep.saturating_sub(60)) + side_at;
            of_type(doc, s, &[EntityType::Organization]).into_iter().find(|&o| doc.mentions[o].end == at).map(|o| crate::relate::Object::Entity(doc.ent(o)))
        };
        if let Some(object) = holder_body.or_else(side) {
            out.push(Relation { role: Some(title), object, ..Relation::new(doc.ent(p), Predicate::Position, 0, s.si, "position.en-listed-titles-of-one-body") });
            doc.with_post.insert(p);
        }
    }
}

/// `chaired by the president of X, Tom Hale; Ann Lee, executive director; Peter Novak, General
/// Secretary`: people listed after semicolons with a bare title after their name hold it in the
/// body of the one listed first with a post.
fn semicolon_series_titles(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let people = of_type(doc, s, &[EntityType::Person]);
    for &p in &people {
        let (ps, pe) = (doc.mentions[p].start, doc.mentions[p].end);
        if doc.with_post.contains(&p) || !text(doc, s.start.max(ps.saturating_sub(2)), ps).starts_with(';') {
            continue;
        }
        let after = text(doc, pe, s.end);
        let Some(rest) = after.strip_prefix(", ") else { continue };
        let title = rest.split([';', ',', '.']).next().unwrap_or_default().trim();
        if !super::words::is_post_in_any_case(title) {
            continue;
        }
        // (the first of the series: the nearest person before with a post told in this sentence)
        let holder = people.iter().rev().filter(|&&q| doc.mentions[q].end < ps).find_map(|&q| post_told_in_sentence(doc, out, q, s.si).map(|object| (q, object)));
        let Some((q, object)) = holder else { continue };
        if !text(doc, doc.mentions[q].end, ps).contains(';') {
            continue;
        }
        out.push(Relation { role: Some(title.to_owned()), object, ..Relation::new(doc.ent(p), Predicate::Position, 0, s.si, "position.en-listed-titles-of-one-body") });
        doc.with_post.insert(p);
    }
}

/// The body of the last post person `q` was given in sentence `si` (the holder a list's later
/// titles are read against).
fn post_told_in_sentence(doc: &Doc, out: &[Relation], q: usize, si: usize) -> Option<Object> {
    out.iter().rev().find(|r| r.predicate == Predicate::Position && r.subject == doc.ent(q) && r.sentence == si).map(|r| r.object.clone())
}

/// `academician Tom Hale, BA President, academician Anna Berg, Vice President and Peter Novak,
/// Secretary General`: in a comma series of names, each with a bare title after it, a name whose
/// title names no body holds it in the body of the name before it.
fn comma_series_titles(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let mut people = of_type(doc, s, &[EntityType::Person]);
    people.sort_by_key(|&p| doc.mentions[p].start);
    for k in 1..people.len() {
        let (q, p) = (people[k - 1], people[k]);
        let (qe, ps, pe) = (doc.mentions[q].end, doc.mentions[p].start, doc.mentions[p].end);
        if doc.with_post.contains(&p) {
            continue;
        }
        let Some(rest) = text(doc, pe, s.end).strip_prefix(", ").map(str::to_owned) else { continue };
        let clause = rest.split([',', '.', ';']).next().unwrap_or_default();
        let title = clause.split(" and ").next().unwrap_or_default().trim();
        if title.contains(" of ") || !super::words::is_post_in_any_case(title) {
            continue;
        }
        // between the two names: the first's title clause, then `, ` or ` and ` and at most
        // lower-case words or honorifics before the second name
        let gap = text(doc, qe, ps);
        let Some(after_q) = gap.strip_prefix(", ") else { continue };
        let Some((q_clause, lead)) = [", ", " and "].iter().filter_map(|sep| after_q.rsplit_once(sep)).max_by_key(|(c, _)| c.len()) else { continue };
        let lead_ok = lead.split_whitespace().all(|w| w.chars().all(char::is_lowercase) || super::words::is_honorific(w));
        if q_clause.is_empty() || q_clause.contains(',') || !lead_ok {
            continue;
        }
        let Some(object) = post_told_in_sentence(doc, out, q, s.si) else { continue };
        out.push(Relation { role: Some(title.to_owned()), object, ..Relation::new(doc.ent(p), Predicate::Position, 0, s.si, "position.en-listed-titles-of-one-body") });
        doc.with_post.insert(p);
    }
}

/// The title right before a name at `ps` and where the separator before it (`, `, ` and `, a
/// dash) stands: the nearest separator after which the words open with a known title (a
/// portfolio after `for` may hold commas: Deputy Director for Trade, Culture and Law).
fn title_after_separator(doc: &Doc, s: &Sent, ps: usize) -> Option<(usize, String)> {
    let from = s.start.max(ps.saturating_sub(90));
    let window = text(doc, from, ps);
    let seps: Vec<(usize, usize)> = [", ", " and ", " – ", " - ", ": "].iter().flat_map(|w| window.match_indices(w).map(|(i, m)| (i, i + m.len())).collect::<Vec<_>>()).collect();
    let mut seps = seps;
    seps.sort_by_key(|&(i, _)| std::cmp::Reverse(i));
    for (at, after) in seps {
        let title = window[after..].trim_end().to_owned();
        let head = title.split(" for ").next().unwrap_or_default();
        let head = head.split(" of ").next().unwrap_or_default();
        let bare = super::words::TITLE_MODIFIERS.iter().find_map(|m| head.strip_prefix(m).and_then(|t| t.strip_prefix(' '))).unwrap_or(head);
        if super::words::is_title(head) || super::words::is_title(bare) || head == "Head" {
            return Some((from + window[..at].chars().count(), title));
        }
        if title.contains(" for ") || title.split_whitespace().count() > 8 {
            continue;
        }
    }
    None
}

/// `President LCB Ambassador (Retd) Tom Hale`: a rank held and retired from (the title between
/// the body and the name) is no post in the body; the title before the body is.
fn post_before_retired_rank(doc: &Doc, s: &Sent, o: usize, title: &str) -> Option<String> {
    let rank = ["(Retd)", "(retd)", "(Retired)", "(R)"].iter().find_map(|r| title.strip_suffix(r)).map(str::trim_end)?;
    let held = text(doc, s.start, doc.mentions[o].start);
    let post = held.trim_end().rsplit(' ').next().filter(|t| super::words::TITLES.contains(t))?;
    super::words::is_title(rank).then(|| post.to_owned())
}

/// `…, Chairman of X, B, Chairman of Y, …`: B's own title follows B set off by a comma, so the
/// title before B is the previous name's (not `the Rector of X, A, the Rector of Y, B`: titles
/// with `the` come before their names).
fn own_title_after(doc: &Doc, s: &Sent, p: usize) -> bool {
    let pe = doc.mentions[p].end;
    let after = text(doc, pe, (pe + 60).min(s.end));
    after.strip_prefix(", ").is_some_and(|a| !a.starts_with("the ") && a.split(" of ").next().is_some_and(|t| super::words::is_post(t.trim_start_matches("Former ").trim_start_matches("former "))))
}

/// NAME (TITLE of ORG, the TITLE of ORG): each part of the bracket after a name that is a title
/// of a body named right after `of`.
fn bracketed_title(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let orgs = of_type(doc, s, &[EntityType::Organization, EntityType::Alliance]);
    for p in of_type(doc, s, &[EntityType::Person]) {
        let open = doc.mentions[p].end + 1;
        if open >= s.end || chars[open] != '(' || chars[open - 1] != ' ' {
            continue;
        }
        let Some(close) = (open..s.end.min(open + 120)).find(|&k| chars[k] == ')') else { continue };
        let mut at = open + 1;
        for part in text(doc, open + 1, close).split(", ") {
            let len = part.chars().count();
            let lower = part.trim_start_matches("the ");
            if let Some((title, _)) = lower.split_once(" of ").filter(|(t, _)| super::words::is_title(t)) {
                let body_at = at + (len - lower.chars().count()) + title.chars().count() + " of ".len();
                let body_at = if text(doc, body_at, body_at + 4) == "the " { body_at + 4 } else { body_at };
                if let Some(&o) = orgs.iter().find(|&&o| doc.mentions[o].start == body_at) {
                    out.push(Relation { role: Some(title.to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-bracketed-title") });
                    doc.with_post.insert(p);
                }
            }
            at += len + 2;
        }
    }
}

/// The gap before a name without the honorific that ends it: ` (LI) prof. ` → ` (LI) `.
fn without_trailing_honorific(gap: &str) -> String {
    let trimmed = gap.trim_end();
    match trimmed.rsplit_once(' ') {
        Some((before, last)) if super::words::is_honorific(last) => format!("{before} "),
        _ => gap.to_owned(),
    }
}

/// The minister's post in the ministry of the portfolio the title names, when the article
/// names that ministry and no other rule gave the person a post.
fn minister_of_named_ministry(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for p in of_type(doc, s, &[EntityType::Person]) {
        if doc.with_post.contains(&p) {
            continue;
        }
        let m = &doc.mentions[p];
        let before = text(doc, s.start.max(m.start.saturating_sub(120)), m.start);
        let after = text(doc, m.end, s.end.min(m.end + 120));
        // (the title right before the name, or set off by a comma right after it)
        let titled = before.rfind("Minister of ").map(|k| (before[..k].to_owned(), before[k + 12..].trim_end().to_owned()));
        let titled = titled.or_else(|| after.strip_prefix(", ").and_then(|a| a.find("Minister of ").filter(|&k| k <= 24).map(|k| (a[..k].to_owned(), a[k + 12..].to_owned()))));
        let Some((lead, portfolio)) = titled else { continue };
        let Some(o) = ministry_of(doc, &portfolio) else { continue };
        let deputy = ["First Deputy ", "Deputy ", "Vice "].iter().find(|d| lead.ends_with(**d)).map_or("", |d| d);
        out.push(Relation { role: Some(format!("{deputy}Minister")), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-minister-of-named-ministry") });
        doc.with_post.insert(p);
    }
}

/// A delegation's head holds the title he is given in the body the delegation comes from.
fn delegation_head(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let orgs = of_type(doc, s, &[EntityType::Organization]);
    for p in of_type(doc, s, &[EntityType::Person]) {
        if doc.with_post.contains(&p) {
            continue;
        }
        let ps = doc.mentions[p].start;
        // the body right before `headed by TITLE` (or `led by`), and the title
        let led = |o: usize| {
            let oe = doc.mentions[o].end;
            let gap = if oe < ps && ps - oe <= 40 { text(doc, oe, ps) } else { String::new() };
            // (headed by its Director A: the body's own head named with a possessive)
            let title = [" headed by ", " led by "].iter().find_map(|w| without_acronym(&gap).strip_prefix(w))?;
            let title = ["its ", "his ", "her ", "their "].iter().find_map(|p| title.strip_prefix(p)).unwrap_or(title);
            // (headed by its President - Prof. A: a dash and honorifics before the name)
            let title = without_trailing_honorific(title);
            let title = title.trim().trim_end_matches(['-', '–', '—', ',']).trim();
            Some((o, title.to_owned()))
        };
        let Some((o, title)) = orgs.iter().find_map(|&o| led(o)) else { continue };
        // (led by A, the Academy's President,: the title set off after the name, of the body
        // the delegation comes from, called by its head word or `its`)
        let title = if title.is_empty() { title_set_off_for_body(doc, s, p, o).unwrap_or_default() } else { title };
        let os = doc.mentions[o].start;
        let from_body = text(doc, s.start.max(os.saturating_sub(40)), os);
        // (a delegation from Bayland ’s Academy …: past the country's possessive)
        let from_body = match possessive_before(doc, s, os, &[EntityType::Country]) {
            Some(c) => text(doc, s.start.max(doc.mentions[c].start.saturating_sub(20)), doc.mentions[c].start),
            None => from_body,
        };
        let known = super::words::TITLES.iter().any(|t| t.eq_ignore_ascii_case(&title));
        if known && ["delegation of the ", "delegation of ", "delegation from the ", "delegation from "].iter().any(|w| from_body.ends_with(w)) {
            out.push(Relation { role: Some(title), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-delegation-head") });
            doc.with_post.insert(p);
        }
    }
}

/// `A, the Academy's President,`, `A, its President,`: the title set off after person `p` that
/// the body `o` holds, called by `its` or back by its head word (`possessive_body_title`).
fn title_set_off_for_body(doc: &Doc, s: &Sent, p: usize, o: usize) -> Option<String> {
    let after = text(doc, doc.mentions[p].end, s.end);
    let clause = after.strip_prefix(", ")?.split([',', '.', ';']).next()?.trim();
    if let Some(title) = clause.strip_prefix("its ").filter(|t| super::words::is_post(t)) {
        return Some(title.to_owned());
    }
    let words: Vec<&str> = clause.split_whitespace().collect();
    possessive_body_title(doc, &words, doc.mentions[p].start).filter(|(body, _)| *body == o).map(|(_, title)| title)
}

/// The members of a delegation listed after it with their titles hold them in the body the
/// delegation comes from (a title naming a unit, Head of the Law Department, too).
fn delegation_members(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let orgs = of_type(doc, s, &[EntityType::Organization]);
    let Some((o, mut at)) = orgs.iter().find_map(|&o| {
        let (os, oe) = (doc.mentions[o].start, doc.mentions[o].end);
        let before = text(doc, s.start.max(os.saturating_sub(20)), os);
        let from = ["delegation from ", "delegation from the ", "delegation of ", "delegation of the "].iter().any(|w| before.ends_with(w));
        let after = text(doc, oe, s.end.min(oe + 20));
        let by = [", represented by ", " represented by ", ", headed by ", ", led by "].iter().find(|w| after.starts_with(**w))?;
        from.then(|| (o, oe + by.chars().count()))
    }) else {
        return;
    };
    let mut people = of_type(doc, s, &[EntityType::Person]);
    people.sort_by_key(|&p| doc.mentions[p].start);
    people.retain(|&p| doc.mentions[p].start >= at);
    for p in people {
        let gap = text(doc, at, doc.mentions[p].start);
        let gap = gap.trim_start_matches([',', ' ']).trim_start_matches("and ").trim_start_matches("the ").trim_end().to_owned();
        let titled = super::words::TITLES.iter().any(|t| gap.eq_ignore_ascii_case(t) || gap.starts_with(&format!("{t} of ")) || gap.starts_with(&format!("{t} for ")));
        let head_of_unit = gap.starts_with("Head of ");
        if !(titled || head_of_unit) || gap.contains(',') {
            break;
        }
        out.push(Relation { role: Some(gap), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-delegation-members") });
        doc.with_post.insert(p);
        at = doc.mentions[p].end;
    }
}

/// The people a body's delegation (representation, team, side) consisted of, each with a title
/// set off after the name, hold those titles in the body.
fn body_side_consisted_of(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const SIDES: &[&str] = &["delegation", "representation", "team", "side", "group"];
    const VERBS: &[&str] = &["consisted of", "consists of", "comprised", "comprises", "included", "includes", "will include", "was composed of"];
    let opens_list = |o: usize| {
        let oe = doc.mentions[o].end;
        let window = text(doc, oe, s.end.min(oe + 50));
        let after = ["'s ", "’s ", " "].iter().find_map(|w| without_acronym(&window).strip_prefix(w))?;
        let rest = SIDES.iter().find_map(|n| after.strip_prefix(n))?.strip_prefix(' ')?;
        let verb = VERBS.iter().find(|v| rest.starts_with(**v))?;
        Some(oe + window.chars().count() - rest.chars().count() + verb.chars().count())
    };
    let Some((o, from)) = of_type(doc, s, &[EntityType::Organization]).into_iter().find_map(|o| opens_list(o).map(|at| (o, at))) else { return };
    let mut people = of_type(doc, s, &[EntityType::Person]);
    people.retain(|&p| doc.mentions[p].start >= from && !doc.with_post.contains(&p));
    for p in people {
        let after = text(doc, doc.mentions[p].end, s.end);
        let Some(rest) = after.strip_prefix(", ") else { continue };
        let clause = rest.split([',', '.', ';']).next().unwrap_or_default().trim();
        let title = if super::words::is_post_in_any_case(clause) { clause } else { clause.split(" and ").next().unwrap_or_default() };
        if !super::words::is_post_in_any_case(title) {
            continue;
        }
        out.push(Relation { role: Some(title.to_owned()), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.en-body-side-consisted-of") });
        doc.with_post.insert(p);
    }
}

/// A mention of the ministry whose portfolio the words after `Minister of` begin with, the
/// rest being the ministry's country or the clause after the title.
fn ministry_of(doc: &Doc, words: &str) -> Option<usize> {
    doc.mentions.iter().position(|o| {
        o.ty == EntityType::Organization && o.label.strip_prefix("Ministry of ").is_some_and(|field| {
            words.strip_prefix(field).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ') || rest.starts_with(','))
        })
    })
}

/// `A, Minister of X`: whether the title before body `o` (…TITLE of X) opens a clause that
/// a person's name and a comma close before it.
fn title_set_off_after_person(doc: &Doc, s: &Sent, o: usize) -> bool {
    let (base, before) = window_before_body(doc, s, o);
    let Some(h) = [" of the ", " of "].iter().find_map(|c| before.strip_suffix(c)) else { return false };
    let Some(k) = h.rfind(", ") else { return false };
    // (by the Rector of W, A, the Rector of X, B: a title with `the` opens its own item; A,
    // was received by the rector of X, B: and a clause is no title set off after A)
    let clause = h[k + 2..].trim_start_matches("and ");
    let first = clause.split(' ').next().unwrap_or_default();
    // (A, first Vice President of X: news writes a title's modifier in lower case too)
    let titled = super::words::TITLES.iter().chain(super::words::TITLE_MODIFIERS).any(|t| t.split(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(first)));
    if clause.starts_with("the ") || !titled {
        return false;
    }
    let comma = base + h[..k].chars().count();
    doc.mentions.iter().any(|m| m.ty == EntityType::Person && m.sentence == s.si && m.end == comma)
}

/// The title before a name without the honorifics closing it (Rector Prof. Dr. → Rector).
fn without_honorifics(title: &str) -> &str {
    let mut t = title.trim_end();
    // (President Ir Prof Academician Dato’ Dr: an academy's rank among the styles is one too)
    // (BC chairperson Professor Tom Hale: an academic rank used as a style after the title)
    // (not Senior Professor: a rank's modifier makes it the title)
    let style = |t: &str, w: &str| w == "Professor" && t.trim_end_matches(w).trim_end().rsplit(' ').next().is_some_and(|b| !b.is_empty() && !super::words::TITLE_MODIFIERS.contains(&b));
    while let Some(cut) = t.rsplit(' ').next().filter(|w| super::words::is_honorific(w) || *w == "Academician" || style(t, w)).map(|w| &t[..t.len() - w.len()]) {
        t = cut.trim_end().trim_end_matches(',').trim_end();
    }
    t
}

/// `Consul of this consulate NAME`: the body a lower-case reference points back to is the
/// last one named before whose name holds the noun as a word; with the title before it.
fn body_referred_back(doc: &Doc, s: &Sent, ps: usize) -> Option<(usize, String)> {
    let before = text(doc, s.start.max(ps.saturating_sub(60)), ps);
    let words: Vec<&str> = before.split_whitespace().collect();
    if let Some(found) = possessive_body_title(doc, &words, ps) {
        return Some(found);
    }
    let [.., of, this, noun] = words[..] else { return None };
    if of != "of" || !matches!(this, "this" | "the") || !super::words::BODY_NOUNS.contains(&noun) {
        return None;
    }
    let lead = words[..words.len() - 3].join(" ");
    let title = super::words::TITLES.iter().filter(|t| lead.ends_with(*t)).max_by_key(|t| t.len())?;
    let o = last_body_called(doc, noun, ps)?;
    Some((o, (*title).to_owned()))
}

/// `the University’s Registrar X`: the body the report named before, called by its kind in
/// the possessive, and the title after it.
fn possessive_body_title(doc: &Doc, words: &[&str], ps: usize) -> Option<(usize, String)> {
    let k = words.iter().rposition(|w| w.ends_with("’s") || w.ends_with("'s"))?;
    let noun = words[k].trim_end_matches("’s").trim_end_matches("'s").to_lowercase();
    let title = words[k + 1..].join(" ");
    let the = k >= 1 && words[k - 1].eq_ignore_ascii_case("the");
    if !the || !super::words::BODY_NOUNS.contains(&noun.as_str()) || !super::words::is_title(&title) {
        return None;
    }
    Some((last_body_called(doc, &noun, ps)?, title))
}

/// The last organisation before `ps` whose name holds the body noun, capitalised, before
/// any `of` (the University is Lake University of Law, not the Office of Lake University).
fn last_body_called(doc: &Doc, noun: &str, ps: usize) -> Option<usize> {
    let capital: String = noun[..1].to_uppercase() + &noun[1..];
    let called = |o: usize| doc.mentions[o].surface.split(" of ").next().is_some_and(|h| h.split(' ').any(|w| w == capital));
    (0..doc.mentions.len())
        .filter(|&o| doc.mentions[o].ty == EntityType::Organization && doc.mentions[o].end <= ps && called(o))
        .max_by_key(|&o| doc.mentions[o].end)
}

fn verb_between(doc: &Doc, from: usize, to: usize, verbs: &[&str]) -> bool {
    // (a title-case headline writes its verbs capitalised: A and B Launch the X Alliance)
    let t = format!(" {} ", text(doc, from, to).to_lowercase());
    verbs.iter().any(|v| t.contains(&format!(" {v} ")))
}

/// A founding verb in the infinitive (… with A and B to launch the X Alliance).
const FOUND_TO: &[&str] = &["to launch", "to establish", "to found", "to set up", "to initiate", "to form", "to create", "to co-found",
    // (X pursued the establishment of the Y Network: founding told as a noun)
    "pursued the establishment of", "initiated the establishment of", "led the establishment of", "spearheaded the establishment of", "initiated the creation of"];
/// Partners of the subject before a list: the subject founded with them.
const WITH: &[&str] = &["collaborated with ", "together with ", "joined hands with ", "partnered with ", "in partnership with ", "jointly with "];
/// What says that joining happened at the founding: … joined the Alliance as one of the
/// initial members / at its founding ceremony.
const AT_FOUNDING: &[&str] = &["initial member", "founding member", "first member", "first batch", "founding ceremony", "inaugural", "at its founding", "at the founding"];

/// The Bay Institute was engaged as one of the first batch of council units of this alliance:
/// a body taken in with the first batch founded the alliance.
fn engaged_as_first_batch(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const TAKEN_IN: &[&str] = &[" was engaged as ", " was admitted as ", " was accepted as ", " was selected as ", " was included as ", " became "];
    for a in of_type(doc, s, &[EntityType::Alliance]) {
        let start = doc.mentions[a].start;
        for o in of_type(doc, s, &[EntityType::Organization]).into_iter().filter(|&o| doc.mentions[o].end < start) {
            let gap = text(doc, doc.mentions[o].end, start).to_lowercase();
            let taken_in = TAKEN_IN.iter().any(|v| gap.starts_with(v));
            let first = ["first batch", "founding member", "initial member"].iter().any(|w| gap.contains(w));
            let of_it = gap.ends_with(" of ") || gap.ends_with(" of the ") || gap.ends_with(" of this ");
            if taken_in && first && of_it && gap.len() <= 90 && !gap.contains(['.', ';']) {
                out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, doc.ent(a), s.si, "founding_member.en-engaged-as-first-batch"));
            }
        }
    }
}

/// A, B and the Institutes of X, Bay Academy of Sciences were elected as the ALLIANCE's
/// vice-president units: seats on its council, held by bodies already in it (the academy
/// after a unit's comma is the unit's, no seat of its own).
fn elected_as_units(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const VERBS: &[&str] = &[" were elected as the ", " was elected as the ", " were elected as ", " was elected as ", " were elected ", " became the ", " became "];
    for a in of_type(doc, s, &[EntityType::Alliance]) {
        let (start, end) = (doc.mentions[a].start, doc.mentions[a].end);
        let after = text(doc, end, s.end.min(end + 60)).to_lowercase();
        let seat = after.starts_with("'s ") || after.starts_with("’s ");
        let units = after.split(['.', ',', ';']).next().is_some_and(|c| c.contains(" units") || c.contains(" members"));
        let before = text(doc, s.start, start);
        let Some(verb) = VERBS.iter().find(|v| before.ends_with(*v)) else { continue };
        if !seat || !units {
            continue;
        }
        let verb_at = start - verb.chars().count();
        // (A, Bay · Press, and B were elected: a list item no rule names does not end the
        // list; the clause opens after the last comma that follows a word in lower case)
        let clause: String = text(doc, s.start, verb_at);
        let opens = clause.match_indices(", ").filter(|(i, _)| clause[..*i].rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase))).map(|(i, _)| i + 2).last().unwrap_or(0);
        let from = s.start + clause[..opens].chars().count();
        let listed: Vec<usize> = outermost(doc, of_type(doc, s, &[EntityType::Organization])).into_iter().filter(|&o| doc.mentions[o].start >= from && doc.mentions[o].end <= verb_at).collect();
        let run = if listed.len() > 1 { listed } else { list_before(doc, s, verb_at) };
        let unit_head = |o: usize| ["Institute", "Institutes", "Center", "Centre", "School", "Department", "College"].iter().any(|h| doc.mentions[o].label.starts_with(h) || doc.mentions[o].label.contains(&format!(" {h} ")));
        let parent = |w: &[usize]| text(doc, doc.mentions[w[0]].end, doc.mentions[w[1]].start) == ", " && unit_head(w[0]) && (doc.mentions[w[1]].surface.contains("Academy") || doc.mentions[w[1]].surface.ends_with("University"));
        let parents: Vec<usize> = run.windows(2).filter(|w| parent(w)).map(|w| w[1]).collect();
        for &o in run.iter().filter(|o| !parents.contains(o)) {
            out.push(Relation::new(doc.ent(o), Predicate::Member, doc.ent(a), s.si, "member.en-elected-as-units"));
        }
    }
}

/// A signed an agreement with B and C, named “ALLIANCE” (or on the creation of ALLIANCE): the
/// signers, before the verb and after `with`, founded what their paper creates.
fn signed_to_create(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    // (A, B and C signed a MoU on the Bay Centre: the paper's subject, once typed an alliance)
    const CREATES: &[&str] = &["named “", "named \"", "named ", "called “", "called ", "titled “", "on the creation of the ", "on the creation of ", "on creating the ", "to establish the ", "to create the ", "to form the ", "establishing the ", "creating the ", "MoU on ", "MOU on ", "memorandum on ", "memorandum of understanding on ", "on the establishment of the ", "on the establishment of "];
    for a in of_type(doc, s, &[EntityType::Alliance]) {
        let start = doc.mentions[a].start;
        let before = text(doc, s.start, start);
        let before = before.strip_suffix("The ").or_else(|| before.strip_suffix("the ")).unwrap_or(&before);
        let Some(signed) = before.find(" signed ") else { continue };
        if !CREATES.iter().any(|w| before.ends_with(w)) || before[signed..].contains(['.', ';']) {
            continue;
        }
        let signed_at = s.start + before[..signed].chars().count();
        let mut parties = list_before(doc, s, signed_at);
        // (…, with B, Bayport and the C: the bodies after `with`, up to the alliance)
        if let Some(with) = before[signed..].find(" with ") {
            let from = signed_at + before[signed..signed + with].chars().count();
            let after: Vec<usize> = outermost(doc, of_type(doc, s, &[EntityType::Organization])).into_iter().filter(|&o| doc.mentions[o].start > from && doc.mentions[o].end < start).collect();
            parties.extend(after);
        }
        for &o in &parties {
            out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, doc.ent(a), s.si, "founding_member.en-signed-to-create"));
        }
    }
}

fn list_verb_alliance(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for a in of_type(doc, s, &[EntityType::Alliance]) {
        let (start, end) = (doc.mentions[a].start, doc.mentions[a].end);
        let mut run = list_before(doc, s, start);
        let gap_from = run.last().map_or(s.start, |&l| doc.mentions[l].end);
        // over 20 universities joined …: a count is the subject, whatever is named before it
        // (not a year: … in 2015 to establish …)
        let year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
        let counted = text(doc, gap_from, start).split_whitespace().any(|w| w.chars().all(|c| c.is_ascii_digit()) && !year(w));
        // (A and 47 universities from 8 countries initiated the establishment of X: the named
        // body acts with others it counts, within one clause)
        let gap = text(doc, gap_from, start);
        let with_counted_others = !run.is_empty() && gap.strip_prefix(" and ").and_then(|g| g.split_whitespace().next()).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) && !year(w)) && gap.chars().count() <= 140 && !gap.contains([';', ',']);
        let counted = counted && !with_counted_others;
        if counted {
            run.clear();
        }
        if !counted && (run.is_empty() || start - gap_from > 40 && !with_counted_others && !subject_mandated(doc, s, &run, start)) {
            continue;
        }
        let clause = text(doc, end, s.end);
        let clause = clause.split(['.', ';']).next().unwrap_or("").to_lowercase();
        let (pred, rule) = if verb_between(doc, gap_from, start, JOIN) {
            // at the ceremony, in a report about a founding ceremony
            let founding_report = s.main_event.is_some_and(|e| ["Founding", "Launch", "Inaugura"].iter().any(|w| doc.entities[e].label.contains(w)));
            if AT_FOUNDING.iter().any(|w| clause.contains(w)) || founding_report && clause.contains("ceremony") { (Predicate::FoundingMember, "founding_member.en-joined-at-founding") } else { (Predicate::Member, "member.en-joined") }
        } else if !counted && (verb_between(doc, gap_from, start, FOUND) || FOUND_TO.iter().any(|v| text(doc, gap_from, start).contains(v))) {
            (Predicate::FoundingMember, "founding_member.en-list-verb")
        } else {
            continue;
        };
        // 20 universities joined the Alliance …, including A, B and C
        if counted {
            let Some(k) = clause.find("including ") else { continue };
            run = list_after(doc, s, end + clause[..k + "including ".len()].chars().count());
        }
        run.extend(partner_subject(doc, s, &run));
        for &o in &run {
            out.push(Relation::new(doc.ent(o), pred, doc.ent(a), s.si, rule));
        }
        if pred == Predicate::FoundingMember && !run.is_empty() {
            founded_at(doc, s, a, out);
        }
    }
}

/// `LAS is entrusted by the government in 2015 to establish “Bay Network”`: the sentence's one
/// subject body, further off than a list's glue allows, when only its mandate to found the
/// alliance (at `start`) stands between, naming no other body or person.
fn subject_mandated(doc: &Doc, s: &Sent, run: &[usize], start: usize) -> bool {
    let [subject] = run else { return false };
    let gap_from = doc.mentions[*subject].end;
    let opens = matches!(text(doc, s.start, doc.mentions[*subject].start).trim(), "" | "The" | "the");
    let mandate = start - gap_from <= 80 && FOUND_TO.iter().any(|v| text(doc, gap_from, start).contains(v));
    let other_named = doc.by_sentence[s.si].iter().any(|&k| matches!(doc.mentions[k].ty, EntityType::Organization | EntityType::Person | EntityType::Alliance) && doc.mentions[k].start >= gap_from && doc.mentions[k].end <= start);
    opens && mandate && !other_named
}

/// X collaborated with A, B and C to launch …: the subject X before the partners' list.
fn partner_subject(doc: &Doc, s: &Sent, run: &[usize]) -> Option<usize> {
    let first = doc.mentions[*run.first()?].start;
    let before = text(doc, s.start.max(first.saturating_sub(50)), first);
    let w = WITH.iter().find(|w| before.ends_with(*w))?;
    let subject_end = first - w.chars().count();
    let subjects = list_before(doc, s, subject_end + 1);
    let subject = *subjects.last()?;
    let between = text(doc, doc.mentions[subject].end, subject_end);
    (between.split_whitespace().count() <= 3).then_some(subject)
}

/// `A network … has been launched. It was launched by A and B. Dubbed the Bay Network (BN), it
/// …`: the bodies `It` was launched by found the alliance the next sentences name it as.
fn it_was_launched_by(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let sentence = text(doc, s.start, s.end);
    let Some(lead) = FOUND.iter().flat_map(|v| [format!("It was {v} by "), format!("It was jointly {v} by ")]).find(|l| sentence.starts_with(l.as_str())) else { return };
    let named_as = |si: usize| {
        let t = text(doc, doc.layout.sentences[si].start, doc.layout.sentences[si].end);
        ["Dubbed ", "Named ", "Called ", "Known as "].iter().any(|w| t.starts_with(w))
    };
    let later = (s.si + 1..doc.layout.sentences.len().min(s.si + 3)).filter(|&si| named_as(si)).find_map(|si| doc.by_sentence[si].iter().copied().find(|&k| doc.mentions[k].ty == EntityType::Alliance));
    let Some(a) = later else { return };
    for o in list_after(doc, s, s.start + lead.chars().count()) {
        out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, doc.ent(a), s.si, "founding_member.en-by-list"));
    }
}

/// `the Lake Centre (LC), an Africa-based … think tank, and …`: a body the apposition after it
/// calls a think tank is one.
fn think_tanks_by_apposition(doc: &mut Doc, s: &Sent) {
    for o in of_type(doc, s, &[EntityType::Organization]) {
        let after = text(doc, doc.mentions[o].end, s.end);
        let rest = without_acronym(&after);
        let Some(apposition) = [", a ", ", an "].iter().find_map(|w| rest.strip_prefix(w)) else { continue };
        let clause = apposition.split([',', '.', ';']).next().unwrap_or_default();
        if clause.len() <= 120 && (clause.ends_with("think tank") || clause.ends_with("think-tank")) {
            let e = doc.ent(o);
            crate::relate::membership::set_think_tank(doc, e);
        }
    }
}

fn alliance_by_list(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    think_tanks_by_apposition(doc, s);
    it_was_launched_by(doc, s, out);
    for a in of_type(doc, s, &[EntityType::Alliance]) {
        let ae = doc.mentions[a].end;
        let rest = text(doc, ae, s.end);
        // (… is led by institutions such as A and B: the bodies leading a new alliance found it)
        // (… was established under the leadership of A: the body leading the founding founds it)
        let led = FOUND.iter().filter_map(|v| rest.find(&format!("{v} under the leadership of ")).map(|i| i + v.len() + " under the leadership of ".len())).min();
        // (founded jointly by, conjured collectively by: an adverb between the verb and `by`)
        let by_after = |v: &str| ["", "jointly ", "collectively ", "together "].iter().filter_map(|adv| { let p = format!("{v} {adv}by "); rest.find(&p).map(|i| i + p.len()) }).min();
        let Some(by) = FOUND.iter().chain(&["led", "sponsored", "conceived", "conjured", "proposed"]).filter_map(|v| by_after(v)).min().into_iter().chain(led).min() else { continue };
        // (led by may close a longer clause: … is guided by X and led by A and B)
        // (X comprises think tanks …, and was proposed jointly by A and B: the alliance is the
        // subject of a second predicate, naming no other body before it)
        let coordinated = [" and was ", " and is ", " and has been "].iter().any(|w| rest[..by].contains(w));
        let reach = if rest[..by].ends_with("led by ") { 120 } else if coordinated { 180 } else { 60 };
        // (X met the Bay Institute, which was founded by Y: the verb is the other body's)
        let other_body = doc.by_sentence[s.si].iter().any(|&k| matches!(doc.mentions[k].ty, EntityType::Organization | EntityType::Person | EntityType::Alliance) && doc.ent(k) != doc.ent(a) && doc.mentions[k].start >= ae && doc.mentions[k].end <= ae + rest[..by].chars().count());
        if rest[..by].contains(['.', ';']) || rest[..by].chars().count() > reach || other_body && !rest[..by].ends_with("led by ") {
            continue;
        }
        let by = ["institutions such as ", "universities such as ", "organizations such as ", "organisations such as "].iter().find(|w| rest[by..].starts_with(*w)).map_or(by, |w| by + w.len());
        let at = ae + rest[..by].chars().count();
        let mut run = list_after(doc, s, at);
        // (jointly initiated by 17 think tanks from nine countries, including A and B: the
        // founders named out of a count)
        let counted = rest[by..].split(' ').next().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || super::words::NUMBER_WORDS.contains(&w.to_lowercase().as_str()));
        if run.is_empty() && counted {
            let clause = &rest[by..rest[by..].find(['.', ';']).map_or(rest.len(), |k| by + k)];
            if let Some(k) = clause.find("including ") {
                run = list_after(doc, s, at + clause[..k + "including ".len()].chars().count());
            }
        }
        for &o in &run {
            out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, doc.ent(a), s.si, "founding_member.en-by-list"));
        }
        if let Some(&last) = run.last() {
            founded_at(doc, s, a, out);
            // (co-initiated by A and 15 other think tanks: the bodies listed are think tanks too)
            let after: String = text(doc, doc.mentions[last].end, s.end).chars().take(60).collect();
            let clause = after.split(['.', ';', ',']).next().unwrap_or("").to_lowercase();
            if clause.trim_start().starts_with("and ") && (clause.contains("think-tank") || clause.contains("think tank")) {
                for &o in &run {
                    crate::relate::membership::set_think_tank(doc, doc.ent(o));
                }
            }
        }
    }
}

/// `hosted the first`, `during the second`: the words before an event without its ordinal.
fn without_ordinal(s: &str) -> &str {
    let Some((rest, last)) = s.rsplit_once(' ') else { return s };
    if super::recognize::is_ordinal(last) { rest } else { s }
}

/// The event of the sentence named after `at` or `during` (… during the second Bay Forum).
fn event_named_at(doc: &Doc, s: &Sent) -> Option<usize> {
    let at_event = |e: usize| {
        let es = doc.mentions[e].start;
        let before = text(doc, es.saturating_sub(24).max(s.start), es);
        let before = format!(" {}", without_ordinal(before.trim_end()));
        text(doc, es.saturating_sub(8), es).contains("at ") || [" at the", " during", " during the"].iter().any(|w| before.ends_with(w))
    };
    of_type(doc, s, &[EntityType::Event]).into_iter().find(|&e| at_event(e)).map(|e| doc.ent(e))
}

fn initiative_proposed_by(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for a in of_type(doc, s, &[EntityType::Alliance]) {
        let before = text(doc, s.start, doc.mentions[a].start).to_lowercase();
        let proposal = ["initiative to ", "proposal to ", "idea to "].iter().any(|p| ["establish ", "found ", "launch ", "set up ", "create "].iter().any(|v| before.ends_with(&format!("{p}{v}the ")) || before.ends_with(&format!("{p}{v}"))));
        let after = text(doc, doc.mentions[a].end, s.end);
        let after = without_acronym(&after);
        let by = [" was proposed jointly by ", " was jointly proposed by ", " was proposed by ", " was initiated by ", " was jointly initiated by ", " was put forward by ", " was put forward jointly by "].iter().find(|b| after.starts_with(**b));
        let (Some(by), true) = (by, proposal) else { continue };
        let at = s.end - after.chars().count() + by.chars().count();
        for o in list_after(doc, s, at) {
            out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, doc.ent(a), s.si, "founding_member.en-initiative-proposed-by"));
        }
    }
}

/// The nouns for what founds an alliance together, as a report refers back to them.
const FOUNDER_NOUNS: &[&str] = &["universities", "institutions", "think tanks", "think-tanks", "institutes", "organisations", "organizations"];

fn the_founders_include(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let sentence = text(doc, s.start, s.end);
    let Some(noun) = FOUNDER_NOUNS.iter().find(|n| sentence.starts_with(&format!("The {n} include "))) else { return };
    let at = s.start + format!("The {noun} include ").chars().count();
    // (N universities … launched …: the ones a founding verb made founders, sentences before)
    let founded_by_them = doc.layout.sentences[..s.si].iter().any(|b| {
        let t = text(doc, b.start, b.end);
        t.find(noun).is_some_and(|k| FOUND.iter().any(|v| t[k..].contains(&format!(" {v} "))))
    });
    let Some(alliance) = doc.main_alliance_before(s.si, at).filter(|_| founded_by_them) else { return };
    // (the sentence is the list: its items may be places too, for universities named by city)
    for o in outermost(doc, of_type(doc, s, &[EntityType::Organization])).into_iter().filter(|&o| doc.mentions[o].start >= at) {
        out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, alliance, s.si, "founding_member.en-the-founders-include"));
    }
}

/// Ten universities launched an alliance of research universities at the Bay Summit: the
/// alliance the article names with that head word, when it names one, founded at the event.
fn an_alliance_launched_at(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let sentence = text(doc, s.start, s.end);
    const KINDS: &[(&str, &str)] = &[("an alliance", "Alliance"), ("a network", "Network"), ("a consortium", "Consortium"), ("a coalition", "Coalition")];
    let Some(&(_, head)) = KINDS.iter().find(|(k, _)| FOUND.iter().any(|v| sentence.contains(&format!("{v} {k}")))) else { return };
    let Some(ev) = event_named_at(doc, s) else { return };
    let alliances: std::collections::BTreeSet<usize> = doc.mentions.iter().enumerate().filter(|(_, m)| m.ty == EntityType::Alliance && m.label.ends_with(head)).map(|(k, _)| doc.ent(k)).collect();
    if let [a] = alliances.into_iter().collect::<Vec<_>>()[..] {
        out.push(Relation::new(a, Predicate::EstablishedAt, ev, s.si, "established_at.en-an-alliance-launched-at"));
    }
}

/// Twelve institutes decided to establish the Bay Network during the second Bay Forum: an alliance
/// a founding verb names, founded at the event the sentence names with at/during.
fn established_during(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for a in of_type(doc, s, &[EntityType::Alliance]) {
        let before = text(doc, doc.mentions[a].start.saturating_sub(20).max(s.start), doc.mentions[a].start);
        let after = text(doc, doc.mentions[a].end, (doc.mentions[a].end + 32).min(s.end));
        let verb_before = FOUND_TO.iter().chain(FOUND).any(|v| before.ends_with(&format!("{v} the ")));
        // (… was formally established in March 2013 at …: an adverb of manner may stand between)
        // (… is founded by N institutions during …: the present and the perfect too)
        let verb_after = FOUND.iter().any(|v| ["", "formally ", "officially "].iter().any(|adv| [" was ", " is ", " has been "].iter().any(|aux| after.contains(&format!("{aux}{adv}{v}")))));
        if let Some(ev) = (verb_before || verb_after).then(|| event_named_at(doc, s)).flatten() {
            out.push(Relation::new(doc.ent(a), Predicate::EstablishedAt, ev, s.si, "established_at.en-established-during"));
        }
    }
}

fn founded_at(doc: &Doc, s: &Sent, a: usize, out: &mut Vec<Relation>) {
    // … at the Forum, … during the second Forum: founded at that event
    let named = event_named_at(doc, s);
    // In April 2015, … launched the alliance: founded before the report's event, not at it
    let dated = text(doc, s.start, s.end).split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
    let ev = named.or(s.main_event.filter(|_| !dated));
    if let Some(ev) = ev {
        out.push(Relation::new(doc.ent(a), Predicate::EstablishedAt, ev, s.si, "established_at.en-founded-at"));
    }
}

fn held_in(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let before = out.len();
    held_in_places(doc, s, out);
    gathered_in_places_for(doc, s, out);
    // (the Session on X of the Bay Forum was held in Y: the session the sentence is about was)
    let events = of_type(doc, s, &[EntityType::Event]);
    for w in events.windows(2).filter(|w| doc.mentions[w[1]].rule == "event.en-held-within" && text(doc, doc.mentions[w[0]].end, doc.mentions[w[1]].start) == " of the ") {
        for r in out[before..].iter_mut().filter(|r| r.predicate == Predicate::HeldAt && r.subject == doc.ent(w[1])) {
            r.subject = doc.ent(w[0]);
        }
    }
}

/// `delegates gathered in the cities of Bayport and Lakeside … for the first meeting of the Bay
/// Forum`: the meeting guests gathered in places for is held there.
fn gathered_in_places_for(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) {
    let sentence = text(doc, s.start, s.end);
    let Some(i) = [" gathered in ", " converged in ", " met in "].iter().find_map(|w| sentence.find(w).map(|i| i + w.len())) else { return };
    let Some(f) = sentence[i..].find(" for the ").map(|f| i + f + " for the ".len()) else { return };
    let (from, upto) = (s.start + sentence[..i].chars().count(), s.start + sentence[..f].chars().count());
    let places: Vec<usize> = of_type(doc, s, &[EntityType::Place]).into_iter().filter(|&p| doc.mentions[p].start >= from && doc.mentions[p].end <= upto).collect();
    // (the first meeting of the Bay Forum: the meeting named first after `for the`)
    let Some(ev) = of_type(doc, s, &[EntityType::Event]).into_iter().filter(|&e| doc.mentions[e].start >= upto).min_by_key(|&e| doc.mentions[e].start) else { return };
    if text(doc, upto, doc.mentions[ev].start).len() > 30 {
        return;
    }
    for p in places {
        out.push(Relation::new(doc.ent(ev), Predicate::HeldAt, doc.ent(p), s.si, "held_at.en-held-in"));
    }
}

/// `Bayport, Lakeland`: the end of the country written after a comma right after `end`.
fn past_country_of(doc: &Doc, s: &Sent, end: usize) -> Option<usize> {
    of_type(doc, s, &[EntityType::Country]).into_iter().find(|&c| doc.mentions[c].start == end + 2 && doc.chars().get(end) == Some(&',')).map(|c| doc.mentions[c].end)
}

fn held_in_places(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let places = of_type(doc, s, &[EntityType::Place, EntityType::Country]);
    // Chengdu hosted the 4th … Forum
    // (… hosted the Bay Forum and the Lake Meeting: a meeting listed after the hosted one too)
    let mut hosted_before: Option<(usize, usize)> = None;
    for e in of_type(doc, s, &[EntityType::Event]) {
        let es = doc.mentions[e].start;
        // (Bayport, Lakeland, was the host for the …: past the city's country)
        let hosted = |p: usize| {
            let gap = text(doc, doc.mentions[p].end, es);
            let gap = past_country_of(doc, s, doc.mentions[p].end).map_or(gap.clone(), |e| text(doc, e, es).trim_start_matches(',').to_owned());
            matches!(gap.trim().trim_end_matches(" the"), "hosted" | "hosts" | "will host" | "is hosting" | "was the host for" | "was the host of" | "is the host of" | "played host to")
        };
        let listed_after = hosted_before.filter(|&(ee, _)| matches!(text(doc, ee, es).as_str(), " and " | " and the " | ", " | " & ")).map(|(_, p)| p);
        let hosting = places.iter().rev().copied().find(|&p| doc.mentions[p].end < es && hosted(p)).or(listed_after);
        hosted_before = hosting.map(|p| (doc.mentions[e].end, p));
        // Chengdu in Sichuan Province hosted …: the city the place after `in` holds
        let mut host = hosting;
        while let Some(q) = host.and_then(|p| places.iter().copied().find(|&q| doc.mentions[q].end < doc.mentions[p].start && text(doc, doc.mentions[q].end, doc.mentions[p].start) == " in ")) {
            host = Some(q);
        }
        // (… visited Bayport, where they took part in the workshop “X”: the place the relative
        // clause is about, when no other place stands between)
        let where_clause = || places.iter().rev().copied().find(|&p| doc.mentions[p].end < es && text(doc, doc.mentions[p].end, es).starts_with(", where ")).filter(|&p| !places.iter().any(|&q| doc.mentions[q].start > doc.mentions[p].end && doc.mentions[q].end < es));
        if let Some(p) = host.or_else(where_clause).filter(|&p| doc.mentions[p].ty == EntityType::Place) {
            out.push(Relation::new(doc.ent(e), Predicate::HeldAt, doc.ent(p), s.si, "held_at.en-held-in"));
        }
    }
    let bodies = of_type(doc, s, &[EntityType::Organization]);
    let events_here = of_type(doc, s, &[EntityType::Event]);
    let whose_part: Vec<usize> = events_here.iter().map(|&o| the_meeting_it_is_of(doc, s, o)).collect();
    for (n, &e) in events_here.iter().enumerate() {
        let ee = doc.mentions[e].end;
        let place = places.iter().copied().find(|&p| {
            let between = text(doc, ee, doc.mentions[p].start);
            // (the Bay Forum “Innovation in Education,” held …: past the meeting's quoted theme)
            let between = match between.strip_prefix(" “").and_then(|b| b.split_once('”')) {
                Some((_, rest)) => rest.to_owned(),
                None => between,
            };
            // … took place at Lakeside University of Finance & Economics in X: a venue's long name between
            // (… held at Lakeside University Tianjin: the city right after the venue body)
            let venue_city = bodies.iter().map(|&v| &doc.mentions[v]).any(|v| v.end + 1 == doc.mentions[p].start && v.start > ee && text(doc, ee, v.start).ends_with(" at "));
            // (the Forum concluded that the Summit, scheduled for … in X: the nearer event's place)
            // (the Forum and the Meeting were held in X: events listed share it)
            // (… Assembly and the first Summit were held in X: an ordinal in lower case too)
            let listed = |gap: &str| matches!(gap, " and " | ", " | " and the " | " & ") || gap.starts_with(" and the ") && gap.split_whitespace().count() <= 3 && gap.split_whitespace().all(|w| w.chars().all(char::is_lowercase));
            // (… “X” of the 14th “Y Summit”, …, was held in P: the meeting X is of stands between)
            let event_between = events_here.iter().zip(&whose_part).any(|(&o, &of)| doc.mentions[o].start >= ee && doc.mentions[o].end <= doc.mentions[p].start && !listed(&text(doc, ee, doc.mentions[o].start)) && of != e);
            // (X, co-hosted by A and B and organized by C, was held in Y: a long clause set off)
            let set_off = [", was held in ", ", were held in ", ", was held in the "].iter().any(|h| between.ends_with(h)) && between.chars().count() <= 300;
            // (the Bay Forum (2025): International Symposium Celebrating … was held in X: a
            // subtitle after a colon, however long, before the verb)
            let subtitled = between.trim_start_matches(|c: char| c == ' ' || c == '(' || c == ')' || c.is_ascii_digit()).starts_with(": ") && !between.contains(',') && between.chars().count() <= 250;
            doc.mentions[p].start > ee && !event_between && (between.chars().count() <= 100 || set_off || subtitled) && !between.contains(['.', ';']) && (ends_with_in(&between) || venue_city) && (HELD.iter().any(|h| between.contains(h)) || matches!(without_acronym(&between), " in " | " in the city of "))
        });
        // (… in Bayland's capital Bayport: the city the country's capital names)
        let capital = |c: usize| places.iter().copied().find(|&p| matches!(text(doc, doc.mentions[c].end, doc.mentions[p].start).as_str(), "’s capital " | "'s capital " | "’s capital city " | "'s capital city " | "’s capital, " | "'s capital, "));
        let place = place.and_then(|p| if doc.mentions[p].ty == EntityType::Country { capital(p) } else { Some(p) });
        // (the meeting X is of is not the one held there)
        let only_whose_part = whose_part[n] != e;
        if let Some(p) = place.filter(|&p| doc.mentions[p].ty == EntityType::Place && !only_whose_part) {
            out.push(Relation::new(doc.ent(e), Predicate::HeldAt, doc.ent(p), s.si, "held_at.en-held-in"));
        }
    }
    referred_event_held_in(doc, s, &places, out);
    // (the Bay Conference "…" (Bayport, Bayland): the city in brackets after a meeting)
    for &e in &events_here {
        let ee = doc.mentions[e].end;
        let bracketed = places.iter().copied().find(|&p| doc.mentions[p].ty == EntityType::Place && text(doc, ee, doc.mentions[p].start) == " (" && matches!(doc.chars().get(doc.mentions[p].end), Some(')' | ',')));
        if let Some(p) = bracketed {
            out.push(Relation::new(doc.ent(e), Predicate::HeldAt, doc.ent(p), s.si, "held_at.en-held-in"));
        }
    }
}

/// The Bay Youth Forum (BYF) is an important sub-forum of the Coastal Forum: the first event
/// is part of the second (the words between say so and name no other body).
fn sub_forum_of(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let events = of_type(doc, s, &[EntityType::Event]);
    for w in events.windows(2) {
        let between = text(doc, doc.mentions[w[0]].end, doc.mentions[w[1]].start);
        let between = without_acronym(&between);
        let copula = [" is ", " was ", " became ", " has become "].iter().any(|c| between.starts_with(c));
        let part = ["sub-forum of the ", "sub-forums of the ", "sub-forum of ", "part of the ", "part of "].iter().any(|p| between.ends_with(p));
        // (the Thematic Session on X of the Bay Forum: a meeting held within the one after it)
        // (the Thematic Forum on X of the 2nd Bay Forum: a meeting of a meeting is one of its parts)
        // (… of the third Bay Forum: with the larger meeting's ordinal between)
        let unnumbered = format!("{} ", without_ordinal(between.trim_end()));
        let within = matches!(between, " of the " | " of ") || matches!(unnumbered.as_str(), " of the " | " of ");
        // (A thematic forum was held … as a part of the third Bay Forum)
        let held_as_part = [" was held", " is held", " held", " was convened"].iter().any(|h| between.starts_with(h)) && [" as a part of the ", " as part of the "].iter().any(|p| unnumbered.ends_with(p));
        if copula && part && between.len() <= 60 && !between.contains([',', ';']) || within || held_as_part && between.len() <= 80 && !between.contains(';') {
            out.push(Relation::new(doc.ent(w[0]), Predicate::PartOf, doc.ent(w[1]), s.si, "part_of.en-sub-forum-of"));
        }
    }
    if let Some(&whole) = events.first() {
        it_part_of(doc, s, whole, out);
    }
}

/// In 2012, it became a part of the Coastal Forum: `it` is the event the sentence before
/// opened with.
fn it_part_of(doc: &Doc, s: &Sent, whole: usize, out: &mut Vec<Relation>) {
    let before = text(doc, s.start, doc.mentions[whole].start);
    let clause = before.rsplit(", ").next().unwrap_or(&before).to_lowercase().replace("formally ", "").replace("officially ", "");
    let clause = clause.strip_suffix("the ").unwrap_or(&clause);
    if !["it became a part of ", "it became part of ", "it is a part of ", "it is part of ", "it is a sub-forum of "].contains(&clause) {
        return;
    }
    let Some(previous) = (s.si > 0).then(|| doc.sent(s.si - 1)).filter(|p| p.section == s.section) else { return };
    let opens = |e: usize| matches!(text(doc, previous.start, doc.mentions[e].start).trim(), "" | "The");
    if let Some(e) = of_type(doc, &previous, &[EntityType::Event]).into_iter().next().filter(|&e| opens(e) && doc.ent(e) != doc.ent(whole)) {
        out.push(Relation::new(doc.ent(e), Predicate::PartOf, doc.ent(whole), s.si, "part_of.en-sub-forum-of"));
    }
}


/// … in X, … in the X, … in the city of X (… in the Chinese City of X), … at the X.
fn ends_with_in(between: &str) -> bool {
    // (the words since the last ` in `, or all of them, are at most two: the Chinese)
    let city_of = between.strip_suffix(" City of ").or_else(|| between.strip_suffix(" city of ")).is_some_and(|b| b.rsplit(" in ").next().unwrap_or(b).split(' ').count() <= 2);
    // (… held at Alma-Ata: a place right after `held at`)
    let held_at = HELD.iter().any(|h| between.ends_with(&format!(" {h} at ")));
    city_of || held_at || [" in ", " in the ", " in the city of ", " at the "].iter().any(|w| between.ends_with(w))
}

/// The second day of the forum was held in Tianjin: the report's event named by its kind.
fn referred_event_held_in(doc: &Doc, s: &Sent, places: &[usize], out: &mut Vec<Relation>) {
    const REFERENCES: &[&str] = &["the forum", "the conference", "the summit", "the seminar", "the symposium", "the event"];
    let Some(ev) = s.main_event.filter(|_| of_type(doc, s, &[EntityType::Event]).is_empty()) else { return };
    let sentence = text(doc, s.start, s.end).to_lowercase();
    // (Held in Bayport, both online and offline, on Nov. 8, the forum …: a fronted participle)
    if sentence.starts_with("held in ") || sentence.starts_with("held at ") {
        if let Some(&p) = places.iter().find(|&&p| doc.mentions[p].start == s.start + 8 && doc.mentions[p].ty == EntityType::Place) {
            out.push(Relation::new(ev, Predicate::HeldAt, doc.ent(p), s.si, "held_at.en-held-in"));
            return;
        }
    }
    let Some(at) = REFERENCES.iter().filter_map(|r| sentence.find(r).map(|i| i + r.len())).min() else {
        held_by_in(doc, s, ev, &sentence, places, out);
        return;
    };
    let at = s.start + sentence[..at].chars().count();
    let place = places.iter().copied().find(|&p| {
        // (the event, held at X's head office in P,: a participle set off by a comma)
        let between = text(doc, at, doc.mentions[p].start);
        let between = between.strip_prefix(", ").unwrap_or(&between);
        doc.mentions[p].start > at && doc.mentions[p].ty == EntityType::Place && between.chars().count() <= 40 && !between.contains([',', ';']) && ends_with_in(&between) && HELD.iter().any(|h| between.contains(h))
    });
    if let Some(p) = place {
        out.push(Relation::new(ev, Predicate::HeldAt, doc.ent(p), s.si, "held_at.en-held-in"));
    }
}

/// `A working group meeting on … was held by the Bay Network (BN) in Harbour Island`: a meeting
/// of the report told in lower case, held by a body, in a place.
fn held_by_in(doc: &Doc, s: &Sent, ev: usize, sentence: &str, places: &[usize], out: &mut Vec<Relation>) {
    let Some(v) = [" was held by ", " were held by ", " was convened by ", " was hosted by "].iter().find_map(|v| sentence.find(v).map(|i| i + v.len())) else { return };
    const NOUNS: &[&str] = &["meeting", "forum", "conference", "seminar", "symposium", "summit", "dialogue", "workshop", "roundtable", "session"];
    if !sentence[..v].split(' ').any(|w| NOUNS.contains(&w)) {
        return;
    }
    let at = s.start + sentence[..v].chars().count();
    let Some(&host) = doc.by_sentence[s.si].iter().filter(|&&k| matches!(doc.mentions[k].ty, EntityType::Organization | EntityType::Alliance) && doc.mentions[k].start >= at).min_by_key(|&&k| doc.mentions[k].start) else { return };
    let after = text(doc, doc.mentions[host].end, s.end);
    let rest = without_acronym(&after);
    let in_at = doc.mentions[host].end + after.chars().count() - rest.chars().count();
    if rest.starts_with(" in ") {
        for p in places_after_in(doc, s, in_at).into_iter().filter(|p| places.iter().any(|&q| doc.ent(q) == *p)) {
            out.push(Relation::new(ev, Predicate::HeldAt, p, s.si, "held_at.en-held-in"));
        }
    }
}

/// Urumqi, (capital of) northwest China's Xinjiang Uygur Autonomous Region: the city is in
/// the region, the region in the country (the way news agencies place a city).
fn capital_of_regions(doc: &Doc, s: &Sent, places: &[usize], out: &mut Vec<Relation>) {
    const DIRECTIONS: &[&str] = &["north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "central", "northern", "southern", "eastern", "western"];
    for w in places.windows(3) {
        let [city, country, region] = [w[0], w[1], w[2]];
        let [cm, km, rm] = [&doc.mentions[city], &doc.mentions[country], &doc.mentions[region]];
        if cm.ty != EntityType::Place || km.ty != EntityType::Country || rm.ty != EntityType::Place {
            continue;
        }
        let lead = text(doc, cm.end, km.start);
        let lead = lead.strip_prefix(", ").map(|l| l.trim_start_matches("the capital of ").trim_start_matches("capital of ").trim_start_matches("the "));
        let placed = lead.is_some_and(|l| l.is_empty() || DIRECTIONS.contains(&l.trim_end()));
        if placed && matches!(text(doc, km.end, rm.start).as_str(), "'s " | "’s ") {
            out.push(Relation::new(doc.ent(city), Predicate::LocatedIn, doc.ent(region), s.si, "located_in.en-in-place"));
            out.push(Relation::new(doc.ent(region), Predicate::LocatedIn, doc.ent(country), s.si, "located_in.en-in-place"));
        }
    }
}

fn in_place(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let places = of_type(doc, s, &[EntityType::Place, EntityType::Country]);
    let things = of_type(doc, s, &[EntityType::Organization, EntityType::Place]);
    // the Amsterdam-based think tank X: the body after a few describing words
    for &p in &places {
        let pe = doc.mentions[p].end;
        // (the Stockholm based Institute: the hyphen may be left out)
        if !matches!(text(doc, pe, (pe + 7).min(s.end)).as_str(), "-based " | " based ") {
            continue;
        }
        let org = things.iter().copied().find(|&o| doc.mentions[o].start > pe && doc.mentions[o].ty == EntityType::Organization && text(doc, pe + 7, doc.mentions[o].start).split_whitespace().count() <= 3);
        if let Some(o) = org.filter(|&o| !text(doc, pe + 7, doc.mentions[o].start).contains([',', '.'])) {
            out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(p), s.si, "located_in.en-in-place"));
            continue;
        }
        // (X, a Beijing-based think tank: the body the phrase is set after)
        let ps = doc.mentions[p].start;
        let before = things.iter().copied().find(|&o| doc.mentions[o].end < ps && doc.mentions[o].ty == EntityType::Organization && matches!(text(doc, doc.mentions[o].end, ps).as_str(), ", a " | ", an " | ", the "));
        if let Some(o) = before {
            out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(p), s.si, "located_in.en-in-place"));
        }
    }
    capital_of_regions(doc, s, &places, out);
    // (Dunhuang, Gansu Province: a city, then the province it is in)
    let province = |p: usize| doc.mentions[p].ty == EntityType::Place && matches!(doc.entities[doc.ent(p)].lex, Some(crate::recognize::LexRef::Place(i)) if doc.lex.places[i].kind == "province");
    for &t in &things {
        let te = doc.mentions[t].end;
        // Sofia University of Bulgaria: the recogniser left the country out of the name
        // (Bay University of the PRC, … University of Technology of China: so did the recogniser
        // with the country after a school's own name)
        let school = ["University", "Institute", "College", "Academy", "School"].iter().any(|h| doc.mentions[t].label.contains(h));
        let university_of = |p: usize| doc.mentions[p].ty == EntityType::Country && school && matches!(text(doc, te, doc.mentions[p].start).as_str(), " of " | " of the ");
        // Bukhara region of the Republic of Uzbekistan: a division of its country
        let division_of = |p: usize| {
            let level = super::words::DIVISIONS.iter().any(|l| doc.mentions[t].label.ends_with(l));
            doc.mentions[t].ty == EntityType::Place && doc.mentions[p].ty == EntityType::Country && level && matches!(text(doc, te, doc.mentions[p].start).as_str(), " of " | " of the ")
        };
        // Ulaanbaatar, the capital of Mongolia
        // Center for Regional Studies (Ankara): the city in brackets after a body
        // (… Institute of World Economy (Republic of Kazakhstan): or its country)
        // (… University of X (Bay City, China): a city and its country in the bracket too)
        let closes_bracket = |p: usize| {
            let pe = doc.mentions[p].end;
            doc.chars().get(pe) == Some(&')') || places.iter().any(|&c| doc.mentions[c].start == pe + 2 && doc.chars().get(pe) == Some(&',') && doc.chars().get(doc.mentions[c].end) == Some(&')'))
        };
        // (… in Belgrade (Serbia): a city and its country in brackets after it)
        let city_in_country = |p: usize| doc.mentions[t].ty == EntityType::Place && doc.mentions[p].ty == EntityType::Country;
        let bracketed = |p: usize| (doc.mentions[t].ty == EntityType::Organization || city_in_country(p)) && matches!(text(doc, te, doc.mentions[p].start).as_str(), " (" | " (the ") && closes_bracket(p);
        // (Kunming, capital of Yunnan province: of a region too; Lusaka, capital city of Zambia)
        let capital_of = |p: usize| doc.mentions[t].ty == EntityType::Place && matches!(text(doc, te, doc.mentions[p].start).as_str(), ", the capital of " | ", capital of " | ", the capital city of " | ", capital city of ");
        // (… Research Council (HSRC), South Africa: past the body's acronym)
        // (… University,Mexico: a comma whose space the page lost)
        let gap = |p: usize| match without_acronym(&text(doc, te, doc.mentions[p].start)) {
            "," => ", ".to_owned(),
            g => g.to_owned(),
        };
        // (the X Institute was launched on April 24 in Hungary: a body founded in a place is there)
        let founded_in = |p: usize| {
            let g = gap(p);
            doc.mentions[t].ty == EntityType::Organization && g.starts_with(" was ") && g.ends_with(" in ") && g.len() <= 40 && !g.contains([',', ';']) && FOUND.iter().any(|v| g[5..].starts_with(v))
        };
        // (X is a non-government think tank based in Bayland: what the body is, then where;
        // a visit to X headquarters in Bayland: where its headquarters are)
        let described_as_based = |p: usize| {
            let g = gap(p);
            doc.mentions[t].ty == EntityType::Organization && [" is a ", " is an ", " is the "].iter().any(|w| g.starts_with(w)) && [" based in ", " headquartered in ", " located in "].iter().any(|w| g.ends_with(w)) && g.len() <= 70 && !g.contains([',', ';'])
        };
        // (a plenary meeting of the X Network in Beijing: the place is the meeting's)
        // (… was held by Bay University in Bayport: the place is where it was held)
        let ts = doc.mentions[t].start;
        let holder = ["held by ", "held by the ", "hosted by ", "hosted by the ", "convened by ", "convened by the "].iter().any(|w| text(doc, ts.saturating_sub(w.len()).max(s.start), ts) == *w);
        let of_meeting = meeting_before(doc, s, ts) || holder;
        let of_a_meeting = |p: usize| of_meeting && gap(p).starts_with(" in");
        // (X University in Southeast Bayland's Lotus province: in the region, the region in its country)
        if let Some((c, r)) = in_country_s_region(doc, &places, te) {
            if doc.mentions[t].ty == EntityType::Organization {
                out.push(Relation::new(doc.ent(t), Predicate::LocatedIn, doc.ent(r), s.si, "located_in.en-in-place"));
                out.push(Relation::new(doc.ent(r), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.en-in-place"));
                continue;
            }
        }
        let Some(&p) = places.iter().find(|&&p| doc.mentions[p].start > te && !of_a_meeting(p) && ((gap(p) == " from " && doc.mentions[t].ty == EntityType::Organization) || matches!(gap(p).as_ref(), " in " | " in the " | ", " | " based in " | " headquartered in " | " located in " | " headquarters in " | "'s headquarters in " | "' headquarters in " | " head office in " | "'s head office in " | "' head office in " | "’s head office in " | "’ head office in ") || university_of(p) || division_of(p) || capital_of(p) || bracketed(p) || founded_in(p) || described_as_based(p))) else { continue };
        // (University of X (UX) Lahore: a city right after the body's initials)
        let raw = text(doc, te, doc.mentions[p].start);
        let acronym_then_city = doc.mentions[p].ty == EntityType::Place && doc.mentions[t].ty == EntityType::Organization && raw.starts_with(" (") && raw.ends_with(") ") && raw[2..raw.len() - 2].chars().all(|c| c.is_ascii_uppercase()) && doc.chars().get(doc.mentions[p].end).is_some_and(|c| matches!(c, ',' | ' ' | '.'));
        if acronym_then_city && doc.ent(t) != doc.ent(p) {
            out.push(Relation::new(doc.ent(t), Predicate::LocatedIn, doc.ent(p), s.si, "located_in.en-in-place"));
            continue;
        }
        let comma = gap(p) == ", ";
        // (… University,Mexico: written without the space, the comma glues the country to the body)
        let glued = text(doc, te, doc.mentions[p].start) == "," && doc.mentions[p].ty == EntityType::Country;
        // PLACE, COUNTRY; a body and the country that closes its item (Nankai University,
        // Tianjin and Bay University are a list)
        // (Hubei, Sichuan, Shaanxi: provinces listed, none inside another)
        if comma && !glued && !(doc.mentions[t].ty == EntityType::Place && (doc.mentions[p].ty == EntityType::Country || province(p) && !province(t)) || closes_item(doc, s, t, p) || closes_address(doc, s, t, p)) {
            continue;
        }
        if doc.ent(t) != doc.ent(p) {
            out.push(Relation::new(doc.ent(t), Predicate::LocatedIn, doc.ent(p), s.si, "located_in.en-in-place"));
        }
    }
    cities_listed_before_their_country(doc, s, &places, out);
    home_to_bodies(doc, s, out);
}

/// `Lakeland is the host to the Bay Centre (BC) and the Lake Institute`: the bodies a country or
/// city is home or host to are in it.
fn home_to_bodies(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) {
    let Some(&p) = of_type(doc, s, &[EntityType::Country, EntityType::Place]).first().filter(|&&p| doc.mentions[p].start == s.start) else { return };
    let after = text(doc, doc.mentions[p].end, s.end);
    let Some(lead) = [" is the host to ", " is host to ", " is home to ", " is the home of ", " hosts "].iter().find(|l| after.starts_with(**l)) else { return };
    for o in list_after(doc, s, doc.mentions[p].end + lead.chars().count()) {
        out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(p), s.si, "located_in.en-in-place"));
    }
}

/// `to Jakarta and Surabaya, Indonesia`: two cities joined by `and` before their country are
/// both in it.
fn cities_listed_before_their_country(doc: &Doc, s: &Sent, places: &[usize], out: &mut Vec<Relation>) {
    let city = |k: usize| doc.mentions[k].ty == EntityType::Place;
    for w in places.windows(3) {
        let (a, b, c) = (w[0], w[1], w[2]);
        let joined = text(doc, doc.mentions[a].end, doc.mentions[b].start) == " and " && text(doc, doc.mentions[b].end, doc.mentions[c].start) == ", ";
        let closes = doc.chars().get(doc.mentions[c].end).is_none_or(|ch| matches!(ch, '.' | ',' | ';' | ' ' | '\n'));
        if joined && closes && city(a) && city(b) && doc.mentions[c].ty == EntityType::Country && doc.ent(a) != doc.ent(c) {
            out.push(Relation::new(doc.ent(a), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.en-in-place"));
        }
    }
}

/// ` in (Southeast) COUNTRY's REGION` right after `te`: the country and the region.
fn in_country_s_region(doc: &Doc, places: &[usize], te: usize) -> Option<(usize, usize)> {
    // (` in `, or ` in Southeast `: a side of the country before its name)
    let in_side = |gap: &str| gap.strip_prefix(" in ").is_some_and(|g| g.is_empty() || g.strip_suffix(' ').is_some_and(|w| super::words::COMPASS_SIDES.contains(&w)));
    let c = places.iter().copied().find(|&c| doc.mentions[c].ty == EntityType::Country && doc.mentions[c].start > te && in_side(&text(doc, te, doc.mentions[c].start)))?;
    let ce = doc.mentions[c].end;
    let r = places.iter().copied().find(|&r| doc.mentions[r].ty == EntityType::Place && matches!(text(doc, ce, doc.mentions[r].start).as_str(), "'s " | "’s "))?;
    Some((c, r))
}

/// `X, a non-profit body, located at A-33 Ring Road, Bay Park, New Delhi 110 057,`: the body
/// named before the phrase is in every place of the address, and each place in the next.
fn located_at_address(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let sentence = text(doc, s.start, s.end);
    for phrase in [" located at ", " located in ", " situated at ", " situated in "] {
        for (b, _) in sentence.match_indices(phrase) {
            let at = s.start + sentence[..b].chars().count();
            address_after(doc, s, at, at + phrase.chars().count(), out);
        }
    }
}

/// The relations of one address, from `from`, to the body named before `at`.
fn address_after(doc: &mut Doc, s: &Sent, at: usize, from: usize, out: &mut Vec<Relation>) {
    // the address ends at its first word in lower case
    let rest = text(doc, from, s.end);
    let end = rest.split(' ').scan(from, |pos, w| {
        let start = *pos;
        *pos += w.chars().count() + 1;
        Some((start, w))
    }).find(|(_, w)| w.starts_with(char::is_lowercase)).map_or(s.end, |(start, _)| start);
    let places: Vec<usize> = of_type(doc, s, &[EntityType::Place, EntityType::Country]).into_iter().filter(|&p| doc.mentions[p].start >= from && doc.mentions[p].end <= end).collect();
    // the body the phrase describes: the last one before it, set off by a comma
    let body = of_type(doc, s, &[EntityType::Organization]).into_iter().rfind(|&o| doc.mentions[o].end <= at && doc.chars().get(doc.mentions[o].end) == Some(&','));
    let Some(o) = body else { return };
    for (k, &p) in places.iter().enumerate() {
        out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(p), s.si, "located_in.en-address"));
        if let Some(&next) = places.get(k + 1).filter(|&&n| text(doc, doc.mentions[p].end, doc.mentions[n].start) == ", " && doc.mentions[p].ty == EntityType::Place) {
            out.push(Relation::new(doc.ent(p), Predicate::LocatedIn, doc.ent(next), s.si, "located_in.en-address"));
        }
    }
}

/// Whether the body at `start` is named as the one whose meeting it is: `a meeting of the X`,
/// `the annual session of X` (not a ceremony: a body unveiled in a place is there).
fn meeting_before(doc: &Doc, s: &Sent, start: usize) -> bool {
    let before = text(doc, s.start, start);
    let before = before.strip_suffix(" of the ").or_else(|| before.strip_suffix(" of "));
    const MEETINGS: &[&str] = &["meeting", "session", "conference", "assembly", "congress", "forum", "summit", "gathering", "plenary"];
    before.and_then(|b| b.rsplit(' ').next()).is_some_and(|w| MEETINGS.contains(&w.to_lowercase().as_str()))
}

/// Kazakhstan's Aktobe, the Chinese city of Guangzhou: a place written with its country, as
/// a possessive or as the demonym before the word for what the place is.
fn country_city(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let names = super::names::EnNames::of(doc.lex);
    for p in of_type(doc, s, &[EntityType::Place]) {
        let ps = doc.mentions[p].start;
        let country = possessive_before(doc, s, ps, &[EntityType::Country]).map(|c| doc.ent(c)).or_else(|| {
            let before = text(doc, s.start, ps);
            let rest = ["city", "town", "port", "region", "province"].iter().find_map(|w| before.strip_suffix(&format!(" {w} of ")))?;
            let word = rest.rsplit(' ').next()?;
            let n = names.get(word)?;
            let the = rest.strip_suffix(word)?.ends_with("the ");
            (the && matches!(n.lex, crate::recognize::LexRef::Country(_))).then(|| doc.entity_of_lex(n.lex)).flatten()
        });
        // (TASHKENT, Uzbekistan, August 28: a dateline's place and its country)
        let pe = doc.mentions[p].end;
        let dateline_country = || (doc.mentions[p].rule == "place.english-dateline" && doc.chars().get(pe) == Some(&',')).then(|| s.here.iter().copied().find(|&c| doc.mentions[c].ty == EntityType::Country && doc.mentions[c].start == pe + 2)).flatten().map(|c| doc.ent(c));
        let country = country.or_else(dateline_country);
        if let Some(c) = country.filter(|&c| c != doc.ent(p)) {
            out.push(Relation::new(doc.ent(p), Predicate::LocatedIn, c, s.si, "located_in.en-country-city"));
        }
    }
}

/// `ORG, PLACE` closing a list's line (- Bay University, Japan) or an item of a list set off
/// by semicolons (…; Anna Berg, Bay Institute, Japan; …), or `ORG, COUNTRY, said`: the place is
/// where the body is.
fn closes_item(doc: &Doc, s: &Sent, t: usize, p: usize) -> bool {
    if doc.mentions[t].ty != EntityType::Organization {
        return false;
    }
    let pe = doc.mentions[p].end;
    let rest = text(doc, pe, s.end);
    let line_start = text(doc, s.start, doc.mentions[t].start).trim_start_matches(['-', '•', '*', '·', ' ']).is_empty();
    let line_end = rest.trim_end_matches(['.', ';', ' ']).is_empty();
    let semicolons = text(doc, s.start, s.end).contains("; ") && (rest.starts_with(';') || line_end);
    let country = doc.mentions[p].ty == EntityType::Country;
    // (X Council of Affairs, Pakistan (XCA) and …: the body's short form after its country)
    let (rest, acronym) = match rest.strip_prefix(" (").and_then(|r| r.split_once(')')) {
        Some((acr, after)) if (2..=10).contains(&acr.len()) && acr.chars().all(|c| c.is_ascii_uppercase()) => (after.to_owned(), true),
        _ => (rest, false),
    };
    let said = country && rest.strip_prefix(", ").is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()) && !r.starts_with("and "));
    // (a delegation from Bay University, China to …; … visited Bay University, China.: the
    // country closes the body's item when the sentence goes on without a list)
    // (… Pakistan (XCA) and …: after the body's short form, `and` opens the next item)
    let phrase_after = country && rest.strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()) && (acronym || !["and ", "or ", "as "].iter().any(|w| r.starts_with(w))));
    let before = text(doc, s.start, doc.mentions[t].start);
    let alone = !before.trim_end().ends_with(',') && !before.ends_with(" and ");
    // (between Bay Institute (BI), Bayport and Lake University (LU), Bayport to …: two bodies,
    // each closed by its city, joined by `and`)
    let city = doc.mentions[p].ty == EntityType::Place;
    // (… University, New Delhi and the Central University …: `the` may open the next body)
    let skipped = if acronym { text(doc, pe, s.end).len() - rest.len() } else { 0 };
    let next_body = [" and ", " and the "].iter().any(|w| rest.starts_with(w) && of_type(doc, s, &[EntityType::Organization]).iter().any(|&o| doc.mentions[o].start == pe + w.len() + skipped));
    // (A, Lakeside and the B, Bayport, named …: the last pair of a list, before a phrase set off
    // by a comma too)
    let and_before = [" and ", " and the "].iter().find(|w| before.ends_with(*w)).map(|w| w.len());
    let after_phrase = rest.strip_prefix(' ').or_else(|| rest.strip_prefix(", ")).is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()) && !r.starts_with("and "));
    let pair_closed = and_before.is_some_and(|n| of_type(doc, s, &[EntityType::Place]).iter().any(|&q| doc.mentions[q].end + n == doc.mentions[t].start)) && after_phrase;
    // (… and Bay Reform Commission (BRC), China on trade: the body's own short form before the
    // comma sets the country apart as its place, even inside a list)
    let own_acronym = text(doc, doc.mentions[t].end, doc.mentions[p].start).starts_with(" (");
    // (The Bay Institute, Bayport hosted …: a city after a body no list holds, then its verb)
    let city_then_verb = city && alone && rest.strip_prefix(' ').and_then(|r| r.split(' ').next()).is_some_and(|w| w.len() > 3 && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase()));
    line_start && line_end || semicolons || said || city_then_verb || (alone || acronym || own_acronym) && (phrase_after || country && line_end) || city && (next_body || pair_closed)
}

/// `Bay Institute (BI), Harbourton, Japan` and `Anna Berg, Director, Embassy of Japan, Harbourton
/// stated`: a body's address, its city then its country or the speaker's verb.
fn closes_address(doc: &Doc, s: &Sent, t: usize, p: usize) -> bool {
    const SAYING: &[&str] = &["said", "stated", "noted", "added", "expressed", "emphasized", "emphasised", "stressed", "remarked", "highlighted", "pointed", "opined", "observed"];
    if doc.mentions[t].ty != EntityType::Organization || doc.mentions[p].ty != EntityType::Place {
        return false;
    }
    let pe = doc.mentions[p].end;
    let country_next = s.here.iter().any(|&c| doc.mentions[c].ty == EntityType::Country && doc.mentions[c].start == pe + 2 && doc.chars().get(pe) == Some(&','));
    let rest = text(doc, pe, (pe + 16).min(s.end));
    let verb_next = rest.strip_prefix(' ').is_some_and(|r| SAYING.iter().any(|v| r.split(' ').next() == Some(v)));
    country_next || verb_next
}

/// A, B and the C are (its) president members: bodies the text calls members (founding,
/// first, president members: founders) of the alliance named last before them.
fn listed_as_members(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const FOUNDERS: &[&str] = &["founding", "first", "initial", "president", "presidium"];
    let sentence = text(doc, s.start, s.end);
    for verb in [" are ", " were ", " became "] {
        for (b, _) in sentence.match_indices(verb) {
            let rest = &sentence[b + verb.len()..];
            let words: Vec<&str> = rest.split_whitespace().take(4).collect();
            let Some(k) = words.iter().position(|w| w.trim_end_matches([',', '.', ';']) == "members") else { continue };
            let founding = words[..k].iter().any(|w| FOUNDERS.contains(w));
            let at = s.start + sentence[..b].chars().count();
            let run = list_before(doc, s, at);
            // (the list right before the verb: not bodies named earlier, `… with 29 universities who are members`)
            let Some(first) = run.first().filter(|_| run.last().is_some_and(|&l| doc.mentions[l].end == at)) else { continue };
            let Some(alliance) = doc.last_alliance_before(s.si, doc.mentions[*first].start) else { continue };
            let (p, rule) = if founding { (Predicate::FoundingMember, "founding_member.en-listed-as-members") } else { (Predicate::Member, "member.en-listed-as-members") };
            for &o in &run {
                out.push(Relation::new(doc.ent(o), p, alliance, s.si, rule));
            }
        }
    }
}

fn members_including(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for a in of_type(doc, s, &[EntityType::Alliance, EntityType::Organization]) {
        let (a_start, a_end) = (doc.mentions[a].start, doc.mentions[a].end);
        let before = text(doc, s.start.max(a_start.saturating_sub(30)), a_start).to_lowercase();
        if !(before.ends_with("members of ") || before.ends_with("members of the ")) {
            continue;
        }
        let founding = before.contains("founding members") || before.contains("first members") || before.contains("initial members");
        let after = text(doc, a_end, s.end);
        let Some(k) = ["including ", "include ", "includes "].iter().find_map(|w| after.find(w).filter(|&i| i <= 4).map(|i| i + w.len())) else { continue };
        let at = a_end + after[..k].chars().count();
        let (p, rule) = if founding { (Predicate::FoundingMember, "founding_member.en-members-including") } else { (Predicate::Member, "member.en-members-including") };
        for &o in &list_after(doc, s, at) {
            out.push(Relation::new(doc.ent(o), p, doc.ent(a), s.si, rule));
        }
    }
}

/// `Representatives of member think-tanks participated that includes A, B & C`: members of the
/// alliance the report names most before the sentence (or in it, before the list).
fn member_bodies_include(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    // (… are now its members, which include A, B and C: the alliance's members)
    const MEMBER_BODIES: &[&str] = &["member think-tanks", "member think tanks", "member institutions", "member institutes", "member organizations", "member organisations", "member universities", "its members, which include", "its members include", "its members including"];
    let sentence = text(doc, s.start, s.end);
    let lower = sentence.to_lowercase();
    let Some(m) = MEMBER_BODIES.iter().find_map(|w| lower.find(w)) else { return };
    let Some(k) = [" includes ", " include ", " including "].iter().find_map(|w| lower[m..].find(w).map(|i| m + i + w.len())) else { return };
    let at = s.start + sentence[..k].chars().count();
    // (X was founded …, and ten centres are now its members, which include …: `its` is the
    // alliance the sentence names before)
    let its = lower[m..].starts_with("its ").then(|| of_type(doc, s, &[EntityType::Alliance]).into_iter().filter(|&a| doc.mentions[a].end < at).last().map(|a| doc.ent(a))).flatten();
    let Some(alliance) = its.or_else(|| doc.main_alliance_before(s.si, at)) else { return };
    for o in list_after(doc, s, at) {
        out.push(Relation::new(doc.ent(o), Predicate::Member, alliance, s.si, "member.en-member-bodies-include"));
    }
}

/// `It includes dozens of institutes, including A and B`: the sentence opens with a reference
/// to the alliance named last before it and lists what it is made of.
fn it_includes(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const OPENERS: &[&str] = &["it ", "the alliance ", "the group ", "the network ", "the association ", "the consortium ", "the council "];
    const VERBS: &[&str] = &["includes ", "comprises ", "consists of ", "brings together ", "unites "];
    let sentence = text(doc, s.start, s.end);
    let lower = sentence.to_lowercase();
    let Some(rest) = OPENERS.iter().find_map(|o| lower.strip_prefix(o)) else { return };
    let Some(verb) = VERBS.iter().find(|v| rest.starts_with(*v)) else { return };
    let after_verb = lower.len() - rest.len() + verb.len();
    let k = lower[after_verb..].find("including ").map_or(after_verb, |i| after_verb + i + "including ".len());
    let at = s.start + sentence[..k].chars().count();
    let Some(alliance) = doc.last_alliance_before(s.si, s.start) else { return };
    // (an alliance the report tells was set up: what it is made of at once founded it)
    const FOUNDED: &[&str] = &["established", "set up", "launched", "founded", "formed", "teamed up", "inaugurated"];
    let founded = doc.mentions.iter().enumerate().any(|(k, m)| {
        let ms = &doc.layout.sentences[m.sentence];
        m.ty == EntityType::Alliance && doc.ent(k) == alliance && FOUNDED.iter().any(|w| text(doc, ms.start, ms.end).contains(w))
    });
    let (p, rule) = if founded { (Predicate::FoundingMember, "founding_member.en-it-includes") } else { (Predicate::Member, "member.en-it-includes") };
    for o in list_after(doc, s, at) {
        out.push(Relation::new(doc.ent(o), p, alliance, s.si, rule));
    }
}

/// `The meeting accepted five new members and partners, namely A, B and C`: members who join
/// the alliance the report named last, listed after `namely` or `including`.
fn new_members_namely(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    new_members_told_next(doc, s, out);
    let sentence = text(doc, s.start, s.end);
    let lower = sentence.to_lowercase();
    let Some(new) = lower.find("new members") else { return };
    let admitted = ["accepted", "welcomed", "welcomes", "welcome", "admitted", "approved"].iter().any(|v| lower[..new].contains(v));
    let Some(k) = [", namely ", " namely ", ", including ", " including ", ": "].iter().find_map(|w| lower[new..].find(w).map(|i| new + i + w.len())) else { return };
    if !admitted {
        return;
    }
    let at = s.start + sentence[..k].chars().count();
    // (the alliance whose meeting the report is about, else the one it names most)
    let of_meeting = s.main_event.and_then(|e| {
        let meeting = &doc.entities[e].label;
        let named_in = |m: &crate::recognize::Mention| std::iter::once(&m.label).chain(&m.aliases).any(|n| n.len() >= 3 && meeting.split(' ').collect::<Vec<_>>().windows(n.split(' ').count()).any(|w| w.join(" ") == *n));
        doc.mentions.iter().enumerate().find(|(_, m)| m.ty == EntityType::Alliance && named_in(m)).map(|(k, _)| doc.ent(k))
    });
    let Some(alliance) = of_meeting.or_else(|| doc.main_alliance_before(s.si, at)) else { return };
    for o in list_after(doc, s, at) {
        out.push(Relation::new(doc.ent(o), Predicate::Member, alliance, s.si, "member.en-new-members-namely"));
    }
}

/// `Two new associate members were welcomed to the Bay Network. One is A in Lakeland, the other
/// is B.`: the bodies the next sentence tells one by one are the new members of the alliance
/// the sentence before named.
fn new_members_told_next(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const OPENERS: &[&str] = &["One is ", "They are ", "These are ", "The new members are ", "The first is "];
    if s.si == 0 || !OPENERS.iter().any(|o| text(doc, s.start, s.end).starts_with(o)) {
        return;
    }
    let before = &doc.layout.sentences[s.si - 1];
    let told = text(doc, before.start, before.end).to_lowercase();
    let admitted = ["welcomed", "accepted", "admitted", "joined"].iter().any(|v| told.contains(v));
    let new_members = ["new members", "new associate members", "new full members", "new member institutions"].iter().any(|w| told.contains(w));
    let Some(alliance) = doc.by_sentence[s.si - 1].iter().copied().find(|&k| doc.mentions[k].ty == EntityType::Alliance) else { return };
    if !(admitted && new_members) {
        return;
    }
    for o in of_type(doc, s, &[EntityType::Organization]) {
        out.push(Relation::new(doc.ent(o), Predicate::Member, doc.ent(alliance), s.si, "member.en-new-members-namely"));
    }
}

/// `Bay Watch is a joint effort by A, B and C`: the bodies a project is the joint work of take
/// part in it.
fn joint_effort_by(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for p in of_type(doc, s, &[EntityType::Project]) {
        let after = text(doc, doc.mentions[p].end, s.end);
        let Some(lead) = crate::en::recognize::JOINT_WORKS.iter().flat_map(|w| [format!(" is a joint {w} by "), format!(" is a joint {w} of ")]).find(|l| after.starts_with(l.as_str())) else { continue };
        let at = doc.mentions[p].end + lead.chars().count();
        for o in list_after(doc, s, at) {
            out.push(Relation::new(doc.ent(p), Predicate::Participant, doc.ent(o), s.si, "participant.en-joint-effort"));
        }
    }
}

/// `The latest additions to A and B – namely X, Y and Z – became members`: the bodies listed
/// after `namely` are members of each alliance named before it, in a sentence that says they
/// became members or were added.
fn additions_namely(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const JOINING: &[&str] = &["additions to", "became members", "became full members", "joined as members", "were admitted"];
    let sentence = text(doc, s.start, s.end);
    let lower = sentence.to_lowercase();
    // (new members, namely …: the rule for new members reads those)
    if !JOINING.iter().any(|w| lower.contains(w)) || lower.contains("new members") {
        return;
    }
    let Some(k) = lower.find("namely ").map(|i| i + "namely ".len()) else { return };
    let at = s.start + sentence[..k].chars().count();
    let alliances: Vec<usize> = of_type(doc, s, &[EntityType::Alliance]).into_iter().filter(|&a| doc.mentions[a].end <= at).collect();
    let members = list_after(doc, s, at);
    for a in alliances {
        for &o in &members {
            out.push(Relation::new(doc.ent(o), Predicate::Member, doc.ent(a), s.si, "member.en-additions-namely"));
        }
    }
}

/// `The Bay Alliance invited Lakeside University to join the consortium`: the bodies an alliance
/// invites to join it are its members (the invitation reported as done).
fn invited_to_join(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for a in of_type(doc, s, &[EntityType::Alliance]) {
        let rest = text(doc, doc.mentions[a].end, s.end);
        if !rest.starts_with(" invited ") {
            continue;
        }
        let at = doc.mentions[a].end + " invited ".len();
        let invited = list_after(doc, s, at);
        let Some(&last) = invited.last() else { continue };
        if !text(doc, doc.mentions[last].end, s.end).starts_with(" to join") {
            continue;
        }
        for &o in &invited {
            out.push(Relation::new(doc.ent(o), Predicate::Member, doc.ent(a), s.si, "member.en-invited-to-join"));
        }
    }
}

/// `The founding members include A, B and C`: a sentence that names no alliance lists the
/// founders of the alliance the report named last.
fn the_founding_members_include(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const OPENINGS: &[&str] = &["founding members include ", "founding members included ", "founding members are ", "founding members were ", "initial members include ", "first members include "];
    let sentence = text(doc, s.start, s.end);
    let lower = sentence.to_lowercase();
    let Some(k) = OPENINGS.iter().find_map(|w| lower.find(w).map(|i| i + w.len())) else { return };
    let at = s.start + sentence[..k].chars().count();
    // (the founding members of X include …: the rule of its own names X)
    if !of_type(doc, s, &[EntityType::Alliance]).into_iter().all(|a| doc.mentions[a].start >= at) {
        return;
    }
    let Some(alliance) = doc.last_alliance_before(s.si, at) else { return };
    for o in list_after(doc, s, possessive_place_before(doc, s, at).max(at)) {
        out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, alliance, s.si, "founding_member.en-the-founding-members-include"));
    }
}

/// The members of ALLIANCE are: and the lines below it, each opening (after a bullet) with a
/// body: its members; founders when the heading or the article speaks of founding or initial
/// members.
fn members_listed_below(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let sentence = text(doc, s.start, s.end);
    let heading = sentence.trim_end();
    // (ALLIANCE is established comprising the following institutions:)
    let following = ["following institutions:", "following members:", "following organisations:", "following organizations:", "following think tanks:", "following universities:"].iter().any(|w| heading.ends_with(w));
    if !(heading.ends_with("are:") || heading.ends_with("include:") || heading.ends_with("are as follows:") || following) {
        return;
    }
    let Some(a) = of_type(doc, s, &[EntityType::Alliance]).into_iter().find(|&a| {
        let before = text(doc, s.start, doc.mentions[a].start).to_lowercase();
        following || before.ends_with("members of ") || before.ends_with("members of the ")
    }) else {
        return;
    };
    let whole = text(doc, 0, doc.chars().len()).to_lowercase();
    let founded_here = following && ["established", "founded", "formed", "launched", "set up"].iter().any(|w| heading.contains(w));
    let founding = founded_here || ["founding member", "initial member", "first members", "founding members"].iter().any(|w| whole.contains(w));
    let (p, rule) = if founding { (Predicate::FoundingMember, "founding_member.en-members-listed-below") } else { (Predicate::Member, "member.en-members-listed-below") };
    for k in s.si + 1..doc.layout.sentences.len() {
        let line = doc.sent(k);
        if line.section != s.section {
            break;
        }
        let opening = text(doc, line.start, line.end);
        let body = opening.trim_start_matches(['-', '•', '*', '·', ' ']);
        let at = line.start + opening.chars().count() - body.chars().count();
        let Some(o) = line.institutions.iter().copied().find(|&o| doc.mentions[o].start == at) else { break };
        out.push(Relation::new(doc.ent(o), p, doc.ent(a), k, rule));
    }
}

/// `the sub-forum “X” of the 14th “Y Summit”, organized by A, was held …`: the meeting named
/// before `of the` is what the sentence is about; the one after it only says whose part it is.
fn the_meeting_it_is_of(doc: &Doc, s: &Sent, e: usize) -> usize {
    let es = doc.mentions[e].start;
    let part_of_gap = |gap: &str| {
        let gap = gap.trim_matches(|c: char| c == ' ' || c == '”' || c == '“' || c == '"');
        gap == "of the" || gap.strip_prefix("of the ").is_some_and(|o| o.split(' ').count() == 1 && o.starts_with(|c: char| c.is_ascii_digit()))
    };
    of_type(doc, s, &[EntityType::Event]).into_iter().filter(|&a| doc.mentions[a].end < es && part_of_gap(&text(doc, doc.mentions[a].end, es))).last().unwrap_or(e)
}

/// `The Summit was co-organized in Bayport, Bayland, on May 3-5, 2014 by A, B and C`: where
/// and when may stand between the verb and `by`; the meeting is the one the sentence names
/// before the verb, or else the one the article named last.
fn organised_where_and_when_by(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"\b(?:was|were) (?:co-organized|co-organised|organized|organised|co-hosted|convened)(?: in [A-Z][^,]{2,40}(?:, [A-Z][\w ]{2,30})?,?)?(?: on [^.;]{3,40}?)? by (?:the )?").expect("a valid pattern"));
    let sentence = text(doc, s.start, s.end);
    let Some(found) = re.find(&sentence) else { return };
    // (the plain `was organized by` is read by the rule of `by`)
    if !(found.as_str().contains(" in ") || found.as_str().contains(" on ")) {
        return;
    }
    let (verb_at, at) = (s.start + sentence[..found.start()].chars().count(), s.start + sentence[..found.end()].chars().count());
    let run = list_after_of(doc, s, at, &[EntityType::Organization, EntityType::Alliance]);
    let named = of_type(doc, s, &[EntityType::Event]).into_iter().filter(|&e| doc.mentions[e].end <= verb_at).max_by_key(|&e| doc.mentions[e].end);
    let earlier = || (0..doc.mentions.len()).filter(|&m| doc.mentions[m].ty == EntityType::Event && doc.mentions[m].end <= s.start).max_by_key(|&m| doc.mentions[m].end);
    let Some(ev) = named.or_else(earlier).map(|e| doc.ent(e)) else { return };
    for &o in &run {
        out.push(Relation::new(ev, Predicate::Organizer, doc.ent(o), s.si, "organizer.en-by"));
    }
}

fn organised_by(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    organised_where_and_when_by(doc, s, out);
    let sentence = text(doc, s.start, s.end);
    // (Organised by A in collaboration with B, the conference …: the participle opens the sentence)
    let lower = sentence.to_lowercase();
    for by in BY {
        let Some(i) = lower.find(by).filter(|&i| i == 0 || sentence[..i].ends_with(' ')) else { continue };
        let at = s.start + sentence[..i + by.len()].chars().count();
        let mut run = list_after_of(doc, s, at, &[EntityType::Organization, EntityType::Alliance]);
        // organized by A jointly with B: B organised it too
        if let Some(&last) = run.last() {
            let end = doc.mentions[last].end;
            let after = text(doc, end, s.end);
            // (… by A (ACR) in collaboration with B: past A's acronym)
            let rest = without_acronym(&after);
            let end = end + after.chars().count() - rest.chars().count();
            if let Some(w) = [" jointly with ", " together with ", " in cooperation with ", " in partnership with ", " in collaboration with "].iter().find(|w| rest.starts_with(**w)) {
                run.extend(list_after_of(doc, s, end + w.chars().count(), &[EntityType::Organization, EntityType::Alliance]));
            }
        }
        let ev = of_type(doc, s, &[EntityType::Event]).into_iter().filter(|&e| doc.mentions[e].end <= at).max_by_key(|&e| doc.mentions[e].end).map(|e| doc.ent(the_meeting_it_is_of(doc, s, e))).or(s.main_event);
        if let Some(ev) = ev {
            for &o in &run {
                out.push(Relation::new(ev, Predicate::Organizer, doc.ent(o), s.si, "organizer.en-by"));
            }
            // (organized by A at Bayport, Bayland: where the organisers held it)
            if let Some(p) = run.last().and_then(|&last| place_after_at(doc, s, doc.mentions[last].end)) {
                out.push(Relation::new(ev, Predicate::HeldAt, p, s.si, "held_at.en-organized-at"));
            }
        }
    }
    // A, B and C jointly organized the seminar: the meeting the report is about
    if let Some(ev) = s.main_event.filter(|_| of_type(doc, s, &[EntityType::Event]).is_empty()) {
        for verb in [" organized the ", " organised the ", " hosted the ", " co-organized the ", " co-hosted the ", " held the ", " convened the ", " co-chaired the "] {
            let Some((i, noun)) = sentence.find(verb).and_then(|i| meeting_noun_end(&sentence[i + verb.len()..]).map(|n| (i, n))) else { continue };
            let at = s.start + sentence[..i].chars().count();
            let at = if sentence[..i].ends_with(" jointly") { at - " jointly".len() } else { at };
            for &o in &list_before(doc, s, at) {
                out.push(Relation::new(ev, Predicate::Organizer, doc.ent(o), s.si, "organizer.en-by"));
            }
            // (… held the meeting in the Bay Hotel in Bayport: where they held it)
            let noun_end = s.start + sentence[..i + verb.len() + noun].chars().count();
            for p in places_after_in(doc, s, noun_end) {
                out.push(Relation::new(ev, Predicate::HeldAt, p, s.si, "held_at.en-organized-at"));
            }
        }
    }
    hosted_with_partners(doc, s, out);
    partners_before_the_host(doc, s, out);
    // A hosted the EVENT
    let events = of_type(doc, s, &[EntityType::Event]);
    for (n, &e) in events.iter().enumerate() {
        let run = list_before(doc, s, doc.mentions[e].start);
        let subjects = unit_at_its_body(doc, s, &run).map_or_else(|| run.clone(), |u| vec![u]);
        if let Some(&last) = run.last() {
            let gap = text(doc, doc.mentions[last].end, doc.mentions[e].start);
            // a bracketed acronym after the body: … (LIT) hosted the …
            let gap = match (gap.find('('), gap.find(')')) {
                (Some(a), Some(b)) if a < b => format!("{}{}", &gap[..a], &gap[b + 1..]),
                _ => gap,
            };
            // (the article may be left out: Lakeside University hosted International Symposium …)
            if matches!(without_ordinal(gap.trim()).trim_end_matches(" the"), "hosted" | "organized" | "organised" | "co-hosted" | "jointly hosted" | "co-organized" | "held" | "jointly held" | "co-organised" | "convened" | "jointly organized" | "jointly organised" | "jointly convened" | "co-chaired" | "jointly chaired") || teamed_up_to_hold(&gap) {
                // (A hosted the EVENT, in collaboration with B: B organised it too)
                let after = text(doc, doc.mentions[e].end, s.end);
                let partners = [", in collaboration with ", ", in partnership with ", ", in cooperation with ", ", jointly with ", " jointly with ", " together with ", " in collaboration with "].iter().find(|w| after.starts_with(**w)).map(|w| list_after_of(doc, s, doc.mentions[e].end + w.chars().count(), &[EntityType::Organization, EntityType::Alliance]));
                // (A co-chaired the X Meeting and the Y Forum: both)
                let also = events.get(n + 1).filter(|&&e2| matches!(text(doc, doc.mentions[e].end, doc.mentions[e2].start).as_str(), " and the " | " and " | ", the "));
                for &ev in std::iter::once(&e).chain(also) {
                    for &o in subjects.iter().chain(partners.iter().flatten()) {
                        out.push(Relation::new(doc.ent(ev), Predicate::Organizer, doc.ent(o), s.si, "organizer.en-by"));
                    }
                }
            }
        }
    }
}

/// `Together with A and B, C held the 5th Bay Forum`: the partners named before the host
/// organise the meeting it held (the host too, when named).
fn partners_before_the_host(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) {
    const VERBS: &[&str] = &[" held the ", " hosted the ", " organized the ", " organised the ", " convened the "];
    let sentence = text(doc, s.start, s.end);
    let Some(i) = sentence.find("together with ").or_else(|| sentence.find("Together with ")) else { return };
    let from = s.start + sentence[..i + "together with ".len()].chars().count();
    let partners = list_after_of(doc, s, from, &[EntityType::Organization, EntityType::Alliance]);
    let Some(&last) = partners.last() else { return };
    // (the host, which the list may have run on to, and its verb within a few words, then the
    // meeting right after)
    let clause = text(doc, doc.mentions[last].end, s.end);
    let Some((v, k)) = VERBS.iter().filter_map(|v| clause.find(v).map(|k| (v, k))).min_by_key(|&(_, k)| k).filter(|&(_, k)| clause[..k].split_whitespace().count() <= 6) else { return };
    let at = doc.mentions[last].end + clause[..k + v.len()].chars().count();
    let Some(ev) = of_type(doc, s, &[EntityType::Event]).into_iter().find(|&e| doc.mentions[e].start >= at && text(doc, at, doc.mentions[e].start).split_whitespace().count() <= 1) else { return };
    let host = of_type(doc, s, &[EntityType::Organization]).into_iter().filter(|&o| doc.mentions[o].start > doc.mentions[last].end && doc.mentions[o].end <= at);
    for o in partners.iter().copied().chain(host) {
        out.push(Relation::new(doc.ent(ev), Predicate::Organizer, doc.ent(o), s.si, "organizer.en-by"));
    }
}

/// `A, in partnership with B and C, hosted a scientific symposium titled "X"`: the bodies
/// before the verb, and those the partnership clause names, organise the meeting the verb's
/// object names (a few lower-case words may describe it before its name).
fn hosted_with_partners(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) {
    const VERBS: &[&str] = &[" hosted ", " organized ", " organised ", " co-hosted ", " co-organized ", " co-organised ", " convened "];
    const WITH: &[&str] = &[", in partnership with ", ", in collaboration with ", ", in cooperation with ", ", together with ", ", jointly with ", ", along with "];
    let sentence = text(doc, s.start, s.end);
    let events = of_type(doc, s, &[EntityType::Event]);
    for verb in VERBS {
        let Some(i) = sentence.find(verb) else { continue };
        let at = s.start + sentence[..i].chars().count();
        let after = at + verb.chars().count();
        let described = |e: usize| doc.mentions[e].start >= after && text(doc, after, doc.mentions[e].start).chars().all(|c| c.is_lowercase() || c == ' ' || c == '"' || c == '“');
        let Some(ev) = events.iter().copied().find(|&e| described(e) && doc.mentions[e].start - after <= 48) else { continue };
        let before = &sentence[..i];
        let Some((w, k)) = WITH.iter().find_map(|w| before.rfind(w).map(|k| (w, k))).filter(|_| before.ends_with(',')) else { continue };
        let clause = s.start + before[..k].chars().count();
        let partners = list_after_of(doc, s, clause + w.chars().count(), &[EntityType::Organization, EntityType::Alliance]);
        let leads = list_before(doc, s, clause);
        // (only when the partners run up to the comma before the verb)
        if leads.is_empty() || partners.last().is_none_or(|&p| doc.mentions[p].end + 1 != at) {
            continue;
        }
        for &o in leads.iter().chain(&partners) {
            out.push(Relation::new(doc.ent(ev), Predicate::Organizer, doc.ent(o), s.si, "organizer.en-hosted-with-partners"));
        }
    }
}

/// `A and B have teamed up/partnered to hold/host (a speakers series,) the EVENT`: bodies that
/// joined to hold a meeting organise it (a few words may describe it before its name).
fn teamed_up_to_hold(gap: &str) -> bool {
    static TEAMED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = TEAMED.get_or_init(|| regex::Regex::new(r"^\s*(?:have |has |had )?(?:teamed up|partnered|joined hands|joined forces|come together|worked together) to (?:hold|host|co-host|organi[sz]e|co-organi[sz]e|convene)\b[^.;]{0,48}$").expect("a valid pattern"));
    re.is_match(gap)
}

/// The place right after ` at ` (past a bracketed acronym) that follows `end`.
/// `meeting` in `the task force meeting in …`, `the “Bay Vision” (BV) seminar`: where the first
/// meeting noun in lower case ends (in bytes), within the clause.
fn meeting_noun_end(rest: &str) -> Option<usize> {
    const NOUNS: &[&str] = &["seminar", "forum", "conference", "symposium", "event", "summit", "dialogue", "meeting", "workshop", "roundtable", "session"];
    let clause = &rest[..rest.find([',', ';']).unwrap_or(rest.len())];
    let mut at = 0;
    for w in clause.split(' ').take(12) {
        let bare = w.trim_end_matches(['.', '!', '?']);
        at += w.len() + 1;
        if NOUNS.contains(&bare.to_lowercase().as_str()) {
            return Some(at - 1 - (w.len() - bare.len()));
        }
    }
    None
}

/// The places a chain of `in` names right after `end` (in the Bay Hotel in Bayport).
fn places_after_in(doc: &Doc, s: &Sent, end: usize) -> Vec<usize> {
    let places = of_type(doc, s, &[EntityType::Place]);
    let mut found = Vec::new();
    let mut at = end;
    while let Some(p) = places.iter().copied().find(|&p| doc.mentions[p].start > at && text(doc, at, doc.mentions[p].start) == " in ") {
        found.push(doc.ent(p));
        at = doc.mentions[p].end;
    }
    found
}

fn place_after_at(doc: &Doc, s: &Sent, end: usize) -> Option<usize> {
    let places = of_type(doc, s, &[EntityType::Place]);
    // (hosted by the Bay Institute in Bayport.: `in` too, when the place ends the clause)
    let closes = |p: usize| doc.chars().get(doc.mentions[p].end).is_none_or(|c| matches!(c, '.' | ',' | ';'));
    let p = places.into_iter().find(|&p| doc.mentions[p].start > end && match without_acronym(&text(doc, end, doc.mentions[p].start)) {
        " at " => true,
        " in " => closes(p),
        _ => false,
    })?;
    Some(doc.ent(p))
}

fn released(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for d in of_type(doc, s, &[EntityType::Document]) {
        let run = list_before(doc, s, doc.mentions[d].start);
        let Some(&last) = run.last() else { continue };
        let gap = text(doc, doc.mentions[last].end, doc.mentions[d].start);
        let words: Vec<&str> = gap.split_whitespace().filter(|w| !matches!(*w, "the" | "a" | "jointly" | "also" | "have" | "has" | "on" | "its")).collect();
        if words.len() == 1 && RELEASE.contains(&words[0]) {
            for &o in &run {
                out.push(Relation::new(doc.ent(o), Predicate::Published, doc.ent(d), s.si, "published.en-released"));
            }
        }
    }
}

/// A body's founding text is its own: the Declaration of X, the Charter of the X.
fn document_of_body(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const OWN_TEXTS: &[&str] = &["Declaration of ", "Charter of ", "Statutes of ", "Statute of ", "Constitution of ", "Manifesto of ", "Articles of Association of "];
    for d in of_type(doc, s, &[EntityType::Document]) {
        let label = doc.entities[doc.ent(d)].label.clone();
        let Some(body) = OWN_TEXTS.iter().find_map(|t| label.strip_prefix(t)) else { continue };
        let body = body.strip_prefix("the ").unwrap_or(body);
        let named = |e: &crate::resolve::Entity| matches!(e.ty, EntityType::Alliance | EntityType::Organization) && (e.label == body || e.aliases.contains(body));
        if let Some(o) = doc.entities.iter().position(named) {
            out.push(Relation::new(o, Predicate::Published, doc.ent(d), s.si, "published.en-document-of-body"));
        }
    }
}

fn countries_in_name(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let countries = of_type(doc, s, &[EntityType::Country]);
    for p in of_type(doc, s, &[EntityType::Project]) {
        let m = &doc.mentions[p];
        // (the Partnership Program between Lotus and Bay for 2024-2034: the parties it is between)
        // (or named right after it: … Program between Lotus and Bay for …)
        let after = text(doc, m.end, (m.end + 60).min(s.end));
        let between = m.label.find(" between ").map(|k| m.start + m.label[..k].chars().count()).or_else(|| after.starts_with(" between ").then_some(m.end));
        if m.rule != "project.en-countries-and-work" && between.is_none() {
            continue;
        }
        if let Some(k) = between {
            // (the countries inside the name are no mentions of their own: read them from it)
            let end = if k == doc.mentions[p].end { (k + 60).min(s.end) } else { doc.mentions[p].end };
            let parties = text(doc, k, end);
            // (only up to the clause's end: "between A and B for 2024, and its impact on C")
            let parties = parties.split([',', ';', '.']).next().unwrap_or("").to_owned();
            let (pe, si) = (doc.ent(p), s.si);
            let named: Vec<usize> = (0..doc.lex.countries.len()).filter(|&c| {
                let e = &doc.lex.countries[c].english;
                !e.is_empty() && [format!(" {e} "), format!(" {e},")].iter().any(|w| format!("{parties} ").contains(w.as_str()))
            }).collect();
            for c in named {
                let ce = super::super::relate::location::ensure_country(doc, c);
                out.push(Relation::new(pe, Predicate::Participant, ce, si, "participant.en-countries-in-name"));
            }
            continue;
        }
        for &c in countries.iter().filter(|&&c| doc.mentions[c].start >= m.start && doc.mentions[c].end <= m.end) {
            out.push(Relation::new(doc.ent(p), Predicate::Participant, doc.ent(c), s.si, "participant.en-countries-in-name"));
        }
    }
}

fn name_prefix(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let places = of_type(doc, s, &[EntityType::Country, EntityType::Place]);
    let mut bodies = of_type(doc, s, &[EntityType::Organization, EntityType::Project]);
    bodies.sort_by_key(|&o| doc.mentions[o].start);
    // Thailand's A, B and C: the possessive country of a list's first body holds for the rest
    let mut listed_in: Option<(usize, usize)> = None; // (end of the last body, its country)
    for o in bodies {
        let m = &doc.mentions[o];
        if m.rule == "project.en-countries-and-work" {
            continue; // its countries are its parties (participant.en-countries-in-name), not where it is
        }
        // (Bayland Daily, Bayland Radio: a paper or station named after its country is read as a
        // name, as a credit line cites it, and says nothing of where anything is)
        // (Bayland's Harbour News Agency: a possessive country still says where an outlet is)
        if m.kind == Some(OrgKind::Media) && leading_place(doc, m).is_none() {
            if let Some(c) = possessive_before(doc, s, m.start, &[EntityType::Country]) {
                out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.en-name-prefix"));
            } else if let Some(c) = demonym_opening(doc, o) {
                // (the Malaysian Bay News Agency: its demonym too)
                in_named_country(doc, s, o, c, out);
            }
            continue;
        }
        if let Some((end, country)) = listed_in.take() {
            // (… and University of Colombo in Sri Lanka: its own place ends the list)
            let own_place = places.iter().any(|&p| doc.mentions[p].start == m.end + 4 && text(doc, m.end, m.end + 4) == " in ");
            // (…, Bay State University of Singapore, Hong Kong Bay University: nor one its name holds)
            let own_place = own_place || places_in_name(doc, m);
            if matches!(text(doc, end, m.start).as_str(), ", " | " and " | ", and ") && leading_place(doc, m).is_none() && !own_place {
                out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, country, s.si, "located_in.en-name-prefix"));
                listed_in = Some((m.end, country));
                continue;
            }
        }
        // a city at the start of the name, named on its own elsewhere (Tianjin Academy …)
        if let Some(pe) = leading_place(doc, m) {
            out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, pe, s.si, "located_in.en-name-prefix"));
            // (Bayland's Hilltown State University: the possessive country is stated too)
            if let Some(c) = possessive_before(doc, s, m.start, &[EntityType::Country]) {
                out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.en-name-prefix"));
            }
            continue;
        }
        // (the Institute of Bay Studies Lakeview: a city closing the name right after a word of
        // the name, named on its own in the article too)
        if let Some(pe) = trailing_place(doc, m) {
            out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, pe, s.si, "located_in.en-name-prefix"));
            continue;
        }
        // (… of Kazakhstan closing the name says where the body is, as a leading one does)
        // (an embassy or consulate of a country is that country's, not in it; its closing
        // city after `in` is where it is: the Consulate General of X in Aktobe)
        // (Central University of Punjab: a state or city the lexicon knows closes a
        // university's name after `of`, and is named by it)
        let closed_by_mention = places.iter().any(|&p| doc.mentions[p].end == m.end && doc.mentions[p].start > m.start);
        if m.kind == Some(OrgKind::University) && !closed_by_mention {
            if let Some((p, surface)) = place_closing_name(doc, m) {
                let pe = crate::relate::location::ensure_place(doc, p, surface);
                out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, pe, s.si, "located_in.en-name-prefix"));
            }
        }
        let m = &doc.mentions[o];
        let mission = m.surface.starts_with("Embassy") || m.surface.starts_with("Consulate");
        let closing = |p: usize| {
            let before = text(doc, m.start, doc.mentions[p].start);
            let of_country = doc.mentions[p].ty == EntityType::Country && (before.ends_with(" of ") || before.ends_with(" of the ")) && !mission;
            // (a place after `in`, a region or province with its level after `of`; the Chinese
            // Embassy in Bayland: a mission is in the country after `in` too)
            let level = [" Region", " Province", " Oblast"].iter().any(|l| doc.mentions[p].surface.ends_with(l));
            // (… in the Kingdom of Bayland: a state's formal name after `in the`)
            let in_place = before.ends_with(" in ") || before.ends_with(" in the ") && doc.mentions[p].ty == EntityType::Country || doc.mentions[p].ty == EntityType::Place && level && before.ends_with(" of ");
            doc.mentions[p].end == m.end && doc.mentions[p].start > m.start && (of_country || in_place)
        };
        // (the China Studies Center of Lakeside University: the country a body studies)
        let studied = |p: usize| text(doc, doc.mentions[p].end, m.end).starts_with(" Studies");
        let inside = places.iter().copied().find(|&p| doc.mentions[p].start == m.start && doc.mentions[p].end < m.end && !studied(p) || closing(p));
        let possessive = possessive_before(doc, s, m.start, &[EntityType::Country, EntityType::Place]);
        if inside.or(possessive).is_none() {
            if let Some(c) = demonym_opening(doc, o).or_else(|| country_closing_name(doc, o)) {
                in_named_country(doc, s, o, c, out);
                continue;
            }
        }
        if let Some(p) = inside.or(possessive) {
            let country = doc.mentions[p].ty == EntityType::Country;
            let named_alone = doc.entities[doc.ent(p)].mentions.iter().any(|&k| !(doc.mentions[k].start >= m.start && doc.mentions[k].end <= m.end));
            // (a closing city after `in` is stated, whether or not named alone)
            if country || named_alone || closing(p) || possessive.is_some() {
                out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(p), s.si, "located_in.en-name-prefix"));
            }
            if possessive.is_some() && country {
                listed_in = Some((m.end, doc.ent(p)));
            }
        }
    }
}

/// Ministry of Culture of the PRC: the country (any of its English names) that closes
/// a government body's name after `of`, where no mention of it was made inside the name.
fn country_closing_name(doc: &Doc, o: usize) -> Option<usize> {
    let m = &doc.mentions[o];
    // (a consulate of China is China's, not in China)
    let mission = ["Embassy", "Consulate", "Mission", "Representation"].iter().any(|w| m.surface.contains(w));
    if m.kind != Some(OrgKind::Government) || mission {
        return None;
    }
    let (_, tail) = m.surface.rsplit_once(" of ")?;
    lexicon_country(doc, tail.strip_prefix("the ").unwrap_or(tail), false)
}

/// Malaysian Bay News Agency, Zambian Ministry of Health: the country whose demonym opens
/// a body's name, where no `of` or `in` in the name could place it elsewhere (American
/// University of Central Asia).
fn demonym_opening(doc: &Doc, o: usize) -> Option<usize> {
    let m = &doc.mentions[o];
    // (Chinese and Asian Studies Program: the demonym names what is studied)
    if m.ty != EntityType::Organization || [" of ", " in ", "Studies", "Study"].iter().any(|w| m.surface.contains(w)) {
        return None;
    }
    lexicon_country(doc, m.surface.split(' ').next()?, true)
}

/// The lexicon country `words` name: by one of its English names, or by its demonym.
fn lexicon_country(doc: &Doc, words: &str, demonym: bool) -> Option<usize> {
    let n = super::names::EnNames::of(doc.lex).get(words)?;
    match n.lex {
        crate::recognize::LexRef::Country(c) if n.demonym == demonym => Some(c),
        _ => None,
    }
}

/// Body `o` is in lexicon country `c`, which the article may name only inside that body's name.
fn in_named_country(doc: &mut Doc, s: &Sent, o: usize, c: usize, out: &mut Vec<Relation>) {
    let ce = crate::relate::location::ensure_country(doc, c);
    out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, ce, s.si, "located_in.en-name-prefix"));
}

/// The lexicon place (a state, province or city) after the last `of` of a body's name, and
/// its words: University of Punjab → Punjab.
fn place_closing_name(doc: &Doc, m: &crate::recognize::Mention) -> Option<(usize, String)> {
    let names = super::names::EnNames::of(doc.lex);
    let words: Vec<&str> = m.surface.split(' ').collect();
    let k = words.iter().rposition(|w| *w == "of")?;
    let place = words[k + 1..].join(" ");
    match names.get(&place)?.lex {
        crate::recognize::LexRef::Place(p) => Some((p, place)),
        _ => None,
    }
}

/// Whether a body's name holds a place or country the lexicon knows, at its start or after
/// its last `of` (Hong Kong Bay University, Bay State University of Singapore).
fn places_in_name(doc: &Doc, m: &crate::recognize::Mention) -> bool {
    let names = super::names::EnNames::of(doc.lex);
    let words: Vec<&str> = m.surface.split(' ').collect();
    let leading = (1..words.len()).any(|k| names.get(&words[..k].join(" ")).is_some_and(|n| !n.demonym));
    let closing = words.iter().rposition(|w| *w == "of").is_some_and(|k| names.get(&words[k + 1..].join(" ")).is_some_and(|n| !n.demonym));
    leading || closing
}

/// The entity of the lexicon place a name starts with, when the article names that place.
fn leading_place(doc: &Doc, m: &crate::recognize::Mention) -> Option<usize> {
    let names = super::names::EnNames::of(doc.lex);
    let words: Vec<&str> = m.surface.split(' ').collect();
    (1..words.len()).rev().find_map(|k| {
        let n = names.get(&words[..k].join(" "))?;
        let place = matches!(n.lex, crate::recognize::LexRef::Place(_));
        (place && !n.demonym).then(|| doc.entity_of_lex(n.lex)).flatten()
    })
}

/// The entity of the lexicon place that closes a body's name right after a word of the name
/// (no `of`, `in` or `and` before it), when the article names that place on its own.
fn trailing_place(doc: &Doc, m: &crate::recognize::Mention) -> Option<usize> {
    let names = super::names::EnNames::of(doc.lex);
    let words: Vec<&str> = m.surface.split(' ').collect();
    (1..words.len().min(3)).find_map(|n| {
        let before = words[words.len() - n - 1];
        if super::words::CONNECTORS.contains(&before) || words.len() - n < 2 {
            return None;
        }
        let place = names.get(&words[words.len() - n..].join(" "))?;
        let named_alone = |e: usize| doc.entities[e].mentions.iter().any(|&k| doc.mentions[k].end <= m.start || doc.mentions[k].start >= m.end);
        (matches!(place.lex, crate::recognize::LexRef::Place(_)) && !place.demonym).then(|| doc.entity_of_lex(place.lex)).flatten().filter(|&e| named_alone(e))
    })
}

const ATTENDANCE: &[&str] = &["attended", "took part", "participated", "were present", "Present at", "present at", "in the presence of", "were among the guests", "delegation included", "delegation consisted of",
    // (Chinese representatives included A, …: who a side sent, not who spoke)
    "representatives included", "participants included", "attendees included", "guests included", "delegates included", "members included"];
const SPEECH: &[&str] = &["speech", "remarks", "said", "addressed", "spoke", "noted", "stressed", "presentation"];

fn ceremony_of_alliance(doc: &mut Doc, out: &mut Vec<Relation>) {
    const CEREMONIES: &[&str] = &["Founding Ceremony of ", "Inauguration Ceremony of ", "Launch Ceremony of ", "Founding Meeting of ", "Founding Conference of "];
    for (ev, e) in doc.entities.iter().enumerate() {
        // (the Coastal Alliance Founding Assembly: the alliance named before the meeting)
        const AFTER: &[&str] = &[" Founding Assembly", " Founding Ceremony", " Founding Meeting", " Founding Conference", " Founding Congress"];
        let before = || AFTER.iter().find_map(|c| e.label.strip_suffix(c));
        let Some(rest) = (e.ty == EntityType::Event).then(|| CEREMONIES.iter().find_map(|c| e.label.strip_prefix(c)).or_else(before)).flatten() else { continue };
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let alliance = doc.entities.iter().position(|a| a.ty == EntityType::Alliance && (a.label == rest || a.aliases.contains(rest)));
        if let (Some(a), Some(&m)) = (alliance, e.mentions.first()) {
            out.push(Relation::new(a, Predicate::EstablishedAt, ev, doc.mentions[m].sentence, "established_at.en-ceremony-of"));
        }
    }
}

/// `A said in his speech that President B has stressed …`: a person named inside what an
/// earlier person of the sentence said is the speech's subject, not a speaker.
fn reported_in_speech(doc: &Doc, m: &crate::recognize::Mention) -> bool {
    doc.by_sentence[m.sentence].iter().map(|&k| &doc.mentions[k]).filter(|o| o.ty == EntityType::Person && o.end < m.start).any(|o| {
        let between = text(doc, o.end, m.start);
        let that = between.rfind(" that ");
        // (A, president of X, said President B attaches …: B right after A's verb is what A said)
        // (not a quotation's speaker after it: “…,” said Tom Hale)
        let said_right_before = super::words::SAY.iter().any(|v| {
            let cue = format!(" {v} ");
            between.rfind(&cue).is_some_and(|k| {
                let lead = &between[..k];
                let quoted = lead.trim_end().ends_with(['”', '"', '’', '\'']) || lead.trim_end_matches(',').ends_with(['”', '"']);
                between[k + cue.len()..].split_whitespace().count() <= 1 && !quoted
            })
        });
        said_right_before || that.is_some_and(|k| super::words::SAY.iter().any(|v| between[..k].contains(&format!(" {v}"))))
    }) || in_a_letter(doc, m)
}

/// `In the letter, Tom Hale noted …`: words written in a letter or message, not said at the meeting.
fn in_a_letter(doc: &Doc, m: &crate::recognize::Mention) -> bool {
    let s = &doc.layout.sentences[m.sentence];
    let before = text(doc, s.start, m.start);
    ["In the letter", "In his letter", "In her letter", "In a letter", "In the message", "In his message", "In her message", "In the congratulatory"].iter().any(|w| before.starts_with(w))
}

fn addressed_the_event(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const VERBS: &[&str] = &[" addressed the ", " addressed to the ", " delivered a speech at the ", " delivered a keynote speech at the ", " spoke at the ", " delivered speeches at the ", " gave a speech at the ", " gave speeches at the ", " made speeches at the ", " made a speech at the "];
    const KINDS: &[&str] = &["forum", "meeting", "conference", "opening ceremony", "ceremony", "session", "seminar", "symposium", "summit", "event", "webinar", "dialogue"];
    let sentence = text(doc, s.start, s.end);
    let Some((k, v)) = VERBS.iter().find_map(|v| sentence.find(v).map(|k| (k, *v))) else { return };
    let at = s.start + sentence[..k].chars().count();
    let after = at + v.chars().count();
    // (… addressed the Bay Forum: the meeting named after the verb; … addressed the forum: the
    // report's, by its kind)
    let named = of_type(doc, s, &[EntityType::Event]).into_iter().find(|&e| (after..=after + 12).contains(&doc.mentions[e].start)).map(|e| doc.ent(e));
    let rest = text(doc, after, (after + 20).min(s.end)).to_lowercase();
    let by_kind = KINDS.iter().any(|w| rest.starts_with(w));
    let Some(ev) = named.or(s.main_event.filter(|_| by_kind)) else { return };
    // (A met B, who addressed …: a clause of meeting or attending says nothing of A; but A,
    // B and C attended the opening ceremony and addressed the forum: the same people did both)
    let attended_at = ATTENDANCE.iter().chain(["met", "received"].iter()).find_map(|a| sentence[..k].rfind(&format!(" {a} ")));
    if attended_at.is_some_and(|a| !(sentence[a..k].contains(" and") && !sentence[a..k].contains(','))) {
        return;
    }
    // (Present were A, B and C. They also made speeches at the ceremony: `they` are the people
    // the sentence before lists)
    let they = sentence.trim_start().starts_with("They ") && s.si > 0;
    let people: Vec<usize> = if they { doc.by_sentence[s.si - 1].iter().copied().filter(|&k| doc.mentions[k].ty == EntityType::Person).collect() } else { of_type(doc, s, &[EntityType::Person]).into_iter().filter(|&p| doc.mentions[p].end <= at).collect() };
    for p in people {
        out.push(Relation::new(doc.ent(p), Predicate::SpokeAt, ev, s.si, "spoke_at.en-addressed-the-event"));
    }
}

/// `A – who, the Bay Alliance said, had …`: a verb of saying set off by commas after the
/// person, with another name right before it, says whose words they are.
fn another_says(doc: &Doc, s: &crate::segment::Sentence, m: &crate::recognize::Mention) -> bool {
    doc.by_sentence[m.sentence].iter().map(|&k| &doc.mentions[k]).filter(|o| o.start > m.end && o.start - m.end <= 30).any(|o| {
        let after = text(doc, o.end, (o.end + 12).min(s.end));
        let lead = text(doc, o.start.saturating_sub(6), o.start);
        (lead.ends_with(", ") || lead.ends_with(", the ")) && super::words::SAY.iter().any(|v| after.starts_with(&format!(" {v},")))
    })
}

/// `Anna Berg, deputy director-general for X at the Bay Department of Y, said …`: a verb of
/// saying right after the comma that closes a long appositive (up to `end`).
fn says_past_appositive(doc: &Doc, m: &crate::recognize::Mention, end: usize) -> bool {
    let chars = doc.chars();
    if chars.get(m.end) != Some(&',') {
        return false;
    }
    let Some(close) = (m.end + 1..end.min(m.end + 160)).find(|&k| chars[k] == ',') else { return false };
    let after = text(doc, close + 1, end.min(close + 16));
    super::words::SAY.iter().any(|v| after.starts_with(&format!(" {v} ")) || after.starts_with(&format!(" {v},")))
}

/// The author a speech's byline names spoke at the meeting its headline names (or the report's).
fn speaker_of_the_text(doc: &Doc, out: &mut Vec<Relation>) {
    // (the meeting named in a title line above the byline: the headline, or one the page repeats)
    let first_byline = doc.mentions.iter().filter(|m| m.rule == "person.en-speech-byline").map(|m| m.sentence).min();
    let Some(byline) = first_byline else { return };
    let headline_event = doc.mentions.iter().enumerate().find(|(_, m)| m.ty == EntityType::Event && m.sentence < byline && doc.chars().get(doc.layout.sentences[m.sentence].end.saturating_sub(1)) != Some(&'.')).map(|(k, _)| doc.ent(k));
    let main = doc.main_events.iter().copied().flatten().next();
    let Some(ev) = headline_event.or(main) else { return };
    for (mi, m) in doc.mentions.iter().enumerate().filter(|(_, m)| m.rule == "person.en-speech-byline") {
        out.push(Relation::new(doc.ent(mi), Predicate::SpokeAt, ev, m.sentence, "spoke_at.en-said"));
    }
}

/// `… said while speaking at a seminar in X`: the words after a person name the report's
/// meeting of `section` by its kind (by any kind when its name closes with none), before the
/// report names it.
fn speaking_at_its_kind(doc: &Doc, section: usize, after: &str) -> bool {
    const KINDS: &[&str] = &["seminar", "symposium", "conference", "forum", "dialogue", "webinar", "workshop"];
    let Some(ev) = doc.main_events.get(section).copied().flatten() else { return false };
    let last = doc.entities[ev].label.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let named_kind = KINDS.iter().find(|k| **k == last);
    KINDS.iter().filter(|k| named_kind.is_none_or(|n| n == *k)).any(|k| ["speaking at a", "speaking at the", "addressing the", "addressing a"].iter().any(|v| after.contains(&format!("{v} {k}"))))
}

/// `gave a speech`, `delivered an opening speech`, `made welcoming remarks`: a verb of giving
/// and, within two words, the speech.
fn gave_a_speech(text: &str) -> bool {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(k, w)| {
        // (delivered the vote of thanks: the closing words of a meeting)
        matches!(*w, "gave" | "delivered" | "made") && words[k + 1..].iter().take(3).any(|x| matches!(*x, "speech" | "address" | "remarks" | "keynote" | "presentation" | "vote"))
    })
}

fn spoke_at(doc: &mut Doc, out: &mut Vec<Relation>) {
    speaker_of_the_text(doc, out);
    // the sentence each section's meeting is first named in, once for all its people
    let first_named: Vec<Option<usize>> = doc.main_events.iter().map(|ev| ev.and_then(|ev| doc.entities[ev].mentions.iter().map(|&k| doc.mentions[k].sentence).min())).collect();
    for (mi, m) in doc.mentions.iter().enumerate() {
        if m.ty != EntityType::Person {
            continue;
        }
        let s = &doc.layout.sentences[m.sentence];
        if s.kind != crate::segment::BlockKind::Body {
            continue;
        }
        let near = text(doc, m.start.saturating_sub(12).max(s.start), (m.end + 40).min(s.end));
        // (A, B and C gave speeches: the speech verb closes the list of speakers)
        let speeches = ["gave speeches", "delivered speeches", "made speeches"].iter().any(|v| near.contains(v)) || gave_a_speech(&near);
        // (A met B, who addressed …: a verb after another name is that name's)
        let next_person = doc.mentions.iter().filter(|o| o.ty == EntityType::Person && o.sentence == m.sentence && o.start > m.end).map(|o| o.start).min().unwrap_or(usize::MAX);
        let own_part = text(doc, m.start.saturating_sub(12).max(s.start), (m.end + 40).min(s.end).min(next_person));
        // (A, former Trade Minister of X then delivered a recorded speech: past a long title, up to
        // the next name)
        let speeches = speeches || gave_a_speech(&text(doc, m.end, (m.end + 90).min(s.end).min(next_person)));
        let says = speeches || super::words::SAY.iter().any(|v| own_part.contains(&format!(" {v}")) || own_part.contains(&format!("{v} ")));
        let says = says || says_past_appositive(doc, m, s.end.min(next_person));
        let attends = ["attended", "visited", "met with", "signed", "paid a visit", "paid a return visit"].iter().any(|v| near.contains(v));
        // …, including A, advisor to …, B, deputy minister …, who also delivered speeches
        let sentence = text(doc, s.start, s.end);
        // (find gives a byte offset; the mention's offset counts characters)
        let including_at = sentence.find(" including ").map(|k| sentence[..k].chars().count());
        let speakers_listed = SPEECH.iter().any(|v| sentence.contains(v)) && including_at.is_some_and(|k| k < m.start - s.start);
        // (Panellists at the forum included A, B and C: a panel's members speak)
        let included_at = [" included ", " include ", " comprised "].iter().find_map(|w| sentence.find(w)).map(|k| sentence[..k].chars().count());
        let panel = ["Panellists", "Panelists", "panellists", "panelists"].iter().any(|w| sentence.starts_with(w) || sentence.contains(&format!(" {w} ")));
        let speakers_listed = speakers_listed || panel && included_at.is_some_and(|k| k < m.start - s.start);
        // The participants were welcomed by A and B: they addressed the meeting
        let before: String = doc.chars()[s.start..m.start].iter().collect();
        // (… was opened with speeches by A; B; and C: the speakers listed after the speeches)
        // (The opening address was delivered by A; Three speakers A, B and C: a speech given by
        // the person, or a list of the speakers)
        let delivered_by = before.contains(" delivered by ") && ["speech", "presentation", "address", "keynote", "remarks", "paper"].iter().any(|w| before.contains(w));
        let greeted = delivered_by || before.contains(" speakers ") || before.starts_with("Speakers ") || ["welcomed by ", "greeted by ", "addressed by ", "opened by ", "speeches by ", "speech by ", "remarks by ", "addresses by "].iter().any(|v| before.contains(v));
        // (In her address, Anna Berg …; Li Hua … and delivered a keynote speech: the
        // sentence's first person gave it)
        let in_speech = ["In his ", "In her "].iter().any(|p| ["speech", "address", "remarks", "keynote"].iter().any(|w| before.contains(&format!("{p}{w}"))));
        let first_person = !doc.mentions.iter().any(|o| o.ty == EntityType::Person && o.sentence == m.sentence && o.start < m.start);
        let after: String = doc.chars()[m.end..s.end].iter().collect();
        let speech_later = first_person && ["delivered a keynote", "gave a keynote", "delivered a speech", "gave a speech", "made a speech", "delivered remarks", "gave a presentation", "made a presentation", "delivered a presentation"].iter().any(|v| after.contains(v));
        // (As pointed out by Anna Berg, …: words attributed to the person right after)
        let attributed = ["pointed out by ", "noted by ", "stressed by ", "emphasized by ", "emphasised by ", "According to ", "according to "].iter().any(|v| before.ends_with(v));
        let says = says || in_speech || speech_later || attributed;
        // (a person with a post speaks at the report's meeting once the report has named it: a
        // delegation before it, or one that represented its body there, is no speaker)
        let ev_named_before = first_named.get(s.section).copied().flatten().is_some_and(|first| first <= m.sentence) || speaking_at_its_kind(doc, s.section, &after);
        let represented = before.contains("represented by ");
        // (After the conference, the delegation visited …: what follows the meeting is not at it)
        let afterwards = ["After the ", "Following the ", "After that", "Afterwards"].iter().any(|w| sentence.starts_with(w));
        let holds_post = doc.with_post.contains(&mi) && !attends && !represented && !afterwards && ev_named_before;
        if !(says || speakers_listed || greeted || holds_post) || reported_in_speech(doc, m) || another_says(doc, s, m) {
            continue;
        }
        // a list of guests who attended or were present: no speakers, unless they also
        // delivered speeches
        if ATTENDANCE.iter().any(|v| sentence.contains(v)) && !SPEECH.iter().any(|v| sentence.contains(v)) {
            continue;
        }
        // (a meeting the report names only after these words, in passing, is not where they
        // were said)
        if !ev_named_before {
            continue;
        }
        if let Some(Some(ev)) = doc.main_events.get(s.section) {
            out.push(Relation::new(doc.ent(mi), Predicate::SpokeAt, *ev, m.sentence, "spoke_at.en-said"));
        }
    }
}

/// `Chinese Vice Foreign Minister Anna Berg`: a minister titled by the ministry's field holds the
/// post in the ministry of that field the article names (`Ministry of Foreign Affairs`,
/// `Ministry of Education`), the one of the title's country when several are named.
fn field_minister_in_named_ministry(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    static TITLE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = TITLE.get_or_init(|| regex::Regex::new(r"(?:^|[\s,(])(?:([A-Z][a-z]+) )?((?:(?:First )?(?:Vice|Deputy) )?([A-Z][a-z]+) Minister) $").expect("a valid pattern"));
    for p in of_type(doc, s, &[EntityType::Person]) {
        let ps = doc.mentions[p].start;
        let before = text(doc, ps.saturating_sub(48).max(s.start), ps);
        let Some(c) = re.captures(&before) else { continue };
        let field = &c[3];
        if matches!(field, "Prime" | "Chief" | "Cabinet" | "State" | "Former" | "Vice" | "Deputy" | "First") {
            continue;
        }
        let names = [format!("Ministry of {field}"), format!("Ministry of {field} Affairs"), format!("{field} Ministry")];
        // (not a department of it: Department of Bay Affairs of the Foreign Ministry)
        let unit = |label: &str| super::words::UNIT_LEADS.iter().any(|u| label.starts_with(u));
        let fits = |label: &str| !unit(label) && names.iter().any(|n| label.contains(n.as_str()));
        let ministries: Vec<usize> = (0..doc.entities.len()).filter(|&e| doc.entities[e].ty == EntityType::Organization && (fits(&doc.entities[e].label) || doc.entities[e].aliases.iter().any(|a| fits(a)))).collect();
        // (the title's country, written as its demonym or name, picks among several; Vice
        // Foreign Minister: the word before may be the title's own modifier)
        let modifier = c.get(1).is_some_and(|m| matches!(m.as_str(), "Vice" | "Deputy" | "First" | "Former"));
        let country = c.get(1).filter(|_| !modifier).map(|m| m.as_str().to_owned());
        let role = if modifier { format!("{} {}", &c[1], &c[2]) } else { c[2].to_owned() };
        let of_country: Vec<usize> = ministries.iter().copied().filter(|&e| country.as_ref().is_some_and(|w| doc.entities[e].label.contains(w.as_str()))).collect();
        let chosen = match (of_country.as_slice(), ministries.as_slice()) {
            ([one], _) | ([], [one]) => *one,
            _ => continue,
        };
        out.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, chosen, s.si, "position.en-field-minister") });
    }
}

/// The body a unit is of: `Press Division of the Bay Centre` in the unit's own name, or the
/// body named right after the unit's mention (`Press Division (PD) of the Bay Centre`).
fn body_of_unit(doc: &Doc, unit_mention: usize) -> Option<usize> {
    const UNIT_HEADS: &[&str] = &["Division", "Office", "Section"];
    let m = &doc.mentions[unit_mention];
    let unit_named = |u: &str| u.split(' ').count() >= 2 && u.rsplit(' ').next().is_some_and(|h| UNIT_HEADS.contains(&h));
    let body_called = |name: &str| doc.entities.iter().position(|e| e.ty == EntityType::Organization && (e.label == name || e.aliases.contains(name)));
    if let Some((_, tail)) = m.label.split_once(" of ").filter(|(u, _)| unit_named(u)) {
        return body_called(tail.strip_prefix("the ").unwrap_or(tail));
    }
    if !unit_named(&m.label) {
        return None;
    }
    let after = doc.by_sentence[m.sentence].iter().copied().filter(|&k| doc.mentions[k].ty == EntityType::Organization && doc.mentions[k].start > m.end).min_by_key(|&k| doc.mentions[k].start)?;
    let gap = text(doc, m.end, doc.mentions[after].start);
    let gap = without_acronym(&gap);
    matches!(gap, " of the " | " of ").then(|| doc.ent(after))
}

fn post_in_the_unit_s_body(doc: &mut Doc, out: &mut Vec<Relation>) {
    let mut found = Vec::new();
    for r in out.iter().filter(|r| r.predicate == Predicate::Position) {
        let Object::Entity(unit) = r.object else { continue };
        let Some(&um) = doc.entities[unit].mentions.iter().find(|&&k| doc.mentions[k].sentence == r.sentence).or(doc.entities[unit].mentions.first()) else { continue };
        if let Some(body) = body_of_unit(doc, um).filter(|&b| b != unit) {
            found.push(Relation { object: Object::Entity(body), rule: "position.en-unit-of-body", ..r.clone() });
        }
    }
    out.extend(found);
}
