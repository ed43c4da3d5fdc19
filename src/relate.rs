//! Relation extraction: the twelve predicates of the annotation guidelines, each with the
//! sentence it came from and the id of the rule that produced it.
//!
//! Sentence-level rules read the appositive (`机构 + 职务 + 人名`), lists before a founding
//! verb, `A与B联合发布《…》`, `在X举行`, `由A主办`, `入选“…”类别`. Document-level rules use
//! the report a sentence belongs to: the event a report is about (from its headline) is
//! where its quoted speakers spoke and where the projects it lists were signed.

use std::collections::BTreeSet;

use crate::lexicon::{Lexicon, Tag, WordRole};
use crate::normalize::NormText;
use crate::recognize::{is_cjk, starts_with_at, EntityType, LexRef, Mention, Tokens};
use crate::resolve::Entity;
use crate::segment::{BlockKind, Layout};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Predicate {
    Position,
    FoundingMember,
    EstablishedAt,
    LocatedIn,
    HeldAt,
    PartOf,
    Organizer,
    SpokeAt,
    SignedAt,
    Participant,
    Category,
    Published,
}

impl Predicate {
    pub const ALL: [Predicate; 12] = [
        Self::Position,
        Self::FoundingMember,
        Self::EstablishedAt,
        Self::LocatedIn,
        Self::HeldAt,
        Self::PartOf,
        Self::Organizer,
        Self::SpokeAt,
        Self::SignedAt,
        Self::Participant,
        Self::Category,
        Self::Published,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Position => "position",
            Self::FoundingMember => "founding_member",
            Self::EstablishedAt => "established_at",
            Self::LocatedIn => "located_in",
            Self::HeldAt => "held_at",
            Self::PartOf => "part_of",
            Self::Organizer => "organizer",
            Self::SpokeAt => "spoke_at",
            Self::SignedAt => "signed_at",
            Self::Participant => "participant",
            Self::Category => "category",
            Self::Published => "published",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Object {
    Entity(usize),
    Literal(String),
}

/// One extracted fact, with the normalised char span of its evidence sentence.
#[derive(Debug, Clone)]
pub struct Relation {
    pub subject: usize,
    pub predicate: Predicate,
    pub object: Object,
    pub role: Option<String>,
    pub sentence: usize,
    pub rule: &'static str,
}

/// What the relation rules read: the article, its layout, mentions and entities.
pub struct Doc<'a> {
    pub lex: &'a Lexicon,
    pub norm: &'a NormText,
    pub layout: &'a Layout,
    pub mentions: &'a [Mention],
    pub entity_of: &'a [usize],
    pub entities: &'a mut Vec<Entity>,
    pub tokens: &'a [Tokens<'a>],
    /// Mentions of each sentence, in text order (keeps every rule linear in the article).
    pub by_sentence: Vec<Vec<usize>>,
}

impl<'a> Doc<'a> {
    pub fn new(lex: &'a Lexicon, norm: &'a NormText, layout: &'a Layout, tokens: &'a [Tokens<'a>], mentions: &'a [Mention], entity_of: &'a [usize], entities: &'a mut Vec<Entity>) -> Self {
        let mut by_sentence = vec![Vec::new(); layout.sentences.len()];
        for (i, m) in mentions.iter().enumerate() {
            by_sentence[m.sentence].push(i);
        }
        for v in &mut by_sentence {
            v.sort_by_key(|&i| (mentions[i].start, std::cmp::Reverse(mentions[i].end)));
        }
        Doc { lex, norm, layout, mentions, entity_of, entities, tokens, by_sentence }
    }
}

const FOUNDING_VERBS: &[&str] = &["共同成立", "联合成立", "发起成立", "牵头成立", "成立", "联合发起", "共同发起", "发起", "加入", "组建", "共建"];
const PUBLISH_VERBS: &[&str] = &["联合发布", "共同发布", "发布了", "发布", "推出", "发表"];
const ORGANIZER_VERBS: &[(&str, &str)] = &[("联合主办", "organizer.hosted"), ("主办", "organizer.hosted"), ("承办", "organizer.organised"), ("协办", "organizer.co-organised")];

fn text_has(chars: &[char], from: usize, to: usize, word: &str) -> Option<usize> {
    let w: Vec<char> = word.chars().collect();
    (from..to.saturating_sub(w.len() - 1)).find(|&i| i + w.len() <= to && chars[i..i + w.len()] == w[..])
}

/// After 主办/承办…: `方` or `单位`, then 为, 是, 包括 or a colon; returns where the list starts.
fn after_role_noun(chars: &[char], at: usize, end: usize) -> Option<usize> {
    let noun = ["单位", "方"].into_iter().find(|w| starts_with_at(chars, at, end, w))?;
    let at = at + noun.chars().count();
    let link = ["分别为", "分别是", "为", "是", "包括", ":"].into_iter().find(|w| starts_with_at(chars, at, end, w))?;
    Some(at + link.chars().count())
}

/// A discipline before a post (经济学教授, 法学博士) right after a 、: where that 、 is.
fn field_before(chars: &[char], from: usize, pos: usize) -> Option<usize> {
    if pos < from + 3 || chars[pos - 1] != '学' {
        return None;
    }
    (pos.saturating_sub(6).max(from)..pos - 2).rev().find(|&k| chars[k] == '、').filter(|&k| chars[k + 1..pos].iter().all(|&c| is_cjk(c)))
}

fn ends_with(chars: &[char], from: usize, pos: usize, word: &str) -> bool {
    let n = word.chars().count();
    pos >= from + n && chars[pos - n..pos].iter().copied().eq(word.chars())
}

fn is_list_glue(s: &str) -> bool {
    matches!(s, "、" | "和" | "与" | "及" | "以及" | "," | "、以及") || is_located_modifier(s.strip_prefix('、').unwrap_or(""))
}

/// 位于乌鲁木齐的 / 总部设在北京的: a location clause before the next item of a list.
fn is_located_modifier(s: &str) -> bool {
    let Some(rest) = ["总部位于", "总部设在", "位于", "地处"].into_iter().find_map(|w| s.strip_prefix(w)) else { return false };
    rest.ends_with('的') && (2..=9).contains(&rest.chars().count()) && !rest.contains(['、', ',', '。', ';'])
}

impl Doc<'_> {
    fn ent(&self, mi: usize) -> usize {
        self.entity_of[mi]
    }

    /// Mentions in sentence `si` of the given types, in text order, skipping mentions nested
    /// in another mention of an organisation type (parents and prefixes).
    fn in_sentence(&self, si: usize, types: &[EntityType]) -> Vec<usize> {
        let here = &self.by_sentence[si];
        here.iter()
            .copied()
            .filter(|&i| types.contains(&self.mentions[i].ty))
            .filter(|&i| {
                let m = &self.mentions[i];
                !here.iter().any(|&o| {
                    let o = &self.mentions[o];
                    o.ty == m.ty && o.start <= m.start && m.end <= o.end && (o.start, o.end) != (m.start, m.end)
                })
            })
            .collect()
    }

    /// The maximal runs of list items (glued by 、和与及) among `items`.
    fn list_runs(&self, items: &[usize]) -> Vec<Vec<usize>> {
        let chars = &self.norm.chars;
        let mut runs: Vec<Vec<usize>> = Vec::new();
        for &i in items {
            let m = &self.mentions[i];
            // A list member is followed by glue, 等, punctuation or a verb, not by more noun.
            if let Some(last) = runs.last_mut().and_then(|r| r.last().copied()) {
                let glue: String = chars[self.mentions[last].end..m.start.max(self.mentions[last].end)].iter().collect();
                if is_list_glue(&glue) {
                    runs.last_mut().unwrap().push(i);
                    continue;
                }
            }
            runs.push(vec![i]);
        }
        runs
    }

    /// The last list of `items` (see [`Doc::list_runs`]) ending before `pos`, and the text
    /// between it and `pos` (where a verb or its adverbs stand).
    fn last_run_before(&self, items: &[usize], pos: usize) -> Option<(Vec<usize>, String)> {
        let before: Vec<usize> = items.iter().copied().filter(|&i| self.mentions[i].end <= pos).collect();
        let run = self.list_runs(&before).pop()?;
        let gap = self.norm.chars[self.mentions[*run.last()?].end..pos].iter().collect();
        Some((run, gap))
    }

    /// The alliance named last before position `pos` of sentence `si`, within its report.
    fn last_alliance_before(&self, si: usize, pos: usize) -> Option<usize> {
        let section = self.layout.sentences[si].section;
        (0..=si)
            .rev()
            .take_while(|&k| self.layout.sentences[k].section == section)
            .find_map(|k| self.in_sentence(k, &[EntityType::Alliance]).into_iter().rfind(|&a| self.mentions[a].end <= pos))
            .map(|a| self.ent(a))
    }

    /// Whether a verb of saying follows the mention in its clause: 王某表示, 王某在会上表示,
    /// 王某在致辞中说. A comma, colon or list mark ends the search.
    fn speaks(&self, m: &Mention) -> bool {
        const MAX_GAP: usize = 8;
        let chars = &self.norm.chars;
        let toks = &self.tokens[m.sentence];
        let end = self.layout.sentences[m.sentence].end.min(m.end + MAX_GAP + 1);
        for (k, &c) in chars.iter().enumerate().take(end).skip(m.end) {
            if matches!(c, ',' | '。' | ';' | ':' | '、' | '!' | '?' | '“' | '”') {
                return false;
            }
            if toks.starting_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech)))) {
                return true;
            }
        }
        false
    }

    /// The event a report is about: the longest event in its first headline that names one,
    /// else the first event of its first body sentences.
    fn section_events(&self) -> Vec<Option<usize>> {
        let mut out = Vec::new();
        for (sec_i, sec) in self.layout.sections.iter().enumerate() {
            let mut found = None;
            for h in &sec.headlines {
                let best = self
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.ty == EntityType::Event && m.start >= h.0 && m.end <= h.1)
                    .max_by_key(|(_, m)| (m.end - m.start, std::cmp::Reverse(m.start)));
                if let Some((mi, _)) = best {
                    found = Some(self.ent(mi));
                    break;
                }
            }
            if found.is_none() {
                let first_body: Vec<usize> = self
                    .layout
                    .sentences
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.section == sec_i && s.kind == BlockKind::Body)
                    .map(|(i, _)| i)
                    .take(2)
                    .collect();
                found = self
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.ty == EntityType::Event && first_body.contains(&m.sentence))
                    .max_by_key(|(_, m)| (std::cmp::Reverse(m.sentence), m.end - m.start))
                    .map(|(mi, _)| self.ent(mi));
            }
            out.push(found);
        }
        out
    }
}

/// Extract all relations of an article.
pub fn relate(doc: &mut Doc) -> Vec<Relation> {
    let mut out: Vec<Relation> = Vec::new();
    let chars: &[char] = &doc.norm.chars;
    let main_events = doc.section_events();
    let mut with_post: BTreeSet<usize> = BTreeSet::new();

    for (si, s) in doc.layout.sentences.iter().enumerate() {
        if matches!(s.kind, BlockKind::Byline | BlockKind::Credit) {
            continue;
        }
        let toks = &doc.tokens[si];
        let (ss, se) = (s.start, s.end);
        let main_event = main_events.get(s.section).copied().flatten();
        let orgs = doc.in_sentence(si, &[EntityType::Organization, EntityType::Alliance]);
        let institutions: Vec<usize> = orgs.iter().copied().filter(|&o| doc.mentions[o].ty == EntityType::Organization).collect();
        let here = doc.by_sentence[si].clone();
        let org_ending_at = |pos: usize| -> Option<usize> {
            // the longest organisation mention ending exactly at pos
            here.iter().copied()
                .filter(|&i| doc.mentions[i].end == pos && matches!(doc.mentions[i].ty, EntityType::Organization | EntityType::Alliance))
                .min_by_key(|&i| doc.mentions[i].start)
        };

        // position: ORG POST[、ORG POST]* NAME, and ORG的NAME
        for mi in doc.in_sentence(si, &[EntityType::Person]) {
            let person = doc.mentions[mi].start;
            let mut pos = person;
            let mut pending: Vec<String> = Vec::new();
            let mut found_any = false;
            while let Some(post) = toks.ending_at(pos).filter(|t| t.has(|g| matches!(g, Tag::Post))).copied() {
                let mut role_start = post.start;
                // modifiers before the post: 前司长, 第一副校长, 常务副会长
                'mods: loop {
                    for m in &doc.lex.modifiers {
                        if ends_with(chars, ss, role_start, m) && toks.ending_at(role_start).is_none_or(|t| t.end - t.start <= m.chars().count()) {
                            role_start -= m.chars().count();
                            continue 'mods;
                        }
                    }
                    break;
                }
                let role: String = chars[role_start..post.end].iter().collect();
                if role == "记者" || role.ends_with("记者") {
                    break;
                }
                pending.push(role);
                if let Some(oi) = org_ending_at(role_start) {
                    for r in pending.drain(..) {
                        out.push(Relation { subject: doc.ent(mi), predicate: Predicate::Position, object: Object::Entity(doc.ent(oi)), role: Some(r), sentence: si, rule: "position.org-post-name" });
                    }
                    found_any = true;
                    let os = doc.mentions[oi].start;
                    if os > ss && chars[os - 1] == '、' {
                        pos = os - 1;
                        continue;
                    }
                    break;
                } else if role_start > ss && chars[role_start - 1] == '、' {
                    pos = role_start - 1; // another post of the same organisation further left
                    continue;
                } else if let Some(comma) = field_before(chars, ss, role_start) {
                    pos = comma; // 副校长、经济学教授X: a discipline names no organisation
                    continue;
                }
                break;
            }
            if !found_any && person > ss + 1 && chars[person - 1] == '的' {
                if let Some(oi) = org_ending_at(person - 1) {
                    out.push(Relation { subject: doc.ent(mi), predicate: Predicate::Position, object: Object::Entity(doc.ent(oi)), role: None, sentence: si, rule: "position.org-de-name" });
                    found_any = true;
                }
            }
            // NAME,ORG POST[,。]: the post after the name
            let pe = doc.mentions[mi].end;
            if !found_any && pe < se && chars[pe] == ',' {
                if let Some(&oi) = orgs.iter().find(|&&o| doc.mentions[o].start == pe + 1) {
                    let oe = doc.mentions[oi].end;
                    if let Some(post) = toks.starting_at(oe).filter(|t| t.has(|g| matches!(g, Tag::Post))) {
                        if post.end >= se || matches!(chars[post.end], ',' | '。' | ';') {
                            out.push(Relation { subject: doc.ent(mi), predicate: Predicate::Position, object: Object::Entity(doc.ent(oi)), role: Some(chars[post.start..post.end].iter().collect()), sentence: si, rule: "position.name-org-post" });
                            found_any = true;
                        }
                    }
                }
            }
            if found_any {
                with_post.insert(mi);
            }
        }

        // founding_member and established_at: a list of organisations before a founding verb
        for ai in doc.in_sentence(si, &[EntityType::Alliance]) {
            let a = &doc.mentions[ai];
            let after_verb = ["正式成立", "宣告成立", "成立", "揭牌", "启动"].iter().any(|w| text_has(chars, a.end, (a.end + 6).min(se), w).is_some());
            let orgs_before: Vec<usize> = institutions.iter().copied().filter(|&o| doc.mentions[o].end <= a.start).collect();
            let runs = doc.list_runs(&orgs_before);
            // the run nearest to the verb whose gap to the alliance holds a founding verb
            let mut members: Vec<usize> = Vec::new();
            for run in runs.iter().rev() {
                let last = *run.last().unwrap();
                let gap_from = doc.mentions[last].end;
                let gap: String = chars[gap_from..a.start].iter().collect();
                if gap.contains('。') || gap.chars().count() > 40 {
                    continue;
                }
                // what may follow the last item of a list before its verb: glue, time and manner
                const LIST_END: &[&str] = &[
                    "等", "共同", "联合", "发起", "加入", "成立", "牵头", "组建", "宣布", "正式", "已", "将", "也", "还", "同时", "和", "与", "及", ",", "、",
                    "近日", "日前", "今天", "今日", "昨天", "昨日", "当天", "当日", "此前", "近期", "目前", "今年", "于", "在", "先后", "分别", "一致", "均", "相继", "陆续",
                ];
                let noun_follows = gap.chars().next().is_some_and(is_cjk) && !LIST_END.iter().any(|w| gap.starts_with(w));
                if noun_follows {
                    continue; // 上合组织成员国高校: the organisation qualifies a noun, it is not listed
                }
                let first = doc.mentions[run[0]].start;
                let by = first > ss && chars[first - 1] == '由';
                if FOUNDING_VERBS.iter().any(|v| gap.contains(v)) || (by && gap.contains("发起")) {
                    members = run.clone();
                    // 等21家权威智库机构 / 等中国高校: what the list is
                    if let Some(deng) = gap.find('等') {
                        let desc: String = gap[deng..].chars().take_while(|c| *c != ',' && *c != '共' && *c != '联').collect();
                        for &o in run {
                            let e = doc.ent(o);
                            if desc.contains("智库") && doc.entities[e].lex.is_none() && !matches!(doc.entities[e].kind, Some(crate::lexicon::OrgKind::University | crate::lexicon::OrgKind::Company)) {
                                doc.entities[e].kind = Some(crate::lexicon::OrgKind::ThinkTank);
                            }
                        }
                        for (ci, c) in doc.lex.countries.iter().enumerate() {
                            if desc.starts_with(&format!("等{}", c.name)) {
                                if let Some(ce) = doc.entities.iter().position(|e| e.lex == Some(LexRef::Country(ci))) {
                                    for &o in run {
                                        out.push(Relation { subject: doc.ent(o), predicate: Predicate::LocatedIn, object: Object::Entity(ce), role: None, sentence: si, rule: "located_in.list-descriptor" });
                                    }
                                }
                            }
                        }
                    }
                    break;
                }
            }
            for &o in &members {
                out.push(Relation { subject: doc.ent(o), predicate: Predicate::FoundingMember, object: Object::Entity(doc.ent(ai)), role: None, sentence: si, rule: "founding_member.list-before-founding-verb" });
            }
            let founded = after_verb || !members.is_empty() || FOUNDING_VERBS.iter().any(|v| ends_with(chars, ss, a.start.saturating_sub(1), v) || ends_with(chars, ss, a.start, v));
            if founded {
                // a named event in the sentence (在X上, X期间), else the report's event
                let here = doc.in_sentence(si, &[EntityType::Event]).into_iter().find(|&e| {
                    let m = &doc.mentions[e];
                    m.end <= a.start && (text_has(chars, m.end, (m.end + 3).min(se), "上").is_some() || text_has(chars, m.end, (m.end + 3).min(se), "期间").is_some())
                });
                if let Some(ev) = here.map(|e| doc.ent(e)).or(main_event) {
                    out.push(Relation { subject: doc.ent(ai), predicate: Predicate::EstablishedAt, object: Object::Entity(ev), role: None, sentence: si, rule: if here.is_some() { "established_at.event-in-sentence" } else { "established_at.report-event" } });
                }
            }
        }

        // published: ORG(与ORG)(联合)发布(了)DOC
        for di in doc.in_sentence(si, &[EntityType::Document]) {
            let d = &doc.mentions[di];
            let mut at = d.start;
            if at > ss && matches!(chars[at - 1], '《' | '“') {
                at -= 1;
            }
            let Some(verb) = PUBLISH_VERBS.iter().find(|v| ends_with(chars, ss, at, v)) else { continue };
            let verb_start = at - verb.chars().count();
            if let Some((run, gap)) = doc.last_run_before(&orgs, verb_start) {
                if gap.is_empty() || gap == "同时" || gap == "还" || gap == "也" {
                    for &o in &run {
                        out.push(Relation { subject: doc.ent(o), predicate: Predicate::Published, object: Object::Entity(doc.ent(di)), role: None, sentence: si, rule: "published.org-verb-document" });
                    }
                }
            }
        }

        // held_at: EVENT在PLACE举行
        let places_here = doc.in_sentence(si, &[EntityType::Place]);
        for &pi in &places_here {
            let p = &doc.mentions[pi];
            // 在新疆克拉玛依举行: the venue is the last of adjacent places, each inside the one before
            let mut chain = vec![pi];
            while let Some(&q) = places_here.iter().find(|&&q| doc.mentions[q].end == doc.mentions[chain[0]].start) {
                chain.insert(0, q);
            }
            let first = &doc.mentions[chain[0]];
            if first.start == 0 || chars[first.start - 1] != '在' {
                continue;
            }
            if !["举行", "举办", "召开", "开幕", "闭幕", "启幕"].iter().any(|v| text_has(chars, p.end, (p.end + 2).min(se), v).is_some()) {
                continue;
            }
            for w in chain.windows(2) {
                out.push(Relation { subject: doc.ent(w[1]), predicate: Predicate::LocatedIn, object: Object::Entity(doc.ent(w[0])), role: None, sentence: si, rule: "located_in.place-then-place" });
            }
            let before = first.start - 1;
            let ev = doc.in_sentence(si, &[EntityType::Event]).into_iter().filter(|&e| doc.mentions[e].end == before).max_by_key(|&e| doc.mentions[e].end - doc.mentions[e].start).map(|e| doc.ent(e));
            let ev = ev.or_else(|| {
                // 本次论坛在X举行: a generic reference to the report's event
                ["论坛", "会议", "峰会", "大会", "活动"].iter().any(|w| ends_with(chars, ss, before, w)).then_some(main_event).flatten()
            });
            if let Some(ev) = ev {
                out.push(Relation { subject: ev, predicate: Predicate::HeldAt, object: Object::Entity(doc.ent(pi)), role: None, sentence: si, rule: "held_at.event-zai-place-verb" });
            }
        }

        // located_in: (总部)位于PLACE的ORG, ORG(总部)位于PLACE
        for &pi in &places_here {
            let p = &doc.mentions[pi];
            let after_verb = ["位于", "设在", "地处"].iter().any(|w| ends_with(chars, ss, p.start, w));
            if !after_verb {
                continue;
            }
            let verb_start = p.start - 2;
            let verb_start = if ends_with(chars, ss, verb_start, "总部") { verb_start - 2 } else { verb_start };
            let org_after = (chars.get(p.end) == Some(&'的')).then(|| institutions.iter().copied().find(|&o| doc.mentions[o].start == p.end + 1)).flatten();
            let org_before = institutions.iter().copied().find(|&o| doc.mentions[o].end == verb_start);
            if let Some(o) = org_after.or(org_before) {
                out.push(Relation { subject: doc.ent(o), predicate: Predicate::LocatedIn, object: Object::Entity(doc.ent(pi)), role: None, sentence: si, rule: "located_in.located-at" });
            }
        }

        // founding_member (joined): A、B(已)成为(该联盟 | ALLIANCE)(的)(首批)成员(单位)
        const BATCH: [&str; 4] = ["首批", "第一批", "创始", "首届"];
        let past_batch = |pos: usize| BATCH.into_iter().find(|w| starts_with_at(chars, pos, se, w)).map_or(pos, |w| pos + w.chars().count());
        let mut from = ss;
        while let Some(v) = text_has(chars, from, se, "成为") {
            from = v + 2;
            let named = doc.in_sentence(si, &[EntityType::Alliance]).into_iter().find(|&a| doc.mentions[a].start == v + 2);
            // 成为首批成员: of the alliance named in this sentence or the one before
            let just_named = || {
                doc.in_sentence(si, &[EntityType::Alliance]).iter().any(|&a| doc.mentions[a].end <= v)
                    || si > 0 && doc.layout.sentences[si - 1].section == s.section && !doc.in_sentence(si - 1, &[EntityType::Alliance]).is_empty()
            };
            let (alliance, after) = match named {
                Some(a) => (Some(doc.ent(a)), doc.mentions[a].end),
                // 该联盟: the alliance last named in this report
                None if matches!(chars.get(v + 2), Some('该' | '本')) => match toks.starting_at(v + 3).filter(|t| t.has(|g| matches!(g, Tag::AllianceHead))) {
                    Some(t) => (doc.last_alliance_before(si, v), t.end),
                    None => (None, 0),
                },
                None if past_batch(v + 2) > v + 2 && just_named() => (doc.last_alliance_before(si, v), v + 2),
                None => (None, 0),
            };
            let Some(alliance) = alliance else { continue };
            let after = if chars.get(after) == Some(&'的') { after + 1 } else { after };
            if !starts_with_at(chars, past_batch(after), se, "成员") {
                continue;
            }
            if let Some((run, gap)) = doc.last_run_before(&institutions, v) {
                // 已, 也, 正式 …; or what the list is: 等企业, 等12家机构
                let adverbs = gap.chars().count() <= 4 && gap.chars().all(|c| "已也均都正式先后相继陆续将".contains(c));
                let described = gap.starts_with('等') && gap.chars().count() <= 10 && !gap.contains([',', '。', ';', ':']);
                if adverbs || described {
                    for &o in &run {
                        out.push(Relation { subject: doc.ent(o), predicate: Predicate::FoundingMember, object: Object::Entity(alliance), role: None, sentence: si, rule: "founding_member.became-member" });
                    }
                }
            }
        }

        // organizer: 由A、B主办, C承办; or the organisers named after the role:
        // 主办单位为A、B / 主办方是C / 承办单位:D
        for (verb, rule) in ORGANIZER_VERBS {
            let mut from = ss;
            while let Some(v) = text_has(chars, from, se, verb) {
                from = v + verb.chars().count();
                if let Some(list_start) = after_role_noun(chars, from, se) {
                    let cands: Vec<usize> = institutions.iter().copied().filter(|&o| doc.mentions[o].start >= list_start).collect();
                    let run = doc.list_runs(&cands).into_iter().next().filter(|r| doc.mentions[r[0]].start == list_start);
                    // the event named before the role noun in this sentence, else the report's
                    let ev = doc.in_sentence(si, &[EntityType::Event]).into_iter().rfind(|&e| doc.mentions[e].end <= v).map(|e| doc.ent(e)).or(main_event);
                    if let (Some(run), Some(ev)) = (run, ev) {
                        for o in run {
                            out.push(Relation { subject: ev, predicate: Predicate::Organizer, object: Object::Entity(doc.ent(o)), role: None, sentence: si, rule: "organizer.role-noun-is-list" });
                        }
                    }
                    continue;
                }
                if let Some((run, gap)) = doc.last_run_before(&institutions, v) {
                    if gap.is_empty() || gap == "共同" || gap == "联合" {
                        let ev = doc.in_sentence(si, &[EntityType::Event]).into_iter().find(|&e| doc.mentions[e].start >= from).map(|e| doc.ent(e)).or(main_event);
                        if let Some(ev) = ev {
                            for &o in &run {
                                out.push(Relation { subject: ev, predicate: Predicate::Organizer, object: Object::Entity(doc.ent(o)), role: None, sentence: si, rule });
                            }
                        }
                    }
                }
            }
        }

        // signed_at: projects listed where a signing is reported
        let signing_here = text_has(chars, ss, se, "签约").is_some() || text_has(chars, ss, se, "签署").is_some();
        let signing_before = si > 0 && {
            let prev = &doc.layout.sentences[si - 1];
            prev.section == s.section && text_has(chars, prev.start, prev.end, "签约仪式").is_some()
        };
        for pi in doc.in_sentence(si, &[EntityType::Project]) {
            let p = &doc.mentions[pi];
            if p.rule == "project.head" && (signing_here || signing_before) && s.kind == BlockKind::Body {
                if let Some(ev) = main_event {
                    out.push(Relation { subject: doc.ent(pi), predicate: Predicate::SignedAt, object: Object::Entity(ev), role: None, sentence: si, rule: "signed_at.listed-at-signing" });
                }
            }
            if let Some(cat) = &p.note {
                out.push(Relation { subject: doc.ent(pi), predicate: Predicate::Category, object: Object::Literal(cat.clone()), role: None, sentence: si, rule: "category.selected-into" });
            }
        }

        // part_of and located_in carried by names
        for &mi in &here {
            let m = &doc.mentions[mi];
            if m.ty == EntityType::Event {
                if let Some((ps, pe)) = m.parent {
                    if let Some(pm) = here.iter().copied().find(|&x| doc.mentions[x].ty == EntityType::Event && doc.mentions[x].start == ps && doc.mentions[x].end == pe) {
                        if doc.ent(pm) != doc.ent(mi) {
                            out.push(Relation { subject: doc.ent(mi), predicate: Predicate::PartOf, object: Object::Entity(doc.ent(pm)), role: None, sentence: si, rule: "part_of.sub-forum-name" });
                        }
                    }
                }
            }
            if !matches!(m.ty, EntityType::Organization | EntityType::Project | EntityType::Place) || m.rule == "org.lexicon" && m.lex.is_some() && m.surface.chars().count() <= 2 {
                continue;
            }
            // countries and places inside the name
            let inner: Vec<usize> = here.iter().copied()
                .filter(|&k| k != mi && doc.mentions[k].start >= m.start && doc.mentions[k].end <= m.end && matches!(doc.mentions[k].ty, EntityType::Country | EntityType::Place))
                .collect();
            for &k in &inner {
                let km = &doc.mentions[k];
                // 哈萨克斯坦阿拉木图市…: a place right after a leading country is at the start too
                let at_start = km.start == m.start
                    || km.ty == EntityType::Place && inner.iter().any(|&j| doc.mentions[j].end == km.start && doc.mentions[j].start == m.start);
                let take = match m.ty {
                    EntityType::Organization => at_start,
                    EntityType::Place => true,
                    _ => true,
                };
                if take && doc.ent(k) != doc.ent(mi) {
                    out.push(Relation { subject: doc.ent(mi), predicate: Predicate::LocatedIn, object: Object::Entity(doc.ent(k)), role: None, sentence: si, rule: "located_in.name-prefix" });
                }
            }
            if m.ty == EntityType::Organization {
                // 陕西省社会科学院: a leading place the article names elsewhere; 中国电信: a leading
                // country inside a well-known name
                if let Some(t) = toks.starting_at(m.start) {
                    if let Some(pi) = t.place() {
                        let known = doc.entities.iter().position(|e| e.lex == Some(LexRef::Place(pi)));
                        if let Some(pe) = known.filter(|&pe| pe != doc.ent(mi)) {
                            out.push(Relation { subject: doc.ent(mi), predicate: Predicate::LocatedIn, object: Object::Entity(pe), role: None, sentence: si, rule: "located_in.name-prefix" });
                        }
                    }
                    if t.known_org().is_some() {
                        let surface: String = chars[t.start..t.end].iter().collect();
                        if let Some(ci) = doc.lex.countries.iter().position(|c| surface.starts_with(c.name.as_str()) && surface.len() > c.name.len()) {
                            let ce = ensure_country(doc, ci);
                            out.push(Relation { subject: doc.ent(mi), predicate: Predicate::LocatedIn, object: Object::Entity(ce), role: None, sentence: si, rule: "located_in.name-prefix" });
                        }
                    }
                }
            }
            // 中乌…项目: a compound of China and a partner country names the parties
            if m.ty == EntityType::Project && m.end - m.start > 3 && chars[m.start] == '中' {
                if let Some(cands) = doc.lex.country_short.get(&chars[m.start + 1]) {
                    let china = doc.lex.country_by_name("中国");
                    let partner = pick_country(doc, cands);
                    if let (Some(cn), Some(pc)) = (china, partner) {
                        for c in [cn, pc] {
                            let e = ensure_country(doc, c);
                            out.push(Relation { subject: doc.ent(mi), predicate: Predicate::Participant, object: Object::Entity(e), role: None, sentence: si, rule: "participant.country-compound" });
                        }
                    }
                }
            }
        }
        // a place right after a country (哈萨克斯坦阿拉木图) is in that country
        let cps = doc.in_sentence(si, &[EntityType::Country, EntityType::Place]);
        let all_places: Vec<usize> = here.iter().copied().filter(|&k| doc.mentions[k].ty == EntityType::Place).collect();
        for &k in &all_places {
            let km = &doc.mentions[k];
            if let Some(&c) = cps.iter().find(|&&c| doc.mentions[c].ty == EntityType::Country && doc.mentions[c].end == km.start) {
                out.push(Relation { subject: doc.ent(k), predicate: Predicate::LocatedIn, object: Object::Entity(doc.ent(c)), role: None, sentence: si, rule: "located_in.country-then-place" });
            }
        }
    }

    // spoke_at: people with a post in a report's body, and people whose clause runs on to a
    // verb of saying (…在会上表示), spoke at the report's event
    for (mi, m) in doc.mentions.iter().enumerate() {
        if m.ty != EntityType::Person || !(with_post.contains(&mi) || doc.speaks(m)) {
            continue;
        }
        let s = &doc.layout.sentences[m.sentence];
        if s.kind != BlockKind::Body {
            continue;
        }
        if let Some(Some(ev)) = main_events.get(s.section) {
            out.push(Relation { subject: doc.ent(mi), predicate: Predicate::SpokeAt, object: Object::Entity(*ev), role: None, sentence: m.sentence, rule: "spoke_at.quoted-in-report-about-event" });
        }
    }

    // One fact, one relation: keep the first evidence.
    let mut seen = BTreeSet::new();
    out.retain(|r| seen.insert((r.subject, r.predicate, r.object.clone(), r.role.clone())));
    out
}

/// 中乌 could be Uzbekistan or Ukraine: prefer a candidate the article names in full.
fn pick_country(doc: &Doc, cands: &[usize]) -> Option<usize> {
    cands
        .iter()
        .copied()
        .find(|&c| doc.entities.iter().any(|e| e.lex == Some(LexRef::Country(c))))
        .or_else(|| cands.first().copied())
}

fn ensure_country(doc: &mut Doc, c: usize) -> usize {
    if let Some(i) = doc.entities.iter().position(|e| e.lex == Some(LexRef::Country(c))) {
        return i;
    }
    let name = doc.lex.countries[c].name.clone();
    doc.entities.push(Entity {
        ty: EntityType::Country,
        key: name.clone(),
        label: name,
        aliases: Default::default(),
        kind: None,
        lex: Some(LexRef::Country(c)),
        mentions: vec![],
        merges: vec!["named only in a compound such as 中乌 (participant.country-compound)".into()],
        parent: None,
    });
    doc.entities.len() - 1
}
