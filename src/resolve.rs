//! Resolution: group an article's mentions into entities, one per real thing, and record
//! why any two different surface forms were merged.
//!
//! Identity is a key: the entity type plus the name with every well-known organisation
//! written in its canonical form (上合组织 → 上海合作组织). The same key gives the same IRI on
//! every build and in every article. Within an article, shorter forms are merged into the
//! full name they abbreviate when exactly one entity carries that short form:
//! - the name without its country prefix (战略研究所 → 蒙古国战略研究所);
//! - a unit named without its parent (能源研究所 → 某国科学院能源研究所);
//! - an event named without its year (中亚数字丝路论坛 → 2024中亚数字丝路论坛).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::lexicon::{Lexicon, OrgKind, Tag};
use crate::recognize::{EntityType, LexRef, Mention};

#[derive(Debug, Clone)]
pub struct Entity {
    pub ty: EntityType,
    /// Identity key: type-independent canonical name (see module docs).
    pub key: String,
    pub label: String,
    pub aliases: BTreeSet<String>,
    pub kind: Option<OrgKind>,
    pub lex: Option<LexRef>,
    /// Indices into the article's mentions.
    pub mentions: Vec<usize>,
    /// Why other surface forms were merged into this entity.
    pub merges: Vec<String>,
    /// Key of the organisation or event this one is a unit or part of.
    pub parent: Option<String>,
}

/// `ASEAN - China`, `中国—东盟`, `中国——东盟` and `中国-东盟`: a spaced hyphen and dashes between
/// parties written as one hyphen.
fn dashes_as_hyphens(label: &str) -> String {
    label.replace(" - ", "-").replace('—', "-").replace("--", "-")
}

/// Canonical key of a name: well-known organisations in their lexicon form.
pub fn identity_key(lex: &Lexicon, ty: EntityType, label: &str) -> String {
    if matches!(ty, EntityType::Country | EntityType::Place | EntityType::Person) {
        return label.to_owned();
    }
    // (东岭部官员研修学院 and 东岭部官员研修院: a training academy by either word is one body;
    // 东岭大楼奠基仪式 and 东岭大楼奠基典礼: a ceremony by either word is one ceremony)
    const SAME_ENDINGS: &[(EntityType, &str, &str)] = &[(EntityType::Organization, "研修学院", "研修院"), (EntityType::Event, "典礼", "仪式")];
    let unspaced = dashes_as_hyphens(label);
    let unspaced = match SAME_ENDINGS.iter().find_map(|&(t, other, usual)| unspaced.strip_suffix(other).filter(|_| t == ty).map(|stem| format!("{stem}{usual}"))) {
        Some(usual) => usual,
        None => unspaced,
    };
    let label = unspaced.as_str();
    // 上海社科院智库研究中心 and 上海社会科学院智库研究中心 are one body: the usual short form of
    // "academy of social sciences" keys as the full one
    let expanded;
    let label = if label.contains("社科院") && !label.contains("社会科学院") {
        expanded = label.replacen("社科院", "社会科学院", 1);
        expanded.as_str()
    } else {
        label
    };
    // (a department of the CPC Central Committee, … of the Communist Party of China
    // Central Committee, … of the Central Committee of the CPC: the party's usual short form)
    let party;
    let label = if label.contains("Central Committee") {
        party = ["Central Committee of the Communist Party of China", "Communist Party of China Central Committee", "Central Committee of the CPC"].iter().fold(label.to_owned(), |o, long| o.replace(long, "CPC Central Committee"));
        party.as_str()
    } else {
        label
    };
    // (塔吉克斯坦共和国总统下属X and 塔吉克斯坦总统下属X: a body's leading country in its long
    // form or its usual one alike)
    let usual;
    let leading_country = (ty == EntityType::Organization).then(|| lex.tokens(label)).into_iter().flatten().filter(|(s, _, _)| *s == 0).filter_map(|(_, e, tags)| tags.iter().find_map(|t| if let Tag::Country(i) = t { Some((e, *i)) } else { None })).max_by_key(|&(e, _)| e);
    let label = match leading_country {
        Some((e, i)) if label[..e] != lex.countries[i].name && e < label.len() => {
            usual = format!("{}{}", lex.countries[i].name, &label[e..]);
            usual.as_str()
        }
        _ => label,
    };
    let mut out = String::with_capacity(label.len());
    let mut last = 0;
    for (s, e, tags) in lex.tokens(label) {
        if let Some(Tag::KnownOrg(i)) = tags.iter().find(|t| matches!(t, Tag::KnownOrg(_))) {
            out.push_str(&label[last..s]);
            out.push_str(&lex.orgs[*i].name);
            last = e;
        }
    }
    out.push_str(&label[last..]);
    // (2025“丝路”论坛 and 2025‘丝路’论坛: a headline and the text quote inside a name alike;
    // the Institute of the Bay University and of Bay University: `the` after `of` alike)
    // (the Asian Universities Alliance, later the Asian University Alliance: a writer's number)
    // (中国——东岭论坛 and 中国—东岭论坛: a doubled dash between two names is the writer's)
    // (the "Coastal" University Alliance and the “Coastal” University Alliance: straight or curly
    // quotes alike)
    let out = out.replace('‘', "“").replace('’', "”").replace(" of the ", " of ").replace("——", "—");
    let out = if out.contains('"') { straight_quotes_curled(&out) } else { out };
    // (the Lotus-Bay University and the Lotus Bay University: a hyphen between two
    // capitalised words of an English name is the writer's)
    let out = if out.is_ascii() { hyphen_as_space(&out) } else { out };

    // (“东岭:海上合作”研讨会 in a headline, “东岭海上合作”研讨会 in the text: a colon inside a
    // meeting's name is the writer's)
    match ty {
        EntityType::Alliance => out.replace("Universities ", "University "),
        // (中共东岭省委 and 东岭省委, 中共东岭省委宣传部 and 东岭省委宣传部: a party committee
        // with and without the party's name)
        EntityType::Organization if out.starts_with("中共") && out.chars().skip(2).take(8).any(|c| c == '委') && out.chars().count() >= 5 => out["中共".len()..].to_owned(),
        // (第一届会议 and 第一次会议 of one forum: the same session; …研究年度研讨会 and …研究
        // 研讨会: a caption may call the meeting annual where the text does not)
        // (东岭与西河关系论坛 in a headline, 东岭和西河关系论坛 in the text: 与 and 和 alike)
        EntityType::Event if out.chars().any(crate::scan::is_cjk) => out.replace([':', '：'], "").replace("届会议", "次会议").replace("年度", "").replace('与', "和"),
        _ => out,
    }
}

/// `"X" Y` written with curly quotes: an opening one where a quote starts a word, a closing one
/// elsewhere.
fn straight_quotes_curled(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut prev: Option<char> = None;
    for c in name.chars() {
        out.push(match c {
            '"' if prev.is_none_or(|p| p == ' ' || p == '(') => '“',
            '"' => '”',
            _ => c,
        });
        prev = Some(c);
    }
    out
}

fn hyphen_as_space(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    (0..chars.len()).map(|k| if chars[k] == '-' && k > 0 && chars[k - 1].is_alphabetic() && chars.get(k + 1).is_some_and(|c| c.is_uppercase()) { ' ' } else { chars[k] }).collect()
}

/// An event's name without its year or edition (2024…, 第六届…, 首届…), how later
/// sentences refer to it.
fn strip_year(s: &str) -> &str {
    // (the Sixth Bay Forum 2021: a year after an English name too)
    if let Some((name, _)) = s.rsplit_once(' ').filter(|(n, y)| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) && n.contains(' ')) {
        return name;
    }
    let t = s.trim_start_matches(|c: char| c.is_ascii_digit());
    let t = t.strip_prefix('年').unwrap_or(t);
    // English: 2025 Coastal Digital Forum, the 3rd Coastal Digital Forum
    let t = t.strip_prefix(' ').unwrap_or(t);
    let t = ["st ", "nd ", "rd ", "th "].iter().find_map(|w| t.strip_prefix(w)).filter(|_| t.len() < s.len()).unwrap_or(t);
    // (the First Bay Symposium, later the Bay Symposium: an edition spelt out)
    const ORDINALS: &[&str] = &["First ", "Second ", "Third ", "Fourth ", "Fifth ", "Sixth ", "Seventh ", "Eighth ", "Ninth ", "Tenth "];
    let t = ORDINALS.iter().find_map(|w| t.strip_prefix(w)).filter(|rest| rest.contains(' ')).unwrap_or(t);
    let t = strip_edition(t);
    if t.len() < s.len() && t.chars().count() >= 4 { t } else { s }
}

/// A name without the edition that opens it (第六届…, 首届…), or the name itself.
pub(crate) fn strip_edition(s: &str) -> &str {
    if let Some(rest) = s.strip_prefix("首届").or_else(|| s.strip_prefix("首屆")) {
        return rest;
    }
    let Some(rest) = s.strip_prefix('第') else { return s };
    let after_number = rest.trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十百".contains(c));
    if after_number.len() == rest.len() {
        return s;
    }
    ["届", "屆", "次", "期"].iter().find_map(|w| after_number.strip_prefix(w)).unwrap_or(s)
}

/// 东岭市首届友城大会 is the 东岭友城大会 of later sentences: the edition after the host city's
/// name left out, with the city's 市.
fn without_inner_edition(key: &str) -> Option<String> {
    let at = key.char_indices().map(|(b, _)| b).filter(|&b| b > 0).find(|&b| strip_edition(&key[b..]).len() < key[b..].len())?;
    let host = &key[..at];
    let host = host.strip_suffix('市').unwrap_or(host);
    let rest = strip_edition(&key[at..]);
    (host.chars().count() >= 2 && rest.chars().count() >= 4).then(|| format!("{host}{rest}"))
}

/// `Bay Region` for `Bay region` and back: an English place's level word in the other case.
fn other_case_of_level(key: &str) -> Option<String> {
    let (name, level) = key.rsplit_once(' ')?;
    let other = match level {
        "Region" | "Province" | "Oblast" | "District" => level.to_lowercase(),
        "region" | "province" | "oblast" | "district" => format!("{}{}", level[..1].to_uppercase(), &level[1..]),
        _ => return None,
    };
    Some(format!("{name} {other}"))
}

fn kind_rank(k: OrgKind) -> u8 {
    // When mentions disagree, the more specific kind wins.
    match k {
        OrgKind::ThinkTank => 7,
        OrgKind::University => 6,
        OrgKind::Media => 5,
        OrgKind::Company => 4,
        OrgKind::Association => 3,
        OrgKind::Research => 2,
        OrgKind::Government => 1,
        OrgKind::Other => 0,
    }
}

/// A name the article reads as an alliance in one place and as a body in another (a 中心
/// founded by several, named again before its ceremony) is one alliance: the body's mentions
/// take the alliance's type.
pub fn alliance_read_as_body(mentions: &mut [Mention]) {
    if !mentions.iter().any(|m| m.ty == EntityType::Alliance) {
        return; // most articles: no set to build
    }
    // (a body read as the alliance brings its short forms along: 东大系统 for 东岭大学系统,
    // so the names are gathered again until no body changes type)
    while retype_alliance_bodies(mentions) {}
}

/// One pass of [`alliance_read_as_body`]; whether any mention changed type.
fn retype_alliance_bodies(mentions: &mut [Mention]) -> bool {
    // (the alliance's other names too: 国立大学系统 for 东岭国立大学系统, read later as a body)
    let alliances: std::collections::HashSet<String> = mentions.iter().filter(|m| m.ty == EntityType::Alliance).flat_map(|m| std::iter::once(&m.label).chain(&m.aliases)).map(|l| dashes_as_hyphens(l)).collect();
    // (the BAU President … the Bay Association of Universities: an acronym of no bracket
    // that spells one alliance's initials is that alliance)
    let spells_one_alliance = |m: &Mention| is_acronym(&m.label) && alliances.iter().filter(|a| initials(a) == m.label).count() == 1;
    let mut changed = false;
    for m in mentions.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_none() && (alliances.contains(&dashes_as_hyphens(&m.label)) || spells_one_alliance(m))) {
        m.ty = EntityType::Alliance;
        m.kind = None;
        m.parent = None;
        changed = true;
    }
    changed
}

/// Group mentions into entities. Returns the entities and, per mention, its entity index.
pub fn resolve(lex: &Lexicon, mentions: &[Mention]) -> (Vec<Entity>, Vec<usize>) {
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: BTreeMap<(EntityType, String), usize> = BTreeMap::new();
    let mut entity_of = vec![usize::MAX; mentions.len()];

    // Longest names first, so short forms find the full name they abbreviate.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(mentions[i].label.chars().count()), mentions[i].start));

    // Short forms carried by full names: (type, short form) → entity indices.
    let mut short_forms: HashMap<(EntityType, String), BTreeSet<usize>> = HashMap::new();
    for &mi in &order {
        let m = &mentions[mi];
        let key = identity_key(lex, m.ty, &m.label);
        let idx = if let Some(&e) = by_key.get(&(m.ty, key.clone())) {
            e
        } else if let Some(e) = short_forms.get(&(m.ty, key.clone())).and_then(|s| the_one_short_form(lex, &entities, s)) {
            let full = entities[e].label.clone();
            entities[e].merges.push(format!(
                "{} → {}: the same name without its country prefix, parent unit or year (resolve.short-form)",
                m.label, full
            ));
            by_key.insert((m.ty, key.clone()), e);
            e
        } else if let Some((e, why)) = field_and_head_of(&entities, m)
            .map(|e| (e, "the field of the name and its last character (resolve.field-and-head)"))
            .or_else(|| abbreviated_parent_of(&entities, m).map(|e| (e, "the same unit under its parent's short name (resolve.abbreviated-parent)")))
            .or_else(|| document_by_its_kind(&entities, m).map(|e| (e, "the kind of document the article names in full (resolve.document-kind)")))
            .or_else(|| event_by_first_word_and_head(&entities, m).map(|e| (e, "the event's first word and its head (resolve.event-first-word-and-head)")))
            .or_else(|| spelled_by_initials(&entities, m).map(|e| (e, "the initials of the name's capitalised words (resolve.acronym-initials)")))
            .or_else(|| initials_inside(&entities, m).map(|e| (e, "the same name with some of its words written as their initials (resolve.initials-inside)")))
            .or_else(|| contracted_inside(&entities, m).map(|e| (e, "the same opening and head with words of the name left out (resolve.contracted)")))
            .or_else(|| last_word_in_plural(&entities, m).map(|e| (e, "the same English name with its last word in the plural (resolve.plural)")))
            .or_else(|| mission_without_host(&entities, m).map(|e| (e, "the same country's mission without 驻华 (resolve.mission)")))
            .or_else(|| unit_with_its_parent_first(&entities, m).map(|e| (e, "the same unit with its parent written before it, not after `of` (resolve.parent-first)")))
            .or_else(|| university_by_first_character(&entities, m).map(|e| (e, "the first character of a university's two-character name and 大 (resolve.first-character-university)")))
            .or_else(|| person_without_middle_names(&entities, m).map(|e| (e, "the same first and last name without the middle ones (resolve.without-middle-names)")))
        {
            let full = entities[e].label.clone();
            entities[e].merges.push(format!("{} → {}: {why}", m.label, full));
            by_key.insert((m.ty, key.clone()), e);
            e
        } else {
            let e = entities.len();
            entities.push(Entity {
                ty: m.ty,
                key: key.clone(),
                label: m.label.clone(),
                aliases: BTreeSet::new(),
                kind: m.kind,
                lex: m.lex,
                mentions: Vec::new(),
                merges: Vec::new(),
                parent: None,
            });
            by_key.insert((m.ty, key.clone()), e);
            e
        };
        entity_of[mi] = idx;
        let ent = &mut entities[idx];
        ent.mentions.push(mi);
        // Surface forms that differ from the label (上合组织 for 上海合作组织) are aliases.
        // (该校 points at a name, it is none)
        for form in [&m.label, &m.surface] {
            if *form != ent.label && !(m.is_reference() && form == &m.surface) {
                ent.aliases.insert(form.clone());
            }
        }
        for a in &m.aliases {
            if *a != ent.label {
                ent.aliases.insert(a.clone());
            }
        }
        if let Some(k) = m.kind {
            if ent.kind.is_none_or(|old| kind_rank(k) > kind_rank(old)) && ent.lex.is_none() {
                ent.kind = Some(k);
            }
        }
        for s in short_forms_of(lex, m, &key) {
            short_forms.entry((m.ty, s)).or_default().insert(idx);
        }
    }

    // Parents: the entity whose name is the mention's parent span.
    let by_span: HashMap<(usize, usize, EntityType), usize> = mentions.iter().enumerate().map(|(i, m)| ((m.start, m.end, m.ty), i)).collect();
    for (mi, m) in mentions.iter().enumerate() {
        if let Some((ps, pe)) = m.parent {
            if let Some(&pm) = by_span.get(&(ps, pe, m.ty)) {
                let parent_key = entities[entity_of[pm]].key.clone();
                let e = entity_of[mi];
                if entities[e].key != parent_key {
                    entities[e].parent = Some(parent_key);
                }
            }
        }
    }
    (entities, entity_of)
}

/// The other names a mention's entity goes by in later sentences, as identity keys: its
/// aliases, and the short forms its kind of name is customarily cut to.
fn short_forms_of(lex: &Lexicon, m: &Mention, key: &str) -> Vec<String> {
    let mut shorts: Vec<String> = m.aliases.iter().map(|a| identity_key(lex, m.ty, a)).collect();
    // (卡里姆·别克诺夫 is the 别克诺夫 of later sentences: a dotted name by its last part)
    if let Some((_, last)) = m.label.rsplit_once('·').filter(|_| m.ty == EntityType::Person) {
        if last.chars().count() >= 2 {
            shorts.push(identity_key(lex, m.ty, last));
        }
    }
    if m.ty == EntityType::Event {
        shorts.extend(without_inner_edition(key));
        // (the Global Bay Summit 2030 is the Bay Summit 2030 of later sentences)
        let scope = ["Global ", "International ", "Annual ", "World "].iter().find_map(|w| key.strip_prefix(w));
        shorts.extend(scope.filter(|rest| rest.split(' ').count() >= 3).map(str::to_owned));
        let y = strip_year(key);
        if y != key {
            shorts.push(y.to_owned());
        }
        // (the 2nd Bay Council (BC) Forum is the BC Forum of later sentences: an alias without
        // its edition too)
        let aliases: Vec<String> = m.aliases.iter().map(|a| identity_key(lex, m.ty, a)).collect();
        shorts.extend(aliases.iter().map(|a| strip_year(a)).filter(|y| !aliases.iter().any(|a| a == y)).map(str::to_owned));
        // (中国东岭博览会 is the 东岭博览会 of later sentences: without its country)
        if let Some((_, end, _)) = lex.tokens(key).first().filter(|(s, _, tags)| *s == 0 && tags.iter().any(|t| matches!(t, crate::lexicon::Tag::Country(_)))) {
            if key[*end..].chars().count() >= 4 {
                shorts.push(key[*end..].to_owned());
            }
        }
    }
    // (the Bay Network of Think Tanks is the Bay Network of later sentences: an alliance by
    // the words before its `of`)
    if m.ty == EntityType::Alliance {
        shorts.extend(key.split_once(" of ").map(|(head, _)| head.to_owned()).filter(|h| h.contains(' ')));
        // (“东岭”智库合作联盟 is the 智库合作联盟 of later sentences: the quoted qualifier left out)
        let kind = m.label.strip_prefix('“').and_then(|l| l.split_once('”')).map(|(_, rest)| rest).filter(|r| r.chars().count() >= 4);
        shorts.extend(kind.map(|r| identity_key(lex, m.ty, r)));
    }
    // (日本非营利活动法人东岭大学联盟 is the 东岭大学联盟 of later sentences: the name after its
    // country and legal form)
    if matches!(m.ty, EntityType::Organization | EntityType::Alliance) {
        let registered = key.find("法人").map(|b| &key[b + "法人".len()..]).filter(|rest| rest.chars().count() >= 4);
        shorts.extend(registered.map(str::to_owned));
    }
    // (the Bay Ocean Region is the Bay Ocean region: a level word in either case)
    if m.ty == EntityType::Place {
        shorts.extend(other_case_of_level(key));
    }
    // (东岭新闻客户端 is the 东岭新闻 or 东岭 of a list of media: an outlet's app by its brand)
    if m.ty == EntityType::Organization {
        let brands = ["新闻客户端", "客户端"].iter().filter_map(|app| key.strip_suffix(app)).filter(|b| b.chars().count() >= 2);
        shorts.extend(brands.map(str::to_owned));
    }
    shorts
}

/// 西河大使馆 for 西河驻华大使馆 named before it: a country's mission in China, with the host
/// left out (read after it: longest names come first).
fn mission_without_host(entities: &[Entity], m: &Mention) -> Option<usize> {
    let (country, mission) = ["大使馆", "领事馆", "大使館", "領事館"].iter().find_map(|w| m.label.strip_suffix(w).map(|c| (c, *w)))?;
    let full = [format!("{country}驻华{mission}"), format!("{country}駐華{mission}")];
    the_one_that_fits(entities, |e| e.ty == m.ty && full.contains(&e.label))
}

/// `Bay University School of Law` for the School of Law of Bay University named before it, and
/// back: one unit, its parent written before it or after `of`.
fn unit_with_its_parent_first(entities: &[Entity], m: &Mention) -> Option<usize> {
    const UNITS: &[&str] = &["School of ", "Faculty of ", "Department of ", "College of ", "Institute of ", "Center for ", "Centre for "];
    if m.ty != EntityType::Organization || !m.label.is_ascii() {
        return None;
    }
    let label = &m.label;
    // (the parent first: P + a unit head; the other form writes the unit, `of`, the parent)
    let parent_first = UNITS.iter().filter_map(|u| label.find(&format!(" {u}")).map(|k| (&label[..k], &label[k + 1..]))).flat_map(|(parent, unit)| [format!("{unit} of {parent}"), format!("{unit} of the {parent}")]);
    // (the parent after `of`: the unit's own `of` comes first, the parent's name after the last one)
    let parent_after = UNITS.iter().any(|u| label.starts_with(u)).then(|| label.rsplit_once(" of ")).flatten().map(|(unit, parent)| format!("{} {unit}", parent.strip_prefix("the ").unwrap_or(parent)));
    let forms: Vec<String> = parent_first.chain(parent_after).collect();
    the_one_that_fits(entities, |e| e.ty == EntityType::Organization && forms.contains(&e.label))
}

/// the School of Green Energy Technology of a text that first wrote … Technologies: one body,
/// its last word written once in the plural (read after it: longest names come first).
fn last_word_in_plural(entities: &[Entity], m: &Mention) -> Option<usize> {
    if m.ty != EntityType::Organization || !m.label.is_ascii() || m.label.split(' ').count() < 3 {
        return None;
    }
    let stem = m.label.strip_suffix('y').map(|s| format!("{s}ies"));
    let plurals = [stem, Some(format!("{}s", m.label))];
    the_one_that_fits(entities, |e| e.ty == m.ty && plurals.iter().flatten().any(|p| *p == e.label))
}

/// 营养所 for 农业农村部食物与营养发展研究所: a body named in short by two characters of
/// its name, side by side, and the name's last character; the one body of the article that
/// fits, read before (longest names come first).
fn field_and_head_of(entities: &[Entity], m: &Mention) -> Option<usize> {
    let short: Vec<char> = m.label.chars().collect();
    if m.ty != EntityType::Organization || m.lex.is_some() || short.len() != 3 || !short.iter().all(|&c| crate::scan::is_cjk(c)) {
        return None;
    }
    let field: String = short[..2].iter().collect();
    let fits = |e: &Entity| e.ty == EntityType::Organization && e.label.chars().count() >= 6 && e.label.ends_with(short[2]) && e.label.contains(&field);
    the_one_that_fits(entities, fits)
}

/// 西大国关中心 for 西大国际关系研究中心: a body's name shortened inside, its first two
/// characters and its two-character head kept and the rest taken in order from the full name;
/// the one body of the article that fits.
fn contracted_inside(entities: &[Entity], m: &Mention) -> Option<usize> {
    let short: Vec<char> = m.label.chars().collect();
    if m.ty != EntityType::Organization || m.lex.is_some() || !(5..=8).contains(&short.len()) || !short.iter().all(|&c| crate::scan::is_cjk(c)) {
        return None;
    }
    // (words left out in two places or more: 卡桑那大学 is no 卡桑那州立大学 shortened, nor
    // 西大南亚中心 the 西大南亚中心东岭研究中心 it heads)
    let fits = |e: &Entity| {
        let full: Vec<char> = e.label.chars().collect();
        if e.ty != EntityType::Organization || full.len() < short.len() + 2 || full[..2] != short[..2] || full[full.len() - 2..] != short[short.len() - 2..] {
            return false;
        }
        let mut kept = vec![false; full.len()];
        let mut at = 2;
        for c in &short[2..short.len() - 2] {
            let Some(k) = full[at..full.len() - 2].iter().position(|n| n == c) else { return false };
            kept[at + k] = true;
            at += k + 1;
        }
        let gaps = (2..full.len() - 2).filter(|&k| !kept[k] && (k == 2 || kept[k - 1])).count();
        gaps >= 2
    };
    the_one_that_fits(entities, fits)
}

/// Anna Berg for Anna Maria Berg: a person's first and last name, the middle ones left out,
/// where one person of the article fits.
fn person_without_middle_names(entities: &[Entity], m: &Mention) -> Option<usize> {
    let short: Vec<&str> = m.label.split(' ').collect();
    if m.ty != EntityType::Person || short.len() < 2 || !m.label.is_ascii() {
        return None;
    }
    let fits = |e: &Entity| {
        let full: Vec<&str> = e.label.split(' ').collect();
        e.ty == EntityType::Person && full.len() > short.len() && full[0] == short[0] && full[full.len() - 1] == short[short.len() - 1]
    };
    the_one_that_fits(entities, fits)
}

/// 东大 for 国立东岭大学 or 东岭大学: a university named by two characters and 大学 (after
/// 国立 or 私立) goes by its first character and 大, where one university of the article fits.
fn university_by_first_character(entities: &[Entity], m: &Mention) -> Option<usize> {
    let short: Vec<char> = m.label.chars().collect();
    if m.ty != EntityType::Organization || m.lex.is_some() || short.len() != 2 || short[1] != '大' || !crate::scan::is_cjk(short[0]) {
        return None;
    }
    let fits = |e: &Entity| {
        let core = ["国立", "私立"].iter().find_map(|w| e.label.strip_prefix(w)).unwrap_or(&e.label);
        let core: Vec<char> = core.chars().collect();
        e.ty == EntityType::Organization && core.len() == 4 && core[0] == short[0] && core[2..] == ['大', '学']
    };
    the_one_that_fits(entities, fits)
}

/// 《共识》 for 《东岭联盟南川共识》, 《章程》 for 《东岭联盟章程》, 《研究伙伴协议》 for
/// 《东岭论坛研究伙伴协议》: a title that is only the kind of document (two to eight characters)
/// is the one document of the article named in full with that ending.
fn document_by_its_kind(entities: &[Entity], m: &Mention) -> Option<usize> {
    let n = m.label.chars().count();
    if m.ty != EntityType::Document || !(2..=8).contains(&n) || !m.label.chars().all(crate::scan::is_cjk) {
        return None;
    }
    // (《蓝皮书》 for 《东岭形势蓝皮书(2022/2023)》: the edition in brackets after the kind too)
    let without_edition = |l: &str| l.strip_suffix(')').and_then(|r| r.rfind('(')).map_or(l.to_owned(), |k| l[..k].to_owned());
    the_one_that_fits(entities, |e| e.ty == EntityType::Document && e.label.chars().count() >= n + 2 && (e.label.ends_with(&m.label) || without_edition(&e.label).ends_with(&m.label)))
}

/// 东岭论坛 for 东岭国际经济论坛: a meeting called by the first word of its name and its head
/// word, where one meeting of the article fits.
fn event_by_first_word_and_head(entities: &[Entity], m: &Mention) -> Option<usize> {
    let short: Vec<char> = m.label.chars().collect();
    if m.ty != EntityType::Event || !(4..=6).contains(&short.len()) || !short.iter().all(|&c| crate::scan::is_cjk(c)) {
        return None;
    }
    let fits = |e: &Entity| {
        let full: Vec<char> = e.label.chars().collect();
        let head = short.iter().rev().zip(full.iter().rev()).take_while(|(a, b)| a == b).count();
        let first = short.len().saturating_sub(head);
        e.ty == EntityType::Event && head >= 2 && first >= 2 && full.len() >= short.len() + 2 && full[..first] == short[..first]
    };
    the_one_that_fits(entities, fits)
}

/// Two to six capital letters, as an acronym is written.
/// The entity a short form names: the only one carrying it, or, where bodies abroad carry it
/// too (日本东岭大学, 韩国东岭大学 and 国立东岭大学 all read 东岭大学), the only one whose name
/// opens with no country: the article's own.
fn the_one_short_form(lex: &Lexicon, entities: &[Entity], carriers: &BTreeSet<usize>) -> Option<usize> {
    if carriers.len() == 1 {
        return carriers.iter().next().copied();
    }
    let opens_with_country = |e: &Entity| lex.tokens(&e.label).first().is_some_and(|(s, _, tags)| *s == 0 && tags.iter().any(|t| matches!(t, crate::lexicon::Tag::Country(_))));
    let home: Vec<usize> = carriers.iter().copied().filter(|&e| entities[e].ty == EntityType::Organization && !opens_with_country(&entities[e])).collect();
    (home.len() == 1).then(|| home[0])
}

fn is_acronym(label: &str) -> bool {
    (2..=6).contains(&label.len()) && label.chars().all(|c| c.is_ascii_uppercase())
}

/// The first letters of a name's capitalised words (Bay Association of Universities: BAU).
fn initials(label: &str) -> String {
    label.split([' ', '-']).filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect()
}

/// BAU for the Bay Association of Universities, when no bracket defined it: the one
/// entity of the type, named in full (three words or more), whose initials it spells.
fn spelled_by_initials(entities: &[Entity], m: &Mention) -> Option<usize> {
    if !is_acronym(&m.label) || m.lex.is_some() {
        return None;
    }
    the_one_that_fits(entities, |e| e.ty == m.ty && e.label.split(' ').count() >= 3 && initials(&e.label) == m.label)
}

/// Bay-HFTP Think Tank Network for the Bay-Harbour Free Trade Port Think Tank Network: the same
/// words before and after, and between them the initials of the longer name's words.
fn initials_inside(entities: &[Entity], m: &Mention) -> Option<usize> {
    let short: Vec<&str> = m.label.split([' ', '-']).collect();
    let expands = |e: &Entity, k: usize| {
        let full: Vec<&str> = e.label.split([' ', '-']).collect();
        let tail = short.len() - k - 1;
        let Some(n) = (full.len() + 1).checked_sub(short.len()).filter(|&n| n >= 2) else { return false };
        full[..k] == short[..k] && full[full.len() - tail..] == short[k + 1..] && spells(short[k], &full[k..k + n])
    };
    let acronyms: Vec<usize> = (0..short.len()).filter(|&k| is_acronym(short[k]) && short[k].len() >= 3).collect();
    the_one_that_fits(entities, |e| e.ty == m.ty && acronyms.iter().any(|&k| expands(e, k)))
}

/// Whether an acronym takes each word's first letter, and maybe later letters of it in order
/// (HNFTP: HaiNan Free Trade Port).
fn spells(acronym: &str, words: &[&str]) -> bool {
    let Some((w, rest)) = words.split_first() else { return acronym.is_empty() };
    let mut cs = w.chars().map(|c| c.to_ascii_uppercase());
    if acronym.is_empty() || cs.next() != acronym.chars().next() {
        return false;
    }
    // the letters this word gives: its first, then as many more as `rest` leaves
    let mut taken = 1;
    let letters: Vec<char> = acronym.chars().collect();
    loop {
        if spells(&acronym[taken..], rest) {
            return true;
        }
        let Some(next) = letters.get(taken) else { return false };
        if !cs.any(|c| c == *next) {
            return false;
        }
        taken += 1;
    }
}

/// The one entity `fits` holds for, if exactly one does.
fn the_one_that_fits(entities: &[Entity], fits: impl Fn(&Entity) -> bool) -> Option<usize> {
    let mut found = entities.iter().enumerate().filter(|(_, e)| fits(e)).map(|(i, _)| i);
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// 东大国际研究中心 for 东岭大学国际研究中心: the same unit (four characters or more) under
/// a short form of its parent's name, the parent's characters kept in order from its first;
/// the one body of the article that fits, read before (longest names come first).
fn abbreviated_parent_of(entities: &[Entity], m: &Mention) -> Option<usize> {
    let short: Vec<char> = m.label.chars().collect();
    if m.ty != EntityType::Organization || m.lex.is_some() || !short.iter().all(|&c| crate::scan::is_cjk(c)) {
        return None;
    }
    let fits = |e: &Entity| {
        let full: Vec<char> = e.label.chars().collect();
        let unit = short.iter().rev().zip(full.iter().rev()).take_while(|(a, b)| a == b).count();
        let (abbr, parent) = (&short[..short.len() - unit], &full[..full.len() - unit]);
        // (东西研究院 for 东岭西河研究院: two words of two characters each cut to their first, before
        // a head of three)
        let first_of_two_words = unit >= 3 && abbr.len() == 2 && parent.len() == 4 && abbr[0] == parent[0] && abbr[1] == parent[2];
        e.ty == EntityType::Organization && (unit >= 4 && (2..=4).contains(&abbr.len()) && parent.len() > abbr.len() && abbr[0] == parent[0] && crate::scan::keeps_in_order(parent, abbr) || first_of_two_words || short_university_and_unit(&short, &full))
    };
    the_one_that_fits(entities, fits)
}

/// 东大海洋中心 for 东岭大学海洋经济研究中心: the university's short form (its first
/// character and 大), then its unit cut to characters of the unit's name, in order, from its
/// first to its two-character head.
fn short_university_and_unit(short: &[char], full: &[char]) -> bool {
    let Some(k) = full.windows(2).position(|w| w == ['大', '学']) else { return false };
    let (unit_full, unit_short) = (&full[k + 2..], short.get(2..).unwrap_or_default());
    let head = |u: &[char]| u.len() >= 2 && u[u.len() - 2..] == unit_full[unit_full.len().saturating_sub(2)..];
    k >= 1 && short.len() >= 5 && short[0] == full[0] && short[1] == '大' && unit_short.len() >= 3 && unit_short.len() < unit_full.len() && unit_short[0] == unit_full[0] && head(unit_short) && crate::scan::keeps_in_order(unit_full, unit_short)
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_unit_named_by_its_university_s_short_form_and_a_contraction_of_its_own_name() {
        let x = extract_text("会议由东岭大学海洋经济研究中心主办。会议由东大海洋中心联合“海川”智库合作联盟秘书处共同主办。");
        let centres: Vec<&str> = x.entities.iter().filter(|e| e.label.ends_with("中心")).map(|e| e.label.as_str()).collect();
        assert_eq!(centres, vec!["东岭大学海洋经济研究中心"], "{centres:?}");
        // (联合 before the quote joins two names: the alliance's name opens at its quote)
        assert!(x.entities.iter().any(|e| e.label == "“海川”智库合作联盟"), "{:?}", x.entities.iter().map(|e| &e.label).collect::<Vec<_>>());
        // (a short form whose unit keeps another head is another body)
        let x = extract_text("会议由东岭大学海洋经济研究中心主办。东大海洋研究院院长李华出席。");
        assert!(!x.entities.iter().any(|e| e.label == "东岭大学海洋经济研究中心" && e.aliases.contains("东大海洋研究院")));
    }

    #[test]
    fn a_body_named_in_short_by_its_field_and_its_last_character() {
        let x = extract_text("东岭农业部食物与营养发展研究所与西河大学签署备忘录。营养所所长李华主持会议。");
        let ours: Vec<&str> = x.entities.iter().filter(|e| e.label.ends_with('所')).map(|e| e.label.as_str()).collect();
        assert_eq!(ours, vec!["东岭农业部食物与营养发展研究所"], "{ours:?}");
        // two bodies that fit: the short name stays its own
        let x = extract_text("东岭营养研究所与西河营养研究所签约。营养所所长李华主持会议。");
        assert!(x.entities.iter().any(|e| e.label == "营养所"), "{:?}", x.entities.iter().map(|e| &e.label).collect::<Vec<_>>());
    }
    use crate::extract::extract_text;
    use crate::recognize::EntityType;

    #[test]
    fn a_meeting_quoting_a_slogan_in_double_or_single_marks_is_one_meeting() {
        let x = extract_text("——2025“丝路”高校联盟十周年大会暨合作论坛侧记\n\n9月2日,由东岭大学主办的“2025‘丝路’高校联盟十周年大会暨合作论坛”举行。");
        let events: Vec<&str> = x.entities.iter().filter(|e| e.ty == EntityType::Event).map(|e| e.label.as_str()).collect();
        assert_eq!(events.len(), 1, "{events:?}");
    }

    #[test]
    fn a_name_read_as_an_alliance_and_as_a_body_is_one_alliance() {
        let x = extract_text("湖光青年交流合作中心成立仪式在西河举行。东岭大学等十所高校共同成立湖光青年交流合作中心。");
        let named: Vec<EntityType> = x.entities.iter().filter(|e| e.label == "湖光青年交流合作中心").map(|e| e.ty).collect();
        assert_eq!(named, vec![EntityType::Alliance]);
        // a body named alone stays a body
        let x = extract_text("湖光青年交流合作中心成立仪式在西河举行。");
        assert!(x.entities.iter().any(|e| e.label == "湖光青年交流合作中心" && e.ty == EntityType::Organization));
    }

    #[test]
    fn a_meeting_named_with_and_without_a_colon_is_one_meeting() {
        let x = extract_text("2016首届“东岭:海上合作国际学术研讨会”\n\n2016年9月17日,由东岭大学主办的首届“东岭海上合作国际学术研讨会”在南川召开。");
        let events: Vec<&str> = x.entities.iter().filter(|e| e.ty == EntityType::Event).map(|e| e.label.as_str()).collect();
        assert_eq!(events.len(), 1, "{events:?}");
    }

    #[test]
    fn a_unit_under_a_short_form_of_its_parent_is_the_same_unit() {
        let centres = |t: &str| extract_text(t).entities.into_iter().filter(|e| e.label.ends_with("研究中心")).map(|e| e.label).collect::<Vec<_>>();
        let c = centres("东岭工业大学区域研究中心成立于2011年。在东工大区域研究中心主任李华眼里,合作很重要。");
        assert_eq!(c, vec!["东岭工业大学区域研究中心"], "{c:?}");
        // two words cut to their first characters before a short head
        let c = extract_text("东岭西河研究院成立。东西研究院的成立标志着新阶段。").entities.into_iter().filter(|e| e.label.ends_with("研究院")).map(|e| e.label).collect::<Vec<_>>();
        assert_eq!(c, vec!["东岭西河研究院"], "{c:?}");
        // a short form whose characters are not the parent's in order stays its own
        let c = centres("东岭工业大学区域研究中心成立于2011年。在西大区域研究中心主任李华眼里,合作很重要。");
        assert_eq!(c.len(), 2, "{c:?}");
    }

    #[test]
    fn a_university_by_its_first_character_and_da() {
        let x = extract_text("国立东岭大学与西河师范大学签约。东大副校长李华出席。");
        let uni: Vec<&super::Entity> = x.entities.iter().filter(|e| e.ty == EntityType::Organization).collect();
        assert_eq!(uni.len(), 2, "{uni:?}");
        assert!(uni.iter().any(|e| e.label == "国立东岭大学" && e.aliases.contains("东大")), "{uni:?}");
        // (two universities that open with the same character: the short form stays its own)
        let x = extract_text("东岭大学与东海大学签约。东大副校长李华出席。");
        assert!(!x.entities.iter().any(|e| e.aliases.contains("东大")), "{:?}", x.entities);
    }

    #[test]
    fn a_ceremony_by_either_word_and_a_training_academy_by_either_word_are_one() {
        let x = extract_text("东岭大楼奠基仪式在昆明举行。李华说,东岭大楼奠基典礼很重要。西河部官员研修院院长王明来访。西河部官员研修学院很有名。");
        let events: Vec<&str> = x.entities.iter().filter(|e| e.ty == EntityType::Event).map(|e| e.label.as_str()).collect();
        assert_eq!(events, vec!["东岭大楼奠基仪式"], "{events:?}");
        let academies: Vec<&str> = x.entities.iter().filter(|e| e.label.contains("研修")).map(|e| e.label.as_str()).collect();
        assert_eq!(academies.len(), 1, "{academies:?}");
    }
}
