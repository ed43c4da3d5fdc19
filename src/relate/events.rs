//! Events: where they were held (`held_at`), who organised them (`organizer`), which forum a
//! sub-forum belongs to (`part_of`), who spoke (`spoke_at`) and what was signed (`signed_at`).

use super::{Doc, Predicate, Relation, Rule, Run, Sent};
use crate::recognize::EntityType;
use crate::scan::{ends_with_at, find_word, starts_with_at};
use crate::segment::BlockKind;

pub const RULES: &[Rule] = &[
    Rule {
        id: "held_at.event-zai-place-verb",
        predicate: Predicate::HeldAt,
        pattern: "EVENT在PLACE(PLACE)举行/举办/召开/开幕 (本次论坛在X举行: the report's event); EVENT PLACE召开 (a headline's way)",
        example: "第二届滨海数字论坛在海川开幕 → held in 海川",
        run: Run::Sentence(held_at),
    },
    Rule {
        id: "held_at.went-to-place-to-attend",
        predicate: Predicate::HeldAt,
        pattern: "赴/前往 PLACE(PLACE) 出席/参加(了) EVENT; 相聚/齐聚 PLACE,参加…EVENT: the event is held where the guests went",
        example: "副校长李华赴东岭海川出席了第二届滨海数字论坛 → held in 海川",
        run: Run::Sentence(held_where_attended),
    },
    Rule {
        id: "located_in.place-then-place",
        predicate: Predicate::LocatedIn,
        pattern: "在PROVINCE CITY举行: the city lies in the province",
        example: "论坛在东海省海川开幕 → 海川 is in 东海省",
        run: Run::Within("held_at.event-zai-place-verb"),
    },
    Rule {
        id: "organizer.holds",
        predicate: Predicate::Organizer,
        pattern: "BODY(SHORT)(time)举行“EVENT”: the body that opens the sentence holds the event named right after 举行",
        example: "东岭大学(东大)于今日举行“西河中心成立典礼” → 东岭大学 organised it",
        run: Run::Sentence(holds_event),
    },
    Rule {
        id: "organizer.hosted",
        predicate: Predicate::Organizer,
        pattern: "由A、B(联合)主办的EVENT; EVENT由A主办; A、B(,)共同举办EVENT; 主办单位为A、B",
        example: "由海川大学和北川研究院联合主办的滨海数字论坛 → both organised it",
        run: Run::Sentence(organizer),
    },
    Rule {
        id: "organizer.organised",
        predicate: Predicate::Organizer,
        pattern: "A承办",
        example: "海川市外事办公室承办 → it organised the report's event",
        run: Run::Within("organizer.hosted"),
    },
    Rule {
        id: "organizer.founded-meeting",
        predicate: Predicate::Organizer,
        pattern: "A和B(决定)(共同)发起创立/创办“EVENT”: the founders of a meeting series, with the meeting right after the verb",
        example: "东岭研究院和西河中心决定共同发起创立“东岭-西河论坛” → both organise it",
        run: Run::Within("organizer.hosted"),
    },
    Rule {
        id: "organizer.co-organised",
        predicate: Predicate::Organizer,
        pattern: "A协办",
        example: "南湖智库协办 → it co-organised the report's event",
        run: Run::Within("organizer.hosted"),
    },
    Rule {
        id: "organizer.role-noun-is-list",
        predicate: Predicate::Organizer,
        pattern: "主办单位为A、B / 主办方是C / 承办单位:D",
        example: "承办单位为海川大学 → it organised the event named before",
        run: Run::Within("organizer.hosted"),
    },
    Rule {
        id: "signed_at.listed-at-signing",
        predicate: Predicate::SignedAt,
        pattern: "PROJECT named where a signing (签约, 签署) is reported",
        example: "签约仪式上,海川智慧港口项目等落地 → signed at the report's event",
        run: Run::Sentence(signed_at),
    },
    Rule {
        id: "part_of.sub-forum-name",
        predicate: Predicate::PartOf,
        pattern: "FORUM + sub-forum head: the sub-forum's name contains its parent",
        example: "滨海数字论坛青年分论坛 → part of 滨海数字论坛",
        run: Run::Sentence(sub_forum),
    },
    Rule {
        id: "part_of.one-of-its-activities",
        predicate: Predicate::PartOf,
        pattern: "EVENT…,该论坛是/为/作为 WHOLE 的(重要)活动之一/组成部分/配套活动",
        example: "东岭论坛在南川举行,该论坛是首届海川博览会的重要活动之一 → part of the fair",
        run: Run::Within("part_of.sub-forum-name"),
    },
    Rule {
        id: "part_of.listed-sub-forums",
        predicate: Predicate::PartOf,
        pattern: "设A论坛、B论坛(等)N个分论坛: parts of the report's event",
        example: "论坛设东岭论坛、南川论坛两个分论坛 → both are part of the report's forum",
        run: Run::Within("part_of.sub-forum-name"),
    },
    Rule {
        id: "spoke_at.quoted-in-report-about-event",
        predicate: Predicate::SpokeAt,
        pattern: "a person with a post, or whose clause runs on to a verb of saying, in the body of a report about EVENT",
        example: "海川大学校长陈立明在致辞中表示… (a report on 滨海数字论坛) → spoke there",
        run: Run::Article(spoke_at),
    },
    Rule {
        id: "spoke_at.at-named-event",
        predicate: Predicate::SpokeAt,
        pattern: "PERSON在EVENT(上)致辞/讲话/表示: the event the person's clause names, where the verb of saying follows it",
        example: "李华在“东岭对话”分论坛上致辞 → spoke at that sub-forum",
        run: Run::Within("spoke_at.quoted-in-report-about-event"),
    },
];

const HOLD_VERBS: &[&str] = &["举行", "举办", "召开", "开幕", "闭幕", "启幕", "登场"];
/// How hosts hold an event together, before the verb (共同举办, 联合主办).
const JOINTLY: &[&str] = &["共同", "联合"];
/// Speeches, named as nouns (致辞, 讲话 …).
const SPEECH_NOUNS: &[&str] = &["致辞", "致词", "讲话", "发言", "致开幕辞", "致欢迎辞", "主旨演讲", "演讲", "报告"];

/// 东岭论坛智库会议西河召开 (a headline's way): a place right after the event's name and a
/// verb of holding right after the place.
fn place_glued_after_event(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let places = doc.in_sentence(s.si, &[EntityType::Place]);
    for e in doc.in_sentence(s.si, &[EntityType::Event]) {
        let ee = doc.mentions[e].end;
        let Some(&p) = places.iter().find(|&&p| doc.mentions[p].start == ee) else { continue };
        if HOLD_VERBS.iter().any(|v| starts_with_at(chars, doc.mentions[p].end, s.end, v)) {
            out.push(Relation::new(doc.ent(e), Predicate::HeldAt, doc.ent(p), s.si, "held_at.event-zai-place-verb"));
        }
    }
}

/// 在西河国东岭市“海川+”对话会上: places right before a meeting's name, after 在, and 上
/// (期间) after it, say where the meeting was held (the last of them, the city).
fn places_glued_before_event(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let places = doc.in_sentence(s.si, &[EntityType::Place, EntityType::Country]);
    for e in doc.in_sentence(s.si, &[EntityType::Event]) {
        let (es, ee) = (doc.mentions[e].start, doc.mentions[e].end);
        let Some(&last) = places.iter().find(|&&p| doc.mentions[p].end == es) else { continue };
        let mut first = last;
        while let Some(&p) = places.iter().find(|&&p| doc.mentions[p].end == doc.mentions[first].start) {
            first = p;
        }
        let zai = doc.mentions[first].start > s.start && matches!(chars[doc.mentions[first].start - 1], '在' | '于');
        let on = ["上", "期间"].iter().any(|w| starts_with_at(chars, ee, s.end, w));
        if zai && on && doc.mentions[last].ty == EntityType::Place {
            out.push(Relation::new(doc.ent(e), Predicate::HeldAt, doc.ent(last), s.si, "held_at.event-zai-place-verb"));
        }
    }
}

/// 李华赴东岭海川出席了X论坛: the event a guest went to a place to attend is held there (the
/// last of adjacent places: the city after its province).
fn held_where_attended(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let places = doc.venues_in_sentence(s.si);
    let events = doc.in_sentence(s.si, &[EntityType::Event]);
    for &pi in &places {
        let p = &doc.mentions[pi];
        let Some(attend) = ["出席了", "参加了", "出席", "参加"].iter().find(|w| starts_with_at(chars, p.end, s.end, w)) else { continue };
        let at = p.end + attend.chars().count();
        let Some(&ev) = events.iter().find(|&&e| doc.mentions[e].start == at || doc.mentions[e].start == at + 1 && chars[at] == '“') else { continue };
        // the places run back to 赴 or 前往
        let mut first = p.start;
        while let Some(&q) = places.iter().find(|&&q| doc.mentions[q].end == first) {
            first = doc.mentions[q].start;
        }
        if ["赴", "前往", "远赴"].iter().any(|w| ends_with_at(chars, first, s.start, w)) {
            out.push(Relation::new(doc.ent(ev), Predicate::HeldAt, doc.ent(pi), s.si, "held_at.went-to-place-to-attend"));
        }
    }
    gathered_in_place_to_attend(doc, s, &places, &events, out);
}

/// 来宾相聚东岭,参加以…为主题的西河大会: the event guests gathered in a place to attend is held
/// there (the first event named after the verb of attending).
fn gathered_in_place_to_attend(doc: &Doc, s: &Sent, places: &[usize], events: &[usize], out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for &pi in places {
        let p = &doc.mentions[pi];
        if !["相聚", "齐聚", "汇聚", "聚首", "云集"].iter().any(|w| ends_with_at(chars, p.start, s.start, w)) {
            continue;
        }
        let from = if chars.get(p.end) == Some(&',') { p.end + 1 } else { p.end };
        let Some(attend) = ["出席", "参加"].iter().find(|w| starts_with_at(chars, from, s.end, w)) else { continue };
        let at = from + attend.chars().count();
        if let Some(&ev) = events.iter().filter(|&&e| doc.mentions[e].start >= at).min_by_key(|&&e| doc.mentions[e].start) {
            out.push(Relation::new(doc.ent(ev), Predicate::HeldAt, doc.ent(pi), s.si, "held_at.went-to-place-to-attend"));
        }
    }
}

fn held_at(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    held_at_city_of_a_body(doc, s, out);
    place_glued_after_event(doc, s, out);
    places_glued_before_event(doc, s, out);
    let chars = doc.chars();
    let places = doc.venues_in_sentence(s.si);
    let bodies = doc.in_sentence(s.si, &[EntityType::Organization]);
    for &pi in &places {
        let p = &doc.mentions[pi];
        // 在新疆克拉玛依举行: the venue is the last of adjacent places, each inside the one before
        // (柔佛州首府新山: a capital after its region is in it too)
        let mut chain = vec![pi];
        let joins = |q: usize, next: usize| {
            let (e, st) = (doc.mentions[q].end, doc.mentions[next].start);
            e == st || e + 2 == st && crate::recognize::is_capital_word(chars, e)
        };
        while let Some(&q) = places.iter().find(|&&q| joins(q, chain[0])) {
            chain.insert(0, q);
        }
        let first = &doc.mentions[chain[0]];
        // 在马来西亚柔佛州: a country may open the phrase
        // (在乌兹别克斯坦首都塔什干: or its capital after it)
        let capital_after = |c: usize| doc.mentions[c].end + 2 == first.start && crate::recognize::is_capital_word(chars, doc.mentions[c].end);
        let country = doc.in_sentence(s.si, &[EntityType::Country]).into_iter().find(|&c| doc.mentions[c].end == first.start || capital_after(c));
        let country_before = country.map_or(first.start, |c| doc.mentions[c].start);
        // (于 as 在: X本月于釜山召开; 在丝路古郡敦煌: a description of the place between;
        // 假 as 在 in Hong Kong usage: 一连两日假X举行)
        let country_before = described_place_start(chars, s.start, country_before);
        let country_before = epithet_start(doc, s, country_before);
        let country_before = owner_of_hall_start(doc, s, country_before);
        // (在我校西河校区举行: our school before its campus)
        let country_before = ["我校", "本校", "我院", "该校"].iter().find(|w| ends_with_at(chars, country_before, s.start, w)).map_or(country_before, |w| country_before - w.chars().count());
        if country_before == 0 || !matches!(chars[country_before - 1], '在' | '于' | '假') {
            continue;
        }
        // (釜山市召开: the city's 市 the place's name left out; a quoted hall's closing mark)
        let p_end = if matches!(chars.get(p.end), Some('市' | '”')) { p.end + 1 } else { p.end };
        // (在北京、沈阳、大连同步举行: places listed with 、 are all venues)
        let listed: Vec<usize> = listed_places_after(doc, &places, pi);
        let list_end = listed.last().map_or(p_end, |&q| doc.mentions[q].end);
        // (在位于陕西杨凌的东岭大学举行: the place of the venue named after 的)
        let venue = located_venue(doc, s, country_before, p_end);
        let (zai, verb_from) = venue.map_or((country_before - 1, list_end), |(z, v, _)| (z, v));
        // (在广州东岭大学举行: the city, then the body whose campus is the venue)
        let body_after = bodies.iter().find(|&&o| doc.mentions[o].start == verb_from).map(|&o| doc.mentions[o].end);
        let verb_from = body_after.filter(|&e| verb_follows(chars, e, s.end)).unwrap_or(verb_from);
        if !verb_follows(chars, verb_from, s.end) {
            continue;
        }
        // (在位于东岭区的西河会议中心举行: the hall is in the place named before it)
        if let Some((_, _, v)) = venue.filter(|&(_, _, v)| doc.mentions[v].ty == EntityType::Place) {
            out.push(Relation::new(doc.ent(v), Predicate::LocatedIn, doc.ent(pi), s.si, "located_in.place-then-place"));
        }
        // (在比什凯克举行第十九次峰会: the event may follow the verb)
        let ev = event_before(doc, s, zai).or_else(|| event_after_verb(doc, s, p_end));
        let held_at = |q: usize| ev.map(|ev| Relation::new(ev, Predicate::HeldAt, doc.ent(q), s.si, "held_at.event-zai-place-verb"));
        out.extend(listed.iter().filter_map(|&q| held_at(q)));
        // (X成立大会暨Y论坛在P召开: the meeting joined before 暨 is held there too)
        if let Some(joint) = ev.and_then(|e| meeting_joined_before(doc, s, e)) {
            out.extend(std::iter::once(pi).chain(listed.iter().copied()).map(|q| Relation::new(joint, Predicate::HeldAt, doc.ent(q), s.si, "held_at.event-zai-place-verb")));
        }
        for w in chain.windows(2) {
            out.push(Relation::new(doc.ent(w[1]), Predicate::LocatedIn, doc.ent(w[0]), s.si, "located_in.place-then-place"));
        }
        if let Some(c) = country.filter(|&c| capital_after(c)) {
            out.push(Relation::new(doc.ent(chain[0]), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.place-then-place"));
        }
        out.extend(held_at(pi));
    }
}

/// 在广州东岭大学举行: a body written with its city before it, the body the article also names
/// alone, is the venue; the meeting is held in that city.
fn held_at_city_of_a_body(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for o in doc.in_sentence(s.si, &[EntityType::Organization]) {
        let m = &doc.mentions[o];
        if m.start <= s.start || chars[m.start - 1] != '在' || !verb_follows(chars, m.end, s.end) {
            continue;
        }
        let Some(city) = doc.tokens[s.si].starting_at(m.start).filter(|t| t.place().is_some() && t.end + 2 < m.end) else { continue };
        let rest: String = chars[city.end..m.end].iter().collect();
        let named_alone = doc.mentions.iter().any(|x| x.ty == EntityType::Organization && x.surface == rest);
        let city_name: String = chars[city.start..city.end].iter().collect();
        let place = (0..doc.entities.len()).find(|&e| doc.entities[e].ty == EntityType::Place && (doc.entities[e].label == city_name || doc.entities[e].aliases.contains(&city_name)));
        if let (true, Some(p), Some(ev)) = (named_alone, place, event_before(doc, s, m.start - 1)) {
            out.push(Relation::new(ev, Predicate::HeldAt, p, s.si, "held_at.event-zai-place-verb"));
        }
    }
}

/// 于东岭研究院“李华国际会议厅”举办: where the body whose quoted hall it is opens, right
/// before the quote, or the quote itself when no body is named; `start` when unquoted.
fn owner_of_hall_start(doc: &Doc, s: &Sent, start: usize) -> usize {
    if start == 0 || doc.chars()[start - 1] != '“' {
        return start;
    }
    let chars = doc.chars();
    let owner = doc.in_sentence(s.si, &[EntityType::Organization]).into_iter().find(|&o| doc.mentions[o].end == start - 1);
    // (于东研院“…厅”: a short name of a body, which no rule read, before its hall)
    let short_owner = || (start.saturating_sub(5).max(s.start + 1)..start.saturating_sub(2)).find(|&k| matches!(chars[k - 1], '于' | '在') && chars[k..start - 1].iter().all(|&c| crate::scan::is_cjk(c)) && matches!(chars[start - 2], '院' | '所' | '校'));
    owner.map(|o| doc.mentions[o].start).or_else(short_owner).unwrap_or(start - 1)
}

/// 在丝路古郡敦煌, 在历史文化名城敦煌: where a short description of a place (ending in a word
/// for an old or famous city) opens, right after 在/于; `start` when there is none.
fn described_place_start(chars: &[char], sent_start: usize, start: usize) -> usize {
    const CITY_WORDS: &[&str] = &["古郡", "古城", "古都", "名城", "之都", "重镇"];
    if !CITY_WORDS.iter().any(|w| ends_with_at(chars, start, sent_start, w)) {
        return start;
    }
    (start.saturating_sub(10).max(sent_start)..start.saturating_sub(2)).rev().find(|&k| k > sent_start && matches!(chars[k - 1], '在' | '于') && chars[k..start].iter().all(|&c| crate::scan::is_cjk(c))).unwrap_or(start)
}

/// 在中国“农科城”杨凌, 在“东岭之心”西河: where a quoted byname before a place opens, with the
/// country it belongs to before it; `start` when there is none.
fn epithet_start(doc: &Doc, s: &Sent, start: usize) -> usize {
    let chars = doc.chars();
    if start == 0 || chars[start - 1] != '”' {
        return start;
    }
    let Some(open) = (start.saturating_sub(10).max(s.start)..start - 1).rev().find(|&k| chars[k] == '“') else { return start };
    let country = doc.in_sentence(s.si, &[EntityType::Country]).into_iter().find(|&c| doc.mentions[c].end == open);
    country.map_or(open, |c| doc.mentions[c].start)
}

/// 在位于P的VENUE: where the phrase's 在 stands and where the venue named after 的 ends, when
/// the place opens with 在位于.
fn located_venue(doc: &Doc, s: &Sent, place_start: usize, place_end: usize) -> Option<(usize, usize, usize)> {
    let chars = doc.chars();
    let zai = place_start.checked_sub(3).filter(|&z| z >= s.start && starts_with_at(chars, z, place_start, "在位于"))?;
    if chars.get(place_end) != Some(&'的') {
        return None;
    }
    let venue = s.here.iter().copied().find(|&v| doc.mentions[v].start == place_end + 1 && matches!(doc.mentions[v].ty, EntityType::Organization | EntityType::Place))?;
    Some((zai, doc.mentions[venue].end, venue))
}

/// The places listed with 、 (or joined by 和, 与, 及) right after place `pi` (在北京、沈阳、大连,
/// 在北京和海口): none when no list follows.
fn listed_places_after(doc: &Doc, places: &[usize], pi: usize) -> Vec<usize> {
    let chars = doc.chars();
    let mut listed = Vec::new();
    let mut end = doc.mentions[pi].end;
    while matches!(chars.get(end), Some('、' | '和' | '与' | '及')) {
        let Some(&q) = places.iter().find(|&&q| doc.mentions[q].start == end + 1) else { break };
        listed.push(q);
        end = doc.mentions[q].end;
    }
    listed
}

/// A verb of holding right after a venue, or after the manner of holding (在X以线上线下相结合
/// 的方式举行, 在X隆重举行), within the clause.
fn verb_follows(chars: &[char], from: usize, end: usize) -> bool {
    if HOLD_VERBS.iter().any(|v| find_word(chars, from, (from + 2).min(end), v).is_some()) {
        return true;
    }
    let manner = ["以", "隆重", "成功", "顺利", "盛大", "通过", "线上", "同步", "同时"].iter().chain(JOINTLY).any(|w| starts_with_at(chars, from, end, w));
    let clause_end = (from..end.min(from + 18)).find(|&k| matches!(chars[k], ',' | '。' | ';')).unwrap_or(end.min(from + 18));
    manner && HOLD_VERBS.iter().any(|v| find_word(chars, from, clause_end, v).is_some())
}

/// 举行共建东岭研究院签约座谈会: where a meeting's name starts past a verb of building that
/// says what the signing is for.
fn past_building_verb(chars: &[char], at: usize, end: usize) -> usize {
    ["共建", "合作共建", "联合共建"].iter().find(|w| starts_with_at(chars, at, end, w)).map_or(at, |w| at + w.chars().count())
}

/// 在X举行第十九次峰会: the event named right after the verb of holding that follows a venue.
fn event_after_verb(doc: &Doc, s: &Sent, venue_end: usize) -> Option<usize> {
    let chars = doc.chars();
    // (A、B在北京共同举办X: how the hosts held it before the verb)
    let venue_end = venue_end + JOINTLY.iter().find(|w| starts_with_at(chars, venue_end, s.end, w)).map_or(0, |w| w.chars().count());
    let verb = HOLD_VERBS.iter().find(|v| starts_with_at(chars, venue_end, s.end, v))?;
    // (在西安举办了“X交流会”: 了 and an opening quote may stand between)
    let mut at = venue_end + verb.chars().count();
    // (于西安举行的 2023 东岭论坛: or 的, and a space before a year)
    for c in ['了', '的', ' ', '“'] {
        if chars.get(at) == Some(&c) {
            at += 1;
        }
    }
    let at = past_building_verb(chars, at, s.end);
    // (the event's name may hold its opening quote: “海川发展”研讨会)
    let quote_at = at.checked_sub(1).filter(|&q| chars[q] == '“');
    doc.in_sentence(s.si, &[EntityType::Event]).into_iter().find(|&e| doc.mentions[e].start == at || Some(doc.mentions[e].start) == quote_at).map(|e| doc.ent(e))
}

/// The meeting named right before 暨 and the meeting `ev` of sentence `s` (X大会暨Y论坛): the
/// first of two meetings held together.
fn meeting_joined_before(doc: &Doc, s: &Sent, ev: usize) -> Option<usize> {
    let chars = doc.chars();
    let events = doc.in_sentence(s.si, &[EntityType::Event]);
    let second = events.iter().copied().find(|&e| doc.ent(e) == ev && doc.mentions[e].start > s.start + 1 && chars[doc.mentions[e].start - 1] == '暨')?;
    let ji = doc.mentions[second].start - 1;
    let first = events.into_iter().find(|&e| doc.mentions[e].end == ji || doc.mentions[e].end + 1 == ji && chars[ji - 1] == '”')?;
    Some(doc.ent(first))
}

/// The meeting named right after the 暨 that follows a mention of the meeting `ev`: the
/// second of two meetings held together (read apart when a bracket splits their names).
fn meeting_joined_after(doc: &Doc, ev: usize) -> Option<usize> {
    let chars = doc.chars();
    let ji = doc.entities[ev].mentions.iter().map(|&k| doc.mentions[k].end).find(|&end| chars.get(end) == Some(&'暨'))?;
    let second = doc.mentions.iter().position(|m| m.ty == EntityType::Event && m.start == ji + 1)?;
    Some(doc.ent(second)).filter(|&e| e != ev)
}

/// The event named right before `pos` (or before a comma there: X,在Y举行), or the report's
/// event referred to generically (本次论坛在X举行).
fn event_before(doc: &Doc, s: &Sent, pos: usize) -> Option<usize> {
    let chars = doc.chars();
    let bare = before_time_and_manner(chars, s.start, pos);
    // X研讨会开幕式在…举行: the opening of the event is held where the event is
    // (X开幕式,以视频方式在…: the comma after the opening too)
    let bare = if bare > s.start + 1 && chars[bare - 1] == ',' && ["开幕式", "闭幕式"].iter().any(|w| ends_with_at(chars, bare - 1, s.start, w)) { bare - 1 } else { bare };
    let bare = ["开幕式", "闭幕式"].iter().find(|w| ends_with_at(chars, bare, s.start, w)).map_or(bare, |w| bare - w.chars().count());
    // (X,在Y举行 and X,23日在Y举行: a comma may stand before the time too)
    // (“X论坛”,日前于Y举办: the quote closing the event's name before the comma)
    let after_comma = |p: usize, e: usize| p > s.start + 1 && chars[p - 1] == ',' && (doc.mentions[e].end == p - 1 || doc.mentions[e].end == p - 2 && chars[p - 2] == '”');
    let ends_here = |e: usize| doc.mentions[e].end == pos || doc.mentions[e].end == bare || after_comma(pos, e) || after_comma(bare, e);
    // (X正式揭幕,一连两日假Y举行: the event opened, then the days it is held)
    let opened_then = |e: usize| doc.mentions[e].end < pos && opened_for_days(&chars[doc.mentions[e].end..pos].iter().collect::<String>());
    let named = doc.in_sentence(s.si, &[EntityType::Event]).into_iter().filter(|&e| ends_here(e) || opened_then(e)).max_by_key(|&e| doc.mentions[e].end - doc.mentions[e].start);
    // (论坛今日于X举行: the report's event named by its kind, a time word before 于)
    let generic = |at: usize| ["论坛", "会议", "峰会", "大会", "活动"].iter().any(|w| ends_with_at(doc.chars(), at, s.start, w));
    named.map(|e| doc.ent(e)).or_else(|| (generic(pos) || generic(bare)).then_some(s.main_event).flatten())
}

/// `正式揭幕,一连两日`, `开幕,为期三天`: an event's opening and how many days it runs, all that
/// stands between the event and the place where it is held.
fn opened_for_days(between: &str) -> bool {
    let rest = ["正式", "隆重", "今日", "今天", "昨日"].iter().find_map(|w| between.strip_prefix(w)).unwrap_or(between);
    let Some(rest) = ["揭幕", "开幕", "启幕"].iter().find_map(|w| rest.strip_prefix(w)) else { return false };
    let Some(rest) = rest.strip_prefix(',') else { return false };
    let Some(rest) = ["一连", "为期"].iter().find_map(|w| rest.strip_prefix(w)) else { return rest.is_empty() };
    let mut cs = rest.chars();
    cs.next().is_some_and(|c| "两二三四五六七1234567".contains(c)) && matches!(cs.as_str(), "日" | "天")
}

/// Where the subject before 在 ends once the time and manner of holding are set aside:
/// X2月24日在, “X”在, X将以线上线下相结合的方式在, X于10日上午在.
fn before_time_and_manner(chars: &[char], start: usize, mut pos: usize) -> usize {
    const WORDS: &[&str] = &["昨日起", "今日起", "今天起", "即日起", "上午", "下午", "晚上", "今天", "今日", "昨日", "近日", "日前", "本月", "本周", "将", "于", "也", "还", "今", "轮流", "每年", "定期"];
    loop {
        let before = pos;
        // …的方式 / …形式 opened by 以 within a short phrase
        if ["方式", "形式"].iter().any(|w| ends_with_at(chars, pos, start, w)) {
            if let Some(k) = (start.max(pos.saturating_sub(16))..pos).rev().find(|&k| chars[k] == '以') {
                pos = k;
            }
        }
        if let Some(w) = WORDS.iter().find(|w| ends_with_at(chars, pos, start, w)) {
            pos -= w.chars().count();
        }
        if pos > start && matches!(chars[pos - 1], '日' | '号') {
            // a date: 2月24日, 24日, 10月15日至17日, 今(23)日
            let mut k = pos - 1;
            while k > start && (chars[k - 1].is_ascii_digit() || matches!(chars[k - 1], '月' | '至' | '-' | '(' | ')')) {
                k -= 1;
            }
            if k < pos - 1 && (chars[k].is_ascii_digit() || chars[k] == '(' && chars[k + 1].is_ascii_digit()) {
                pos = k;
            }
        }
        if pos > start && chars[pos - 1] == '”' {
            pos -= 1;
        }
        // X年会(WURI Conference)本月于…: the name in another language in brackets after it
        if pos > start && chars[pos - 1] == ')' {
            if let Some(k) = (start.max(pos.saturating_sub(60))..pos - 1).rev().find(|&k| chars[k] == '(') {
                pos = k;
            }
        }
        if pos == before {
            return pos;
        }
    }
}

const ORGANIZER_VERBS: &[(&str, &str)] = &[
    ("联合主办", "organizer.hosted"),
    ("共同主办", "organizer.hosted"),
    ("主办", "organizer.hosted"),
    // (由A及B合办的X: Hong Kong usage for 联合主办)
    ("合办", "organizer.hosted"),
    ("共同举办", "organizer.hosted"),
    ("联合举办", "organizer.hosted"),
    ("举办", "organizer.hosted"),
    ("承办", "organizer.organised"),
    ("协办", "organizer.co-organised"),
    // (A和B决定共同发起创立“X论坛”: the founders of a meeting series hold it)
    ("发起创立", "organizer.founded-meeting"),
    ("创办", "organizer.founded-meeting"),
];

fn organizer(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for (verb, rule) in ORGANIZER_VERBS {
        let mut from = s.start;
        while let Some(v) = find_word(chars, from, s.end, verb) {
            from = v + verb.chars().count();
            if let Some(list_start) = after_role_noun(chars, from, s.end) {
                organisers_after_role_noun(doc, s, v, list_start, out);
                continue;
            }
            // (an alliance hosts an event too: 由东岭大学和西河大学联盟联合主办)
            let Some((run, gap)) = doc.last_run_before(&s.orgs, v) else { continue };
            // (A与B(12月2日)在C联合举办: C, after 在, is where; the hosts stand before it)
            // (A、B于5月6日在西河学院南校区图书馆联合举办: the rest of the venue's name, a building
            // or a campus, stands before the adverb)
            let (run, gap) = match hosts_before_venue(doc, s, &run) {
                Some(hosts) => (hosts, venue_rest_dropped(&gap)),
                None => (run, gap),
            };
            // (A、B、东岭对话联合主办: a last item no rule named leaves the hosts before it)
            let item_end = if JOINTLY.iter().any(|w| ends_with_at(chars, v, s.start, w)) { v - 2 } else { v };
            let gap = match super::unnamed_item_end(chars, doc.mentions[run[run.len() - 1]].end, v, |k| k == item_end) {
                Some(k) => chars[k..v].iter().collect(),
                None => gap,
            };
            // A、B在北京共同举办…: where they held it stands between the hosts and the verb
            let gap = match venue_after(doc, s, doc.mentions[run[run.len() - 1]].end) {
                Some(k) if k <= v => chars[k..v].iter().collect(),
                _ => gap,
            };
            // A、B,共同举办…: a comma may stand before the adverb
            let gap = super::without_definition(&gap);
            let gap = gap.strip_prefix(',').unwrap_or(gap);
            let gap = after_list_closer(gap);
            // (A、B首倡发起并联合主办: the hosts first proposed it, then held it)
            let proposed_first = {
                let g = gap.strip_suffix("联合").or_else(|| gap.strip_suffix("共同")).unwrap_or(gap);
                let g = g.strip_suffix('并').unwrap_or(g);
                g != gap && ["发起", "首倡发起", "共同发起", "倡议", "倡议发起", "首倡"].contains(&g)
            };
            // (A和B决定共同发起创立: what the founders decided, before the verb)
            let founds = *rule == "organizer.founded-meeting";
            let gap = if founds { gap.strip_prefix("决定").unwrap_or(gap) } else { gap };
            if !(gap.is_empty() || gap == "共同" || gap == "联合" || gap == "今" || gap == "牵头" || proposed_first) {
                continue;
            }
            // the event after the verb in its clause (…主办的X论坛), else the one named before
            // the hosts (X论坛由A主办), else the report's (此次论坛由A主办,旨在落实Y峰会成果)
            let clause_end = hosted_clause_end(chars, from, s.end);
            let events = doc.in_sentence(s.si, &[EntityType::Event]);
            let run_start = doc.mentions[run[0]].start;
            let same_clause = |a: usize, b: usize| !chars[a..b].iter().any(|c| matches!(c, ',' | '。' | ';'));
            // (a meeting founded is the one right after the verb, never one named elsewhere)
            let right_after = |e: usize| !founds || doc.mentions[e].start <= from + 1;
            let hosted: Vec<usize> = match events.iter().copied().find(|&e| doc.mentions[e].start >= from && doc.mentions[e].start < clause_end).filter(|&e| right_after(e)) {
                Some(first) => listed_events_from(doc, &events, first).into_iter().map(|e| doc.ent(e)).collect(),
                None if founds => Vec::new(),
                // (会议由A、“X”学术论坛、B共同主办: a meeting listed among the hosts hosts too, it is
                // not the one they hold)
                // (此次峰会由A主办: the one meeting of the report the demonstrative names by its head)
                None => events.iter().copied().rfind(|&e| doc.mentions[e].end <= run_start && same_clause(doc.mentions[e].end, run_start)).filter(|&e| !listed_among_hosts(chars, doc.mentions[e].end, run_start)).map(|e| doc.ent(e)).or_else(|| event_referred_in(doc, s.si)).or(s.main_event.filter(|&ev| named_before(doc, ev, run_start))).into_iter().collect(),
            };
            for ev in hosted {
                for &o in &run {
                    out.push(Relation::new(ev, Predicate::Organizer, doc.ent(o), s.si, rule));
                }
            }
        }
    }
}

/// Whether the report names its event `ev` before `at`: hosts named before the event is
/// (一个中心由A主办, in a profile that names a meeting only further on) host something else.
fn named_before(doc: &Doc, ev: usize, at: usize) -> bool {
    doc.entities[ev].mentions.iter().any(|&mi| doc.mentions[mi].start < at)
}

/// Whether only a list mark (、) stands between an event ending at `end` and the hosts' list at `run_start`.
fn listed_among_hosts(chars: &[char], end: usize, run_start: usize) -> bool {
    chars[end..run_start].iter().all(|&c| matches!(c, '、' | '”')) && chars[end..run_start].contains(&'、')
}

/// 东岭大学(东大)于今日举行“西河中心成立典礼”: a body that opens the sentence and holds an event
/// named right after 举行 organised it; only its short form and words of time stand between.
fn holds_event(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    // (东岭大学联盟27日举办“X典礼”: 举办 and 召开 hold it as 举行 does)
    let Some(v) = ["举行", "举办", "召开"].iter().filter_map(|w| find_word(chars, s.start, s.end, w)).min() else { return };
    let after = (v + 2..(v + 4).min(s.end)).take_while(|&k| matches!(chars[k], '“' | ' ')).last().map_or(v + 2, |k| k + 1);
    let after = past_building_verb(chars, after, s.end);
    let Some(ev) = doc.in_sentence(s.si, &[EntityType::Event]).into_iter().find(|&e| doc.mentions[e].start == after || doc.mentions[e].start + 1 == after) else { return };
    // (11月28日上午,东岭中心举行…: a time and a comma may open the sentence before the host)
    let time_only = |a: usize, b: usize| chars[a..b].iter().all(|&c| c.is_ascii_digit() || "年月日天上午下午晚今昨近前,".contains(c));
    // (an alliance holds its own meetings as a body does)
    let bodies = doc.in_sentence(s.si, &[EntityType::Organization, EntityType::Alliance]);
    let opens = |h: usize| doc.mentions[h].start == s.start || time_only(s.start, doc.mentions[h].start) && chars[doc.mentions[h].start - 1] == ',';
    let Some(&host) = bodies.iter().min_by_key(|&&h| doc.mentions[h].start).filter(|&&h| opens(h)) else { return };
    // (A、B、C在东岭会议中心举行X: hosts listed together hold it together)
    let mut hosts = vec![host];
    for &o in bodies.iter().filter(|&&o| doc.mentions[o].start > doc.mentions[host].start) {
        let last_end = doc.mentions[hosts[hosts.len() - 1]].end;
        let glue: String = chars[last_end..doc.mentions[o].start.max(last_end)].iter().collect();
        if !matches!(glue.as_str(), "、" | "和" | "与" | "及") {
            break;
        }
        hosts.push(o);
    }
    let host_end = doc.mentions[hosts[hosts.len() - 1]].end;
    if host_end > v {
        return;
    }
    // (…(东大)…: the short form the article defines is a mention of its own)
    let mut gap: String = chars[host_end..v].iter().collect();
    for m in s.here.iter().map(|&i| &doc.mentions[i]).filter(|m| m.start >= host_end && m.end <= v) {
        gap = gap.replacen(&m.surface, "", 1);
    }
    // (在东岭会议中心: the venue, named, between the hosts and the verb; 共同举行: together)
    let gap = ["共同", "联合"].iter().find_map(|w| gap.strip_suffix(w)).map_or(gap.clone(), str::to_owned);
    if gap.chars().all(|c| c.is_ascii_digit() || "()今昨近前日月年天上下午於于号在 ".contains(c)) {
        // (举行X仪式及Y研讨会: the host holds every event listed)
        let events = doc.in_sentence(s.si, &[EntityType::Event]);
        for e in listed_events_from(doc, &events, ev) {
            for &h in &hosts {
                out.push(Relation::new(doc.ent(e), Predicate::Organizer, doc.ent(h), s.si, "organizer.holds"));
            }
        }
    }
}

/// Where the clause of a hosting verb ends: at the next mark, unless the next clause only adds
/// who else organised (由A主办,B承办的“X”、“Y”…): then at the mark after that.
fn hosted_clause_end(chars: &[char], from: usize, end: usize) -> usize {
    let mark = |a: usize| (a..end).find(|&k| matches!(chars[k], ',' | '。' | ';')).unwrap_or(end);
    let first = mark(from);
    let co_hosts = chars.get(first) == Some(&',') && ["承办的", "协办的", "主办的", "支持的"].iter().any(|w| find_word(chars, first + 1, mark(first + 1), w).is_some());
    if co_hosts { mark(first + 1) } else { first }
}

/// Event `first` and the events listed right after it with 、, 和, 与 or 及 (“X”、“Y”).
fn listed_events_from(doc: &Doc, events: &[usize], first: usize) -> Vec<usize> {
    let chars = doc.chars();
    let mut listed = vec![first];
    for &e in events.iter().filter(|&&e| doc.mentions[e].start > doc.mentions[first].start) {
        let last = doc.mentions[listed[listed.len() - 1]].end;
        let gap: String = chars[last..doc.mentions[e].start].iter().filter(|c| !matches!(c, '“' | '”' | '《' | '》')).collect();
        if !matches!(gap.as_str(), "、" | "和" | "与" | "及") {
            break;
        }
        listed.push(e);
    }
    listed
}

/// A、B(time)在C举办: when the run before the verb is a venue after 在, the run of bodies
/// before 在, with only words of time between.
fn hosts_before_venue(doc: &Doc, s: &Sent, run: &[usize]) -> Option<Vec<usize>> {
    let chars = doc.chars();
    let zai = doc.mentions[run[0]].start.checked_sub(1).filter(|&k| k > s.start && chars[k] == '在')?;
    let (hosts, gap) = doc.last_run_before(&s.orgs, zai)?;
    gap.chars().all(|c| c.is_ascii_digit() || "年月日-—至上下午今昨于".contains(c)).then_some(hosts)
}

/// `南校区图书馆联合` after a venue named by its body: the adverb left once the rest of the
/// venue's name (closing with a word for a building or a campus) is dropped; the gap itself
/// when it holds anything else.
fn venue_rest_dropped(gap: &str) -> String {
    const BUILDINGS: &[&str] = &["院", "馆", "厅", "室", "中心", "宾馆", "酒店", "校区", "会场", "堂", "楼"];
    let adverb = ["联合", "共同", ""].into_iter().find(|a| gap.ends_with(a)).unwrap_or("");
    let place = &gap[..gap.len() - adverb.len()];
    let plain = place.chars().count() <= 12 && place.chars().all(|c| !matches!(c, ',' | '。' | ';' | '、'));
    if place.is_empty() || plain && BUILDINGS.iter().any(|b| place.ends_with(b)) { adverb.to_owned() } else { gap.to_owned() }
}

/// `在北京` right after the hosts' list (A、B在北京共同举办): where the place ends.
fn venue_after(doc: &Doc, s: &Sent, end: usize) -> Option<usize> {
    if doc.chars().get(end) != Some(&'在') {
        return None;
    }
    let places = doc.in_sentence(s.si, &[EntityType::Place, EntityType::Country]);
    places.into_iter().find(|&p| doc.mentions[p].start == end + 1).map(|p| doc.mentions[p].end)
}

/// A、B等(三家单位)联合举办: what is left of the gap after the list's closing 等, a count and
/// a word for the kind of body.
/// (等国内九家学术机构: where they are from and what kind of body, before the word for it)
fn after_list_closer(gap: &str) -> &str {
    let Some(rest) = gap.strip_prefix('等') else { return gap };
    let rest = ["国内外", "海内外", "国内", "国外", "中外", "全国"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十多余".contains(c));
    let rest = rest.trim_start_matches(['家', '所', '个']);
    const KINDS: &[&str] = &["单位", "机构", "高校", "院校", "智库"];
    // (…学术机构, …研究机构: a describing word of up to two characters before the kind)
    let kind_at = rest.char_indices().take(3).map(|(k, _)| k).find(|&k| KINDS.iter().any(|w| rest[k..].starts_with(w)));
    kind_at.and_then(|k| KINDS.iter().find_map(|w| rest[k..].strip_prefix(w))).unwrap_or(rest)
}

/// After 主办/承办…: `方` or `单位`, then 为, 是, 包括 or a colon; returns where the list starts.
fn after_role_noun(chars: &[char], at: usize, end: usize) -> Option<usize> {
    let noun = ["单位", "方"].into_iter().find(|w| starts_with_at(chars, at, end, w))?;
    let at = at + noun.chars().count();
    let link = ["分别为", "分别是", "为", "是", "包括", ":"].into_iter().find(|w| starts_with_at(chars, at, end, w))?;
    Some(at + link.chars().count())
}

/// 主办单位为A、B: the list right after the link, for the event named before the role noun
/// in this sentence, else the report's.
fn organisers_after_role_noun(doc: &Doc, s: &Sent, verb_at: usize, list_start: usize, out: &mut Vec<Relation>) {
    let cands: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start >= list_start).collect();
    let run = doc.list_runs(&cands).into_iter().next().filter(|r| doc.mentions[r[0]].start == list_start);
    let ev = doc.in_sentence(s.si, &[EntityType::Event]).into_iter().rfind(|&e| doc.mentions[e].end <= verb_at).map(|e| doc.ent(e)).or(s.main_event);
    if let (Some(run), Some(ev)) = (run, ev) {
        for o in run {
            out.push(Relation::new(ev, Predicate::Organizer, doc.ent(o), s.si, "organizer.role-noun-is-list"));
        }
    }
}

fn signed_at(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let Some(ev) = s.main_event else { return };
    let signing_here = find_word(chars, s.start, s.end, "签约").is_some() || find_word(chars, s.start, s.end, "签署").is_some();
    let signing_before = s.si > 0 && {
        let prev = &doc.layout.sentences[s.si - 1];
        prev.section == s.section && find_word(chars, prev.start, prev.end, "签约仪式").is_some()
    };
    if !(signing_here || signing_before) || doc.layout.sentences[s.si].kind != BlockKind::Body {
        return;
    }
    for pi in doc.in_sentence(s.si, &[EntityType::Project]) {
        if doc.mentions[pi].rule == "project.head" {
            out.push(Relation::new(doc.ent(pi), Predicate::SignedAt, ev, s.si, "signed_at.listed-at-signing"));
        }
    }
}

/// What a list of events is, when they are the parts of a larger one.
const SUB_EVENTS: &[&str] = &["分论坛", "平行论坛", "专题论坛", "分会场", "分会", "专场活动"];

/// 设A论坛、B论坛、C论坛四个分论坛: listed events that the sentence calls sub-forums are
/// parts of the report's event.
fn listed_sub_forums(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let Some(main) = s.main_event else { return };
    let chars = doc.chars();
    let events = doc.in_sentence(s.si, &[EntityType::Event]);
    for run in doc.list_runs(&events) {
        let end = doc.mentions[*run.last().unwrap()].end;
        let tail: String = chars[end..s.end.min(end + 12)].iter().collect();
        let counted = tail.trim_start_matches('等').trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两几多".contains(c));
        let described = counted.len() < tail.len() || tail.starts_with('等');
        let counted = counted.strip_prefix('个').unwrap_or(counted);
        if run.len() < 2 || !described || !SUB_EVENTS.iter().any(|w| counted.starts_with(w)) {
            continue;
        }
        for &e in run.iter().filter(|&&e| doc.ent(e) != main) {
            out.push(Relation::new(doc.ent(e), Predicate::PartOf, main, s.si, "part_of.listed-sub-forums"));
        }
    }
    // (论坛设置“智库交流”分论坛, 会议专门安排“X”平行主题会议: one sub-forum the meeting sets up)
    const SET_UP: &[&str] = &["设置", "安排", "设立", "开设", "设"];
    const PART_HEADS: &[&str] = &["分论坛", "平行论坛", "平行主题会议", "平行会议", "专题论坛", "分会场"];
    for &e in &events {
        let m = &doc.mentions[e];
        let open = if m.start > s.start && chars[m.start - 1] == '“' { m.start - 1 } else { m.start };
        let set_up = SET_UP.iter().any(|v| ends_with_at(chars, open, s.start, v));
        let whole = events.iter().copied().filter(|&w| doc.mentions[w].end <= open && doc.ent(w) != doc.ent(e)).last().map(|w| doc.ent(w)).unwrap_or(main);
        if set_up && PART_HEADS.iter().any(|h| m.label.ends_with(h)) && whole != doc.ent(e) {
            out.push(Relation::new(doc.ent(e), Predicate::PartOf, whole, s.si, "part_of.listed-sub-forums"));
        }
    }
}

/// 东岭论坛在南川举行,该论坛是首届海川博览会的重要活动之一: an event said to be one of the
/// activities (a part, a side event) of a larger one is part of it; the event before is the
/// one meant, else the report's.
fn one_of_its_activities(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const PART_WORDS: &[&str] = &["活动之一", "组成部分", "配套活动", "平行活动", "分论坛", "平行论坛", "专题论坛"];
    const ADJECTIVES: &[&str] = &["重要", "主要", "重点", "系列", "主体", "官方"];
    let chars = doc.chars();
    let events = doc.in_sentence(s.si, &[EntityType::Event]);
    for (k, &whole) in events.iter().enumerate() {
        let (ws, we) = (doc.mentions[whole].start, doc.mentions[whole].end);
        let is_before = ["是", "为", "系", "作为"].iter().any(|w| ends_with_at(chars, ws, s.start, w));
        let after: String = chars[we..s.end.min(we + 12)].iter().collect();
        // (东岭博览会系列论坛之一——海川论坛: the forum named after the dash is one of the fair's)
        let series = ["系列论坛之一", "系列活动之一"].iter().find_map(|w| after.strip_prefix(w)).is_some_and(|r| r.starts_with('—'));
        if let Some(&part) = events.get(k + 1).filter(|_| series) {
            if doc.ent(part) != doc.ent(whole) {
                out.push(Relation::new(doc.ent(part), Predicate::PartOf, doc.ent(whole), s.si, "part_of.one-of-its-activities"));
            }
            continue;
        }
        // (…博览会重要组成部分: 的 may be left out before the adjective)
        let with_de = after.strip_prefix('的');
        let rest = with_de.unwrap_or(&after);
        let adjective = ADJECTIVES.iter().find_map(|a| rest.strip_prefix(a));
        if with_de.is_none() && adjective.is_none() {
            continue;
        }
        let rest = adjective.unwrap_or(rest);
        if !is_before || !PART_WORDS.iter().any(|w| rest.starts_with(w)) {
            continue;
        }
        let part = events[..k].last().map(|&e| doc.ent(e)).or(s.main_event);
        if let Some(part) = part.filter(|&p| p != doc.ent(whole)) {
            out.push(Relation::new(part, Predicate::PartOf, doc.ent(whole), s.si, "part_of.one-of-its-activities"));
        }
    }
}

fn sub_forum(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    listed_sub_forums(doc, s, out);
    one_of_its_activities(doc, s, out);
    for &mi in &s.here {
        let m = &doc.mentions[mi];
        let Some((ps, pe)) = m.parent.filter(|_| m.ty == EntityType::Event) else { continue };
        let parent = s.here.iter().copied().find(|&x| doc.mentions[x].ty == EntityType::Event && doc.mentions[x].start == ps && doc.mentions[x].end == pe);
        // (东岭论坛第一次会议: a session of the series is no part of it)
        let tail: String = doc.chars()[pe..m.end].iter().collect();
        if let Some(pm) = parent.filter(|&pm| doc.ent(pm) != doc.ent(mi) && !crate::recognize::is_session(&tail)) {
            out.push(Relation::new(doc.ent(mi), Predicate::PartOf, doc.ent(pm), s.si, "part_of.sub-forum-name"));
        }
    }
}

/// Verbs of attending, visiting and signing: a guest listed with one of them and no verb of
/// saying did not speak (出席, 陪同, 参加仪式).
const ATTENDING: &[&str] = &[
    "出席", "参加", "参会", "陪同", "到会", "见证", "会见", "会谈", "会晤", "接见", "考察", "参观", "出访", "率团", "签字", "签署", "签约", "签订", "互换", "应邀", "受邀", "一同", "共同为", "揭牌",
    "看望", "听取", "参与", "到场", "共同启动", "与会", "列席",
    // pressing the button that launches a body (共同按下启动键) is a ceremony, no speech
    "按下",
    // taking a post (分别出任理事长) is no speech either
    "出任", "担任", "当选", "就任", "受聘", "获聘", "被聘为", "聘为", "颁发",
];

/// Whether the rest of the sentence after a person attends without speaking: an attending
/// verb and no verb of saying (致辞, 表示, 发言 …).
fn only_attends(doc: &Doc, from: usize, end: usize) -> bool {
    let chars = doc.chars();
    let attends = ATTENDING.iter().any(|v| find_word(chars, from, end, v).is_some());
    attends && !says(doc, from, end)
}

/// A,B出席会议并讲话,C、D等出席会议: whether the first act after a listed person (at `from`)
/// is attending, with no saying in the clause that act opens.
fn first_act_only_attends(doc: &Doc, from: usize, end: usize) -> bool {
    let chars = doc.chars();
    let Some(act) = ATTENDING.iter().filter_map(|v| find_word(chars, from, end, v)).min() else { return false };
    let clause_end = (act..end).find(|&k| matches!(chars[k], ',' | ';' | '。')).unwrap_or(end);
    !says(doc, from, clause_end)
}

/// Whether a verb of saying after `in a speech` and closed by a comma or colon (在致辞中表示,)
/// stands before `at` in its paragraph: what follows is another's reported speech.
fn inside_reported_speech(doc: &Doc, si: usize, at: usize) -> bool {
    use crate::lexicon::{Tag, WordRole};
    let chars = doc.chars();
    let sentences = &doc.layout.sentences;
    let first = (0..=si).rev().take_while(|&k| sentences[k].paragraph == sentences[si].paragraph).last().unwrap_or(si);
    // (in his speech: 在致辞中表示, 在讲话中指出; not a body's announcement, 外交部表示,)
    let in_speech = |k: usize, from: usize| k > from && chars[k - 1] == '中' && ["致辞", "致词", "讲话", "发言", "演讲"].iter().any(|w| ends_with_at(chars, k - 1, from, w));
    // (王明表示,今年是李华主席提出…: in the same sentence, the words of another person)
    // (not 李华主持,: who chairs says no words of his own)
    let reporting = |t_start: usize| ["表示", "指出", "强调", "认为", "说", "称"].iter().any(|w| crate::scan::starts_with_at(chars, t_start, t_start + 2, w));
    let said_by_person = |k: usize, t_start: usize| k == si && reporting(t_start) && doc.by_sentence[si].iter().any(|&o| doc.mentions[o].ty == EntityType::Person && doc.mentions[o].end == t_start);
    (first..=si).any(|k| {
        let from = sentences[k].start;
        doc.tokens[k].within(from, at.min(sentences[k].end)).any(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech))) && matches!(chars.get(t.end), Some(',' | ':' | '：')) && (in_speech(t.start, from) || said_by_person(k, t.start)))
    })
}

/// `东岭大学校长 李华:正如王明所说,…`: a person named after another's name and colon is in
/// that person's words, no speaker.
fn quoted_by_another(doc: &Doc, m: &crate::recognize::Mention) -> bool {
    let chars = doc.chars();
    doc.by_sentence[m.sentence].iter().map(|&k| &doc.mentions[k]).any(|o| o.ty == EntityType::Person && o.end < m.start && matches!(chars.get(o.end), Some(':' | '：')))
}

/// `宣读王明主席贺信`: whose congratulatory letter is read out wrote, and did not speak.
fn letter_writer(doc: &Doc, m: &crate::recognize::Mention) -> bool {
    let chars = doc.chars();
    let end = doc.layout.sentences[m.sentence].end;
    let after: String = chars[m.end..end.min(m.end + 6)].iter().collect();
    // (not the one who reads it: 李华宣读贺信)
    ["贺信", "贺电", "賀信", "賀電"].iter().filter_map(|w| after.find(w)).any(|k| !after[..k].contains('读') && !after[..k].contains('讀'))
}

/// Occasions apart from the reported event where a person's words are given: a briefing,
/// a press conference, an interview.
const OTHER_OCCASIONS: &[&str] = &["吹风会", "发布会", "记者会", "通气会", "采访", "专访"];

/// People whose words the article places at another occasion (X在吹风会上说, 接受媒体采访,
/// 刊出对X的采访): what they say is not said at the report's event.
fn spoke_elsewhere(doc: &Doc) -> std::collections::HashSet<usize> {
    let chars = doc.chars();
    let at_other = |si: usize| {
        let s = &doc.layout.sentences[si];
        OTHER_OCCASIONS.iter().any(|w| find_word(chars, s.start, s.end, w).is_some())
    };
    doc.mentions.iter().enumerate().filter(|(_, m)| m.ty == EntityType::Person && at_other(m.sentence)).map(|(mi, _)| doc.ent(mi)).collect()
}

fn says(doc: &Doc, from: usize, end: usize) -> bool {
    use crate::lexicon::{Tag, WordRole};
    let Some(si) = doc.layout.sentences.iter().position(|s| s.start <= from && from <= s.end) else { return false };
    let toks = &doc.tokens[si];
    toks.within(from, end).any(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech)))) || SPEECH_NOUNS.iter().any(|w| find_word(doc.chars(), from, end, w).is_some())
}

/// 李华在“东岭对话”分论坛上致辞, 李华今日在东岭论坛发表演讲: the event named right after 在 in
/// the person's clause (a few time words between), with a verb of saying after it.
fn named_event_spoken_at(doc: &Doc, m: &crate::recognize::Mention) -> Option<usize> {
    let chars = doc.chars();
    let se = doc.layout.sentences[m.sentence].end;
    let zai = (m.end..se.min(m.end + 5)).take_while(|&k| crate::scan::is_cjk(chars[k])).find(|&k| chars[k] == '在')?;
    let ev = doc.mentions.iter().position(|e| e.ty == EntityType::Event && e.sentence == m.sentence && (e.start == zai + 1 || e.start == zai + 2 && chars[zai + 1] == '“'))?;
    let mut k = doc.mentions[ev].end;
    if chars.get(k) == Some(&'”') {
        k += 1;
    }
    if let Some(w) = ["开幕式上", "上", "中", "期间"].iter().find(|w| starts_with_at(chars, k, se, w)) {
        k += w.chars().count();
    }
    says(doc, k, (k + 4).min(se)).then(|| doc.ent(ev))
}

/// 此次峰会, 本次论坛 anywhere in sentence `si`: the one meeting of its section whose name ends
/// with that head word.
fn event_referred_in(doc: &Doc, si: usize) -> Option<usize> {
    const HEADS: &[&str] = &["峰会", "论坛", "研讨会", "座谈会", "大会", "年会", "会议"];
    let s = &doc.layout.sentences[si];
    let chars = doc.chars();
    let head = (s.start..s.end).find_map(|k| ["此次", "本次"].iter().find(|w| starts_with_at(chars, k, s.end, w)).and_then(|w| HEADS.iter().find(|h| starts_with_at(chars, k + w.chars().count(), s.end, h))))?;
    let mut events: Vec<usize> = doc.mentions.iter().enumerate().filter(|(_, e)| e.ty == EntityType::Event && doc.layout.sentences[e.sentence].section == s.section).map(|(k, _)| doc.ent(k)).collect();
    events.sort_unstable();
    events.dedup();
    let fitting: Vec<usize> = events.into_iter().filter(|&e| doc.entities[e].label.ends_with(head)).collect();
    (fitting.len() == 1).then(|| fitting[0])
}

/// 在随后的论坛中, 在本次研讨会上 opening a sentence: the one meeting of the report whose name
/// ends with that head word (a report of a founding assembly held with a forum).
fn event_by_its_head(doc: &Doc, si: usize) -> Option<usize> {
    static OPENING: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = OPENING.get_or_init(|| regex::Regex::new(r"^在(?:随后的|随后举行的|随后召开的|本次|此次|当天的)?(论坛|研讨会|峰会|大会|会议)(?:上|中|期间)").expect("a valid pattern"));
    let s = &doc.layout.sentences[si];
    let text: String = doc.chars()[s.start..s.end.min(s.start + 16)].iter().collect();
    let head = re.captures(&text)?.get(1)?.as_str().to_owned();
    let mut events: Vec<usize> = doc.mentions.iter().enumerate().filter(|(_, e)| e.ty == EntityType::Event && doc.layout.sentences[e.sentence].section == s.section).map(|(k, _)| doc.ent(k)).collect();
    events.sort_unstable();
    events.dedup();
    let fitting: Vec<usize> = events.into_iter().filter(|&e| doc.entities[e].label.ends_with(&head)).collect();
    (fitting.len() == 1).then(|| fitting[0])
}

/// (本网讯(东岭处通讯员 李华)…: the one who reports the meeting, named by that role)
fn reporter(doc: &Doc, m: &crate::recognize::Mention) -> bool {
    let chars = doc.chars();
    let before: String = chars[m.start.saturating_sub(5)..m.start].iter().filter(|c| !c.is_whitespace()).collect();
    ["通讯员", "记者", "摄影", "撰稿"].iter().any(|w| before.ends_with(w))
}

/// 大会由李华主持 after 东岭联盟全体成员大会(以下简称大会): a sentence opening with the short
/// form one meeting of the report was given names that meeting.
fn event_by_its_short_form(doc: &Doc, si: usize) -> Option<usize> {
    let s = &doc.layout.sentences[si];
    let chars = doc.chars();
    let fitting: Vec<usize> = (0..doc.entities.len())
        .filter(|&e| doc.entities[e].ty == EntityType::Event)
        .filter(|&e| {
            doc.entities[e].aliases.iter().any(|a| {
                let n = a.chars().count();
                n >= 2 && starts_with_at(chars, s.start, s.end, a) && chars.get(s.start + n).is_some_and(|c| "由上在期".contains(*c))
            })
        })
        .collect();
    (fitting.len() == 1).then(|| fitting[0])
}

/// People with a post in a report's body, unless they only attend (出席, 陪同 with no verb
/// of saying), and people whose clause runs on to a verb of saying (…在会上表示), spoke at
/// the report's event.
fn spoke_at(doc: &mut Doc, out: &mut Vec<Relation>) {
    let elsewhere = spoke_elsewhere(doc);
    // (X会议暨Y成立大会: one sitting, so who speaks there speaks at both; read once a section)
    let sittings: Vec<Vec<usize>> = doc.main_events.iter().map(|e| e.iter().copied().chain(e.and_then(|e| meeting_joined_after(doc, e))).collect()).collect();
    for (mi, m) in doc.mentions.iter().enumerate().filter(|(_, m)| m.ty == EntityType::Person) {
        // (the whole sentence: 参与研讨的专家包括X, 会见了X: the verb may come first)
        let sentence = &doc.layout.sentences[m.sentence];
        // (李华致辞,王明出席,周立群主持: what the person does runs up to the next person)
        let next_person = doc.by_sentence[m.sentence].iter().map(|&k| &doc.mentions[k]).filter(|o| o.ty == EntityType::Person && o.start > m.end).map(|o| o.start).min();
        let own_part_end = next_person.unwrap_or(sentence.end);
        // (选举李华为秘书长: a post one is elected to says nothing of speaking)
        let posts: Vec<&Relation> = out.iter().filter(|r| r.subject == doc.ent(mi) && r.predicate == Predicate::Position && r.sentence == m.sentence).collect();
        let elected_only = !posts.is_empty() && posts.iter().all(|r| matches!(r.rule, "position.elected-as" | "position.names-take-post"));
        let with_post = doc.with_post.contains(&mi) && !elected_only && !only_attends(doc, m.end, own_part_end) && !only_attends(doc, sentence.start, sentence.end) && !first_act_only_attends(doc, m.end, sentence.end);
        let at_named = named_event_spoken_at(doc, m);
        if !(with_post || doc.speaks(m) || at_named.is_some()) {
            continue;
        }
        let s = &doc.layout.sentences[m.sentence];
        if s.kind != BlockKind::Body {
            continue;
        }
        // (王明在致辞中表示,国家主席李华先后提出…: named inside another's speech, no speaker)
        if inside_reported_speech(doc, m.sentence, m.start) || elsewhere.contains(&doc.ent(mi)) || quoted_by_another(doc, m) || letter_writer(doc, m) || reporter(doc, m) {
            continue;
        }
        if let Some(ev) = at_named.or_else(|| event_by_its_head(doc, m.sentence)).or_else(|| event_by_its_short_form(doc, m.sentence)).or_else(|| event_referred_in(doc, m.sentence)) {
            out.push(Relation::new(doc.ent(mi), Predicate::SpokeAt, ev, m.sentence, "spoke_at.at-named-event"));
        } else if let Some(events) = sittings.get(s.section) {
            for &e in events {
                out.push(Relation::new(doc.ent(mi), Predicate::SpokeAt, e, m.sentence, "spoke_at.quoted-in-report-about-event"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{facts_of, holds};

    #[test]
    fn a_sub_forum_the_meeting_sets_up_is_part_of_it() {
        let f = facts_of("4月25日,第二届东岭合作论坛在北京举行。论坛设置“智库交流”分论坛,300多名代表参加。");
        assert!(holds(&f, "“智库交流”分论坛", "part_of", "第二届东岭合作论坛"), "{f:?}");
    }

    #[test]
    fn a_meeting_held_at_a_body_in_a_city() {
        let f = facts_of("新华社南京5月8日电 第三届东岭合作学术研讨会在南京东岭大学举行。东岭大学校长李华致辞。");
        assert!(holds(&f, "第三届东岭合作学术研讨会", "held_at", "南京"), "{f:?}");
    }

    #[test]
    fn held_in_a_place_after_its_country_and_a_quoted_byname_and_a_district_in_its_province() {
        let f = facts_of("正在中国“农科城”杨凌举行的第三十届东岭农业博览会上,展馆人头攢动。");
        assert!(holds(&f, "第三十届东岭农业博览会", "held_at", "杨凌"), "{f:?}");
        let f = facts_of("在陕西杨凌举办的东岭农业博览会落下帷幕。");
        assert!(holds(&f, "杨凌", "located_in", "陕西"), "{f:?}");
        // a province and a city apart in the sentence say nothing of each other
        let f = facts_of("陕西代表团访问了天津。");
        assert!(!holds(&f, "天津", "located_in", "陕西"), "{f:?}");
    }

    #[test]
    fn who_attends_after_those_who_attend_and_speak_only_attends() {
        let f = facts_of("2017年1月7日,东岭协会成立大会在太原举行。省民政厅厅长李华,副院长王明出席会议并讲话,东岭大学党委书记周立群、西河大学校长张伟等出席会议。");
        for p in ["李华", "王明"] {
            assert!(holds(&f, p, "spoke_at", "东岭协会成立大会"), "{p} {f:?}");
        }
        for p in ["周立群", "张伟"] {
            assert!(!holds(&f, p, "spoke_at", "东岭协会成立大会"), "{p} {f:?}");
        }
        // (讲话 the act speaks; 重要讲话精神, the spirit of a speech, does not)
        let f = facts_of("东岭论坛在太原举行。院长李华强调,要学习贯彻周立群主席重要讲话精神。副院长王明在会上讲话。");
        assert!(holds(&f, "王明", "spoke_at", "东岭论坛") && !holds(&f, "周立群", "spoke_at", "东岭论坛"), "{f:?}");
    }

    #[test]
    fn who_speaks_at_a_sitting_of_two_meetings_speaks_at_both() {
        let f = facts_of("7月27日,东岭省高校智库建设工作会议暨东岭省高校新型智库联盟(简称“联盟”)成立大会召开。东岭省教育厅厅长李明出席会议并讲话。");
        for ev in ["东岭省高校智库建设工作会议", "东岭省高校新型智库联盟成立大会"] {
            assert!(holds(&f, "李明", "spoke_at", ev), "{ev} {f:?}");
        }
        assert!(holds(&f, "东岭省高校新型智库联盟", "established_at", "东岭省高校新型智库联盟成立大会"), "{f:?}");
        assert!(!holds(&f, "东岭省高校新型智库联盟", "established_at", "东岭省高校智库建设工作会议"), "{f:?}");
    }

    #[test]
    fn hosts_of_meetings_listed_after_a_clause_of_other_organisers() {
        let f = facts_of("9月5日,由商务部主办,我校承办的援外培训项目“东岭国家经济外交研修班”、“西河技术专家培训班”在东岭大学举行联合开班仪式。");
        for ev in ["东岭国家经济外交研修班", "西河技术专家培训班"] {
            assert!(holds(&f, ev, "organizer", "商务部"), "{ev} {f:?}");
        }
        // (a comma before a clause of something else: the hosts' event is the report's)
        let f = facts_of("东岭论坛在西河举行。论坛由东岭大学主办,西河研讨会随后召开。");
        assert!(!holds(&f, "西河研讨会", "organizer", "东岭大学"), "{f:?}");
    }

    #[test]
    fn held_in_a_place_described_before_its_name_and_a_meeting_after_de() {
        let f = facts_of("22日,由东岭大学主办的“东岭合作论坛”在丝路古郡甘肃敦煌启幕。");
        assert!(holds(&f, "东岭合作论坛", "held_at", "敦煌"), "{f:?}");
        let f = facts_of("东岭理工大学代表近日出席于西安举行的 2023 东岭大学联盟论坛。");
        assert!(f.iter().any(|r| r.1 == "held_at" && r.2 == "西安" && r.0.ends_with("东岭大学联盟论坛")), "{f:?}");
    }

    #[test]
    fn an_anniversary_forum_held_today_in_a_conference_centre() {
        let f = facts_of("東嶺智庫20週年「2032願景」論壇,今(23)日於海川醫院國際會議中心登場。");
        assert!(holds(&f, "东岭智库20周年“2032愿景”论坛", "held_at", "海川医院国际会议中心"), "{f:?}");
    }

    #[test]
    fn hosts_that_held_an_event_together_in_a_city() {
        let f = facts_of("4月16日,东岭大学国际研究院、西河发展研究中心在北京共同举办“海川发展”研讨会。");
        for o in ["东岭大学国际研究院", "西河发展研究中心"] {
            assert!(holds(&f, "“海川发展”研讨会", "organizer", o), "{o}: {f:?}");
        }
        assert!(holds(&f, "“海川发展”研讨会", "held_at", "北京"), "{f:?}");
        // a place after the hosts that is no venue of a holding verb holds nothing
        let f = facts_of("东岭大学、西河研究院在北京的代表出席了“海川发展”研讨会。");
        assert!(!holds(&f, "“海川发展”研讨会", "held_at", "北京"), "{f:?}");
    }

    #[test]
    fn a_head_of_state_named_in_the_words_of_a_speaker_of_the_sentence() {
        let f = facts_of("东岭论坛在北京举行。东岭研究院院长王明表示,今年是李近华主席提出合作倡议10周年。");
        assert!(holds(&f, "王明", "spoke_at", "东岭论坛") && !holds(&f, "李近华", "spoke_at", "东岭论坛"), "{f:?}");
        // (who chairs gives no words: those after him speak)
        let f = facts_of("东岭论坛在北京举行。开幕式由院长王明主持,西河大学副校长李华、南川协会会长周立群先后致辞。");
        assert!(holds(&f, "李华", "spoke_at", "东岭论坛") && holds(&f, "周立群", "spoke_at", "东岭论坛"), "{f:?}");
    }

    #[test]
    fn a_head_of_state_named_inside_a_speaker_s_words_did_not_speak() {
        let f = facts_of("东岭论坛在北京举行。\n\n王明在致辞中表示,合作空间很大。2021年以来,国家主席李近华提出多项倡议。\n\n西河大学校长刘明表示,要加强合作。");
        assert!(holds(&f, "刘明", "spoke_at", "东岭论坛"), "{f:?}");
        assert!(!holds(&f, "李近华", "spoke_at", "东岭论坛"), "{f:?}");
        // a body's announcement is no speech: the people after it still speak
        let f = facts_of("东岭论坛明日举行。\n\n外交部今天表示,东岭论坛明天开幕,总统李华、院长王明应邀致词。");
        assert!(holds(&f, "王明", "spoke_at", "东岭论坛"), "{f:?}");
    }

    #[test]
    fn an_alliance_among_the_hosts_hosted_the_event() {
        let f = facts_of("由东岭研究院和海川大学联盟联合主办的东岭智库会议在京召开。海川大学联盟秘书长李华致辞。");
        assert!(holds(&f, "东岭智库会议", "organizer", "东岭研究院") && holds(&f, "东岭智库会议", "organizer", "海川大学联盟"), "{f:?}");
    }

    #[test]
    fn hosts_listed_before_a_last_item_no_rule_names_hosted_still() {
        let f = facts_of("由东岭协会、西河研究院、海川对话联合主办的2025·东岭北湖对话在京举办。");
        assert!(holds(&f, "2025·东岭北湖对话", "organizer", "东岭协会") && holds(&f, "2025·东岭北湖对话", "organizer", "西河研究院"), "{f:?}");
        // a clause after the list is no item of it
        let f = facts_of("东岭协会、西河研究院代表出席了会议,海川市政府主办的东岭论坛在京举办。");
        assert!(!holds(&f, "东岭论坛", "organizer", "西河研究院"), "{f:?}");
    }

    #[test]
    fn guests_who_launched_the_ceremony_together_did_not_speak() {
        let f = facts_of("东岭智库联盟会议在京召开。东岭大学校长李华、西河大学副校长王明共同启动成立仪式。东岭大学党委书记周立群表示,联盟意义重大。");
        assert!(!holds(&f, "李华", "spoke_at", "东岭智库联盟会议") && !holds(&f, "王明", "spoke_at", "东岭智库联盟会议"), "{f:?}");
        assert!(holds(&f, "周立群", "spoke_at", "东岭智库联盟会议"), "{f:?}");
    }

    #[test]
    fn guests_who_only_attend_did_not_speak() {
        let f = facts_of("3月5日,第二届海川数字论坛在海川市举行。东岭大学校长王立出席并致辞。南川研究院院长李华、北湖大学副校长赵明陪同参观。");
        assert!(holds(&f, "王立", "spoke_at", "第二届海川数字论坛"), "{f:?}");
        assert!(!holds(&f, "李华", "spoke_at", "第二届海川数字论坛"), "{f:?}");
        assert!(!holds(&f, "赵明", "spoke_at", "第二届海川数字论坛"), "{f:?}");
        // the verb of attending before the guests: 参与研讨的专家包括…, 还会见了…
        let f = facts_of("3月5日,第二届海川数字论坛在海川市举行。参与研讨的专家包括东岭大学教授王立、南川研究院院长李华。论坛期间,主办方还会见了北湖大学副校长赵明。");
        for guest in ["王立", "李华", "赵明"] {
            assert!(!holds(&f, guest, "spoke_at", "第二届海川数字论坛"), "{guest}: {f:?}");
        }
    }

    #[test]
    fn a_date_line_before_the_first_sentence_does_not_hide_the_report_s_event() {
        let f = facts_of("东岭大学校长王明(左)与南川研究院院长李华(右)合影。(东岭大学提供)\n\n2025/08/27 18:01\n\n〔记者周立/东岭报导〕东岭大学今与南川研究院共同举办“海川合作”学术研讨会,邀请专家探讨合作;南川研究院院长李华表示,合作空间很大。");
        assert!(holds(&f, "李华", "spoke_at", "“海川合作”学术研讨会"), "{f:?}");
    }

    #[test]
    fn an_opening_held_in_several_cities_at_once() {
        let f = facts_of("7月13日,第九届东岭合作论坛开幕式,以视频方式在北京、沈阳、大连同步举行。");
        for p in ["北京", "沈阳", "大连"] {
            assert!(holds(&f, "第九届东岭合作论坛", "held_at", p), "{p}: {f:?}");
        }
        // (two meetings joined by 暨, the second opening with its year: both held there, apart)
        let f = facts_of("6月21日,“东岭农业创新联盟”成立大会暨2018“海川”与南川合作政策论坛在北京召开。");
        for ev in ["“东岭农业创新联盟”成立大会", "2018“海川”与南川合作政策论坛"] {
            assert!(holds(&f, ev, "held_at", "北京"), "{ev}: {f:?}");
        }
        assert!(holds(&f, "东岭农业创新联盟", "established_at", "“东岭农业创新联盟”成立大会"), "{f:?}");
        // (在随后的论坛中: those who speak there speak at the forum, not the founding assembly)
        let f = facts_of("6月21日,“东岭农业创新联盟”成立大会暨2018“海川”与南川合作政策论坛在北京召开。在随后的论坛中,东岭研究中心主任周立群作了主旨报告。");
        assert!(holds(&f, "周立群", "spoke_at", "2018“海川”与南川合作政策论坛") && !holds(&f, "周立群", "spoke_at", "“东岭农业创新联盟”成立大会"), "{f:?}");
        // (two cities joined by 和, with the manner of holding after them)
        let f = facts_of("12月11日,东岭高级别论坛在北京和海口以线上与线下结合的方式举行。");
        for p in ["北京", "海口"] {
            assert!(holds(&f, "东岭高级别论坛", "held_at", p), "{p}: {f:?}");
        }
        // (a city joined to a body that is no place is no venue of its own)
        let f = facts_of("12月11日,东岭高级别论坛在北京和西河大学代表团举行会谈后闭幕。");
        assert!(!holds(&f, "东岭高级别论坛", "held_at", "西河大学"), "{f:?}");
    }

    #[test]
    fn people_listed_before_each_speaking_all_speak() {
        let f = facts_of("第九届东岭合作论坛开幕。吉尔吉斯斯坦议长卡里莫夫、土库曼斯坦国民会议主席萨比罗娃分别视频致辞。");
        for p in ["卡里莫夫", "萨比罗娃"] {
            assert!(holds(&f, p, "spoke_at", "第九届东岭合作论坛"), "{p}: {f:?}");
        }
        // 总统A与院长B应邀致词: both speak (致词 as 致辞); 张明因: 因 closes a name
        let f = facts_of("「东岭100年驻外使节会议」明天举行开幕仪式,总统王明与北湖研究院长李华应邀致词。驻西河代表张明因须处理公务,不克与会。");
        for p in ["王明", "李华"] {
            assert!(holds(&f, p, "spoke_at", "东岭100年驻外使节会议"), "{p}: {f:?}");
        }
        assert!(!f.iter().any(|x| x.0 == "张明因"), "{f:?}");
        // (each attending says nothing)
        let f = facts_of("第九届东岭合作论坛开幕。吉尔吉斯斯坦议长卡里莫夫、西河大学校长萨比罗娃分别出席。");
        assert!(!f.iter().any(|x| x.1 == "spoke_at"), "{f:?}");
        // a list of titled people closed by 等 speaks when the words after it say so, each of them
        let f = facts_of("第九届东岭合作论坛开幕。东岭前总理卡里莫夫,南川研究所研究员王立、北湖协会会长李华等嘉宾在开幕式致辞。");
        for p in ["卡里莫夫", "王立", "李华"] {
            assert!(holds(&f, p, "spoke_at", "第九届东岭合作论坛"), "{p}: {f:?}");
        }
        let f = facts_of("第九届东岭合作论坛开幕。东岭前总理卡里莫夫,南川研究所研究员王立、北湖协会会长李华等嘉宾出席开幕式。");
        assert!(!f.iter().any(|x| x.1 == "spoke_at"), "{f:?}");
        // (with no 等: the last named right before the verb)
        let f = facts_of("第九届东岭合作论坛开幕。东岭前总理卡里莫夫,西河前总统马留申科,南川研究所所长王立出席开幕式并致辞。");
        for p in ["卡里莫夫", "马留申科", "王立"] {
            assert!(holds(&f, p, "spoke_at", "第九届东岭合作论坛"), "{p}: {f:?}");
        }
        // (a second clause on a topic: 出席会议,就…做了发言)
        let f = facts_of("第九届东岭合作论坛开幕。西河投资局局长马留申科应邀到会,就两国贸易问题做了发言。");
        assert!(holds(&f, "马留申科", "spoke_at", "第九届东岭合作论坛"), "{f:?}");
        let f = facts_of("第九届东岭合作论坛开幕。东岭前总理卡里莫夫,西河前总统马留申科出席,南川研究所所长王立致辞。");
        assert!(!holds(&f, "卡里莫夫", "spoke_at", "第九届东岭合作论坛"), "{f:?}");
    }

    #[test]
    fn hosts_described_by_where_they_are_from_and_a_campus_in_its_city() {
        let f = facts_of("由东岭研究院和西河大学俄罗斯研究中心等国内九家学术机构联合主办的第十九届全国东岭问题研讨会在上海市西河大学东湖校区举办。");
        for o in ["东岭研究院", "西河大学俄罗斯研究中心"] {
            assert!(holds(&f, "第十九届全国东岭问题研讨会", "organizer", o), "{o}: {f:?}");
        }
        assert!(holds(&f, "第十九届全国东岭问题研讨会", "held_at", "西河大学东湖校区"), "{f:?}");
        assert!(holds(&f, "西河大学东湖校区", "located_in", "上海"), "{f:?}");
        // (the city before the campus is no part of the university's name)
        assert!(!f.iter().any(|x| x.0.starts_with("上海市") || x.2.starts_with("上海市")), "{f:?}");
    }

    #[test]
    fn an_event_held_in_a_capital_after_its_country_and_region() {
        let f = facts_of("首届海川发展研讨会在马来西亚东岭州首府南川召开。");
        assert!(holds(&f, "首届海川发展研讨会", "held_at", "南川"), "{f:?}");
        assert!(holds(&f, "南川", "located_in", "东岭州"), "{f:?}");
    }

    #[test]
    fn an_event_held_after_its_name_in_brackets_or_before_it_with_le() {
        let f = facts_of("2025海川大学年会(Haichuan Conference 2025)本月于韩国釜山市召开。");
        assert!(holds(&f, "2025海川大学年会", "held_at", "釜山"), "{f:?}");
        let f = facts_of("40所高校在西宁召开了东岭高端学术研讨会。东岭大学在西安举办了“海川高校合作交流会”。");
        assert!(holds(&f, "东岭高端学术研讨会", "held_at", "西宁"), "{f:?}");
        assert!(holds(&f, "海川高校合作交流会", "held_at", "西安"), "{f:?}");
        // 于 as a time (于10日) holds nothing
        let f = facts_of("东岭论坛于10日闭幕,代表们随后前往西安参观。");
        assert!(!holds(&f, "东岭论坛", "held_at", "西安"), "{f:?}");
    }

    #[test]
    fn the_event_held_in_the_body_and_its_venue_after_a_manner() {
        let f = facts_of("东岭大学新闻\n\n11月12日,由东岭大学与南川研究院联合主办的第六届海川发展研讨会,在东岭大学国际会议中心以线上线下相结合的方式举行。东岭大学校长王立表示,合作成果丰硕。");
        assert!(holds(&f, "第六届海川发展研讨会", "held_at", "东岭大学国际会议中心"), "{f:?}");
        assert!(holds(&f, "第六届海川发展研讨会", "organizer", "南川研究院"), "{f:?}");
        assert!(holds(&f, "王立", "spoke_at", "第六届海川发展研讨会"), "{f:?}");
    }

    #[test]
    fn a_capital_after_its_country_an_event_after_the_verb_and_hosts_of_this_forum() {
        let f = facts_of("6月4日,第四届东岭智库论坛在乌兹别克斯坦首都塔什干举行。此次论坛由东岭研究所、乌兹别克斯坦总统战略与海洋研究所和西河研究中心共同主办,旨在落实2023年东岭元首峰会成果。");
        assert!(holds(&f, "第四届东岭智库论坛", "held_at", "塔什干") && holds(&f, "塔什干", "located_in", "乌兹别克斯坦"), "{f:?}");
        for org in ["东岭研究所", "乌兹别克斯坦总统战略与海洋研究所", "西河研究中心"] {
            assert!(holds(&f, "第四届东岭智库论坛", "organizer", org), "{org}: {f:?}");
            assert!(!holds(&f, "2023年东岭元首峰会", "organizer", org), "{org}: {f:?}");
        }
        let f = facts_of("会议为将于今年6月在吉尔吉斯斯坦首都比什凯克举行第十九次海川元首峰会做准备。");
        assert!(holds(&f, "第十九次海川元首峰会", "held_at", "比什凯克"), "{f:?}");
    }

    #[test]
    fn a_summit_still_to_come_is_not_the_report_s_event() {
        let f = facts_of("海川青岛峰会将于6月举行。5月21日,海川未来发展研讨会在北京举行。东岭研究院与西河大学中亚研究所联合发布了《东岭十七年评估》报告。东岭研究院院长李华在会议上致辞。");
        assert!(holds(&f, "李华", "spoke_at", "海川未来发展研讨会") && !holds(&f, "李华", "spoke_at", "海川青岛峰会"), "{f:?}");
        for org in ["东岭研究院", "西河大学中亚研究所"] {
            assert!(holds(&f, org, "published", "东岭十七年评估"), "{org}: {f:?}");
        }
    }

    #[test]
    fn hosts_listed_before_deng_and_a_count_organised_the_event_after_them() {
        let f = facts_of("东岭大学与西河大学等联合举办的“海洋与未来”国际学术研讨会昨天闭幕。");
        assert!(holds(&f, "“海洋与未来”国际学术研讨会", "organizer", "东岭大学") && holds(&f, "“海洋与未来”国际学术研讨会", "organizer", "西河大学"), "{f:?}");
        let f = facts_of("东岭大学、西河大学等三家单位共同举办南川海洋论坛。");
        assert!(holds(&f, "南川海洋论坛", "organizer", "西河大学"), "{f:?}");
        // representatives of bodies who attend organise nothing
        let f = facts_of("东岭大学等高校的代表出席了南川海洋论坛。");
        assert!(!f.iter().any(|x| x.1 == "organizer"), "{f:?}");
    }

    #[test]
    fn words_given_at_a_briefing_or_in_an_interview_were_not_said_at_the_event() {
        let text = "第三届东岭合作论坛新闻中心17日举行吹风会。\n\n东岭省人民政府副省长李华在吹风会上说,论坛将为合作开启新篇章。\n\n李华介绍,各项工作已准备就绪。\n\n东岭日报刊出对大使王明的采访,王明表示,论坛将形成宣言。\n\n西河大学校长周立群表示,合作前景广阔。";
        let f = facts_of(text);
        assert!(!holds(&f, "李华", "spoke_at", "第三届东岭合作论坛") && !holds(&f, "王明", "spoke_at", "第三届东岭合作论坛"), "{f:?}");
        // someone quoted with no other occasion still speaks at the report's event
        assert!(holds(&f, "周立群", "spoke_at", "第三届东岭合作论坛"), "{f:?}");
    }

    #[test]
    fn a_guest_who_attends_and_then_speaks_for_the_school_spoke() {
        let f = facts_of("5月19日,“东岭合作成果与展望”研讨会在西安召开。我校副校长周立群应邀出席会议并代表学校发言。");
        assert!(holds(&f, "周立群", "spoke_at", "“东岭合作成果与展望”研讨会"), "{f:?}");
        // a reporter in a dateline says nothing after the bracket closes
        let f = facts_of("(东岭社记者李华台北15日电)外交部今天表示,东岭合作论坛明天举行开幕仪式。");
        assert!(!holds(&f, "李华", "spoke_at", "东岭合作论坛"), "{f:?}");
    }

    #[test]
    fn a_meeting_of_ministers_in_a_city_venue() {
        let f = facts_of("东岭社北京6月19日电 东岭国家外长会晤19日在北京南川宾馆举行。外交部长王明在开幕式上致辞。");
        assert!(holds(&f, "东岭国家外长会晤", "held_at", "北京南川宾馆"), "{f:?}");
        assert!(holds(&f, "北京南川宾馆", "located_in", "北京"), "{f:?}");
        assert!(holds(&f, "王明", "spoke_at", "东岭国家外长会晤"), "{f:?}");
    }

    #[test]
    fn a_forum_held_at_a_venue_located_in_a_district_after_its_province() {
        let f = facts_of("首届东岭农业论坛在位于陕西杨凌的西河农业大学举行。");
        assert!(holds(&f, "首届东岭农业论坛", "held_at", "杨凌"), "{f:?}");
        assert!(holds(&f, "杨凌", "located_in", "陕西") && holds(&f, "西河农业大学", "located_in", "杨凌"), "{f:?}");
        // no district the lexicon does not know without 位于 before the province
        let f = facts_of("陕西岭川的西河农业大学主办论坛。");
        assert!(!f.iter().any(|x| x.2 == "岭川" || x.0 == "岭川"), "{f:?}");
    }

    #[test]
    fn hosts_that_held_together_a_forum_opened_then_held_and_a_speech_at_a_named_sub_forum() {
        let f = facts_of("由北京市政府及东岭贸易局合办的第五届「东岭高峰论坛」正式揭幕,一连两日假东湾北京国际会议中心举行。");
        for host in ["北京市政府", "东岭贸易局"] {
            assert!(holds(&f, "第五届东岭高峰论坛", "organizer", host), "{host}: {f:?}");
        }
        assert!(holds(&f, "第五届东岭高峰论坛", "held_at", "北京国际会议中心"), "{f:?}");
        // opened, then something else: no venue of the forum
        let f = facts_of("东岭高峰论坛正式揭幕,代表团随后在西河会议中心举行会谈。");
        assert!(!holds(&f, "东岭高峰论坛", "held_at", "西河会议中心"), "{f:?}");
        let f = facts_of("东岭大学校长李华出席东岭合作峰会。李华在“海川对话”分论坛致辞,介绍合作成果。");
        assert!(f.iter().any(|r| r.0 == "李华" && r.1 == "spoke_at" && r.2.contains("海川对话")), "{f:?}");
    }

    #[test]
    fn a_body_opening_the_sentence_holds_the_event_named_after_juxing() {
        let f = facts_of("东岭大学(东大)於今日(4月23日)举行「西河研究部成立典礼」,答谢各界。");
        assert!(holds(&f, "西河研究部成立典礼", "organizer", "东岭大学"), "{f:?}");
        // a venue is no host
        let f = facts_of("东岭论坛在西河大学举行。");
        assert!(!f.iter().any(|r| r.1 == "organizer"), "{f:?}");
    }

    #[test]
    fn hosts_who_first_proposed_a_forum_and_guests_a_forum_brought_along() {
        let f = facts_of("由东岭大学、西河国立大学首倡发起并联合主办的首届“东岭高等教育论坛”在南川举办。");
        for host in ["东岭大学", "西河国立大学"] {
            assert!(holds(&f, "首届东岭高等教育论坛", "organizer", host), "{host}: {f:?}");
        }
        // (the meeting the visitors came for is not where they spoke)
        let f = facts_of("7月10日,来华参加东岭数字论坛活动的西河大学代表访问南川大学。会谈中,西河大学校长李华说,希望深化合作。");
        assert!(!f.iter().any(|r| r.1 == "spoke_at"), "{f:?}");
    }

    #[test]
    fn the_report_s_meeting_named_by_its_kind_before_a_time_word_and_a_series_first_meeting() {
        let f = facts_of("东岭中心举办“海川论坛”系列首场论坛。论坛今日于东岭大学礼堂举行。");
        assert!(holds(&f, "海川论坛", "held_at", "东岭大学礼堂"), "{f:?}");
    }

    #[test]
    fn a_meeting_entrusted_to_a_host_is_no_event_the_report_tells_of() {
        let text = "东岭大学区域研究中心成立于2011年3月,是国内首家研究区域合作的科研机构。\n“区域合作前景广阔。”东岭大学区域研究中心主任李华表示。国家还把2017年东岭智库论坛交给东岭大学举办。";
        let f = facts_of(text);
        assert!(!f.iter().any(|r| r.1 == "spoke_at"), "{f:?}");
        // held there, the meeting is the report's
        let f = facts_of("2017年东岭智库论坛在东岭大学举办。东岭大学区域研究中心主任李华表示,区域合作前景广阔。");
        assert!(holds(&f, "李华", "spoke_at", "2017年东岭智库论坛"), "{f:?}");
    }

    #[test]
    fn signing_or_exchanging_texts_at_a_forum_is_no_speech_there() {
        for act in ["签订合作协议", "互换协议文本"] {
            let f = facts_of(&format!("2024东岭合作论坛在北京举行。论坛上,东岭大学校长李华与西河大学校长王明{act}。"));
            assert!(holds(&f, "王明", "position", "西河大学"), "{act}: {f:?}");
            assert!(!f.iter().any(|x| x.1 == "spoke_at"), "{act}: {f:?}");
        }
        let f = facts_of("2024东岭合作论坛在北京举行。论坛上,东岭大学校长李华表示,合作前景广阔。");
        assert!(holds(&f, "李华", "spoke_at", "2024东岭合作论坛"), "{f:?}");
    }

    #[test]
    fn a_host_after_the_time_holds_every_event_it_lists() {
        let f = facts_of("11月28日上午,东岭研究中心举行首届学术委员会聘任仪式及2018年东岭形势研讨会。");
        for ev in ["首届学术委员会聘任仪式", "2018年东岭形势研讨会"] {
            assert!(holds(&f, ev, "organizer", "东岭研究中心"), "{ev}: {f:?}");
        }
        // (a clause of its own before the host: 会议指出,… is no time)
        let f = facts_of("会议指出,东岭研究中心举行的研讨会很成功。");
        assert!(!f.iter().any(|x| x.1 == "organizer"), "{f:?}");
    }

    #[test]
    fn hosts_before_the_venue_they_hold_an_event_at() {
        let f = facts_of("中国东岭研究中心与西河培训基地12月2-3日在北湖学院联合举办东岭年度研讨会-东岭高端论坛2020。");
        for host in ["中国东岭研究中心", "西河培训基地"] {
            assert!(holds(&f, "东岭年度研讨会-东岭高端论坛2020", "organizer", host), "{host}: {f:?}");
        }
        assert!(!holds(&f, "东岭年度研讨会-东岭高端论坛2020", "organizer", "北湖学院"), "{f:?}");
        // (a venue with no hosts before it still hosts: 北湖学院举办…)
        let f = facts_of("北湖学院举办2020东岭高端论坛。");
        assert!(holds(&f, "2020东岭高端论坛", "organizer", "北湖学院"), "{f:?}");
    }

    #[test]
    fn hosts_listed_past_a_bracket_defining_a_short_form_on_a_line_of_its_own() {
        let text = "海口东岭理事长在欢迎晚宴上致辞\n6月21-22日,由东岭智库联合西河大学国际关系学院、南川国际中心\n(Nanchuan International Center,以下简称NIC)\n共同主办的“东岭的作用”论坛在北京举办。\n6月20日晚,学者齐聚。";
        let f = facts_of(text);
        for o in ["东岭智库", "西河大学国际关系学院", "南川国际中心"] {
            assert!(holds(&f, "“东岭的作用”论坛", "organizer", o), "{o} {f:?}");
        }
        // (a bracket that defines nothing still closes its line)
        let f = facts_of("由东岭智库联合南川国际中心\n(图为会场)\n共同主办的“东岭的作用”论坛在北京举办。");
        assert!(!holds(&f, "“东岭的作用”论坛", "organizer", "南川国际中心"), "{f:?}");
    }

    #[test]
    fn a_meeting_listed_among_the_hosts_is_not_the_one_they_hold() {
        let text = "5月13日,由东岭中心牵头主办的“海川发展”研讨会在东岭大学举行。会议由东岭中心联合“海川”高质量发展学术论坛、西河研究院、北湖实验室共同主办。";
        let f = facts_of(text);
        assert!(holds(&f, "“海川发展”研讨会", "organizer", "西河研究院") && holds(&f, "“海川发展”研讨会", "organizer", "北湖实验室"), "{f:?}");
        assert!(!f.iter().any(|r| r.0.contains("学术论坛") && r.1 == "organizer"), "{f:?}");
        // (a meeting the hosts' clause names before them, with no list mark, is the one they hold)
        let f = facts_of("“海川发展”研讨会由西河研究院、北湖实验室共同主办。");
        assert!(holds(&f, "“海川发展”研讨会", "organizer", "西河研究院"), "{f:?}");
    }

    #[test]
    fn a_meeting_whose_holding_is_told_as_a_noun_is_recalled_not_reported() {
        let f = facts_of("东岭会展联盟于10月17日在杭州成立。会长李华宣读倡议书。2010年南川博览会的成功举办,对会展业意义巨大。");
        assert!(!f.iter().any(|r| r.2 == "2010年南川博览会" && matches!(r.1, "spoke_at" | "established_at")), "{f:?}");
    }

    #[test]
    fn a_meeting_a_guest_went_to_attend_its_year_after_its_alliance_and_a_part_without_de() {
        let f = facts_of("我校副校长李华赴甘肃敦煌出席了“东岭”高校联盟2017年大学校长论坛,并发表主题演讲。“东岭”高校联盟2017年大学校长论坛是第二届海川国际文化博览会重要组成部分。");
        let forum = "“东岭”高校联盟2017年大学校长论坛";
        assert!(holds(&f, forum, "held_at", "敦煌"), "{f:?}");
        assert!(holds(&f, forum, "part_of", "第二届海川国际文化博览会"), "{f:?}");
        // going to a place is not attending a meeting there
        let f = facts_of("李华赴敦煌考察,此前出席了第二届海川国际文化博览会。");
        assert!(!f.iter().any(|r| r.1 == "held_at" && r.2 == "敦煌"), "{f:?}");
    }

    #[test]
    fn one_forum_of_a_fair_s_series_is_part_of_the_fair() {
        let f = facts_of("新华网南宁9月17日电(记者李华)第九届东岭博览会系列论坛之一——2012东岭智库论坛,17日在南宁市举办。");
        assert!(holds(&f, "2012东岭智库论坛", "part_of", "第九届东岭博览会"), "{f:?}");
        assert!(!f.iter().any(|r| r.0.contains("系列论坛") || r.2.contains("系列论坛")), "{f:?}");
    }

    #[test]
    fn this_summit_named_by_its_head_is_the_one_its_hosts_and_speakers_are_at() {
        let f = facts_of("7月4日,东岭委员会第十七次会议在莫斯科举行。7月5日,东岭大学校长峰会在西河大学举行,此次峰会由东岭教育部主办,南川大学、北湖协会共同承办,东岭国务院副总理李华出席并发表主旨演讲。");
        for o in ["南川大学", "北湖协会"] {
            assert!(holds(&f, "东岭大学校长峰会", "organizer", o), "{o}: {f:?}");
        }
        assert!(holds(&f, "李华", "spoke_at", "东岭大学校长峰会") && !holds(&f, "李华", "spoke_at", "东岭委员会第十七次会议"), "{f:?}");
    }

    #[test]
    fn a_meeting_series_founded_by_agreement_is_held_in_turn_and_not_the_signing() {
        let text = "6月30日,东岭大学战略研究院与西河大学研究中心联合创办“东岭-西河论坛”合作备忘录的签署仪式在逸夫楼举行。东岭大学副校长李明出席仪式并致辞。经协商,东岭大学战略研究院和西河大学研究中心决定共同发起创立“东岭-西河论坛”,轮流在上海和釜山举行。";
        let f = facts_of(text);
        for o in ["东岭大学战略研究院", "西河大学研究中心"] {
            assert!(holds(&f, "东岭-西河论坛", "organizer", o), "{o} {f:?}");
        }
        for p in ["上海", "釜山"] {
            assert!(holds(&f, "东岭-西河论坛", "held_at", p), "{p} {f:?}");
        }
        // who speaks at the signing does not speak at the forum it founds
        assert!(!holds(&f, "李明", "spoke_at", "东岭-西河论坛"), "{f:?}");
        // a body that founds a centre named after it founds no meeting
        let f = facts_of("东岭大学创办了西河研究中心。");
        assert!(!f.iter().any(|x| x.1 == "organizer"), "{f:?}");
    }

    #[test]
    fn an_alliance_that_holds_a_ceremony_after_a_word_of_time_organised_it() {
        let f = facts_of("东岭大学联盟今天举办“西河跨校共荣合作典礼”,宣布联盟扩大。");
        assert!(holds(&f, "西河跨校共荣合作典礼", "organizer", "东岭大学联盟"), "{f:?}");
        let f = facts_of("东岭大学27日举办“西河跨校共荣合作典礼”。");
        assert!(holds(&f, "西河跨校共荣合作典礼", "organizer", "东岭大学"), "{f:?}");
        // (the body is not the sentence's subject: no organiser)
        let f = facts_of("他说东岭大学的学生今天举办“西河跨校共荣合作典礼”。");
        assert!(!f.iter().any(|r| r.1 == "organizer"), "{f:?}");
    }
}
