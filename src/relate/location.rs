//! `located_in`: stated locations (位于, 设在) and locations a name carries.

use super::{Doc, Predicate, Relation, Rule, Run, Sent};
use crate::recognize::{EntityType, LexRef};
use crate::resolve::Entity;
use crate::scan::{ends_with_at, starts_with_at};

pub const RULES: &[Rule] = &[
    Rule {
        id: "located_in.located-at",
        predicate: Predicate::LocatedIn,
        pattern: "(总部)位于/设在/地处PLACE的ORG; ORG(总部)位于PLACE",
        example: "总部位于海川的北川数据公司 → in 海川",
        run: Run::Sentence(located_at),
    },
    Rule {
        id: "located_in.place-of-body",
        predicate: Predicate::LocatedIn,
        pattern: "PLACE/COUNTRY的ORG, the body named right after 的; COUNTRY公司LATIN-NAME",
        example: "青岛市的东岭大学主办 → 东岭大学 is in 青岛",
        run: Run::Sentence(place_of_body),
    },
    Rule {
        id: "located_in.set-up-in",
        predicate: Predicate::LocatedIn,
        pattern: "在PLACE设立/设置/建设/兴建ORG, the body right after the verb",
        example: "中方愿在南川设立东岭培训基地 → the base is in 南川",
        run: Run::Sentence(set_up_in),
    },
    Rule {
        id: "located_in.opened-in",
        predicate: Predicate::LocatedIn,
        pattern: "ORG在PLACE(正式)启用/成立/揭牌/落成/开业/挂牌/开馆, the verb closing the clause",
        example: "东岭大学南川分校在南川市正式启用。 → the branch is in 南川",
        run: Run::Sentence(opened_in),
    },
    Rule {
        id: "located_in.name-prefix",
        predicate: Predicate::LocatedIn,
        pattern: "COUNTRY/PLACE at the start of an organisation's name (a chain of places: each in the one before, the body in the last), a country before 分校/国立 inside it, or inside a project's or place's name; a mission's, the place after 驻",
        example: "蒙古国信息技术协会 → in 蒙古国",
        run: Run::Sentence(name_prefix),
    },
    Rule {
        id: "located_in.city-named-apart",
        predicate: Predicate::LocatedIn,
        pattern: "a city or county the lexicon lacks, read on its own (before its offices, in a chain), opening an organisation's name",
        example: "东岭市投资集团 … 东岭市副市长 → the group is in 东岭市",
        run: Run::Article(city_named_apart),
    },
    Rule {
        id: "located_in.country-then-place",
        predicate: Predicate::LocatedIn,
        pattern: "COUNTRY (前)(首都) PLACE written together",
        example: "哈萨克斯坦阿拉木图 → 阿拉木图 is in 哈萨克斯坦",
        run: Run::Sentence(country_then_place),
    },
];

/// 位于乌鲁木齐的 / 总部设在北京的: a location clause before the next item of a list.
pub fn is_located_modifier(s: &str) -> bool {
    let Some(rest) = ["总部位于", "总部设在", "位于", "地处"].into_iter().find_map(|w| s.strip_prefix(w)) else { return false };
    rest.ends_with('的') && (2..=9).contains(&rest.chars().count()) && !rest.contains(['、', ',', '。', ';'])
}

fn located_at(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for pi in doc.in_sentence(s.si, &[EntityType::Place]) {
        let p = &doc.mentions[pi];
        // (位于魔都上海: a two-character epithet of the place may stand between)
        let epithet = (0..=2).find(|&n| p.start >= s.start + n && chars[p.start - n..p.start].iter().all(|&c| crate::scan::is_cjk(c)) && ["位于", "设在", "地处"].iter().any(|w| ends_with_at(chars, p.start - n, s.start, w)) && !doc.mentions.iter().any(|m| m.start < p.start && m.end > p.start - n));
        let Some(n) = epithet else { continue };
        let verb_start = p.start - n - 2;
        let verb_start = if ends_with_at(chars, verb_start, s.start, "总部") { verb_start - 2 } else { verb_start };
        let org_after = (chars.get(p.end) == Some(&'的')).then(|| s.institutions.iter().copied().find(|&o| doc.mentions[o].start == p.end + 1)).flatten();
        let org_before = s.institutions.iter().copied().find(|&o| doc.mentions[o].end == verb_start);
        let Some(o) = org_after.or(org_before).or_else(|| subject_by_its_head(doc, s, verb_start)) else { continue };
        // (A、B位于X: every item of the subject's list is there)
        let listed = org_after.is_none() && org_before.is_some();
        let subjects = listed.then(|| doc.last_run_before(&s.institutions, verb_start)).flatten().map_or(vec![o], |(run, _)| run);
        for item in subjects {
            out.push(Relation::new(doc.ent(item), Predicate::LocatedIn, doc.ent(pi), s.si, "located_in.located-at"));
        }
    }
}

/// 东岭中心是…组织,中心总部设在北京: the bare head after a comma refers back to the body the
/// sentence opened with.
fn subject_by_its_head(doc: &Doc, s: &Sent, verb_start: usize) -> Option<usize> {
    let chars = doc.chars();
    let head = ["中心", "研究院", "学院", "大学", "联盟", "协会", "基金会", "组织"].into_iter().find(|w| ends_with_at(chars, verb_start, s.start, w))?;
    let head_start = verb_start - head.chars().count();
    if head_start <= s.start || !matches!(chars[head_start - 1], ',' | ';') {
        return None;
    }
    let first = s.institutions.iter().copied().filter(|&o| doc.mentions[o].end <= head_start).min_by_key(|&o| doc.mentions[o].start)?;
    let m = &doc.mentions[first];
    // (据悉,东岭中心是…: a short lead-in before the subject)
    let opens = m.start == s.start || m.start <= s.start + 4 && chars[m.start - 1] == ',';
    (opens && ends_with_at(chars, m.end, m.start, head)).then_some(first)
}

fn place_of_body(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for pi in doc.in_sentence(s.si, &[EntityType::Place, EntityType::Country]) {
        let p = &doc.mentions[pi];
        // (葡萄牙公司Bayford: the country and the kind before a company's Latin name)
        let kind = ["的", "公司", "企业"].iter().find(|w| crate::scan::starts_with_at(chars, p.end, s.end, w)).map(|w| w.chars().count());
        let Some(kind) = kind.filter(|&n| n == 1 || doc.mentions.iter().any(|m| m.start == p.end + n && m.rule == "org.latin-name-after-kind")) else { continue };
        if let Some(o) = s.institutions.iter().copied().find(|&o| doc.mentions[o].start == p.end + kind && doc.mentions[o].ty == EntityType::Organization) {
            out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(pi), s.si, "located_in.place-of-body"));
        }
    }
}

/// Verbs by which a body opens where it stands (not what it does there: 在北京成立联盟).
const OPENING_VERBS: &[&str] = &["启用", "成立", "揭牌", "落成", "开业", "挂牌", "开馆", "开园"];

/// The places and countries of the sentence written right after 在.
fn places_after_zai(doc: &Doc, s: &Sent) -> Vec<usize> {
    let chars = doc.chars();
    doc.in_sentence(s.si, &[EntityType::Place, EntityType::Country]).into_iter().filter(|&pi| doc.mentions[pi].start > s.start && chars[doc.mentions[pi].start - 1] == '在').collect()
}

fn opened_in(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for first in places_after_zai(doc, s) {
        let zai = doc.mentions[first].start - 1;
        // (在美国东岭正式成立: the place after the country is where)
        let pi = doc.in_sentence(s.si, &[EntityType::Place]).into_iter().find(|&q| doc.mentions[first].ty == EntityType::Country && doc.mentions[q].start == doc.mentions[first].end).unwrap_or(first);
        let p = &doc.mentions[pi];
        // (「东岭研究所」(Lotus Institute,简称LI)9月14日在…: past the quote, its bracket and a date)
        let Some(o) = s.institutions.iter().copied().find(|&o| doc.mentions[o].ty == EntityType::Organization && doc.mentions[o].end <= zai && only_note_between(chars, doc.mentions[o].end, zai)) else { continue };
        let mut k = p.end;
        for w in ["市", "正式", "举行", "隆重"] {
            if starts_with_at(chars, k, s.end, w) {
                k += w.chars().count();
            }
        }
        let Some(v) = OPENING_VERBS.iter().find(|v| starts_with_at(chars, k, s.end, v)) else { continue };
        let after = k + v.chars().count();
        let after = if chars.get(after) == Some(&'了') { after + 1 } else { after };
        if after >= s.end || matches!(chars[after], ',' | '。' | ';' | '!') {
            out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(pi), s.si, "located_in.opened-in"));
        }
    }
}

/// Whether only a closing quote, a bracketed note and a date stand from `a` to `b`.
fn only_note_between(chars: &[char], a: usize, b: usize) -> bool {
    static NOTE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = NOTE.get_or_init(|| regex::Regex::new(r"^”?(?:\([^()]{0,60}\))?(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?$").expect("a valid pattern"));
    b >= a && re.is_match(&chars[a..b].iter().collect::<String>())
}

/// Verbs by which a place is given a standing body (在南川设立东岭基地); not 成立 or 建立,
/// which also found alliances and ties wherever their founders meet.
const SET_UP_VERBS: &[&str] = &["设立", "设置", "建设", "兴建"];

fn set_up_in(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for pi in places_after_zai(doc, s) {
        let p = &doc.mentions[pi];
        let Some(v) = SET_UP_VERBS.iter().find(|v| starts_with_at(chars, p.end, s.end, v)) else { continue };
        let body_at = p.end + v.chars().count();
        if let Some(&o) = s.institutions.iter().find(|&&o| doc.mentions[o].start == body_at && doc.mentions[o].ty == EntityType::Organization) {
            out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, doc.ent(pi), s.si, "located_in.set-up-in"));
        }
    }
}

fn name_prefix(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for &mi in &s.here {
        let m = &doc.mentions[mi];
        let short_lexicon_org = m.rule == "org.lexicon" && m.lex.is_some() && m.surface.chars().count() <= 2;
        // (万象省 is the province around the city 万象, not in it: a division says where it is by its chain)
        let division = m.rule == "place.division-in-chain";
        if !matches!(m.ty, EntityType::Organization | EntityType::Project | EntityType::Place) || short_lexicon_org || division {
            continue;
        }
        let ty = m.ty;
        // (东岭驻西河大使馆: a mission is where it is posted, after 驻, as well as of the country
        // its name opens with)
        let posted_at = (ty == EntityType::Organization).then(|| (m.start..m.end).find(|&c| doc.chars()[c] == '驻')).flatten();
        if let Some(zhu) = posted_at {
            mission_posted_at(doc, s, mi, zhu, out);
        }
        places_inside(doc, s, mi, out);
        // (a venue too: 北京东岭宾馆 is in 北京)
        if matches!(ty, EntityType::Organization | EntityType::Place) {
            leading_known_place(doc, s, mi, out);
        }
        if ty == EntityType::Organization {
            country_of_branch(doc, s, mi, out);
            country_before_title(doc, s, mi, out);
            country_before_known_body(doc, s, mi, out);
        }
    }
}

/// 中国科技部: a country written right before a body the lexicon knows by a short form is
/// where that body is (the country stays outside the lexicon's span).
fn country_before_known_body(doc: &mut Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) {
    let m = &doc.mentions[mi];
    // (中国国务院侨办: a known body named inside a longer name is that body's parent, and the
    // country opens the longer name)
    let inside_longer = s.here.iter().any(|&k| k != mi && doc.mentions[k].ty == EntityType::Organization && doc.mentions[k].start <= m.start && doc.mentions[k].end > m.end);
    if m.rule != "org.lexicon" || inside_longer {
        return;
    }
    let Some(ci) = doc.tokens[s.si].ending_at(m.start).and_then(|t| t.country()) else { return };
    // (only a government's body: 中国上海合作组织… names an international one after the country)
    let Some(LexRef::Org(oi)) = m.lex else { return };
    let org = &doc.lex.orgs[oi];
    if org.kind != crate::lexicon::OrgKind::Government || org.country.is_some_and(|c| c != ci) {
        return;
    }
    let ce = ensure_country(doc, ci);
    out.push(Relation::new(doc.ent(mi), Predicate::LocatedIn, ce, s.si, "located_in.country-before-known-body"));
}

/// 东岭市投资集团 and, elsewhere, 东岭市副市长: a city the lexicon lacks opens the body's name
/// the way a known city opens a name the lexicon reads, so the body is there.
fn city_named_apart(doc: &mut Doc, out: &mut Vec<Relation>) {
    let places: Vec<(usize, String)> = doc.mentions.iter().enumerate().filter(|(_, m)| m.ty == EntityType::Place && m.lex.is_none() && m.label.chars().count() >= 3 && m.label.ends_with(['市', '县', '州'])).map(|(mi, m)| (doc.ent(mi), m.label.clone())).collect();
    for (mi, m) in doc.mentions.iter().enumerate().filter(|(_, m)| m.ty == EntityType::Organization) {
        if let Some((pe, _)) = places.iter().find(|(_, l)| m.label.starts_with(l.as_str()) && m.label.len() > l.len()) {
            out.push(Relation::new(doc.ent(mi), Predicate::LocatedIn, *pe, m.sentence, "located_in.city-named-apart"));
        }
    }
}

/// 南非《东岭》杂志: a country right before a periodical's title marks is where it appears.
fn country_before_title(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) {
    let m = &doc.mentions[mi];
    if m.rule != "org.periodical-in-title-marks" || m.start == 0 || doc.chars()[m.start - 1] != '《' {
        return;
    }
    if let Some(&c) = s.here.iter().find(|&&k| doc.mentions[k].ty == EntityType::Country && doc.mentions[k].end == m.start - 1) {
        out.push(Relation::new(doc.ent(mi), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.name-prefix"));
    }
}

/// Countries and places inside the name: at its start for an organisation (哈萨克斯坦阿拉木图市…
/// counts a place right after a leading country as the start too), anywhere for a project or
/// a place.
fn places_inside(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) {
    let m = &doc.mentions[mi];
    let inner: Vec<usize> = s
        .here
        .iter()
        .copied()
        .filter(|&k| k != mi && doc.mentions[k].start >= m.start && doc.mentions[k].end <= m.end && matches!(doc.mentions[k].ty, EntityType::Country | EntityType::Place))
        .collect();
    for &k in &inner {
        let km = &doc.mentions[k];
        // 东岭大学哈萨克斯坦研究中心, 俄罗斯研究所: the country a body studies, not where it is
        // (蒙古东北亚研究中心, 土耳其西亚学院: a country then world regions name a field of study)
        const REGIONS: &[&str] = &["中亚", "东欧", "东亚", "东北亚", "东南亚", "南亚", "西亚", "欧亚", "中东", "北非", "拉美", "独联体"];
        // (not a university named so: 乌兹别克斯坦中亚大学 is in Uzbekistan)
        // (nor a national society: 中国东岭学会 is China's society of the field)
        let society = ["学会", "协会", "研究会", "联合会"].iter().any(|h| m.label.ends_with(h));
        let regions_after = REGIONS.iter().any(|r| starts_with_at(doc.chars(), km.end, m.end, r)) && !m.label.ends_with("大学") && !society;
        // (瑞典研究发展学会: research and development, no country studied)
        let studied = starts_with_at(doc.chars(), km.end, m.end, "研究") && m.end - km.end <= 5;
        if m.ty == EntityType::Organization && (studied || km.ty == EntityType::Country && regions_after) {
            continue;
        }
        // 中国-中亚机制秘书处, 中国—东盟中心: a pair of parties, not where the body is
        if matches!(doc.chars().get(km.end), Some('-' | '—' | '–' | '－')) {
            continue;
        }
        let at_start = km.start == m.start || km.ty == EntityType::Place && inner.iter().any(|&j| doc.mentions[j].end == km.start && doc.mentions[j].start == m.start);
        // 福建省东岭市南川大学: the university is in the city, the city in the province
        let next_place = inner.iter().copied().find(|&j| doc.mentions[j].start == km.end && doc.mentions[j].ty == EntityType::Place);
        if let Some(j) = next_place.filter(|_| at_start && m.ty == EntityType::Organization && km.ty == EntityType::Place) {
            out.push(Relation::new(doc.ent(j), Predicate::LocatedIn, doc.ent(k), s.si, "located_in.name-prefix"));
            continue;
        }
        let take = m.ty != EntityType::Organization || at_start;
        if take && doc.ent(k) != doc.ent(mi) {
            out.push(Relation::new(doc.ent(mi), Predicate::LocatedIn, doc.ent(k), s.si, "located_in.name-prefix"));
        }
    }
}

/// 东岭驻西河大使馆: the country (or place) written after 驻 inside a mission's name, at `zhu`,
/// when the article names it elsewhere too.
fn mission_posted_at(doc: &Doc, s: &Sent, mi: usize, zhu: usize, out: &mut Vec<Relation>) {
    let Some(t) = doc.tokens[s.si].starting_at(zhu + 1).copied() else { return };
    // (only one the article names alone too: no country is made up from inside a name)
    let target = match (t.country(), t.place()) {
        (Some(ci), _) => doc.entity_of_lex(LexRef::Country(ci)),
        (None, Some(pi)) => doc.entity_of_lex(LexRef::Place(pi)),
        _ => None,
    };
    if let Some(pe) = target.filter(|&pe| pe != doc.ent(mi)) {
        out.push(Relation::new(doc.ent(mi), Predicate::LocatedIn, pe, s.si, "located_in.name-prefix"));
    }
}

/// 东岭大学哈萨克斯坦分校, 阿里·法拉比哈萨克斯坦国立大学: a branch or a state university named
/// by its country, inside the name.
fn country_of_branch(doc: &mut Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) {
    let (start, end) = (doc.mentions[mi].start, doc.mentions[mi].end);
    let chars = doc.chars();
    let found = doc.tokens[s.si].within(start + 1, end).find_map(|t| t.country().filter(|_| ["分校", "分院", "国立"].iter().any(|w| starts_with_at(chars, t.end, end, w))));
    if let Some(ci) = found {
        let ce = ensure_country(doc, ci);
        out.push(Relation::new(doc.ent(mi), Predicate::LocatedIn, ce, s.si, "located_in.name-prefix"));
    }
}

/// 陕西省社会科学院: a leading place the article names elsewhere; 中国电信: a leading country
/// inside a well-known name.
fn leading_known_place(doc: &mut Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) {
    let Some(t) = doc.tokens[s.si].starting_at(doc.mentions[mi].start).copied() else { return };
    let chained = doc.tokens[s.si].starting_at(t.end).is_some_and(|n| n.place().is_some() && n.end < doc.mentions[mi].end);
    // (东岭州政府: a region named after its city with 州 is not the city)
    let region_of_city = doc.chars().get(t.end) == Some(&'州') && t.end + 1 < doc.mentions[mi].end && doc.tokens[s.si].covering(t.end).is_none();
    let chained = chained || region_of_city;
    if let Some(pi) = t.place().filter(|_| !chained) {
        // (山西省东岭发展协会: a place written with its level opens the name, and is named by it
        // even where the article never writes it alone; 山西大学 names the university only)
        let surface: String = doc.chars()[t.start..t.end].iter().collect();
        let with_level = surface.chars().count() >= 3 && ["省", "市", "自治区"].iter().any(|l| surface.ends_with(l)) && doc.mentions[mi].ty == EntityType::Organization;
        let known = doc.entity_of_lex(LexRef::Place(pi)).or_else(|| with_level.then(|| ensure_place(doc, pi, surface)));
        if let Some(pe) = known.filter(|&pe| pe != doc.ent(mi)) {
            out.push(Relation::new(doc.ent(mi), Predicate::LocatedIn, pe, s.si, "located_in.name-prefix"));
        }
    }
    if t.known_org().is_some() {
        let surface: String = doc.chars()[t.start..t.end].iter().collect();
        if let Some(ci) = doc.lex.countries.iter().position(|c| surface.starts_with(c.name.as_str()) && surface.len() > c.name.len()) {
            let ce = ensure_country(doc, ci);
            out.push(Relation::new(doc.ent(mi), Predicate::LocatedIn, ce, s.si, "located_in.name-prefix"));
        }
    }
}

fn country_then_place(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let cps = doc.in_sentence(s.si, &[EntityType::Country, EntityType::Place]);
    // 哈萨克斯坦首都阿斯塔纳, 哈萨克斯坦前首都阿拉木图: its (former) capital after the country
    let capital_between = |e: usize, st: usize| {
        let from = if chars.get(e) == Some(&'前') { e + 1 } else { e };
        from + 2 == st && crate::recognize::is_capital_word(chars, from)
    };
    // (韩国友城东岭市: the country's sister city)
    let sister_between = |e: usize, st: usize| ["友城", "友好城市", "姊妹城市"].iter().any(|w| e + w.chars().count() == st && crate::scan::starts_with_at(chars, e, st, w));
    for &k in s.here.iter().filter(|&&k| doc.mentions[k].ty == EntityType::Place) {
        let km = &doc.mentions[k];
        // (位于陕西杨凌的…: a district read after its province is in it)
        // (云南省玉溪市元江县: a division read in a chain is in the place before it)
        let district = matches!(km.rule, "place.district-after-place" | "place.division-in-chain");
        if let Some(&c) = cps.iter().find(|&&c| (doc.mentions[c].ty == EntityType::Country || district || city_after_its_province(doc, c, k)) && (doc.mentions[c].end == km.start || capital_between(doc.mentions[c].end, km.start) || doc.mentions[c].ty == EntityType::Country && sister_between(doc.mentions[c].end, km.start))) {
            out.push(Relation::new(doc.ent(k), Predicate::LocatedIn, doc.ent(c), s.si, "located_in.country-then-place"));
        }
    }
}

/// (陕西杨凌, 浙江杭州: a known city or district read right after a known province of its
/// country is in that province)
fn city_after_its_province(doc: &Doc, province: usize, city: usize) -> bool {
    let place = |k: usize| match doc.mentions[k].lex {
        Some(LexRef::Place(i)) => Some(&doc.lex.places[i]),
        _ => None,
    };
    match (place(province), place(city)) {
        (Some(p), Some(c)) => matches!(p.kind.as_str(), "province" | "region") && matches!(c.kind.as_str(), "city" | "district") && p.country == c.country,
        _ => false,
    }
}

/// The entity of lexicon place `p`, made from `surface` (its name with the level) when the
/// article names it only inside a body's name.
pub fn ensure_place(doc: &mut Doc, p: usize, surface: String) -> usize {
    if let Some(i) = doc.entity_of_lex(LexRef::Place(p)) {
        return i;
    }
    let name = doc.lex.places[p].name.clone();
    // (an English article labels the place with its English name, as the lexicon gives it)
    let label = if surface.is_ascii() { crate::en::names::EnNames::label(doc.lex, LexRef::Place(p)) } else { name.clone() };
    let aliases = if surface == label { Default::default() } else { std::iter::once(surface).collect() };
    add_unmentioned(doc, EntityType::Place, name, label, aliases, LexRef::Place(p), "named only with its level at the head of a body's name (located_in.name-prefix)")
}

/// The entity of lexicon country `c`, added when the article names it only inside a
/// compound (中乌) or a well-known name.
pub fn ensure_country(doc: &mut Doc, c: usize) -> usize {
    if let Some(i) = doc.entity_of_lex(LexRef::Country(c)) {
        return i;
    }
    let name = doc.lex.countries[c].name.clone();
    // (an English article labels the country with its English name: Malaysian … → Malaysia)
    let label = if written_in_latin(doc) { crate::en::names::EnNames::label(doc.lex, LexRef::Country(c)) } else { name.clone() };
    add_unmentioned(doc, EntityType::Country, name, label, Default::default(), LexRef::Country(c), "named only in a compound (中乌) or by its demonym (participant.country-compound, located_in.en-name-prefix)")
}

/// Whether the article's opening is written mostly in Latin letters (an English article).
fn written_in_latin(doc: &Doc) -> bool {
    let head: Vec<char> = doc.chars().iter().copied().filter(|c| c.is_alphanumeric()).take(400).collect();
    head.iter().filter(|c| c.is_ascii()).count() * 2 > head.len()
}

/// A lexicon entity the article names with no mention of its own; `why` says where it was read.
fn add_unmentioned(doc: &mut Doc, ty: EntityType, key: String, label: String, aliases: std::collections::BTreeSet<String>, lex: LexRef, why: &str) -> usize {
    doc.entities.push(Entity { ty, key, label, aliases, kind: None, lex: Some(lex), mentions: vec![], merges: vec![why.into()], parent: None });
    doc.entities.len() - 1
}

#[cfg(test)]
mod tests {
    use super::super::{facts_of, holds};

    #[test]
    fn a_place_written_with_its_level_at_the_head_of_a_name_is_where_the_body_is() {
        let f = facts_of("东岭省智库研究协会成立。");
        assert!(f.is_empty(), "no lexicon place: {f:?}");
        let f = facts_of("山西省东岭发展协会成立。");
        assert!(holds(&f, "山西省东岭发展协会", "located_in", "山西"), "{f:?}");
        // (a university named after its province, with no level, names the university only)
        let f = facts_of("山西东岭大学校长李明致辞。");
        assert!(!f.iter().any(|x| x.1 == "located_in"), "{f:?}");
    }

    #[test]
    fn a_country_before_a_known_body_s_short_form_but_not_before_a_longer_name() {
        let f = facts_of("中国科技部与东岭大学签署协议。");
        assert!(holds(&f, "科学技术部", "located_in", "中国"), "{f:?}");
        // (中国国务院侨办: the known body inside a unit's name is its parent; the country opens the unit's name)
        let f = facts_of("中国国务院侨办原副主任王明出席。");
        assert!(!holds(&f, "国务院", "located_in", "中国"), "{f:?}");
        // (an international body the lexicon knows is not in the country written before it)
        let f = facts_of("王明出席中国上海合作组织友好合作会议。");
        assert!(!holds(&f, "上海合作组织", "located_in", "中国"), "{f:?}");
    }

    #[test]
    fn a_body_set_up_in_a_place_and_not_an_alliance_founded_there() {
        let f = facts_of("中方愿在陕西设立东岭农业技术培训示范基地。");
        assert!(holds(&f, "东岭农业技术培训示范基地", "located_in", "陕西"), "{f:?}");
        let f = facts_of("东岭大学与西河大学在北京成立东岭高校联盟。");
        assert!(!f.iter().any(|r| r.1 == "located_in" && r.2 == "北京"), "{f:?}");
    }

    #[test]
    fn a_city_after_its_country_and_the_word_for_its_capital_is_in_that_country() {
        let f = facts_of("李华生于乌兹别克斯坦首都塔什干,后来搬到哈萨克斯坦前首都阿拉木图。");
        assert!(holds(&f, "塔什干", "located_in", "乌兹别克斯坦"), "{f:?}");
        assert!(holds(&f, "阿拉木图", "located_in", "哈萨克斯坦"), "{f:?}");
        // a country and a city apart in the sentence say nothing of each other
        let f = facts_of("哈萨克斯坦代表团访问了北京。");
        assert!(!holds(&f, "北京", "located_in", "哈萨克斯坦"), "{f:?}");
    }

    #[test]
    fn a_bare_head_after_a_comma_places_the_body_the_sentence_opened_with() {
        let f = facts_of("据悉,东岭合作中心是一个政府间国际组织,旨在促进双方合作,中心总部设在北京。");
        assert!(holds(&f, "东岭合作中心", "located_in", "北京"), "{f:?}");
        // a head that is not the opening body's says nothing of it
        let f = facts_of("东岭合作中心是一个国际组织,联盟总部设在北京。");
        assert!(!holds(&f, "东岭合作中心", "located_in", "北京"), "{f:?}");
    }

    #[test]
    fn a_branch_named_by_its_country_opened_in_a_city() {
        let f = facts_of("东岭大学哈萨克斯坦分校在阿拉木图市正式启用。");
        assert!(holds(&f, "东岭大学哈萨克斯坦分校", "located_in", "哈萨克斯坦"), "{f:?}");
        assert!(holds(&f, "东岭大学哈萨克斯坦分校", "located_in", "阿拉木图"), "{f:?}");
        let f = facts_of("论坛由青岛市的东岭大学主办,西河·南川哈萨克斯坦国立大学协办。");
        assert!(holds(&f, "东岭大学", "located_in", "青岛"), "{f:?}");
        assert!(holds(&f, "西河·南川哈萨克斯坦国立大学", "located_in", "哈萨克斯坦"), "{f:?}");
        // what a body founds in a city, and a body it meets there, stand elsewhere
        let f = facts_of("东岭大学在北京成立研究中心。西河大学在上海召开会议。");
        assert!(!holds(&f, "东岭大学", "located_in", "北京") && !holds(&f, "西河大学", "located_in", "上海"), "{f:?}");
    }

    #[test]
    fn a_country_a_body_studies_is_not_where_it_is() {
        let f = facts_of("东岭大学哈萨克斯坦研究中心成立。哈萨克斯坦研究中心与吉尔吉斯斯坦海洋研究所签署协议。");
        assert!(!holds(&f, "东岭大学哈萨克斯坦研究中心", "located_in", "哈萨克斯坦"), "{f:?}");
        assert!(holds(&f, "吉尔吉斯斯坦海洋研究所", "located_in", "吉尔吉斯斯坦"), "{f:?}");
    }

    #[test]
    fn a_body_named_after_a_pair_of_parties_is_not_in_the_first() {
        let f = facts_of("中国-中亚东岭秘书处执行主任李华出席。中国东岭研究院院长王明出席。");
        assert!(!f.iter().any(|x| x.0 == "中国-中亚东岭秘书处" && x.1 == "located_in"), "{f:?}");
        assert!(holds(&f, "中国东岭研究院", "located_in", "中国"), "{f:?}");
    }

    #[test]
    fn a_county_after_its_city_a_city_the_lexicon_lacks_and_a_list_placed_by_an_epithet() {
        // 南川市新县: a county of one character after its city is in that city (a city the
        // lexicon lacks too)
        let f = facts_of("东岭高校联盟在河南省南川市新县成立。");
        assert!(holds(&f, "新县", "located_in", "南川市"), "{f:?}");
        let f = facts_of("东岭高校联盟在河南省信阳市新县成立。");
        assert!(holds(&f, "新县", "located_in", "信阳"), "{f:?}");
        // 东岭市 before its own offices is a city, and a body named after it is there
        let f = facts_of("我校与东岭市投资集团签署协议。东岭市副市长李华为基地揭牌。");
        assert!(holds(&f, "东岭市投资集团", "located_in", "东岭市"), "{f:?}");
        // (a city named only inside the body's name says nothing of where it is)
        let f = facts_of("我校与东岭市投资集团签署协议。");
        assert!(!f.iter().any(|x| x.1 == "located_in"), "{f:?}");
        // A、B位于魔都上海: every body listed is in the place its epithet introduces
        let f = facts_of("东岭大学、西河大学位于魔都上海。");
        assert!(holds(&f, "东岭大学", "located_in", "上海") && holds(&f, "西河大学", "located_in", "上海"), "{f:?}");
    }

    #[test]
    fn a_country_then_world_regions_name_what_a_centre_studies() {
        let f = facts_of("蒙古东北亚研究中心主任李华出席。土耳其西亚学院院长王明出席。");
        assert!(!f.iter().any(|x| x.1 == "located_in"), "{f:?}");
        // (a university named after a region is still where its country says)
        let f = facts_of("乌兹别克斯坦中亚大学校长周立群出席。");
        assert!(holds(&f, "乌兹别克斯坦中亚大学", "located_in", "乌兹别克斯坦"), "{f:?}");
    }

    #[test]
    fn a_body_founded_in_a_place_after_its_bracketed_note_and_date_and_its_headline_name() {
        let text = "东岭新智库北湖研究所 强化合作\n\n首个研究机构“全球北湖研究所”(Lotus Institute,简称LI)9月14日在美国华府正式成立。东岭大学在海口举行校庆,西河研究院在海口成立。";
        let f = facts_of(text);
        assert!(holds(&f, "全球北湖研究所", "located_in", "华盛顿"), "{f:?}");
        assert!(holds(&f, "西河研究院", "located_in", "海口") && !holds(&f, "东岭大学", "located_in", "海口"), "{f:?}");
        // the headline's shorter name is the body named in full
        let x = crate::extract::extract_text(text);
        assert!(!x.entities.iter().any(|e| e.label == "北湖研究所"), "{:?}", x.entities.iter().map(|e| &e.label).collect::<Vec<_>>());
    }

    #[test]
    fn a_company_named_in_latin_after_its_country_and_kind_is_there() {
        let f = facts_of("东岭大学与葡萄牙公司Bayford签署合作协议。");
        assert!(holds(&f, "Bayford", "located_in", "葡萄牙"), "{f:?}");
    }
}
