//! `position`: who holds which post in which organisation.

use super::{Doc, Object, Predicate, Relation, Rule, Run, Sent};
use crate::lexicon::{OrgKind, Tag};
use crate::recognize::EntityType;
use crate::scan::{ends_with_at, is_cjk, starts_with_at, Token};

pub const RULES: &[Rule] = &[
    Rule {
        id: "position.org-post-name",
        predicate: Predicate::Position,
        pattern: "ORG POST[、POST][、ORG POST]* NAME (modifiers such as 前, 副, 第一 belong to the post)",
        example: "东湖大学副校长、经济学教授陈立明 → 陈立明 holds 副校长 at 东湖大学",
        run: Run::Sentence(org_post_name),
    },
    Rule {
        id: "position.alliance-unit-post-name",
        predicate: Predicate::Position,
        pattern: "ALLIANCE(以下简称…)理事会/秘书处 POST NAME: a post in the alliance's council",
        example: "沿海数据智库联盟理事会副理事长陈立 → 陈立 holds 理事会副理事长 in the alliance",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.party-organ-post-name",
        predicate: Predicate::Position,
        pattern: "PARTY(前)中央委员会/政治局/中央 POST NAME: a post on a party's central organs is a post in the party",
        example: "东岭人民党前中央委员会顾问陈立 → 陈立 holds 前中央委员会顾问 in 东岭人民党",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.org-post-name-listed",
        predicate: Predicate::Position,
        pattern: "ORG POST NAME、POST NAME: the second post is in the same organisation",
        example: "东湖大学校长陈立、副校长林海 → 林海 holds 副校长 at 东湖大学",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.org-de-name",
        predicate: Predicate::Position,
        pattern: "ORG的NAME (no post named); ORG POST的NAME",
        example: "云港研究院的林晓表示 → 林晓 works at 云港研究院",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.envoy-in-embassy",
        predicate: Predicate::Position,
        pattern: "COUNTRY驻PLACE POST NAME, when the article names COUNTRY驻PLACE(大)使馆/(总)领(事)馆",
        example: "东岭驻西河大使李华 … 东岭驻西河使馆 → 李华 holds 大使 at 东岭驻西河使馆",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.org-name-post",
        predicate: Predicate::Position,
        pattern: "ORG NAME POST (the name between the body and the post, as Hong Kong and Macau news write)",
        example: "东岭大学李华校长、南川研究院周立群院长出席 → 李华 holds 校长 at 东岭大学",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.place-head-in-its-government",
        predicate: Predicate::Position,
        pattern: "PLACE市长/县长/省长 NAME, when the article names PLACE市政府 (…人民政府)",
        example: "高雄市长李华出席 … 高雄市政府 → 李华 holds 市长 at 高雄市政府",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.minister-of-named-ministry",
        predicate: Predicate::Position,
        pattern: "WORDS大臣 NAME, when the article names WORDS部 (a minister of the ministry's own words)",
        example: "东岭国际发展大臣李华 … 东岭国际发展部 → 李华 holds 国际发展大臣 at 东岭国际发展部",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.bare-post-of-clause-body",
        predicate: Predicate::Position,
        pattern: "ORG …由/, POST NAME: a post with no body of its own is in the one body before it in the sentence that such a post heads (校长: a university, 县长: a county government); a 校长 with none in the sentence, in the article's one university",
        example: "东岭学院迎来访客,由校长李华陪同参观 → 李华 holds 校长 at 东岭学院",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.head-word-post",
        predicate: Predicate::Position,
        pattern: "由/,/、 HEAD POST NAME: a body called by its head word alone (基金会, 研究院) is the article's one body of that head",
        example: "东岭发展基金会与西河大学签约,由基金会董事长李华接待 → 李华 holds 董事长 at 东岭发展基金会",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.names-take-post",
        predicate: Predicate::Position,
        pattern: "NAME、NAME…(分别/共同)出任/担任/当选(为) [ORG|理事会…|联盟] POST: each takes the post (理事会, 联盟: the alliance named before)",
        example: "东岭联盟成立。李华、周立群分别出任理事会共同理事长 → both hold 理事会共同理事长 in 东岭联盟",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.leads-body-s-delegation",
        predicate: Predicate::Position,
        pattern: "由NAME POST率领的ORG代表团/一行: the post is held in the body whose delegation the person leads",
        example: "由李华所长率领的东岭研究所代表团访问西河大学 → 李华 holds 所长 at 东岭研究所",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.elected-as",
        predicate: Predicate::Position,
        pattern: "推举/推选/选出 …NAME(等)为 [ORG|联盟] POST: the person elected holds the post (a bare post: in the alliance named last)",
        example: "东岭联盟在南川成立,大会推举西河日报社社长李华等为主席 → 李华 holds 主席 in 东岭联盟",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.post-held-by",
        predicate: Predicate::Position,
        pattern: "ORG(的)(首任)POST由NAME担任/出任",
        example: "东岭基金会首任董事长由李华担任 → 董事长 of 东岭基金会",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.post-is-name",
        predicate: Predicate::Position,
        pattern: "ORG的(首位/首任/现任)POST为(ORG)NAME",
        example: "东岭中心的首任主任为西河大学李华教授 → 主任 of 东岭中心",
        run: Run::Within("position.org-post-name"),
    },
    Rule {
        id: "position.staff-led-by-holder",
        predicate: Predicate::Position,
        pattern: "NAME(POST)偕同/带领/率领 POST NAME、POST NAME…: bare posts of the people a post holder brings are in the holder's body",
        example: "东岭大学校长王明。王明偕同副校长李华、国际长周立群出席 → 李华 holds 副校长, 周立群 国际长 at 东岭大学",
        run: Run::Article(staff_led_by_holder),
    },
    Rule {
        id: "position.respectively-representing",
        predicate: Predicate::Position,
        pattern: "POST NAME与[ORG] POST NAME…分别代表ORG和ORG: each holds the post named before him in the body he represents",
        example: "部长王明与东岭大学校长李华分别代表东岭教育部和东岭大学签署协议 → 王明 holds 部长 at 东岭教育部",
        run: Run::Sentence(respectively_representing),
    },
    Rule {
        id: "position.name-org-post",
        predicate: Predicate::Position,
        pattern: "NAME,ORG POST[,。]",
        example: "周岚,海川市数据局局长,介绍… → 周岚 holds 局长 at 海川市数据局",
        run: Run::Within("position.org-post-name"),
    },
];

/// `POST A与ORG POST B…分别代表X和Y`: two signatories named with their posts, then the bodies
/// each represents in the same order; a post with no body before it is held in the body its
/// holder represents.
fn respectively_representing(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let Some(at) = (s.start..s.end).find(|&k| starts_with_at(chars, k, s.end, "分别代表")) else { return };
    let people: Vec<usize> = doc.in_sentence(s.si, &[EntityType::Person]).into_iter().filter(|&p| doc.mentions[p].end <= at).collect();
    let bodies: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start >= at + 4).collect();
    // (the bodies follow at once, joined by 和, 与 or 、)
    let joined = |a: usize, b: usize| matches!(chars[doc.mentions[a].end..doc.mentions[b].start], ['和'] | ['与'] | ['、'] | ['及']);
    if people.len() != 2 || bodies.len() < 2 || doc.mentions[bodies[0]].start != at + 4 || !joined(bodies[0], bodies[1]) {
        return;
    }
    for (&p, &o) in people.iter().zip(&bodies) {
        let ps = doc.mentions[p].start;
        let Some(post) = doc.tokens[s.si].ending_at(ps).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() else { continue };
        let start = role_start(doc, s, &post);
        // (a post after a body of its own is that body's: 东岭大学校长李华)
        let bare = start == s.start || !is_cjk(chars[start - 1]) || matches!(chars[start - 1], '与' | '和' | '及');
        if bare && doc.org_ending_at(s, start).is_none() {
            let role: String = chars[start..post.end].iter().collect();
            out.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, doc.ent(o), s.si, "position.respectively-representing") });
        }
    }
}

/// The post tokens before a person, read right to left, with the organisation each belongs
/// to: `ORG POST[、POST]* NAME`, organisations chained by 、.
fn org_post_name(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for mi in doc.in_sentence(s.si, &[EntityType::Person]) {
        let mut found = posts_before(doc, s, mi, out);
        let person = doc.mentions[mi].start;
        let chars = doc.chars();
        if !found && person > s.start + 1 && chars[person - 1] == '的' {
            if let Some(oi) = doc.org_ending_at(s, person - 1) {
                out.push(Relation::new(doc.ent(mi), Predicate::Position, doc.ent(oi), s.si, "position.org-de-name"));
                found = true;
            } else if let Some(post) = doc.tokens[s.si].ending_at(person - 1).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() {
                // 身为东岭大学校长的李华: the post and its body before 的
                // (A会董事长兼B学会会长的X: every body's post in the chain before 的)
                let mut post = Some(post);
                while let Some(p) = post.take() {
                    let start = role_start(doc, s, &p);
                    let Some(oi) = doc.org_ending_at(s, start) else { break };
                    let role: String = chars[start..p.end].iter().collect();
                    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, doc.ent(oi), s.si, "position.org-de-name") });
                    found = true;
                    let os = doc.mentions[oi].start;
                    if os > s.start + 1 && matches!(chars[os - 1], '兼' | '、') {
                        post = doc.tokens[s.si].ending_at(os - 1).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied();
                    }
                }
            }
        }
        found = found || name_org_post(doc, s, mi, out) || org_name_post(doc, s, mi, out);
        found = found || place_head_post(doc, s, mi, out) || minister_of_named_ministry(doc, s, mi, out) || bare_post_of_clause_body(doc, s, mi, out) || head_word_post(doc, s, mi, out);
        found = names_take_post(doc, s, mi, out) || found;
        found = elected_as(doc, s, mi, out) || found;
        found = found || listed_after_holder(doc, s, mi, out) || post_held_by(doc, s, mi, out) || leads_body_s_delegation(doc, s, mi, out);
        found = post_is_name(doc, s, mi, out) || found;
        if found {
            doc.with_post.insert(mi);
        }
    }
}

/// Where a post's role starts: modifiers before it (前司长, 第一副校长, 常务副会长) belong to it.
fn role_start(doc: &Doc, s: &Sent, post: &Token) -> usize {
    let chars = doc.chars();
    let toks = &doc.tokens[s.si];
    let mut start = post.start;
    'mods: loop {
        for m in &doc.lex.modifiers {
            if ends_with_at(chars, start, s.start, m) && toks.ending_at(start).is_none_or(|t| t.end - t.start <= m.chars().count()) {
                start -= m.chars().count();
                continue 'mods;
            }
        }
        // (东大内地发展总监X, 东大外事主任X: a director's field, two to four plain characters
        // right after a body)
        if matches!(chars[post.start..post.end], ['总', '监'] | ['主', '任']) && start == post.start {
            if let Some(k) = (2..=4).find(|&k| start >= s.start + k && doc.org_ending_at(s, start - k).is_some() && chars[start - k..start].iter().all(|&c| is_cjk(c)) && toks.within(start - k, start).all(|t| !t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::Post | Tag::KnownOrg(_))))) {
                return start - k;
            }
        }
        return start;
    }
}

/// Where `COUNTRY驻华` ends before a post (西河驻华大使): the start of the country.
/// 新加坡前常驻联合国代表: where the country that posts its envoy to the body at `org_start`
/// opens (with 前/原 and 常驻/驻 before the body), or `org_start` when none does.
fn country_posted_to(doc: &Doc, s: &Sent, org_start: usize) -> usize {
    let chars = doc.chars();
    let Some(posted) = ["常驻", "驻"].iter().find(|w| ends_with_at(chars, org_start, s.start, w)).map(|w| org_start - w.chars().count()) else { return org_start };
    let posted = if posted > s.start && matches!(chars[posted - 1], '前' | '原') { posted - 1 } else { posted };
    doc.in_sentence(s.si, &[EntityType::Country]).into_iter().find(|&c| doc.mentions[c].end == posted).map_or(org_start, |c| doc.mentions[c].start)
}

fn country_envoy_before(doc: &Doc, s: &Sent, start: usize) -> Option<usize> {
    let at = start.checked_sub(2).filter(|_| ends_with_at(doc.chars(), start, s.start, "驻华"))?;
    s.here.iter().map(|&i| &doc.mentions[i]).find(|m| m.ty == EntityType::Country && m.end == at).map(|m| m.start)
}

/// The mission of an envoy written `COUNTRY驻PLACE POST` with no body named (东岭驻西河大使):
/// the embassy or consulate the article names with the same `COUNTRY驻PLACE`, in any sentence.
fn embassy_of_envoy(doc: &Doc, s: &Sent, start: usize) -> Option<usize> {
    let chars = doc.chars();
    let at = |ty: EntityType, end: usize| s.here.iter().map(|&i| &doc.mentions[i]).find(|m| m.ty == ty && m.end == end);
    let place = at(EntityType::Country, start).or_else(|| at(EntityType::Place, start))?;
    if place.start <= s.start || chars[place.start - 1] != '驻' {
        return None;
    }
    let from = at(EntityType::Country, place.start - 1).map_or(place.start - 1, |m| m.start);
    let prefix: String = chars[from..start].iter().collect();
    let mission = |l: &str| l.starts_with(&prefix) && ["使馆", "领馆", "领事馆"].iter().any(|w| l.ends_with(w));
    doc.mentions.iter().position(|m| m.ty == EntityType::Organization && mission(&m.label))
}

/// `中国驻东岭西河` before 总领事, `中国前驻东岭共和国` before 大使: where an envoy's title that
/// names the countries (and the city) but no mission starts; `start` is where its post begins.
fn envoy_title_start(doc: &Doc, s: &Sent, start: usize) -> Option<usize> {
    let chars = doc.chars();
    let zhu = (start.saturating_sub(16).max(s.start)..start).rev().take_while(|&k| is_cjk(chars[k])).find(|&k| chars[k] == '驻')?;
    let country_at = |at: usize| s.here.iter().map(|&i| &doc.mentions[i]).any(|m| m.ty == EntityType::Country && m.start == at);
    let before = if zhu > s.start && matches!(chars[zhu - 1], '前' | '原') { zhu - 1 } else { zhu };
    let sender = s.here.iter().map(|&i| &doc.mentions[i]).find(|m| m.ty == EntityType::Country && m.end == before);
    // (中国驻某城总领事: after the sending country, any city the envoy is posted to)
    if !(country_at(zhu + 1) || chars.get(zhu + 1) == Some(&'华') || sender.is_some()) {
        return None;
    }
    let start = sender.map_or(before, |m| m.start);
    // (、前中国驻西河总领事X: a former envoy's 前 before the sending country)
    Some(if start > s.start && matches!(chars[start - 1], '前' | '原') { start - 1 } else { start })
}

/// An envoy's portfolio between a body and the post (东岭政府海洋事务特别代表X, 东岭外交部中东问题
///特使X): where the role starts when a body ends right before the portfolio, else `start`.
fn portfolio_before(doc: &Doc, s: &Sent, start: usize) -> usize {
    let chars = doc.chars();
    // (非盟人力资源与科技委员: a portfolio names its field, whatever field it is)
    const FIELDS: &[&str] = &["事务", "问题", "科技", "资源", "事业", "发展", "合作", "交流", "教育", "文化", "经济", "安全", "贸易", "外交", "技术"];
    if !FIELDS.iter().any(|w| ends_with_at(chars, start, s.start, w)) {
        return start;
    }
    let toks = &doc.tokens[s.si];
    // (外交部东岭—西河国家合作事务特别代表X: a pair of countries joined by a dash names one too)
    (start.saturating_sub(16).max(s.start)..start - 2)
        .rev()
        .take_while(|&k| (is_cjk(chars[k]) || chars[k] == '—') && toks.within(k, start - 2).all(|t| !t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::Post | Tag::KnownOrg(_)))))
        .find(|&k| doc.org_ending_at(s, k).is_some())
        .unwrap_or(start)
}

/// Where the post before a person ends: right before the name, or before a bracketed scope
/// of the post or an honorific (副校长(学生事务)X, 部长拿督斯里X); and the scope, which
/// belongs to the role.
fn post_end(doc: &Doc, s: &Sent, person: usize) -> (usize, String) {
    let chars = doc.chars();
    let mut pos = person;
    // “东岭会秘书长”李华: a title the writer quotes
    if pos > s.start + 1 && chars[pos - 1] == '”' {
        pos -= 1;
    }
    for honorific in ["拿督斯里", "丹斯里", "拿督"] {
        if ends_with_at(chars, pos, s.start, honorific) {
            pos -= honorific.chars().count();
            break;
        }
    }
    bracket_scope(doc, s, pos)
}

/// A bracketed scope right before `pos` that follows a post (副校长(学生事务)): where the
/// post ends and the scope; else `pos` and no scope.
fn bracket_scope(doc: &Doc, s: &Sent, pos: usize) -> (usize, String) {
    let chars = doc.chars();
    if pos > s.start && chars[pos - 1] == ')' {
        if let Some(open) = (s.start..pos - 1).rev().take(14).find(|&k| chars[k] == '(') {
            if crate::recognize::post_end_before(chars, &doc.tokens[s.si], open).is_some() {
                return (open, chars[open..pos].iter().collect());
            }
        }
    }
    (pos, String::new())
}

fn posts_before(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let toks = &doc.tokens[s.si];
    let (mut pos, mut scope) = post_end(doc, s, doc.mentions[mi].start);
    let mut found = false;
    if let Some(next) = glued_head_post(doc, s, mi, pos, out) {
        // (东岭中心主席、前交通部长X: the chain goes on before a glued post)
        let Some(comma) = next else { return true };
        (pos, found) = (comma, true);
    }
    let mut pending: Vec<String> = Vec::new();
    loop {
        // 副校长(环球合作)、…主席X: an earlier post in the chain with its bracketed scope
        if scope.is_empty() {
            (pos, scope) = bracket_scope(doc, s, pos);
        }
        let Some(post) = toks.ending_at(pos).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() else { break };
        let start = portfolio_before(doc, s, role_start(doc, s, &post));
        let role: String = chars[start..post.end].iter().collect::<String>() + &std::mem::take(&mut scope);
        // (东岭研究所学者X: a scholar or expert of a body holds no post in it)
        if role.ends_with("记者") || matches!(role.as_str(), "学者" | "专家") {
            break;
        }
        if let Some((ai, unit_start, rule)) = council_unit_before(doc, s, start).map(|(a, u)| (a, u, "position.alliance-unit-post-name")).or_else(|| party_organ_before(doc, s, start).map(|(p, u)| (p, u, "position.party-organ-post-name"))) {
            // 联盟理事会共同理事长X: a post in the alliance's council is a post in the alliance
            let unit: String = chars[unit_start..start].iter().collect();
            out.push(Relation { role: Some(unit + &role), ..Relation::new(doc.ent(mi), Predicate::Position, doc.ent(ai), s.si, rule) });
            found = true;
            let mut a = doc.mentions[ai].start;
            if a > s.start && chars[a - 1] == '“' {
                a -= 1;
            }
            if a > s.start && chars[a - 1] == '、' {
                pos = a - 1; // another organisation's post further left
                continue;
            }
            break;
        }
        let envoy_post = ["大使", "领事", "公使"].iter().any(|w| role.ends_with(w));
        let representative = role.ends_with("代表");
        pending.push(role);
        // (《东岭周刊》发行人X: a periodical's title marks stand between it and the post)
        // (《东岭学刊》的主编X: or 的 after them)
        let marks_end = if start > s.start + 1 && chars[start - 1] == '的' { start - 1 } else { start };
        let in_title_marks = || (marks_end > s.start && chars[marks_end - 1] == '》').then(|| doc.org_ending_at(s, marks_end - 1)).flatten();
        // (东岭集团(2301)创办人X: a listed company's stock code between it and the post)
        let past_code = || before_stock_code(chars, s.start, start).and_then(|k| doc.org_ending_at(s, k));
        // (新加坡前常驻联合国代表X: a representative posted to a body holds no post in it;
        // nor does an ambassador: 东岭驻东盟大使X)
        let posted_to = |oi: &usize| ["常驻", "驻"].iter().any(|w| ends_with_at(chars, doc.mentions[*oi].start, s.start, w)) && (representative || envoy_post);
        if let Some(oi) = doc.org_ending_at(s, start).or_else(|| org_before_its_short_form(doc, s, start)).or_else(in_title_marks).or_else(past_code) {
            let roles: Vec<String> = pending.drain(..).collect();
            let committee = is_party_committee(&doc.mentions[oi].label);
            for r in roles.iter().filter(|r| !(committee && is_government_head(r)) && !posted_to(&oi)) {
                out.push(Relation { role: Some(r.clone()), ..Relation::new(doc.ent(mi), Predicate::Position, doc.ent(oi), s.si, "position.org-post-name") });
            }
            found = true;
            let mut os = country_posted_to(doc, s, doc.mentions[oi].start);
            // 东岭学院、东岭研究院院长X (…基金会暨…基金会董事长X): organisations listed before one post share it
            while os > s.start + 1 && matches!(chars[os - 1], '、' | '暨') && toks.ending_at(os - 1).is_none_or(|t| !t.has(|g| matches!(g, Tag::Post))) {
                let Some(other) = doc.org_ending_at(s, os - 1) else { break };
                for r in &roles {
                    out.push(Relation { role: Some(r.clone()), ..Relation::new(doc.ent(mi), Predicate::Position, doc.ent(other), s.si, "position.org-post-name") });
                }
                os = doc.mentions[other].start;
            }
            // (东岭中心主席、前西河部长X: a former post's 前 stands before its body)
            if os > s.start + 2 && matches!(chars[os - 1], '前' | '原') && chars[os - 2] == '、' {
                os -= 1;
            }
            // (东岭研究院副院长及西河中心主任X, …院长兼…主任X: and a post in another body)
            // (…副校长王明教授、东岭研究所所长X: not past another person and the title after the name)
            let person_titled_before = os > s.start + 1 && {
                let end = toks.ending_at(os - 1).filter(|t| t.has(|g| matches!(g, Tag::Post))).map_or(os - 1, |t| t.start);
                doc.in_sentence(s.si, &[EntityType::Person]).into_iter().any(|p| doc.mentions[p].end == end)
            };
            // (东大副校长暨东大系统执行长X: 暨 after a post joins another body's post)
            if os > s.start + 1 && !person_titled_before && (chars[os - 1] == '、' || matches!(chars[os - 1], '及' | '兼' | '和' | '暨') && toks.ending_at(os - 1).is_some_and(|t| t.has(|g| matches!(g, Tag::Post)))) {
                pos = os - 1;
                continue;
            }
            break;
        } else if let Some((object, field)) = org_of_person_listed_before(doc, s, start, out).map(|o| (o, start)).or_else(|| portfolio_after_listed_person(doc, s, start, out)).or_else(|| office_after_listed_person(doc, s, start, out)) {
            // 东岭大学校长李华、副校长周立群: the second post is in the first one's organisation
            // (、创新及发展副校长王明: with the portfolio written before it)
            let portfolio: String = chars[field..start].iter().collect();
            for r in pending.drain(..) {
                let r = portfolio.clone() + &r;
                out.push(Relation { role: Some(r), object: object.clone(), ..Relation::new(doc.ent(mi), Predicate::Position, 0, s.si, "position.org-post-name-listed") });
            }
            found = true;
            break;
        } else if let Some(oi) = embassy_of_envoy(doc, s, start) {
            // 东岭驻西河大使X: the envoy's mission, named elsewhere in the article
            for r in pending.drain(..) {
                out.push(Relation { role: Some(r), ..Relation::new(doc.ent(mi), Predicate::Position, doc.ent(oi), s.si, "position.envoy-in-embassy") });
            }
            found = true;
            break;
        } else if let Some(envoy) = country_envoy_before(doc, s, start).or_else(|| envoy_post.then(|| envoy_title_start(doc, s, start)).flatten()) {
            // 东岭使团团长、西河驻华大使X, 学会秘书长、中国驻东岭西河前总领事X: a country's envoy,
            // or an envoy's title that names no mission, ends the chain of this body's posts
            pending.clear();
            match envoy > s.start && chars[envoy - 1] == '、' {
                true => pos = envoy - 1,
                false => break,
            }
        } else if start > s.start && matches!(chars[start - 1], '、' | '兼') {
            pos = start - 1; // another post of the same organisation further left (社长兼总编辑)
        } else if let Some(k) = unnamed_body_posts_before(doc, s, start) {
            // (东岭市委书记、管委会主任X: a post in a body the text leaves unnamed is no post
            // of the one before; the chain goes on past it)
            pending.clear();
            pos = k;
        } else if let Some(k) = document_post_before(doc, s, start) {
            // (东岭研究院副院长、《东岭报告》副主编X: an editor's post is in a book, not a body;
            // the chain goes on past it)
            pending.clear();
            pos = k;
        } else if let Some(comma) = field_before(chars, s.start, start) {
            pos = comma; // 副校长、经济学教授X: a discipline names no organisation
        } else if let Some(ai) = elected_council_post(doc, s, start, &pending) {
            // (会议由新当选的副理事长、西河社副总编辑X主持: the post the alliance's council elected)
            for r in pending.drain(..) {
                out.push(Relation { role: Some(r), ..Relation::new(doc.ent(mi), Predicate::Position, ai, s.si, "position.org-post-name") });
            }
            found = true;
            break;
        } else if let Some(ai) = bare_alliance_word_before(doc, s, start) {
            // (联盟主席、东岭大学校长X: the alliance the article named last, by its head word alone)
            for r in pending.drain(..) {
                out.push(Relation { role: Some(r), ..Relation::new(doc.ent(mi), Predicate::Position, ai, s.si, "position.org-post-name") });
            }
            found = true;
            break;
        } else if let Some(u) = (chars[start] == '校' && !["本", "我", "该", "贵", "本校", "我校", "该校", "贵校"].iter().any(|w| ends_with_at(chars, start, s.start, w)) && !unknown_name_before(doc, s, start)).then(|| doc.the_one_university()).flatten() {
            // (校党委副书记、东岭研究院院长X: a post of 校, the school, in the article's one university)
            for r in pending.drain(..) {
                out.push(Relation { role: Some(r), ..Relation::new(doc.ent(mi), Predicate::Position, u, s.si, "position.bare-post-of-clause-body") });
            }
            found = true;
            break;
        } else {
            break;
        }
    }
    found
}

/// 新当选的副理事长 opening a chain of posts: a council's post, just elected, is a post in
/// the alliance the report is about.
fn elected_council_post(doc: &Doc, s: &Sent, start: usize, roles: &[String]) -> Option<usize> {
    const COUNCIL_POSTS: &[&str] = &["理事长", "副理事长", "常务副理事长", "秘书长", "副秘书长", "常务理事", "理事"];
    let chars = doc.chars();
    let elected = ["新当选的", "当选的", "新当选", "新任"].iter().any(|w| ends_with_at(chars, start, s.start, w));
    let council = roles.last().is_some_and(|r| COUNCIL_POSTS.contains(&r.as_str()));
    (elected && council).then(|| doc.main_alliance_before(s.si, start)).flatten()
}

/// 联盟主席, 系统主席 opening a chain of posts: the head word alone, with nothing before it
/// in its clause, stands for the alliance the article named last when that one ends with it.
fn bare_alliance_word_before(doc: &Doc, s: &Sent, start: usize) -> Option<usize> {
    let chars = doc.chars();
    let word = ["联盟", "系统", "网络"].iter().find(|w| ends_with_at(chars, start, s.start, w))?;
    let w = start - word.chars().count();
    let opens = w == s.start || matches!(chars[w - 1], ',' | '、' | ';' | ':' | ' ');
    let ai = doc.last_alliance_before(s.si, w).filter(|_| opens)?;
    doc.entities[ai].label.ends_with(word).then_some(ai)
}

/// Where the 、 before a document's title in marks that ends right at `start` sits.
fn document_post_before(doc: &Doc, s: &Sent, start: usize) -> Option<usize> {
    let chars = doc.chars();
    let title = doc.in_sentence(s.si, &[EntityType::Document]).into_iter().find(|&d| doc.mentions[d].end + 1 == start && chars[start - 1] == '》')?;
    let open = doc.mentions[title].start.checked_sub(1).filter(|&k| chars[k] == '《')?;
    (open > s.start && chars[open - 1] == '、').then_some(open - 1)
}

/// Where the 、 before a post in a body the text leaves unnamed sits (`管委会主任`, two to six
/// characters), or before posts joined by 兼 in such a body (`东岭前国会主席兼下议长`, up to
/// twelve characters holding another post): the chain of posts goes on left of it.
fn unnamed_body_posts_before(doc: &Doc, s: &Sent, start: usize) -> Option<usize> {
    let chars = doc.chars();
    let toks = &doc.tokens[s.si];
    let plain = |k: usize| chars[k] == '、' && chars[k + 1..start].iter().all(|&c| is_cjk(c));
    if let Some(k) = (2..=6).filter(|&n| start > s.start + n).map(|n| start - n - 1).find(|&k| plain(k)) {
        return Some(k);
    }
    let joined = chars[start.saturating_sub(3)..start].contains(&'兼');
    let with_post = |k: usize| toks.within(k + 1, start).any(|t| t.has(|g| matches!(g, Tag::Post)));
    (7..=12).filter(|&n| joined && start > s.start + n).map(|n| start - n - 1).find(|&k| plain(k) && with_post(k))
}

/// 东岭大学副校长李华、王明、周立群: names listed after a post holder, with no post of their own,
/// hold the same post in the same organisation (the list is read left to right).
fn listed_after_holder(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let Some(before) = person_listed_before(doc, s, doc.mentions[mi].start).or_else(|| joined_before_deng(doc, s, mi)) else { return false };
    let (holder, person) = (doc.ent(before), doc.ent(mi));
    // (not one with a post of its own, here or in an earlier sentence; not a name a post follows)
    let end = doc.mentions[mi].end;
    let post_after = crate::recognize::post_end_after_modifiers(doc.lex, doc.chars(), &doc.tokens[s.si], end, s.end).is_some();
    if post_after || out.iter().any(|r| r.subject == person && r.predicate == Predicate::Position) {
        return false;
    }
    let held: Vec<Relation> = out.iter().filter(|r| r.subject == holder && r.predicate == Predicate::Position && r.sentence == s.si).cloned().collect();
    for r in &held {
        out.push(Relation { subject: person, rule: "position.listed-after-holder", ..r.clone() });
    }
    !held.is_empty()
}

/// 研究员李华与王明等人: the person joined by 与 or 和 to this one when 等 closes the pair.
fn joined_before_deng(doc: &Doc, s: &Sent, mi: usize) -> Option<usize> {
    let chars = doc.chars();
    let m = &doc.mentions[mi];
    if m.start <= s.start + 1 || !matches!(chars[m.start - 1], '与' | '和') || chars.get(m.end) != Some(&'等') {
        return None;
    }
    doc.in_sentence(s.si, &[EntityType::Person]).into_iter().find(|&p| doc.mentions[p].end == m.start - 1)
}

/// The person mention that ends right before a 、 at `pos - 1`, if one does.
fn person_listed_before(doc: &Doc, s: &Sent, pos: usize) -> Option<usize> {
    let chars = doc.chars();
    if pos <= s.start || !matches!(chars[pos - 1], '、' | '与' | '和' | '及') {
        return None;
    }
    // (董事长李华博士与副董事长周立群: an honorific may close the name before 与)
    let end = ["博士", "教授", "先生", "女士", "同志"].iter().find(|w| ends_with_at(chars, pos - 1, s.start, w)).map_or(pos - 1, |w| pos - 1 - w.chars().count());
    // (副校长华尔希(Tom Hale)、: or the name's gloss in brackets)
    let end = if end == pos - 1 && end > s.start && chars[end - 1] == ')' { (s.start..end - 1).rev().take(40).find(|&k| chars[k] == '(').unwrap_or(end) } else { end };
    let listed = chars[pos - 1] == '、' || end < pos - 1;
    doc.in_sentence(s.si, &[EntityType::Person]).into_iter().find(|&pj| listed && doc.mentions[pj].end == end)
}

/// 东岭研究院海洋中心(东岭中心)主任X: the body before the short form it is given in brackets.
fn org_before_its_short_form(doc: &Doc, s: &Sent, post_start: usize) -> Option<usize> {
    let chars = doc.chars();
    if post_start <= s.start || chars[post_start - 1] != ')' {
        return None;
    }
    let open = (s.start..post_start - 1).rev().take(64).find(|&k| chars[k] == '(')?;
    let oi = doc.org_ending_at(s, open)?;
    let short: String = chars[open + 1..post_start - 1].iter().collect();
    // (东岭研究院(ELRI)院长X: a Latin acronym in the brackets is the body's short form too)
    let acronym = (2..=10).contains(&short.len()) && short.chars().all(|c| c.is_ascii_alphanumeric()) && short.chars().filter(char::is_ascii_uppercase).count() >= 2;
    // (东岭国立交通大学(Dongling State Transport University)副校长X: so is its English name)
    let english = short.split(' ').count() >= 2 && short.split(' ').all(|w| w.chars().next().is_some_and(|c| c.is_ascii_uppercase()) || matches!(w, "of" | "and" | "for" | "the"));
    // (a short form or an acronym is short; an English name may run longer)
    let near = open >= post_start - 13;
    (near && (acronym || doc.mentions[oi].aliases.contains(&short)) || english).then_some(oi)
}

/// ORG POST NAME、FIELD POST NAME (、创新及发展副校长王明): a portfolio of a few characters between
/// the 、 and the post; the organisation of the person before the 、 and where the field starts.
fn portfolio_after_listed_person(doc: &Doc, s: &Sent, post_start: usize, out: &[Relation]) -> Option<(super::Object, usize)> {
    let chars = doc.chars();
    let field = (post_start.saturating_sub(8).max(s.start + 1)..post_start.saturating_sub(1)).find(|&k| chars[k - 1] == '、' && chars[k..post_start].iter().all(|&c| crate::scan::is_cjk(c)))?;
    // (、中国驻东岭大使王明: a country names another body, no portfolio)
    // (、校董会副主席王明: nor does a unit word closing it)
    // (、西大校长王明: a university's short form, 西大, names it before the head of a school)
    let school_head = ["校长", "院长"].iter().any(|w| starts_with_at(chars, post_start, s.end, w)) || ["副校长", "副院长"].iter().any(|w| starts_with_at(chars, post_start, s.end, w));
    let unit_word = crate::recognize::UNIT_ENDINGS.contains(&chars[post_start - 1]) || matches!(chars[post_start - 1], '组' | '系') || school_head && chars[post_start - 1] == '大';
    let another_body = unit_word || chars[field..post_start].contains(&'驻') || doc.tokens[s.si].within(field, post_start).any(|t| t.names_place() || t.has(|g| matches!(g, Tag::Post | Tag::OrgHead(_) | Tag::KnownOrg(_))));
    if another_body {
        return None;
    }
    org_of_person_listed_before(doc, s, field, out).map(|o| (o, field))
}

/// 东岭局副局长X、副局长Y,办公厅主任Z: the head of the body's own office, listed after its
/// officers, holds the post in the same body. The body and where the office's name starts.
fn office_after_listed_person(doc: &Doc, s: &Sent, post_start: usize, out: &[Relation]) -> Option<(super::Object, usize)> {
    const OFFICES: &[&str] = &["办公厅", "办公室", "秘书处"];
    let chars = doc.chars();
    let office = OFFICES.iter().find(|w| ends_with_at(chars, post_start, s.start, w))?;
    let field = post_start - office.chars().count();
    if field <= s.start + 1 || chars[field - 1] != ',' {
        return None;
    }
    let person = doc.in_sentence(s.si, &[EntityType::Person]).into_iter().find(|&pj| doc.mentions[pj].end == field - 1)?;
    body_of_post_in_sentence(doc, s, person, out).map(|o| (o, field))
}

/// ORG POST NAME、POST NAME: the organisation of the person listed right before the 、.
fn org_of_person_listed_before(doc: &Doc, s: &Sent, post_start: usize, out: &[Relation]) -> Option<super::Object> {
    body_of_post_in_sentence(doc, s, person_listed_before(doc, s, post_start)?, out)
}

/// The body the person at mention `pj` was given a post in this sentence (the last such post).
fn body_of_post_in_sentence(doc: &Doc, s: &Sent, pj: usize, out: &[Relation]) -> Option<super::Object> {
    let subject = doc.ent(pj);
    out.iter().rev().find(|r| r.subject == subject && r.predicate == Predicate::Position && r.sentence == s.si).map(|r| r.object.clone())
}

/// 外交部长X, 前商务部长X: the 部 of the post is the last character of the body's name.
/// `None` when no such post; else where the chain of posts goes on (the 、 before it), if it does.
fn glued_head_post(doc: &Doc, s: &Sent, mi: usize, pos: usize, out: &mut Vec<Relation>) -> Option<Option<usize>> {
    let chars = doc.chars();
    crate::recognize::post_end_before(chars, &doc.tokens[s.si], pos)?;
    if doc.tokens[s.si].ending_at(pos).is_some_and(|t| t.has(|g| matches!(g, Tag::Post))) {
        return None; // an ordinary post
    }
    let oi = doc.org_ending_at(s, pos - 1)?;
    let os = doc.mentions[oi].start;
    let modifier = doc.lex.modifiers.iter().find(|m| ends_with_at(chars, os, s.start, m)).cloned().unwrap_or_default();
    let joined_at = os - modifier.chars().count();
    let role = modifier + &chars[pos - 2..pos].iter().collect::<String>();
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, doc.ent(oi), s.si, "position.org-post-name") });
    // (、创办人暨前国防部长X: a post joined before it by 暨 is held in the listed person's body)
    let earlier = (joined_at > s.start + 1 && matches!(chars[joined_at - 1], '暨' | '兼')).then(|| doc.tokens[s.si].ending_at(joined_at - 1)).flatten().filter(|t| t.has(|g| matches!(g, Tag::Post))).copied();
    if let Some(post) = earlier {
        let start = role_start(doc, s, &post);
        if let Some(object) = org_of_person_listed_before(doc, s, start, out) {
            let role: String = chars[start..post.end].iter().collect();
            out.push(Relation { role: Some(role), object, ..Relation::new(doc.ent(mi), Predicate::Position, 0, s.si, "position.org-post-name-listed") });
        }
    }
    Some((joined_at > s.start + 1 && chars[joined_at - 1] == '、').then_some(joined_at - 1))
}

/// 东岭人民党(前)中央委员会顾问X: a post on a party's central organs is a post in the party;
/// the party and where its organ (with 前 or 原) starts.
fn party_organ_before(doc: &Doc, s: &Sent, pos: usize) -> Option<(usize, usize)> {
    const ORGANS: &[&str] = &["中央委员会", "中央政治局", "中央书记处", "政治局", "中央"];
    let chars = doc.chars();
    let organ = ORGANS.iter().find(|u| ends_with_at(chars, pos, s.start, u))?;
    let organ_start = pos - organ.chars().count();
    let end = if organ_start > s.start && matches!(chars[organ_start - 1], '前' | '原') { organ_start - 1 } else { organ_start };
    let party = s.here.iter().copied().find(|&i| doc.mentions[i].end == end && doc.mentions[i].ty == EntityType::Organization && doc.mentions[i].label.ends_with('党'))?;
    Some((party, end))
}

/// A council or secretariat of an alliance right before a post (…联盟理事会, …联盟(以下称
/// “联盟”)秘书处), or a research body's committee: the alliance or body and where the unit
/// word starts.
fn council_unit_before(doc: &Doc, s: &Sent, pos: usize) -> Option<(usize, usize)> {
    const UNITS: &[&str] = &["理事会", "监事会", "董事会", "秘书处", "专家委员会", "学术委员会", "执行委员会", "委员会"];
    let chars = doc.chars();
    let unit = UNITS.iter().find(|u| ends_with_at(chars, pos, s.start, u))?;
    let unit_start = pos - unit.chars().count();
    // skip a bracket that defines a short form of the alliance
    let mut end = unit_start;
    // (东岭同学会第七届理事会会长: the council of a term, a body's too)
    let term = (end.saturating_sub(6).max(s.start)..end.saturating_sub(2)).find(|&k| chars[k] == '第' && chars[end - 1] == '届' && chars[k + 1..end - 1].iter().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)));
    if let Some(k) = term {
        end = k;
    }
    if end > s.start && chars[end - 1] == ')' {
        end = (s.start..end - 1).rev().take(16).find(|&k| chars[k] == '(')?;
    }
    if end > s.start && chars[end - 1] == '”' {
        end -= 1;
    }
    // (a research body's academic or expert committee: a post there is a post in the body)
    // (东岭基金会监事会主席X: so is a post on a body's supervisory or governing board)
    let committee = matches!(*unit, "专家委员会" | "学术委员会" | "监事会" | "董事会") || term.is_some();
    let ai = s.here.iter().copied().find(|&i| doc.mentions[i].end == end && (doc.mentions[i].ty == EntityType::Alliance || committee && doc.mentions[i].ty == EntityType::Organization))?;
    Some((ai, unit_start))
}

/// ORG NAME POST: 东岭大学李华校长; or the short form the article gave a body (东大李华校长).
fn org_name_post(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let m = &doc.mentions[mi];
    let chars = doc.chars();
    // (周立群副院长: modifiers open the role) — read first: most names have no post after them
    let Some(post_end) = crate::recognize::post_end_after_modifiers(doc.lex, chars, &doc.tokens[s.si], m.end, s.end) else { return false };
    let short_form = || {
        (2..=4).filter(|&n| m.start >= s.start + n).find_map(|n| {
            let text: String = chars[m.start - n..m.start].iter().collect();
            doc.entities.iter().position(|e| e.ty == EntityType::Organization && e.aliases.contains(&text))
        })
    };
    // (輔仁大學校長代表X副國際長, 中山大學由X學術副校長代表: the one standing in for the body's
    // head, or 由 between the body and the name)
    let stand_in = ["校长代表", "代表", "由"].iter().find(|w| crate::scan::ends_with_at(chars, m.start, s.start, w)).map(|w| m.start - w.chars().count());
    let body_before = |at: usize| doc.org_ending_at(s, at).map(|o| doc.ent(o));
    let listed = || body_of_name_post_listed_before(doc, s, m.start, out);
    // (《东岭日报》王明编辑: a paper's title marks close before its staff's names)
    let paper = || (m.start > s.start + 1 && chars[m.start - 1] == '》').then(|| body_before(m.start - 1)).flatten();
    let role: String = chars[m.end..post_end].iter().collect();
    // (访问西河驻华大使馆,李华领事接待了访问团: a diplomat named after the mission, past the comma)
    let diplomat = ["领事", "大使", "参赞", "公使", "代办", "领事", "領事", "參贊"].iter().any(|p| role.ends_with(p));
    let mission = || (diplomat && m.start > s.start + 1 && chars[m.start - 1] == ',').then(|| doc.org_ending_at(s, m.start - 1)).flatten().filter(|&o| ["使馆", "领事馆", "使館", "領事館"].iter().any(|w| doc.mentions[o].label.ends_with(w))).map(|o| doc.ent(o));
    let Some(org) = body_before(m.start).or_else(paper).or_else(short_form).or_else(|| stand_in.and_then(body_before)).or_else(listed).or_else(mission) else { return false };
    // (东岭大学党委李华书记: the party committee's secretary holds the post in the body itself,
    // as 东岭大学党委书记李华 does)
    let (org, role) = match committee_parent(doc, org) {
        // (the committee's word as the text writes it: 党委 or 黨委)
        Some(parent) if m.start >= 2 => (parent, chars[m.start - 2..m.start].iter().collect::<String>() + &role),
        _ => (org, role),
    };
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, org, s.si, "position.org-name-post") });
    true
}

/// The body whose party committee entity `org` is (东岭大学党委 → 东岭大学), when the article
/// names that body.
fn committee_parent(doc: &Doc, org: usize) -> Option<usize> {
    let label = &doc.entities[org].label;
    let body = ["党委", "黨委"].iter().find_map(|w| label.strip_suffix(w)).filter(|b| b.chars().count() >= 2)?;
    (0..doc.entities.len()).find(|&e| e != org && doc.entities[e].ty == EntityType::Organization && (doc.entities[e].label == body || doc.entities[e].aliases.iter().any(|a| a == body)))
}

/// ORG NAME POST、NAME POST (东岭大学李华副校长、王明教务长): the body of the item listed right
/// before the 、, a name and its post, is the next one's too.
fn body_of_name_post_listed_before(doc: &Doc, s: &Sent, pos: usize, out: &[Relation]) -> Option<usize> {
    let chars = doc.chars();
    if pos <= s.start || chars[pos - 1] != '、' {
        return None;
    }
    let toks = &doc.tokens[s.si];
    let ends_before = |pj: &usize| crate::recognize::post_end_after_modifiers(doc.lex, chars, toks, doc.mentions[*pj].end, s.end) == Some(pos - 1);
    let subject = doc.ent(doc.in_sentence(s.si, &[EntityType::Person]).into_iter().find(ends_before)?);
    out.iter().rev().find(|r| r.subject == subject && r.rule == "position.org-name-post" && r.sentence == s.si).and_then(|r| match r.object {
        super::Object::Entity(o) => Some(o),
        super::Object::Literal(_) => None,
    })
}

/// 高雄市长李华, 澎湖县长李华: the head of a city or county holds the post in its government,
/// when the article names that government (高雄市政府).
fn place_head_post(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let p = doc.mentions[mi].start;
    if p < s.start + 2 || chars[p - 1] != '长' || !matches!(chars[p - 2], '市' | '县' | '省' | '区' | '州') {
        return false;
    }
    let level = chars[p - 2];
    // (东岭省副省长: a deputy's modifier between the place and its level)
    let modifier = ["常务副", "副"].iter().find(|w| ends_with_at(chars, p - 2, s.start, w)).map_or("", |w| *w);
    let q = p - 2 - modifier.chars().count();
    // (东岭州州长: a place named with its level, then the level again in the post)
    let ends_here = |m: &crate::recognize::Mention| modifier.is_empty() && m.end == p - 1 || m.end == q && (m.label.ends_with(level) || !modifier.is_empty()) || m.end + 1 == q && chars[q - 1] == level;
    let Some(place) = s.here.iter().copied().find(|&i| doc.mentions[i].ty == EntityType::Place && ends_here(&doc.mentions[i])) else { return false };
    let name = &doc.entities[doc.ent(place)].label;
    let governments = governments_of(level).map(|g| format!("{name}{g}"));
    let named = |e: &crate::resolve::Entity| governments.contains(&e.label) || e.aliases.iter().any(|a| governments.contains(a));
    let Some(gov) = doc.entities.iter().position(|e| e.ty == EntityType::Organization && named(e)) else { return false };
    out.push(Relation { role: Some(format!("{modifier}{level}长")), ..Relation::new(doc.ent(mi), Predicate::Position, gov, s.si, "position.place-head-in-its-government") });
    true
}

/// 东岭国际发展大臣李华 … 东岭国际发展部: a minister titled by the ministry's words and 大臣
/// holds the post in that ministry, when the article names it (the words back to a mark or
/// the start of the sentence, fields listed with 、 among them).
fn minister_of_named_ministry(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let p = doc.mentions[mi].start;
    if p < s.start + 4 || !ends_with_at(chars, p, s.start, "大臣") {
        return false;
    }
    let from = (s.start..p - 2).rev().take_while(|&k| is_cjk(chars[k]) || chars[k] == '、').last().unwrap_or(p - 2);
    let words: String = chars[from..p - 2].iter().collect();
    // (分别与东岭…大臣: the verbs before the title are none of the ministry's words)
    let Some((w, ministry)) = (0..words.chars().count().saturating_sub(1)).map(|k| words.chars().skip(k).collect::<String>()).find_map(|w| {
        let name = format!("{w}部");
        doc.entities.iter().position(|e| e.ty == EntityType::Organization && (e.label == name || e.aliases.contains(&name))).map(|e| (w, e))
    }) else { return false };
    // (the role is the ministry's fields and 大臣, without the country that opens the words)
    let w_start = p - 2 - w.chars().count();
    let country = doc.tokens[s.si].starting_at(w_start).filter(|t| t.country().is_some()).map_or(0, |t| t.end - t.start);
    let role: String = w.chars().skip(country).collect();
    out.push(Relation { role: Some(format!("{role}大臣")), ..Relation::new(doc.ent(mi), Predicate::Position, ministry, s.si, "position.minister-of-named-ministry") });
    true
}

/// `由李华所长率领的东岭研究所代表团`: the post after the name is held in the body whose
/// delegation the person leads.
fn leads_body_s_delegation(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let Some(post) = doc.tokens[s.si].starting_at(doc.mentions[mi].end).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() else { return false };
    let Some(lead) = ["率领的", "带领的", "率领", "带领"].iter().find(|w| starts_with_at(chars, post.end, s.end, w)).map(|w| post.end + w.chars().count()) else { return false };
    let Some(&oi) = s.orgs.iter().find(|&&o| doc.mentions[o].start == lead) else { return false };
    let oe = doc.mentions[oi].end;
    if !["代表团", "访问团", "考察团", "一行"].iter().any(|w| starts_with_at(chars, oe, s.end, w)) {
        return false;
    }
    let role: String = chars[post.start..post.end].iter().collect();
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, doc.ent(oi), s.si, "position.leads-body-s-delegation") });
    true
}

/// `东岭体育校长X`: characters of no word glued before a post are an unknown body's name (a
/// mirror may put a brand in a university's place), so the post is no bare one.
fn unknown_name_before(doc: &Doc, s: &Sent, start: usize) -> bool {
    let chars = doc.chars();
    start > s.start + 1 && is_cjk(chars[start - 1]) && is_cjk(chars[start - 2]) && !matches!(chars[start - 1], '由' | '与' | '和' | '及' | '兼' | '任' | '获' | '为' | '是' | '的') && doc.tokens[s.si].covering(start - 1).is_none()
}

/// 宜兰县政府…,县长李华…; 东岭学院迎来访客,由校长李华陪同…: a post with no body before it
/// (after 由 or a comma) is in the one body of the sentence before it that such a post heads.
fn bare_post_of_clause_body(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let (pos, _) = post_end(doc, s, doc.mentions[mi].start);
    let Some(post) = doc.tokens[s.si].ending_at(pos).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() else { return false };
    let start = role_start(doc, s, &post);
    // (党委常委、组织部长李华: posts joined by 、 before the name are one chain of roles)
    let start = posts_chained_before(doc, s, start);
    // (院党委委员李华: 院 alone, the academy, opens the chain)
    // (并与校党委书记李华会谈: 校 alone, the school, the same way)
    let academy = start > s.start && matches!(chars[start - 1], '院' | '校') && (start - 1 == s.start || matches!(chars[start - 2], ',' | '、' | '由' | '与'));
    let start = if academy { start - 1 } else { start };
    // (获校长李华、副校长王明接待: received by them, listed; 代表校长李华: on their behalf)
    let on_behalf = start >= s.start + 2 && chars[start - 2] == '代' && chars[start - 1] == '表';
    // (东岭研究院参访团在院长李华率领下: the delegation's leader)
    let leading = start > s.start && chars[start - 1] == '在' && ["率领", "带领"].iter().any(|w| starts_with_at(chars, doc.mentions[mi].end, s.end, w));
    if start > s.start && !matches!(chars[start - 1], '由' | ',' | '获' | '、' | '和' | '与' | '及') && !on_behalf && !leading {
        return false;
    }
    let post_word: String = chars[post.start..post.end].iter().collect();
    // (校党委副书记李华: a post of 校, the school, is held in the university)
    // (校党委书记 written as one post word too)
    let of_the_school = chars[start] == '校' && (post.start > start || ["校党委", "校纪委"].iter().any(|w| post_word.starts_with(w)));
    let heads = |oi: usize| {
        let m = &doc.mentions[oi];
        match post_word.as_str() {
            _ if of_the_school => m.kind == Some(OrgKind::University),
            "校长" | "副校长" => m.kind == Some(OrgKind::University),
            "县长" | "市长" | "省长" => governments_of(post_word.chars().next().unwrap_or(' ')).iter().any(|g| m.label.ends_with(g.as_str())),
            // (院长 heads a 研究院, 所长 an institute, 会长 an association)
            "院长" | "所长" | "会长" | "社长" | "局长" if leading => m.label.ends_with(post_word.chars().next().unwrap_or(' ')),
            _ => false,
        }
    };
    let bodies: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].end <= start && heads(o)).collect();
    let role: String = chars[start..post.end].iter().collect();
    let school_post = post_word == "校长" || post_word == "副校长" || of_the_school;
    // (西河学院院长一行访问我校,并与校党委书记李华会谈: 校 is the page's own university, not the visitors')
    let own = doc.own_university().filter(|&u| school_post && bodies.len() > 1 && bodies.iter().any(|&b| doc.ent(b) == u));
    let body = if let Some(u) = own { u } else { match bodies[..] {
        [body] => doc.ent(body),
        // 校长X在欢迎辞中…: with no body in its sentence, the article's one university
        [] if school_post => match doc.own_university().or_else(|| doc.the_one_university()) {
            Some(u) => u,
            None => return false,
        },
        // (院党委委员、副院长李华: a post of 院, the academy, in the article's one body called 院)
        [] if chars[start] == '院' && post.start > start => match the_one_body_ending_with(doc, '院', start) {
            Some(b) => b,
            None => return false,
        },
        // 董事长李华强调: a board's or director's post, with no body in its sentence, in the
        // article's one think tank (a report about that think tank)
        [] if BOARD_POSTS.contains(&post_word.as_str()) => match the_one_think_tank(doc) {
            Some(t) => t,
            None => return false,
        },
        // 所长王明会见…。副所长李华陪同: a deputy beside the head named just before is the
        // head's deputy in the same body
        [] if role.starts_with('副') => match body_of_the_head(out, s.si, &role['副'.len_utf8()..]).or_else(|| body_of_the_unit(doc, s, start, &role)) {
            Some(b) => b,
            None => return false,
        },
        // (所长A,副所长B,党委副书记、纪委书记C: the party posts in a list of a body's officers
        // are that body's)
        [] if ["党委", "纪委", "党总支"].iter().any(|w| role.starts_with(w)) => match out.iter().rev().find(|r| r.predicate == Predicate::Position && r.sentence == s.si).map(|r| r.object.clone()) {
            Some(Object::Entity(b)) => b,
            _ => return false,
        },
        _ => return false,
    } };
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, body, s.si, "position.bare-post-of-clause-body") });
    true
}

/// The article's one organisation whose name ends with `head` (院: an academy or institute),
/// named before `pos`.
fn the_one_body_ending_with(doc: &Doc, head: char, pos: usize) -> Option<usize> {
    let fits = |e: &crate::resolve::Entity| e.ty == EntityType::Organization && e.label.ends_with(head) && e.mentions.iter().any(|&k| doc.mentions[k].start < pos);
    let bodies: Vec<usize> = (0..doc.entities.len()).filter(|&e| fits(&doc.entities[e])).collect();
    match bodies[..] {
        [b] => Some(b),
        _ => None,
    }
}

/// Where a chain of posts joined by 、 ends before `start` (党委常委、组织部长), else `start`.
fn posts_chained_before(doc: &Doc, s: &Sent, mut start: usize) -> usize {
    let chars = doc.chars();
    while start > s.start + 2 && chars[start - 1] == '、' {
        let Some(p) = doc.tokens[s.si].ending_at(start - 1).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() else { break };
        start = role_start(doc, s, &p);
    }
    start
}

/// 由基金会董事长X: a head word alone (基金会, 研究院) before a post, in no name of its own, calls
/// back the article's one organisation whose name ends with it.
fn head_word_post(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let (pos, _) = post_end(doc, s, doc.mentions[mi].start);
    let toks = &doc.tokens[s.si];
    let Some(post) = toks.ending_at(pos).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() else { return false };
    let start = role_start(doc, s, &post);
    let Some(head) = toks.ending_at(start).filter(|t| t.has(|g| matches!(g, Tag::OrgHead(_))) && t.end - t.start >= 2).copied() else { return false };
    let opens = head.start == s.start || matches!(chars[head.start - 1], '由' | ',' | '、' | '(' | '获' | '与' | '和');
    if !opens || s.here.iter().any(|&i| doc.mentions[i].start <= head.start && doc.mentions[i].end >= head.end) {
        return false;
    }
    let word: String = chars[head.start..head.end].iter().collect();
    let bodies: Vec<usize> = (0..doc.entities.len()).filter(|&e| doc.entities[e].ty == EntityType::Organization && doc.entities[e].label.ends_with(&word) && doc.entities[e].label != word).collect();
    let [body] = bodies[..] else { return false };
    let role: String = chars[start..post.end].iter().collect();
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, body, s.si, "position.head-word-post") });
    true
}

/// Where a bracketed stock code (2301) ending at `end` opens, if one does.
fn before_stock_code(chars: &[char], sent_start: usize, end: usize) -> Option<usize> {
    if end <= sent_start || chars[end - 1] != ')' {
        return None;
    }
    let open = (sent_start..end - 1).rev().take(8).find(|&k| chars[k] == '(')?;
    (open + 1 < end - 1 && chars[open + 1..end - 1].iter().all(|c| c.is_ascii_alphanumeric() || *c == '.')).then_some(open)
}

/// The body whose `head_post` (所长) someone holds by this sentence or the one before.
fn body_of_the_head(out: &[Relation], si: usize, head_post: &str) -> Option<usize> {
    let held = |r: &&Relation| r.predicate == Predicate::Position && (r.sentence == si || r.sentence + 1 == si) && r.role.as_deref().is_some_and(|x| x == head_post || x.ends_with(head_post) && !x.contains('副'));
    match out.iter().rev().find(held)?.object {
        Object::Entity(b) => Some(b),
        Object::Literal(_) => None,
    }
}

/// 东岭所党委书记王明主持会见,副所长李华…: the one body named earlier in the sentence whose
/// name ends in the unit word a deputy's post names (所 of 副所长, 院 of 副院长).
fn body_of_the_unit(doc: &Doc, s: &Sent, start: usize, role: &str) -> Option<usize> {
    let unit = role.strip_prefix('副')?.strip_suffix('长')?;
    if !matches!(unit, "所" | "院") {
        return None;
    }
    let mut bodies = s.institutions.iter().filter(|&&o| doc.mentions[o].end <= start && doc.mentions[o].label.ends_with(unit)).map(|&o| doc.ent(o));
    let body = bodies.next()?;
    bodies.all(|b| b == body).then_some(body)
}

/// Words for bringing one's own staff along.
const LEADS_STAFF: &[&str] = &["偕同", "带领", "率领", "带队", "率"];

/// 王明偕同副校长李华、国际长周立群出席: a person whose post in a body the article states,
/// then a verb of bringing staff along, then people with bare posts (no body before the post):
/// those posts are in the leader's body.
fn staff_led_by_holder(doc: &mut Doc, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let mut found = Vec::new();
    for si in 0..doc.layout.sentences.len() {
        let s = doc.sent(si);
        let people = doc.in_sentence(si, &[EntityType::Person]);
        for at in s.start..s.end {
            let Some(verb) = LEADS_STAFF.iter().find(|v| starts_with_at(chars, at, s.end, v)) else { continue };
            let Some(body) = leader_body(doc, &s, at, out) else { continue };
            let after_verb = at + verb.chars().count();
            let mut from = after_verb;
            for &p in people.iter().filter(|&&p| doc.mentions[p].start > after_verb) {
                let ps = doc.mentions[p].start;
                let Some(post) = doc.tokens[si].ending_at(ps).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() else { break };
                let start = role_start(doc, &s, &post);
                // (nothing but the post since the verb or the last item: 、, 及, 和)
                let gap: String = chars[from.min(start)..start].iter().collect();
                if !matches!(gap.as_str(), "" | "、" | "及" | "和" | "以及" | ",") {
                    // (、校友总会总会长X: an item with a body of its own, the list goes on)
                    if gap.starts_with('、') && !gap.contains(['。', ',', ';']) {
                        from = doc.mentions[p].end;
                        continue;
                    }
                    break;
                }
                let role: String = chars[start..post.end].iter().collect();
                found.push(Relation { role: Some(role), ..Relation::new(doc.ent(p), Predicate::Position, body, si, "position.staff-led-by-holder") });
                from = doc.mentions[p].end;
            }
        }
    }
    out.extend(found);
}

/// The body in which the person named right before `verb_at` (after the name, the person's
/// own post may stand: 李华副校长带领) holds a post the article states.
fn leader_body(doc: &Doc, s: &Sent, verb_at: usize, out: &[Relation]) -> Option<usize> {
    let chars = doc.chars();
    let toks = &doc.tokens[s.si];
    let name_end = toks.ending_at(verb_at).filter(|t| t.has(|g| matches!(g, Tag::Post))).map_or(verb_at, |t| role_start(doc, s, t));
    // (the name may be written again without its post: a mention or the entity's label)
    let named = |e: usize| {
        let label: Vec<char> = doc.entities[e].label.chars().collect();
        doc.entities[e].ty == EntityType::Person && name_end >= s.start + label.len() && chars[name_end - label.len()..name_end] == label[..]
    };
    let lead = (0..doc.entities.len()).find(|&e| named(e))?;
    out.iter().find_map(|r| match r.object {
        Object::Entity(o) if r.subject == lead && r.predicate == Predicate::Position => Some(o),
        _ => None,
    })
}

/// What the government of a level (县, 市, 省) is called: 县政府, 县人民政府. Its head is the 县长.
fn governments_of(level: char) -> [String; 2] {
    [format!("{level}政府"), format!("{level}人民政府")]
}

/// Posts of a think tank's board and direction.
const BOARD_POSTS: &[&str] = &["董事长", "执行长", "执行主任", "理事长"];

/// The article's one think tank, when it names one and no other body but places' governments.
fn the_one_think_tank(doc: &Doc) -> Option<usize> {
    let orgs: Vec<usize> = (0..doc.entities.len()).filter(|&e| doc.entities[e].ty == EntityType::Organization && doc.entities[e].kind != Some(OrgKind::Government) && doc.entities[e].kind != Some(OrgKind::Media)).collect();
    match orgs[..] {
        [t] if matches!(doc.entities[t].kind, Some(OrgKind::ThinkTank | OrgKind::Research)) => Some(t),
        _ => None,
    }
}

const TAKE_VERBS: &[&str] = &["出任", "担任", "接任", "兼任", "当选为", "当选", "就任", "作为", "受聘为", "被聘为", "获聘为"];

/// 东岭基金会首任董事长由(“…”)李华担任: the post before 由 is the person's, in the body
/// before it.
fn post_held_by(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let m = &doc.mentions[mi];
    if !["担任", "出任"].iter().any(|w| starts_with_at(chars, m.end, s.end, w)) {
        return false;
    }
    // (由“总统府资政”李华担任: past a title the writer quotes)
    let mut at = m.start;
    if at > s.start && chars[at - 1] == '”' {
        match (s.start..at - 1).rev().take(12).find(|&k| chars[k] == '“') {
            Some(open) => at = open,
            None => return false,
        }
    }
    if at <= s.start + 1 || chars[at - 1] != '由' {
        return false;
    }
    let Some(post) = doc.tokens[s.si].ending_at(at - 1).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() else { return false };
    let start = role_start(doc, s, &post);
    let start = if ends_with_at(chars, start, s.start, "首任") { start - 2 } else { start };
    let body_end = if start > s.start && chars[start - 1] == '的' { start - 1 } else { start };
    let Some(oi) = doc.org_ending_at(s, body_end) else { return false };
    let role: String = chars[role_start(doc, s, &post)..post.end].iter().collect();
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, doc.ent(oi), s.si, "position.post-held-by") });
    true
}

/// Words for which term of a post it is (首任主任, 现任院长): no part of the post itself.
const TERM_WORDS: &[&str] = &["首位", "首任", "现任", "第一任", "新任"];

/// 东岭中心的首任主任为西河大学李华教授: the post of a body, then 为 and the person (maybe
/// after the body the person comes from), names who held it.
fn post_is_name(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let m = &doc.mentions[mi];
    // (past the body the person comes from, right before the name)
    let from = doc.org_ending_at(s, m.start).map_or(m.start, |o| doc.mentions[o].start);
    if from <= s.start + 1 || chars[from - 1] != '为' {
        return false;
    }
    let Some(post) = doc.tokens[s.si].ending_at(from - 1).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() else { return false };
    let start = role_start(doc, s, &post);
    let start = TERM_WORDS.iter().find(|w| ends_with_at(chars, start, s.start, w)).map_or(start, |w| start - w.chars().count());
    let body_end = if start > s.start && chars[start - 1] == '的' { start - 1 } else { start };
    // (…的首位主任为A,首任执行长为B: a second post after the comma is in the same body)
    let earlier = || (start > s.start && chars[start - 1] == ',').then(|| s.here.iter().copied().filter(|&o| matches!(doc.mentions[o].ty, EntityType::Organization) && doc.mentions[o].end < start && chars.get(doc.mentions[o].end) == Some(&'的')).max_by_key(|&o| doc.mentions[o].end)).flatten();
    let named = doc.org_ending_at(s, body_end).or_else(earlier).map(|o| doc.ent(o));
    let Some(body) = named.or_else(|| bare_head_before(doc, s, body_end)) else { return false };
    let role: String = chars[role_start(doc, s, &post)..post.end].iter().collect();
    let role = TERM_WORDS.iter().find_map(|w| role.strip_prefix(w)).map_or(role.clone(), str::to_owned);
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, body, s.si, "position.post-is-name") });
    true
}

/// 东岭研究中心2020年成立,中心主任为李华: a clause opening on a bare head word (中心, 研究院)
/// ending at `end` means the body (an entity) with that head the report names most.
fn bare_head_before(doc: &Doc, s: &Sent, end: usize) -> Option<usize> {
    const HEADS: &[&str] = &["中心", "研究院", "研究所", "学院", "基金会", "协会"];
    let chars = doc.chars();
    let head = HEADS.iter().find(|h| ends_with_at(chars, end, s.start, h))?;
    let opens = end - head.chars().count();
    (opens == s.start || matches!(chars[opens - 1], ',' | ';' | '。')).then(|| doc.main_body_with_head_before(s.si, opens, head)).flatten()
}

/// NAME、NAME分别出任理事会共同理事长: the people of the clause before a verb of taking a
/// post hold it, in the organisation named after the verb, or, for a council or secretariat,
/// in the alliance the article named last before it.
fn names_take_post(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let from = doc.mentions[mi].end;
    let clause_end_from = |k: usize| (k..s.end).find(|&k| matches!(chars[k], ',' | ';' | '。')).unwrap_or(s.end);
    let verb_in = |a: usize, b: usize| (a..b).find_map(|k| TAKE_VERBS.iter().find(|v| crate::scan::starts_with_at(chars, k, b, v)).map(|v| (k, v.chars().count())));
    let mut clause_end = clause_end_from(from);
    let mut found = verb_in(from, clause_end);
    // (A,ORG POST B受聘为…: a list of titled people runs over its commas to the verb)
    while found.is_none() && clause_end < s.end && chars[clause_end] == ',' && titled_people_only(doc, s, from, clause_end + 1) {
        let next_end = clause_end_from(clause_end + 1);
        found = verb_in(clause_end + 1, next_end);
        clause_end = next_end;
    }
    let Some((verb, vlen)) = found else { return false };
    // only people and their own posts between this person and the verb
    let between = doc.in_sentence(s.si, &[EntityType::Person]).into_iter().filter(|&p| doc.mentions[p].start >= from && doc.mentions[p].end <= verb).count();
    // (李华等 14人当选: a space a page left before the count is no word)
    let gap: String = chars[from..verb].iter().filter(|c| !c.is_whitespace()).collect();
    // (李华校长作为…理事长: the person's own post may stand between)
    let own_post_word = doc.tokens[s.si].starting_at(from).filter(|t| t.has(|g| matches!(g, Tag::Post)));
    let own_post = own_post_word.is_some_and(|t| t.end == verb);
    // (李华、王明等7位专家当选为…: the count of the people listed closes the list)
    let counted = gap.strip_prefix('等').is_some_and(|g| {
        let n = g.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十两多余".contains(*c)).count();
        n > 0 && ["位专家", "位学者", "位代表", "位嘉宾", "人", "位"].iter().any(|w| g.chars().skip(n).collect::<String>() == *w)
    });
    let listed = between > 0 && (gap.contains(['、', '和', '及']) || titled_people_only(doc, s, from, verb));
    // (李华大使长期以来特别是担任…期间: the person's own post and words of time may stand between)
    let timed = || {
        let post_end = own_post_word.map_or(from, |t| t.end);
        between == 0 && only_words_of_time(&chars[post_end..verb].iter().filter(|c| !c.is_whitespace()).collect::<String>())
    };
    if !(gap.is_empty() || own_post || counted || ["分别", "共同", "一同", "同时"].contains(&gap.as_str()) || listed || timed()) {
        return false;
    }
    // (东岭协会成立,由李华担任首届会长: a bare post after 由 NAME is in the body the sentence
    // opens with)
    let served = || served_body(doc, s, mi, verb + vlen).or_else(|| alliance_post_here(doc, s, mi, verb + vlen));
    let Some((target, role)) = post_taken_at(doc, s, verb + vlen, clause_end, served) else { return false };
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, target, s.si, "position.names-take-post") });
    // (受聘为东岭大学特聘教授、西河研究院院长: a further body's post listed after 、)
    let mut k = verb + vlen;
    while let Some(next) = (k..clause_end).find(|&j| chars[j] == '、').map(|j| j + 1) {
        let Some((target, role)) = s.orgs.iter().any(|&o| doc.mentions[o].start == next).then(|| post_taken_at(doc, s, next, clause_end, || None)).flatten() else { break };
        out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, target, s.si, "position.names-take-post") });
        k = next;
    }
    true
}

/// 曾, 此前, 长期以来特别是: words of time and stress between a person and the verb of a post
/// taken (in any order), and nothing else.
fn only_words_of_time(gap: &str) -> bool {
    const WORDS: &[&str] = &["长期以来", "特别是", "尤其是", "此前", "曾经", "曾", "先后", "早年", "多年来", "过去"];
    let mut rest = gap;
    while let Some(w) = WORDS.iter().find(|w| rest.starts_with(*w)) {
        rest = &rest[w.len()..];
    }
    rest.is_empty() && !gap.is_empty()
}

/// 联盟成立,大会推举ORG POST NAME等为主席: a person an assembly elects (推举, 推选, 选出) as a
/// post holds it in the body named after 为, or for a bare post in the alliance named last.
fn elected_as(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let m = &doc.mentions[mi];
    // (李华、王明等7人为副秘书长: the names listed with this one, then their head count)
    let list_end = last_listed_person_end(doc, s, m.end);
    let counted = || starts_with_at(chars, list_end, s.end, "等").then(|| crate::recognize::head_count_at(chars, list_end + 1, s.end)).flatten().filter(|&e| starts_with_at(chars, e, s.end, "为")).map(|e| e + 1);
    let Some(at) = ["等为", "为"].iter().find(|w| starts_with_at(chars, list_end, s.end, w)).map(|w| list_end + w.chars().count()).or_else(counted) else { return false };
    let clause_start = (s.start..m.start).rev().find(|&k| matches!(chars[k], ',' | ';')).map_or(s.start, |k| k + 1);
    let elect_verb_in = |a: usize, b: usize| (a..b).any(|k| ELECT_VERBS.iter().any(|v| starts_with_at(chars, k, b, v)));
    // (选举李华为秘书长,王明、周立群等为副秘书长: a clause of names alone goes on electing)
    let names_only = || doc.in_sentence(s.si, &[EntityType::Person]).into_iter().any(|p| doc.mentions[p].start == clause_start && last_listed_person_end(doc, s, doc.mentions[p].end) >= m.end);
    // (…当选为理事长,东岭公司副总裁王明为秘书长: or a clause of one titled name)
    let titled_only = || s.orgs.iter().any(|&o| doc.mentions[o].start == clause_start && m.start - doc.mentions[o].end <= 8 && doc.tokens[s.si].within(doc.mentions[o].end, m.start).any(|t| t.has(|g| matches!(g, crate::lexicon::Tag::Post))));
    let elected = elect_verb_in(clause_start, m.start) || clause_start > s.start && elect_verb_in(s.start, clause_start) && (names_only() || titled_only());
    let clause_end = (at..s.end).find(|&k| matches!(chars[k], ',' | ';' | '。')).unwrap_or(s.end);
    if !elected || at >= clause_end {
        return false;
    }
    let Some((target, role)) = post_taken_at(doc, s, at, clause_end, || doc.last_alliance_before(s.si, at)) else { return false };
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, target, s.si, "position.elected-as") });
    true
}

const ELECT_VERBS: &[&str] = &["推举", "推选", "选出", "选举", "当选", "聘任", "任命"];

/// Where the list of person mentions joined by 、 that goes on from `end` ends.
fn last_listed_person_end(doc: &Doc, s: &Sent, end: usize) -> usize {
    let chars = doc.chars();
    if chars.get(end) != Some(&'、') {
        return end; // most names end no list: no need to gather the sentence's people
    }
    let people = doc.in_sentence(s.si, &[EntityType::Person]);
    let mut end = end;
    while end + 1 < s.end && chars[end] == '、' {
        match people.iter().find(|&&p| doc.mentions[p].start == end + 1) {
            Some(&p) => end = doc.mentions[p].end,
            None => break,
        }
    }
    end
}

/// The body and role of a post taken at `at` (after a verb of taking it): `ORG POST`, `联盟POST`
/// (the alliance named last), `中心POST`, a council's post, or a bare post in the body `bare`
/// gives.
fn post_taken_at(doc: &Doc, s: &Sent, mut at: usize, clause_end: usize, bare: impl FnOnce() -> Option<usize>) -> Option<(usize, String)> {
    let chars = doc.chars();
    let org = s.orgs.iter().copied().find(|&o| doc.mentions[o].start == at);
    let (target, role_start) = match org {
        Some(o) => (Some(doc.ent(o)), doc.mentions[o].end),
        // 当选为联盟副理事长: 联盟 alone is the alliance the article named last (not part of the role)
        None if crate::scan::starts_with_at(chars, at, clause_end, "联盟") => (doc.last_alliance_before(s.si, at), at + 2),
        // 受聘为中心学术委员会主席: 中心 alone is the centre the article named last
        None if crate::scan::starts_with_at(chars, at, clause_end, "中心") => (doc.main_body_with_head_before(s.si, at, "中心"), at + 2),
        None => {
            let unit = crate::recognize::COUNCIL_UNITS.iter().find(|u| crate::scan::starts_with_at(chars, at, clause_end, u));
            let alliance = unit.and_then(|_| doc.last_alliance_before(s.si, at));
            (alliance.or_else(bare), at)
        }
    };
    let target = target?;
    at = role_start;
    let toks = &doc.tokens[s.si];
    // (受聘为东岭大学特聘教授、西河研究院院长: each listed item is one body's post)
    let item_end = (at..clause_end).find(|&k| chars[k] == '、').unwrap_or(clause_end);
    // (作为联盟首任主席与12位代表共同见证: the first post, and posts glued to it, not a later one)
    let is_post = |t: &&crate::scan::Token| t.has(|g| matches!(g, Tag::Post));
    let first = toks.list.iter().filter(|t| t.start >= at && t.end <= item_end).filter(is_post).min_by_key(|t| t.start)?;
    let mut post_end = first.end;
    while let Some(next) = toks.list.iter().filter(|t| t.start == post_end && t.end <= item_end).filter(is_post).max_by_key(|t| t.end) {
        post_end = next.end;
    }
    let role: String = chars[at..post_end].iter().collect();
    // (作为联盟成员单位代表: a member body's delegate holds no post of the alliance's)
    if !chars[at..post_end].iter().all(|&c| is_cjk(c)) || role.contains("单位") {
        return None;
    }
    Some((target, role))
}

/// A,ORG POST B,ORG POST C受聘为…: whether the span from `from` to `to` holds only the people
/// of a list with their bodies and posts (and marks between them), so the verb after it is
/// every listed person's.
fn titled_people_only(doc: &Doc, s: &Sent, from: usize, to: usize) -> bool {
    let chars = doc.chars();
    // (the sentence's mentions once, not once a character)
    let mentions = doc.in_sentence(s.si, &[EntityType::Person, EntityType::Organization, EntityType::Country, EntityType::Place]);
    let named = |k: usize| mentions.iter().any(|&m| doc.mentions[m].start <= k && k < doc.mentions[m].end);
    let post = |k: usize| doc.tokens[s.si].covering(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Post)));
    (from..to).all(|k| matches!(chars[k], '、' | ',' | '和' | '及' | '与') || named(k) || post(k))
}

/// The body a sentence opens with, for `由 NAME 担任/接任 (首届) POST` after it: the person
/// follows 由 (with descriptions of their own between) and a bare post follows the verb.
fn served_body(doc: &Doc, s: &Sent, mi: usize, at: usize) -> Option<usize> {
    let chars = doc.chars();
    let ps = doc.mentions[mi].start;
    let by = (s.start..ps).rev().take(24).find(|&k| chars[k] == '由')?;
    let toks = &doc.tokens[s.si];
    let at = ["首届", "新一届", "下一届", "下届"].iter().find(|w| starts_with_at(chars, at, s.end, w)).map_or(at, |w| at + w.chars().count());
    toks.starting_at(at).filter(|t| t.has(|g| matches!(g, Tag::Post)))?;
    let first = s.orgs.iter().copied().chain(doc.in_sentence(s.si, &[EntityType::Alliance])).filter(|&o| doc.mentions[o].end <= by).min_by_key(|&o| doc.mentions[o].start)?;
    // (the body opens the sentence: nothing but a mark or a time before it)
    (doc.mentions[first].start <= s.start + 1).then(|| doc.ent(first))
}

/// 北湖大学成为东岭联盟理事单位,其院长王明被聘为副理事长: a council's post after the verb, with
/// no body of its own, is in the alliance the sentence named before the person.
fn alliance_post_here(doc: &Doc, s: &Sent, mi: usize, at: usize) -> Option<usize> {
    const COUNCIL_POSTS: &[&str] = &["常务副理事长", "副理事长", "理事长", "副秘书长", "秘书长", "常务理事", "理事", "副主席", "主席", "常务副会长", "副会长", "名誉会长", "会长"];
    let chars = doc.chars();
    let post = COUNCIL_POSTS.iter().find(|p| starts_with_at(chars, at, s.end, p))?;
    // (作为理事长单位代表: the body's seat on the council, no post of the person's)
    if starts_with_at(chars, at + post.chars().count(), s.end, "单位") {
        return None;
    }
    let person = doc.mentions[mi].start;
    let here = doc.in_sentence(s.si, &[EntityType::Alliance]).into_iter().filter(|&a| doc.mentions[a].end <= person).last().map(|a| doc.ent(a));
    // (选举产生了第一届理事会。李华当选会长: a council post one is elected to, with no body in
    // the sentence, is in the alliance the article named last)
    here.or_else(|| doc.last_alliance_before(s.si, person))
}

/// A discipline before a post (经济学教授, 法学博士) right after a 、: where that 、 is.
fn field_before(chars: &[char], from: usize, pos: usize) -> Option<usize> {
    if pos < from + 3 || chars[pos - 1] != '学' {
        return None;
    }
    (pos.saturating_sub(6).max(from)..pos - 2).rev().find(|&k| chars[k] == '、').filter(|&k| chars[k + 1..pos].iter().all(|&c| is_cjk(c)))
}

/// NAME,ORG POST[,。]: the post after the name.
fn name_org_post(doc: &Doc, s: &Sent, mi: usize, out: &mut Vec<Relation>) -> bool {
    let chars = doc.chars();
    let pe = doc.mentions[mi].end;
    if pe >= s.end || chars[pe] != ',' {
        return false;
    }
    // (NAME,为ORG POST: 为 or 是 may open the apposition)
    let at = if matches!(chars.get(pe + 1), Some('为' | '是')) { pe + 2 } else { pe + 1 };
    let Some(&oi) = s.orgs.iter().find(|&&o| doc.mentions[o].start == at) else { return false };
    let oe = doc.mentions[oi].end;
    // (副董事长: with the post's modifiers)
    let Some(post_end) = crate::recognize::post_end_after_modifiers(doc.lex, chars, &doc.tokens[s.si], oe, s.end) else { return false };
    if post_end < s.end && !matches!(chars[post_end], ',' | '。' | ';') {
        return false;
    }
    let role = chars[oe..post_end].iter().collect();
    out.push(Relation { role: Some(role), ..Relation::new(doc.ent(mi), Predicate::Position, doc.ent(oi), s.si, "position.name-org-post") });
    true
}

/// 东岭市委, 西河省委: a party committee of a place.
fn is_party_committee(label: &str) -> bool {
    ["市委", "省委", "党委", "区委", "县委", "州委"].iter().any(|w| label.ends_with(w))
}

/// 市长, 常务副省长: the head of a place's government, a post no party committee holds
/// (东岭市委常委、常务副市长X: the second post is in the city's government).
fn is_government_head(role: &str) -> bool {
    ["市长", "省长", "区长", "县长", "州长"].iter().any(|w| role.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::super::{facts_of, holds};

    #[test]
    fn officers_listed_after_the_first_keep_its_body_and_the_page_s_own_academy_holds_my_academy_s_posts() {
        let t = "10月14日,东岭省农业科学院与西河大学战略合作签约仪式在北湖举行。西河大学党委书记李华,党委常委、组织部长王明,我院党委书记周立群,院党委委员、副院长张伟出席仪式。";
        let f = facts_of(t);
        for (p, body) in [("李华", "西河大学"), ("王明", "西河大学"), ("周立群", "东岭省农业科学院"), ("张伟", "东岭省农业科学院")] {
            assert!(holds(&f, p, "position", body), "{p} {body}: {f:?}");
        }
        // (院 alone calls back an academy named before the post, not one named after it)
        let f = facts_of("东岭协会成立。院党组书记、院长李华,省农科院党委书记王明出席。");
        assert!(!f.iter().any(|x| x.0 == "李华" && x.1 == "position"), "{f:?}");
    }

    #[test]
    fn people_elected_to_council_posts_after_the_council_is_formed_hold_them_in_the_alliance() {
        let f = facts_of("东岭省智库研究协会(西河智库联盟)成立暨第一届会员代表大会在太原举行。大会选举产生了第一届理事会。院长李华当选会长,王明、周立群等 14人当选副会长,周立群兼任秘书长。");
        for (p, role) in [("李华", "会长"), ("王明", "副会长"), ("周立群", "副会长"), ("周立群", "秘书长")] {
            assert!(f.iter().any(|x| x.0 == p && x.1 == "position" && x.2 == "东岭省智库研究协会"), "{p} {role}: {f:?}");
        }
        // (speaking for the body that holds the council's chair is no post of the speaker's)
        let f = facts_of("东岭智库联盟成立。大会确定东岭大学为理事长单位。李华作为理事长单位代表在会上发言。");
        assert!(!f.iter().any(|x| x.0 == "李华" && x.1 == "position"), "{f:?}");
    }

    #[test]
    fn a_post_and_its_body_before_de_and_a_province_head_in_its_government() {
        let f = facts_of("身为东岭大学校长的李华致辞。");
        assert!(holds(&f, "李华", "position", "东岭大学"), "{f:?}");
        let f = facts_of("据西河州州政府消息,西河州州长王明率团出席。");
        assert!(holds(&f, "王明", "position", "西河州州政府"), "{f:?}");
        // a board's chair of a university holds the post in the university
        let f = facts_of("东岭大学校董会主席周立群致欢迎辞。");
        assert!(holds(&f, "周立群", "position", "东岭大学"), "{f:?}");
        // 校党委副书记、X院长Y: the first post of the chain is of the school
        let f = facts_of("东岭省政府研究室与东岭大学海川研究院签署协议。校党委副书记、海川研究院院长李华出席。");
        assert!(holds(&f, "李华", "position", "东岭大学"), "{f:?}");
    }

    #[test]
    fn posts_before_an_envoy_title_that_names_no_mission_and_a_visiting_researcher() {
        let f = facts_of("东岭学会秘书长、高级研究员、中国驻法国里昂前总领事李华出席。");
        assert!(holds(&f, "李华", "position", "东岭学会"), "{f:?}");
        // (a former envoy's 前 before the sending country, posted to a city the lexicon does not know)
        let f = facts_of("东岭学会秘书长、前中国驻海川总领事李华大使应邀演讲。");
        assert!(holds(&f, "李华", "position", "东岭学会"), "{f:?}");
        let f = facts_of("前外交部发言人、东岭基金会执行理事长李华出席。");
        assert!(holds(&f, "李华", "position", "外交部") && holds(&f, "李华", "position", "东岭基金会"), "{f:?}");
        let f = facts_of("外交部参赞、东岭国际战略研究院访问研究员王明也参加了会见。");
        assert!(holds(&f, "王明", "position", "东岭国际战略研究院") && holds(&f, "王明", "position", "外交部"), "{f:?}");
    }

    #[test]
    fn posts_taken_in_two_listed_bodies_and_a_party_secretary_named_before_the_title() {
        let f = facts_of("基于两校合作协议,周立群院士受聘为东岭大学特聘教授、西河能源研究院院长。");
        assert!(holds(&f, "周立群", "position", "东岭大学") && holds(&f, "周立群", "position", "西河能源研究院"), "{f:?}");
        let f = facts_of("南川大学与东岭大学签署协议。签约前,东岭大学党委李华书记与王明校长一行进行了会谈。");
        assert!(holds(&f, "李华", "position", "东岭大学"), "{f:?}");
        assert!(!f.iter().any(|x| x.2.ends_with("党委")), "{f:?}");
    }

    #[test]
    fn a_directors_field_stands_between_the_body_and_the_title() {
        let f = facts_of("东岭理工大学(理大)代表出席论坛。理大内地发展总监陆明教授进行交流。");
        assert!(f.iter().any(|r| r.0 == "陆明" && r.1 == "position" && r.2 == "东岭理工大学"), "{f:?}");
        // (a verb between the body and the title is no field)
        let f = facts_of("李华参观东岭公司。技术总监王明介绍情况。");
        assert!(!holds(&f, "王明", "position", "东岭公司"), "{f:?}");
    }

    #[test]
    fn bare_posts_of_the_staff_a_post_holder_brings_are_in_the_holders_body() {
        let f = facts_of("东岭大学校长王明出席会议。王明偕同副校长李华、校友总会总会长张海、国际长周立群及四校师长出席研讨会。");
        assert!(holds(&f, "李华", "position", "东岭大学"), "{f:?}");
        assert!(holds(&f, "周立群", "position", "东岭大学"), "{f:?}");
        assert!(!holds(&f, "张海", "position", "东岭大学"), "{f:?}");
        // a post with a body of its own, or a leader with no post stated, gives nothing
        let f = facts_of("东岭大学校长王明出席会议。王明带领西河大学副校长李华参观。");
        assert!(!holds(&f, "李华", "position", "东岭大学"), "{f:?}");
        let f = facts_of("李华率团访问东岭大学,副校长王明接待。");
        assert!(!f.iter().any(|r| r.3 == "position.staff-led-by-holder"), "{f:?}");
    }

    #[test]
    fn a_party_branch_secretary_a_prime_ministers_office_and_a_whole_class() {
        let f = facts_of("东岭学院党总支书记王明出席仪式。");
        assert!(holds(&f, "王明", "position", "东岭学院"), "{f:?}");
        assert!(!f.iter().any(|r| r.0 == "党总支"), "{f:?}");
        let f = facts_of("东岭大学主办的研修班开班。科特迪瓦总理府外事顾问西蒙·杜朗代表全体学员致辞。");
        assert!(holds(&f, "西蒙·杜朗", "position", "科特迪瓦总理府"), "{f:?}");
        assert!(!f.iter().any(|r| r.0.starts_with("全体")), "{f:?}");
    }

    #[test]
    fn a_second_post_after_an_honorific_and_yu_and_a_post_set_off_by_wei() {
        let f = facts_of("由东岭论坛基金会董事长李华博士与副董事长周立群博士主办的座谈会将举行。");
        assert!(holds(&f, "周立群", "position", "东岭论坛基金会"), "{f:?}");
        // (with no honorific, 与 joins two people who need posts of their own)
        let f = facts_of("东岭论坛基金会董事长李华与周立群出席。");
        assert!(!holds(&f, "周立群", "position", "东岭论坛基金会"), "{f:?}");
        let f = facts_of("东岭大学校长王明表示欢迎。王明,为东岭论坛基金会副董事长。");
        assert!(holds(&f, "王明", "position", "东岭论坛基金会"), "{f:?}");
    }

    #[test]
    fn a_head_named_by_the_body_s_last_character_and_a_post_taken_by_the_person_after_you() {
        // 北湖研究院长: the 院 of 北湖研究院 is the head's too
        let f = facts_of("总统王明与北湖研究院长李华应邀致词。");
        assert!(holds(&f, "李华", "position", "北湖研究院"), "{f:?}");
        // 由 NAME 担任/接任 (首届) POST: a post in the body the sentence opens with
        let f = facts_of("东岭关系协会在2013年成立,由前外交部长王明担任首届会长,后由现任东岭党副主席李华接任会长。");
        assert!(holds(&f, "王明", "position", "东岭关系协会"), "{f:?}");
        assert!(holds(&f, "李华", "position", "东岭关系协会"), "{f:?}");
        // (a body that does not open the sentence has no such post)
        let f = facts_of("会议期间,东岭大学与西河大学签约,由李华担任主持人。");
        assert!(!f.iter().any(|x| x.0 == "李华" && x.1 == "position"), "{f:?}");
    }

    #[test]
    fn a_post_held_by_the_person_after_you() {
        let f = facts_of("东岭基金会首任董事长由“总统府资政”李华担任,执行长则为王明。");
        assert!(holds(&f, "李华", "position", "东岭基金会"), "{f:?}");
        // a body before 由 that is no post's: nothing
        let f = facts_of("会议由李华主持,由王明担任翻译。");
        assert!(!f.iter().any(|x| x.1 == "position"), "{f:?}");
    }

    #[test]
    fn posts_in_two_bodies_joined_by_ji_or_jian_and_a_body_before_its_short_form() {
        for text in ["东岭研究院副院长及西河研究中心主任李华致辞。", "东岭研究院副院长兼西河研究中心主任李华致辞。"] {
            let f = facts_of(text);
            assert!(holds(&f, "李华", "position", "东岭研究院") && holds(&f, "李华", "position", "西河研究中心"), "{f:?}");
        }
        // a body before 和 with no post of its own is no post holder's body
        let f = facts_of("东岭大学和西河研究中心主任李华致辞。");
        assert!(!holds(&f, "李华", "position", "东岭大学"), "{f:?}");
        let f = facts_of("东岭研究院海洋研究中心(东岭中心)主任李华致辞。");
        assert!(holds(&f, "李华", "position", "东岭研究院海洋研究中心"), "{f:?}");
    }

    #[test]
    fn a_post_in_the_council_of_an_alliance_defined_with_a_short_form() {
        let f = facts_of("海川市外事办公室副主任、“沿海数据智库联盟”(以下简称“智库联盟”)理事会副理事长陈立出席并致辞。");
        assert!(holds(&f, "陈立", "position", "沿海数据智库联盟"), "{f:?}");
        assert!(f.iter().any(|x| x.0 == "陈立" && x.1 == "position" && x.2 == "海川市外事办公室"), "{f:?}");
    }

    #[test]
    fn people_who_take_a_post_in_the_council_or_an_organisation_hold_it() {
        let f = facts_of("“东岭数据智库联盟”成立大会在南川举行。东岭大学校长李华、北湖研究院院长周立群分别出任理事会共同理事长。教授王明当选为西河大学副校长。");
        assert!(holds(&f, "李华", "position", "东岭数据智库联盟"), "{f:?}");
        assert!(holds(&f, "周立群", "position", "东岭数据智库联盟"), "{f:?}");
        assert!(holds(&f, "王明", "position", "西河大学"), "{f:?}");
        assert!(!f.iter().any(|x| x.1 == "spoke_at"), "taking a post is no speech: {f:?}");
        // guests who attend are not given the post named later in another clause
        let f = facts_of("李华出席会议,会议选举周立群担任理事会理事长。");
        assert!(!holds(&f, "李华", "position", "理事会"), "{f:?}");
    }

    #[test]
    fn a_post_taken_as_founders_counted_with_gong_and_a_bureau_with_ji() {
        let f = facts_of("杭州城市大学举办西河大学联盟成立仪式暨校长论坛,城大李华校长、南川大学王明副校长出席。李华校长作为西河大学联盟首届理事会理事长致辞,表示联盟由杭州城市大学倡议,联合南川大学、北湖大学及西岭学院共四所大学共同发起成立。海洋及渔业发展局周立群副局长出席。");
        assert!(holds(&f, "王明", "position", "南川大学"), "{f:?}");
        assert!(f.iter().any(|x| x.0 == "李华" && x.1 == "position" && x.2 == "西河大学联盟" && x.3 == "position.names-take-post"), "{f:?}");
        for founder in ["杭州城市大学", "南川大学", "北湖大学", "西岭学院"] {
            assert!(holds(&f, founder, "founding_member", "西河大学联盟"), "{founder}: {f:?}");
        }
        assert!(holds(&f, "周立群", "position", "海洋及渔业发展局"), "{f:?}");
        assert!(!f.iter().any(|x| x.0.contains("四所") || x.2.contains("四所")), "{f:?}");
    }

    #[test]
    fn a_name_between_the_body_and_its_post() {
        let f = facts_of("东岭大学李华校长、南川研究院周立群副院长出席仪式。北湖市委宣传部部长出席,东岭大学常务副校长也到场。");
        assert!(!f.iter().any(|x| x.0 == "宣传部" || x.0.starts_with("常务")), "{f:?}");
        assert!(holds(&f, "李华", "position", "东岭大学"), "{f:?}");
        assert!(holds(&f, "周立群", "position", "南川研究院"), "{f:?}");
    }

    #[test]
    fn posts_chained_by_commas_and_a_given_name_with_a_function_word() {
        let f = facts_of("东岭大学副校长、经济学教授刘向前,南川研究院院长穆塔诺夫先后发言。");
        assert!(holds(&f, "刘向前", "position", "东岭大学"), "{f:?}");
        assert!(holds(&f, "穆塔诺夫", "position", "南川研究院"), "{f:?}");
    }

    #[test]
    fn people_counted_after_their_list_take_the_post_they_are_elected_to() {
        let f = facts_of("东岭创新联盟(下称联盟)成立大会在南川举行。东岭茶叶学会理事长李华、王明等7位专家当选为联盟副主席。");
        for p in ["李华", "王明"] {
            assert!(holds(&f, p, "position", "东岭创新联盟"), "{p} {f:?}");
        }
        // a count of projects before the verb is no list of people taking a post
        let f = facts_of("东岭创新联盟成立。李华等7个项目当选为联盟示范项目。");
        assert!(!f.iter().any(|r| r.1 == "position"), "{f:?}");
    }

    #[test]
    fn an_envoy_holds_the_post_in_the_mission_the_article_names() {
        let f = facts_of("中国驻乌拉圭大使李华出席。李华代表中国驻乌拉圭使馆致辞。");
        assert!(holds(&f, "李华", "position", "中国驻乌拉圭使馆"), "{f:?}");
        // no mission named: no post
        let f = facts_of("中国驻乌拉圭大使李华出席。");
        assert!(!f.iter().any(|r| r.1 == "position"), "{f:?}");
    }

    #[test]
    fn a_second_post_listed_after_a_person_is_in_the_same_organisation() {
        let f = facts_of("东岭大学校长李华、副校长周立群等一行到访。");
        assert!(holds(&f, "周立群", "position", "东岭大学"), "{f:?}");
    }

    #[test]
    fn names_holding_he_two_character_transliterations_assistant_posts_and_shared_posts() {
        let f = facts_of("东岭大学校长包信和院士出席。北湖国际关系委员会主席卡林认为,合作很重要。");
        assert!(holds(&f, "包信和", "position", "东岭大学"), "{f:?}");
        assert!(holds(&f, "卡林", "position", "北湖国际关系委员会"), "{f:?}");
        let f = facts_of("东岭市教育局首席助理秘书长(高等教育)赖子坚致辞。东岭大学政管学院、东岭研究院院长马奔参会。");
        assert!(holds(&f, "赖子坚", "position", "东岭市教育局"), "{f:?}");
        assert!(holds(&f, "马奔", "position", "东岭大学政管学院") && holds(&f, "马奔", "position", "东岭研究院"), "{f:?}");
        // 和 before a quote or another name ends the name before it
        let f = facts_of("西河大学副校长仇立和“东岭联盟”代表出席。");
        assert!(holds(&f, "仇立", "position", "西河大学"), "{f:?}");
    }

    #[test]
    fn names_listed_after_a_post_holder_share_the_post() {
        let f = facts_of("东岭大学副校长李华、王明、周立群、纪委书记张强出席会议。");
        for who in ["李华", "王明", "周立群", "张强"] {
            assert!(holds(&f, who, "position", "东岭大学"), "{who}: {f:?}");
        }
        // one with a post of his own elsewhere keeps only that; a short form a post follows is no name
        let f = facts_of("南川研究院院长王明表示支持。东岭协会会长李华、王明、西河大学副校长周立群分别致辞。");
        assert!(!holds(&f, "王明", "position", "东岭协会"), "{f:?}");
    }

    #[test]
    fn a_reporter_is_no_post_holder() {
        let f = facts_of("海川日报记者王明报道,南川研究院院长李华出席。");
        assert!(!f.iter().any(|x| x.0 == "王明" && x.1 == "position"), "{f:?}");
    }

    #[test]
    fn county_governments_short_university_forms_and_social_science_federations() {
        let f = facts_of("宜蘭縣政府與東嶺大學合作開課,縣長李華出席記者會。北湖科大校長蕭明遠、西河大學主秘周立群也到場。江蘇省社科聯主席王明致辭。");
        assert!(holds(&f, "李华", "position", "宜兰县政府"), "{f:?}");
        assert!(holds(&f, "萧明远", "position", "北湖科大"), "{f:?}");
        assert!(holds(&f, "周立群", "position", "西河大学"), "{f:?}");
        assert!(holds(&f, "王明", "position", "江苏省社科联"), "{f:?}");
        // a medical university stays one name: 科大 inside 医科大学 is no head of its own
        let f = facts_of("东岭医科大学校长李华致辞。");
        assert!(holds(&f, "李华", "position", "东岭医科大学"), "{f:?}");
    }

    #[test]
    fn a_city_head_in_its_government_and_a_bare_post_in_the_one_body_it_heads() {
        let f = facts_of("高雄市政府与东岭大学签约。高雄市长李华表示支持。");
        assert!(holds(&f, "李华", "position", "高雄市政府"), "{f:?}");
        let f = facts_of("东岭学院昨天迎来访客,由校长周立群陪同参观,西河研究所所长王立新也一同前来。");
        assert!(holds(&f, "周立群", "position", "东岭学院") && holds(&f, "王立新", "position", "西河研究所"), "{f:?}");
        // two universities before the post: whose head it is, the text does not say
        let f = facts_of("东岭大学与西河大学签约,由校长王明致辞。");
        assert!(!f.iter().any(|x| x.0 == "王明" && x.1 == "position"), "{f:?}");
        // a 校长 with no body in the sentence heads the article's one university (a Malay name
        // with its patronymic marker, 宾蒂, and a katakana middle dot)
        let f = facts_of("东岭大学举行开学典礼。校长卡西姆・宾蒂・阿曼教授勉励新生努力学习。");
        assert!(holds(&f, "卡西姆·宾蒂·阿曼", "position", "东岭大学"), "{f:?}");
        let f = facts_of("东岭大学与西河大学举行联合典礼。校长卡西姆・宾蒂・阿曼教授勉励新生努力学习。");
        assert!(!f.iter().any(|x| x.1 == "position"), "{f:?}");
        // a mayor whose government the article never names holds no post in anything
        let f = facts_of("高雄市长李华表示支持。");
        assert!(!f.iter().any(|x| x.0 == "李华" && x.1 == "position"), "{f:?}");
    }

    #[test]
    fn posts_on_a_party_committee_with_a_modifier_inside_full_time_posts_and_the_alliance_as_a_word() {
        let f = facts_of("东岭大学党委原书记周立群、西河省社科联党组书记、专职副主席李华致辞。");
        assert!(holds(&f, "周立群", "position", "东岭大学"), "{f:?}");
        assert!(holds(&f, "李华", "position", "西河省社科联"), "{f:?}");
        let f = facts_of("东岭高校联盟正式成立。西河大学校长王明当选为联盟秘书长。");
        assert!(holds(&f, "王明", "position", "东岭高校联盟"), "{f:?}");
        // a standing forum's secretary-general holds a post in the forum as a body
        let f = facts_of("北湖发展论坛秘书长周立群接受采访时表示,论坛将扩大规模。");
        assert!(holds(&f, "周立群", "position", "北湖发展论坛"), "{f:?}");
        // a body before its Latin short form in brackets; a founder; a doctor before 与
        let f = facts_of("讲座由东岭研究院(ELRI)院长周立群主讲。西河学会创办人王立新出席。李华博士与南川研究所签署了合作意向。");
        assert!(holds(&f, "周立群", "position", "东岭研究院"), "{f:?}");
        assert!(holds(&f, "王立新", "position", "西河学会"), "{f:?}");
    }

    #[test]
    fn a_name_between_a_university_s_short_form_and_its_post_and_two_foundations_joined_by_ji() {
        let f = facts_of("國立東嶺大學與西河大學合辦講座,東大李華校長、西河大學王明遠校長到場致詞。");
        assert!(holds(&f, "李华", "position", "国立东岭大学") && holds(&f, "王明远", "position", "西河大学"), "{f:?}");
        let f = facts_of("出席者包括東嶺文化基金會暨西河教育基金會董事長周立群。");
        assert!(holds(&f, "周立群", "position", "东岭文化基金会") && holds(&f, "周立群", "position", "西河教育基金会"), "{f:?}");
        // an office of two units joined by 暨 stays one
        let f = facts_of("東嶺大學研究發展處暨產學合作中心主任周立群出席。");
        assert!(holds(&f, "周立群", "position", "东岭大学研究发展处暨产学合作中心"), "{f:?}");
    }

    #[test]
    fn one_standing_in_for_a_body_s_head_and_a_name_after_you_between_body_and_post() {
        let f = facts_of("典禮上,東嶺大學校長代表周立群副校長致詞,西河大學由王立新學術副校長代表出席。");
        assert!(holds(&f, "周立群", "position", "东岭大学"), "{f:?}");
        assert!(f.iter().any(|x| x.0 == "王立新" && x.1 == "position" && x.2 == "西河大学"), "{f:?}");
        // 代表 after a name with no post after it names no post
        let f = facts_of("東嶺大學代表周立群出席。");
        assert!(!f.iter().any(|x| x.0 == "周立群" && x.1 == "position" && x.3 == "position.org-name-post"), "{f:?}");
    }

    #[test]
    fn a_mayor_s_post_is_not_held_in_the_party_committee() {
        let x = crate::extract::extract_text("海口市委常委、常务副市长李华出席会议。");
        let roles: Vec<(String, String)> = x.relations.iter().filter(|r| r.predicate == super::super::Predicate::Position).filter_map(|r| match &r.object {
            super::super::Object::Entity(o) => Some((x.entities[*o].label.clone(), r.role.clone().unwrap_or_default())),
            _ => None,
        }).collect();
        assert!(roles.contains(&("海口市委".to_owned(), "常委".to_owned())), "{roles:?}");
        assert!(!roles.contains(&("海口市委".to_owned(), "常务副市长".to_owned())), "{roles:?}");
        // an acting mayor holds the post in the city's government
        let f = facts_of("湖南省人民政府副省长、长沙市人民政府代市长王明在会上说。");
        assert!(holds(&f, "王明", "position", "长沙市人民政府") && holds(&f, "王明", "position", "湖南省人民政府"), "{f:?}");
    }

    #[test]
    fn names_listed_with_their_posts_after_the_first_one_s_body() {
        let f = facts_of("东岭大学李华副校长、周立群教务长、王明国际长及西河研究院张海副院长出席。");
        for n in ["李华", "周立群", "王明"] {
            assert!(holds(&f, n, "position", "东岭大学"), "{n}: {f:?}");
        }
        assert!(holds(&f, "张海", "position", "西河研究院") && !holds(&f, "张海", "position", "东岭大学"), "{f:?}");
    }

    #[test]
    fn a_university_system_s_short_form_a_glossed_name_and_a_portfolio_before_a_listed_post() {
        let f = facts_of("美国伊华大学系统与西河联盟签署协议。伊大系统副总校长华尔希(Tom Hale)、创新及发展助理副总校长王明等出席仪式。");
        assert!(holds(&f, "华尔希", "position", "美国伊华大学系统"), "{f:?}");
        assert!(holds(&f, "王明", "position", "美国伊华大学系统"), "{f:?}");
        // (an ambassador of a country, or a post on a board, is no portfolio of the body before)
        let f = facts_of("东岭委员会主席李华、中国驻俄罗斯大使王明、校董会副主席周立群出席。");
        assert!(!holds(&f, "王明", "position", "东岭委员会") && !holds(&f, "周立群", "position", "东岭委员会"), "{f:?}");
    }

    #[test]
    fn an_envoy_s_portfolio_and_a_country_s_envoy_listed_after_a_body_s_post() {
        let f = facts_of("中国政府海洋事务特别代表李华出席。");
        assert!(holds(&f, "李华", "position", "中国政府"), "{f:?}");
        let f = facts_of("东岭驻华使团团长、马达加斯加驻华大使王明出席。");
        assert!(holds(&f, "王明", "position", "东岭驻华使团"), "{f:?}");
        // (without the body's post before it, the envoy holds no post in the body)
        let f = facts_of("东岭驻华使团、马达加斯加驻华大使王明出席。");
        assert!(!holds(&f, "王明", "position", "东岭驻华使团"), "{f:?}");
        // (a portfolio with no body before it is no body's)
        let f = facts_of("外交部东岭—西河国家合作事务特别代表李华出席。");
        assert!(holds(&f, "李华", "position", "外交部"), "{f:?}");
        let f = facts_of("他与海洋事务特别代表李华会谈。");
        assert!(!f.iter().any(|x| x.0 == "李华" && x.1 == "position"), "{f:?}");
    }

    #[test]
    fn a_bare_post_of_the_school_after_and_is_held_in_the_one_university() {
        let f = facts_of("东岭省政府研究室与东岭大学签署协议。李华代表校党委书记王明和校长周立群致谢。");
        assert!(holds(&f, "周立群", "position", "东岭大学"), "{f:?}");
        // (with two universities in the article, a bare post says nothing)
        let f = facts_of("东岭大学与西河大学签署协议。李华代表校党委书记王明和校长周立群致谢。");
        assert!(!f.iter().any(|r| r.0 == "周立群" && r.1 == "position"), "{f:?}");
    }

    #[test]
    fn the_head_of_a_body_s_office_listed_after_its_officers() {
        let f = facts_of("东岭档案局副局长李华、副局长王明,办公厅主任周立群以及相关学者参加座谈。");
        assert!(holds(&f, "周立群", "position", "东岭档案局"), "{f:?}");
        // (a person with no post before the comma lends none)
        let f = facts_of("学者李华,办公室主任王明出席。");
        assert!(!f.iter().any(|x| x.0 == "王明" && x.1 == "position"), "{f:?}");
    }

    #[test]
    fn people_appointed_to_the_centre_s_committee_and_posts_past_an_unnamed_body() {
        // POST NAME受聘为中心学术委员会POST: 中心 alone is the centre the report is about, and a
        // list of titled people runs over its commas to the verb
        let f = facts_of("东岭研究中心举行首届学术委员会聘任仪式。东岭研究中心主任李华主持。东岭大学原副校长王明受聘为中心学术委员会主席,西河研究院院长周立群,海川大学教授张伟和南川公司原董事长赵强受聘为中心学术委员会委员。");
        assert!(holds(&f, "王明", "position", "东岭研究中心"), "{f:?}");
        for p in ["周立群", "张伟", "赵强"] {
            assert!(holds(&f, p, "position", "东岭研究中心"), "{p}: {f:?}");
        }
        assert!(holds(&f, "周立群", "position", "西河研究院") && !holds(&f, "周立群", "position", "海川大学"), "{f:?}");
        // (appointed people are no speakers of the meeting)
        assert!(!f.iter().any(|x| x.1 == "spoke_at" && ["王明", "周立群", "张伟", "赵强"].contains(&x.0.as_str())), "{f:?}");
        // a research centre's academic committee: the post is in the centre
        let f = facts_of("东岭大学北湖研究中心学术委员会主任李华出席。");
        assert!(holds(&f, "李华", "position", "东岭大学北湖研究中心"), "{f:?}");
        // 市委书记、管委会主任X: the unnamed committee leaves the posts before it to their bodies
        let f = facts_of("北湖市委书记、东岭示范区党工委书记、管委会主任高天明访问我院。");
        assert!(holds(&f, "高天明", "position", "北湖市委") && holds(&f, "高天明", "position", "东岭示范区党工委"), "{f:?}");
    }

    #[test]
    fn former_posts_in_a_chain_and_posts_on_a_party_s_organs() {
        // 前 ("former") before a body is no part of its name, and the chain goes on past it
        let f = facts_of("东岭海洋研究中心主席、前国会下议院副议长、前交通部长陈立德,西河人民党前中央委员会顾问萨义德·卡里姆致辞。");
        assert!(holds(&f, "陈立德", "position", "东岭海洋研究中心") && holds(&f, "陈立德", "position", "交通部"), "{f:?}");
        assert!(!f.iter().any(|(s, _, o, _)| s.starts_with('前') || o.starts_with('前')), "{f:?}");
        assert!(holds(&f, "萨义德·卡里姆", "position", "西河人民党"), "{f:?}");
        // posts joined by 兼 in a body left unnamed do not stop the chain
        let f = facts_of("南川文化协会会长、南川前国会主席兼下议长周文华致辞。");
        assert!(holds(&f, "周文华", "position", "南川文化协会"), "{f:?}");
        // (a plain post after 前 in the next body, with none named, gives that body nothing)
        let f = facts_of("东岭大学校长王明、前外交官李华出席。");
        assert!(!holds(&f, "李华", "position", "东岭大学"), "{f:?}");
    }

    #[test]
    fn posts_chained_by_jian_before_de_each_in_its_body() {
        // A基金会董事长兼B学会创会会长的X: a post in each body of the chain
        let f = facts_of("东岭基金会董事长兼西河学会创会会长的萧立德表示,合作很好。");
        assert!(holds(&f, "萧立德", "position", "东岭基金会") && holds(&f, "萧立德", "position", "西河学会"), "{f:?}");
        // a unit named by fields of a university (跨领域学院) is the university's unit
        let f = facts_of("北湖大学跨领域学院院长王明签署备忘录。");
        assert!(holds(&f, "王明", "position", "北湖大学跨领域学院"), "{f:?}");
    }

    #[test]
    fn secretaries_general_in_succession_each_hold_the_post() {
        let f = facts_of("西河组织历任秘书长阿里·东岭诺夫、博拉特·卡林耶夫等嘉宾分别致辞。");
        for p in ["阿里·东岭诺夫", "博拉特·卡林耶夫"] {
            assert!(holds(&f, p, "position", "西河组织"), "{p}: {f:?}");
        }
    }

    #[test]
    fn a_body_s_post_is_the_name_after_wei_and_a_quoted_short_form_recurs() {
        let f = facts_of("“东岭基金会西河政策研究中心”成立。“西策中心”正式成立于一九八九年。西策中心的首位主任为港大法律系李华教授,首任执行长为王明博士。");
        assert!(f.iter().any(|r| r.0 == "李华" && r.1 == "position" && r.2 == "东岭基金会西河政策研究中心"), "{f:?}");
        assert!(f.iter().any(|r| r.0 == "王明" && r.1 == "position" && r.2 == "东岭基金会西河政策研究中心"), "{f:?}");
        // (a post with no body before it, in a sentence naming none, is no one's)
        let f = facts_of("主任为王明博士。");
        assert!(!f.iter().any(|r| r.1 == "position"), "{f:?}");
    }

    #[test]
    fn a_board_post_with_no_body_is_in_the_article_s_one_think_tank() {
        let text = "“东岭研究所”9月14日在海口正式成立。董事长王义明强调,目的是加强关系。执行主任周德其说,这是好机会。";
        let f = facts_of(text);
        assert!(holds(&f, "王义明", "position", "东岭研究所") && holds(&f, "周德其", "position", "东岭研究所"), "{f:?}");
        // (two bodies in the article: whose board is not said)
        let f = facts_of("“东岭研究所”与西河集团在海口签约。董事长王义明强调,目的是加强关系。");
        assert!(!f.iter().any(|r| r.0 == "王义明" && r.1 == "position"), "{f:?}");
    }

    #[test]
    fn people_elected_in_a_clause_and_a_list_counted_after_it() {
        let f = facts_of("2020年5月1日,东岭会展联盟(以下简称联盟)在南川召开理事会。会议选举周立为联盟秘书长,钱广、孙明、吴菲等3人为联盟副秘书长。");
        assert!(f.iter().any(|r| r.0 == "周立" && r.1 == "position" && r.2 == "东岭会展联盟"), "{f:?}");
        for p in ["钱广", "孙明", "吴菲"] {
            assert!(holds(&f, p, "position", "东岭会展联盟"), "{p} {f:?}");
        }
        // an election names no speaker of the meeting
        assert!(!f.iter().any(|r| r.1 == "spoke_at"), "{f:?}");
        // names with no verb of electing before them take no post
        let f = facts_of("东岭会展联盟成立。钱广、孙明、吴菲等3人为联盟成员代表。");
        assert!(!f.iter().any(|r| r.1 == "position"), "{f:?}");
    }

    #[test]
    fn a_pair_closed_by_deng_ren_shares_the_post_and_a_post_joined_by_ji_before_a_ministers() {
        let f = facts_of("西河研究院执行长林成华、助理研究员许智明与洪瑞光等人出席,南方为东岭研究院董事长约翰(John Smith)、创办人暨前国防部长米勒(Charles Miller)、副董事长李安(Anne Lee)、总代表勒苏尔(Jean Lesueur)先生等人。");
        assert!(holds(&f, "洪瑞光", "position", "西河研究院"), "{f:?}");
        for p in ["米勒", "李安", "勒苏尔"] {
            assert!(holds(&f, p, "position", "东岭研究院"), "{p} {f:?}");
        }
        // 与 without 等 joins two people who act, the second holds no post of the first
        let f = facts_of("西河研究院执行长林成华与洪瑞光会谈。");
        assert!(!holds(&f, "洪瑞光", "position", "西河研究院"), "{f:?}");
    }

    #[test]
    fn a_delegation_s_leader_and_a_body_called_back_by_its_head_word() {
        let f = facts_of("東嶺經濟研究院參訪團在院長林建甫率領下訪問南川,由基金會董事長李希等人接待。南川觀察研究基金會成立於1990年。");
        assert!(holds(&f, "林建甫", "position", "东岭经济研究院"), "{f:?}");
        assert!(holds(&f, "李希", "position", "南川观察研究基金会"), "{f:?}");
        // two bodies with the head word: the bare word calls back neither
        let f = facts_of("南川观察基金会与北湖发展基金会签约,由基金会董事长李希接待。");
        assert!(!f.iter().any(|r| r.0 == "李希" && r.1 == "position"), "{f:?}");
    }

    #[test]
    fn the_host_of_visitors_from_abroad_is_our_school_and_a_diplomat_named_after_the_mission() {
        let text = "11月29日,乌兹别克斯坦东岭国立师范学院校长卡里姆·别克诺娃一行访问我校,并与校党委书记李华举行会谈,副校长王明出席。李华介绍了天津海川大学的历史,欢迎更多的学生来天津海川大学学习。";
        let f = facts_of(text);
        assert!(holds(&f, "李华", "position", "天津海川大学"), "{f:?}");
        assert!(holds(&f, "王明", "position", "天津海川大学"), "{f:?}");
        assert!(holds(&f, "卡里姆·别克诺娃", "position", "乌兹别克斯坦东岭国立师范学院"), "{f:?}");
        assert!(!f.iter().any(|r| r.0.contains("学生") || r.2.contains("学生")), "{f:?}");
        // (我校 visiting abroad: the university named is the host, not us)
        let x = crate::extract::extract_text("我校代表团访问天津海川大学,与该校校长李华会谈。");
        assert!(x.entities.iter().all(|e| !e.aliases.contains("我校")), "{:?}", x.entities);
        let text = "4月19日李华校长率团访问塔吉克斯坦驻华大使馆,卡里姆·别克诺夫领事热情接待了访问团。会谈在塔吉克斯坦大使馆举行。";
        let f = facts_of(text);
        assert!(holds(&f, "卡里姆·别克诺夫", "position", "塔吉克斯坦驻华大使馆"), "{f:?}");
        let x = crate::extract::extract_text(text);
        assert_eq!(x.entities.iter().filter(|e| e.label.ends_with("大使馆")).count(), 1, "{:?}", x.entities.iter().map(|e| &e.label).collect::<Vec<_>>());
    }

    #[test]
    fn a_representative_posted_to_a_body_and_an_editor_of_a_journal_in_title_marks() {
        let f = facts_of("新加坡前常驻联合国代表李华等致辞。《东岭学刊》的主编王明主持座谈会。");
        assert!(!f.iter().any(|r| r.0 == "李华" && r.1 == "position"), "{f:?}");
        assert!(holds(&f, "王明", "position", "东岭学刊"), "{f:?}");
    }

    #[test]
    fn a_titled_name_given_a_post_after_an_election_and_names_appointed() {
        let text = "东岭产业技术创新联盟于2015年9月在北京成立。其中,李华当选为联盟理事长,东岭科技有限公司副总裁王明为联盟秘书长,西河大学教授张伟为监事长。随后,理事会决定聘任北湖大学副主任杨芳为联盟副秘书长。";
        let f = facts_of(text);
        assert!(holds(&f, "王明", "position", "东岭科技有限公司"), "{f:?}");
        assert!(holds(&f, "王明", "position", "东岭产业技术创新联盟"), "{f:?}");
        assert!(holds(&f, "张伟", "position", "东岭产业技术创新联盟"), "{f:?}");
        assert!(holds(&f, "杨芳", "position", "东岭产业技术创新联盟"), "{f:?}");
        let f = facts_of("韩国驻广州总领事馆教育领事王明、东岭协会原驻会副会长李华出席仪式。");
        assert!(holds(&f, "王明", "position", "韩国驻广州总领事馆"), "{f:?}");
        assert!(holds(&f, "李华", "position", "东岭协会"), "{f:?}");
        // a titled name in a clause no election opens takes no post after 为
        let f = facts_of("东岭联盟成立。东岭科技有限公司副总裁王明为此专程赶来。");
        assert!(!holds(&f, "王明", "position", "东岭联盟"), "{f:?}");
    }

    #[test]
    fn an_alliance_s_head_word_opening_a_chain_of_posts_and_posts_joined_by_ji() {
        let f = facts_of("“东岭大学系统”由东岭大学等5所大学于2021年共同成立。系统主席、东岭大学校长李华表示,合作很好。");
        assert!(holds(&f, "李华", "position", "东岭大学系统"), "{f:?}");
        assert!(holds(&f, "李华", "position", "东岭大学"), "{f:?}");
        // (the head word of another kind of alliance than the one named: no post in it)
        let f = facts_of("“东岭大学系统”由东岭大学等5所大学于2021年共同成立。联盟主席、东岭大学校长李华表示,合作很好。");
        assert!(!holds(&f, "李华", "position", "东岭大学系统"), "{f:?}");
        // (副校长暨…执行长: 暨 joins a post in another body)
        let f = facts_of("“东岭大学系统”由东岭大学、西河大学共同组成。代表团由东岭大学副校长暨东岭大学系统执行长王明领军。");
        assert!(holds(&f, "王明", "position", "东岭大学"), "{f:?}");
        assert!(holds(&f, "王明", "position", "东岭大学系统"), "{f:?}");
    }

    #[test]
    fn a_council_post_just_elected_is_a_post_in_the_alliance_the_report_is_about() {
        let f = facts_of("海川国际智库合作委员会成立于2020年。9日,海川国际智库合作委员会2030年理事会会议在昆明召开。新当选的秘书长、西河通讯社社长李华在会上致辞。");
        assert!(holds(&f, "李华", "position", "海川国际智库合作委员会"), "{f:?}");
        assert!(holds(&f, "李华", "position", "西河通讯社"), "{f:?}");
        // (a post not just elected names no alliance)
        let f = facts_of("海川国际智库合作委员会成立于2020年。9日,海川国际智库合作委员会2030年理事会会议在昆明召开。秘书长、西河通讯社社长李华在会上致辞。");
        assert!(!holds(&f, "李华", "position", "“东岭”国际智库合作委员会"), "{f:?}");
    }
}
