//! Documents and projects: who published a document (`published`), the category a project
//! was selected into (`category`) and the countries a project names as parties
//! (`participant`).

use super::location::ensure_country;
use super::{Doc, Object, Predicate, Relation, Rule, Run, Sent};
use crate::recognize::{EntityType, LexRef};
use crate::scan::{ends_with_at, starts_with_at};

pub const RULES: &[Rule] = &[
    Rule {
        id: "published.org-verb-document",
        predicate: Predicate::Published,
        pattern: "ORG(与ORG)(联合)发布(了)《DOC》",
        example: "海川大学与北川研究院联合发布《滨海数据合作白皮书》 → both published it",
        run: Run::Sentence(published),
    },
    Rule {
        id: "published.alliance-referred",
        predicate: Predicate::Published,
        pattern: "(该)联盟(还)发布/发表《DOC》",
        example: "会上,联盟还发表《滨海宣言》 → the alliance last named published it",
        run: Run::Within("published.org-verb-document"),
    },
    Rule {
        id: "published.titled-by-alliance",
        predicate: Predicate::Published,
        pattern: "《ALLIANCE…DOC》(同时)发布: the alliance whose name opens the title released it",
        example: "东岭联盟成立仪式上,《东岭联盟南川共识》同时发布 → 东岭联盟 published it",
        run: Run::Within("published.org-verb-document"),
    },
    Rule {
        id: "published.issuer-opens-title",
        predicate: Predicate::Published,
        pattern: "《ORG关于…》: the body that opens an official document's title before 关于 issued it",
        example: "宣读《东岭省教育厅关于成立西河联盟的批复》 → 东岭省教育厅 published it",
        run: Run::Within("published.org-verb-document"),
    },
    Rule {
        id: "category.selected-into",
        predicate: Predicate::Category,
        pattern: "A、B、C均入选“K”类别",
        example: "海川智慧港口、北川数字口岸均入选“数字基础设施”类别 → category 数字基础设施",
        run: Run::Sentence(category),
    },
    Rule {
        id: "participant.country-compound",
        predicate: Predicate::Participant,
        pattern: "中X…项目: a compound of China and a partner country names the parties",
        example: "中哈跨境数据走廊项目 → 中国 and 哈萨克斯坦",
        run: Run::Sentence(country_compound),
    },
    Rule {
        id: "participant.led-together",
        predicate: Predicate::Participant,
        pattern: "由A与B(共同)主导/牵头/推动…的“PROJECT”",
        example: "由东岭基金会与西河大学共同主导的“海川桥梁计划” → both are parties to it",
        run: Run::Sentence(led_together),
    },
    Rule {
        id: "participant.co-builders",
        predicate: Predicate::Participant,
        pattern: "A和/与B(开始)合作建设/共同建设/共建 PROJECT; A与B(在线)签署PROJECT建设合作协议/备忘录",
        example: "东岭学院和南川大学开始合作建设西河工坊 → both are parties to the workshop",
        run: Run::Sentence(co_builders),
    },
];

/// Verbs of leading a programme together (由A与B共同主导的X计划).
const LEAD_VERBS: &[&str] = &["共同主导", "主导", "共同牵头", "牵头", "共同实施", "共同推动", "共同发起", "联合发起"];

/// 由A与B共同主导,并联合…推动的“X计划”: the bodies between 由 and the verb of leading, in a
/// clause that ends in 的 right before the project, are its parties.
fn led_together(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for &pi in &s.here {
        let p = &doc.mentions[pi];
        let quoted = p.start > s.start && chars[p.start - 1] == '“';
        let de = if quoted { p.start - 1 } else { p.start };
        if p.ty != EntityType::Project || de == s.start || chars[de - 1] != '的' {
            continue;
        }
        let Some(you) = (s.start.max(de.saturating_sub(100))..de).rev().find(|&k| chars[k] == '由') else { continue };
        let Some((v, _)) = (you + 1..de).find_map(|k| LEAD_VERBS.iter().find(|w| starts_with_at(chars, k, de, w)).map(|w| (k, *w))) else { continue };
        // (由A与国内B、C共同主导: a word placing the next body may stand in the glue)
        let run: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start > you && doc.mentions[o].end <= v).collect();
        let glued = |a: usize, b: usize| b - a <= 4 && !chars[a..b].iter().any(|&c| matches!(c, ',' | ';' | '。'));
        let chained = run.windows(2).all(|w| glued(doc.mentions[w[0]].end, doc.mentions[w[1]].start));
        let gap: String = run.last().map(|&l| chars[doc.mentions[l].end..v].iter().collect()).unwrap_or_default();
        if run.is_empty() || doc.mentions[run[0]].start != you + 1 || !chained || !matches!(gap.as_str(), "" | "共同" | "联合") {
            continue;
        }
        for &o in &run {
            out.push(Relation::new(doc.ent(pi), Predicate::Participant, doc.ent(o), s.si, "participant.led-together"));
        }
    }
}

const BUILD_VERBS: &[&str] = &["合作建设", "共同建设", "联合建设", "携手共建", "合作共建", "共同打造", "共建", "建设"];

/// The bodies that build a project together, listed before the verb, are its parties.
fn co_builders(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let adverb = |gap: &str| matches!(gap.trim_start_matches(','), "" | "开始" | "将" | "正式" | "在线" | "共同" | "还" | "正在");
    for &pi in &s.here {
        let p = &doc.mentions[pi];
        if p.ty != EntityType::Project {
            continue;
        }
        // (签署东岭工坊建设合作协议: signing the project's building agreement)
        let signed = ends_with_at(chars, p.start, s.start, "签署") && starts_with_at(chars, p.end, s.end, "建设");
        let verb = if signed { Some("签署") } else { BUILD_VERBS.iter().copied().find(|v| ends_with_at(chars, p.start, s.start, v)) };
        let Some(verb) = verb else { continue };
        let verb_start = p.start - verb.chars().count();
        let Some((run, gap)) = doc.last_run_before(&s.institutions, verb_start) else { continue };
        if run.len() < 2 || !adverb(&gap) {
            continue;
        }
        for &o in &run {
            out.push(Relation::new(doc.ent(pi), Predicate::Participant, doc.ent(o), s.si, "participant.co-builders"));
        }
    }
}

/// Meetings that launch a document (《X》发布会) and the verbs of holding one.
const LAUNCHES: &[&str] = &["发布会", "首发式", "发布仪式", "新书发布会"];
const HOLDING_VERBS: &[&str] = &["共同举行", "联合举行", "举行", "共同举办", "联合举办", "举办", "召开"];

const PUBLISH_VERBS: &[&str] = &["联合发布", "共同发布", "发布了", "发布的", "发布", "推出的", "推出", "发表", "出版的", "编写的", "编撰的", "编著的", "承担研究的", "负责研究的", "研创的", "的"];

/// Words of a document's title that say it is a study a body writes (报告, 蓝皮书): `ORG的《…》`
/// then names its author.
const STUDY_WORDS: &[&str] = &["报告", "蓝皮书", "白皮书", "研究", "指数", "年鉴", "报吿"];

fn published(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let from = out.len();
    let documents = doc.in_sentence(s.si, &[EntityType::Document]);
    for &di in &documents {
        let mut at = doc.mentions[di].start;
        if at > s.start && matches!(chars[at - 1], '《' | '“') {
            at -= 1;
        }
        issuer_opens_title(doc, s, di, out);
        // (东岭研究院和西河出版社在北京共同举行《X》发布会: who holds its launch releases it)
        let end = doc.mentions[di].end + usize::from(chars.get(doc.mentions[di].end) == Some(&'》'));
        let launch = LAUNCHES.iter().any(|w| starts_with_at(chars, end, s.end, w));
        let held = HOLDING_VERBS.iter().find(|v| ends_with_at(chars, at, s.start, v)).filter(|_| launch);
        let Some(verb) = PUBLISH_VERBS.iter().find(|v| ends_with_at(chars, at, s.start, v)).or(held) else {
            titled_by_alliance(doc, s, di, out);
            continue;
        };
        // (南川社会科学院的《…研究》: the possessive alone names the author of a study)
        if *verb == "的" && !STUDY_WORDS.iter().any(|w| doc.mentions[di].label.contains(w)) {
            continue;
        }
        let verb_start = at - verb.chars().count();
        // (北湖信息中心连续三年发布的《…》: how often it published, between the body and the verb)
        let yearly = |gap: &str| gap.strip_prefix("连续").and_then(|g| g.strip_suffix('年')).is_some_and(|n| (1..=3).contains(&n.chars().count()));
        // (东岭出版社18日发布《…》: the day of the month a wire gives)
        let dated = |gap: &str| gap.strip_suffix('日').is_some_and(|d| (1..=2).contains(&d.chars().count()) && d.chars().all(|c| c.is_ascii_digit())) || matches!(gap, "今日" | "近日" | "日前" | "昨日" | "昨天");
        let adverb = |gap: &str| gap.is_empty() || matches!(gap, "同时" | "还" | "也" | "联合" | "共同" | "今天" | "正式" | "每年") || yearly(gap) || dated(gap);
        match doc.last_run_before(&s.orgs, verb_start) {
            Some((run, gap)) if adverb(&gap) || place_then_adverb(doc, s, doc.mentions[run[run.len() - 1]].end, verb_start, adverb) => {
                for &o in &run {
                    out.push(Relation::new(doc.ent(o), Predicate::Published, doc.ent(di), s.si, "published.org-verb-document"));
                }
            }
            _ => {
                if let Some(a) = alliance_referred_before(doc, s, verb_start, adverb) {
                    out.push(Relation::new(a, Predicate::Published, doc.ent(di), s.si, "published.alliance-referred"));
                }
            }
        }
    }
    listed_documents_published_alike(doc, &documents, from, out);
}

/// 由A研究的《X》蓝皮书和《Y》绿皮书: a document listed right after another one a body
/// published is that body's too.
fn listed_documents_published_alike(doc: &Doc, documents: &[usize], from: usize, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for w in documents.windows(2) {
        let gap: String = chars[doc.mentions[w[0]].end..doc.mentions[w[1]].start].iter().collect();
        let gap = gap.trim_start_matches('》').trim_end_matches('《');
        let gap = ["蓝皮书", "绿皮书", "白皮书", "报告"].iter().find_map(|k| gap.strip_prefix(k)).unwrap_or(gap);
        if !matches!(gap, "和" | "与" | "及" | "、") {
            continue;
        }
        let (a, b) = (doc.ent(w[0]), doc.ent(w[1]));
        let publishers: Vec<Relation> = out[from..].iter().filter(|r| r.predicate == Predicate::Published && r.object == Object::Entity(a)).map(|r| Relation { object: Object::Entity(b), ..r.clone() }).collect();
        out.extend(publishers);
    }
}

/// 《东岭省教育厅关于成立西河联盟的批复》: an official document's title opens with the body
/// that issued it, then 关于 and the matter.
fn issuer_opens_title(doc: &Doc, s: &Sent, di: usize, out: &mut Vec<Relation>) {
    let d = &doc.mentions[di];
    let issuer = s.orgs.iter().copied().find(|&o| doc.mentions[o].start == d.start && starts_with_at(doc.chars(), doc.mentions[o].end, d.end, "关于"));
    if let Some(o) = issuer {
        out.push(Relation::new(doc.ent(o), Predicate::Published, doc.ent(di), s.si, "published.issuer-opens-title"));
    }
}

/// 《东岭联盟南川共识》同时发布: a document released with no body before the verb is the
/// alliance's whose name opens its title.
fn titled_by_alliance(doc: &Doc, s: &Sent, di: usize, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let mut end = doc.mentions[di].end;
    if matches!(chars.get(end), Some('》' | '”')) {
        end += 1;
    }
    let after = ["同时", "同步", "正式", "也", "还"].iter().find(|w| starts_with_at(chars, end, s.end, w)).map_or(end, |w| end + w.chars().count());
    if !["发布", "发表", "出炉"].iter().any(|v| starts_with_at(chars, after, s.end, v)) {
        return;
    }
    let d = doc.ent(di);
    // (the alliance may be written with its quoted part: “一带”联盟)
    let unquoted = |n: &str| n.chars().filter(|c| !matches!(c, '“' | '”' | '"')).collect::<String>();
    let title = unquoted(&doc.entities[d].label);
    let opens = |e: &crate::resolve::Entity| std::iter::once(&e.label).chain(&e.aliases).any(|n| {
        let n = unquoted(n);
        n.chars().count() >= 4 && title.len() > n.len() && title.starts_with(&n)
    });
    if let Some(a) = (0..doc.entities.len()).find(|&a| doc.entities[a].ty == EntityType::Alliance && opens(&doc.entities[a])) {
        out.push(Relation::new(a, Predicate::Published, d, s.si, "published.titled-by-alliance"));
    }
}

/// 东岭研究院在北京发布《X》: where the body released it stands between it and the verb.
fn place_then_adverb(doc: &Doc, s: &Sent, org_end: usize, verb_start: usize, adverb: impl Fn(&str) -> bool) -> bool {
    let chars = doc.chars();
    if chars.get(org_end) != Some(&'在') {
        return false;
    }
    let place = doc.in_sentence(s.si, &[EntityType::Place, EntityType::Country]).into_iter().find(|&p| doc.mentions[p].start == org_end + 1 && doc.mentions[p].end <= verb_start);
    place.is_some_and(|p| adverb(&chars[doc.mentions[p].end..verb_start].iter().collect::<String>()))
}

/// 联盟还发表《X》, 该联盟发布《X》: the alliance last named publishes.
fn alliance_referred_before(doc: &Doc, s: &Sent, verb_start: usize, adverb: impl Fn(&str) -> bool) -> Option<usize> {
    let chars = doc.chars();
    let from = verb_start.saturating_sub(8).max(s.start);
    let at = (from..verb_start).find(|&k| ["该联盟", "本联盟", "联盟"].iter().any(|w| starts_with_at(chars, k, verb_start, w)))?;
    let word = if chars[at] == '联' { 2 } else { 3 };
    let gap: String = chars[at + word..verb_start].iter().collect();
    let alone = at == s.start || !crate::scan::is_cjk(chars[at - 1]) || word == 3;
    (alone && adverb(&gap)).then(|| doc.last_alliance_before(s.si, at)).flatten()
}

fn category(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for pi in doc.in_sentence(s.si, &[EntityType::Project]) {
        if let Some(cat) = &doc.mentions[pi].note {
            out.push(Relation { object: Object::Literal(cat.clone()), ..Relation::new(doc.ent(pi), Predicate::Category, 0, s.si, "category.selected-into") });
        }
    }
}

fn country_compound(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for &mi in &s.here {
        let m = &doc.mentions[mi];
        if m.ty != EntityType::Project || m.end - m.start <= 3 || chars[m.start] != '中' {
            continue;
        }
        let Some(cands) = doc.lex.country_short.get(&chars[m.start + 1]) else { continue };
        // (中阿 in an article on the Arab states: 阿 is the Arab side, no country, unless the
        // article names Argentina in full)
        let arab = chars[m.start + 1] == '阿' && chars.windows(3).any(|w| w == ['阿', '拉', '伯']);
        let partner = if arab { cands.iter().copied().find(|&c| doc.entities.iter().any(|e| e.lex == Some(LexRef::Country(c)))) } else { pick_country(doc, cands) };
        let china = doc.lex.country_by_name("中国");
        if let (Some(cn), Some(pc)) = (china, partner) {
            for c in [cn, pc] {
                let e = ensure_country(doc, c);
                out.push(Relation::new(doc.ent(mi), Predicate::Participant, e, s.si, "participant.country-compound"));
            }
        }
    }
}

/// 中乌 could be Uzbekistan or Ukraine: prefer a candidate the article names in full.
fn pick_country(doc: &Doc, cands: &[usize]) -> Option<usize> {
    cands.iter().copied().find(|&c| doc.entities.iter().any(|e| e.lex == Some(LexRef::Country(c)))).or_else(|| cands.first().copied())
}

#[cfg(test)]
mod tests {
    use crate::relate::{facts_of, holds};

    #[test]
    fn the_body_whose_study_a_title_names_and_one_that_publishes_every_year() {
        let f = facts_of("东岭研究所、西河研究中心的《东岭蓝皮书:合作发展报告》,南川社会科学院的《沿线城市网络研究》,北湖信息中心连续三年发布的《东岭大数据报告》等,提供了支撑。");
        for (body, d) in [("东岭研究所", "东岭蓝皮书:合作发展报告"), ("西河研究中心", "东岭蓝皮书:合作发展报告"), ("南川社会科学院", "沿线城市网络研究"), ("北湖信息中心", "东岭大数据报告")] {
            assert!(holds(&f, body, "published", d), "{body} {d}: {f:?}");
        }
        // (a body's document that is no study of its own: its charter, say, names no author)
        let f = facts_of("会议审议了东岭联盟的《章程》。");
        assert!(!f.iter().any(|x| x.1 == "published"), "{f:?}");
    }

    #[test]
    fn bodies_that_build_a_workshop_together_are_its_parties() {
        let f = facts_of("今年3月,东岭职业技术学院和南川技术大学开始合作建设塔吉克斯坦西河工坊。7月,北湖海运职业学院与乌兹别克斯坦海川大学,在线签署乌兹别克斯坦西河工坊建设合作谅解备忘录。");
        for (project, body) in [("塔吉克斯坦西河工坊", "东岭职业技术学院"), ("塔吉克斯坦西河工坊", "南川技术大学"), ("乌兹别克斯坦西河工坊", "北湖海运职业学院"), ("乌兹别克斯坦西河工坊", "乌兹别克斯坦海川大学")] {
            assert!(holds(&f, project, "participant", body), "{project} {body}: {f:?}");
        }
        // (the workshop stands in the country its name opens with)
        assert!(holds(&f, "塔吉克斯坦西河工坊", "located_in", "塔吉克斯坦"), "{f:?}");
        // one body that builds, or two that only visit it, are no parties of a pair
        let f = facts_of("东岭职业技术学院建设泰国西河工坊。南川技术大学和北湖学院参观了泰国西河工坊。");
        assert!(!f.iter().any(|x| x.1 == "participant"), "{f:?}");
    }

    #[test]
    fn the_body_opening_an_official_title_before_guanyu_issued_it() {
        let f = facts_of("会上,李明宣读《东岭省教育厅关于成立西河高校智库联盟的批复》。");
        assert!(holds(&f, "东岭省教育厅", "published", "东岭省教育厅关于成立西河高校智库联盟的批复"), "{f:?}");
        // (a title that only names a body, with no 关于 after it, says nothing of who issued it)
        let f = facts_of("会上,李明介绍了《东岭省教育厅发展报告》。");
        assert!(!f.iter().any(|x| x.1 == "published"), "{f:?}");
    }

    #[test]
    fn a_body_released_a_document_in_a_city() {
        let f = facts_of("24日,东岭研究院在北京发布《东岭合作报告》。");
        assert!(holds(&f, "东岭研究院", "published", "东岭合作报告"), "{f:?}");
        // a body that met in a city and a document someone else released there
        let f = facts_of("东岭研究院在北京会见了代表团,西河大学发布《东岭合作报告》。");
        assert!(!holds(&f, "东岭研究院", "published", "东岭合作报告"), "{f:?}");
    }
}
