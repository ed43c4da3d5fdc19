//! Relation extraction: the predicates of the annotation guidelines, each fact with the
//! sentence it came from and the id of the rule that produced it.
//!
//! Rules are named units in a registry ([`RULES`]), one module per predicate family:
//! [`position`], [`membership`] (founders, later members, where an alliance was founded),
//! [`events`] (venues, organisers, sub-forums, speakers, signings), [`location`] and
//! [`documents`] (publishers, categories, parties). Sentence rules read one sentence at a
//! time ([`Sent`]); article rules read the whole report (the event a report is about is
//! where its speakers spoke). `silkgraph rules` lists the registry.

use std::collections::BTreeSet;

use crate::lexicon::{Lexicon, Tag, WordRole};
use crate::normalize::NormText;
use crate::recognize::{EntityType, Mention};
use crate::resolve::Entity;
use crate::scan::{is_cjk, starts_with_at, Tokens};
use crate::segment::{BlockKind, Layout};

pub mod documents;
pub mod events;
pub mod location;
pub mod membership;
pub mod position;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Predicate {
    Position,
    FoundingMember,
    Member,
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
    pub const ALL: [Predicate; 13] = [
        Self::Position,
        Self::FoundingMember,
        Self::Member,
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
            Self::Member => "member",
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

impl Relation {
    pub fn new(subject: usize, predicate: Predicate, object: usize, sentence: usize, rule: &'static str) -> Self {
        Relation { subject, predicate, object: Object::Entity(object), role: None, sentence, rule }
    }
}

/// How a rule runs: on each sentence, once per article, or inside another rule's pass.
#[derive(Clone, Copy)]
pub enum Run {
    Sentence(fn(&mut Doc, &Sent, &mut Vec<Relation>)),
    Article(fn(&mut Doc, &mut Vec<Relation>)),
    /// Emitted by the rule with this id while it reads the same words.
    Within(&'static str),
}

/// A relation rule: its id (the `rule` of every relation it produces), what it states, the
/// pattern it reads and an example in the project's own words.
pub struct Rule {
    pub id: &'static str,
    pub predicate: Predicate,
    pub pattern: &'static str,
    pub example: &'static str,
    pub run: Run,
}

/// The Chinese relation rules, in the order they run.
pub fn chinese_rules() -> Vec<&'static Rule> {
    [position::RULES, membership::RULES, events::RULES, location::RULES, documents::RULES].into_iter().flatten().collect()
}

/// Every relation rule of every language (what `silkgraph rules` lists).
pub fn rules() -> Vec<&'static Rule> {
    let mut all = chinese_rules();
    all.extend(crate::en::relate::RULES);
    all
}

/// The registry as rows (id, predicate, runs, pattern, example, and how often it fired on
/// `relations` when given), in registry order.
pub fn rule_rows<'r>(relations: Option<impl Iterator<Item = &'r Relation>>) -> Vec<Vec<String>> {
    let mut fired: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let counting = relations.is_some();
    for r in relations.into_iter().flatten() {
        *fired.entry(r.rule).or_default() += 1;
    }
    rules()
        .into_iter()
        .map(|r| {
            let runs = match r.run {
                Run::Sentence(_) => "sentence".to_owned(),
                Run::Article(_) => "article".to_owned(),
                Run::Within(parent) => format!("within {parent}"),
            };
            let mut row = vec![r.id.to_owned(), r.predicate.as_str().to_owned(), runs, r.pattern.to_owned(), r.example.to_owned()];
            if counting {
                row.push(fired.get(r.id).copied().unwrap_or(0).to_string());
            }
            row
        })
        .collect()
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
    /// The event each report is about (see [`Doc::section_events`]).
    pub main_events: Vec<Option<usize>>,
    /// Person mentions that a position rule gave a post.
    pub with_post: BTreeSet<usize>,
}

/// One sentence as the sentence rules see it.
pub struct Sent {
    pub si: usize,
    pub start: usize,
    pub end: usize,
    pub section: usize,
    /// The event of the report this sentence belongs to.
    pub main_event: Option<usize>,
    /// Outermost organisation and alliance mentions, in text order.
    pub orgs: Vec<usize>,
    /// The organisations among them.
    pub institutions: Vec<usize>,
    /// Every mention of the sentence.
    pub here: Vec<usize>,
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
        let mut doc = Doc { lex, norm, layout, mentions, entity_of, entities, tokens, by_sentence, main_events: Vec::new(), with_post: BTreeSet::new() };
        doc.main_events = doc.section_events();
        doc
    }

    pub fn ent(&self, mi: usize) -> usize {
        self.entity_of[mi]
    }

    /// The article's entity for a lexicon entry, when the article names it.
    pub fn entity_of_lex(&self, lex: crate::recognize::LexRef) -> Option<usize> {
        self.entities.iter().position(|e| e.lex == Some(lex))
    }

    pub fn chars(&self) -> &'a [char] {
        &self.norm.chars
    }

    pub fn sent(&self, si: usize) -> Sent {
        let s = &self.layout.sentences[si];
        let orgs = self.in_sentence(si, &[EntityType::Organization, EntityType::Alliance]);
        let institutions = orgs.iter().copied().filter(|&o| self.mentions[o].ty == EntityType::Organization).collect();
        Sent {
            si,
            start: s.start,
            end: s.end,
            section: s.section,
            main_event: self.main_events.get(s.section).copied().flatten(),
            orgs,
            institutions,
            here: self.by_sentence[si].clone(),
        }
    }

    /// Mentions in sentence `si` of the given types, in text order, skipping mentions nested
    /// in another mention of an organisation type (parents and prefixes).
    pub fn in_sentence(&self, si: usize, types: &[EntityType]) -> Vec<usize> {
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

    /// Places in sentence `si` where an event can be held: places, and the countries that are
    /// one city (在新加坡举办 names the venue as 在天津举办 does).
    pub fn venues_in_sentence(&self, si: usize) -> Vec<usize> {
        let city_state = |i: usize| matches!(self.mentions[i].lex, Some(crate::recognize::LexRef::Country(c)) if self.lex.countries[c].is_city_state());
        self.in_sentence(si, &[EntityType::Place, EntityType::Country]).into_iter().filter(|&i| self.mentions[i].ty == EntityType::Place || city_state(i)).collect()
    }

    /// The university entity of the article, when it names exactly one.
    /// The university a page calls 我校 (本校), when the article says which it is.
    pub fn own_university(&self) -> Option<usize> {
        self.mentions.iter().position(|m| m.rule == "org.own-university").map(|m| self.ent(m))
    }

    pub fn the_one_university(&self) -> Option<usize> {
        let mut universities = (0..self.entities.len()).filter(|&e| self.entities[e].ty == EntityType::Organization && self.entities[e].kind == Some(crate::lexicon::OrgKind::University));
        let first = universities.next()?;
        universities.next().is_none().then_some(first)
    }

    /// The longest organisation or alliance mention of the sentence ending exactly at `pos`.
    pub fn org_ending_at(&self, s: &Sent, pos: usize) -> Option<usize> {
        s.here
            .iter()
            .copied()
            .filter(|&i| self.mentions[i].end == pos && matches!(self.mentions[i].ty, EntityType::Organization | EntityType::Alliance))
            .min_by_key(|&i| self.mentions[i].start)
    }

    /// The maximal runs of list items (glued by 、和与及) among `items`.
    pub fn list_runs(&self, items: &[usize]) -> Vec<Vec<usize>> {
        let chars = self.chars();
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
    pub fn last_run_before(&self, items: &[usize], pos: usize) -> Option<(Vec<usize>, String)> {
        // (A和上合组织X理事会: a body named inside an item's name is no item of its own)
        let inside = |i: usize| items.iter().any(|&o| o != i && self.mentions[o].start <= self.mentions[i].start && self.mentions[i].end <= self.mentions[o].end && self.mentions[o].end - self.mentions[o].start > self.mentions[i].end - self.mentions[i].start);
        let before: Vec<usize> = items.iter().copied().filter(|&i| self.mentions[i].end <= pos && !inside(i)).collect();
        let run = self.list_runs(&before).pop()?;
        let gap = self.chars()[self.mentions[*run.last()?].end..pos].iter().collect();
        Some((run, gap))
    }

    /// The alliance named last before position `pos` of sentence `si`, within its report.
    pub fn last_alliance_before(&self, si: usize, pos: usize) -> Option<usize> {
        self.last_named_before(si, pos, EntityType::Alliance)
    }

    /// The alliance the report names most often before position `pos` of sentence `si` (the
    /// last of equals): the one a report about it keeps returning to.
    pub fn main_alliance_before(&self, si: usize, pos: usize) -> Option<usize> {
        self.main_named_before(si, pos, false, |m| m.ty == EntityType::Alliance)
    }

    /// The body whose name ends in `head` that the report names most often before position
    /// `pos` of sentence `si`: what a bare 中心 (受聘为中心学术委员会委员) refers back to.
    pub fn main_body_with_head_before(&self, si: usize, pos: usize, head: &str) -> Option<usize> {
        self.main_named_before(si, pos, true, |m| m.ty == EntityType::Organization && m.label.ends_with(head) && m.label.len() > head.len())
    }

    /// Of the mentions `fits` accepts in the section before `pos` of sentence `si`, the entity
    /// named most often (of equals, the first named when `first_of_equals`, else the last).
    fn main_named_before(&self, si: usize, pos: usize, first_of_equals: bool, fits: impl Fn(&Mention) -> bool) -> Option<usize> {
        let section = self.layout.sentences[si].section;
        let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (entity, mentions, last end)
        for (k, m) in self.mentions.iter().enumerate() {
            let before = m.sentence < si || m.sentence == si && m.end <= pos;
            if !fits(m) || !before || self.layout.sentences[m.sentence].section != section {
                continue;
            }
            let e = self.ent(k);
            match counts.iter_mut().find(|c| c.0 == e) {
                Some(c) => (c.1, c.2) = (c.1 + 1, c.2.max(m.end)),
                None => counts.push((e, 1, m.end)),
            }
        }
        // (counts keeps the order of first mention, so the first of equals is the first named)
        let most = counts.iter().map(|c| c.1).max()?;
        let mut equals = counts.iter().filter(|c| c.1 == most);
        if first_of_equals { equals.next().map(|c| c.0) } else { equals.max_by_key(|c| c.2).map(|c| c.0) }
    }

    /// The event named last before position `pos` of sentence `si`, within its report.
    pub fn last_event_before(&self, si: usize, pos: usize) -> Option<usize> {
        self.last_named_before(si, pos, EntityType::Event)
    }

    fn last_named_before(&self, si: usize, pos: usize, ty: EntityType) -> Option<usize> {
        let section = self.layout.sentences[si].section;
        (0..=si)
            .rev()
            .take_while(|&k| self.layout.sentences[k].section == section)
            .find_map(|k| self.in_sentence(k, &[ty]).into_iter().rfind(|&a| self.mentions[a].end <= pos))
            .map(|a| self.ent(a))
    }

    /// Whether a verb of saying follows the mention in its clause: 王某表示, 王某在会上表示,
    /// 王某在致辞中说. A comma, colon or list mark ends the search.
    pub fn speaks(&self, m: &Mention) -> bool {
        const MAX_GAP: usize = 14;
        let chars = self.chars();
        let toks = &self.tokens[m.sentence];
        // (李华代表学校对东岭大学长期以来的支持表示感谢: speaking for a body, the clause runs long)
        let on_behalf = crate::scan::starts_with_at(chars, m.end, m.end + 2, "代表");
        // (A、B等专家也分别对X、Y的出版表示祝贺: after a list closed by 等, the clause runs longer)
        let closed_by_deng = chars.get(m.end) == Some(&'等');
        let end = self.layout.sentences[m.sentence].end.min(m.end + if on_behalf { 50 } else if closed_by_deng { 26 } else { MAX_GAP + 1 });
        // (TITLE A,TITLE B、C等嘉宾在开幕式致辞: a list closed by 等 speaks when its last does)
        if matches!(chars.get(m.end), Some(',' | '、')) && self.closed_list_speaks(m) {
            return true;
        }
        // (A、B分别视频致辞: each of the people listed speaks)
        if chars.get(m.end) == Some(&'、') {
            return self.listed_speak(m);
        }
        // (总统A与院长B应邀致词: so do two people joined by 与 or 和)
        if chars.get(m.end).is_some_and(|c| matches!(c, '与' | '和' | '及')) {
            let next = self.mentions.iter().find(|n| n.ty == EntityType::Person && n.sentence == m.sentence && n.start > m.end && n.start <= m.end + 12);
            return next.is_some_and(|n| self.speaks(n));
        }
        let sentence_end = self.layout.sentences[m.sentence].end;
        let (mut k, mut end) = (m.end, end);
        while k < end {
            let c = chars[k];
            // (X作了题为《…》的报告, X作了“…”大会发言: a title counts as one word, however long)
            // (X做了以“…”为题的演讲: so does one a talk is given under)
            let under_title = || crate::scan::ends_with_at(chars, k, m.end, "以") && (m.end..k).any(|j| matches!(chars[j], '作' | '做'));
            let talk_quote = c == '“' && (["作了", "做了", "题为", "作", "做"].iter().any(|w| crate::scan::ends_with_at(chars, k, m.end, w)) || under_title());
            if c == '《' || talk_quote {
                let close_mark = if c == '《' { '》' } else { '”' };
                if let Some(close) = (k + 1..sentence_end.min(k + 80)).find(|&j| chars[j] == close_mark) {
                    end = sentence_end.min(end + close - k);
                    k = close + 1;
                    continue;
                }
            }
            // (X出席会议,就Y问题做了发言: a second clause of the same subject, on a topic)
            let on_topic = c == ',' && ["就", "围绕"].iter().any(|w| crate::scan::starts_with_at(chars, k + 1, sentence_end, w));
            if on_topic {
                end = sentence_end.min(k + 48);
                k += 1;
                continue;
            }
            // (…对蓝皮书、绿皮书的出版表示…: a 、 between two things, no person after it, goes on)
            let things_listed = c == '、' && closed_by_deng && !self.mentions.iter().any(|n| n.ty == EntityType::Person && n.sentence == m.sentence && n.start == k + 1);
            if matches!(c, ',' | '。' | ';' | ':' | '、' | '!' | '?' | '“' | '”' | '(' | ')') && !things_listed {
                return false;
            }
            if toks.starting_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech))) && !speech_as_noun(chars, k, t.end)) {
                return true;
            }
            // (X作了…的报告: a talk given, 作 the verb and 报告 the noun)
            let gives = ["作", "做"].iter().any(|v| crate::scan::starts_with_at(chars, m.end, end, v)) || (m.end..k).any(|j| matches!(chars[j], '作' | '做') && chars.get(j + 1) == Some(&'了'));
            if gives && ["报告", "发言", "演讲", "讲座"].iter().any(|w| crate::scan::starts_with_at(chars, k, end, w)) {
                return true;
            }
            k += 1;
        }
        false
    }

    /// After `A,` or `A、`: the people listed one after another (only titles between them)
    /// up to one closed by 等 or by the verb after the name, who speaks.
    fn closed_list_speaks(&self, m: &Mention) -> bool {
        let chars = self.chars();
        let mut cur = m;
        while matches!(chars.get(cur.end), Some(',' | '、')) {
            let next = self.mentions.iter().filter(|n| n.ty == EntityType::Person && n.sentence == m.sentence && n.start > cur.end).min_by_key(|n| n.start);
            let Some(next) = next.filter(|n| n.start <= cur.end + 40 && !chars[cur.end..n.start].contains(&'。')) else { return false };
            cur = next;
        }
        // (TITLE A,TITLE B,TITLE C出席开幕式并致辞: or one whose last speaks right after the name)
        let closed = chars.get(cur.end).is_some_and(|&c| c == '等' || crate::scan::is_cjk(c));
        !std::ptr::eq(cur, m) && closed && self.speaks(cur)
    }

    /// After `A、`: the list of people goes on to 分别/先后/依次 and a verb of saying in the
    /// same clause.
    fn listed_speak(&self, m: &Mention) -> bool {
        let chars = self.chars();
        let toks = &self.tokens[m.sentence];
        let end = self.layout.sentences[m.sentence].end.min(m.end + 48);
        let clause_end = (m.end..end).find(|&k| matches!(chars[k], ',' | '。' | ';' | ':')).unwrap_or(end);
        let Some(each) = (m.end..clause_end).find(|&k| ["分别", "先后", "依次"].iter().any(|w| starts_with_at(chars, k, clause_end, w))) else { return false };
        (each + 2..clause_end.min(each + 8)).any(|k| toks.starting_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech)))))
    }

    /// Whether a meeting is named inside a document's title.
    fn inside_document(&self, m: &Mention) -> bool {
        self.mentions.iter().any(|d| d.ty == EntityType::Document && d.start <= m.start && m.end <= d.end && (d.start, d.end) != (m.start, m.end))
    }

    /// As the Bay Forum approaches, ahead of the Bay Forum, 东岭论坛开幕前夕: a meeting still to
    /// come frames the report, it is not the one reported.
    fn anticipated(&self, m: &Mention) -> bool {
        let chars = self.chars();
        let s = &self.layout.sentences[m.sentence];
        let before: String = chars[s.start..m.start].iter().collect::<String>().to_lowercase();
        let ahead = ["ahead of the ", "ahead of ", "in the run-up to the ", "on the eve of the ", "upcoming ", "forthcoming "].iter().any(|w| before.ends_with(w));
        let coming = [" approaches", " is approaching", " will be held", " is scheduled", " will take place", "即将召开", "即将举行", "召开前夕", "开幕前夕", "举行前夕"].iter().any(|w| starts_with_at(chars, m.end, s.end, w));
        ahead || coming
    }

    /// 就东岭论坛合作事宜进行座谈: a meeting the talks are about, not where they are.
    fn topic_of_talks(&self, m: &Mention) -> bool {
        ["就", "围绕", "关于", "针对"].iter().any(|w| crate::scan::ends_with_at(self.chars(), m.start, 0, w))
    }

    /// The event each report is about: the longest event its headline names, else the
    /// first event its body reports as held (X在Y举行, X开幕), else the first event of its
    /// first body sentences. (A headline's shorter name of the body's event is merged with
    /// it by recognition, see `recurrence::headline_short_forms`.)
    fn section_events(&self) -> Vec<Option<usize>> {
        (0..self.layout.sections.len()).map(|sec| self.headline_event(sec).or_else(|| self.held_event(sec)).or_else(|| self.opening_event(sec)).or_else(|| self.only_event(sec))).collect()
    }

    /// The one event a report's body names, when it names only one (a delegation's trip
    /// report that reaches its conference in the fourth paragraph).
    fn only_event(&self, sec: usize) -> Option<usize> {
        // (X hosted the seminar on …: a meeting hosted took place too)
        const TAKING_PART: &[&str] = &["参加", "出席", "举行", "举办", "召开", "参会", "attended", "took part", "participated", "was held", "were held", "hosted", "organized", "organised"];
        let in_body = |m: &Mention| m.ty == EntityType::Event && self.layout.sentences[m.sentence].section == sec && self.layout.sentences[m.sentence].kind == BlockKind::Body;
        let mut events = self.mentions.iter().enumerate().filter(|(_, m)| in_body(m)).map(|(mi, _)| self.ent(mi));
        let first = events.next()?;
        // (国家把东岭论坛交给东岭大学举办: a meeting handed over is one still to come)
        let handed_over = |m: &Mention| crate::scan::ends_with_at(self.chars(), m.start, 0, "把");
        // (X世博会的成功举办: the holding told as a noun recalls a past meeting)
        let recalled = |m: &Mention| ["的成功举办", "的成功召开", "的成功举行", "的举办", "的召开"].iter().any(|w| starts_with_at(self.chars(), m.end, self.chars().len(), w));
        if self.entities[first].mentions.iter().any(|&mi| !self.may_be_reported(&self.mentions[mi]) || handed_over(&self.mentions[mi]) || recalled(&self.mentions[mi])) {
            return None;
        }
        // (他指出,二十大提出…: a meeting only recalled is none the report attends)
        let attended = self.entities[first].mentions.iter().any(|&mi| {
            let s = &self.layout.sentences[self.mentions[mi].sentence];
            let text: String = self.chars()[s.start..s.end].iter().collect();
            TAKING_PART.iter().any(|w| text.contains(w))
        });
        // (a signing ceremony alone: the occasion of a visit, no meeting people speak at)
        let ceremony = ["仪式", "典礼", "Ceremony", "ceremony"].iter().any(|w| self.entities[first].label.ends_with(w));
        (attended && !ceremony && events.all(|e| e == first)).then_some(first)
    }

    /// The first body event of a report followed in its clause by a verb of holding.
    fn held_event(&self, sec: usize) -> Option<usize> {
        let chars = self.chars();
        self.mentions.iter().enumerate().find_map(|(mi, m)| {
            let s = &self.layout.sentences[m.sentence];
            let body = m.ty == EntityType::Event && s.section == sec && s.kind == BlockKind::Body;
            // (He reminded that the first Bay Summit was held in …: a meeting recalled in
            // reported speech is not the one reported)
            let recalled = chars[s.start..m.start].iter().collect::<String>().contains(" that ");
            // (an English report names its own meeting first: a later one held is another)
            let english = !is_cjk(chars[m.start]);
            let first_event = !self.mentions.iter().any(|o| o.ty == EntityType::Event && o.start < m.start && self.layout.sentences[o.sentence].section == sec && self.layout.sentences[o.sentence].kind == BlockKind::Body);
            // (in English the event is the subject, the verb right after it: the X Conference took place in Y)
            let held = [" took place", " was held", " was convened", " kicked off"].iter().any(|v| starts_with_at(chars, m.end, s.end, v)) || crate::recurrence::held_after(chars, m.end, s.end);
            (body && !recalled && (!english || first_event) && held && !self.founded_by_agreement(m)).then(|| self.ent(mi))
        })
    }

    fn headline_event(&self, sec: usize) -> Option<usize> {
        // (青岛峰会·新愿景): a column title in brackets names no event of the report
        let column = |h: &(usize, usize)| self.chars().get(h.0) == Some(&'(');
        self.layout.sections[sec].headlines.iter().filter(|h| !column(h)).find_map(|h| {
            self.mentions
                .iter()
                .enumerate()
                // (签署东岭论坛合作协议: a meeting named inside a document's title is not the report's)
                .filter(|(_, m)| m.ty == EntityType::Event && m.start >= h.0 && m.end <= h.1 && !self.inside_document(m))
                .max_by_key(|(_, m)| (m.end - m.start, std::cmp::Reverse(m.start)))
                .map(|(mi, _)| self.ent(mi))
        })
    }

    /// Whether an event mention may be the report's own meeting: not the one that brought the
    /// guests (来华参加东岭论坛活动的代表访问西河大学), nor one to come or talked about, nor a
    /// part named within a larger one (the Thematic Session of the Bay Forum).
    fn may_be_reported(&self, m: &Mention) -> bool {
        let chars = self.chars();
        let reason_for_coming = crate::scan::ends_with_at(chars, m.start, 0, "参加") && ["的", "活动的"].iter().any(|w| crate::scan::starts_with_at(chars, m.end, chars.len(), w));
        !reason_for_coming && !self.anticipated(m) && !self.topic_of_talks(m) && !self.founded_by_agreement(m) && m.rule != "event.en-held-within"
    }

    /// 联合创办“东岭论坛”合作备忘录的签署仪式: a meeting an agreement founds is still to come.
    fn founded_by_agreement(&self, m: &Mention) -> bool {
        let chars = self.chars();
        let start = if m.start > 0 && chars[m.start - 1] == '“' { m.start - 1 } else { m.start };
        let end = if chars.get(m.end) == Some(&'”') { m.end + 1 } else { m.end };
        let founded = ["创办", "创立"].iter().any(|w| crate::scan::ends_with_at(chars, start, 0, w));
        let agreement = ["合作备忘录", "备忘录", "合作协议"].iter().any(|w| starts_with_at(chars, end, chars.len(), w));
        founded && agreement
    }

    /// `CONTACT US`, `HOME>EVENTS>Think tank forum ca...`: a line of Latin words with no final
    /// mark, or of a few words only, is a page's furniture, no sentence of the report.
    fn latin_furniture(&self, s: &crate::segment::Sentence) -> bool {
        let text: String = self.chars()[s.start..s.end].iter().collect();
        let text = text.trim_end();
        let latin = !text.chars().any(is_cjk);
        latin && (text.split_whitespace().count() < 6 || !text.ends_with(['.', '!', '?', '"', '”', ')']) || text.ends_with("..."))
    }

    fn opening_event(&self, sec: usize) -> Option<usize> {
        let first_body: Vec<usize> = self
            .layout
            .sentences
            .iter()
            .enumerate()
            // (a date or time line is no sentence of the report)
            .filter(|(_, s)| s.section == sec && s.kind == BlockKind::Body && self.chars()[s.start..s.end].iter().filter(|c| c.is_alphabetic()).count() >= 8 && !self.latin_furniture(s))
            .map(|(i, _)| i)
            .take(2)
            .collect();
        self.mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.ty == EntityType::Event && first_body.contains(&m.sentence) && self.may_be_reported(m))
            .max_by_key(|(_, m)| (std::cmp::Reverse(m.sentence), m.end - m.start))
            .map(|(mi, _)| self.ent(mi))
    }
}

/// 重要讲话精神, 的讲话: a speech named as a thing (its spirit, someone's), not the act of speaking.
fn speech_as_noun(chars: &[char], start: usize, end: usize) -> bool {
    matches!(chars[start..end], ['讲', '话'] | ['演', '讲']) && (crate::scan::starts_with_at(chars, end, chars.len(), "精神") || ["重要", "的", "系列"].iter().any(|w| crate::scan::ends_with_at(chars, start, 0, w)))
}

pub fn is_list_glue(s: &str) -> bool {
    // "": names written one after another, their marks lost (复旦大学上海交通大学)
    // (由A联合B、C共同主办: 联合 joins the hosts as 和 does)
    let s = without_name_in_latin(s);
    // (",、": a mirror's stray comma before the list mark)
    // (A及其B: a body and its own unit)
    matches!(s, "" | "、" | "和" | "与" | "及" | "以及" | "及其" | "," | "、以及" | "联合" | ",、" | "、,") || location::is_located_modifier(s.strip_prefix('、').unwrap_or("")) || counted_then_more(s)
}

/// A、B等中国40所院校及C、D: a count closing one part of a list, then a word that goes on to
/// the next part.
fn counted_then_more(gap: &str) -> bool {
    static COUNTED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = COUNTED.get_or_init(|| regex::Regex::new(r"^等[^,。;:、“”]{0,6}?[0-9一二三四五六七八九十百两]+[余多]?(所|家|个)[^,。;:、“”]{0,8}?(以及|及|和|与|、)$").expect("a valid pattern"));
    re.is_match(gap)
}

/// The gap after a name without the bracket that gives it in another language (东岭大学
/// (Dongling University)、西河大学): such a bracket stands where the name does.
pub fn without_name_in_latin(gap: &str) -> &str {
    let Some(rest) = gap.strip_prefix('(') else { return gap };
    let Some(close) = rest.find(')') else { return gap };
    let inner = &rest[..close];
    let latin = inner.chars().any(|c| c.is_ascii_alphabetic()) && inner.chars().all(|c| c.is_ascii_alphanumeric() || " .-'&,".contains(c));
    if latin { &rest[close + ')'.len_utf8()..] } else { gap }
}

/// The gap after a name without the bracket that defines its short form (…基地(以下简称
/// “基地”)承办): the definition stands between a name and its verb without changing the clause.
pub fn without_definition(gap: &str) -> &str {
    let gap = without_name_in_latin(gap);
    // the short form inside the definition is a mention too: its gap is what closes the bracket
    if let Some(rest) = gap.strip_prefix("”)").or_else(|| gap.strip_prefix(')').filter(|_| gap.len() == 1)) {
        return rest;
    }
    let Some(rest) = gap.strip_prefix('(') else { return gap };
    let Some(close) = rest.find(')') else { return gap };
    // (…(Nanchuan Center,以下简称NC): a name in another language may open the definition)
    let after_comma = rest[..close].rsplit_once([',', '，']).map_or("", |(_, r)| r);
    let defines = crate::recognize::ABBREVIATION_LEADS.iter().any(|w| rest.starts_with(w) || after_comma.starts_with(w));
    if defines { &rest[close + ')'.len_utf8()..] } else { gap }
}

/// Whether `gap` (what stands between a list and what follows it) starts with more noun,
/// so the last item qualifies that noun instead of being listed (上合组织成员国高校).
pub fn noun_follows(gap: &str, allowed: &[&str]) -> bool {
    gap.chars().next().is_some_and(is_cjk) && !allowed.iter().any(|w| gap.starts_with(w))
}

/// Extract all relations of a Chinese article.
pub fn relate(doc: &mut Doc) -> Vec<Relation> {
    relate_with(doc, &chinese_rules())
}

/// Run the given rules over an article: sentence rules on every sentence, then article rules.
pub fn relate_with(doc: &mut Doc, all: &[&'static Rule]) -> Vec<Relation> {
    let mut out: Vec<Relation> = Vec::new();
    for si in 0..doc.layout.sentences.len() {
        if matches!(doc.layout.sentences[si].kind, BlockKind::Byline | BlockKind::Credit) {
            continue;
        }
        let s = doc.sent(si);
        for rule in all {
            if let Run::Sentence(f) = rule.run {
                f(doc, &s, &mut out);
            }
        }
    }
    for rule in all {
        if let Run::Article(f) = rule.run {
            f(doc, &mut out);
        }
    }
    drop_name_countries_stated_elsewhere(doc, &mut out);
    // One fact, one relation: keep the first evidence.
    let mut seen = BTreeSet::new();
    out.retain(|r| seen.insert((r.subject, r.predicate, r.object.clone(), r.role.clone())));
    out
}

/// The China Harbour Center in Samarkand, Uzbekistan: a country in a body's name is what it is
/// about, not where it is, when the article places the body in another country (stated, or
/// through a place the article or the lexicon puts in one).
fn drop_name_countries_stated_elsewhere(doc: &Doc, out: &mut Vec<Relation>) {
    use crate::recognize::LexRef;
    let is_country = |e: usize| doc.entities[e].ty == EntityType::Country;
    let stated_in = |place: usize| -> Option<usize> {
        let stated = out.iter().find_map(|r| match r.object {
            Object::Entity(o) if r.subject == place && r.predicate == Predicate::LocatedIn && is_country(o) => Some(o),
            _ => None,
        });
        stated.or_else(|| match doc.entities[place].lex {
            Some(LexRef::Place(i)) => doc.lex.places[i].country.and_then(|c| doc.entity_of_lex(LexRef::Country(c))),
            _ => None,
        })
    };
    let countries_stated: Vec<(usize, usize)> = out
        .iter()
        .filter(|r| r.predicate == Predicate::LocatedIn && !r.rule.ends_with("name-prefix"))
        .filter_map(|r| match r.object {
            Object::Entity(o) if is_country(o) => Some((r.subject, o)),
            Object::Entity(o) => stated_in(o).map(|c| (r.subject, c)),
            _ => None,
        })
        .collect();
    out.retain(|r| {
        let Object::Entity(o) = r.object else { return true };
        let from_name = r.predicate == Predicate::LocatedIn && r.rule.ends_with("name-prefix") && is_country(o);
        !(from_name && countries_stated.iter().any(|&(s, c)| s == r.subject && c != o))
    });
}

/// Facts extracted from a text written for a test: (subject, predicate, object, rule).
/// A、B、东岭对话共同发起: where a last list item that no rule named ends, when the character
/// at `at` is its 、, two to eight Han characters follow and `opens` holds right after them.
pub(crate) fn unnamed_item_end(chars: &[char], at: usize, end: usize, opens: impl Fn(usize) -> bool) -> Option<usize> {
    if chars.get(at) != Some(&'、') {
        return None;
    }
    (at + 3..=(at + 9).min(end)).find(|&k| opens(k) && chars[at + 1..k].iter().all(|&c| crate::scan::is_cjk(c)))
}

#[cfg(test)]
pub(crate) fn facts_of(text: &str) -> Vec<(String, &'static str, String, &'static str)> {
    let x = crate::extract::extract_text(text);
    let label = |o: &Object| match o {
        Object::Entity(e) => x.entities[*e].label.clone(),
        Object::Literal(l) => l.clone(),
    };
    x.relations.iter().map(|r| (x.entities[r.subject].label.clone(), r.predicate.as_str(), label(&r.object), r.rule)).collect()
}

/// Whether `facts` hold subject-predicate-object.
#[cfg(test)]
pub(crate) fn holds(facts: &[(String, &'static str, String, &'static str)], s: &str, p: &str, o: &str) -> bool {
    facts.iter().any(|f| f.0 == s && f.1 == p && f.2 == o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_id_is_unique_and_every_within_names_a_rule() {
        let all = rules();
        let ids: BTreeSet<&str> = all.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), all.len());
        for r in &all {
            if let Run::Within(parent) = r.run {
                assert!(ids.contains(parent), "{} runs within unknown {}", r.id, parent);
            }
            assert!(r.id.starts_with(r.predicate.as_str()), "{} should start with its predicate", r.id);
            assert!(!r.example.is_empty() && !r.pattern.is_empty(), "{}", r.id);
        }
    }
}
