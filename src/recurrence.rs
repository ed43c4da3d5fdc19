//! Names an article has introduced, found again where it uses them without the context that
//! introduced them: 东岭大学 after 校长王立与…, a speaker named later without his post, an
//! alliance named again after the sentence that founded it. Also the abbreviations an
//! article defines in brackets (香港理工大学(理大), …联盟(以下简称“联盟”)) and then uses.
//!
//! A reader does the same: a name read once is recognised wherever it recurs.

use crate::lexicon::{Lexicon, Tag, WordRole};
use crate::normalize::NormText;
use crate::recognize::{EntityType, Mention};
use crate::scan::{is_cjk, starts_with_at, Tokens};
use crate::segment::{BlockKind, Layout};

/// A form to look for, and the mention whose identity it carries.
struct Form {
    text: String,
    model: usize,
    rule: &'static str,
}

/// Further mentions of the article's names (appended), and the abbreviations it defines
/// (added to the defining mention's aliases, so resolution merges them).
pub fn add_recurring(lex: &Lexicon, norm: &NormText, layout: &Layout, tokens: &[Tokens], mentions: &mut Vec<Mention>) {
    bodies_read_from_a_person(mentions);
    let mut forms = defined_abbreviations(norm, mentions);
    forms.extend(university_short_forms(lex, norm, layout, tokens, mentions));
    forms.extend(units_of_short_universities(lex, norm, mentions));
    forms.extend(short_forms_before_posts(lex, norm, layout, tokens, mentions, &forms));
    forms.extend(own_body(lex, norm, layout, mentions, &["我校", "本校"], &["大学", "学院"]));
    // (我院, 本院 on an institute's own page: the academy or institute the page names itself by)
    forms.extend(own_body(lex, norm, layout, mentions, &["我院", "本院"], &["研究院", "科学院", "学院"]));
    let (level_forms, ambiguous) = level_short_forms(lex, mentions, &forms);
    forms.extend(level_forms);
    // (省农科院 where two provinces' academies are named: the level alone names neither)
    mentions.retain(|m| !(m.rule == "org.level-and-field-head" && ambiguous.contains(&m.label)));
    forms.extend(quoted_short_forms(lex, norm, mentions));
    short_bodies_read_alone(lex, mentions);
    lexicon_short_forms_of_article_bodies(lex, norm, mentions);
    for (i, m) in mentions.iter().enumerate() {
        let min = match m.ty {
            EntityType::Person => 2,
            EntityType::Organization | EntityType::Alliance | EntityType::Event | EntityType::Document | EntityType::Project => 4,
            EntityType::Country | EntityType::Place => continue,
        };
        if m.lex.is_some() || m.surface.chars().count() < min || m.rule == "person.byline" || m.rule == "person.photo-credit" {
            continue;
        }
        forms.push(Form { text: m.surface.clone(), model: i, rule: recurrence_rule(m.ty) });
        // (东岭大学海川与北湖研究院, later 海川与北湖研究院院长: a unit named without its
        // parent, when the name is long enough to be its own)
        if m.ty == EntityType::Organization {
            for a in m.aliases.iter().filter(|a| a.chars().count() >= 6 && m.surface.ends_with(a.as_str()) && **a != m.surface) {
                forms.push(Form { text: a.clone(), model: i, rule: recurrence_rule(m.ty) });
            }
        }
    }
    parts_of_dotted_names(norm, mentions);
    heads_of_longer_names(norm, mentions);
    let mut covered: Vec<(usize, usize)> = mentions.iter().filter(|m| !matches!(m.ty, EntityType::Country | EntityType::Place)).map(|m| (m.start, m.end)).collect();
    covered.sort_unstable();
    let mut found = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        if matches!(s.kind, BlockKind::Byline | BlockKind::Credit | BlockKind::Furniture) {
            continue;
        }
        for (start, end, fi) in occurrences(&norm.chars[s.start..s.end], &forms) {
            let (start, end) = (s.start + start, s.start + end);
            let form = &forms[fi];
            let model = &mentions[form.model];
            // (…、海川与北湖研究院院长: a shorter body read inside the known name gives way to it)
            let blocked = overlaps(&covered, start, end) && !(model.ty == EntityType::Organization && swallows_bodies(mentions, start, end));
            if blocked || !stands_alone(norm, &tokens[si], model.ty, start, end, s.start, s.end) {
                continue;
            }
            let mut m = model.clone();
            (m.start, m.end, m.sentence, m.rule, m.note, m.parent) = (start, end, si, form.rule, None, None);
            m.surface = norm.slice(start, end).to_owned();
            if m.surface != model.surface {
                m.label = m.surface.clone(); // an abbreviation: resolution merges it by its alias
                m.aliases.clear();
            }
            found.push(m);
        }
    }
    // (东岭交大: the place inside a short form found here is no mention of its own, as inside
    // the full name)
    mentions.retain(|p| p.ty != EntityType::Place || !found.iter().any(|m| m.ty == EntityType::Organization && m.start <= p.start && p.end <= m.end));
    mentions.retain(|p| p.ty != EntityType::Organization || !found.iter().any(|m| m.ty == EntityType::Organization && m.start < p.start && p.end == m.end));
    mentions.extend(found);
    let pointed = demonstrative_references(lex, norm, layout, tokens, mentions);
    mentions.extend(pointed);
    let stems = university_stems_listed(lex, norm, layout, mentions);
    mentions.extend(stems);
    names_closed_by_one_more_character(norm, mentions);
}

/// 李华与东岭学会: a body's name read back over a person the article names and 与 (or 和)
/// starts after them.
fn bodies_read_from_a_person(mentions: &mut [Mention]) {
    let people: Vec<String> = mentions.iter().filter(|m| m.ty == EntityType::Person && (2..=4).contains(&m.label.chars().count())).map(|m| m.label.clone()).collect();
    for m in mentions.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_none()) {
        let Some(cut) = people.iter().find_map(|p| ['与', '和'].iter().find_map(|c| m.surface.strip_prefix(&format!("{p}{c}")).map(|rest| m.surface.chars().count() - rest.chars().count()))) else { continue };
        if m.surface.chars().count() - cut < 4 {
            continue;
        }
        let old_start = m.start;
        m.start += cut;
        m.surface = m.surface.chars().skip(cut).collect();
        m.label = m.label.chars().skip(cut).collect();
        if let Some((_, pe)) = m.parent.filter(|&(ps, _)| ps == old_start) {
            m.parent = (pe > m.start).then_some((m.start, pe));
        }
    }
}

/// 港大、东岭等高校: a university written without its head 大学 (东岭 of 东岭大学), as an item of
/// a list (set off by 、, or closed by 等), where the article names it in full. Not a stem the
/// lexicon knows as a place (海南 of 海南大学 names the province).
fn university_stems_listed(lex: &Lexicon, norm: &NormText, layout: &Layout, mentions: &[Mention]) -> Vec<Mention> {
    let chars = &norm.chars;
    let is_university = |m: &Mention| m.ty == EntityType::Organization && m.kind == Some(crate::lexicon::OrgKind::University);
    let known_word = |stem: &str| lex.tokens(stem).into_iter().any(|(a, b, tags)| a == 0 && b == stem.len() && !tags.is_empty());
    let mut found: Vec<Mention> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for model in mentions.iter().filter(|m| is_university(m)) {
        let Some(stem) = model.surface.strip_suffix("大学").filter(|s| (2..=3).contains(&s.chars().count()) && s.chars().all(is_cjk) && !known_word(s)) else { continue };
        if !seen.insert(stem.to_owned()) {
            continue;
        }
        let stem_chars: Vec<char> = stem.chars().collect();
        let n = stem_chars.len();
        for k in (0..chars.len().saturating_sub(n)).filter(|&k| chars[k..k + n] == stem_chars[..]) {
            let before = k.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(k + n).copied();
            let item_before = before.is_none_or(|c| matches!(c, '、' | ',' | ':' | '。' | '\n'));
            let item_after = matches!(after, Some('、' | '等'));
            let listed = before == Some('、') || after == Some('、');
            let covered = mentions.iter().chain(&found).any(|m| m.start < k + n && k < m.end);
            if item_before && item_after && listed && !covered {
                let mut m = model.clone();
                (m.start, m.end, m.rule, m.note, m.parent) = (k, k + n, "org.university-stem-listed", None, None);
                // (the full name's label: resolution makes it one entity with the full name)
                m.surface = stem.to_owned();
                m.aliases.clear();
                m.sentence = layout.sentences.iter().position(|s| s.start <= k && k < s.end).unwrap_or(model.sentence);
                found.push(m);
            }
        }
    }
    found
}

/// 该研究院院长李华, 該校副校長王明: 该 and the head of a body named before, then a post.
/// The body is the last one named before whose name ends with that head (校: a university or
/// school). Only before a post: elsewhere 该 may point at anything.
fn demonstrative_references(lex: &Lexicon, norm: &NormText, layout: &Layout, tokens: &[Tokens], mentions: &[Mention]) -> Vec<Mention> {
    let chars = &norm.chars;
    let mut out = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate().filter(|(_, s)| s.kind == BlockKind::Body) {
        for k in (s.start..s.end).filter(|&k| chars[k] == '该') {
            let named_before = |head: &str| {
                let heads: &[&str] = if head == "校" { &["大学", "学院", "学校"] } else { &[head] };
                mentions.iter().filter(|m| m.ty == EntityType::Organization && m.end <= k && heads.iter().any(|h| m.label.ends_with(h))).max_by_key(|m| m.end)
            };
            let found = (1..=3).rev().filter(|&n| k + 1 + n < s.end).find_map(|n| {
                let head: String = chars[k + 1..k + 1 + n].iter().collect();
                let at_post = post_at(lex, chars, &tokens[si], k + 1 + n, s.end);
                at_post.then(|| named_before(&head)).flatten().map(|m| (n, m))
            });
            let Some((n, model)) = found else { continue };
            if mentions.iter().any(|m| m.start < k + 1 + n && k < m.end) {
                continue;
            }
            let mut m = model.clone();
            (m.start, m.end, m.sentence, m.rule, m.note, m.parent) = (k, k + 1 + n, si, "org.demonstrative-reference", None, None);
            m.surface = norm.slice(k, k + 1 + n).to_owned();
            out.push(m);
        }
    }
    out
}

/// 阿米尔·萨卡 read whole after a post and as 萨卡 before 大使 elsewhere: where the article
/// writes the dotted name again, a person read inside it is that name's part, not another.
fn parts_of_dotted_names(norm: &NormText, mentions: &mut Vec<Mention>) {
    let dotted: Vec<Vec<char>> = mentions.iter().filter(|m| m.ty == EntityType::Person && m.surface.contains('·')).map(|m| m.surface.chars().collect()).collect();
    if dotted.is_empty() {
        return;
    }
    // (only where a dotted name could start and still cover the mention)
    let part_of = |m: &Mention| {
        dotted.iter().any(|name| {
            let n = name.len();
            m.end - m.start < n && (m.end.saturating_sub(n)..=m.start).any(|k| k + n <= norm.chars.len() && norm.chars[k..k + n] == name[..])
        })
    };
    mentions.retain(|m| m.ty != EntityType::Person || !part_of(m));
}

/// 卡尔济约诺夫 read whole after a post and as 卡尔济 before 总统 elsewhere (a sound read as
/// a word, 约, cut it): where the text goes on with the longer name the article gives, the
/// person is that name.
fn heads_of_longer_names(norm: &NormText, mentions: &mut [Mention]) {
    let names: Vec<Vec<char>> = mentions.iter().filter(|m| m.ty == EntityType::Person && m.label.chars().count() >= 4 && m.label.chars().all(is_cjk)).map(|m| m.label.chars().collect()).collect();
    for m in mentions.iter_mut().filter(|m| m.ty == EntityType::Person && m.label.chars().all(is_cjk)) {
        let n = m.end - m.start;
        let longer = names.iter().filter(|l| l.len() > n && m.start + l.len() <= norm.chars.len() && norm.chars[m.start..m.start + l.len()] == l[..]).max_by_key(|l| l.len());
        if let Some(l) = longer {
            m.end = m.start + l.len();
            m.label = l.iter().collect();
            m.surface = norm.slice(m.start, m.end).to_owned();
        }
    }
}

/// 李惠来出席…。李惠来高度评价… read as 李惠 (来 is also a verb): a name of two characters the
/// article writes three times or more, each time followed by the same character, is three
/// characters long, unless that character is one that commonly follows a name (在, 表, 说 …).
fn names_closed_by_one_more_character(norm: &NormText, mentions: &mut [Mention]) {
    const FOLLOWERS: &str = "在和与及等是的也还说表指认对为将就则都又再已曾出会主致强介发希提向从带率陪首代参同、,。:;(“”)";
    let chars = &norm.chars;
    let short: std::collections::BTreeSet<String> = mentions.iter().filter(|m| m.ty == EntityType::Person && m.label.chars().count() == 2 && m.label.chars().all(is_cjk)).map(|m| m.label.clone()).collect();
    for name in short {
        let n: Vec<char> = name.chars().collect();
        let after: Vec<Option<char>> = (0..chars.len().saturating_sub(1)).filter(|&k| chars[k..].starts_with(&n)).map(|k| chars.get(k + 2).copied()).collect();
        let Some(Some(c)) = after.first().copied() else { continue };
        if after.len() < 3 || !after.iter().all(|&a| a == Some(c)) || !is_cjk(c) || FOLLOWERS.contains(c) {
            continue;
        }
        for m in mentions.iter_mut().filter(|m| m.ty == EntityType::Person && m.label == name && chars.get(m.end) == Some(&c)) {
            m.end += 1;
            m.label.push(c);
            m.surface = norm.slice(m.start, m.end).to_owned();
        }
    }
}

/// Whether a verb of holding (举行, 召开, 开幕 …) follows in the clause that starts at `from`.
pub fn held_after(chars: &[char], from: usize, end: usize) -> bool {
    const HELD: &[&str] = &["举行", "召开", "开幕", "举办", "闭幕", "启幕"];
    // X,在Y举行: a comma before 在 leaves the clause open
    let from = if chars.get(from) == Some(&',') && chars.get(from + 1) == Some(&'在') { from + 1 } else { from };
    let clause_end = (from..end).find(|&k| matches!(chars[k], ',' | '。' | ';')).unwrap_or(end).min(from + 30);
    // X峰会将于6月举行: an event still to come is not the one reported; (把X论坛交给东岭大学
    // 举办: a meeting entrusted to a host is told of, not reported)
    let verb = HELD.iter().filter_map(|v| crate::scan::find_word(chars, from, clause_end, v)).min();
    // (X的成功举办意义巨大: the holding told as a noun recalls a meeting, it reports none)
    let recalled = chars.get(from) == Some(&'的');
    !recalled && verb.is_some_and(|v| ["将", "交给", "交由", "委托"].iter().all(|w| crate::scan::find_word(chars, from, v, w).is_none()))
}

/// A headline often names the event its body reports in a shorter form (…理事会会议 over
/// …理事会第三次会议暨专题研讨会 在北京举行): the headline's name becomes an alias of the
/// body's, so both resolve to one event. The body's name must start like the headline's and
/// hold its head word further on.
pub fn headline_short_forms(layout: &Layout, mentions: &mut [Mention]) {
    for (sec, section) in layout.sections.iter().enumerate() {
        let in_headline = |m: &Mention| section.headlines.iter().any(|h| m.start >= h.0 && m.end <= h.1);
        let Some(h) = mentions.iter().filter(|m| m.ty == EntityType::Event && in_headline(m)).max_by_key(|m| m.end - m.start).map(|m| m.label.clone()) else { continue };
        let body = mentions.iter().position(|m| {
            let s = &layout.sentences[m.sentence];
            m.ty == EntityType::Event && s.section == sec && s.kind == BlockKind::Body && m.label != h && extends(&h, &m.label)
        });
        if let Some(b) = body {
            mentions[b].aliases.push(h);
        }
    }
}

fn extends(short: &str, long: &str) -> bool {
    // …十年回顾与展望研讨会 in a headline cut at 与: the tail of the body's name
    let bare = |s: &str| s.chars().filter(|c| !crate::scan::is_quote(*c)).collect::<String>();
    let (short_bare, long_bare) = (bare(short), bare(long));
    if short_bare.chars().count() >= 4 && long_bare.len() > short_bare.len() && long_bare.ends_with(&short_bare) {
        return true;
    }
    let (h, b): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    let common = h.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let head: String = h[h.len().saturating_sub(2)..].iter().collect();
    common >= 6 && common < h.len() && b.len() > h.len() && b[common..].iter().collect::<String>().contains(&head)
}

fn recurrence_rule(ty: EntityType) -> &'static str {
    match ty {
        EntityType::Person => "person.recurrence",
        EntityType::Alliance => "alliance.recurrence",
        EntityType::Event => "event.recurrence",
        EntityType::Document => "document.recurrence",
        EntityType::Project => "project.recurrence",
        _ => "org.recurrence",
    }
}

/// 香港理工大学(理大), …联盟(以下简称“联盟”), …中心(下称中心): the bracket right after a
/// name defines a short form of it.
fn defined_abbreviations(norm: &NormText, mentions: &mut [Mention]) -> Vec<Form> {
    const LEADS: &[&str] = crate::recognize::ABBREVIATION_LEADS;
    let chars = &norm.chars;
    let mut forms = Vec::new();
    // (Press Division of the Bay Centre (BC): of two names closing before the bracket, the
    // initials are the one's they spell)
    let initials = crate::en::words::acronym_of;
    let spans: Vec<(usize, usize, String)> = mentions.iter().map(|m| (m.start, m.end, initials(&m.label))).collect();
    let spelled_by_inner = |m: &Mention, short: &str| initials(&m.label) != short && spans.iter().any(|(s, e, i)| *e == m.end && *s > m.start && i == short);
    for (i, m) in mentions.iter_mut().enumerate() {
        if !matches!(m.ty, EntityType::Organization | EntityType::Alliance | EntityType::Event | EntityType::Project) || chars.get(m.end) != Some(&'(') {
            continue;
        }
        let Some(close) = (m.end + 1..chars.len().min(m.end + 24)).find(|&k| chars[k] == ')') else { continue };
        let mut a = m.end + 1;
        if let Some(lead) = LEADS.iter().find(|w| starts_with_at(chars, a, close, w)) {
            a += lead.chars().count();
        }
        let b = if chars[close - 1] == '”' { close - 1 } else { close };
        if a < b && chars[a] == '“' {
            a += 1;
        }
        let short: String = chars[a..b].iter().collect();
        let n = short.chars().count();
        // (以下简称“ABC研究大学”: a Latin short form may open it)
        let latin = short.chars().take_while(|c| c.is_ascii_uppercase()).count();
        let cjk_rest = short.chars().skip(latin).all(is_cjk);
        // (东岭与海川智库(DHC)…DHC理事长: Latin initials alone, two to eight capitals, too)
        let initials_only = latin == n && (2..=8).contains(&n);
        if ((2..=10).contains(&(n - latin)) || initials_only) && latin <= 8 && cjk_rest && short != m.surface && !spelled_by_inner(m, &short) {
            m.aliases.push(short.clone());
            forms.push(Form { text: short, model: i, rule: "abbreviation.defined-in-brackets" });
        }
    }
    forms
}

/// 东大副校长, 湖大董事长, 西师大教授: a university's customary short form (the first character
/// of its name, or of each of its two words, and 大), written before a post, when it fits
/// exactly one university the article names in full (国立政治大学, 中国文化大学, 台湾师范大学).
fn university_short_forms(lex: &Lexicon, norm: &NormText, layout: &Layout, tokens: &[Tokens], mentions: &mut [Mention]) -> Vec<Form> {
    let mut candidates: Vec<(String, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(core) = m.label.strip_suffix("大学").filter(|_| m.ty == EntityType::Organization) else { continue };
        // 台湾中国文化大学: places and 国立/私立/中国 before the name are no part of its short form
        let proper = proper_part(lex, core);
        // (东岭交通大学 → 东岭交大: the place the name opens with may stay before its short form)
        let place = core.strip_suffix(proper).filter(|p| !p.is_empty() && !p.ends_with(['立', '国']));
        let core: Vec<char> = proper.chars().collect();
        if core.len() < 2 || !core.iter().all(|&c| is_cjk(c)) {
            continue;
        }
        let mut shorts = vec![format!("{}大", core[0])];
        if core.len() == 4 {
            shorts.push(format!("{}{}大", core[0], core[2]));
        }
        let with_place: Vec<String> = place.map(|p| shorts.iter().map(|s| format!("{p}{s}")).collect()).unwrap_or_default();
        for short in shorts.into_iter().chain(with_place) {
            candidates.push((short, i));
        }
    }
    let mut forms = Vec::new();
    for (short, i) in &candidates {
        // one university per short form, and not a name written in full
        let unique = !candidates.iter().any(|(s, j)| s == short && !one_body(&mentions[*j].label, &mentions[*i].label));
        if !unique || mentions.iter().any(|m| m.surface == *short) || forms.iter().any(|f: &Form| f.text == *short) {
            continue;
        }
        if !norm.text.contains(short.as_str()) {
            continue;
        }
        let pattern: Vec<char> = short.chars().collect();
        let before_post = layout.sentences.iter().enumerate().any(|(si, s)| {
            (s.start..s.end.saturating_sub(pattern.len())).any(|k| norm.chars[k..k + pattern.len()] == pattern[..] && belongs_here(lex, &norm.chars, &tokens[si], k + pattern.len(), s.end))
        });
        // (西安交大牵头成立…: a short form that keeps its place is long enough to stand anywhere)
        if before_post || short.chars().count() >= 4 {
            mentions[*i].aliases.push(short.clone());
            forms.push(Form { text: short.clone(), model: *i, rule: "abbreviation.university-short-form" });
        }
    }
    forms
}

/// 东大系统, 东大海川分校 after 东岭大学系统, 东岭大学海川分校: a unit or system of a
/// university written with the university's customary short form (the first character of its
/// proper part and 大), where it fits one body the article names in full.
fn units_of_short_universities(lex: &Lexicon, norm: &NormText, mentions: &mut [Mention]) -> Vec<Form> {
    let mut candidates: Vec<(String, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| m.ty == EntityType::Organization) {
        let Some(k) = m.label.find("大学").filter(|&k| k > 0) else { continue };
        let (parent, unit) = (&m.label[..k], &m.label[k + "大学".len()..]);
        let proper = proper_part(lex, parent);
        let Some(first) = proper.chars().next().filter(|c| is_cjk(*c)) else { continue };
        if unit.chars().count() >= 2 && unit.chars().all(is_cjk) {
            candidates.push((format!("{first}大{unit}"), i));
        }
    }
    let mut forms = Vec::new();
    for (short, i) in &candidates {
        let unique = candidates.iter().all(|(s, j)| s != short || one_body(&mentions[*j].label, &mentions[*i].label));
        let first = candidates.iter().find(|(s, _)| s == short).is_some_and(|(_, j)| j == i);
        if unique && first && norm.text.contains(short.as_str()) && !mentions.iter().any(|m| m.label == *short && m.ty != EntityType::Organization) {
            mentions[*i].aliases.push(short.clone());
            forms.push(Form { text: short.clone(), model: *i, rule: "abbreviation.unit-of-short-university" });
        }
    }
    forms
}

/// 湖经院副院长, 河大校长李华: a short form the article never defines, written where a body
/// belongs (before a post, or before a name and a post), that abbreviates exactly one body it
/// names in full: its characters are the name's, in order, from one of the first characters of
/// its proper part to its head (院 of 研究院, 大 of 大学).
fn short_forms_before_posts(lex: &Lexicon, norm: &NormText, layout: &Layout, tokens: &[Tokens], mentions: &mut [Mention], known: &[Form]) -> Vec<Form> {
    let bodies: Vec<usize> = (0..mentions.len()).filter(|&i| mentions[i].ty == EntityType::Organization).collect();
    if bodies.is_empty() {
        return Vec::new();
    }
    let chars = &norm.chars;
    let mut forms: Vec<Form> = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        let toks = &tokens[si];
        // (海研中心发起的X联盟: or before a verb only bodies do)
        const BODY_VERBS: &[&str] = &["发起", "牵头", "主办", "承办", "举办"];
        let before_verbs = (s.start + 2..s.end).filter(|&p| BODY_VERBS.iter().any(|v| starts_with_at(chars, p, s.end, v)));
        let slots: Vec<usize> = body_slots_before_posts(lex, chars, toks, s.start).into_iter().chain(before_verbs).collect();
        for end in slots {
            for n in (2..=4).rev() {
                let Some(start) = end.checked_sub(n).filter(|&a| a >= s.start) else { continue };
                let opens = start == s.start || !is_cjk(chars[start - 1]) || toks.ending_at(start).is_some();
                if !opens || !chars[start..end].iter().all(|&c| is_cjk(c)) || toks.within(start, end).any(|t| t.is_stop() || (t.start, t.end) == (start, end)) || mentions.iter().any(|m| m.start < end && start < m.end) {
                    continue;
                }
                let short: String = chars[start..end].iter().collect();
                if known.iter().chain(&forms).any(|f| f.text == short) {
                    break;
                }
                let Some(i) = the_body_abbreviated(lex, &short, &bodies, mentions) else { continue };
                mentions[i].aliases.push(short.clone());
                forms.push(Form { text: short, model: i, rule: "abbreviation.short-form-before-post" });
                break;
            }
        }
    }
    forms
}

/// Heads the language contracts (社会科学界联合会 → 社科联).
const CONTRACTED_HEADS: &[(&str, &str)] = &[
    ("社会科学界联合会", "社科联"),
    ("社会科学院", "社科院"),
    ("科学技术协会", "科协"),
    ("文学艺术界联合会", "文联"),
    ("工商业联合会", "工商联"),
    ("妇女联合会", "妇联"),
    ("外事办公室", "外办"),
];

/// 省社科联 after 浙江省社会科学界联合会, 市教育局 after 东岭市教育局: a body of a province or city
/// referred to by the level alone (省, 市), its head contracted or not; only where one body of
/// the article has that form. Also returns the forms several bodies share.
fn level_short_forms(lex: &Lexicon, mentions: &mut [Mention], known: &[Form]) -> (Vec<Form>, Vec<String>) {
    let mut candidates: Vec<(String, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.ty != EntityType::Organization || m.lex.is_some() {
            continue;
        }
        let Some((_, b, _)) = lex.tokens(&m.label).into_iter().next().filter(|(a, _, tags)| *a == 0 && tags.iter().any(|t| matches!(t, Tag::Place(_)))) else { continue };
        let (place, rest) = m.label.split_at(b);
        let Some(level) = place.chars().last().filter(|c| matches!(c, '省' | '市' | '区' | '县')) else { continue };
        // (浙江省宁波市…: a second place after the first says whose body it is; a university
        // is never called by its level)
        let another_place = lex.tokens(rest).into_iter().next().is_some_and(|(a, _, tags)| a == 0 && tags.iter().any(|t| matches!(t, Tag::Place(_))));
        if another_place || m.kind == Some(crate::lexicon::OrgKind::University) {
            continue;
        }
        let mut forms = vec![format!("{level}{rest}")];
        forms.extend(CONTRACTED_HEADS.iter().filter_map(|(long, short)| rest.strip_suffix(long).map(|r| format!("{level}{r}{short}"))));
        candidates.extend(forms.into_iter().filter(|f| f.chars().count() >= 3).map(|f| (f, i)));
    }
    let mut out = Vec::new();
    let mut ambiguous = Vec::new();
    for (form, i) in &candidates {
        let unique = !candidates.iter().any(|(f, j)| f == form && !one_body(&mentions[*i].label, &mentions[*j].label));
        if !unique {
            ambiguous.push(form.clone());
        } else if !known.iter().chain(&out).any(|f: &Form| f.text == *form) {
            mentions[*i].aliases.push(form.clone());
            out.push(Form { text: form.clone(), model: *i, rule: "abbreviation.level-short-form" });
        }
    }
    (out, ambiguous)
}

/// 东阿协会 read as a body of its own (协会 is a head) in an article that names
/// 东岭阿拉伯文化经济协会: a short name that abbreviates exactly one longer body the article
/// names is that body (its alias, so resolution merges the two).
fn short_bodies_read_alone(lex: &Lexicon, mentions: &mut [Mention]) {
    let bodies: Vec<usize> = (0..mentions.len()).filter(|&i| mentions[i].ty == EntityType::Organization).collect();
    let mut found: Vec<(usize, String)> = Vec::new();
    for &i in &bodies {
        let short = &mentions[i].label;
        if !short.chars().all(is_cjk) {
            continue;
        }
        // (上海文交局 for 上海文化交流局: the place both names open with, then the short form)
        // (a place of two to four characters and a short form of two to four: eight at most)
        let place = if short.chars().count() <= 8 { place_prefix(lex, short) } else { None };
        let (core, same_place): (&str, Vec<usize>) = match place {
            Some(p) => (&short[p..], bodies.iter().copied().filter(|&j| mentions[j].label.starts_with(&short[..p]) && j != i).collect()),
            None => (short.as_str(), bodies.clone()),
        };
        if !(2..=4).contains(&core.chars().count()) {
            continue;
        }
        // (东岭学院 before 东岭学院海洋研究院: a name that opens a longer one is its parent, no
        // short form of it)
        let same_place: Vec<usize> = same_place.into_iter().filter(|&j| !mentions[j].label.starts_with(short.as_str())).collect();
        let names: Vec<&str> = same_place.iter().map(|&j| &mentions[j].label[place.unwrap_or(0)..]).collect();
        if let Some(k) = abbreviated_among(lex, core, &names) {
            found.push((same_place[k], short.clone()));
        }
    }
    // (东岭研究所 in a headline, 全球东岭研究所 in the body: a name of five characters or more
    // that ends exactly one longer body's name is that body)
    for &i in &bodies {
        let short = &mentions[i].label;
        let longer: Vec<usize> = bodies.iter().copied().filter(|&j| mentions[j].label.len() > short.len() && mentions[j].label.ends_with(short.as_str())).collect();
        if short.chars().count() >= 5 && short.chars().all(is_cjk) && longer.len() == 1 && longer.iter().all(|&j| mentions[j].label.chars().count() <= short.chars().count() + 3) {
            found.push((longer[0], short.clone()));
        }
    }
    for (j, short) in found {
        mentions[j].aliases.push(short);
    }
}

/// 「东岭研究中心」的前身为…。「东研中心」正式成立: a quoted short name no recogniser read
/// that abbreviates exactly one body the article names (its full name or the unit's name
/// without its parent) is that body, wherever the article writes it.
fn quoted_short_forms(lex: &Lexicon, norm: &NormText, mentions: &mut [Mention]) -> Vec<Form> {
    let chars = &norm.chars;
    let bodies: Vec<usize> = (0..mentions.len()).filter(|&j| mentions[j].ty == EntityType::Organization).collect();
    // each body's names: its label and the aliases that end it (the unit without its parent)
    let mut names: Vec<(usize, String)> = Vec::new();
    for &j in &bodies {
        let m = &mentions[j];
        names.push((j, m.label.clone()));
        names.extend(m.aliases.iter().filter(|a| m.label.ends_with(a.as_str())).map(|a| (j, a.clone())));
    }
    let mut forms = Vec::new();
    for open in (0..chars.len()).filter(|&k| chars[k] == '“') {
        let Some(close) = (open + 1..chars.len().min(open + 8)).find(|&k| chars[k] == '”') else { continue };
        let short: String = chars[open + 1..close].iter().collect();
        let n = close - open - 1;
        if !(3..=6).contains(&n) || !short.chars().all(is_cjk) || mentions.iter().any(|m| m.start < close && open < m.end) {
            continue;
        }
        let labels: Vec<&str> = names.iter().map(|(_, l)| l.as_str()).collect();
        let Some(k) = abbreviated_among(lex, &short, &labels) else { continue };
        let model = names[k].0;
        // (all the names it fits are one body's)
        if names.iter().enumerate().any(|(i, (j, l))| *j != model && abbreviates(lex, &short, l) && i != k) {
            continue;
        }
        mentions[model].aliases.push(short.clone());
        forms.push(Form { text: short, model, rule: "org.quoted-short-form" });
    }
    forms
}

/// 东岭科学院 named in full and then 东科院, a short form the lexicon gives a better-known body:
/// where the article never names that body in full, the short form abbreviates the one it
/// does name (the one body it fits).
fn lexicon_short_forms_of_article_bodies(lex: &Lexicon, norm: &NormText, mentions: &mut [Mention]) {
    let bodies: Vec<usize> = (0..mentions.len()).filter(|&j| mentions[j].ty == EntityType::Organization && mentions[j].lex.is_none()).collect();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let short_alias = m.ty == EntityType::Organization && m.lex.is_some() && m.surface != m.label && (2..=4).contains(&m.surface.chars().count()) && m.surface.chars().all(is_cjk);
        if !short_alias || norm.text.contains(m.label.as_str()) {
            continue;
        }
        let short = mentions[i].surface.clone();
        let Some(j) = the_body_abbreviated(lex, &short, &bodies, mentions) else { continue };
        (mentions[i].label, mentions[i].lex, mentions[i].kind) = (short.clone(), None, mentions[j].kind);
        mentions[i].aliases.clear();
        mentions[j].aliases.push(short);
    }
}

/// The length in bytes of a place or country that opens `name` and leaves a name after it.
fn place_prefix(lex: &Lexicon, name: &str) -> Option<usize> {
    let (a, b, tags) = lex.tokens(name).into_iter().next()?;
    (a == 0 && b < name.len() && tags.iter().any(|t| matches!(t, Tag::Place(_) | Tag::Country(_)))).then_some(b)
}

/// Where a body's short form would end in a sentence: right before a post (after its
/// modifiers), or before a two- or three-character name that a post follows.
fn body_slots_before_posts(lex: &Lexicon, chars: &[char], toks: &Tokens, ss: usize) -> Vec<usize> {
    let mut slots = Vec::new();
    for t in toks.list.iter().filter(|t| t.has(|g| matches!(g, Tag::Post))) {
        let mut p = t.start;
        while let Some(m) = lex.modifiers.iter().find(|m| p >= ss + m.chars().count() && crate::scan::ends_with_at(chars, p, ss, m)) {
            p -= m.chars().count();
        }
        slots.push(p);
        for n in 2..=3 {
            if p >= ss + n && lex.surname_len(&chars[p - n..p]).is_some() && chars[p - n..p].iter().all(|&c| is_cjk(c)) {
                slots.push(p - n);
            }
        }
    }
    slots
}

/// 东岭大学 and 国立东岭大学, 文化大学 and 台湾中国文化大学: one body under two names (a name
/// ending another is its short form).
/// The body among `bodies` that `short` abbreviates, when all it fits are one body.
fn the_body_abbreviated(lex: &Lexicon, short: &str, bodies: &[usize], mentions: &[Mention]) -> Option<usize> {
    // (海研中心 of 东岭部海川问题研究中心: or its name without the parent, a form it goes by)
    let mut named: Vec<(usize, &str)> = Vec::new();
    for &j in bodies {
        let m = &mentions[j];
        named.push((j, m.label.as_str()));
        named.extend(m.aliases.iter().filter(|a| a.chars().count() >= 6 && m.label.ends_with(a.as_str())).map(|a| (j, a.as_str())));
    }
    let names: Vec<&str> = named.iter().map(|&(_, n)| n).collect();
    abbreviated_among(lex, short, &names).map(|k| named[k].0)
}

/// The index among `names` of the one body `short` abbreviates, when all it fits are one body.
fn abbreviated_among(lex: &Lexicon, short: &str, names: &[&str]) -> Option<usize> {
    let mut fits = (0..names.len()).filter(|&j| abbreviates(lex, short, names[j]));
    let j = fits.next()?;
    fits.all(|k| one_body(names[j], names[k])).then_some(j)
}

fn one_body(a: &str, b: &str) -> bool {
    a.ends_with(b) || b.ends_with(a)
}

/// Whether `short` abbreviates `name`: its characters in order, the first among the first two
/// of the name's proper part (after places, 国立, 私立) or the name's own first, one at least
/// from the proper part before its head, the last the head's (大 of 大学, else the name's
/// last: 院 of 研究院).
fn abbreviates(lex: &Lexicon, short: &str, name: &str) -> bool {
    let s: Vec<char> = short.chars().collect();
    let n: Vec<char> = name.chars().collect();
    // the head's character: 大 of 大学, else the name's last (院, 所, 会); 教育 is no 教育厅
    let Some(&last) = n.last() else { return false };
    let head = if name.ends_with("大学") { '大' } else { last };
    if n.len() < s.len() + 2 || name.ends_with(short) || s[s.len() - 1] != head {
        return false;
    }
    if !crate::scan::keeps_in_order(&n, &s) {
        return false;
    }
    // 台大 is no short form of 台湾师范大学: a short form keeps a character of the proper part
    // (昆大 for 昆明大学: a university named by its city alone is abbreviated from the city)
    let proper = proper_part(lex, name);
    let proper: Vec<char> = if proper.chars().count() <= 2 { n.clone() } else { proper.chars().collect() };
    let own = &proper[..proper.len().saturating_sub(2)];
    (n[0] == s[0] || proper.iter().take(2).any(|&c| c == s[0])) && s[..s.len() - 1].iter().any(|c| own.contains(c))
}

/// A name without the places and 国立/私立/中国 before it: 台湾中国文化大学 → 文化大学.
fn proper_part<'a>(lex: &Lexicon, name: &'a str) -> &'a str {
    let mut core = name;
    while let Some((_, b, _)) = lex.tokens(core).into_iter().next().filter(|(a, b, tags)| *a == 0 && *b < core.len() && tags.iter().any(|t| matches!(t, Tag::Place(_) | Tag::Country(_)))) {
        core = &core[b..];
    }
    ["国立", "私立", "中国", "国家"].iter().find_map(|p| core.strip_prefix(p)).unwrap_or(core)
}

/// 我校党委书记李华: a university's own news says 我校 (本校) for itself (an institute's, 我院). It is the first
/// university the article names before it first says so, where a page names itself (the
/// headline, the source bracket 【东岭大学新闻中心讯】, the sentence with 我校); otherwise the
/// university is never named (a host named in the body is another one) and 我校 stays unnamed.
fn own_body(lex: &Lexicon, norm: &NormText, layout: &Layout, mentions: &mut [Mention], own_words: &[&'static str], heads: &[&str]) -> Vec<Form> {
    let words: Vec<&str> = own_words.iter().copied().filter(|w| norm.text.contains(w)).collect();
    let find = |w: &str| crate::scan::find_word(&norm.chars, 0, norm.chars.len(), w);
    let Some(first) = words.iter().filter_map(|w| find(w)).min() else { return Vec::new() };
    // a university's name (also inside a longer one: 东岭大学新闻中心讯), not one abroad
    let abroad_name = |name: &str| lex.tokens(name).first().is_some_and(|(a, _, tags)| *a == 0 && tags.iter().any(|t| matches!(t, Tag::Country(c) if lex.countries[*c].name != "中国")));
    // (and the short form the article defines for one abroad: “ABC研究大学”)
    let abroad_forms: Vec<String> = mentions.iter().filter(|m| abroad_name(&m.label)).flat_map(|m| m.aliases.iter().cloned()).collect();
    let abroad = |name: &str| abroad_name(name) || abroad_forms.iter().any(|f| f == name);
    let universities = (0..mentions.len()).filter(|&i| mentions[i].ty == EntityType::Organization && heads.iter().any(|h| mentions[i].label.ends_with(h)) && !abroad(&mentions[i].label));
    // (or the lead sentence, when the article names only one body that fits: 东岭农业科学院与
    // 西河大学签约仪式举行。…我院党委书记李华)
    let fitting: std::collections::BTreeSet<&str> = universities.clone().map(|i| mentions[i].label.as_str()).collect();
    let lead = layout.sentences.iter().find(|s| s.kind == BlockKind::Body).filter(|_| fitting.len() == 1).map(|s| (s.start, s.end));
    // named where a page names itself: a headline, a source bracket (【…讯】, normalised to ( )),
    // the sentence saying 我校
    let sentence_of = |at: usize| layout.sentences.iter().find(|s| s.start <= at && at < s.end);
    let names_itself = |at: usize| {
        sentence_of(at).is_some_and(|s| s.kind != BlockKind::Body || (s.start <= first && first < s.end) || norm.chars[s.start..at].iter().rev().take_while(|&&c| !matches!(c, '】' | ')')).any(|&c| matches!(c, '【' | '(')))
            || lead.is_some_and(|(a, b)| a <= at && at < b)
    };
    // (来源:东岭研究院 under a headline that already says 我院: the page's source line names it)
    let source_line = |at: usize| crate::scan::ends_with_at(&norm.chars, at, 0, "来源:");
    let named_first = universities.clone().filter_map(|i| Some((find(&mentions[i].label)?, i))).filter(|&(at, _)| at < first && names_itself(at) || source_line(at)).min().map(|(_, i)| i);
    let Some(own) = named_first.or_else(|| host_of_visitors(norm, mentions, universities, own_words)) else { return Vec::new() };
    words
        .into_iter()
        .map(|w| {
            mentions[own].aliases.push(w.to_owned());
            Form { text: w.to_owned(), model: own, rule: "org.own-university" }
        })
        .collect()
}

/// 西河大学校长一行访问我校 … 他介绍了东岭大学的历史: visitors from abroad come to 我校, and the
/// one university at home the article names (not a school or college of it) is the host.
fn host_of_visitors(norm: &NormText, mentions: &[Mention], universities: impl Iterator<Item = usize>, own_words: &[&str]) -> Option<usize> {
    let visited = own_words.iter().any(|w| ["访问", "来访", "到访", "莅临", "来到"].iter().any(|v| norm.text.contains(&format!("{v}{w}"))));
    if !visited {
        return None;
    }
    let whole: std::collections::BTreeMap<&str, usize> = universities.filter(|&i| mentions[i].label.ends_with("大学")).map(|i| (mentions[i].label.as_str(), i)).collect();
    (whole.len() == 1).then(|| whole.into_values().next()).flatten()
}

/// Where a university's short form stands for the body: before a post (城大校长), a name and a
/// post (城大李华校长), an office and its post (城大外事主任) or the university's delegation
/// (城大代表团).
fn belongs_here(lex: &Lexicon, chars: &[char], toks: &Tokens, p: usize, end: usize) -> bool {
    let office_then_post = p + 2 < end && chars[p..p + 2].iter().all(|&c| is_cjk(c)) && toks.covering(p).is_none_or(|t| t.start == p) && post_at(lex, chars, toks, p + 2, end);
    post_at(lex, chars, toks, p, end) || name_then_post(lex, chars, toks, p, end) || office_then_post || starts_with_at(chars, p, end, "代表团")
}

/// 城大李华校长: a two- or three-character name, then a post.
fn name_then_post(lex: &Lexicon, chars: &[char], toks: &Tokens, p: usize, end: usize) -> bool {
    (2..=3).any(|n| p + n < end && lex.surname_len(&chars[p..p + n]).is_some() && chars[p..p + n].iter().all(|&c| is_cjk(c)) && post_at(lex, chars, toks, p + n, end))
}

/// A post starts at `p`, after modifiers (副, 常务 …) that may open it.
fn post_at(lex: &Lexicon, chars: &[char], toks: &Tokens, p: usize, end: usize) -> bool {
    crate::recognize::post_end_after_modifiers(lex, chars, toks, p, end).is_some()
}

/// Leftmost-longest, non-overlapping occurrences of the forms in a sentence: (start, end,
/// form). A few dozen names per article: comparing them in place costs less than building
/// an automaton for each article.
fn occurrences(text: &[char], forms: &[Form]) -> Vec<(usize, usize, usize)> {
    let patterns: Vec<Vec<char>> = forms.iter().map(|f| f.text.chars().collect()).collect();
    // patterns by their first character, so each position tries only those that can match
    let mut by_first: Vec<(char, usize)> = patterns.iter().enumerate().filter_map(|(i, p)| p.first().map(|&c| (c, i))).collect();
    by_first.sort_unstable();
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let from = by_first.partition_point(|&(c, _)| c < text[i]);
        // (ABC in ABCD or XABC: Latin initials match only as a word of their own)
        let latin_word = |fi: usize| {
            let p = &patterns[fi];
            let alnum = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            !(p[0].is_ascii_alphanumeric() && i > 0 && alnum(text.get(i - 1)) || p[p.len() - 1].is_ascii_alphanumeric() && alnum(text.get(i + p.len())))
        };
        let best = by_first[from..].iter().take_while(|&&(c, _)| c == text[i]).map(|&(_, fi)| fi).filter(|&fi| text[i..].starts_with(&patterns[fi]) && latin_word(fi)).max_by_key(|&fi| patterns[fi].len());
        match best {
            Some(fi) => {
                out.push((i, i + patterns[fi].len(), fi));
                i += patterns[fi].len();
            }
            None => i += 1,
        }
    }
    out
}

/// Whether every mention (but places and countries) overlapping `start..end` is a body that
/// ends with it and starts after it: the shorter reading of a name the article knows in full.
fn swallows_bodies(mentions: &[Mention], start: usize, end: usize) -> bool {
    let mut over = mentions.iter().filter(|m| !matches!(m.ty, EntityType::Country | EntityType::Place) && m.start < end && start < m.end).peekable();
    over.peek().is_some() && over.all(|m| m.ty == EntityType::Organization && m.end == end && m.start > start)
}

fn overlaps(sorted: &[(usize, usize)], start: usize, end: usize) -> bool {
    let i = sorted.partition_point(|&(s, _)| s < end);
    sorted[..i].iter().rev().take(64).any(|&(s, e)| s < end && start < e)
}

/// Whether a found form stands as a name of its own, not inside a longer word: bounded by
/// marks, function words, verbs of saying, posts or other names. A person's name needs such
/// a bound on both sides (主张明确 holds no 张明).
fn stands_alone(norm: &NormText, toks: &Tokens, ty: EntityType, start: usize, end: usize, ss: usize, se: usize) -> bool {
    let chars = &norm.chars;
    let bound_tag = |t: &Tag| matches!(t, Tag::Word(WordRole::Stop | WordRole::Conj | WordRole::Speech) | Tag::Post | Tag::OrgHead(_) | Tag::KnownOrg(_) | Tag::Country(_) | Tag::Place(_));
    let left = start == ss || !is_cjk(chars[start - 1]) || toks.ending_at(start).is_some_and(|t| t.has(bound_tag)) || "、和与及同向由对在".contains(chars[start - 1]);
    let right = end == se || !is_cjk(chars[end]) || toks.starting_at(end).is_some_and(|t| t.has(|g| bound_tag(g) || matches!(g, Tag::Word(WordRole::Word))));
    let right_char = end < se && "在等也还说称就对为将是的从向于作带和与及则以介表指强认".contains(chars[end]);
    match ty {
        EntityType::Person => left && (right || right_char),
        _ => right || right_char || left,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;

    fn labels(text: &str) -> Vec<(String, String, Vec<String>)> {
        let x = extract_text(text);
        x.entities.iter().map(|e| (e.ty.as_str().to_owned(), e.label.clone(), e.aliases.iter().cloned().collect())).collect()
    }

    #[test]
    fn latin_initials_defined_after_a_body_name_it_before_a_post() {
        let facts = crate::relate::facts_of("由东岭与海川智库(DHC)主办的年会在北京举办。开幕式上,DHC理事长李华表示欢迎。DHCX不是它。");
        assert!(facts.iter().any(|f| f.0 == "李华" && f.1 == "position" && f.2 == "东岭与海川智库"), "{facts:?}");
    }

    #[test]
    fn a_latin_short_form_defined_for_a_university_abroad() {
        // (以下简称“ABC研究大学”): the short form is the university's, not the page's own (我校)
        let f = crate::relate::facts_of("东岭国海川水利与农业国立研究大学(以下简称“ABC研究大学”)代表团来访我校。ABC研究大学校长李华表示感谢。");
        assert!(crate::relate::holds(&f, "李华", "position", "东岭国海川水利与农业国立研究大学"), "{f:?}");
        let unis: Vec<String> = labels("东岭国海川水利与农业国立研究大学(以下简称“ABC研究大学”)代表团来访我校。ABC研究大学校长李华表示感谢。").into_iter().filter(|(t, ..)| t == "Organization").map(|(_, l, _)| l).collect();
        assert_eq!(unis.len(), 1, "{unis:?}");
    }

    #[test]
    fn a_university_s_customary_short_form_before_a_post() {
        let x = extract_text("东岭政法大学与台湾西河师范大学签署协议。仪式由东大副校长李华主持,西师大教授周立群发言。");
        let alias_of = |n: &str| x.entities.iter().find(|e| e.label == n).map(|e| e.aliases.iter().cloned().collect::<Vec<_>>()).unwrap_or_default();
        assert!(alias_of("东岭政法大学").contains(&"东大".to_owned()), "{:?}", alias_of("东岭政法大学"));
        assert!(alias_of("台湾西河师范大学").contains(&"西师大".to_owned()), "{:?}", alias_of("台湾西河师范大学"));
        assert!(crate::relate::holds(&crate::relate::facts_of("东岭政法大学与西河师范大学签署协议。仪式由东大副校长李华主持。"), "李华", "position", "东岭政法大学"));
        // a short form two universities share is nobody's
        let x = extract_text("东岭大学与东海大学签约。东大校长李华致辞。");
        assert!(x.entities.iter().all(|e| !e.aliases.contains("东大")));
    }

    #[test]
    fn an_undefined_short_form_before_a_post_is_the_body_it_abbreviates() {
        let text = "國立西河大學與湖光經濟研究院簽署合作備忘錄。簽約儀式由河大校長李華與湖經院副院長周立群代表簽署。";
        let facts = crate::relate::facts_of(text);
        assert!(crate::relate::holds(&facts, "李华", "position", "国立西河大学"), "{facts:?}");
        assert!(crate::relate::holds(&facts, "周立群", "position", "湖光经济研究院"), "{facts:?}");
        // 国立西河大学 is also 西河大学: one body
        let x = extract_text("國立西河大學與湖光經濟研究院簽署合作備忘錄。西河大學校長李華出席。");
        assert_eq!(x.entities.iter().filter(|e| e.label.ends_with("西河大学")).count(), 1);
    }

    #[test]
    fn no_short_form_glued_to_a_word_or_fitting_two_bodies() {
        // 学所 fits 海南科学院湖光研究所 in order, but 化学所 is one word of its own
        let facts = crate::relate::facts_of("海南科学院湖光研究所所长李华出席。湖光化学所所长周立群出席。");
        assert!(!crate::relate::holds(&facts, "周立群", "position", "海南科学院湖光研究所"), "{facts:?}");
        // 海大 is no short form of 海南湖光师范大学: it keeps no character of 湖光师范
        let facts = crate::relate::facts_of("海南湖光师范大学校长李华和海大副校长周立群出席。");
        assert!(!crate::relate::holds(&facts, "周立群", "position", "海南湖光师范大学"), "{facts:?}");
        // 教育 before 参赞 is a word, not 海南省教育厅
        let facts = crate::relate::facts_of("海南省教育厅厅长李华出席。大使馆教育参赞周立群出席。");
        assert!(!crate::relate::holds(&facts, "周立群", "position", "海南省教育厅"), "{facts:?}");
        // 东大 fits both 东岭大学 and 东川大学
        let facts = crate::relate::facts_of("东岭大学与东川大学签署协议。东大校长李华致辞。");
        assert!(!facts.iter().any(|f| f.0 == "李华" && f.1 == "position"), "{facts:?}");
    }

    #[test]
    fn a_short_name_read_as_a_body_of_its_own_is_the_body_it_abbreviates() {
        let f = crate::relate::facts_of("东岭阿拉伯文化经济协会举行研讨会。东阿协会理事长李华出席。");
        assert!(crate::relate::holds(&f, "李华", "position", "东岭阿拉伯文化经济协会"), "{f:?}");
        // one that fits two bodies stays itself
        let f = crate::relate::facts_of("东岭阿拉伯文化经济协会与东岭阿拉伯研究协会举行研讨会。东阿协会理事长李华出席。");
        assert!(!crate::relate::holds(&f, "李华", "position", "东岭阿拉伯文化经济协会"), "{f:?}");
    }

    #[test]
    fn a_place_then_the_short_form_of_a_body_named_in_full_with_the_same_place() {
        let l = labels("论坛由上海文化交流局主办。上海文交局主席李华致辞。");
        assert!(l.iter().any(|(t, n, a)| t == "Organization" && n == "上海文化交流局" && a.contains(&"上海文交局".to_owned())), "{l:?}");
        // (the same short form after another place abbreviates nothing here)
        let l = labels("论坛由上海文化交流局主办。天津文交局主席李华致辞。");
        assert!(l.iter().any(|(t, n, _)| t == "Organization" && n == "天津文交局"), "{l:?}");
    }

    #[test]
    fn a_university_named_by_its_city_is_abbreviated_from_the_city() {
        let l = labels("昆明大学举行典礼。昆大副校监李华出席。");
        assert!(l.iter().any(|(t, n, a)| t == "Organization" && n == "昆明大学" && a.contains(&"昆大".to_owned())), "{l:?}");
    }

    #[test]
    fn our_university_is_the_one_the_page_names_itself() {
        // the source bracket names the page's university: 我校 is it
        let f = crate::relate::facts_of("【东岭大学新闻中心讯】9月11日,合作会议举行。我校党委书记李华、西河大学副校长王明出席。");
        assert!(crate::relate::holds(&f, "李华", "position", "东岭大学"), "{f:?}");
        // a host named in the body is another university: 我校 stays unnamed
        let f = crate::relate::facts_of("会议信息\n\n本校校长李华参加由南川科技大学主办之论坛。");
        assert!(!crate::relate::holds(&f, "李华", "position", "南川科技大学"), "{f:?}");
    }

    #[test]
    fn an_abbreviation_defined_in_brackets_is_the_same_body() {
        let x = extract_text("东岭理工大学(东理)与南川研究院签署协议。东理校长王立表示,东理将派出教师。");
        let e = x.entities.iter().find(|e| e.label == "东岭理工大学").expect("the full name");
        assert!(e.aliases.contains("东理"), "{:?}", e.aliases);
        assert!(e.mentions.len() >= 3, "every 东理 is a mention of it");
        assert!(x.relations.iter().any(|r| x.entities[r.subject].label == "王立" && r.predicate.as_str() == "position"));
    }

    #[test]
    fn a_person_named_again_without_a_post_and_no_name_inside_a_word() {
        let l = labels("南川研究院院长张明出席会议。张明表示,合作前景广阔。该研究院主张明确分工。");
        let x = extract_text("南川研究院院长张明出席会议。张明表示,合作前景广阔。该研究院主张明确分工。");
        let zhang = x.entities.iter().find(|e| e.label == "张明").expect("the person");
        assert_eq!(zhang.mentions.len(), 2, "{l:?}");
    }

    #[test]
    fn an_alliance_named_again_where_no_verb_founds_it() {
        let x = extract_text("会上,北川研究院等机构共同成立“沿海数据智库联盟”。沿海数据智库联盟将每年发布研究报告。");
        let a = x.entities.iter().find(|e| e.label == "沿海数据智库联盟").expect("the alliance");
        assert_eq!(a.mentions.len(), 2);
    }

    #[test]
    fn a_short_form_the_lexicon_gives_another_body_abbreviates_the_one_named_in_full() {
        let x = extract_text("国家中湖科学研究院与西河大学签署备忘录。中科院李华院长致辞。");
        let e = x.entities.iter().find(|e| e.label == "国家中湖科学研究院").expect("the institute");
        assert!(e.aliases.contains("中科院"), "{:?}", x.entities);
        assert!(!x.entities.iter().any(|e| e.label == "中国科学院"), "{:?}", x.entities);
        // (where the article names the lexicon's body in full, the short form stays its)
        let x = extract_text("国家中湖科学研究院与中国科学院签署备忘录。中科院李华院长致辞。");
        assert!(x.entities.iter().any(|e| e.label == "中国科学院" && e.aliases.contains("中科院")), "{:?}", x.entities);
    }

    #[test]
    fn a_place_before_a_university_s_short_form_stays_with_it() {
        let x = extract_text("海口交通大学与西河大学签署协议。海口交大校长李华致辞。");
        let e = x.entities.iter().find(|e| e.label == "海口交通大学").expect("the university");
        assert!(e.aliases.contains("海口交大"), "{:?}", x.entities);
        assert!(!x.entities.iter().any(|e| e.label == "海口"), "{:?}", x.entities);
    }

    #[test]
    fn a_unit_named_again_without_its_parent_is_the_unit_not_a_shorter_body_inside() {
        let f = crate::relate::facts_of("东岭省政府研究室与东岭大学海川与北湖研究院签署协议。校党委副书记、海川与北湖研究院院长李华出席。");
        assert!(f.iter().any(|r| r.0 == "李华" && r.1 == "position" && r.2 == "东岭大学海川与北湖研究院"), "{f:?}");
        assert!(!f.iter().any(|r| r.2 == "北湖研究院"), "{f:?}");
    }

    #[test]
    fn a_name_written_three_times_before_the_same_character_is_that_character_longer() {
        let people = |t: &str| {
            let x = extract_text(t);
            let mut v: Vec<String> = x.mentions.iter().filter(|m| m.ty == crate::recognize::EntityType::Person).map(|m| m.label.clone()).collect();
            v.sort();
            v.dedup();
            v
        };
        assert_eq!(people("部长助理张惠来出席会议并致辞。张惠来欢迎各方。张惠来高度评价合作成果。"), vec!["张惠来"]);
        // (a name followed each time by 表示-like words stays two characters)
        assert_eq!(people("校长张明出席会议。张明表示欢迎。张明表示感谢。"), vec!["张明"]);
    }

    #[test]
    fn a_university_s_short_form_with_its_place_stands_anywhere() {
        let l = labels("天津交大牵头成立海川中心。2015年,天津交通大学校长李华致辞。");
        let u = l.iter().find(|(_, label, _)| label == "天津交通大学").expect("the university");
        assert!(u.2.contains(&"天津交大".to_owned()), "{l:?}");
    }
}
