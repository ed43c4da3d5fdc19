//! Entity recognition: mentions of the eight entity types in one article.
//!
//! Every sentence is tokenised once by the lexicon automaton (countries, places, known
//! organisations, head words, posts, function words; leftmost-longest, so 发展中国家 hides
//! 中国 and 研究所所长 reads 研究所 + 所长). Names are then found the way a reader finds
//! them in Chinese news:
//! - organisations, events, alliances, documents and projects end in a head word
//!   (大学, 论坛, 联盟, 报告, 项目 …) and extend left over name material until a function
//!   word, a verb, a post or punctuation;
//! - persons follow a post (surname list and given-name length) or are transliterations
//!   joined by `·`;
//! - countries and places come from the lexicon, venues from `在X举行`.

use crate::lexicon::{Lexicon, OrgKind, Tag, WordRole};
use crate::normalize::NormText;
pub use crate::scan::{is_cjk, starts_with_at, tokenize, Token, Tokens};
use crate::scan::{ends_with_at, find_char, find_word};
use crate::segment::{BlockKind, Layout, Sentence};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum EntityType {
    Person,
    Organization,
    Alliance,
    Country,
    Place,
    Event,
    Project,
    Document,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "Person",
            Self::Organization => "Organization",
            Self::Alliance => "Alliance",
            Self::Country => "Country",
            Self::Place => "Place",
            Self::Event => "Event",
            Self::Project => "Project",
            Self::Document => "Document",
        }
    }
    pub const ALL: [EntityType; 8] = [
        Self::Person,
        Self::Organization,
        Self::Alliance,
        Self::Country,
        Self::Place,
        Self::Event,
        Self::Project,
        Self::Document,
    ];
}

/// Where a mention's canonical identity comes from, when the lexicon knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LexRef {
    Country(usize),
    Place(usize),
    Org(usize),
}

/// One mention: a normalised char span with what it is.
#[derive(Debug, Clone)]
pub struct Mention {
    pub ty: EntityType,
    pub start: usize,
    pub end: usize,
    /// Canonical label (normalised text, or the lexicon's name).
    pub label: String,
    /// The normalised text of the span.
    pub surface: String,
    /// Other names this mention gives its entity (unit without parent, name without country).
    pub aliases: Vec<String>,
    pub kind: Option<OrgKind>,
    pub lex: Option<LexRef>,
    /// Index into the layout's sentences.
    pub sentence: usize,
    pub rule: &'static str,
    /// For a nested organisation or event: the span of its parent inside it.
    pub parent: Option<(usize, usize)>,
    /// Project categories, list context and other facts a relation rule reads later.
    pub note: Option<String>,
}

impl Mention {
    /// A mention of type `ty` named by the text from `start` to `end` of sentence `si`.
    pub fn of_span(ty: EntityType, norm: &NormText, start: usize, end: usize, si: usize, rule: &'static str) -> Mention {
        mention(ty, norm, start, end, si, rule)
    }

    /// An organisation of `kind` named by the text from `start` to `end` of sentence `si`.
    pub fn organisation(norm: &NormText, start: usize, end: usize, si: usize, kind: OrgKind, rule: &'static str) -> Mention {
        Mention { kind: Some(kind), ..mention(EntityType::Organization, norm, start, end, si, rule) }
    }

    /// A reference to a name (the Alliance, 该研究院), not a name: its words are no alias.
    pub fn is_reference(&self) -> bool {
        matches!(self.rule, "alliance.en-the-alliance" | "org.demonstrative-reference" | "event.en-the-meeting")
    }
}

/// Characters after a number that make it a count, not part of a name (12个, 21家).
fn is_classifier(c: char) -> bool {
    matches!(c, '个' | '家' | '所' | '项' | '批' | '类' | '名' | '位' | '大' | '余' | '多' | '座' | '条' | '种')
}

#[derive(Clone, Copy)]
struct ScanRules {
    /// Latin letters and digits may be inside the name (项目 names: C段, 500MW).
    alnum: bool,
    /// A leading year or ordinal (2025, 第三届) belongs to the name (events).
    year: bool,
}

/// Where a run of two to eight capital letters ending at `end` starts, when nothing Latin or
/// numeric is glued before it.
fn acronym_start(chars: &[char], sent_start: usize, end: usize) -> Option<usize> {
    let n = (sent_start..end).rev().take_while(|&k| chars[k].is_ascii_uppercase()).count();
    let a = end - n;
    ((2..=8).contains(&n) && (a == sent_start || !chars[a - 1].is_ascii_alphanumeric())).then_some(a)
}

/// Scan left from `head_start` over name material; returns where the name starts.
fn scan_left(chars: &[char], toks: &Tokens, sent_start: usize, head_start: usize, rules: ScanRules) -> usize {
    let mut i = head_start;
    // a university holds no university: 复旦大学上海交通大学 written without a mark is two names
    let university = |k: usize| k >= 2 && chars[k - 2] == '大' && chars[k - 1] == '学';
    let university_head = head_start + 2 <= chars.len() && university(head_start + 2);
    // a centre, institute or laboratory (not a university or a government) may be run by several
    let unit_head = toks.starting_at(head_start).is_some_and(|t| t.has(|x| matches!(x, Tag::OrgHead(h) if h.unit || matches!(h.kind, crate::lexicon::OrgKind::Research | crate::lexicon::OrgKind::ThinkTank))));
    while i > sent_start {
        // (东岭展览有限公司西河会展股份有限公司: a company's name ends at 有限公司, so two run
        // together where a list lost its marks)
        if i < head_start && ends_with_at(chars, i, sent_start, "有限公司") && !starts_with_at(chars, i, head_start + 4, "分公司") {
            break;
        }
        if let Some(t) = toks.ending_at(i) {
            // (轮值学校东岭大学: a school named before a university is another noun)
            let school = |t: &Token| t.has(|x| matches!(x, Tag::OrgHead(h) if h.kind == OrgKind::University && !h.unit)) && ends_with_at(chars, i, t.start, "学校");
            if university_head && i < head_start && (university(i) || school(t)) && t.has(|x| matches!(x, Tag::OrgHead(_))) {
                break;
            }
            // 东岭党智库南川研究基金会: 智库 says what kind of body the name after it is
            // (only after a body: 东岭智库联盟, 东岭国家智库合作理事会 are one name)
            // (…联络部东岭国家智库合作理事会: think tanks' cooperation names the council)
            // (海口新智库东岭研究所: a new think tank, the name after it)
            // (国家高端智库东岭研究院: a describing word before 智库 says the same)
            let new_before = t.start > sent_start && chars[t.start - 1] == '新' || ["高端", "新型", "重点", "一流", "知名", "特色"].iter().any(|w| ends_with_at(chars, t.start, sent_start, w));
            let body_before = t.end + 4 <= head_start && toks.ending_at(t.start).is_some_and(|b| b.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_))));
            // (…新型智库联盟成立大会: an alliance of think tanks goes on being one name)
            let alliance_after = toks.starting_at(t.end).is_some_and(|n| n.has(|x| matches!(x, Tag::AllianceHead)));
            // (海川—东盟智库发展论坛: in a meeting's name think tanks say who meets)
            if starts_with_at(chars, t.start, t.end, "智库") && t.end - t.start == 2 && !rules.year && !starts_with_at(chars, t.end, head_start, "合作") && !starts_with_at(chars, t.end, head_start, "建设") && (new_before && t.end + 2 <= head_start && !alliance_after || body_before) {
                break;
            }
            // A post after a country names that country's office: 哈萨克斯坦总统战略研究所.
            let office_of_country = t.has(|x| matches!(x, Tag::Post)) && t.start > sent_start && toks.ending_at(t.start).is_some_and(|b| b.country().is_some());
            // 校长论坛, 外长会议: a post right before an event's head names who meets (also the
            // first of two names joined by 暨: 东岭校长论坛暨西河发展论坛)
            let co_named_head = |n: &Token| n.has(|x| matches!(x, Tag::EventHead)) && chars.get(n.end) == Some(&'暨');
            // (东岭学者高端论坛: words that only say what kind of meeting may stand between)
            let kind_words_between = t.end < head_start && only_generic_words(&chars[t.end..head_start].iter().collect::<String>());
            let before_head = t.end == head_start || kind_words_between || toks.starting_at(t.end).is_some_and(co_named_head);
            let meeting_of_post = rules.year && before_head && t.has(|x| matches!(x, Tag::Post)) && !t.has(|x| matches!(x, Tag::Word(_)));
            // (东岭大学校长联合会, 西河市长协会: an association names the post its members hold)
            let association_of_post = t.end == head_start && t.has(|x| matches!(x, Tag::Post)) && toks.starting_at(head_start).is_some_and(|h| h.has(|x| matches!(x, Tag::OrgHead(o) if o.kind == OrgKind::Association)));
            let meeting_of_post = meeting_of_post || association_of_post;
            // 联盟发起机构论坛: the alliance's initiating bodies meet, 发起 is no verb here
            let initiators_meet = rules.year && t.end < head_start && starts_with_at(chars, t.start, t.end, "发起") && toks.ending_at(t.start).is_some_and(|b| b.has(|x| matches!(x, Tag::AllianceHead)));
            // 联盟成员东岭大学: a member named after the word for member
            let member_word = t.end + 2 < head_start && starts_with_at(chars, t.start, t.end, "成员") && t.end - t.start == 2;
            // 首届东岭论坛: the ordinal opens a meeting's name as 第一届 does
            let first_edition = rules.year && starts_with_at(chars, t.start, t.end, "首届") && t.end - t.start == 2;
            // 犹他州立大学: a one-character word before 州 is part of a state's transliterated name
            let state_name = t.end - t.start == 1 && chars.get(t.end) == Some(&'州') && t.start > sent_start && is_cjk(chars[t.start - 1]);
            // (外国专家服务司, 东岭专家协会: 专家 names the field of a body, not a holder, when
            // only a word or two of the field stand between it and the head)
            let experts_field = !university_head && starts_with_at(chars, t.start, t.end, "专家") && t.end - t.start == 2 && head_start <= t.end + 4 && !toks.within(t.end, head_start).any(|w| w.names_place() || w.known_org().is_some()) && !toks.ending_at(t.start).is_some_and(|b| b.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_))));
            // (卡桑那大学: 那 after a character of no word is a sound of a transliterated name)
            let sound_na = t.end - t.start == 1 && chars[t.start] == '那' && t.start > sent_start && is_cjk(chars[t.start - 1]) && toks.ending_at(t.start).is_none();
            // (萨伯来大学: 来 after two characters of no word is a sound too)
            // (not before a word: 学生来天津海川大学, students come to a university named after a place)
            let sound_na = sound_na || t.end - t.start == 1 && chars[t.start] == '来' && t.start > sent_start + 1 && (t.start - 2..t.start).all(|k| is_cjk(chars[k]) && toks.covering(k).is_none()) && (t.end == head_start || toks.covering(t.end).is_none());
            // (东岭支持和发展国家媒体基金会: after a country, two verbs joined by 和 name the field)
            let field_verbs = matches!(chars.get(t.end), Some('和' | '与')) && t.end - t.start == 2 && t.start > sent_start && toks.ending_at(t.start).is_some_and(|b| b.country().is_some());
            if t.is_stop() && !sound_na && !office_of_country && !meeting_of_post && !initiators_meet && !first_edition && !state_name && !experts_field && !field_verbs || member_word {
                break;
            }

            if t.is_conj() {
                // 与/和/及 join two names when a complete name precedes; inside a name otherwise.
                let before = toks.ending_at(t.start);
                // 校长彭龙与…: a person named after a post is a complete name too
                // (总统战略与地区研究所: a word of the language after the post is no person)
                let person_before = (2..=4).any(|n| t.start >= sent_start + n && toks.ending_at(t.start - n).is_some_and(|b| b.has(|x| matches!(x, Tag::Post))) && !toks.within(t.start - n, t.start).any(|w| w.has(|x| matches!(x, Tag::Word(WordRole::Word)))));
                // …杂志社今与政治大学: a name's head one character before 与 ends that name too
                // 西宁市与东岭社科院: a city or province is a complete name too (a country is not:
                // 中国与全球化智库 is one name)
                let named = |b: &Token| b.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_) | Tag::Post | Tag::EventHead | Tag::DocHead | Tag::Place(_) | Tag::AllianceHead));
                let head_one_before = t.start > sent_start + 1 && is_cjk(chars[t.start - 1]) && toks.ending_at(t.start - 1).is_some_and(|b| b.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_))));
                // 南川大学及东岭大学: no university's name holds a conjunction
                // 等高校和外交部: a kind of body in the plural closes the list item before 和
                // (东岭企业与南川厅: firms in the plural too)
                // (…专家组、骨干及东岭所科研处: so does a word for people)
                let collective_before = ["高校", "院校", "单位", "机构", "部门", "企业", "骨干", "人员", "代表", "领导", "专家", "学者", "师生", "嘉宾"].iter().any(|w| ends_with_at(chars, t.start, sent_start, w));
                // (东岭体育场和西河会展中心项目: a building's name closes before 和 too)
                let building_before = ["体育场", "体育馆", "博物馆", "展览馆", "剧院", "宾馆", "酒店", "大厦", "广场", "智库基地"].iter().any(|w| ends_with_at(chars, t.start, sent_start, w));
                let collective_before = collective_before || building_before;
                // (中石大与东岭市委: a university's short form in 大, opening the clause, is a whole name)
                let short_university = t.start >= sent_start + 2 && chars[t.start - 1] == '大' && (2..=4).any(|n| t.start >= sent_start + n && (t.start - n == sent_start || !is_cjk(chars[t.start - n - 1])) && chars[t.start - n..t.start].iter().all(|&c| is_cjk(c)));
                // 讲话和教育部: a body the lexicon knows right after 和 is a whole name
                let known_after = toks.starting_at(t.end).is_some_and(|b| b.known_org().is_some() && b.end >= head_start);
                // 案例与中国海川局: a country right after 与 opens a government body's name (中国与
                // 全球化智库, with the country before it, and 海川发展与中国边疆研究所, a field, are one)
                let bureau_head = toks.starting_at(head_start).is_some_and(|h| ["局", "署", "部", "厅", "委员会", "办公室"].iter().any(|w| ends_with_at(chars, h.end, h.start, w)));
                let country_after = bureau_head && toks.starting_at(t.end).is_some_and(|b| b.country().is_some()) && !toks.ending_at(t.start).is_some_and(|b| b.country().is_some());
                // (东岭所与黑龙江省哈尔滨市人民政府: no government's name holds 与; a place after it
                // opens the government's name)
                let government_after = toks.starting_at(head_start).is_some_and(|h| ends_with_at(chars, h.end, h.start, "政府"));
                // (东岭大学与海川县人民政府: or a county, city or district the lexicon does not know,
                // two or three characters and its level word)
                let unknown_level = || chars[t.end..head_start].iter().all(|&c| is_cjk(c)) && place_of_a_level(&chars[t.end..head_start].iter().collect::<String>(), 3..=4);
                let country_after = country_after || government_after && (toks.starting_at(t.end).is_some_and(|b| b.names_place()) || unknown_level());
                // (东岭国立建筑与土木工程大学, “东岭”国际旅游与文化遗产大学: a state or international
                // university's fields hold one; 国立, 州立, 国际 open a name)
                // (东岭灌溉与农业工程国立研究大学: or one the 国立 follows before its head)
                let state_fields = (t.start.saturating_sub(8).max(sent_start)..t.start).any(|k| ["国立", "州立", "国际"].iter().any(|w| starts_with_at(chars, k, t.start, w)))
                    || t.start >= sent_start + 2 && (t.end..head_start).any(|k| ["国立", "州立"].iter().any(|w| starts_with_at(chars, k, head_start, w)));
                // 东岭省与南川国交流合作研究中心: a place and a country (or two places) joined by 与,
                // with words of the field before a head that is no government's, name one body
                let bilateral = !bureau_head && !ends_with_at(chars, head_start, sent_start, "政府") && before.is_some_and(|b| b.names_place() || b.country().is_some()) && toks.starting_at(t.end).is_some_and(|a| (a.names_place() || a.country().is_some() || a.known_org().is_some()) && a.end + 2 <= head_start && !toks.within(a.end, head_start).any(|w| w.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_) | Tag::Post))));
                // (东岭特别行政区与葡语国家学术联盟: a place and a group of countries name one body)
                let with_countries = before.is_some_and(|b| b.names_place() || b.country().is_some()) && (t.end + 2..=t.end + 4).any(|k| k + 2 < head_start && starts_with_at(chars, k, head_start, "国家"));
                // (东岭大学长三角与西河发展研究院: a place glued to a body's name opens the field of
                // that body's unit, so the 与 joins two fields of one name)
                let field_of_unit = unit_head && before.is_some_and(|b| b.names_place() && toks.ending_at(b.start).is_some_and(|o| o.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_)))));
                // (蒙古国规划和统计办公室, 东岭总统府规划和统计办公室: after a country or a body, a word
                // that also heads documents, 规划, names a bureau's field before 和, and one short
                // field follows it)
                let body_or_country_at = |k: usize| toks.ending_at(k).is_some_and(|o| o.country().is_some() || o.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_))));
                let field_of_bureau = bureau_head && head_start <= t.end + 3 && before.is_some_and(|b| b.has(|x| matches!(x, Tag::DocHead)) && !b.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_) | Tag::Post | Tag::Place(_))) && body_or_country_at(b.start));
                let bilateral = bilateral || with_countries || field_of_unit || field_of_bureau;
                // (台亚会与东岭学会: a short name in 会 no lexicon word covers closes before 与)
                let hui_before = t.start > sent_start + 2 && chars[t.start - 1] == '会' && toks.covering(t.start - 1).is_none() && t.end < head_start;
                // (城市发展和山东东岭学院: a college's name opens with the place after 和, not before)
                let college_head = toks.starting_at(head_start).is_some_and(|h| h.has(|x| matches!(x, Tag::OrgHead(o) if o.kind == OrgKind::University && !o.unit)));
                let college_of_place = college_head && !state_fields && toks.starting_at(t.end).is_some_and(|a| a.names_place());
                // (办学历史及本期培训班, 优势及学院: a deictic or the bare head after it opens no part of a name)
                let deictic_after = ["本期", "本次", "此次", "本届", "该"].iter().any(|w| starts_with_at(chars, t.end, head_start, w));
                // (东岭交流与合作网络: exchange and cooperation, one phrase, name the field)
                let fixed_pair = ["交流", "对话"].iter().any(|w| ends_with_at(chars, t.start, sent_start, w)) && starts_with_at(chars, t.end, chars.len(), "合作");
                let bare_head_after = t.end == head_start && !fixed_pair && !toks.starting_at(head_start).is_some_and(|h| h.has(|x| matches!(x, Tag::OrgHead(o) if o.kind == OrgKind::Company)));
                // (卡里姆·别克诺夫与东岭大学: a transliterated name before 与 is a complete name)
                // (李芸以及中心新闻部: no name holds 以及)
                let yiji = t.end - t.start == 2 && starts_with_at(chars, t.start, t.end, "以及");
                // (2018“东岭”与西河合作论坛: a quoted slogan and a field joined by 与 name one meeting)
                let slogan_and_field = rules.year && t.start > sent_start && chars[t.start - 1] == '”' && quoted_name_part(chars, sent_start, t.start - 1, head_start).is_some_and(|open| t.start - open <= 8 && (open == sent_start || !is_cjk(chars[open - 1]) || chars[open - 1].is_ascii_digit()));
                let boundary = !slogan_and_field && (yiji || college_of_place || deictic_after || bare_head_after || short_university || !bilateral && (hui_before || dotted_name_ends_at(chars, sent_start, t.start) || t.start == sent_start || !is_cjk(chars[t.start - 1]) || person_before || head_one_before || university_head && !state_fields || collective_before || known_after || country_after || before.is_some_and(named)));
                if boundary {
                    break;
                }
            }
            i = t.start;
            continue;
        }
        let c = chars[i - 1];
        // (西河网10月18日东岭讯 北湖联盟…: a dateline ends before the name)
        if matches!(c, '讯' | '电') && crate::masthead::dateline_ends_at(chars, sent_start, i) {
            break;
        }
        if c == '合' && joining_verb_after_body(chars, toks, sent_start, i, head_start) {
            break;
        }
        if c == '暨' && ji_ends_name(chars, toks, i, head_start, rules) {
            break;
        }
        if c == '同' && with_tong_ends_name(chars, toks, sent_start, i - 1) {
            break;
        }
        if c == '前' && former_ends_name(chars, toks, sent_start, i - 1) {
            break;
        }
        // (…中的作用?俄罗斯外交部回应: a dot a mirror restored between two headlines, before a
        // country, is no dot of a transliterated name; the body's name starts after it)
        if c == '·' && toks.starting_at(i).is_some_and(|t| t.country().is_some()) {
            break;
        }
        if is_cjk(c) || c == '·' {
            i -= 1;
        } else if let Some(open) = (c == '”').then(|| quoted_name_part(chars, sent_start, i - 1, head_start)).flatten().filter(|&open| rules.year || !is_slogan(&chars[open + 1..i - 1])) {
            // “数字丝路”智库合作联盟: a quoted part inside a longer name belongs to it
            i = open;
            // (东岭中心联合“海川”智库联盟: 联合 after a body, before the quote, joins two names)
            let joined = ends_with_at(chars, i, sent_start, "联合") && i >= sent_start + 2 && toks.ending_at(i - 2).is_some_and(|b| b.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_))));
            if joined {
                break;
            }
        } else if let Some(part) = (c == '、').then(|| enumerated_name_part(chars, toks, sent_start, i - 1, head_start)).flatten() {
            // 乌兹别克斯坦投资、工业和贸易部: the 、 lists what one ministry covers
            i = part;
        } else if c == '-' && i >= 2 && i < chars.len() && is_cjk(chars[i - 2]) && is_cjk(chars[i]) && !toks.ending_at(i - 1).is_some_and(|t| t.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_))) || !rules.year && t.has(|x| matches!(x, Tag::EventHead))) && !country_before_a_site_name(chars, toks, i) {
            // 阿里-法拉比国立大学: a hyphen inside a transliterated name (not one after a whole
            // name: 东岭日报-东岭新闻网 are two; nor after a headline's meeting: …讲座-东岭通讯社)
            i -= 1;
        } else if c == ')' {
            // a parenthesised place or note inside a name: 云账户(天津)…公司, (2025)
            // …联盟(以下称“联盟”)理事会: a definition of a short form is no part of a name
            match (sent_start..i - 1).rev().take(12).find(|&k| chars[k] == '(') {
                Some(k) if ABBREVIATION_LEADS.iter().any(|w| starts_with_at(chars, k + 1, i, w)) => break,
                // 24日讯(记者…), 北京3月5日电(…): a dateline's bracket ends the text before a name
                Some(k) if k > sent_start && matches!(chars[k - 1], '讯' | '电') => break,
                // ((3月5日)东岭中心: a date in brackets is no part of the name after it)
                Some(k) if chars[k + 1..i - 1].iter().all(|c| c.is_ascii_digit() || "年月日".contains(*c)) && chars[k + 1..i - 1].iter().any(|c| "月日".contains(*c)) => break,
                Some(k) if k > sent_start && (is_cjk(chars[k - 1]) || chars[k - 1].is_ascii_alphanumeric()) => i = k,
                _ => break,
            }
        } else if c == '—' && i - 1 > sent_start && toks.ending_at(i - 1).is_some_and(|t| t.country().is_some()) {
            i -= 1; // 中国—上合组织国家…: a country pair joined by a dash
        } else if c == '—' && !rules.year && i - 1 > sent_start && i < head_start && unit_head && toks.ending_at(i - 1).is_some_and(|t| t.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_)))) {
            i -= 1; // 东岭大学—西河市政府—北湖研究中心: a centre its founders run together, named by all
        } else if c == '—' && rules.year && i - 1 > sent_start && (is_cjk(chars[i - 2]) || chars[i - 2] == '—') && i < head_start && is_cjk(chars[i]) {
            i -= 1; // …高质量发展——十年回顾与展望研讨会: an event's title and subtitle
        } else if c == ':' && inside_quote(chars, sent_start, i - 1) {
            i -= 1; // “数字丝路:海上合作”国际研讨会: a colon inside a quoted title
        } else if rules.year && c.is_ascii_digit() && anniversary_years_at(chars, i - 1, head_start) {
            i -= 1; // 东岭智库20周年论坛: the years of an anniversary inside an event's name
        } else if rules.alnum && c.is_ascii_alphanumeric() {
            i -= 1;
        } else if let Some(a) = (c.is_ascii_uppercase() && i < head_start).then(|| acronym_start(chars, sent_start, i)).flatten() {
            i = a; // ABC国立研究大学: a Latin short form glued to the name opens it
        } else {
            break;
        }
    }
    // (,传承与发展—东岭合作十年研讨会: a short theme of two words joined by 与 heads the
    // meeting's name before its dash, from the clause's start)
    let conj = [i, i.wrapping_sub(1)].into_iter().find(|&k| k > sent_start && k < head_start && matches!(chars[k], '与' | '和'));
    if let Some(c) = conj.filter(|&c| rules.year && (c + 1..head_start.min(c + 7)).any(|k| chars[k] == '—')) {
        let run = (sent_start..c).rev().take_while(|&k| is_cjk(chars[k])).count();
        let k = c - run;
        if (1..=4).contains(&run) && (k == sent_start || matches!(chars[k - 1], ',' | '，' | '、' | ':' | '：' | '“' | '「')) {
            i = k;
        }
    }
    // A count before the name is not part of it: 50个典型案例, 12个签约项目, 16国百余所大学,
    // 100多个国家和国际组织 (the number itself stopped the scan).
    if i < head_start && is_classifier(chars[i]) && i > sent_start && is_count(&chars[sent_start..i]) {
        i += 1;
    }
    while i < head_start && i > sent_start && is_classifier(chars[i]) && (chars[i - 1].is_ascii_digit() || "多余几".contains(chars[i - 1]) && i - 1 > sent_start && chars[i - 2].is_ascii_digit()) {
        i += 1;
    }
    if !rules.year {
        i = after_time_or_ordinal(chars, sent_start, i, head_start);
    }
    if let Some(k) = (i + 1..head_start).rev().find(|&k| matches!(chars[k], '个' | '家' | '所' | '名' | '位' | '项' | '批' | '地') && is_count(&chars[i..k])) {
        i = k + 1;
    }
    while i < head_start && chars[i].is_ascii_digit() && !rules.year {
        i += 1;
    }
    if rules.alnum {
        // digits at the start followed by a classifier: a count, not a name
        let mut k = i;
        while k < head_start && chars[k].is_ascii_digit() {
            k += 1;
        }
        if k > i && k < head_start && is_classifier(chars[k]) {
            i = k + 1;
        }
    }
    if rules.year {
        let mut k = i;
        while k > sent_start && chars[k - 1].is_ascii_digit() {
            k -= 1;
        }
        // (date 2025-05 第五届…: the month of a date line is no year of the meeting)
        let part_of_date = k > sent_start && matches!(chars[k - 1], '-' | '/' | '.' | ':');
        if k < i && i - k <= 4 && !part_of_date {
            i = k;
        }
        // (2023年5月东岭峰会: the month or day of a date opens no meeting's name)
        let digits = (i..head_start).take_while(|&j| chars[j].is_ascii_digit()).count();
        if digits > 0 && digits <= 2 && matches!(chars.get(i + digits), Some('月' | '日')) && head_start >= i + digits + 3 {
            i += digits + 1;
        }
    }
    // •东岭智库: a bullet (folded to the middle dot) opens no name, nor does the dash before a
    // subtitle (…新发展——第二届东岭论坛)
    while i < head_start && matches!(chars[i], '·' | '—') {
        i += 1;
    }
    // A conjunction can't start a name.
    while i < head_start && toks.starting_at(i).is_some_and(|t| t.is_conj()) {
        i = toks.starting_at(i).unwrap().end.min(head_start);
    }
    // 由本校发起之东岭联盟, 联盟成员西河大学: the classical 之 (的) and 成员 before a name
    // end what stands before it
    for lead in ["之", "成员"] {
        let n = lead.chars().count();
        if starts_with_at(chars, i, head_start, lead) && head_start >= i + n + 2 {
            i += n;
        }
    }
    // (…成果,如海口东岭学院和…: 如 after a comma gives an example; the name opens with the place)
    let example = i > sent_start && chars[i] == '如' && matches!(chars[i - 1], ',' | '，' | ':' | '：' | '、');
    if example && i + 1 < head_start && toks.starting_at(i + 1).is_some_and(|t| t.names_place() || t.country().is_some() || t.known_org().is_some()) {
        i += 1;
    }
    i
}

/// Whether the 同 at `k` means "with" and so ends the name after it: 王明同西河大学校长会谈,
/// 卡里姆·别克诺夫同海川省委书记. It does when a place, country or known body follows and no word
/// holds it (共同, 协同, 相同, 如同; 同济 and other names in 同 stay whole).
/// 泰国前国会, 前国务院东岭中心, 东岭人民党前中央委员会: 前 ("former") before a post's body
/// is no part of a name when a whole name, a place or a country stands right before or after
/// it (前海, 前进 are words of their own and never reach here).
fn former_ends_name(chars: &[char], toks: &Tokens, sent_start: usize, k: usize) -> bool {
    let named = |t: &Token| t.names_place() || t.country().is_some() || t.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_)));
    let whole_before = toks.ending_at(k).is_some_and(named) || ends_with_at(chars, k, sent_start, "中央") || k > sent_start && chars[k - 1] == '党';
    whole_before || toks.starting_at(k + 1).is_some_and(named)
}

fn with_tong_ends_name(chars: &[char], toks: &Tokens, sent_start: usize, k: usize) -> bool {
    let in_word = k > sent_start && matches!(chars[k - 1], '共' | '协' | '合' | '相' | '如' | '等' | '不' | '赞' | '认' | '陪');
    let body_after = toks.starting_at(k + 1).is_some_and(|t| t.names_place() || t.country().is_some() || t.known_org().is_some());
    // (代表团分别同东岭中心、西河商会会谈: an adverb before 同 makes it the preposition)
    let adverb_before = ["分别", "并", "还", "也", "将", "曾", "均", "又", "再", "随后", "首先", "主要", "积极", "继续", "已"].iter().any(|w| ends_with_at(chars, k, sent_start, w));
    const TALKS: &[&str] = &["会谈", "会见", "座谈", "交流"];
    let end_at = |marks: &[char]| (k..chars.len()).find(|&j| marks.contains(&chars[j])).unwrap_or(chars.len());
    // (同东岭集团总裁王明会谈: a photo's caption opens with 同 and ends with the talks)
    let caption = k == sent_start && {
        let end = end_at(&['。', '\n']);
        TALKS.iter().chain(&["合影"]).any(|w| ends_with_at(chars, end, k, w))
    };
    // (…会谈,同东岭研究所座谈: a clause opens with it; 代表团同东岭大学会谈: a visiting party
    // before it)
    // (not a name opening with it: ,同心大学留学生办公室主任)
    let talks_after = || {
        let end = end_at(&[',', ';', '。', '\n']);
        TALKS.iter().chain(&["签署", "签约"]).any(|w| find_word(chars, k, end, w).is_some())
    };
    let clause_opens = k > sent_start && matches!(chars[k - 1], ',' | ';' | ':') && (body_after || talks_after());
    let party_before = ["代表团", "考察团", "访问团", "团组", "双方", "我校", "我院", "该校", "该院", "他", "她"].iter().any(|w| ends_with_at(chars, k, sent_start, w));
    toks.covering(k).is_none() && (caption || clause_opens || k > sent_start && is_cjk(chars[k - 1]) && !in_word && (body_after || adverb_before || party_before))
}

/// `访问东岭国、西河国-北湖研究院`: a country listed after 、 before a hyphen is a whole name
/// (a headline, then the site's name), not the first of a pair (中国-东盟中心, 中国-中亚论坛).
fn country_before_a_site_name(chars: &[char], toks: &Tokens, hyphen_end: usize) -> bool {
    toks.ending_at(hyphen_end - 1).is_some_and(|t| t.country().is_some() && t.start > 0 && chars[t.start - 1] == '、')
}

/// Whether a transliterated name written with a middle dot ends at `k` (卡里姆·别克诺夫): a few
/// characters of no lexicon word back to the dot, and a name part before it.
fn dotted_name_ends_at(chars: &[char], sent_start: usize, k: usize) -> bool {
    let run = (sent_start..k).rev().take_while(|&j| is_cjk(chars[j])).count();
    let dot = k - run;
    (2..=10).contains(&run) && dot > sent_start + 1 && chars[dot - 1] == '·' && is_cjk(chars[dot - 2])
}

/// Whether the 暨 before `i` ends the name scanned left from `head_start`: it lists two
/// bodies (东岭基金会暨西河基金会董事长; a meeting's name keeps it, and so does an office of two
/// units, 研究发展处暨产学合作中心), or a second post and its body (…中心副主任暨东南亚研究中心执行
/// 长), or a theme before a numbered meeting (“主题”暨第十九届东岭问题研讨会; two meetings,
/// 东岭年会暨第二届西河研讨会, stay one name).
fn ji_ends_name(chars: &[char], toks: &Tokens, i: usize, head_start: usize, rules: ScanRules) -> bool {
    let standing_body = |x: &Tag| matches!(x, Tag::OrgHead(h) if !matches!(h.kind, OrgKind::Government | OrgKind::Other));
    let body_before_ji = !rules.year && toks.ending_at(i - 1).is_some_and(|t| t.has(standing_body) || t.has(|x| matches!(x, Tag::Post)));
    let meeting_before = toks.ending_at(i - 1).is_some_and(|t| t.has(|x| matches!(x, Tag::EventHead)));
    // (“东岭”十周年暨首届西河会议: an anniversary the meeting marks opens its name)
    let anniversary_before = ends_with_at(chars, i - 1, 0, "周年");
    let numbered_after_ji = rules.year && !meeting_before && !anniversary_before && (starts_with_at(chars, i, head_start, "第") || starts_with_at(chars, i, head_start, "首届"));
    // (X工作会议暨Y联盟成立大会: a meeting before 暨 ends a body's name; a meeting's own name goes on)
    body_before_ji || numbered_after_ji || meeting_before && !rules.year
}

/// X会议暨Y联盟(简称“联盟”)成立大会: a short form defined before the clause's next meeting
/// splits the joint name, so the meeting before 暨 is named on its own.
fn short_form_defined_after(chars: &[char], from: usize, sent_end: usize) -> bool {
    let clause_end = (from..sent_end).find(|&k| matches!(chars[k], ',' | '。' | ';')).unwrap_or(sent_end);
    (from..clause_end).any(|k| chars[k] == '(' && ABBREVIATION_LEADS.iter().any(|w| starts_with_at(chars, k + 1, clause_end, w)))
}

/// An organisation's name starts after a date or an ordinal cut off its front: 2023年度
/// 沪港大学联盟 → 沪港大学联盟, 第五届上合暑期学校 → 上合暑期学校.
fn after_time_or_ordinal(chars: &[char], sent_start: usize, i: usize, head_start: usize) -> usize {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十百千两第".contains(c);
    let mut k = i;
    if k > sent_start && numeral(chars[k - 1]) || k < head_start && chars[k] == '第' {
        while k < head_start && numeral(chars[k]) {
            k += 1;
        }
        if let Some(u) = ["年度", "日讯", "年", "月", "日", "届", "次", "期", "份"].iter().find(|u| starts_with_at(chars, k, head_start, u)) {
            let after = k + u.chars().count();
            if head_start - after >= 2 {
                return after;
            }
        }
    }
    // (本年度东岭研究院: the 度 of a year word read apart from it)
    if k < head_start && chars[k] == '度' && k > sent_start && chars[k - 1] == '年' && head_start - k >= 3 {
        return k + 1;
    }
    i
}

/// 东岭智库20周年论坛: a body before the years of an anniversary is the one it celebrates, a
/// name of its own inside the event's.
fn whose_anniversary(chars: &[char], se: usize, mut m: Mention) -> Mention {
    if anniversary_years(chars, m.end, se).is_some() {
        m.rule = "org.whose-anniversary";
    }
    // (东岭校友会成立大会: the body its founding meeting is named after, a name of its own too;
    // also past the bracket of its other name: 东岭协会(西河联盟)成立暨第一届会员代表大会)
    let after = match chars.get(m.end) {
        Some('(') => (m.end..se.min(m.end + 16)).find(|&k| chars[k] == ')').map_or(m.end, |k| k + 1),
        _ => m.end,
    };
    if ["成立大会", "成立仪式", "成立典礼", "成立暨"].iter().any(|w| starts_with_at(chars, after, se, w)) {
        m.rule = "org.founded-at-its-meeting";
    }
    m
}

/// 20周年, 二十周年 at `at`: how many characters count the years (before `end`).
fn anniversary_years(chars: &[char], at: usize, end: usize) -> Option<usize> {
    let years = chars[at..end].iter().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十百".contains(**c)).count();
    (years > 0 && starts_with_at(chars, at + years, end, "周年")).then_some(years)
}

/// Whether the digits around `k` count the years of an anniversary (20周年).
fn anniversary_years_at(chars: &[char], k: usize, head_start: usize) -> bool {
    let end = (k..head_start).find(|&e| !chars[e].is_ascii_digit()).unwrap_or(head_start);
    starts_with_at(chars, end, head_start, "周年")
}

/// 庆祝孔子学院成立20周年主题研讨会: an anniversary event's name runs from 庆祝/纪念 over
/// what is celebrated (成立, 建校, 建交 stop the scan) to the number of years.
fn anniversary_start(chars: &[char], sent_start: usize, start: usize) -> usize {
    if anniversary_years(chars, start, chars.len()).is_none() {
        return start;
    }
    let from = start.saturating_sub(24).max(sent_start);
    let clause = (from..start).rev().take_while(|&k| !matches!(chars[k], ',' | '。' | ';' | ':' | '、' | '“' | '”')).last().unwrap_or(start);
    (clause..start).find(|&k| starts_with_at(chars, k, start, "庆祝") || starts_with_at(chars, k, start, "纪念")).unwrap_or(start)
}

/// Words that open a bracket defining a short form: …(以下简称“联盟”).
pub const ABBREVIATION_LEADS: &[&str] = &["以下简称", "以下称", "以下统称", "下称", "简称"];

/// Where a meeting's head that opens at `at` ends (圆桌会议, 研讨会, 论坛 …).
/// 围绕《…》主题, 分议题为《A》、《B》和《C》: a meeting's theme or topics in title marks are
/// no documents (the marks at `open`..`close`; a list of them after one lead).
fn theme_in_title_marks(chars: &[char], sent_start: usize, open: usize, close: usize, se: usize) -> bool {
    if ["主题", "为题", "为主题", "议题"].iter().any(|w| starts_with_at(chars, close + 1, se, w)) {
        return true;
    }
    let mut k = open;
    while k >= sent_start + 2 && matches!(chars[k - 1], '、' | '和' | '及') && chars[k - 2] == '》' {
        match (sent_start..k - 2).rev().find(|&j| chars[j] == '《') {
            Some(j) => k = j,
            None => break,
        }
    }
    ["议题为", "议题是", "议题:", "主题为", "主题是", "题为", "围绕", "话题为"].iter().any(|w| ends_with_at(chars, k, sent_start, w))
}

/// 《东岭形势报告》发布会暨…研讨会: a meeting that launches a document is named with the
/// document's title (the document stays a name of its own).
fn launches_of_documents(norm: &NormText, ms: &mut [Mention]) {
    let chars = &norm.chars;
    let titles: Vec<(usize, usize)> = ms.iter().filter(|m| m.ty == EntityType::Document).map(|m| (m.start, m.end)).collect();
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event && ["发布会", "首发式", "发布仪式"].iter().any(|w| m.label.starts_with(w))) {
        let Some(&(start, _)) = titles.iter().find(|&&(s, e)| s >= 1 && e + 1 == m.start && chars[e] == '》' && chars[s - 1] == '《') else { continue };
        m.aliases.push(std::mem::take(&mut m.label));
        m.start = start - 1;
        m.label = norm.slice(m.start, m.end).to_owned();
        m.surface = m.label.clone();
    }
}

fn meeting_head_at(chars: &[char], at: usize, end: usize) -> Option<usize> {
    const HEADS: &[&str] = &["圆桌会议", "研讨会", "座谈会", "论坛", "讲座", "对话会"];
    HEADS.iter().find(|h| starts_with_at(chars, at, end, h)).map(|h| at + h.chars().count())
}

/// Whether `short` (two to four Han characters) takes its characters from `name` in their
/// order, starting within the name's first two: 东联大 of 东岭联合大学系统.
fn is_contraction(short: &[char], name: &[char]) -> bool {
    let mut at = 0;
    let in_order = short.iter().all(|c| match name[at..].iter().position(|n| n == c) {
        Some(k) => {
            at += k + 1;
            true
        }
        None => false,
    });
    (2..=4).contains(&short.len()) && short.iter().all(|&c| is_cjk(c)) && in_order && name.iter().take(2).any(|&n| n == short[0])
}

/// Whether position `pos` lies inside an open quotation (a “ before it, not yet closed).
fn inside_quote(chars: &[char], sent_start: usize, pos: usize) -> bool {
    (sent_start..pos).rev().take(24).map(|k| chars[k]).find(|&c| c == '“' || c == '”') == Some('“')
}

/// 珠三角助力海洋联盟: an alliance named by a place, a verb and a field, the place opening a
/// clause; where the name starts (the place), when the scan stopped at that verb.
fn place_and_verb_before(chars: &[char], toks: &Tokens, ss: usize, start: usize) -> Option<usize> {
    let verb = toks.ending_at(start).filter(|v| v.is_stop() && v.end - v.start == 2)?;
    let place = toks.ending_at(verb.start).filter(|p| p.names_place())?;
    let opens = place.start == ss || matches!(chars[place.start - 1], ',' | '、' | '“' | '日' | '(' | ':');
    opens.then_some(place.start)
}

/// Whether `before` ends in a count: a numeral, optionally with 余/多 (三, 52, 百余, 十多).
fn is_count(before: &[char]) -> bool {
    // 多 alone counts too: 多个专业联盟, 多所高校
    // (这所孔子学院, 每家企业: a demonstrative before a classifier counts one)
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十百千万两几数多这那每".contains(c);
    match before {
        [.., n, '余' | '多'] | [.., n] => numeral(*n),
        [] => false,
    }
}

/// Where the quoted part of a name opens, when `close` (a ”) ends a short quotation that
/// the name goes on after (“数字丝路”论坛): the quote holds name material only (Han, digits,
/// ·, :, —, and the + of a grouping widened: “东岭+”对话会).
fn quoted_name_part(chars: &[char], sent_start: usize, close: usize, head_start: usize) -> Option<usize> {
    let open = (sent_start..close).rev().take(32).find(|&k| chars[k] == '“')?;
    let inner = &chars[open + 1..close];
    let name_like = !inner.is_empty() && inner.iter().all(|&c| is_cjk(c) || c.is_ascii_alphanumeric() || matches!(c, '·' | ':' | '—' | '-' | '‘' | '’' | '+'));
    // (“东岭智库”西河论坛基金会: a quoted kind of body before a name describes it)
    let kind_of_body = inner.len() <= 6 && inner.ends_with(&['智', '库']);

    (name_like && !kind_of_body && head_start > close && inner.iter().filter(|c| is_cjk(**c)).count() >= 2).then_some(open)
}

/// “数聚东岭·智创明天”东岭高校联盟: a slogan of two phrases (or a long one) opens a meeting's
/// name, but is no part of a body's or an alliance's.
fn is_slogan(inner: &[char]) -> bool {
    inner.iter().position(|&c| c == '·').is_some_and(|k| k >= 4 && inner.len() - k - 1 >= 4) || inner.len() > 12
}

/// “东岭山地与湖光海洋向东开放协同创新中心”: a head closing a quotation heads all of it, whatever
/// words (与, 向) the quotation holds.
fn quoted_name_start(chars: &[char], sent_start: usize, head_start: usize, head_end: usize) -> Option<usize> {
    if chars.get(head_end) != Some(&'”') {
        return None;
    }
    let open = (sent_start..head_start).rev().take(32).find(|&k| matches!(chars[k], '“' | '”'))?;
    let inner = &chars[open + 1..head_start];
    // (“在陕西设立东岭培训基地”的倡议: a quoted clause that opens with 在 names no body from its start)
    let clause = inner.first() == Some(&'在');
    (chars[open] == '“' && inner.len() >= 2 && !clause && inner.iter().all(|&c| is_cjk(c) || matches!(c, '·' | '—' | '-'))).then_some(open + 1)
}

/// The org kind of a name from its head word and its words.
pub fn org_kind(lex: &Lexicon, name: &str, parent_kind: Option<OrgKind>) -> OrgKind {
    let Some((head, info)) = lex.org_head_suffix(name) else { return OrgKind::Other };
    if info.unit {
        if let Some(k) = parent_kind {
            return k;
        }
    }
    let research_head = matches!(head, "研究院" | "研究所" | "研究中心" | "研究会" | "研究基地");
    const THINK_TANK_WORDS: &[&str] = &[
        "社会科学", "社科", "智库", "战略", "国际问题", "政策研究", "国际关系", "亚太", "亚洲", "欧亚", "中国研究",
        "国别", "区域研究", "关系研究", "全球治理", "丝路", "外交", "安全研究", "国际经济",
        // regions a centre studies, and economic or development policy (中华经济研究院)
        "东南亚", "南亚", "中亚", "东北亚", "中东", "经济研究", "发展研究",
    ];
    if research_head && THINK_TANK_WORDS.iter().any(|w| name.contains(w)) {
        return OrgKind::ThinkTank;
    }
    // 东岭大学哈萨克斯坦研究中心: a centre that studies a country
    if research_head && lex.countries.iter().any(|c| name.contains(&format!("{}研究", c.name))) {
        return OrgKind::ThinkTank;
    }
    info.kind
}

/// Last words of a periodical's name (日报, 周刊): in title marks it names a medium.
/// (《西河政府网站》报道: a website in title marks is a medium too)
const PERIODICALS: &[&str] = &["日报", "晚报", "早报", "时报", "商报", "周报", "周刊", "月刊", "杂志", "画报", "学刊", "网站", "網站", "门户网"];

/// Venue head words: a name ending in one, in 在X举行, is a place.
const VENUE_HEADS: &[&str] = &[
    "宾馆", "酒店", "饭店", "大厦", "会展中心", "会议中心", "展览中心", "国际会议中心", "博览中心", "科创园", "产业园", "园区", "园",
    "广场", "体育馆", "展览馆", "博物馆", "礼堂", "大礼堂", "会堂", "中心", "基地", "小镇", "港", "校区", "讲堂", "大讲堂", "剧院", "剧场", "音乐厅",
    "大厅", "报告厅", "会议厅", "宴会厅", "多功能厅", "科教城", "科技城", "大学城",
];
/// Manner words between a venue and its verb: 在X以线上线下相结合的方式举行, 在X隆重举行.
const VENUE_MANNER: &[&str] = &["以线上", "以线下", "以视频", "以“线上", "通过线上", "隆重", "成功", "顺利", "盛大"];
const HOLD_VERBS: &[&str] = &["举行", "举办", "召开", "开幕", "闭幕", "揭牌", "启幕", "落幕", "开展", "登场"];
const FOUND_VERBS_AFTER: &[&str] = &["正式成立", "宣告成立", "成立", "揭牌", "正式启动", "启动", "正式上线"];
const FOUND_VERBS_BEFORE: &[&str] = &["加入", "成立", "成立了", "组建", "发起成立", "共同成立", "联合成立", "发起", "共建", "倡议建立", "共同建立", "创立", "共同创立"];
const DOC_TRIGGERS_BEFORE: &[&str] = &["发布", "发布了", "推出", "编制", "出台", "签署", "通过", "联合发布", "共同发布", "发表", "公布", "宣读", "宣读了", "审议通过", "审议通过了"];

/// Recognise all mentions in an article.
pub fn recognize(lex: &Lexicon, norm: &NormText, layout: &Layout, tokens: &[Tokens]) -> Vec<Mention> {
    let chars = &norm.chars;
    let mut out: Vec<Mention> = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        if matches!(s.kind, BlockKind::Byline | BlockKind::Credit | BlockKind::Furniture) {
            continue;
        }
        recognize_sentence(lex, norm, chars, s, si, &tokens[si], &mut out);
    }
    out.retain(|m| !inside_bu_word(chars, m) && !country_across_a_word(chars, m));
    out.extend(quoted_bodies_of_think_tanks(norm, layout, tokens, &out));
    out.extend(crate::masthead::outlets(norm, layout));
    // (a counted list's items are bodies whole: what was found inside one gives way)
    let listed = crate::counted::listed_bodies(norm, layout, &out);
    out.retain(|m| !listed.iter().any(|b| b.start <= m.start && m.end <= b.end));
    out.extend(listed);
    // Reporters and photographers, found in the bylines by the layout.
    for (sec_i, sec) in layout.sections.iter().enumerate() {
        for (names, note) in [(&sec.reporters, "reporter"), (&sec.photographers, "photographer")] {
            for name in names {
                for (si, s) in layout.sentences.iter().enumerate() {
                    if s.section != sec_i || !matches!(s.kind, BlockKind::Byline | BlockKind::Credit) {
                        continue;
                    }
                    let want = if note == "reporter" { BlockKind::Byline } else { BlockKind::Credit };
                    if s.kind != want {
                        continue;
                    }
                    let text = norm.slice(s.start, s.end);
                    if let Some(b) = text.find(name.as_str()) {
                        let start = norm.char_at_byte(norm.byte_at_char(s.start) + b);
                        out.push(Mention {
                            ty: EntityType::Person,
                            start,
                            end: start + name.chars().count(),
                            label: name.clone(),
                            surface: name.clone(),
                            aliases: vec![],
                            kind: None,
                            lex: None,
                            sentence: si,
                            rule: if note == "reporter" { "person.byline" } else { "person.photo-credit" },
                            parent: None,
                            note: Some(note.to_owned()),
                        });
                        break;
                    }
                }
            }
        }
    }
    let mut ms = resolve_overlaps(out);
    crate::recurrence::add_recurring(lex, norm, layout, tokens, &mut ms);
    let mut ms = resolve_overlaps(ms);
    crate::recurrence::headline_short_forms(layout, &mut ms);
    forums_that_have_officers(chars, tokens, &mut ms);
    quoted_names_of_meetings(&mut ms);
    meetings_named_with_their_organiser(&mut ms);
    yearly_meetings_of_alliances(norm, &mut ms);
    whole_quoted_meetings(norm, &mut ms);
    editions_before_quoted_meetings(norm, &mut ms);
    places_before_quoted_meetings(norm, &mut ms);
    meetings_after_a_spaced_label(norm, &mut ms);
    venues_by_name(norm, &mut ms);
    launches_of_documents(norm, &mut ms);
    rooms_of_bodies(&mut ms);
    bodies_after_a_joint_meeting(norm, &mut ms);
    parts_of_joint_meetings(&mut ms);
    ministries_of_listed_fields(tokens, norm, &mut ms);
    other_countrys_ministries(lex, norm, &mut ms);
    ms.retain(|m| !local_body_by_central_short_form(chars, m) && !embassies_in_general(lex, m) && !unite_domestic(chars, m));
    prepositions_before_known_bodies(lex, norm, &mut ms);
    kinds_of_think_tank_before_bodies(lex, chars, &mut ms);
    founding_verbs_before_alliances(norm, &mut ms);
    associations_called_alliances(&mut ms);
    committees_founded_or_joined(norm, &mut ms);
    council_sessions(&mut ms);
    sessions_of_a_series(&mut ms);
    acronyms_inside_names(&mut ms);
    programmes_of_universities(chars, tokens, &mut ms);
    ms
}

/// 东岭大学智库研究项目主任李华, 东岭大学智库研究项目(DLP)联合主办: a university's programme
/// that has a director or hosts a meeting is a unit of the university, not a project.
fn programmes_of_universities(chars: &[char], tokens: &[Tokens], ms: &mut [Mention]) {
    let mut renamed: Vec<String> = Vec::new();
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Project && m.label.ends_with("项目") && m.label.contains("大学")) {
        let director = tokens[m.sentence].starting_at(m.end).is_some_and(|t| t.has(|g| matches!(g, Tag::Post)));
        let bracket_end = (chars.get(m.end) == Some(&'(')).then(|| (m.end + 1..chars.len().min(m.end + 12)).find(|&k| chars[k] == ')')).flatten();
        let hosts = bracket_end.is_some_and(|e| ["主办", "联合主办", "承办", "共同主办"].iter().any(|w| starts_with_at(chars, e + 1, chars.len(), w)));
        if director || hosts {
            m.ty = EntityType::Organization;
            m.kind = Some(OrgKind::Research);
            m.rule = "org.university-programme";
            renamed.push(m.label.clone());
            renamed.extend(m.aliases.iter().cloned());
        }
    }
    // (its initials and its other mentions name the same body)
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Project && renamed.contains(&m.label)) {
        m.ty = EntityType::Organization;
        m.kind = Some(OrgKind::Research);
    }
}

/// 蒙古与海川(MHC)智库: a body's Latin initials bracketed inside its name are another name of
/// it, not part of the name.
fn acronyms_inside_names(ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Organization) {
        let Some((before, rest)) = m.label.split_once('(') else { continue };
        let Some((inner, after)) = rest.split_once(')') else { continue };
        let initials = (2..=8).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase());
        if initials && !before.is_empty() && !after.is_empty() {
            let label = format!("{before}{after}");
            m.aliases.push(inner.to_owned());
            m.label = label;
        }
    }
}

/// 东岭联盟第二届第三次理事会: a council named with the ordinal of its session is that
/// session, a meeting, not the council.
fn council_sessions(ms: &mut [Mention]) {
    const SESSIONS: &[&str] = &["次理事会", "次常务理事会", "次理事会议", "次理事大会"];
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_none()) {
        let Some(tail) = SESSIONS.iter().find(|t| m.label.ends_with(*t)) else { continue };
        let before: Vec<char> = m.label[..m.label.len() - tail.len()].chars().collect();
        let digits = before.iter().rev().take_while(|&&c| numeral(c)).count();
        if digits >= 1 && before.len() > digits && before[before.len() - digits - 1] == '第' {
            (m.ty, m.kind, m.rule) = (EntityType::Event, None, "event.council-session");
        }
    }
}

/// Every organisation mention labelled with one of `labels` becomes an alliance.
fn into_alliances(ms: &mut [Mention], labels: &[String]) {
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Organization && labels.contains(&m.label)) {
        (m.ty, m.kind) = (EntityType::Alliance, None);
    }
}

/// 东岭合作委员会是由A与B共同发起的…; 我市作为创始会员城市加入东岭合作委员会: a committee,
/// network or platform that bodies found together, or that founding members join, is an
/// alliance (every mention of it).
fn committees_founded_or_joined(norm: &NormText, ms: &mut [Mention]) {
    const HEADS: &[&str] = &["委员会", "网络", "平台", "共同体", "协作体"];
    let chars = &norm.chars;
    let clause_end = |k: usize| (k..chars.len()).find(|&j| matches!(chars[j], '。' | ';' | '\n')).unwrap_or(chars.len());
    let founded = |m: &Mention| {
        let rest: String = chars[m.end..clause_end(m.end)].iter().collect();
        (rest.starts_with("是由") || rest.starts_with('由')) && ["共同发起", "联合发起", "发起成立"].iter().any(|w| rest.contains(w))
    };
    let joined_as_founder = |m: &Mention| {
        let from = (0..m.start).rev().take_while(|&k| !matches!(chars[k], '。' | ';' | ',' | '\n')).last().unwrap_or(m.start);
        let before: String = chars[from..m.start].iter().collect();
        before.ends_with("加入") && ["创始会员", "创始成员"].iter().any(|w| before.contains(w))
    };
    let called: Vec<String> = ms.iter().filter(|m| m.ty == EntityType::Organization && m.lex.is_none() && HEADS.iter().any(|h| m.label.ends_with(h)) && (founded(m) || joined_as_founder(m))).map(|m| m.label.clone()).collect();
    into_alliances(ms, &called);
}

/// 东岭省智库研究协会(西河智库联盟): an association the article also calls an alliance, in the
/// bracket that gives its other name, is an alliance its members join (every mention of it).
fn associations_called_alliances(ms: &mut [Mention]) {
    const ASSOCIATIONS: &[&str] = &["协会", "联合会", "研究会", "促进会"];
    let called: Vec<String> = ms
        .iter()
        .filter(|m| m.ty == EntityType::Organization && m.lex.is_none() && ASSOCIATIONS.iter().any(|h| m.label.ends_with(h)) && m.aliases.iter().any(|a| a.ends_with("联盟") && a.chars().count() >= 4))
        .flat_map(|m| std::iter::once(m.label.clone()).chain(m.aliases.iter().filter(|a| a.ends_with("联盟")).cloned()))
        .collect();
    into_alliances(ms, &called);
}

/// Whether a meeting's name after its series is only a session: 第一次会议, 第七届年会.
pub fn is_session(tail: &str) -> bool {
    let rest = crate::resolve::strip_edition(tail);
    rest.len() < tail.len() && matches!(rest, "会议" | "會議" | "年会" | "年會" | "大会" | "大會")
}

/// 东岭智库论坛第一次会议 … 东岭智库论坛作为平台: the series named alone is the session the
/// report is about, not a forum it is part of (one alias; two sessions keep it apart).
fn sessions_of_a_series(ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let Some((ps, pe)) = m.parent.filter(|&(ps, pe)| ps == m.start && pe < m.end) else { continue };
        let series: String = m.label.chars().take(pe - ps).collect();
        let tail: String = m.label.chars().skip(pe - ps).collect();
        if is_session(&tail) && series.chars().count() >= 4 && !m.aliases.contains(&series) {
            m.aliases.push(series);
        }
    }
}

/// “成立东岭智库联盟”的倡议: a founding verb quoted with an alliance's name is none of it.
fn founding_verbs_before_alliances(norm: &NormText, ms: &mut Vec<Mention>) {
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Alliance) {
        let Some(verb) = ["成立", "建立", "组建", "创建", "筹建"].iter().find(|v| m.label.starts_with(*v)) else { continue };
        let n = verb.chars().count();
        if m.end - m.start >= n + 4 && norm.slice(m.start, m.start + n) == *verb {
            m.start += n;
            m.label = norm.slice(m.start, m.end).to_owned();
            m.surface = m.label.clone();
        }
    }
    // (…再扩容 加盟东岭联盟: no alliance's name holds a verb of joining it; the name follows it)
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Alliance) {
        let Some(cut) = ["加盟", "加入"].iter().filter_map(|v| m.label.rfind(v).map(|i| i + v.len())).max() else { continue };
        let rest = m.label[cut..].to_owned();
        if rest.chars().count() >= 4 && norm.slice(m.start, m.end) == m.label {
            m.start = m.end - rest.chars().count();
            m.surface = rest.clone();
            m.label = rest;
        }
    }
    // (the name may have been read without the verb too: one mention, in text order)
    ms.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    ms.dedup_by(|b, a| a.start == b.start && a.end == b.end && a.ty == b.ty);
}

/// “华府智库”西河研究中心: a place and the word for think tank, quoted before a body's name,
/// describe the body, naming none themselves.
fn kinds_of_think_tank_before_bodies(lex: &Lexicon, chars: &[char], ms: &mut Vec<Mention>) {
    let body_starts: Vec<usize> = ms.iter().filter(|m| m.ty == EntityType::Organization).map(|m| m.start).collect();
    let before_body = |m: &Mention| chars.get(m.end) == Some(&'”') && body_starts.contains(&(m.end + 1));
    let place_kind = |label: &str| {
        let Some(place) = label.strip_suffix("智库") else { return false };
        let toks = lex.tokens(place);
        toks.len() == 1 && toks[0].0 == 0 && toks[0].1 == place.len() && toks[0].2.iter().any(|t| matches!(t, Tag::Place(_) | Tag::Country(_)))
    };
    ms.retain(|m| !(m.ty == EntityType::Organization && before_body(m) && place_kind(&m.label)));
}

/// 「东岭100年驻外使节会议」: a meeting's name the quotation marks close is read from where
/// they open (a year or a country inside them is part of the name, not its date or place);
/// so are names that quote a slogan (“2025‘数字丝路’合作论坛”) or join two bodies by a dash,
/// with a short form in brackets (“东岭大学系统—西河大学联盟(ERA)第3届研讨会”).
fn whole_quoted_meetings(norm: &NormText, ms: &mut [Mention]) {
    let chars = &norm.chars;
    let name_material = |c: char| is_cjk(c) || c.is_ascii_alphanumeric() || "‘’—–-·()（）".contains(c);
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event && chars.get(m.end) == Some(&'”')) {
        let Some(open) = (m.start.saturating_sub(40)..m.start).rev().find(|&k| matches!(chars[k], '“' | '”')).filter(|&k| chars[k] == '“') else { continue };
        if open + 1 < m.start && chars[open + 1..m.start].iter().all(|&c| name_material(c)) {
            let whole = mention(m.ty, norm, open + 1, m.end, m.sentence, m.rule);
            m.aliases.push(m.label.clone());
            (m.start, m.label, m.surface) = (whole.start, whole.label, whole.surface);
        }
    }
}

/// `文章导读 第三届东岭论坛在西河举行`: a space the page set between a short label and a
/// meeting's edition parts the label from the name (the normalised text has lost the space;
/// the page has not).
fn meetings_after_a_spaced_label(norm: &NormText, ms: &mut [Mention]) {
    let chars = &norm.chars;
    // (not where the page wrapped a line inside the name)
    let spaced = |k: usize| is_cjk(chars[k - 1]) && is_cjk(chars[k]) && norm.orig_span(k, k + 1).0 >= norm.orig_span(k - 1, k).1 + 1 && !norm.opens_wrapped_line(k);
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let Some(k) = (m.start + 1..m.end).rev().find(|&k| spaced(k)) else { continue };
        // (only before an edition, 第三届 or 首届, the way a meeting's name opens)
        let edition = chars[k] == '第' && chars.get(k + 1).is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)) || starts_with_at(chars, k, m.end, "首届");
        if edition && m.end - k >= 4 && k - m.start <= 6 {
            m.start = k;
            m.label = norm.slice(k, m.end).to_owned();
            m.surface = m.label.clone();
        }
    }
}

/// 在西河国东岭市“海川+”对话会上: a country and a city before the quoted part of a meeting's
/// name say where it met; the name opens at the quote.
fn places_before_quoted_meetings(norm: &NormText, ms: &mut [Mention]) {
    let spans: Vec<(usize, usize, EntityType)> = ms.iter().filter(|m| matches!(m.ty, EntityType::Country | EntityType::Place)).map(|m| (m.start, m.end, m.ty)).collect();
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let Some(open) = (m.start..m.end).find(|&k| norm.chars[k] == '“') else { continue };
        // (the words before the quote are places only, a country first and a place after it)
        let mut at = m.start;
        let mut kinds = Vec::new();
        while let Some(&(_, e, t)) = spans.iter().find(|(st, e, _)| *st == at && *e <= open) {
            kinds.push(t);
            at = e;
        }
        if at == open && kinds.len() >= 2 && kinds[0] == EntityType::Country && kinds[1..].iter().all(|t| *t == EntityType::Place) {
            m.start = open;
            m.label = norm.slice(open, m.end).to_owned();
            m.surface = m.label.clone();
        }
    }
}

/// 第八届“东岭合作论坛”, 首届“西河对话”: the edition written before a quoted meeting's name
/// is part of the name; the quoted name alone stays an alias (later mentions drop the edition).
fn editions_before_quoted_meetings(norm: &NormText, ms: &mut [Mention]) {
    let chars = &norm.chars;
    let quoted = |m: &Mention| m.ty == EntityType::Event && m.start >= 3 && chars[m.start - 1] == '“' && chars.get(m.end) == Some(&'”');
    for m in ms.iter_mut().filter(|m| quoted(m)) {
        let Some(from) = edition_before(chars, m.start - 1) else { continue };
        m.aliases.push(m.label.clone());
        m.label = format!("{}{}", norm.slice(from, m.start - 1), m.label);
        (m.start, m.end) = (from, m.end + 1);
        m.surface = norm.slice(m.start, m.end).to_owned();
    }
}

/// 东岭国际会议中心, 西河宾馆: a name ending in a word for a conference hall or a hotel names a
/// venue (a place), whatever the verb around it, not the body that runs it.
fn venues_by_name(norm: &NormText, ms: &mut Vec<Mention>) {
    // (东岭合作中心大楼: a body's building is a place named after the body)
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Organization && ["大楼", "大厦"].iter().any(|w| starts_with_at(&norm.chars, m.end, norm.chars.len(), w))) {
        m.end += 2;
        m.label = norm.slice(m.start, m.end).to_owned();
        m.surface = m.label.clone();
        (m.ty, m.kind, m.lex) = (EntityType::Place, None, None);
    }
    const VENUE_NAMES: &[&str] = &["会议中心", "会展中心", "展览中心", "博览中心", "宾馆", "酒店", "饭店", "会堂", "大礼堂"];
    // (假东湾北京国际会议中心举行: the held phrase told where the venue's name starts)
    let venues: Vec<(usize, usize)> = ms.iter().filter(|m| m.rule == "place.venue-in-held-phrase").map(|m| (m.start, m.end)).collect();
    ms.retain(|m| m.ty != EntityType::Organization || m.lex.is_some() || !venues.iter().any(|&(s, e)| m.end == e && m.start < s));
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_none() && VENUE_NAMES.iter().any(|h| m.label.ends_with(h))) {
        m.ty = EntityType::Place;
        m.kind = None;
    }
    // (“李华国际会议厅”: a hall for meetings, named, is where they are held, no meeting)
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event && ["会议厅", "会议室", "会议大厅"].iter().any(|h| m.label.ends_with(h))) {
        m.ty = EntityType::Place;
    }
}

/// 东岭论坛暨西河联盟成立大会: 暨 joins two meetings; a body or alliance read across it starts
/// after it.
fn bodies_after_a_joint_meeting(norm: &NormText, ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| matches!(m.ty, EntityType::Alliance | EntityType::Organization) && m.lex.is_none()) {
        let Some(k) = (m.start..m.end).rev().find(|&k| norm.chars[k] == '暨') else { continue };
        // (not 暨 opening a name of its own: 暨东大学)
        let after_meeting = ["会", "论坛", "仪式", "典礼", "活动"].iter().any(|w| ends_with_at(&norm.chars, k, m.start, w));
        if after_meeting && m.end - (k + 1) >= 4 {
            let whole = mention(m.ty, norm, k + 1, m.end, m.sentence, m.rule);
            (m.start, m.label, m.surface) = (whole.start, whole.label, whole.surface);
            m.aliases.clear();
        }
    }
}

/// 参观东岭研究院展厅: a room of a body is no body; the body's name is what stays.
fn rooms_of_bodies(ms: &mut [Mention]) {
    const ROOMS: &[&str] = &["展板厅", "展厅", "展览厅", "陈列厅", "报告厅", "会议厅", "多功能厅", "宴会厅", "会议室", "展室"];
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_none()) {
        let Some(room) = ROOMS.iter().find(|r| m.label.ends_with(*r) && m.label.chars().count() >= r.chars().count() + 4) else { continue };
        let n = room.chars().count();
        m.end -= n;
        m.label.truncate(m.label.len() - room.len());
        let cut = m.surface.char_indices().rev().nth(n - 1).map_or(m.surface.len(), |(i, _)| i);
        m.surface.truncate(cut);
    }
}

/// 东岭研究院成立仪式暨“合作发展”研讨会: one meeting made of two, which the article may
/// later call by either part (its aliases, so resolution merges them).
fn parts_of_joint_meetings(ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let Some((a, b)) = m.label.split_once('暨') else { continue };
        // (东岭协会成立暨…大会: the founding before 暨 is what the meeting is for, no meeting)
        let parts: Vec<String> = [a, b].iter().map(|p| p.replace(['“', '”'], "")).filter(|p| p.chars().count() >= 6 && !is_generic_event(p) && !p.ends_with("成立")).collect();
        m.aliases.extend(parts);
    }
}

/// 对外交部…进行考察, 向东岭大学赠书: a preposition glued before a body the lexicon knows, or a
/// country or place that opens a name, is no part of the name.
fn prepositions_before_known_bodies(lex: &Lexicon, norm: &NormText, ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_none() && m.end > m.start + 3) {
        // (经中国外交部批准: 经, by way of, too)
        if !"对向在于与和同从为把被给经".contains(norm.chars[m.start]) {
            continue;
        }
        let rest = &m.label[m.label.char_indices().nth(1).map_or(0, |(i, _)| i)..];
        let opens_known = lex.tokens(rest).first().is_some_and(|(a, _, tags)| *a == 0 && tags.iter().any(|t| matches!(t, Tag::KnownOrg(_) | Tag::Country(_) | Tag::Place(_))));
        if opens_known {
            let whole = mention(m.ty, norm, m.start + 1, m.end, m.sentence, m.rule);
            m.aliases.retain(|a| *a != rest);
            // (经中国外交部 → 中国外交部, later 外交部: a known body after its country)
            let toks = lex.tokens(&whole.label);
            if let [(_, c_end, c_tags), (k_start, k_end, k_tags), ..] = toks.as_slice() {
                if c_tags.iter().any(|t| matches!(t, Tag::Country(_))) && c_end == k_start && *k_end == whole.label.len() && k_tags.iter().any(|t| matches!(t, Tag::KnownOrg(_))) {
                    m.aliases.push(whole.label[*k_start..].to_owned());
                }
            }
            (m.start, m.label, m.surface) = (whole.start, whole.label, whole.surface);
        }
    }
}

/// `就“A”、“B”及“C”举行的论坛`: the quote opening at `q` closes a list of quoted themes, whose
/// last item a verb of holding follows without being what is held.
fn last_of_quoted_list(chars: &[char], sent_start: usize, q: usize) -> bool {
    q >= sent_start + 2 && "、及和与".contains(chars[q - 1]) && chars[q - 2] == '”'
}

/// 联合国内院校: 联合 (to unite) and 国内 (at home), not the United Nations (联合国内部 is
/// inside the UN).
fn unite_domestic(chars: &[char], m: &Mention) -> bool {
    m.ty == EntityType::Organization && m.label == "联合国" && chars.get(m.end) == Some(&'内') && chars.get(m.end + 1) != Some(&'部')
}

/// 市发改委, 省外办: a central body's short form after a level's character is the local body,
/// not the central one the lexicon knows.
fn local_body_by_central_short_form(chars: &[char], m: &Mention) -> bool {
    m.ty == EntityType::Organization && m.lex.is_some() && m.surface != m.label && m.surface.chars().count() <= 4 && m.start > 0 && "省市县区州".contains(chars[m.start - 1])
}

/// 各国驻华使馆, 驻华使馆代表: embassies in China with no country before 驻 name none.
fn embassies_in_general(lex: &Lexicon, m: &Mention) -> bool {
    let Some((sender, _)) = m.label.split_once("驻华") else { return false };
    let country = lex.tokens(sender).first().is_some_and(|(a, b, tags)| *a == 0 && *b == sender.len() && tags.iter().any(|t| matches!(t, Tag::Country(_))));
    // (哈驻华使馆: a country's one-character form names the sender too)
    let short = sender.chars().count() == 1 && lex.countries.iter().any(|x| x.short.as_deref() == Some(sender));
    let country = country || short;
    m.ty == EntityType::Organization && ["使馆", "领事馆"].iter().any(|w| m.label.ends_with(w)) && !country
}

/// 与哈外交部副部长…会谈: a country's one-character form before a ministry the lexicon knows by
/// its Chinese name names that country's ministry, not China's.
fn other_countrys_ministries(lex: &Lexicon, norm: &NormText, ms: &mut [Mention]) {
    let chars = &norm.chars;
    let short_of_other_country = |c: char| c != '中' && lex.countries.iter().any(|x| x.short.as_deref().is_some_and(|s| s.starts_with(c)));
    let opens = |k: usize| k == 0 || !is_cjk(chars[k - 1]) || "、与和及同对".contains(chars[k - 1]);
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Organization && m.lex.is_some() && m.start >= 1 && m.surface.ends_with('部')) {
        if short_of_other_country(chars[m.start - 1]) && opens(m.start - 1) {
            m.start -= 1;
            m.label = norm.slice(m.start, m.end).to_owned();
            m.surface = m.label.clone();
            (m.lex, m.kind) = (None, Some(OrgKind::Government));
            m.aliases.clear();
        }
    }
}

/// 新西兰海洋、渔业与港口部, 文化、体育及青年部: a ministry named by several fields, the last
/// two joined by 和/与/及 and the others listed before them with 、, is one body (with the country
/// that opens its name). Only two-character fields are taken, so a list of other words stays out.
/// (`enumerated_name_part` reads such a name while scanning back from a bare 部; this pass covers
/// what that scan cannot see: a known short form at the end, 旅游部, and a first field set
/// between two 、 in a list of ministers.)
fn ministries_of_listed_fields(tokens: &[Tokens], norm: &NormText, ms: &mut [Mention]) {
    let chars = &norm.chars;
    let field = |a: usize, b: usize| b == a + 2 && (a..b).all(|k| is_cjk(chars[k]));
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Organization && m.surface.ends_with('部') && m.start >= 3) {
        let toks = &tokens[m.sentence];
        let mut a = m.start;
        // (贸易及工业部, the lexicon's 工业部: the field joined before it is the name's)
        if !m.surface.contains(['和', '与', '及']) {
            if !matches!(chars[a - 1], '和' | '与' | '及') || !field(a - 3, a - 1) {
                continue;
            }
            a -= 3;
        }
        let start = a;
        while a >= 3 && chars[a - 1] == '、' {
            let run = (0..a - 1).rev().take_while(|&k| is_cjk(chars[k]) && chars[k] != '、').count();
            if run == 2 {
                a -= 3;
                continue;
            }
            // (新西兰海洋、: the first field after the country that owns the ministry)
            if let Some(country) = toks.ending_at(a - 3).filter(|t| t.country().is_some() && run >= 2 + t.end - t.start) {
                a = country.start;
            }
            break;
        }
        if a == start {
            continue;
        }
        m.start = a;
        m.label = norm.slice(m.start, m.end).to_owned();
        m.surface = m.label.clone();
        (m.lex, m.kind) = (None, Some(OrgKind::Government));
        m.aliases.clear();
        m.rule = "org.ministry-of-listed-fields";
    }
}

/// `16轮对话会`, `3场论坛`: a count written in digits before a meeting's head names none.
fn counted_in_digits(prefix: &[char]) -> bool {
    let digits = prefix.iter().take_while(|c| c.is_ascii_digit()).count();
    // (届 is left out: 第10届 numbers an edition, the 第 cut off before the digits)
    digits > 0 && prefix.get(digits).is_some_and(|&c| "个场次项轮".contains(c))
}

/// Where `第N届` or `首届` right before position `at` starts.
fn edition_before(chars: &[char], at: usize) -> Option<usize> {
    if at >= 2 && chars[at - 2..at] == ['首', '届'] {
        return Some(at - 2);
    }
    if at < 3 || chars[at - 1] != '届' {
        return None;
    }
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十百".contains(c);
    let first = (at.saturating_sub(6)..at - 1).rev().take_while(|&k| numeral(chars[k])).last()?;
    (first >= 1 && chars[first - 1] == '第').then_some(first - 1)
}

/// “东岭经济智库联合研究会”: a society or council of think tanks named whole in quotes is an
/// alliance its member think tanks join, though the words inside (联合, a verb elsewhere) break
/// the name's reading.
fn quoted_bodies_of_think_tanks(norm: &NormText, layout: &Layout, tokens: &[Tokens], found: &[Mention]) -> Vec<Mention> {
    const SOCIETIES: &[&str] = &["研究会", "联合会", "协会", "理事会", "委员会"];
    let chars = &norm.chars;
    let mut out = Vec::new();
    for (si, s) in layout.sentences.iter().enumerate() {
        for open in (s.start..s.end).filter(|&k| chars[k] == '“') {
            let Some(close) = (open + 1..s.end.min(open + 24)).find(|&k| chars[k] == '”') else { continue };
            let name = norm.slice(open + 1, close);
            let society = SOCIETIES.iter().any(|h| name.ends_with(h)) && tokens[si].ending_at(close).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_))));
            let whole = found.iter().any(|m| m.start == open + 1 && m.end == close);
            if society && name.contains("智库") && name.chars().count() >= 8 && !whole {
                out.push(mention(EntityType::Alliance, norm, open + 1, close, si, "alliance.quoted-society-of-think-tanks"));
            }
        }
    }
    out
}

/// 沿海地区 (coastal regions): 海 and 地区 read across as 海地 (Haiti), a country no one named.
fn country_across_a_word(chars: &[char], m: &Mention) -> bool {
    m.ty == EntityType::Country && m.surface == "海地" && chars.get(m.end) == Some(&'区')
}

/// 经济部门, 大部分, 工作部署: a 部 that ends a body's name starts a word here; 政府部会: the
/// government's ministries in general.
fn inside_bu_word(chars: &[char], m: &Mention) -> bool {
    let bu = m.ty == EntityType::Organization && m.end > m.start && chars[m.end - 1] == '部';
    bu && (chars.get(m.end).is_some_and(|c| "门分署件队落位".contains(*c)) || m.label.ends_with("政府部"))
}

/// “东岭发展论坛”学术研讨会: quote marks are no part of a meeting's name, and the quoted name
/// alone is how the article may call the meeting too.
fn quoted_names_of_meetings(ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event && m.label.starts_with('“')) {
        let Some(close) = m.label.find('”') else { continue };
        let (quoted, rest) = (m.label['“'.len_utf8()..close].to_owned(), m.label[close + '”'.len_utf8()..].to_owned());
        // (only a meeting's own name quoted before a generic word for it: not “蓝色海湾”…会议)
        const MEETINGS: &[&str] = &["论坛", "会议", "研讨会", "峰会", "大会", "对话", "座谈会"];
        let named_meeting = MEETINGS.iter().any(|h| quoted.ends_with(h));
        let generic = ["学术研讨会", "研讨会", "学术会议", "座谈会", "论坛"].contains(&rest.as_str());
        // (“东岭论坛”系列首场论坛: the first meeting of a series is reported as the series' meeting)
        let of_series = rest.starts_with("系列") && MEETINGS.iter().any(|h| rest.ends_with(h));
        if named_meeting && of_series {
            m.aliases.push(std::mem::replace(&mut m.label, quoted));
            continue;
        }
        if !named_meeting || !generic {
            continue;
        }
        m.label = format!("{quoted}{rest}");
        m.aliases.retain(|a| !a.starts_with('”'));
        m.aliases.push(quoted);
    }
}

/// 东岭研究中心海川论坛 and 海川论坛: a meeting named once with the body that holds it before
/// its name is that meeting, when the article names the body on its own.
fn meetings_named_with_their_organiser(ms: &mut [Mention]) {
    let bodies: std::collections::HashSet<String> = ms.iter().filter(|m| m.ty == EntityType::Organization).map(|m| m.label.clone()).collect();
    let meetings: std::collections::HashSet<String> = ms.iter().filter(|m| m.ty == EntityType::Event).map(|m| m.label.clone()).collect();
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let Some(own) = meetings.iter().filter(|e| e.chars().count() >= 4 && m.label.len() > e.len() && m.label.ends_with(e.as_str()) && bodies.contains(&m.label[..m.label.len() - e.len()])).max_by_key(|e| e.len()) else { continue };
        m.aliases.push(std::mem::replace(&mut m.label, own.clone()));
    }
}

/// “东岭”高校联盟2017年校长论坛: a meeting named by a year, written right after an alliance, is
/// that alliance's meeting of the year, and its name holds the alliance's.
fn yearly_meetings_of_alliances(norm: &NormText, ms: &mut [Mention]) {
    let alliances: Vec<(usize, usize, usize)> = ms.iter().filter(|m| m.ty == EntityType::Alliance).map(|m| (m.sentence, m.start, m.end)).collect();
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event) {
        let digits = m.label.chars().take_while(char::is_ascii_digit).count();
        if digits != 4 || m.label.chars().nth(4) != Some('年') {
            continue;
        }
        if let Some(&(_, a, _)) = alliances.iter().find(|&&(si, _, e)| si == m.sentence && e == m.start) {
            m.start = a;
            m.label = norm.slice(a, m.end).to_owned();
            m.surface = m.label.clone();
        }
    }
}

/// 东岭竞争力论坛执行长X, …论坛秘书长X: a "forum" with an executive or a secretary-general is
/// a standing body, not a meeting (every mention of that name).
fn forums_that_have_officers(chars: &[char], tokens: &[Tokens], ms: &mut [Mention]) {
    const OFFICERS: &[&str] = &["执行长", "秘书长", "理事长", "会长", "董事长", "总裁", "总经理", "院长", "所长", "社长", "执委", "执行委员"];
    let officer_after = |m: &Mention| OFFICERS.iter().any(|o| starts_with_at(chars, m.end, chars.len(), o) && tokens[m.sentence].starting_at(m.end).is_some_and(|t| t.has(|g| matches!(g, Tag::Post))));
    // (2000年东岭合作论坛成立后: a forum that is founded is a standing body too, and the year
    // before it is when, no part of its name)
    let founded = |m: &Mention| m.label.ends_with("论坛") && starts_with_at(chars, m.end, chars.len(), "成立") && !["成立大会", "成立仪式", "成立典礼"].iter().any(|w| starts_with_at(chars, m.end, chars.len(), w));
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event && founded(m)) {
        let digits = m.label.chars().take_while(char::is_ascii_digit).count();
        if (2..=4).contains(&digits) && m.label.chars().nth(digits) == Some('年') && m.label.chars().count() > digits + 3 {
            m.start += digits + 1;
            m.label = m.label.chars().skip(digits + 1).collect();
            m.surface = m.label.clone();
        }
    }
    let bodies: std::collections::HashSet<String> = ms.iter().filter(|m| m.ty == EntityType::Event && (officer_after(m) || founded(m) || listed_among_hosts(chars, ms, m))).map(|m| m.label.clone()).collect();
    for m in ms.iter_mut().filter(|m| m.ty == EntityType::Event && bodies.contains(&m.label)) {
        m.ty = EntityType::Organization;
        m.kind = Some(OrgKind::Other);
        m.rule = "org.forum-with-officers";
        // (西河大学战略研究中心海川论坛: the forum of a centre goes by its own name, 海川论坛, too)
        let unit_start = tokens[m.sentence].within(m.start, m.end).filter(|t| t.end + 4 <= m.end && t.has(|g| matches!(g, Tag::OrgHead(_)))).map(|t| t.end).max();
        if let Some(k) = unit_start {
            m.aliases.push(chars[k..m.end].iter().collect());
        }
    }
}

/// 由东岭研究院联合西河中心海川论坛、南川研究所主办的…: a forum listed among the hosts
/// between 由 and the verb of hosting is a standing body that hosts, not a meeting held.
fn listed_among_hosts(chars: &[char], ms: &[Mention], m: &Mention) -> bool {
    const HOSTING: &[&str] = &["主办", "承办", "协办", "合办", "举办"];
    let clause_break = |c: &char| matches!(c, ',' | '。' | ';' | ':' | '!' | '?');
    let clause_start = (0..m.start).rev().find(|&k| clause_break(&chars[k])).map_or(0, |k| k + 1);
    let clause_end = (m.end..chars.len()).find(|&k| clause_break(&chars[k])).unwrap_or(chars.len());
    let Some(you) = (clause_start..m.start).find(|&k| chars[k] == '由') else { return false };
    let Some(verb) = (m.end..clause_end).find(|&k| HOSTING.iter().any(|v| starts_with_at(chars, k, clause_end, v))) else { return false };
    // (only hosts and their glue around it: no other meeting between 由 and the verb)
    let other_event = ms.iter().any(|o| o.ty == EntityType::Event && o.start != m.start && o.start > you && o.end <= verb);
    let glued_before = m.start > you + 1 && (matches!(chars[m.start - 1], '、' | '和' | '与' | '及') || ends_with_at(chars, m.start, you, "联合"));
    let glued_after = matches!(chars.get(m.end), Some('、' | '和' | '与' | '及')) || ["联合", "共同"].iter().any(|w| starts_with_at(chars, m.end, verb, w)) || m.end == verb;
    !other_event && (glued_before || m.start == you + 1) && glued_after
}

fn mention(ty: EntityType, norm: &NormText, start: usize, end: usize, si: usize, rule: &'static str) -> Mention {
    Mention {
        ty,
        start,
        end,
        label: norm.slice(start, end).to_owned(),
        surface: norm.slice(start, end).to_owned(),
        aliases: vec![],
        kind: None,
        lex: None,
        sentence: si,
        rule,
        parent: None,
        note: None,
    }
}

fn recognize_sentence(lex: &Lexicon, norm: &NormText, chars: &[char], s: &Sentence, si: usize, toks: &Tokens, out: &mut Vec<Mention>) {
    let x = Scan { lex, norm, chars, s, si, toks };
    for t in &toks.list {
        // (a head of both kinds, 大学系统: the alliance where the text names one, read once)
        let alliance = t.has(|g| matches!(g, Tag::AllianceHead)).then(|| x.alliance_from_head(t)).flatten();
        let longer = x.name_ending_in_known_body(t);
        // 哈萨克斯坦高等教育部 is another country's ministry: its 教育部 names no Chinese one
        // (中国外交部 still is the 外交部: only a country or place before it)
        if !longer.as_ref().is_some_and(|m| !only_place_before(toks, m.start, t.start)) {
            out.extend(x.lexicon_mention(t));
        }
        out.extend(longer);
        for tag in t.tags {
            let m = match tag {
                // (东岭大学系统: an alliance where the text names it as one, else one institution)
                Tag::OrgHead(_) if alliance.is_some() => None,
                Tag::OrgHead(_) => org_from_span(lex, norm, chars, toks, quoted_name_start(chars, s.start, t.start, t.end).unwrap_or_else(|| scan_left(chars, toks, s.start, t.start, NAME_RULES)), t.end, si)
                    .map(|m| founded_by_many(chars, s.start, m))
                    .map(|m| founded_by_many_after(chars, toks, s.end, m))
                    .map(|m| whose_anniversary(chars, s.end, m))
                    .map(|m| with_bracketed_place(norm, toks, s.end, m)),
                Tag::EventHead => x.event_from_head(t),
                Tag::AllianceHead => alliance.clone(),
                Tag::DocHead => x.document_from_head(t),
                _ => None,
            };
            out.extend(m);
        }
    }
    x.projects(out);
    x.workshops(out);
    x.short_universities_listed(out);
    x.short_universities_before_count(out);
    x.short_universities_by_place(out);
    x.bodies_named_by_their_post(out);
    x.institutes_by_short_name_before_a_post(out);
    x.dialogues_held(out);
    category_lists(norm, chars, s, si, out);
    x.quoted_names(out);
    x.latin_names_after_kind(out);
    x.venues(out);
    x.parks(out);
    x.regions(out);
    x.places_listed(out);
    persons(lex, norm, chars, s, si, toks, out);
}

const NAME_RULES: ScanRules = ScanRules { alnum: false, year: false };

/// Last words of a park's or a zone's name, longest first.
const PARK_HEADS: &[&str] = &["示范园区", "示范园", "产业园区", "产业园", "科技园区", "科技园", "科学园区", "科学园", "软件园", "工业园区", "工业园", "物流园", "加工园区", "园区", "示范区", "开发区", "合作区", "试验区"];

/// (…示范园上合实训基地, 示范区党工委: a park's name that goes on names a body or a unit after it)
fn park_name_goes_on(chars: &[char], toks: &Tokens, end: usize, se: usize) -> bool {
    let names_more = |g: &Tag| matches!(g, Tag::OrgHead(_) | Tag::Post | Tag::KnownOrg(_) | Tag::EventHead | Tag::AllianceHead);
    toks.starting_at(end).is_some_and(|t| t.has(names_more))
        || toks.within(end, se.min(end + 12)).next().is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_))) && chars[end..t.start].iter().all(|&c| is_cjk(c)))
}

/// 中乌, 中哈: China and another country by their one-character forms, opening a name.
fn is_country_pair_at(lex: &Lexicon, chars: &[char], at: usize) -> bool {
    chars.get(at) == Some(&'中') && chars.get(at + 1).is_some_and(|c| lex.country_short.contains_key(c))
}

/// Whether `start..at` is one country or place token (中国 in 中国外交部).
fn only_place_before(toks: &Tokens, start: usize, at: usize) -> bool {
    toks.starting_at(start).is_some_and(|p| p.end == at && (p.country().is_some() || p.place().is_some()))
}

/// One sentence as the recognisers read it.
struct Scan<'a> {
    lex: &'a Lexicon,
    norm: &'a NormText,
    chars: &'a [char],
    s: &'a Sentence,
    si: usize,
    toks: &'a Tokens<'a>,
}

impl Scan<'_> {
    /// 乌兹别克斯坦学前与中等教育部, 哈萨克斯坦教育科技部: a longer name ending in a well-known
    /// government body's name or short form (one with a head: 中办 or 国办 is no head to scan from).
    fn name_ending_in_known_body(&self, t: &Token) -> Option<Mention> {
        let (lex, chars, toks) = (self.lex, self.chars, self.toks);
        let oi = t.known_org()?;
        let surface = self.norm.slice(t.start, t.end);
        if surface.chars().count() < 3 || !lex.org_head_suffix(surface).is_some_and(|(_, h)| h.unit && h.kind == OrgKind::Government) {
            return None;
        }
        let start = scan_left(chars, toks, self.s.start, t.start, NAME_RULES);
        // (中国科技部 is the lexicon's body under its short form: named as the lexicon names it)
        if start + 2 > t.start || only_place_before(toks, start, t.start) && surface != lex.orgs[oi].name {
            return None;
        }
        org_from_span(lex, self.norm, chars, toks, start, t.end, self.si)
    }

    /// Countries, places and well-known organisations straight from the lexicon.
    fn lexicon_mention(&self, t: &Token) -> Option<Mention> {
        let (lex, norm, si) = (self.lex, self.norm, self.si);
        if let Some(ci) = t.country() {
            // (日本语版, 西班牙语系: the country's language names no country)
            if self.chars.get(t.end) == Some(&'语') {
                return None;
            }
            let mut m = mention(EntityType::Country, norm, t.start, t.end, si, "country.lexicon");
            m.label = lex.countries[ci].name.clone();
            m.lex = Some(LexRef::Country(ci));
            return Some(m);
        }
        if let Some(pi) = t.place() {
            let mut m = mention(EntityType::Place, norm, t.start, t.end, si, "place.lexicon");
            m.label = lex.places[pi].name.clone();
            m.lex = Some(LexRef::Place(pi));
            // 纳曼干地区 is the region around the city: a place of its own (长三角地区 is 长三角).
            if starts_with_at(self.chars, t.end, self.s.end, "地区") && lex.places[pi].kind != "region" {
                m.end += 2;
                m.label.push_str("地区");
                m.surface.push_str("地区");
            }
            return Some(m);
        }
        let oi = t.known_org()?;
        // (两国教育部: the ministries of both countries, neither one named)
        let counted = COUNTED_PARTIES.iter().any(|w| ends_with_at(self.chars, t.start, self.s.start, w));
        // (海上合作: a two-character short form whose last character opens the word 合作 with the
        // next is no name, 上合 there is part of 上 + 合作)
        let in_cooperation = t.end - t.start == 2 && self.chars[t.end - 1] == '合' && self.chars.get(t.end) == Some(&'作');
        if counted || in_cooperation || opens_ministers_body(self.chars, t.end, self.s.end) || is_verb_lian_he(self.chars, t.start, t.end, self.s.start) {
            return None;
        }
        let mut m = mention(EntityType::Organization, norm, t.start, t.end, si, "org.lexicon");
        m.label = lex.orgs[oi].name.clone();
        m.kind = Some(lex.orgs[oi].kind);
        m.lex = Some(LexRef::Org(oi));
        // (中国科技部: the text's name, with the country before the short form, is one of its names)
        if let Some(c) = self.toks.ending_at(t.start).filter(|c| c.country().is_some()) {
            m.aliases.push(norm.slice(c.start, t.end).to_owned());
        }
        Some(m)
    }

    fn event_from_head(&self, t: &Token) -> Option<Mention> {
        let mut m = self.event_at_head(t)?;
        if CEREMONY_HEADS.iter().any(|w| m.label.contains(w)) {
            m.rule = "event.ceremony";
        }
        Some(m)
    }

    fn event_at_head(&self, t: &Token) -> Option<Mention> {
        let (chars, toks) = (self.chars, self.toks);
        let start = scan_left(chars, toks, self.s.start, t.start, ScanRules { alnum: false, year: true });
        if let Some(m) = self.founding_meeting_past_a_short_form(t, start) {
            return Some(m);
        }
        let start = anniversary_start(chars, self.s.start, start);
        // (东岭研究会成立暨第一届会员代表大会: the founding the meeting is held for opens its name)
        let start = match start.checked_sub(3).filter(|&f| f > self.s.start && chars[start - 1] == '暨' && ends_with_at(chars, start - 1, self.s.start, "成立")) {
            Some(f) => Some(scan_left(chars, toks, self.s.start, f, ScanRules { alnum: false, year: true })).filter(|&b| f - b >= 2).unwrap_or(start),
            None => start,
        };
        // 东岭论坛2017年会(新闻发布会): a year after a series' name carries the name on
        // (东岭智库联盟2023年理事会会议: and after an alliance's name, its yearly meeting)
        let start = match toks.ending_at(start).filter(|e| chars[start].is_ascii_digit() && e.has(|g| matches!(g, Tag::EventHead | Tag::AllianceHead))) {
            Some(series) => scan_left(chars, toks, self.s.start, series.start, ScanRules { alnum: false, year: true }),
            None => start,
        };
        // (第10届东岭论坛: the 第 of an edition in digits opens the name too)
        let start = if start > self.s.start && chars[start - 1] == '第' && chars[start].is_ascii_digit() { start - 1 } else { start };
        let prefix: String = chars[start..t.start].iter().collect();
        let counted = counted_in_digits(&chars[start..t.start]);
        let numbered = prefix.strip_prefix('第').filter(|r| r.starts_with(|c: char| c.is_ascii_digit())).unwrap_or(&prefix);
        let core: String = numbered.trim_start_matches(|c: char| c.is_ascii_digit() || c == '年').to_owned();
        // X会议暨Y研讨会 is one event with two names: X alone is no event of its own; nor is
        // the series' name before a year and a meeting (东岭论坛2017年会)
        let digits = chars[t.end..self.s.end].iter().take_while(|c| c.is_ascii_digit()).count();
        // (年终研讨会-东岭论坛2020: two names joined by a hyphen are one event too)
        let hyphened = matches!(chars.get(t.end), Some('-' | '—')) && chars.get(t.end + 1).is_some_and(|&c| is_cjk(c)) && chars.get(t.end + 2) != Some(&'—');
        // (X成立大会暨2018Y论坛: a year after 暨 opens a name that cannot reach back over
        // it, so X names a meeting of its own)
        let own_after_ji = chars.get(t.end + 1).is_some_and(|c| c.is_ascii_digit()) || short_form_defined_after(chars, t.end, self.s.end);
        let co_named = chars.get(t.end) == Some(&'暨') && !own_after_ji || hyphened || digits == 4 && toks.starting_at(t.end + 4).is_some_and(|n| n.has(|g| matches!(g, Tag::EventHead)));
        // (东岭论坛2024: the year the edition is held closes its name; not 论坛2024年, a date)
        let year = digits == 4 && matches!(chars[t.end], '1' | '2') && !chars.get(t.end + 4).is_some_and(|&c| "年届月日多余.".contains(c));
        // 校长论坛 alone names no event: who meets, but not which meeting
        let post_only = toks.starting_at(start).is_some_and(|p| p.end == t.start && p.has(|g| matches!(g, Tag::Post)));
        // (与校长王明教授会晤: a person and a title before 会晤 are who meets, no meeting's name)
        let titled_person = ends_with_at(chars, t.end, t.start, "会晤") && toks.ending_at(t.start).is_some_and(|p| p.has(|g| matches!(g, Tag::Post)) && (2..=4).contains(&(p.start - start)) && self.lex.surname_len(&chars[start..p.start]).is_some());
        let post_only = post_only || titled_person;
        // (东岭研究院签约座谈会: a symposium held to sign is named as a signing ceremony is)
        let signing_meeting = ends_with_at(chars, t.end, t.start, "座谈会") && ["签约", "揭牌"].iter().any(|a| ends_with_at(chars, t.start, self.s.start, a));
        let ceremony = CEREMONY_HEADS.iter().any(|w| ends_with_at(chars, t.end, t.start, w)) || signing_meeting;
        // (签约仪式暨理事会第一次会议: a ceremony co-named with a meeting)
        let co_ceremony = CEREMONY_HEADS.iter().any(|w| prefix.contains(&format!("{w}暨")));
        let (start, core) = match (ceremony || co_ceremony).then(|| ceremony_start(chars, toks, self.s.start, start)).filter(|&c| c < start) {
            Some(c) => (c, chars[c..t.start].iter().collect()),
            None => (start, core),
        };
        // (东岭研究院与西河大学战略合作签约仪式: the first party, before 与, opens the name too)
        let body_at = |q: usize| toks.ending_at(q).is_some_and(|b| b.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_))));
        let parties_named = ceremony && start > self.s.start + 1 && matches!(chars[start - 1], '与' | '和') && body_at(start - 1) && core.ends_with("合作") && core.chars().count() > 4;
        let start = if parties_named { scan_left(chars, toks, self.s.start, start - 1, NAME_RULES) } else { start };
        // (《东岭报告》发布暨区域经济研讨会: after a launch told as a verb, the meeting's name opens past 暨)
        let (start, core) = if chars[start] == '暨' && ends_with_at(chars, start, self.s.start, "发布") { (start + 1, core.trim_start_matches('暨').to_owned()) } else { (start, core) };
        // (…战略合作签约暨产学研基地揭牌仪式: a name cut after its 暨 is only the second half)
        // (东岭博览会系列论坛之一: one of the fair's forums, no forum named)
        let second_half = chars[start] == '暨' || core.ends_with("系列") && starts_with_at(chars, t.end, self.s.end, "之一");
        // (所长李华致会议开幕词: who addresses the meeting, then the meeting by its kind)
        let second_half = second_half || core.ends_with('致');
        // (这一高端论坛: the meeting named before, pointed at)
        let second_half = second_half || start > self.s.start && matches!(chars[start - 1], '这' | '那') && chars[start] == '一';
        // (年度性大型研讨会: the prefix itself is generic, before a year is cut from its front)
        // (举办“东岭跨校合作典礼”: a ceremony quoted whole is named, whatever it is for)
        let quoted_whole = start > self.s.start && chars[start - 1] == '“' && chars.get(t.end) == Some(&'”') && core.chars().count() >= 4;
        let generic_ceremony = ceremony && is_generic_ceremony_subject(&core) && !parties_named && !quoted_whole;
        if core.chars().count() < 2 || is_generic_event(&core) || !prefix.is_empty() && only_generic_words(&prefix) || counted || co_named || post_only || second_half || generic_ceremony || name_goes_on(chars, toks, start, t.end, self.s.end) {
            return None;
        }
        // 研讨会开幕式: the opening of the event named before it, no event of its own (研修班
        // 结业仪式: nor the opening or closing of a course)
        let opening = ["开幕式", "闭幕式", "开幕大会", "开幕仪式", "闭幕仪式", "开班仪式", "开班典礼", "结业仪式", "结业典礼", "开学典礼", "毕业典礼"].iter().any(|w| starts_with_at(chars, t.start, t.end, w));
        if opening && toks.ending_at(t.start).is_some_and(|x| x.start > start && x.has(|g| matches!(g, Tag::EventHead))) {
            return Some(mention(EntityType::Event, self.norm, start, t.start, self.si, "event.head"));
        }
        let end = if year { t.end + 4 } else { t.end };
        // (东岭同乡联谊会副会长: a head that also names bodies, with a post after it, is a body)
        let body_with_post = t.has(|g| matches!(g, Tag::OrgHead(_))) && post_end_after_modifiers(self.lex, chars, toks, end, self.s.end).is_some();
        if body_with_post {
            return None;
        }
        let mut m = mention(EntityType::Event, self.norm, start, end, self.si, "event.head");
        // A sub-forum: the longest inner event ending before this head is its parent.
        // (a series' name before a colon titles the meeting: the meeting after the colon, no part)
        if let Some(colon) = (start..t.start).find(|&k| chars[k] == ':').filter(|&k| toks.ending_at(k).is_some_and(|x| x.has(|g| matches!(g, Tag::EventHead)))) {
            m.aliases.push(self.norm.slice(colon + 1, end).to_owned());
        } else if let Some(inner) = toks.list.iter().filter(|x| x.start > start && x.end < t.start && x.has(|g| matches!(g, Tag::EventHead)) && !matches!(chars[x.end], '暨' | '-' | '—')).max_by_key(|x| x.end) {
            m.parent = Some((start, inner.end));
            let unit = self.norm.slice(inner.end, end).to_owned();
            if unit.chars().count() >= 4 {
                m.aliases.push(unit);
            }
        }
        Some(m)
    }

    /// 东岭智库联盟(简称“联盟”)成立大会: the meeting that founds a body is named by the body,
    /// read past the bracket that defines the body's short form (the name leaves the bracket out).
    fn founding_meeting_past_a_short_form(&self, t: &Token, start: usize) -> Option<Mention> {
        let (chars, ss) = (self.chars, self.s.start);
        let span: String = chars[start..t.end].iter().collect();
        let founding = t.start - start <= 2 && ["成立", "揭牌", "启动"].iter().any(|w| span.starts_with(w));
        if !founding || start < ss + 4 || chars[start - 1] != ')' {
            return None;
        }
        let open = (ss..start - 1).rev().take(12).find(|&k| chars[k] == '(')?;
        let defines = ABBREVIATION_LEADS.iter().any(|w| starts_with_at(chars, open + 1, start, w));
        let body = self.toks.ending_at(open).filter(|b| b.has(|x| matches!(x, Tag::AllianceHead | Tag::OrgHead(_))))?;
        let body_start = scan_left(chars, self.toks, ss, body.start, NAME_RULES);
        if !defines || body.start - body_start < 2 {
            return None;
        }
        let mut m = mention(EntityType::Event, self.norm, body_start, t.end, self.si, "event.head");
        m.label = format!("{}{}", self.norm.slice(body_start, open), self.norm.slice(start, t.end));
        Some(m)
    }

    /// An alliance needs more than its head word (…联盟 is often a description): a founding
    /// verb around it, a bracket defining its short form, or a list of alliances.
    fn alliance_from_head(&self, t: &Token) -> Option<Mention> {
        let (chars, toks, ss, se) = (self.chars, self.toks, self.s.start, self.s.end);
        let after = |w: &str| starts_with_at(chars, t.end, se, w);
        // (东岭大学联盟平台: the alliance's platform, named by the alliance before it)
        if toks.ending_at(t.start).is_some_and(|h| h.has(|g| matches!(g, Tag::AllianceHead))) {
            return None;
        }
        // (打造人才交流、课程共建两大平台: a count of platforms names none of them)
        if t.start >= ss + 2 && chars[t.start - 1] == '大' && "两三四五六七八九十".contains(chars[t.start - 2]) {
            return None;
        }
        let scanned = scan_left(chars, toks, ss, t.start, NAME_RULES);
        let scanned = plus_format_before(chars, ss, scanned).unwrap_or(scanned);
        let start = place_and_verb_before(chars, toks, ss, scanned).unwrap_or(scanned);
        let founded_after = FOUND_VERBS_AFTER.iter().any(|w| after(w));
        // (发起之X联盟: the classical 之 after the verb)
        let verb_end = if start > ss && chars[start - 1] == '之' { start - 1 } else { start };
        let founded_before = FOUND_VERBS_BEFORE.iter().any(|w| ends_with_at(chars, verb_end, ss, w));
        let quoted = start > ss && chars[start - 1] == '“' && t.end < se && chars[t.end] == '”';
        // (东岭大学联盟(E9), …联盟(以下简称…): a short form given in brackets defines a name
        let latin_short = chars.get(t.end) == Some(&'(') && (t.end + 1..se.min(t.end + 12)).find(|&k| chars[k] == ')').is_some_and(|c| c > t.end + 2 && chars[t.end + 1..c].iter().all(|x| x.is_ascii_alphanumeric()));
        // (东岭联合大学系统(东联大): or a short form of its own characters, in their order)
        let han_short = chars.get(t.end) == Some(&'(') && (t.end + 3..se.min(t.end + 7)).find(|&k| chars[k] == ')').is_some_and(|c| is_contraction(&chars[t.end + 1..c], &chars[start..t.end]));
        let defined = latin_short || han_short || chars.get(t.end) == Some(&'(') && ABBREVIATION_LEADS.iter().any(|w| after(&format!("({w}")));
        // (西河大学联盟成员则为A、B: an alliance whose members are listed is a named one)
        let members_listed = ["成员包括", "成员为", "成员则为", "成员则包括"].iter().any(|w| after(w));
        // a name the article uses again and again is a name, not a description
        let recurring = t.start - start >= 4 && self.norm.text.matches(self.norm.slice(start, t.end)).count() >= 2;
        // (东岭监督联盟创会理事长X: an alliance that has officers is a standing body)
        // (not a university system: 东岭大学系统总校长 heads one institution)
        let officer = post_end_after_modifiers(self.lex, chars, toks, t.end, se).is_some() && !ends_with_at(chars, t.end, t.start, "大学系统");
        // (东岭智库联盟由A、B和C共同发起成立: the founders named between 由 and the verb)
        let founded_by = after("由") && {
            let clause_end = (t.end..se).find(|&k| matches!(chars[k], ',' | '。' | ';')).unwrap_or(se);
            ["发起成立", "发起并成立", "共同成立", "联合成立", "共同发起", "联合发起", "共同组建", "联合组建"].iter().any(|w| find_word(chars, t.end, clause_end, w).is_some())
        };
        // (东岭粉末冶金产业技术创新战略联盟: a long name of the alliance's own field words is a
        // name wherever it stands)
        // (守正创新开创智库联盟工作新局面: a verb that takes the alliance as its object is no name)
        let verb_inside = ["开创", "推动", "推进", "加强", "打造", "守正"].iter().any(|v| find_word(chars, start, t.start, v).is_some());
        let long_name = start == scanned && ends_with_at(chars, t.end, t.start, "联盟") && t.start - start >= 6 && !only_descriptors(self.lex, &chars[start..t.start]) && !verb_inside;
        // (东岭大学联盟今天举办X典礼: an alliance that holds a meeting is a standing body)
        let time_words = (t.end..se.min(t.end + 8)).take_while(|&k| chars[k].is_ascii_digit() || "年月日天今昨上下午于於在".contains(chars[k])).count();
        let holds = ["举办", "举行", "召开", "主办"].iter().any(|w| starts_with_at(chars, t.end + time_words, se, w));
        let named = long_name || members_listed || holds || founded_after || founded_before || founded_in_clause(chars, t.end, se) || defined || recurring || officer || founded_by || is_listed_alliance(chars, toks, start, t.end, ss, se) || named_after_a_pair(toks, chars, start, t.start);
        // 安全与发展共同体, 命运共同体: a community of ideas unless institutions make it up
        let community = ends_with_at(chars, t.end, t.start, "共同体");
        let institutional = || ["大学", "高校", "智库", "城市", "企业", "机构", "媒体", "学院", "院校", "研究"].iter().any(|w| find_word(chars, start, t.start, w).is_some());
        if community && !institutional() {
            return None;
        }
        // 五个…学术联盟: counted, a kind of alliance, not one
        let counted = start > ss + 1 && is_classifier(chars[start - 1]) && is_count(&chars[ss..start - 1]);
        // (化纤联盟、东岭联盟等N家联盟: a listed alliance may have a two-character name)
        let short_listed = t.start - start == 2 && is_listed_alliance(chars, toks, start, t.end, ss, se);
        // (建设新型智库联盟, 高端智库联盟: a word of praise before the members' sector makes a
        // kind; 海川高校智库联盟 is named by its place)
        // (企业高端智库联盟 names members before the praise: a name)
        let described = ["智库", "高校", "大学", "企业", "媒体"].iter().any(|w| {
            let sector_at = t.start - w.chars().count();
            ends_with_at(chars, t.start, start, w)
                && PRAISED_KINDS.iter().any(|d| ends_with_at(chars, sector_at, start, d) && !members_named_before(chars, toks, start, sector_at - d.chars().count()))
        });
        // (东西联盟(EWA): a two-character name that defines its short form is a name too)
        let short_defined = t.start - start == 2 && latin_short && chars[start..t.start].iter().all(|&c| is_cjk(c));
        // (最早成立X平台的大学之一: the platform says what kind of university, it names none)
        let one_of_kind = chars.get(t.end) == Some(&'的') && (t.end + 2..(t.end + 7).min(se)).any(|k| starts_with_at(chars, k, se, "之一"));
        let mut m = ((t.start - start >= 3 || short_listed || short_defined) && named && !quoted && !counted && !described && !one_of_kind).then(|| mention(EntityType::Alliance, self.norm, start, t.end, self.si, "alliance.head+founding-verb"))?;
        // (东岭国际学术联盟 is the 国际学术联盟 of later sentences: the name without its place)
        // (not after a dash: 中国—东岭联盟 names a pair)
        if let Some(p) = toks.starting_at(start).filter(|p| p.names_place() && t.end - p.end >= 5 && !matches!(chars[p.end], '-' | '—')) {
            m.aliases.push(self.norm.slice(p.end, t.end).to_owned());
        }
        Some(m)
    }

    fn document_from_head(&self, t: &Token) -> Option<Mention> {
        let (chars, ss, se) = (self.chars, self.s.start, self.s.end);
        let start = scan_left(chars, self.toks, ss, t.start, ScanRules { alnum: true, year: false });
        // (发布A报告与B报告: a document listed after one the verb governs)
        let listed = start > ss + 1 && matches!(chars[start - 1], '与' | '和' | '及' | '、') && self.toks.ending_at(start - 1).is_some_and(|d| d.has(|g| matches!(g, Tag::DocHead))) && DOC_TRIGGERS_BEFORE.iter().any(|w| find_word(chars, ss, start, w).is_some());
        // (发布第一份X报告: the verb before the count of copies)
        let verb_end = if start > ss && chars[start - 1] == '份' { (ss..start - 1).rev().take_while(|&k| "第首一二三四五六七八九十".contains(chars[k])).last().unwrap_or(start) } else { start };
        let before = listed || DOC_TRIGGERS_BEFORE.iter().any(|w| ends_with_at(chars, verb_end, ss, w));
        let after = starts_with_at(chars, t.end, se, "发布") && (self.s.kind == BlockKind::Headline || t.end + 2 >= se);
        let quoted = start > ss && matches!(chars[start - 1], '“' | '《');
        let name = self.norm.slice(start, t.start);
        let generic = only_kind_of_agreement(name);
        // (签署西河工坊建设合作备忘录: an unquoted agreement to build a project names the
        // project, not a document)
        let builds_project = ["工坊建设", "项目建设"].iter().any(|w| name.contains(w));
        let mut m = (t.start - start >= 4 && (before || after) && !quoted && !generic && !builds_project).then(|| mention(EntityType::Document, self.norm, start, t.end, self.si, "document.head+publish-verb"))?;
        // (签署“东岭合作”协议: the quoted words name the agreement, with or without its head)
        if let Some(inner) = name.strip_prefix('“').and_then(|n| n.strip_suffix('”')).filter(|n| !n.contains(['“', '”'])) {
            m.aliases.push(inner.to_owned());
            m.aliases.push(format!("{inner}{}", self.norm.slice(t.start, t.end)));
        }
        Some(m)
    }

    /// Projects: "…项目" with a proper name.
    fn projects(&self, out: &mut Vec<Mention>) {
        let (chars, toks, ss, se) = (self.chars, self.toks, self.s.start, self.s.end);
        let mut k = ss;
        while let Some(p) = find_word(chars, k, se, "项目") {
            k = p + 2;
            if toks.covering(p).is_some_and(|t| t.start < p || t.end > p + 2) {
                continue; // 项目 inside a longer lexicon word
            }
            let start = scan_left(chars, toks, ss, p, ScanRules { alnum: true, year: false });
            let name: String = chars[start..p].iter().collect();
            let listed = (start > ss && chars[start - 1] == '、') || chars.get(p + 2) == Some(&'、');
            // (外资项目2个: projects counted after the word are a kind; 金额最大项目: so is a superlative)
            let digits = chars[p + 2..se].iter().take_while(|c| c.is_ascii_digit()).count();
            let counted_after = digits > 0 && chars.get(p + 2 + digits).is_some_and(|c| matches!(c, '个' | '项'));
            if name.chars().count() < 4 || (is_generic_project(&name) && !listed) || counted_after || name.contains('最') {
                continue;
            }
            // (11个联合研究项目: a counted project is a kind of them)
            let counted_before = start > ss + 1 && chars[start - 1] == '个' && (chars[start - 2].is_ascii_digit() || "一二三四五六七八九十两几多".contains(chars[start - 2]));
            if counted_before || start > ss && matches!(chars[start - 1], '的' | '些' | '等' | '类' | '项') {
                continue;
            }
            // "…项目签约仪式": the project is the head of an event name, handled there
            // (东岭会展中心项目群: a cluster of projects is named with its 群)
            let end = if chars.get(p + 2) == Some(&'群') { p + 3 } else { p + 2 };
            out.push(mention(EntityType::Project, self.norm, start, end, self.si, "project.head"));
        }
    }

    /// `南川东岭工坊`, `西河工坊`: a workshop (工坊) with a name is a training facility built
    /// abroad, a cooperation project; the name a country or city opens is where it stands.
    fn workshops(&self, out: &mut Vec<Mention>) {
        let (chars, toks, ss, se) = (self.chars, self.toks, self.s.start, self.s.end);
        let mut k = ss;
        while let Some(p) = find_word(chars, k, se, "工坊") {
            k = p + 2;
            // the brand is two characters (西河工坊); a country or place right before it opens
            // the name (合作建设塔吉克斯坦西河工坊: not the verb before the country)
            let core = p.saturating_sub(2);
            if core < ss || !chars[core..p].iter().all(|&c| is_cjk(c)) || toks.covering(core).is_some_and(|t| t.start < core) {
                continue;
            }
            let start = toks.ending_at(core).filter(|t| t.names_place()).map_or(core, |t| t.start);
            let name: String = chars[start..p].iter().collect();
            // (该工坊, 这些工坊: a reference is no name)
            if is_generic_project(&name) || name.starts_with(['该', '些', '个', '的']) {
                continue;
            }
            out.push(mention(EntityType::Project, self.norm, start, p + 2, self.si, "project.workshop"));
        }
    }

    /// 东岭农业科技示范园, 中乌现代农业示范园, 西河物流加工园区: a park or zone named with its
    /// country, place or country pair in front is a place, wherever it stands (a zone's
    /// committee, 东岭示范区管委会, is a body of its own).
    fn parks(&self, out: &mut Vec<Mention>) {
        let (chars, toks, ss, se) = (self.chars, self.toks, self.s.start, self.s.end);
        for end in (ss + 1..=se).filter(|&e| matches!(chars[e - 1], '园' | '区')) {
            // the longest head ending here (示范园区 before 园区)
            let Some(head) = PARK_HEADS.iter().find(|h| ends_with_at(chars, end, ss, h)) else { continue };
            let p = end - head.chars().count();
            if park_name_goes_on(chars, toks, end, se) {
                continue;
            }
            let start = scan_left(chars, toks, ss, p, NAME_RULES);
            // (支持杨凌农业…示范区: a verb before the place is no part of the name)
            let start = toks.within(start, p).find(|t| t.names_place()).map_or(start, |t| t.start);
            let opener = toks.starting_at(start).is_some_and(|t| t.names_place()) || is_country_pair_at(self.lex, chars, start);
            // (东岭科学园: a city's science or industrial park may be named by the city alone)
            let city_park = head.chars().count() >= 3 && toks.starting_at(start).is_some_and(|t| t.end == p && t.place().is_some());
            if !opener || p - start < 4 && !city_park || only_descriptors(self.lex, &chars[(start + 2).min(p)..p]) {
                continue;
            }
            // (共同建设“中哈农业示范园”: a park two sides build is their project)
            let built = start > ss && chars[start - 1] == '“' && ["建设", "共建", "建成", "打造"].iter().any(|w| ends_with_at(chars, start - 1, ss, w));
            let (ty, rule) = if built { (EntityType::Project, "project.park-built") } else { (EntityType::Place, "place.park-with-its-place") };
            out.push(mention(ty, self.norm, start, end, self.si, rule));
        }
    }

    /// 北湖社社长, 东岭改院副院长: a short name ending in the character its post opens with
    /// (社 before 社长, 院 before 院长 or 副院长) names a body no head word of the lexicon ends.
    fn bodies_named_by_their_post(&self, out: &mut Vec<Mention>) {
        let (chars, toks, ss) = (self.chars, self.toks, self.s.start);
        for t in toks.list.iter().filter(|t| t.has(|g| matches!(g, Tag::Post))) {
            // (东岭所副所长: or its deputy's post, 副 read as the post's modifier)
            let h = if t.start > ss && chars[t.start - 1] == '副' { t.start - 1 } else { t.start };
            let unit_char = t.start;
            if h < ss + 3 || chars[h - 1] != chars[unit_char] || !matches!(chars[unit_char], '社' | '院' | '所') {
                continue;
            }
            // (研究院院长: a head word the lexicon knows names the body already)
            if toks.covering(h - 1).is_some() {
                continue;
            }
            let start = scan_left(chars, toks, ss, h - 1, NAME_RULES);
            if h - start < 3 || !chars[start..h].iter().all(|&c| is_cjk(c)) {
                continue;
            }
            let mut m = mention(EntityType::Organization, self.norm, start, h, self.si, "org.named-by-its-post");
            m.kind = Some(if chars[unit_char] == '社' { OrgKind::Association } else { OrgKind::Research });
            out.push(m);
        }
        self.institutes_before_their_heads(out);
    }

    /// 东岭所党委书记李华: an institute's short name, two or three characters and 所, right
    /// after a mark and before a post, names the institute (as research institutes are called
    /// by their field or region).
    fn institutes_by_short_name_before_a_post(&self, out: &mut Vec<Mention>) {
        let (chars, toks, ss) = (self.chars, self.toks, self.s.start);
        for t in toks.list.iter().filter(|t| t.has(|g| matches!(g, Tag::Post))) {
            // (东岭所前任所长: past the post's modifiers)
            let ps = modifiers_start(self.lex, chars, ss, t.start);
            if ps < ss + 3 || chars[ps - 1] != '所' {
                continue;
            }
            let clean_left = |k: usize| k == ss || matches!(chars[k - 1], ',' | '。' | '、' | ';' | ':' | '(' | '“' | '\n');
            // (东岭社科院西亚非洲所研究员: a known body, its unit's field and 所)
            let field_free = |a: usize| chars[a..ps - 1].iter().all(|&c| is_cjk(c)) && !toks.within(a, ps).any(|w| w.has(|g| matches!(g, Tag::Post | Tag::Word(_) | Tag::OrgHead(_))) || w.end > ps - 1);
            if let Some(body) = (2..=6).filter(|&n| ps > ss + n + 1).find_map(|n| toks.ending_at(ps - 1 - n).filter(|b| b.known_org().is_some() && field_free(b.end))) {
                let mut m = mention(EntityType::Organization, self.norm, body.start, ps, self.si, "org.institute-short-name-before-post");
                m.kind = Some(OrgKind::Research);
                m.parent = Some((body.start, body.end));
                out.push(m);
                continue;
            }
            let Some(start) = [3, 4].into_iter().filter_map(|n| ps.checked_sub(n)).find(|&k| k >= ss && clean_left(k)) else { continue };
            let prefix = &chars[start..ps - 1];
            // (该所, 我所, 全所: a deictic or a whole is no name)
            let deictic = prefix.iter().any(|c| "该本我此各全分其".contains(*c));
            let word_inside = toks.within(start, ps).any(|w| w.has(|g| matches!(g, Tag::Post | Tag::Word(_))) || w.start < start);
            if deictic || word_inside || !prefix.iter().all(|&c| is_cjk(c)) || toks.covering(start).is_some_and(|w| w.start < start) {
                continue;
            }
            let mut m = mention(EntityType::Organization, self.norm, start, ps, self.si, "org.institute-short-name-before-post");
            m.kind = Some(OrgKind::Research);
            out.push(m);
        }
    }

    /// `、飞控所李华所长、`: a listed institute's short name (two or three characters and 所)
    /// before its head's name and the post 所长 that repeats its unit word.
    fn institutes_before_their_heads(&self, out: &mut Vec<Mention>) {
        let (chars, toks, ss) = (self.chars, self.toks, self.s.start);
        let heads = toks.list.iter().filter(|t| t.has(|g| matches!(g, Tag::Post)) && self.norm.slice(t.start, t.end).trim_start_matches('副') == "所长");
        for t in heads {
            let h = t.start - usize::from(chars[t.start] == '副');
            for name_len in [3, 2] {
                let Some(unit_end) = h.checked_sub(name_len).filter(|&u| u > ss + 2 && chars[u - 1] == '所') else { continue };
                if self.lex.surname_len(&chars[unit_end..h]).is_none() {
                    continue;
                }
                let listed = |k: usize| k == ss || matches!(chars[k - 1], '、' | ',' | '及' | '和');
                let Some(start) = (unit_end.saturating_sub(4)..unit_end - 2).find(|&k| k >= ss && listed(k) && chars[k..unit_end].iter().all(|&c| is_cjk(c))) else { continue };
                let mut m = mention(EntityType::Organization, self.norm, start, unit_end, self.si, "org.institute-before-its-head");
                m.kind = Some(OrgKind::Research);
                out.push(m);
                break;
            }
        }
    }

    /// `包括东大、西大、南大`: two or more universities listed by their two-character short forms
    /// (a character and 大), each set off by 、 or closing the list, are universities.
    fn short_universities_listed(&self, out: &mut Vec<Mention>) {
        let (chars, ss, se) = (self.chars, self.s.start, self.s.end);
        let item_at = |k: usize| k + 1 < se && is_cjk(chars[k]) && chars[k] != '大' && chars[k + 1] == '大' && (k + 2 >= se || !is_cjk(chars[k + 2]) || chars[k + 2] == '等' || self.toks.starting_at(k + 2).is_some_and(|t| t.is_conj()));
        let mut k = ss;
        while k < se {
            let opens = ["包括", "如", "有"].iter().any(|w| ends_with_at(chars, k, ss, w));
            if !opens || !item_at(k) {
                k += 1;
                continue;
            }
            let mut items = vec![k];
            while let Some(&last) = items.last() {
                let next = last + 3;
                if next < se && chars[last + 2] == '、' && item_at(next) {
                    items.push(next);
                } else {
                    break;
                }
            }
            if items.len() >= 2 {
                for &i in &items {
                    let mut m = mention(EntityType::Organization, self.norm, i, i + 2, self.si, "org.short-universities-listed");
                    m.kind = Some(OrgKind::University);
                    out.push(m);
                }
            }
            k = items[items.len() - 1] + 2;
        }
    }

    /// `东教大、西体大、南川大学等11所大学`: in a list closed by a count of universities, an item
    /// written as a short form ending in 大 (two to four characters) is a university too.
    fn short_universities_before_count(&self, out: &mut Vec<Mention>) {
        let (chars, toks, ss, se) = (self.chars, self.toks, self.s.start, self.s.end);
        for deng in (ss + 1..se).filter(|&k| chars[k] == '等' && counted_universities_at(chars, k + 1, se)) {
            let mut end = deng;
            loop {
                // an item after 、 runs back to it; the first one opens after a verb or stop word
                let comma = (end.saturating_sub(12).max(ss)..end).rev().take_while(|&k| is_cjk(chars[k]) || chars[k] == '、').find(|&k| chars[k] == '、');
                let first = || (end.saturating_sub(4).max(ss)..end).find(|&k| chars[k..end].iter().all(|&c| is_cjk(c)) && list_item_opens(chars, toks, ss, k));
                let Some(start) = comma.map(|c| c + 1).or_else(first) else { break };
                let n = end - start;
                let covered = toks.ending_at(end).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_))));
                if (2..=4).contains(&n) && chars[end - 1] == '大' && !covered {
                    let mut m = mention(EntityType::Organization, self.norm, start, end, self.si, "org.short-university-before-count");
                    m.kind = Some(OrgKind::University);
                    out.push(m);
                }
                if comma.is_none() {
                    break;
                }
                end = start - 1;
            }
        }
    }

    /// 港大, 澳大副校长, 与厦大签约: a place's one-character short name and 大 stand for its
    /// university where they make a word of their own (not 澳大利亚).
    fn short_universities_by_place(&self, out: &mut Vec<Mention>) {
        let (chars, toks, ss, se) = (self.chars, self.toks, self.s.start, self.s.end);
        for k in ss..se.saturating_sub(1) {
            if chars[k + 1] != '大' || !self.lex.place_abbrev.contains_key(&chars[k]) || toks.covering(k).is_some_and(|t| t.end > k + 2 || t.start < k) {
                continue;
            }
            let opens = k == ss || !is_cjk(chars[k - 1]) || "与和及、由对同向为".contains(chars[k - 1]);
            // (正如澳大副校长: a post after it says it is a body whatever stands before)
            // (大副 is a word of its own: 港大副校长 reads 港大 + 副校长 all the same)
            let post_at = |j: usize| toks.starting_at(j).is_some_and(|t| t.has(|g| matches!(g, Tag::Post)));
            let post_after = post_at(k + 2) || k + 3 < se && chars[k + 2] == '副' && post_at(k + 3);
            let closes = k + 2 >= se || !is_cjk(chars[k + 2]) || "在于与和及、等的也已将是共师".contains(chars[k + 2]);
            // (港大法律系: a department of the university, its unit head right after)
            let unit = toks.starting_at(k + 2).filter(|t| t.has(|g| matches!(g, Tag::OrgHead(h) if h.unit && h.kind == OrgKind::University)));
            if opens && (closes || unit.is_some()) || post_after {
                let mut m = mention(EntityType::Organization, self.norm, k, k + 2, self.si, "org.short-university-of-place");
                m.kind = Some(OrgKind::University);
                out.push(m);
            }
            if let Some(u) = unit.filter(|_| opens) {
                let mut m = mention(EntityType::Organization, self.norm, k, u.end, self.si, "org.unit-of-short-university");
                m.kind = Some(OrgKind::University);
                m.parent = Some((k, k + 2));
                out.push(m);
            }
        }
    }

    /// “2025·东岭对话”: a dialogue (对话, a word of the language) is an event where the
    /// sentence holds it (…对话在海口举办).
    fn dialogues_held(&self, out: &mut Vec<Mention>) {
        let (chars, toks, ss, se) = (self.chars, self.toks, self.s.start, self.s.end);
        let mut k = ss;
        while let Some(p) = find_word(chars, k, se, "对话") {
            k = p + 2;
            let start = scan_left(chars, toks, ss, p, ScanRules { alnum: false, year: true });
            // (期间举办东岭系列:东岭-西河高端对话: or a verb of holding before it in its clause)
            let clause = (ss..start).rev().take_while(|&j| !matches!(chars[j], ',' | '。' | ';')).last().unwrap_or(start);
            let held_before = ["举办", "举行", "召开"].iter().any(|w| find_word(chars, clause, start, w).is_some());
            if !is_held_after(chars, p + 2, se) && !held_before {
                continue;
            }
            let core: String = chars[start..p].iter().filter(|c| is_cjk(**c)).collect();
            if core.chars().count() >= 3 && !is_generic_event(&core) && !counted_in_digits(&chars[start..p]) {
                out.push(mention(EntityType::Event, self.norm, start, p + 2, self.si, "event.dialogue-held"));
            }
        }
    }

    /// Quoted names: “…联盟” is an alliance, “…报告” a document, “…”环节 a programme item.
    fn quoted_names(&self, out: &mut Vec<Mention>) {
        let (chars, toks, se, norm, si) = (self.chars, self.toks, self.s.end, self.norm, self.si);
        let mut q = self.s.start;
        while q < se {
            let close = match chars[q] {
                '“' => '”',
                '《' => '》',
                _ => {
                    q += 1;
                    continue;
                }
            };
            let Some(e) = (q + 1..se.min(q + 60)).find(|&e| chars[e] == close) else {
                q += 1;
                continue;
            };
            let inner = norm.slice(q + 1, e);
            let n = e - q - 1;
            // (《东岭实业报》: a paper named X报 too, not a report, communiqué or bulletin)
            // (《东汇报》 of three characters is a paper's name; 《…研究专报》 a bulletin)
            let paper = inner.ends_with('报') && !["报告", "公报", "简报", "年报", "通报", "快报", "情报", "汇报", "季报", "月报", "呈报", "专报"].iter().any(|w| inner.ends_with(w) && (n > 3 || *w != "汇报"));
            // (南非《明灯》杂志: the kind of periodical written after the marks)
            let periodical_after = ["杂志", "期刊", "周刊", "月刊", "日报", "画报"].iter().any(|w| starts_with_at(chars, e + 1, se, w));
            if chars[q] == '《' && (n >= 3 && (PERIODICALS.iter().any(|w| inner.ends_with(w)) || paper) || n >= 2 && periodical_after) {
                // 《东岭周刊》发行人: a newspaper or magazine is a medium, not a document
                let mut m = mention(EntityType::Organization, norm, q + 1, e, si, "org.periodical-in-title-marks");
                m.kind = Some(OrgKind::Media);
                out.push(m);
            } else if chars[q] == '《' && n >= 2 && meeting_head_at(chars, e + 1, se).is_some() {
                // 《东岭与西河:友谊之路》圆桌会议: a title in marks before a meeting's head names the meeting
                let end = meeting_head_at(chars, e + 1, se).unwrap_or(e + 1);
                out.push(mention(EntityType::Event, norm, q, end, si, "event.titled-meeting"));
            } else if chars[q] == '《' && n >= 2 && !theme_in_title_marks(chars, self.s.start, q, e, se) {
                out.push(mention(EntityType::Document, norm, q + 1, e, si, "document.title-marks"));
            } else if n >= 5 && ends_with_head(toks, e, |t| matches!(t, Tag::AllianceHead)) && !is_quoted_clause(&inner) {
                out.push(mention(EntityType::Alliance, norm, q + 1, e, si, "alliance.quoted"));
            } else if (n >= 5 || n == 4 && toks.starting_at(q + 1).is_some_and(|t| t.names_place())) && ends_with_head(toks, e, |t| matches!(t, Tag::DocHead)) && !inner.contains("倡议") {
                // (“东岭宣言” is generic at four characters, “天津宣言” names the city's declaration)
                out.push(mention(EntityType::Document, norm, q + 1, e, si, "document.quoted"));
            } else if chars[q] == '“' && n >= 4 && inner.ends_with("倡议") && !inner.contains(['，', ',', '、', '。']) && DOC_TRIGGERS_BEFORE.iter().any(|w| ends_with_at(chars, q, self.s.start, w)) {
                // (共同发布了“东岭倡议”: the initiative a meeting publishes is its declaration)
                out.push(mention(EntityType::Document, norm, q + 1, e, si, "document.published-initiative"));
            } else if chars[q] == '“' && n >= 4 && ["计划", "计画"].iter().any(|w| inner.ends_with(w)) && !inner.ends_with("行动计划") && !inner.contains(['，', ',', '、', '。']) {
                // “东岭桥梁计划”: a quoted programme is a project (an action plan is a document)
                out.push(mention(EntityType::Project, norm, q + 1, e, si, "project.quoted-programme"));
            } else if chars[q] == '“' && n >= 4 && ["项目", "工程"].iter().any(|w| ends_with_at(chars, q, self.s.start, w)) && !inner.contains(['，', ',', '、', '。']) {
                // 合作的项目“东岭港口扩建”: a quoted name right after the word for a project names one
                out.push(mention(EntityType::Project, norm, q + 1, e, si, "project.quoted-after-kind"));
            } else if chars[q] == '“' && n >= 4 && starts_with_at(chars, e + 1, se, "活动") && toks.within(q + 1, e).any(|t| t.has(|g| matches!(g, Tag::EventHead))) && !inner.contains(['，', ',', '、', '。']) {
                // 参加“东岭对话·海川峰会城市”活动: a quoted programme of meetings before 活动 is one event
                out.push(mention(EntityType::Event, norm, q + 1, e, si, "event.quoted-programme"));
            } else if inner.contains('·') && starts_with_at(chars, e + 1, se, "环节") {
                out.push(mention(EntityType::Event, norm, q + 1, e, si, "event.programme-item"));
            } else if n >= 4 && is_held_after(chars, e + 1, se) && toks.ending_at(e).is_none_or(|t| !t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::EventHead))) && !inner.contains(['，', ',', '、', '。']) && !last_of_quoted_list(chars, self.s.start, q) {
                // “滨海数字对话·2025”在东岭举行: whatever its head word, a quoted name that is held is an event
                out.push(mention(EntityType::Event, norm, q + 1, e, si, "event.quoted-held"));
            }
            q = e + 1;
        }
    }

    /// 葡萄牙公司Bayford, 东岭企业Lakeview: a company named in Latin right after a country
    /// and the word for its kind.
    fn latin_names_after_kind(&self, out: &mut Vec<Mention>) {
        let (chars, toks, se) = (self.chars, self.toks, self.s.end);
        for t in toks.list.iter().filter(|t| t.start >= self.s.start && t.end <= se && country_and_kind_ending_at(chars, toks, t)) {
            let end = t.end + (t.end..se).take_while(|&k| chars[k].is_ascii_alphanumeric() || matches!(chars[k], '&' | '-' | '.') || chars[k] == ' ' && chars.get(k + 1).is_some_and(|c| c.is_ascii_uppercase())).count();
            if end - t.end >= 3 {
                let mut m = mention(EntityType::Organization, self.norm, t.end, end, self.si, "org.latin-name-after-kind");
                m.kind = Some(OrgKind::Company);
                out.push(m);
            }
        }
    }

    /// Venues and one-character city names in 在X举行.
    fn venues(&self, out: &mut Vec<Mention>) {
        let (lex, chars, toks, se, norm, si) = (self.lex, self.chars, self.toks, self.s.end, self.norm, self.si);
        // (于 as 在: 今日于X会议中心登场; 假 as 在 in Hong Kong usage: 一连两日假X举行)
        for p in (self.s.start..se).filter(|&p| matches!(chars[p], '在' | '于' | '假')) {
            if toks.covering(p).is_some_and(|t| t.start < p || t.end > p + 1) {
                continue;
            }
            let Some(verb_at) = venue_end(chars, p, se) else { continue };
            let x: String = chars[p + 1..verb_at].iter().collect();
            // (于19日在X举行: the date's 于 opens no venue; the 在 after it does)
            if x.chars().any(|c| !(is_cjk(c) || c.is_ascii_alphanumeric())) || x.contains('在') {
                continue;
            }
            if x.chars().count() == 1 {
                if let Some(&pi) = lex.place_abbrev.get(&x.chars().next().unwrap()) {
                    let mut m = mention(EntityType::Place, norm, p + 1, verb_at, si, "place.abbreviation-in-held-phrase");
                    m.label = lex.places[pi].name.clone();
                    m.lex = Some(LexRef::Place(pi));
                    out.push(m);
                }
            } else if VENUE_HEADS.iter().any(|h| x.ends_with(h)) && x.chars().count() >= 4 && toks.starting_at(p + 1).is_none_or(|t| t.end < verb_at) {
                // 浙江省桐乡市乌镇…会展中心: the provinces and cities before the venue are places of their own
                let mut a = p + 1;
                // (在我校西河校区举行: our school, before its campus, is no part of the venue)
                if let Some(own) = ["我校", "本校", "我院", "该校"].iter().find(|w| starts_with_at(chars, a, verb_at, w)).filter(|_| verb_at >= a + 6) {
                    a += own.chars().count();
                }
                // (在位于东岭区的西河会议中心举行: where the venue is, then 的, opens no part of its name;
                // a district named there is a place of its own)
                if let Some(de) = starts_with_at(chars, a, verb_at, "位于").then(|| (a + 3..verb_at.saturating_sub(4)).find(|&k| chars[k] == '的')).flatten() {
                    if matches!(chars[de - 1], '区' | '县' | '市' | '镇') && de - a - 2 >= 2 && toks.within(a + 2, de).all(|t| t.names_place()) {
                        out.push(mention(EntityType::Place, norm, a + 2, de, si, "place.where-the-venue-is"));
                    }
                    a = de + 1;
                }
                loop {
                    // a lexicon place followed by another place, or a county-level name (桐乡市)
                    let county = (a + 2..(a + 5).min(verb_at.saturating_sub(4))).find(|&k| matches!(chars[k - 1], '市' | '县' | '区') && k > a + 1);
                    let place = toks.starting_at(a).filter(|t| t.names_place()).map(|t| t.end);
                    let next_is_place = |e: usize| toks.starting_at(e).is_some_and(|n| n.place().is_some()) || (e + 2..(e + 5).min(verb_at)).any(|k| matches!(chars[k - 1], '市' | '县'));
                    // (上海市东岭大学东湖校区: a university's campus in the city before it)
                    let campus = |e: usize| norm.slice(e, verb_at).ends_with("校区") && norm.slice(e, verb_at).contains("大学");
                    match (place, county) {
                        (Some(e), _) if verb_at - e >= 4 && (next_is_place(e) || campus(e)) => a = e,
                        (None, Some(k)) if a > p + 1 => a = k,
                        _ => break,
                    }
                }
                // 东湾北京国际会议中心: a district the lexicon lacks, before a venue named after its city
                if let Some(k) = (a + 2..=a + 3).find(|&k| verb_at >= k + 6 && toks.starting_at(k).is_some_and(|t| t.names_place()) && toks.within(a, k).next().is_none()) {
                    out.push(mention(EntityType::Place, norm, a, k, si, "place.district-before-venue"));
                    a = k;
                }
                out.push(mention(EntityType::Place, norm, a, verb_at, si, "place.venue-in-held-phrase"));
            }
        }
    }
}

impl Scan<'_> {
    /// 乌兹别克斯坦布哈拉州东岭区, 四川省西河市南川县: after a country or a place, a chain of
    /// divisions each ending in its level (a city the lexicon knows with a level after it names
    /// the region around it: 布哈拉州 is not 布哈拉); `、` goes on to a division of the same list.
    fn divisions_in_chains(&self, out: &mut Vec<Mention>) {
        const LEVELS: &[&str] = &["自治州", "自治区", "大区", "省", "州", "市", "县", "区", "盟", "道"];
        const GENERIC: &[&str] = &[
            "地区", "市区", "城区", "社区", "园区", "片区", "景区", "辖区", "山区", "灾区", "特区", "专区", "港区", "城市", "都市",
            "街道", "渠道", "轨道", "赛道", "通道", "频道", "报道", "知道",
            // (东岭上市公司协会: a listed company, no city)
            "上市",
            // (zones a body runs are bodies: 经济技术开发区, 自贸区)
            "开发区", "高新区", "经济区", "保税区", "试验区", "示范区", "合作区", "自贸区",
        ];
        let (chars, toks, se) = (self.chars, self.toks, self.s.end);
        // (长三角区域: a level character that opens a longer word is no level)
        let level_at = |k: usize| LEVELS.iter().find(|l| starts_with_at(chars, k, se, l)).map(|l| l.chars().count()).filter(|&n| toks.covering(k).is_none_or(|t| t.start >= k && t.end <= k + n));
        let free = |a: usize, b: usize| b <= se && chars[a..b].iter().all(|&c| is_cjk(c)) && toks.within(a, b).next().is_none();
        // one division starting at `e`: a lexicon place then a level, or plain characters then a level
        let division_at = |e: usize| -> Option<usize> {
            if let Some(p) = toks.starting_at(e).filter(|t| t.place().is_some() && t.end - t.start >= 2) {
                return level_at(p.end).map(|n| p.end + n);
            }
            // (京畿道, 忠清北道: a province 道 has a short name; 同东岭一道 is an adverb)
            // (信阳市新县: a county of one character after its city)
            let county = e > 0 && chars[e - 1] == '市' && free(e, e + 1) && chars.get(e + 1) == Some(&'县') && toks.covering(e + 1).is_none();
            let shortest = if county { 1 } else { 2 };
            // (西班牙埃斯特雷马杜拉自治区: a foreign region's transliterated name runs longer)
            let sounds = |n: usize| n <= 6 || chars[e..e + n].iter().all(|c| self.lex.translit.contains(c));
            let end = (shortest..=8).filter(|&n| free(e, e + n) && sounds(n)).find_map(|n| level_at(e + n).filter(|_| chars[e + n] != '道' || n <= 3).map(|l| e + n + l))?;
            let name: String = chars[e..end].iter().collect();
            (!GENERIC.iter().any(|g| name.ends_with(g))).then_some(end)
        };
        // (中方愿继续…: a side of talks (中方, 哈方) opens no chain of divisions)
        let side = |t: &&crate::scan::Token| t.end - t.start == 2 && chars[t.end - 1] == '方';
        for t in toks.list.iter().filter(|t| (t.country().is_some() || t.names_place()) && !side(t)) {
            // (韩国友城东岭市: the country's sister city, the word for it no part of the name)
            let sister = ["友城", "友好城市", "姊妹城市"].iter().find(|w| t.country().is_some() && starts_with_at(chars, t.end, se, w));
            let mut e = t.end + sister.map_or(0, |w| w.chars().count());
            // (布哈拉州 opening the chain: the region named after the city)
            if let Some(n) = t.place().and(level_at(t.end)).filter(|_| t.end - t.start >= 2) {
                out.push(self.division(t.start, t.end + n));
                e = t.end + n;
            }
            while let Some(end) = division_at(e) {
                out.push(self.division(e, end));
                e = if chars.get(end) == Some(&'、') && division_at(end + 1).is_some() { end + 1 } else { end };
            }
        }
    }

    /// 天津、东岭、西河等城市: the items of a list of places closed by 等 and a word for places,
    /// most of them places the lexicon knows, are all places (towns it does not list).
    fn places_listed(&self, out: &mut Vec<Mention>) {
        const PLACE_WORDS: &[&str] = &["城市", "地区", "地", "市", "县", "省"];
        let (chars, ss) = (self.chars, self.s.start);
        for deng in (ss + 2..self.s.end).filter(|&k| chars[k] == '等' && PLACE_WORDS.iter().any(|w| starts_with_at(chars, k + 1, self.s.end, w))) {
            let mut items: Vec<(usize, usize)> = Vec::new();
            let mut end = deng;
            // (items of two to four Chinese characters joined by 、; by a stray comma only
            // between two places the lexicon knows: 天水,厦门)
            let comma_joins = |a: usize, e: usize| self.known_place(a, e) && (2..=4).any(|n| a > ss + n && self.known_place(a - 1 - n, a - 1));
            while let Some(a) = (2..=4).filter(|&n| end >= ss + n).map(|n| end - n).find(|&a| (a == ss || matches!(chars[a - 1], '、' | ',')) && chars[a..end].iter().all(|&c| is_cjk(c))) {
                items.push((a, end));
                if a == ss || chars[a - 1] == ',' && !comma_joins(a, end) {
                    break;
                }
                end = a - 1;
            }
            let known = items.iter().filter(|&&(a, e)| self.known_place(a, e)).count();
            if items.len() < 4 || known < 3 || known * 3 < items.len() {
                continue;
            }
            // (来自天津、…: a first item that holds a known place or a word is no town)
            let plain = |a: usize, e: usize| !self.toks.within(a, e).any(|t| t.names_place() || t.country().is_some() || t.is_stop() || t.has(|g| matches!(g, Tag::Word(_) | Tag::Post | Tag::OrgHead(_))));
            for &(a, e) in items.iter().filter(|&&(a, e)| !self.known_place(a, e) && plain(a, e)) {
                out.push(mention(EntityType::Place, self.norm, a, e, self.si, "place.listed-among-places"));
            }
        }
    }

    /// Whether `a..e` is exactly one place or country of the lexicon.
    fn known_place(&self, a: usize, e: usize) -> bool {
        self.toks.starting_at(a).is_some_and(|t| t.end == e && (t.names_place() || t.country().is_some()))
    }

    /// A division of a chain from `a` to `b`; a city the lexicon knows with 市 after it is that
    /// city (布哈拉市 is 布哈拉), any other level names the region around it.
    fn division(&self, a: usize, b: usize) -> Mention {
        let mut m = mention(EntityType::Place, self.norm, a, b, self.si, "place.division-in-chain");
        let city = self.toks.starting_at(a).and_then(|t| t.place().filter(|&pi| t.end + 1 == b && self.chars[t.end] == '市' && self.lex.places[pi].kind == "city"));
        if let Some(pi) = city {
            (m.label, m.lex) = (self.lex.places[pi].name.clone(), Some(LexRef::Place(pi)));
        }
        m
    }

    /// Places the lexicon does not list, read from how news writes them: a state or province
    /// after its country (美国俄勒冈州, 马来西亚柔佛州), a capital after 首府/首都/省会 before the
    /// verb of holding (首府新山召开), a city after its region and 的 (俄勒冈州的波特兰市).
    fn regions(&self, out: &mut Vec<Mention>) {
        let (chars, toks, se) = (self.chars, self.toks, self.s.end);
        let free = |a: usize, b: usize| b <= se && chars[a..b].iter().all(|&c| is_cjk(c)) && toks.within(a, b).next().is_none();
        for t in &toks.list {
            let e = t.end;
            if t.country().is_some() {
                // (俄罗斯X共和国: a republic inside a federation is a state too)
                // (北X州州长: the 州 of 州长 after a state is no second state named 州)
                let state = (2..=4).find(|&n| e + n <= se && chars[e + n - 1] == '州' && free(e, e + n - 1) && !chars[e..e + n - 1].contains(&'州')).or_else(|| (5..=7).find(|&n| e + n <= se && ends_with_at(chars, e + n, e, "共和国") && free(e, e + n - 3)));
                if let Some(n) = state {
                    out.push(mention(EntityType::Place, self.norm, e, e + n, self.si, "place.state-after-country"));
                }
                // (驻东岭西河总领事: the city of a consulate, between its country and the consul)
                const CONSULAR: &[&str] = &["总领事", "领事", "总领馆", "领事馆"];
                let consul_at = |k: usize| CONSULAR.iter().any(|w| starts_with_at(chars, k, se, w)) || matches!(chars.get(k), Some('前' | '原')) && CONSULAR.iter().any(|w| starts_with_at(chars, k + 1, se, w));
                if t.start > self.s.start && chars[t.start - 1] == '驻' {
                    if let Some(n) = (2..=6).find(|&n| free(e, e + n) && consul_at(e + n)) {
                        out.push(mention(EntityType::Place, self.norm, e, e + n, self.si, "place.city-of-consulate"));
                    }
                }
                // (西东岭州: a province named after its country and a quarter of it)
                if t.start > self.s.start && "东西南北".contains(chars[t.start - 1]) && chars.get(e) == Some(&'州') {
                    out.push(mention(EntityType::Place, self.norm, t.start - 1, e + 1, self.si, "place.quarter-of-country"));
                }
            }
        }
        self.divisions_in_chains(out);
        // (东岭州州长, 西河州州政府: a province or state the lexicon lacks, before its own offices)
        // (东岭市副市长, 西河市市委书记: so is a city before a post in its own offices)
        // (东岭州人民政府, 东岭州委, 东岭州副州长: or before the offices that follow its 州 once)
        const OFFICES: &[&str] = &["州政府", "州长", "州议会", "州代表团", "人民政府", "委副书记", "委书记", "委常委", "副州长"];
        const CITY_OFFICES: &[&str] = &["副市长", "市长", "市委", "市政府", "市人民政府"];
        let office_at = |k: usize| chars[k] == '州' && OFFICES.iter().any(|w| starts_with_at(chars, k + 1, se, w)) || chars[k] == '市' && CITY_OFFICES.iter().any(|w| starts_with_at(chars, k + 1, se, w));
        for k in (self.s.start + 2..se).filter(|&k| office_at(k)) {
            let opens = |a: usize| a == self.s.start || !is_cjk(chars[a - 1]) || toks.ending_at(a).is_some_and(|b| b.is_stop() || b.is_conj());
            if let Some(n) = (2..=4).find(|&n| k >= self.s.start + n && free(k - n, k) && opens(k - n)) {
                out.push(mention(EntityType::Place, self.norm, k - n, k + 1, self.si, "place.before-its-offices"));
                // (东岭州人民政府, 东岭州委: the place's government or party committee is a body)
                if let Some(w) = ["州政府", "人民政府", "委"].iter().find(|w| chars[k] == '州' && starts_with_at(chars, k + 1, se, w) && !starts_with_at(chars, k + 1, se, "委员")) {
                    let mut m = mention(EntityType::Organization, self.norm, k - n, k + 1 + w.chars().count(), self.si, "org.government-of-place");
                    m.kind = Some(OrgKind::Government);
                    out.push(m);
                }
            }
        }
        let closes = |k: usize| k >= se || matches!(chars[k], ',' | '。' | '、') || HOLD_VERBS.iter().any(|w| starts_with_at(chars, k, se, w));
        for e in (self.s.start..se.saturating_sub(2)).filter(|&at| is_capital_word(chars, at)).map(|at| at + 2) {
            // (首都乌兰乌德市举办: a longer name when it ends in 市)
            let city = |n: usize| n <= 3 || e + n <= se && chars[e + n - 1] == '市';
            // (三省的省会城市: the word for a city is no city's name)
            let generic = |n: usize| ["城市", "都市", "所在地"].iter().any(|w| w.chars().count() == n && starts_with_at(chars, e, se, w));
            if let Some(n) = (2..=6).find(|&n| city(n) && free(e, e + n) && closes(e + n) && !generic(n)) {
                out.push(mention(EntityType::Place, self.norm, e, e + n, self.si, "place.capital-in-held-phrase"));
            }
        }
        // (位于陕西杨凌的东岭大学: a district or town after its province, closed by 的)
        let mut k = self.s.start;
        while let Some(w) = find_word(chars, k, se, "位于") {
            k = w + 2;
            let Some(p) = toks.starting_at(w + 2).filter(|t| t.place().is_some()) else { continue };
            if let Some(n) = (2..=3).find(|&n| p.end + n < se && chars[p.end + n] == '的' && free(p.end, p.end + n)) {
                out.push(mention(EntityType::Place, self.norm, p.end, p.end + n, self.si, "place.district-after-place"));
            }
        }
        let mut k = self.s.start;
        while let Some(de) = find_char(chars, k, se, '的') {
            k = de + 1;
            let after_region = toks.ending_at(de).is_some_and(|t| t.place().is_some()) || de >= self.s.start + 3 && chars[de - 1] == '州' && free(de - 3, de - 1);
            if let Some(n) = (3..=5).find(|&n| de + 1 + n <= se && chars[de + n] == '市' && free(de + 1, de + n)).filter(|_| after_region) {
                out.push(mention(EntityType::Place, self.norm, de + 1, de + 1 + n, self.si, "place.city-of-region"));
            }
        }
    }
}

/// 首府, 首都 or 省会 at `at`: what follows is the capital of the place before.
pub(crate) fn is_capital_word(chars: &[char], at: usize) -> bool {
    at + 1 < chars.len() && matches!((chars[at], chars[at + 1]), ('首', '府' | '都') | ('省', '会'))
}

/// Right after a name: its holding (举行, 在X举行, 于X日在X隆重开幕).
fn is_held_after(chars: &[char], at: usize, se: usize) -> bool {
    let opens = matches!(chars.get(at), Some('在' | '于')) || HOLD_VERBS.iter().any(|w| starts_with_at(chars, at, se, w));
    opens && crate::recurrence::held_after(chars, at, se)
}

/// Where the venue after 在 (at `p`) ends: before its verb of holding (在X举行), or before the
/// manner of holding (在X以线上线下相结合的方式举行, 在X隆重举行).
fn venue_end(chars: &[char], p: usize, se: usize) -> Option<usize> {
    let verb_at = (p + 2..se.min(p + 40)).find(|&e| HOLD_VERBS.iter().any(|w| starts_with_at(chars, e, se, w)))?;
    let end = (p + 2..verb_at).find(|&e| VENUE_MANNER.iter().any(|w| starts_with_at(chars, e, verb_at, w))).unwrap_or(verb_at);
    // (在东岭大学南川校区西河大厦102报告厅,举行了…: a comma may close a long venue before the verb)
    let end = if chars[end - 1] == ',' { end - 1 } else { end };
    (end <= p + 30).then_some(end)
}

/// 联盟10日在昆明成立, 联盟于去年正式成立: a founding verb later in the clause, after time,
/// place and manner words only (no other verb or name boundary in between).
fn founded_in_clause(chars: &[char], from: usize, se: usize) -> bool {
    let first = chars.get(from).copied();
    let opens = first.is_some_and(|c| c.is_ascii_digit() || "在于今昨近日正已将".contains(c));
    let end = (from..se.min(from + 16)).find(|&k| matches!(chars[k], ',' | '。' | ';' | '、' | ':')).unwrap_or(se.min(from + 16));
    opens && ["成立", "揭牌", "启动"].iter().any(|v| find_word(chars, from, end, v).is_some())
}

/// An item of an enumeration of alliances (包括A联盟、B联盟以及C联盟): delimited on both
/// The words after an event's head go on naming something else: a quoted name that runs past
/// it (“东岭定期会晤交流平台”), or the meeting's own text (峰会宣言, 会议公报).
fn name_goes_on(chars: &[char], toks: &Tokens, start: usize, end: usize, se: usize) -> bool {
    const TEXTS: &[&str] = &["宣言", "声明", "公报", "纪要"];
    if TEXTS.iter().any(|w| starts_with_at(chars, end, se, w)) {
        return true;
    }
    let quoted = start > 0 && chars[start - 1] == '“';
    // (“东岭论坛:西河关系国际论坛”: a series' name before a colon titles the one meeting)
    let series_title = quoted && chars.get(end) == Some(&':') && (end + 1..se.min(end + 40)).take_while(|&k| chars[k] != '”').any(|k| toks.starting_at(k).is_some_and(|x| x.has(|g| matches!(g, Tag::EventHead))));
    let close = (end..se.min(end + 10)).find(|&k| !is_cjk(chars[k]));
    series_title || quoted && close.is_some_and(|k| k > end && chars[k] == '”' && !toks.within(end, k).any(|x| x.has(|g| matches!(g, Tag::EventHead))))
}
/// sides, with an alliance head word in a neighbouring item.
/// 中国—东岭工科大学联盟: a name that opens with two countries, places or bodies joined by a
/// dash names one alliance, not a kind of them.
fn named_after_a_pair(toks: &Tokens, chars: &[char], start: usize, head_start: usize) -> bool {
    let proper = |t: &Token| t.country().is_some() || t.place().is_some() || t.known_org().is_some();
    let Some(first) = toks.starting_at(start).filter(|t| proper(t)) else { return false };
    let dash = first.end < head_start && matches!(chars[first.end], '—' | '-' | '–');
    let second_at = if first.end + 1 < head_start && chars[first.end + 1] == '—' { first.end + 2 } else { first.end + 1 };
    dash && toks.starting_at(second_at).is_some_and(|t| proper(t) && t.end < head_start)
}

fn is_listed_alliance(chars: &[char], toks: &Tokens, start: usize, end: usize, ss: usize, se: usize) -> bool {
    let left = start > ss && matches!(chars[start - 1], '、' | ':' | '“') || ["包括", "以及", "和", "及"].iter().any(|w| ends_with_at(chars, start, ss, w));
    let right = end >= se || matches!(chars[end], '、' | '。' | '”' | ',') || ["以及", "和", "及", "等"].iter().any(|w| starts_with_at(chars, end, se, w));
    let window = |a: usize, b: usize| toks.within(a, b).any(|t| t.has(|g| matches!(g, Tag::AllianceHead)));
    left && right && (window(ss.max(start.saturating_sub(20)), start) || window(end, se.min(end + 24)))
}

fn ends_with_head(toks: &Tokens, end: usize, f: impl Fn(&Tag) -> bool) -> bool {
    toks.ending_at(end).is_some_and(|t| t.has(f))
}

/// 东岭10+1合作平台, 西河5+1智库网络: where a cooperation format written as a sum of its parties
/// (digits, a plus, digits) opens the name ending at `start`.
fn plus_format_before(chars: &[char], sent_start: usize, start: usize) -> Option<usize> {
    let digits_before = |k: usize| (sent_start..k).rev().take_while(|&j| chars[j].is_ascii_digit()).count();
    let right = digits_before(start);
    let plus = start.checked_sub(right + 1).filter(|&p| right > 0 && p > sent_start && chars[p] == '+')?;
    let left = digits_before(plus);
    (left > 0).then_some(plus - left)
}

fn is_generic_event(core: &str) -> bool {
    const GENERIC: &[&str] = &[
        "主题", "高端", "分", "平行", "圆桌", "专题", "签约", "签字", "签署", "开幕", "闭幕", "本次", "此次", "该", "国际", "年度", "这次", "本届", "主旨", "高层", "学术", "系列", "今年度",
        "今次", "本年度", "历届", "各届", "陪同", "相关", "有关", "上述", "本期", "该期", "这期", "上期",
        // a ceremony named by its kind only: a part of the report's event (结业典礼, 开班仪式)
        "结业", "开班", "开学", "毕业", "颁奖", "启动", "欢迎",
        // a meeting named by how it is held (网络视频研讨会, 线上座谈会)
        "网络", "视频", "线上", "在线", "网络视频",
        // a ceremony named by what it celebrates or confers (庆典大会, 聘任仪式)
        "庆典", "聘任", "授牌",
        // (牌匾揭幕仪式: the plaque unveiled is part of the report's ceremony)
        "牌匾", "揭牌", "揭幕",
        // (大楼的奠基仪式: a ceremony named by its act alone)
        "奠基", "剪彩",
    ];
    // 三个分论坛, 四场论坛: a count of events; 论坛开幕式, 大会开幕式: a part of the report's event
    let counted = core.chars().next().is_some_and(|c| "一二三四五六七八九十两几多各每".contains(c)) && core.chars().nth(1).is_some_and(|c| "个场届次项".contains(c));
    // (规划多场新书座谈会: a count inside the words before the head still counts meetings)
    let cs: Vec<char> = core.chars().collect();
    // (第十九次峰会: an ordinal, with 第 before all its numerals, counts nothing)
    let numeral = |c: char| "一二三四五六七八九十百两几多".contains(c);
    let counted = counted
        || (1..cs.len()).any(|k| "个场次项".contains(cs[k]) && numeral(cs[k - 1]) && {
            let first = (0..k).rev().take_while(|&j| numeral(cs[j])).last().unwrap_or(k - 1);
            first > 0 && cs[first - 1] != '第'
        });
    // (每年至少开一次会议: how often a body meets, with 年 cut from 每年)
    let how_often = core.starts_with('年') || core.contains("至少") || core.match_indices("一次").any(|(i, _)| !core[..i].ends_with('第'));
    GENERIC.contains(&core) || core.ends_with(['的', '和', '与', '及']) || counted || how_often || only_generic_words(core)
}

/// “我们将把X作为…的平台”, “加强团结协作,共建…共同体”: a quoted clause, not a quoted name.
fn is_quoted_clause(inner: &str) -> bool {
    inner.contains([',', '。', ';']) || ["的", "我们", "将把", "作为"].iter().any(|w| inner.contains(w))
}

/// 中心揭牌仪式, 项目签约仪式, 联盟成立仪式, …大学合作签约仪式: a ceremony for a kind of thing
/// (a centre, the cooperation) rather than a named one is no named event.
/// The heads of a ceremony's name (labels are simplified, so one script).
const CEREMONY_HEADS: &[&str] = &["仪式", "典礼"];

/// What a ceremony is held for, written before 仪式 (签约, 揭牌, 成立 …, chained by 暨 or 与
/// and with the round: 第二轮组建签约), belongs to its name, and so does the body it is for:
/// 东岭研究中心签约暨揭牌仪式. Where the name starts, or `start` when no act comes before it.
fn ceremony_start(chars: &[char], toks: &Tokens, sent_start: usize, start: usize) -> usize {
    const ACTS: &[&str] = &["签约", "揭牌", "成立", "组建", "启动", "签字", "授牌", "挂牌", "揭幕", "开班", "落成", "签署", "发布"];
    let act_before = |p: usize| ACTS.iter().find(|a| ends_with_at(chars, p, sent_start, a)).map(|a| p - a.chars().count());
    let mut p = start;
    loop {
        // 签约暨揭牌, 组建与分工协议签字: acts (and what they sign) joined by 暨 or 与
        if let Some(q) = (p > sent_start + 1 && matches!(chars[p - 1], '暨' | '与')).then(|| act_before(p - 1)).flatten() {
            p = q;
        } else if let Some(q) = act_before(p) {
            p = q;
        } else if p > sent_start + 3 && chars[p - 1] == '轮' && chars[p - 3] == '第' {
            p -= 3; // 第二轮组建
        } else {
            break;
        }
    }
    let body_at = |q: usize| toks.ending_at(q).is_some_and(|b| b.has(|x| matches!(x, Tag::OrgHead(_) | Tag::AllianceHead | Tag::KnownOrg(_))));
    // (东岭大学与西河大学共建“海川研究院”合作协议签约仪式: the two parties, what they build
    // together, then the agreement)
    if let Some(q) = parties_building_under_agreement(chars, toks, sent_start, p).filter(|&q| body_at(q)) {
        let second = scan_left(chars, toks, sent_start, q, NAME_RULES);
        let joined = second > sent_start + 1 && matches!(chars[second - 1], '与' | '和') && body_at(second - 1);
        return if joined { scan_left(chars, toks, sent_start, second - 1, NAME_RULES) } else { second };
    }
    if p == start {
        return start;
    }
    // the body the ceremony is for, named right before its acts
    if body_at(p) {
        return scan_left(chars, toks, sent_start, p, NAME_RULES);
    }
    // (东岭研究院与西河大学战略合作签约仪式: the two parties, then the kind of cooperation)
    let coop = ["全面战略合作", "战略合作", "全面合作", "合作"].iter().find(|w| ends_with_at(chars, p, sent_start, w)).map(|w| p - w.chars().count());
    if let Some(q) = coop.filter(|&q| body_at(q)) {
        let second = scan_left(chars, toks, sent_start, q, NAME_RULES);
        let joined = second > sent_start + 1 && matches!(chars[second - 1], '与' | '和') && body_at(second - 1);
        return if joined { scan_left(chars, toks, sent_start, second - 1, NAME_RULES) } else { second };
    }
    // (东岭论坛重要成果发布仪式: the meeting whose results it releases, named before them)
    let results = ["重要成果", "合作成果", "成果"].iter().find(|w| ends_with_at(chars, p, sent_start, w)).map(|w| p - w.chars().count());
    match results.filter(|&r| toks.ending_at(r).is_some_and(|e| e.has(|x| matches!(x, Tag::EventHead)))) {
        Some(r) => scan_left(chars, toks, sent_start, r, ScanRules { alnum: false, year: true }),
        None => start,
    }
}

/// Where the party before `共建“X”合作协议` ends, when the name read so far starts at `p` with
/// what they build (the quoted name) and goes on to the agreement.
fn parties_building_under_agreement(chars: &[char], toks: &Tokens, sent_start: usize, p: usize) -> Option<usize> {
    let verb = ["共同建设", "共建"].iter().find(|w| ends_with_at(chars, p, sent_start, w))?;
    let q = p - verb.chars().count();
    let agreement = (p..chars.len().min(p + 40)).take_while(|&k| !matches!(chars[k], ',' | '。')).any(|k| starts_with_at(chars, k, chars.len(), "协议"));
    (agreement && toks.covering(q).is_none_or(|t| t.start >= q)).then_some(q)
}

fn is_generic_ceremony_subject(core: &str) -> bool {
    const KINDS: &[&str] = &["中心", "联盟", "项目", "基地", "平台", "学院", "协议", "工作站"];
    // 合作交流缔结仪式: the act (缔结, 签约) after the kind of thing it is for
    let core = ["缔结", "签约", "签署", "签订", "签字"].iter().find_map(|v| core.strip_suffix(v)).unwrap_or(core);
    let short = core.chars().count() <= 4 && KINDS.iter().any(|k| core.ends_with(k));
    // (战略合作框架协议签约仪式: an agreement named only by its kind)
    let agreement = ["协议", "备忘录"].iter().find_map(|h| core.strip_suffix(h)).is_some_and(only_kind_of_agreement);
    short || agreement || core.ends_with("合作") || core.ends_with("合作交流")
}

/// 论坛全体会议, 今年学术论坛, 首次工作会议: a prefix made only of words that say which kind
/// of meeting or which one of a series (first, this year's, plenary) names no event.
fn only_generic_words(core: &str) -> bool {
    const WORDS: &[&str] = &[
        "论坛", "大会", "会议", "峰会", "研讨会", "年会", "活动", "全体", "今年", "首场", "首次", "首届", "工作", "联席", "学术", "本届", "本次",
        "此次", "年度", "专题", "主题", "开闭幕式", "开幕式", "闭幕式", "开班仪式", "开班典礼", "结业仪式", "结业典礼", "开学典礼", "毕业典礼", "国际", "线上", "线下", "视频", "元首",
        "若干", "高峰", "多场", "多个", "智库", "圆桌", "高端", "高水平", "高层次",
        // (年度性大型研讨会: how often and how large, no name)
        "年度性", "大型", "小型", "定期", "不定期", "例行",
        // (学术研讨活动和专题研讨会: kinds of meeting joined by a conjunction)
        "研讨", "和", "与", "及",
        // (联盟年会, 联盟大会: the alliance's meeting named by its kind)
        "联盟",
    ];
    let mut rest = core;
    while !rest.is_empty() {
        if let Some(w) = WORDS.iter().filter(|w| rest.starts_with(*w)).max_by_key(|w| w.len()) {
            rest = &rest[w.len()..];
        } else if let Some(after) = ordinal_of_series(rest) {
            rest = after;
        } else {
            return false;
        }
    }
    true
}

/// 签署姊妹校合作备忘录, 签订战略合作框架协议: an agreement described only by its kind, with no
/// title marks around it, names no document.
fn only_kind_of_agreement(prefix: &str) -> bool {
    // (两校合作谅解备忘录: the parties written as 两校, 双方 name no document either)
    const WORDS: &[&str] = &["姊妹校", "姐妹校", "校际", "友好", "战略", "全面", "合作", "交流", "学术", "框架", "双边", "谅解", "项目", "两校", "双方", "两国", "两院", "校企", "校地", "院地"];
    let mut rest = prefix;
    while let Some(w) = WORDS.iter().find(|w| rest.starts_with(*w)) {
        rest = &rest[w.len()..];
    }
    rest.is_empty()
}

/// 由A联合国内外N家智库成立: the verb 联合 before 国内 is read as 联合国 by the longest
/// match; after a name (not after 在, 与 …) and before 内 it is the verb.
fn is_verb_lian_he(chars: &[char], start: usize, end: usize, ss: usize) -> bool {
    chars[start..end] == ['联', '合', '国'] && chars.get(end) == Some(&'内') && chars.get(end + 1) != Some(&'部') && start > ss && is_cjk(chars[start - 1]) && !"在于从与和对向及是".contains(chars[start - 1])
}

/// The text after an ordinal of a series at the start (第一次, 第3轮, 第二场).
fn ordinal_of_series(s: &str) -> Option<&str> {
    let rest = s.strip_prefix('第')?;
    let digits = rest.find(|c: char| !(c.is_ascii_digit() || "一二三四五六七八九十百".contains(c)))?;
    if digits == 0 {
        return None;
    }
    rest[digits..].strip_prefix(['次', '轮', '场', '期'])
}

/// "数字经济合作项目" describes a kind of project; a name carries a place, country, party or
/// a concrete object.
fn is_generic_project(name: &str) -> bool {
    // "…合作项目" names a kind of cooperation (中国—上合组织国家数字经济合作项目), not one project.
    // 本期研修班项目, 该项目: a reference to something named elsewhere, not a name
    // (双方可合作申请科研项目: the parties, not a project's name, open the clause)
    let deictic = ["本期", "本次", "此次", "该", "这", "这些", "上述", "本", "双方", "两校", "两国", "各方", "我校", "我院", "我们"].iter().any(|w| name.starts_with(w));
    // (精心策划6大执行项目, 三个重点项目: a count of projects names none of them)
    let chars: Vec<char> = name.chars().collect();
    // (首个援外培训项目: the first of a kind is still a kind)
    let counted = chars.windows(2).any(|w| (w[0].is_ascii_digit() || "一二三四五六七八九十两几首".contains(w[0])) && matches!(w[1], '大' | '个' | '项'));
    // (聚焦科技创新重大项目: major projects of a field are a kind, not a name)
    let kind = ["重大", "重点", "示范", "试点", "关键", "办学"].iter().any(|w| name.ends_with(w));
    // (商务部援外培训项目: a ministry's programme of a kind, no name of one)
    let of_ministry = ["部", "委", "局", "厅"].iter().find_map(|h| name.find(h).map(|k| &name[k + h.len()..])).filter(|rest| name.chars().count() - rest.chars().count() <= 4).is_some_and(|rest| !rest.is_empty() && only_kinds_of_programme(rest));
    name.ends_with("合作") || deictic || counted || kind || of_ministry || matches!(name, "签约" | "建设") || only_kinds_of_programme(name)
}

/// 联合教育项目, 新增教学项目, 双学位项目: projects described by their field and kind alone
/// are a kind of project, not a named one.
fn only_kinds_of_programme(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "联合", "合作", "教育", "教学", "科研", "研究", "培训", "交流", "学位", "双学位", "人才", "培养", "新增", "援助", "投资",
        "基础设施", "民生", "学术", "留学", "奖学金", "访学", "互访", "交换",
        // (教师与学生研究项目: who the programme is for)
        "学生", "教师", "师生", "青年", "学者",
        // (援外培训项目, 援外硕士学历学位项目: foreign aid's kinds of training and degree)
        "援外", "硕士", "博士", "学历", "学位",
    ];
    let mut rest = name;
    while let Some(w) = WORDS.iter().filter(|w| rest.starts_with(*w)).max_by_key(|w| w.len()) {
        rest = &rest[w.len()..];
    }
    rest.is_empty()
}

/// A bare name (盘古智库) stands as an item of an enumeration of institutions: delimited on
/// both sides, a short prefix with no describing word (顶尖, 各国), and a neighbouring item
/// that ends in an organisation head or is a known organisation.
fn is_listed_name(lex: &Lexicon, chars: &[char], toks: &Tokens, start: usize, head_start: usize, end: usize) -> bool {
    const LEFT: &[char] = &['、', ',', ':', ';', ' '];
    const RIGHT: &[char] = &['、', ',', '等', '和', '与', '及'];
    let prefix: String = chars[start..head_start].iter().collect();
    let n = prefix.chars().count();
    if !(2..=6).contains(&n) || lex.descriptors.iter().any(|d| prefix.contains(d.as_str())) {
        return false;
    }
    let left_ok = start == 0 || LEFT.contains(&chars[start - 1]) || !is_cjk(chars[start - 1]) || toks.ending_at(start).is_some_and(|t| t.is_stop());
    // (由X智库联合Y大学…主办: 联合 joins the next host as 和 does)
    let joined = starts_with_at(chars, end, chars.len(), "联合");
    if !left_ok || end >= chars.len() || !RIGHT.contains(&chars[end]) && !joined {
        return false;
    }
    let names_org = |pos: usize| toks.ending_at(pos).is_some_and(|t| t.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_))));
    // the item before: it ends right before the 、 that precedes this one
    let before = start > 0 && chars[start - 1] == '、' && names_org(start - 1);
    // the item after: a name ending before the next delimiter (the last item runs into its verb)
    let after = {
        let from = end + if joined { 2 } else { 1 };
        let stop = (from..chars.len().min(from + 24)).find(|&k| LEFT.contains(&chars[k]) || RIGHT.contains(&chars[k]) || !is_cjk(chars[k])).unwrap_or(from);
        (from + 2..=stop).any(names_org)
    };
    before || after
}

/// Where a name part before a 、 starts, when that 、 is inside one name: the part opens with a
/// country or place (俄罗斯联邦数字发展、通信和大众传媒部) and names no institution itself, so
/// it cannot be the previous item of a list of institutions.
fn enumerated_name_part(chars: &[char], toks: &Tokens, sent_start: usize, comma: usize, head_start: usize) -> Option<usize> {
    // what follows the 、 is a field (通信和大众传媒), not a place or an institution of its own
    let names_after = toks.within(comma + 1, head_start).any(|t| t.names_place() || t.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_))));
    if names_after {
        return None;
    }
    // (“东岭议会能源、工业和通讯委员会”: a quoted name holds its fields, whatever opens it)
    let quote_open = (sent_start.max(comma.saturating_sub(16))..comma).rev().find(|&k| matches!(chars[k], '“' | '”'));
    if let Some(q) = quote_open.filter(|&q| chars[q] == '“' && head_start < chars.len() && (head_start..chars.len().min(head_start + 6)).any(|k| chars[k] == '”')) {
        return (q + 1 < comma).then_some(q + 1);
    }
    let start = (sent_start..comma).rev().take(12).find(|&k| !is_cjk(chars[k])).map_or(sent_start.max(comma.saturating_sub(12)), |k| k + 1);
    // (会见乌兹别克斯坦高等教育、科学和创新部部长: a verb before the country opens no name)
    let start = toks.within(start, comma).filter(|t| t.is_stop()).map(|t| t.end).max().unwrap_or(start);
    // (东岭大学法律、政治与管理系: a university's department named by fields listed with 、)
    let department = toks.starting_at(head_start).is_some_and(|t| t.has(|x| matches!(x, Tag::OrgHead(h) if h.unit && h.kind == OrgKind::University)));
    let university_then_field = toks.within(start, comma).any(|t| t.has(|x| matches!(x, Tag::OrgHead(h) if !h.unit && h.kind == OrgKind::University)) && (1..=4).contains(&(comma - t.end)) && chars[t.end..comma].iter().all(|&c| is_cjk(c)) && toks.within(t.end, comma).next().is_none());
    if department && university_then_field && start < comma {
        return Some(start);
    }
    // …and goes on: 哈萨克斯坦、吉尔吉斯斯坦外交部 is two countries' ministries, not one name
    let opens_with_place = toks.starting_at(start).is_some_and(|t| t.names_place() && t.end < comma);
    // (江西农大、南川大学: a university's short form in 大 before the mark is a whole item)
    let short_university = comma > 0 && chars[comma - 1] == '大';
    // (访问东岭—西河科技园、北湖集团: a park's name before the mark is a whole item)
    let park = PARK_HEADS.iter().any(|w| ends_with_at(chars, comma, start, w));
    let names_body = short_university || park || toks.within(start, comma).any(|t| t.is_stop() || t.has(|x| matches!(x, Tag::OrgHead(_) | Tag::KnownOrg(_) | Tag::EventHead | Tag::AllianceHead)));
    // (…,数字发展、创新和通信部部长: a ministry's fields alone, after a mark, when the head
    // is a ministry's 部 and the first field is a word or two)
    let ministry = chars.get(head_start) == Some(&'部') && toks.starting_at(head_start).is_some_and(|t| t.end == head_start + 1);
    let fields_alone = ministry && comma - start <= 4 && (start == sent_start || matches!(chars[start - 1], ',' | ';' | ':' | '(' | '“'));
    (start < comma && (opens_with_place || fields_alone) && !names_body).then_some(start)
}

/// Words before a head that describe a kind of body rather than name one: describing words
/// alone (一流大学, 成员大学, 民间组织), a country or place and a word of praise (东岭高水平大学,
/// 西河知名智库), a field's labs (新能源领域实验室).
fn names_a_kind_of_body(lex: &Lexicon, norm: &NormText, toks: &Tokens, start: usize, head_start: usize) -> bool {
    let chars = &norm.chars;
    if only_descriptors(lex, &chars[start..head_start]) && !(start > 0 && chars[start - 1] == '“') {
        return true;
    }
    // (示范区党工委, 开发区管委会: a zone's party or administrative committee, the zone unnamed)
    let organ_of = ["党工", "党", "管"].iter().find_map(|w| norm.slice(start, head_start).strip_suffix(w)).map(|z| z.chars().collect::<Vec<_>>());
    if organ_of.is_some_and(|z| !z.is_empty() && only_descriptors(lex, &z)) {
        return true;
    }
    let after_place = toks.starting_at(start).filter(|t| t.names_place()).map(|t| t.end);
    let prefix = norm.slice(start, head_start);
    // (中国、东岭两国教育部, 三国驻华使馆: the bodies of the countries counted, each unnamed)
    let counted_parties = COUNTED_PARTIES.iter().any(|w| prefix.starts_with(w) || prefix.ends_with(w));
    // (八大资助大学, 非牟利大学合作组织: how bodies are funded says what kind they are)
    // (东岭科研资助委员会: a committee, bureau or fund that gives grants is named by them)
    let grants_body = ["委员会", "局", "署", "基金"].iter().any(|w| starts_with_at(chars, head_start, chars.len(), w));
    let funding = ["资助", "非牟利", "非营利"].iter().any(|w| prefix.contains(w)) && !grants_body;
    // (中国首个国家级农业高新区: a place's first or best body of a kind is described, not named)
    let ranked_in_place = after_place.is_some_and(|p| p < head_start && (PRAISE.contains(&norm.slice(p, head_start)) || EVALUATIVE_LEADS.iter().any(|w| norm.slice(p, head_start).starts_with(w))));
    // (自发自律类智库组织, 此类机构: bodies "of the X type" are a type)
    let of_a_type = prefix.ends_with('类') || prefix.split_once('类').is_some_and(|(_, rest)| lex.descriptors.iter().any(|d| d == rest));
    // (各领域机构 is a kind; 东岭大学跨领域学院, a unit of a named body, is a name)
    let in_body = toks.within(start, head_start).any(|t| t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_))));
    ranked_in_place || prefix.ends_with("领域") && !in_body || prefix.ends_with("伙伴") || counted_parties || funding || of_a_type
}

/// The councils and committees a body or alliance has (东岭联盟理事会, 东岭中心学术委员会).
pub(crate) const COUNCIL_UNITS: &[&str] = &["理事会", "秘书处", "专家委员会", "学术委员会"];

/// Characters that close a unit's or body's name (宣传部, 东岭所, 校董会).
pub(crate) const UNIT_ENDINGS: [char; 12] = ['部', '局', '处', '厅', '院', '所', '会', '委', '办', '司', '署', '室'];

/// Words that count the countries or sides a body belongs to (两国, 双方).
const COUNTED_PARTIES: &[&str] = &["两国", "三国", "四国", "五国", "六国", "七国", "八国", "九国", "十国", "多国", "各国", "双方", "各方", "两省市", "两省", "两市", "三省", "三省市", "多省市"];

/// Words of praise or number that describe bodies of a country or place without naming one.
const PRAISE: &[&str] = &["高水平", "一流", "双一流", "顶尖", "知名", "著名", "优秀", "领先", "高端", "主要", "重要", "众多", "相关", "有关", "其他", "各类", "多家", "多所", "多个", "若干", "部分", "伙伴", "合作伙伴"];

/// Build an organisation mention from a span ending in a head word, or reject it.
/// Words that praise, count or place a body before its name (全国首个, 著名, 顶尖, 国内 …).
const EVALUATIVE_LEADS: &[&str] = &["全国首个", "首个", "首家", "知名", "著名", "顶尖", "权威", "一流", "优秀", "众多", "一批", "合作伙伴", "国内外", "海内外", "国内", "国外"];

/// 第三届理事会, 联盟第一届理事会: an ordinal term of a council, with at most the generic 联盟 before it.
fn council_term(name: &str) -> bool {
    let rest = name.strip_prefix("联盟").unwrap_or(name);
    // (选举了新一届理事会: the next term's council, no name either)
    if ["新一届", "本届", "上届", "首届", "下届"].iter().any(|t| rest.strip_prefix(t).is_some_and(|h| ["理事会", "委员会", "董事会"].contains(&h))) {
        return true;
    }
    let Some(rest) = rest.strip_prefix('第') else { return false };
    let Some((ordinal, head)) = rest.split_once('届') else { return false };
    ordinal.chars().count() <= 3 && ordinal.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c)) && ["理事会", "委员会", "董事会"].contains(&head)
}

/// Whether 等 right before `start` closes a list (A、B等), not a word it ends (高等, 平等).
fn closes_a_list(chars: &[char], start: usize) -> bool {
    start >= 2 && chars[start - 1] == '等' && !"高平同对均初中上次何".contains(chars[start - 2])
}

/// 东岭所组织了代表团, …组织专家: 组织 at `at` followed by 了 or by the people organised is the
/// verb (东岭合作组织召开会议 is a body holding one).
fn organise_verb_at(chars: &[char], at: usize) -> bool {
    starts_with_at(chars, at, chars.len(), "组织")
        && (chars.get(at + 2) == Some(&'了') || ["专家", "师生", "学生", "人员", "代表团"].iter().any(|w| starts_with_at(chars, at + 2, chars.len(), w)))
}

/// 应东岭大学邀请, 应东岭大学和西河大学之邀: the 应 (at the invitation of) before a name the
/// clause then says invited.
fn invited_by(chars: &[char], start: usize, end: usize) -> bool {
    let clause_end = (end..chars.len().min(end + 40)).find(|&k| matches!(chars[k], '。' | ',' | ';' | '!' | '?')).unwrap_or(chars.len().min(end + 40));
    chars[start] == '应' && end - start >= 4 && ["邀请", "之邀"].iter().any(|w| find_word(chars, end, clause_end, w).is_some())
}

/// 东岭教育部长组织: whether the 部 ending at `end` opens the post 部长 of a body of ministers
/// (部长组织, 部长会议, 部长理事会) rather than ending a ministry's name.
fn opens_ministers_body(chars: &[char], end: usize, limit: usize) -> bool {
    chars[end - 1] == '部' && ["长组织", "长会议", "长理事会"].iter().any(|w| starts_with_at(chars, end, limit, w))
}

fn org_from_span(lex: &Lexicon, norm: &NormText, chars: &[char], toks: &Tokens, start: usize, end: usize, si: usize) -> Option<Mention> {
    // (东岭工业园区: a park's head read short, 工业园 before 区, names the park, a place)
    if chars[end - 1] == '园' && chars.get(end) == Some(&'区') {
        return None;
    }
    // (老挝、泰国国别工作组: a working group for a country, no body of its own)
    if ends_with_at(chars, end, start, "工作组") {
        let core_end = if ends_with_at(chars, end - 3, start, "国别") { end - 5 } else { end - 3 };
        if core_end == start || toks.starting_at(start).is_some_and(|t| t.end == core_end && t.country().is_some()) {
            return None;
        }
    }
    // (东岭协会代表联合会做报告: a body's name, then 代表 as the verb 'on behalf of')
    if (start + 3..end.saturating_sub(3)).any(|k| starts_with_at(chars, k, end, "代表") && toks.ending_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_))))) {
        return None;
    }
    if opens_ministers_body(chars, end, chars.len()) {
        return None;
    }
    // 原东岭大学的老师, 联合东岭大学共同发起: 原 (former) or a verb of joining before a name
    // the article also writes alone
    let lead = std::iter::once(&"原").chain(JOINING_VERBS).find(|w| starts_with_at(chars, start, end, w)).map(|w| w.chars().count());
    // (a verb of joining after a comma, or a list mark, opens a clause: 由A倡议,联合B…)
    let opens_clause = start == 0 || matches!(chars[start - 1], ',' | '、' | ';' | ':') || starts_with_at(chars, start.saturating_sub(1), start, "并");
    let start = match lead {
        Some(n) if end - start >= n + 3 && (stands_alone(norm, start, start + n, end) || n == 2 && opens_clause) => start + n,
        _ => start,
    };
    let start = after_joined_body(chars, toks, start, end);
    // (由联合会执行秘书处东岭大学承办: the secretariat's role, then the body that holds it)
    // (东盟秘书处政治安全局 is the secretariat's unit: only a body standing alone follows a role)
    let standalone_head = toks.ending_at(end).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(o) if !o.unit && o.kind != OrgKind::Government)));
    let start = (start..=end.saturating_sub(4)).rev().find(|&k| standalone_head && k >= start + 3 && ends_with_at(chars, k, start, "秘书处")).unwrap_or(start);
    let start = after_building_verb(chars, toks, start, end);
    let start = without_glued_word(norm, toks, start, end);
    let start = if invited_by(chars, start, end) { start + 1 } else { start };
    // (决定聘任东岭公司总裁…: a verb of appointing before the appointee's body; not a stop
    // word, so that 学术委员会聘任仪式 keeps its name)
    let start = if ["聘任", "任命"].iter().any(|w| starts_with_at(chars, start, end, w)) && end - start >= 6 { start + 2 } else { start };
    // 全国首个东岭研究中心, 著名东岭大学, 合作伙伴东岭大学: a word praising, counting or casting a
    // body is no part of its name
    let start = EVALUATIVE_LEADS.iter().find(|w| starts_with_at(chars, start, end, w) && end - start >= w.chars().count() + 4).map_or(start, |w| start + w.chars().count());
    // (感谢过去研究所在…的支持: a time word before a bare head names no body)
    const TIME_WORDS: &[&str] = &["过去", "以往", "目前", "当前", "此前", "近年", "近年来", "多年来", "今后", "未来"];
    if TIME_WORDS.iter().any(|w| starts_with_at(chars, start, end, w) && toks.starting_at(start + w.chars().count()).is_some_and(|h| h.end == end && h.has(|g| matches!(g, Tag::OrgHead(_))))) {
        return None;
    }
    // (未来档案局也希望: a time word before a body the article writes alone too)
    let time_lead = TIME_WORDS.iter().filter(|w| starts_with_at(chars, start, end, w)).map(|w| w.chars().count()).max();
    let start = match time_lead {
        Some(n) if end - start >= n + 2 && stands_alone(norm, start, start + n, end) => start + n,
        _ => start,
    };
    // 著名高校东岭大学: the class a university is in (高校, 名校) before its name
    let university = ["大学", "学院"].iter().any(|h| find_word(chars, start + 2, end, h).is_some());
    let start = ["高校", "名校", "学府", "院校"].iter().find(|w| university && starts_with_at(chars, start, end, w) && end - start >= 6).map_or(start, |_| start + 2);
    // 共五所东岭型大学: a count of bodies describes them, it names none
    if start > 1 && is_classifier(chars[start - 1]) && is_count(&chars[start.saturating_sub(4)..start - 1]) {
        return None;
    }
    // (A、B等城市科学院: the kind of the bodies just listed, after 等)
    if closes_a_list(chars, start) {
        return None;
    }
    let bureau = ["局", "署", "处", "司", "部", "厅", "委员会", "办公室"].iter().any(|h| ends_with_at(chars, end, start, h));
    let start = if bureau { with_listed_noun_before_ji(chars, toks, start) } else { start };
    // (来自治区农科院: the word 来自 took the region's first character)
    let start = if start > 0 && chars[start - 1] == '自' && starts_with_at(chars, start, end, "治区") { start - 1 } else { start };
    // (21世纪海上合作委员会: the century's number opens the name)
    let start = if starts_with_at(chars, start, end, "世纪") { (0..start).rev().take_while(|&k| chars[k].is_ascii_digit()).last().unwrap_or(start) } else { start };
    // (中国与东岭集团之间: the two parties of a relation, not one body's name)
    let between = starts_with_at(chars, end, chars.len(), "之间");
    let start = match toks.starting_at(start).filter(|c| between && c.country().is_some() && matches!(chars[c.end], '与' | '和')) {
        Some(country) => country.end + 1,
        None => start,
    };
    let name = norm.slice(start, end);
    let head_tok = toks.ending_at(end)?;
    // (东岭示范基地实训基地: the training base of a base is read as the base's part, not a name)
    if name.ends_with("基地") && name[..name.len() - "基地".len()].contains("基地") {
        return None;
    }
    // (…商会联合总会: a verb cut from the front may be the head's own first word: no name then)
    if head_tok.start < start {
        return None;
    }
    // 规程和理事会, 专家与委员会: a conjunction right before the head joins two nouns, it names no body
    // (but 东岭杏和公司: a company's one- or two-character trade name may end in 和, right after its place)
    let trade_name = head_tok.has(|t| matches!(t, Tag::OrgHead(h) if h.kind == OrgKind::Company)) && toks.within(start, head_tok.start).any(|t| t.names_place() && (2..=3).contains(&(head_tok.start - t.end)));
    if head_tok.start > start && matches!(chars[head_tok.start - 1], '和' | '与' | '或') && !trade_name {
        return None;
    }
    let head_len = head_tok.end - head_tok.start;
    let prefix_len = head_tok.start - start;
    let prefix_is_place = toks.starting_at(start).is_some_and(|t| t.names_place() || t.known_org().is_some());
    // Sub-unit heads (局, 部, 中心) need a real name before them; 复旦大学 is enough.
    let unit_head = head_tok.tags.iter().any(|t| matches!(t, Tag::OrgHead(h) if h.unit)) || head_len == 1;
    // 顶尖智库, 权威智库, 需要更多智库: 智库 is mostly a description; a name carries a
    // place, country or organisation (中国与全球化智库) or stands in quotes.
    if name.ends_with("智库") {
        let quoted = start > 0 && chars[start - 1] == '“';
        // a place alone before 智库 (上海智库) is a description of the place's think tanks
        // (海口新智库, 海口市中心智库: nor a place and words that describe its think tanks)
        let place_described = toks.starting_at(start).is_some_and(|t| t.names_place() && t.end < head_tok.start && only_descriptors(lex, &chars[t.end..head_tok.start]));
        let named = !place_described && toks.within(start, head_tok.start).any(|t| (t.names_place() || t.known_org().is_some()) && !(t.start == start && t.end == head_tok.start));
        // (财团法人X智库: a legal form registers a body; X智库理事长: so do its officers)
        let legal_form = ["财团法人", "社团法人"].iter().any(|w| ends_with_at(chars, start, 0, w));
        // (X智库专家: experts are no officers of a body)
        let experts = ["专家", "学者"].iter().any(|w| starts_with_at(chars, end, chars.len(), w));
        let officer = head_tok.start >= start + 4 && !experts && post_end_after_modifiers(lex, chars, toks, end, chars.len()).is_some();
        // (海川智库(HCT)理事长: a short form in Latin capitals is given to a name only)
        let acronym = chars.get(end) == Some(&'(') && (end + 1..chars.len().min(end + 12)).find(|&k| chars[k] == ')').is_some_and(|k| k >= end + 3 && chars[end + 1..k].iter().all(|c| c.is_ascii_uppercase()));
        let named = named || legal_form || officer || acronym && head_tok.start >= start + 2;
        // 中国特色新型智库, 高校智库: a describing word makes the phrase a kind, whatever it names
        // (read after the last body it names: 东岭社会科学院“数字丝路”国际智库 is a name)
        let after_names = toks.within(start, head_tok.start).filter(|t| t.known_org().is_some()).map(|t| t.end).max().unwrap_or(start);
        let tail: String = chars[after_names..head_tok.start].iter().collect();
        // 国际 describes alone (国际组织), but …院“数字丝路”国际智库 names the body's own
        let tail = if after_names > start { tail.replace("国际", "") } else { tail };
        // (作为政府智库、…: the sector alone says what kind of think tank, naming none)
        const SECTORS: &[&str] = &["政府", "高校", "大学", "民间", "企业", "社会", "媒体", "党政", "军队"];
        let described = lex.descriptors.iter().any(|d| tail.contains(d.as_str())) || after_names == start && SECTORS.contains(&tail.as_str());
        // (“亚洲十佳新兴智库”: a quoted description is still one)
        if described && !officer || !quoted && !named && !is_listed_name(lex, chars, toks, start, head_tok.start, end) {
            return None;
        }
    }
    // (各国政党和政治组织: a name read from inside a describing word is of a kind too)
    let inside_descriptor = lex.descriptors.iter().any(|d| (1..d.chars().count()).any(|k| start >= k && starts_with_at(chars, start - k, chars.len(), d)));
    if inside_descriptor || names_a_kind_of_body(lex, norm, toks, start, head_tok.start) || country_and_kind_before_latin(chars, toks, start, head_tok) {
        return None;
    }
    // (受聘为中心学术委员会委员: a bare head before a unit refers back to a body named before)
    // (论坛筹备委员会决议: the forum's own committee, the forum named before)
    const FORUM_UNITS: &[&str] = &["筹备委员会", "国际秘书处", "组委会", "组织委员会"];
    let forum_unit = name.strip_prefix("论坛").is_some_and(|u| FORUM_UNITS.contains(&u) || COUNCIL_UNITS.contains(&u));
    if forum_unit || ["中心", "研究院", "研究所", "学院"].iter().any(|h| COUNCIL_UNITS.iter().any(|u| name == format!("{h}{u}"))) {
        return None;
    }
    // (中心新闻联络部副主任: a bare head opening a unit's name refers back to the body named before)
    let bare_parent = ["中心", "研究院", "研究所", "学院", "联合会", "协会", "学会", "委员会"].iter().find(|h| name.starts_with(*h)).is_some_and(|h| toks.starting_at(start).is_some_and(|t| t.end == start + h.chars().count() && t.has(|g| matches!(g, Tag::OrgHead(_)))));
    if bare_parent && unit_head && head_tok.start > start + 2 {
        return None;
    }
    // (中方秘书处, 东盟方秘书处: one side's unit of a body named before, no name of its own)
    if unit_head && head_tok.start > start && head_tok.start <= start + 3 && chars[head_tok.start - 1] == '方' {
        return None;
    }
    // (东岭大学北湖研究中心学术委员会主任: the committee is the body's; the body is the name)
    let committee_at = ["专家委员会", "学术委员会"].iter().find(|u| name.ends_with(*u)).map(|u| end - u.chars().count());
    if committee_at.is_some_and(|c| toks.ending_at(c).is_some_and(|t| t.start >= start + 2 && t.has(|g| matches!(g, Tag::OrgHead(h) if h.unit || matches!(h.kind, OrgKind::Research | OrgKind::ThinkTank))))) {
        return None;
    }
    // 智库联盟理事会, …联盟秘书处: the council of an alliance; the alliance is what is named
    if COUNCIL_UNITS.iter().any(|u| name.ends_with(u)) && toks.ending_at(head_tok.start).is_some_and(|t| t.has(|g| matches!(g, Tag::AllianceHead)) && t.start >= start + 2) {
        return Some(mention(EntityType::Alliance, norm, start, head_tok.start, si, "alliance.before-its-council"));
    }
    let min_prefix = if unit_head { 3 } else { 2 };
    // (省农科院, 市社科院: a level of government before a head that carries its field names the
    // body of that province or city)
    const FIELD_HEADS: &[&str] = &["农科院", "社科院", "社科联", "科学院", "社会科学院", "农业科学院", "林科院", "医科院", "科协", "文联", "侨联"];
    let level_before_field_head = prefix_len == 1 && "省市县区州".contains(chars[start]) && FIELD_HEADS.iter().any(|h| ends_with_at(chars, end, head_tok.start, h) && head_len == h.chars().count());
    // (东科大校长, 东科大南湖校区: one character and 科大 before a post or a campus name a university)
    let short_school = prefix_len == 1 && is_cjk(chars[start]) && norm.slice(head_tok.start, end) == "科大" && (toks.starting_at(end).is_some_and(|t| t.has(|g| matches!(g, Tag::Post))) || (end + 2..chars.len().min(end + 8)).any(|k| starts_with_at(chars, k, chars.len(), "校区")));
    if prefix_len < min_prefix && !(prefix_is_place && prefix_len >= 2) && !level_before_field_head && !short_school {
        return None;
    }
    if head_tok.has(|t| matches!(t, Tag::KnownOrg(_))) && start == head_tok.start {
        return None; // the lexicon mention covers it
    }
    // 南方大学学院: a head right before another head that ends the name is no parent
    // (东岭研究院智库专家: the body's think-tank experts; the body is the name)
    let experts_of_body = starts_with_at(chars, end, chars.len(), "智库") && ["专家", "学者"].iter().any(|w| starts_with_at(chars, end + 2, chars.len(), w));
    if toks.starting_at(end).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_)))) && !organise_verb_at(chars, end) && !experts_of_body {
        return None;
    }
    // (智库也纷纷组织研究小组: an adverb before 组织 makes it the verb)
    const ADVERBS: &[&str] = &["纷纷", "积极", "共同", "先后", "分别", "专门", "精心", "认真", "广泛"];
    // (在成员中组织筛选: 中, among whom one organises, before it too)
    if name.ends_with("组织") && (organise_verb_at(chars, end - 2) || ADVERBS.iter().any(|a| name.strip_suffix("组织").is_some_and(|n| n.ends_with(a))) || name.ends_with("中组织")) {
        return None;
    }
    // 第三届理事会, 联盟第一届理事会: a council's term names no body of its own
    if council_term(name) {
        return None;
    }
    // (东岭同学会第七届理事会会长: the body whose council of a term it is, is the name)
    if let Some(at) = name.rfind('第').filter(|&b| b >= 6 && council_term(&name[b..])) {
        return org_from_span(lex, norm, chars, toks, start, start + name[..at].chars().count(), si);
    }
    // 两国合作办学, 越办越好, 办成样板: 办 before 校, 学 or a result is the verb to run; after
    // 创, 举, 合, 共 … it is the second half of a verb (合作创办, 主办, 共办)
    // (…分级处理办法: a regulation, 办法, names no office)
    if name.ends_with('办') && (matches!(chars.get(end), Some('校' | '学' | '院' | '成' | '好' | '得' | '法' | '理')) || end >= 2 && "创举主承协合开越兴筹督包共".contains(chars[end - 2])) {
        return None;
    }
    // 政府间, 企业间, 政府官员: the head word qualifies what follows, it names no body.
    if end < chars.len() && (chars[end] == '间' || (name.ends_with("政府") && starts_with_at(chars, end, chars.len(), "官员"))) {
        return None;
    }
    // A government is a place's government: 上合组织国家政府 is a plural description.
    if name.ends_with("政府") {
        let before_head = toks.ending_at(head_tok.start).or_else(|| toks.ending_at(head_tok.start.saturating_sub(1)));
        if !before_head.is_some_and(|t| t.names_place()) && !unknown_county_government(name) {
            return None;
        }
    }
    if name.contains("国家") && name.contains("各国") {
        return None;
    }
    // A unit nested in a parent organisation: the parent ends at the last inner head.
    // (not before a post that names an association's members: 东岭大学校长联合会)
    let members_post = toks.ending_at(head_tok.start).is_some_and(|p| p.has(|g| matches!(g, Tag::Post))) && head_tok.has(|g| matches!(g, Tag::OrgHead(o) if o.kind == OrgKind::Association));
    let inner = toks
        .list
        .iter()
        // (海上合作委员会: 上合 there is 上 + 合作, no body inside the name)
        .filter(|t| t.start >= start && t.end < head_tok.start && t.end - start >= 3 && t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_))) && !(chars[t.end - 1] == '合' && chars.get(t.end) == Some(&'作')))
        .max_by_key(|t| t.end)
        .filter(|_| !members_post);
    let rule = if level_before_field_head { "org.level-and-field-head" } else if members_post { "org.association-of-post-holders" } else { "org.head" };
    let mut m = mention(EntityType::Organization, norm, start, end, si, rule);
    let mut parent_kind = None;
    if let Some(inner) = inner {
        let parent_name = norm.slice(start, inner.end);
        m.parent = Some((start, inner.end));
        parent_kind = Some(match inner.known_org() {
            Some(oi) if inner.start == start => lex.orgs[oi].kind,
            _ => org_kind(lex, parent_name, None),
        });
        // (东岭出版局所属东岭研究院: the unit goes by its name after 所属, 下属 or 旗下)
        let unit = norm.slice(inner.end, end);
        let unit = ["所属", "下属", "旗下", "直属"].iter().find_map(|w| unit.strip_prefix(w)).unwrap_or(unit);
        if unit.chars().count() >= 4 {
            m.aliases.push(unit.to_owned());
        }
        // 东岭大学海洋研究院 is also written 东岭海洋研究院: the university's short name
        if let Some(short) = parent_name.strip_suffix("大学").or_else(|| parent_name.strip_suffix("大學")).filter(|s| s.chars().count() >= 2) {
            m.aliases.push(format!("{short}{unit}"));
        }
        m.rule = "org.head.nested";
    }
    // The name without its country prefix is how later sentences refer to it; so is a
    // known body after a country or place (中国外交部 is the 外交部 of later sentences).
    if let Some(t) = toks.starting_at(start) {
        let known_tail = toks.starting_at(t.end).is_some_and(|k| k.end == end && k.known_org().is_some());
        // (泰国杭州大学 is a branch abroad: a name opening with another country's city
        // after the country is no body of that country written in full)
        let other_countrys_city = t.country().is_some_and(|c| toks.starting_at(t.end).and_then(|k| k.place()).is_some_and(|pi| lex.places[pi].country.is_some_and(|pc| pc != c)));
        // (中国外交部: the country before a body the lexicon knows, however short)
        // (俄罗斯国立大学: 国立 is the country's; without it the name is a kind, 国立大学)
        let state_of_country = t.country().is_some() && ["国立", "州立", "國立"].iter().any(|w| starts_with_at(chars, t.end, end, w));
        // (突尼斯外交部: a known body of another country is no short form of this one; the bare
        // 外交部 is China's)
        let others_body = known_tail && toks.starting_at(t.end).and_then(|k| k.known_org()).is_some_and(|k| lex.orgs[k].country.is_some_and(|oc| t.country() != Some(oc)));
        if t.country().is_some() && (end - t.end >= 4 || known_tail) && !other_countrys_city && !state_of_country && !others_body || t.names_place() && known_tail && !others_body {
            // (中国-东岭合作委员会: no alias opens with the dash of a country pair)
            let rest = norm.slice(t.end, end).trim_start_matches(['-', '—']);
            m.aliases.push(rest.to_owned());
            // 哈萨克斯坦教育科技部 is the 哈教育科技部 of later sentences: the country's one-character form
            // (not China's 中: 中外交部 would read as 中外 + 交部)
            if let Some(short) = t.country().and_then(|ci| lex.countries[ci].short.as_ref()).filter(|s| s.as_str() != "中") {
                m.aliases.push(format!("{short}{rest}"));
            }
        }
    }
    // 国立东岭大学 is the 东岭大学 of later sentences
    if let Some(rest) = ["国立", "私立"].iter().find_map(|p| name.strip_prefix(p)).filter(|r| r.chars().count() >= 4) {
        m.aliases.push(rest.to_owned());
    }
    // 由A联合多家智库共同发起的X合作委员会: a committee or network bodies found together is an
    // alliance they join
    let founded_together = ["共同发起的", "联合发起的", "发起成立的", "共同发起成立的"].iter().any(|w| ends_with_at(chars, start, 0, w));
    if founded_together && ["委员会", "网络", "平台", "共同体"].iter().any(|h| name.ends_with(h)) {
        m.ty = EntityType::Alliance;
        return Some(m);
    }
    // 东岭国家智库合作理事会: a council of think tanks (no alliance's council, nor a country's
    // chapter of a council: X理事会中方理事会) is one they join
    if name.ends_with("理事会") && name.contains("智库") && !name.contains("联盟") && name.matches("理事会").count() == 1 && name.chars().count() >= 7 {
        m.ty = EntityType::Alliance;
        m.rule = "alliance.think-tank-council";
        // (…联络部东岭国家智库合作理事会 is also written without the department)
        if let Some(t) = toks.starting_at(start).filter(|t| t.known_org().is_some() && t.end - t.start >= 3 && end - t.end >= 7) {
            m.aliases = vec![norm.slice(t.end, end).to_owned()];
        }
        return Some(m);
    }
    m.kind = Some(org_kind(lex, name, parent_kind));
    if m.kind == Some(OrgKind::University) {
        m.aliases.extend(university_without_places(norm, toks, start, end));
    }
    if m.kind == Some(OrgKind::Government) {
        m.aliases.extend(government_short_forms(name));
    }
    Some(m)
}

/// How the language shortens a government body's name (东岭省人民政府外事办公室 is also 东岭省
/// 政府外事办, 东岭省外事办 and 东岭省外办): 人民政府 → 政府, 政府 dropped before the unit it
/// holds, 办公室 → 办, 外事办 → 外办.
fn government_short_forms(name: &str) -> Vec<String> {
    let rewrites: [fn(&str) -> Option<String>; 4] = [
        |n| n.contains("人民政府").then(|| n.replacen("人民政府", "政府", 1)),
        |n| n.find("政府").filter(|&k| n.len() > k + "政府".len() + 3 && !n[..k].ends_with("人民")).map(|k| format!("{}{}", &n[..k], &n[k + "政府".len()..])),
        |n| n.strip_suffix("办公室").map(|r| format!("{r}办")),
        |n| n.strip_suffix("外事办").map(|r| format!("{r}外办")),
    ];
    let mut forms = vec![name.to_owned()];
    for rewrite in rewrites {
        let more: Vec<String> = forms.iter().filter_map(|f| rewrite(f)).collect();
        forms.extend(more);
    }
    forms.retain(|f| f != name && f.chars().count() >= 4);
    forms.sort();
    forms.dedup();
    forms
}

/// 海洋及渔业发展局, 山林及水利发展局: two nouns joined by 及 before a bureau's head are one
/// name, when what stands before 及 is a short noun opening the phrase (after a mark).
fn with_listed_noun_before_ji(chars: &[char], toks: &Tokens, start: usize) -> usize {
    // (李芸以及公关部: 以及 joins whole items, never a ministry's fields)
    if start < 3 || chars[start - 1] != '及' || chars[start - 2] == '以' {
        return start;
    }
    let j = start - 1;
    let from = (j.saturating_sub(4)..j - 1).rev().find(|&k| k == 0 || !is_cjk(chars[k - 1]) || matches!(chars[k - 1], '、' | ',' | ':' | ';')).filter(|&k| j - k >= 2);
    match from {
        Some(k) if toks.within(k, j).all(|t| !t.is_stop() && !t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_) | Tag::Post))) && (k..j).all(|i| is_cjk(chars[i])) => k,
        _ => start,
    }
}

/// Verbs of joining that open a clause before a name (由A倡议,联合B…).
pub const JOINING_VERBS: &[&str] = &["联合", "携手", "会同"];

/// A post starting at `p`, after modifiers (副, 常务 …) that may open it: where it ends.
pub fn post_end_after_modifiers(lex: &Lexicon, chars: &[char], toks: &Tokens, mut p: usize, end: usize) -> Option<usize> {
    while let Some(m) = lex.modifiers.iter().find(|m| starts_with_at(chars, p, end, m)) {
        p += m.chars().count();
    }
    toks.starting_at(p).filter(|t| t.has(|g| matches!(g, Tag::Post))).map(|t| t.end)
}

/// 由东岭研究院联合西河大学海川中心主办: 联合 ending at `end`, right after a whole body's name
/// and before more of a name than a bare head, is the verb joining two hosts (北湖大学联合
/// 研究院 is a joint institute; 联合会, 联合国 are words of their own).
fn joining_verb_after_body(chars: &[char], toks: &Tokens, sent_start: usize, end: usize, head_start: usize) -> bool {
    let verb = end >= sent_start + 4 && ends_with_at(chars, end, sent_start, "联合") && toks.covering(end - 1).is_none_or(|t| t.start == end - 2 && t.end == end);
    let body_before = toks.ending_at(end - 2).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_) | Tag::AllianceHead)));
    verb && body_before && head_start >= end + 2
}

/// A联合B研究中心, X联盟和Y智库: a body or alliance named in full, then a verb of joining or a
/// conjunction, then this one: the name starts after them.
fn after_joined_body(chars: &[char], toks: &Tokens, start: usize, end: usize) -> usize {
    const JOINS: &[&str] = &["联合", "和", "与", "及", "同"];
    // (东岭大学联合西河大学: 联合 right after a body the scan stopped at is the verb)
    let body_before = toks.ending_at(start).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_))));
    // (北湖大学联合研究院: not before a bare head, the name of a joint institute)
    let named_after = toks.ending_at(end).is_some_and(|t| t.start >= start + 4);
    let mut from = if body_before && starts_with_at(chars, start, end, "联合") && named_after { start + 2 } else { start };
    for k in start + 2..end.saturating_sub(3) {
        let closes_body = toks.ending_at(k).is_some_and(|t| t.start > start && t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_) | Tag::AllianceHead)) || t.start >= start && t.has(|g| matches!(g, Tag::AllianceHead)));
        // (东岭大学—西河大学联合研究院: 联合 before the bare head names the joint institute)
        // (not a society of think tanks: 东岭智库联合研究会)
        let university_before = toks.ending_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(h) if h.kind == OrgKind::University)));
        let bare_head_after = |j: &str| toks.ending_at(end).is_some_and(|t| t.start == k + j.chars().count()) && j == "联合" && university_before;
        if let Some(j) = JOINS.iter().find(|j| starts_with_at(chars, k, end, j)).filter(|j| closes_body && !bare_head_after(j)) {
            from = k + j.chars().count();
        }
    }
    from
}

/// Verbs of setting a body up (推动建设X, 筹建X); 组建 is a stop word already.
const BUILDING_VERBS: &[&str] = &["建设", "筹建", "创建", "新建"];

/// 推动建设东岭开发银行, 筹建中国东岭实验室: a verb of building before a name that opens with a
/// country, a place or a known body is no part of it (建设银行 alone keeps its word).
fn after_building_verb(chars: &[char], toks: &Tokens, start: usize, end: usize) -> usize {
    let Some(n) = BUILDING_VERBS.iter().find(|w| starts_with_at(chars, start, end, w)).map(|w| w.chars().count()) else { return start };
    let known = toks.starting_at(start + n).is_some_and(|t| t.end < end && (t.names_place() || t.known_org().is_some()));
    // (筹建东岭学院: 筹建, to prepare a body's founding, is always the verb)
    let preparing = starts_with_at(chars, start, end, "筹建") && end - start >= n + 3;
    if known || preparing { start + n } else { start }
}

/// 了解湖光大学, 另东岭研究院, 经东岭大学: the last character of a verb or adverb glued before
/// a name the article writes alone elsewhere is no part of it, when the longer form occurs once
/// and what is dropped is no place, country or known body.
fn without_glued_word(norm: &NormText, toks: &Tokens, start: usize, end: usize) -> usize {
    let at = start + 1;
    let glued = is_cjk(norm.chars[start]) && toks.covering(start).is_none_or(|t| t.end <= at) && !toks.within(start, at).any(|t| t.names_place() || t.known_org().is_some());
    if end < at + 4 || !glued {
        return start;
    }
    // one pass over the short name: where the glued character precedes it is the longer form,
    // which must occur once; the short name must stand alone somewhere, after a mark, a quote
    // or a line start (东松岭大学 beside 西松岭大学 is no 松岭大学 with a glued 东)
    let (glue, text) = (norm.chars[start], norm.text.as_str());
    let (mut whole, mut alone) = (0, false);
    for (b, _) in text.match_indices(norm.slice(at, end)) {
        match text[..b].chars().next_back() {
            Some(c) if c == glue => whole += 1,
            Some(c) if is_cjk(c) && !"、,:;“”()《".contains(c) => {}
            _ => alone = true,
        }
    }
    if whole == 1 && alone { at } else { start }
}

/// The name `at..end` occurs in the article more often than with the words `from..at` before it.
fn stands_alone(norm: &NormText, from: usize, at: usize, end: usize) -> bool {
    // (an occurrence of the name without those words before it)
    let words = norm.slice(from, at);
    norm.text.match_indices(norm.slice(at, end)).any(|(b, _)| !norm.text[..b].ends_with(words))
}

/// 福建省东岭市南川大学, 高雄南川大学: places written before a university say where it is;
/// without them is its own name when they are a chain of places with their levels or the
/// article writes the rest alone too (a city and two characters keep the city: two characters are
/// no name).
fn university_without_places(norm: &NormText, toks: &Tokens, start: usize, end: usize) -> Option<String> {
    let mut at = start;
    let mut places = 0;
    while let Some(t) = toks.starting_at(at).filter(|t| t.place().is_some() && t.end < end) {
        at = t.end;
        places += 1;
    }
    let leveled = places >= 2 && ['省', '市', '州', '县'].contains(&norm.chars[at - 1]);
    (places > 0 && end - at >= 4 && (leveled || stands_alone(norm, start, at, end))).then(|| norm.slice(at, end).to_owned())
}

/// 东岭石油大学(华东), …研修基地(上海): a place or region in brackets right after the head
/// tells one campus or branch from another and belongs to the name.
fn with_bracketed_place(norm: &NormText, toks: &Tokens, se: usize, mut m: Mention) -> Mention {
    const REGIONS: &[&str] = &["华东", "华南", "华北", "华中", "西北", "西南", "东北"];
    let chars = &norm.chars;
    if chars.get(m.end) != Some(&'(') {
        return m;
    }
    let Some(close) = (m.end + 2..se.min(m.end + 8)).find(|&k| chars[k] == ')') else { return m };
    let inner = norm.slice(m.end + 1, close);
    let place = toks.starting_at(m.end + 1).is_some_and(|t| t.end == close && t.names_place());
    if place || REGIONS.contains(&inner) {
        m.end = close + 1;
        m.surface = norm.slice(m.start, m.end).to_owned();
        m.label = format!("{}({inner})", m.label);
    }
    m
}

/// 八所大学发起成立…中心, 12家智库共同发起成立…研究院: a body that many institutions found
/// together is an alliance they join, whatever its head word.
fn founded_by_many(chars: &[char], sent_start: usize, mut m: Mention) -> Mention {
    let verb = ["共同发起成立", "联合发起成立", "发起成立", "共同成立", "联合成立"].iter().find(|v| ends_with_at(chars, m.start, sent_start, v));
    // (共同成立东岭大学联盟: a university's name inside the alliance's is no alliance of its own)
    let Some(verb) = verb.filter(|_| !starts_with_at(chars, m.end, chars.len(), "联盟")) else { return m };
    let before_verb = m.start - verb.chars().count();
    let from = before_verb.saturating_sub(12).max(sent_start);
    let subject: String = chars[from..before_verb].iter().collect();
    let counted = ["所", "家", "个"].iter().any(|c| subject.find(c).is_some_and(|k| k > 0 && is_count(&subject[..k].chars().collect::<Vec<_>>())));
    let institutions = ["大学", "高校", "院校", "机构", "单位", "智库"].iter().any(|w| subject.ends_with(w));
    if counted && institutions {
        m.ty = EntityType::Alliance;
        m.kind = None;
        m.parent = None;
        m.rule = "alliance.founded-by-many";
    }
    m
}

/// 东岭职业教育联合会由…的120个院校和企业共同发起: a federation, committee or network that
/// a counted many found, told after its name, is an alliance they join.
fn founded_by_many_after(chars: &[char], toks: &Tokens, sent_end: usize, mut m: Mention) -> Mention {
    const HEADS: &[&str] = &["联合会", "委员会", "网络", "平台", "共同体", "联合体", "协作体"];
    if m.ty != EntityType::Organization || chars.get(m.end) != Some(&'由') || !HEADS.iter().any(|h| m.label.ends_with(h)) {
        return m;
    }
    let reach = sent_end.min(m.end + 100);
    let Some(verb_at) = (m.end + 1..reach).find(|&k| ["共同发起", "联合发起", "发起成立"].iter().any(|v| starts_with_at(chars, k, reach, v))) else { return m };
    // (the count of founders: digits or numerals before 个, 家 or 所, three or more of them)
    let counted = (m.end + 2..verb_at).any(|k| matches!(chars[k], '个' | '家' | '所') && chars[k - 1].is_ascii_digit() && (k >= m.end + 3 && chars[k - 2].is_ascii_digit() || chars[k - 1] >= '3'));
    // (…联合会由东岭协会和南川中心共同发起: or two bodies named, joined by 和, 与 or 、)
    let named_pair = (m.end + 3..verb_at).any(|k| matches!(chars[k], '和' | '与' | '、') && toks.ending_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_)))));
    if counted || named_pair {
        m.ty = EntityType::Alliance;
        m.kind = None;
        m.parent = None;
        m.rule = "alliance.founded-by-many";
    }
    m
}

/// 企业高端智库联盟, 东岭高端智库联盟: the members' sector or place written before a word of
/// praise makes the praise part of a name (建设高端智库联盟 stays a kind).
fn members_named_before(chars: &[char], toks: &Tokens, start: usize, praise_at: usize) -> bool {
    // (东岭高端智库联盟: a proper name no lexicon knows, two characters or more, names it too)
    let proper_name = praise_at >= start + 2 && chars[start..praise_at].iter().all(|&c| is_cjk(c)) && toks.within(start, praise_at).next().is_none();
    praise_at > start && (["高校", "大学", "院校", "学校", "院所", "企业", "城市", "媒体"].iter().any(|w| ends_with_at(chars, praise_at, start, w)) || toks.ending_at(praise_at).is_some_and(|t| t.names_place()) || proper_name)
}

/// Whether `words` is made of describing words only (综合性, 一流, 民间 …), read longest first.
/// Words that praise or count a kind of body (新型智库, 高端智库, 各国智库) and name none.
const PRAISED_KINDS: &[&str] = &["新型", "高端", "一流", "顶尖", "知名", "著名", "优秀", "领先", "重要", "主要", "各国", "各类", "各地", "国内外", "海内外"];

fn only_descriptors(lex: &Lexicon, words: &[char]) -> bool {
    // most prefixes start with no describing word: a test on the first character saves the rest
    if words.is_empty() || words.len() > 12 || !lex.descriptors.iter().any(|d| d.starts_with(words[0])) {
        return false;
    }
    let mut k = 0;
    while k < words.len() {
        // 国际和地区组织: describing words joined by a conjunction
        if k > 0 && matches!(words[k], '和' | '与' | '及' | '、') {
            k += 1;
            continue;
        }
        let rest: String = words[k..].iter().collect();
        let Some(d) = lex.descriptors.iter().filter(|d| rest.starts_with(d.as_str())).max_by_key(|d| d.len()) else { return false };
        k += d.chars().count();
    }
    !words.is_empty()
}

/// `A、B、C均入选“K”类别`: every list item is a project with category K.
fn category_lists(norm: &NormText, chars: &[char], s: &Sentence, si: usize, out: &mut Vec<Mention>) {
    let (ss, se) = (s.start, s.end);
    let mut k = ss;
    while let Some(p) = find_word(chars, k, se, "入选“") {
        k = p + 3;
        let Some(close) = (p + 3..se.min(p + 30)).find(|&e| chars[e] == '”') else { continue };
        if !starts_with_at(chars, close + 1, se, "类别") && !starts_with_at(chars, close + 1, se, "类") && !starts_with_at(chars, close + 1, se, "领域") {
            continue;
        }
        let category = norm.slice(p + 3, close).to_owned();
        // The list runs back to the previous clause boundary.
        let mut end = p;
        if end > ss && chars[end - 1] == '均' {
            end -= 1;
        }
        let mut b = end;
        while b > ss && !matches!(chars[b - 1], ';' | '。' | '—' | ',' | '!' | '?') {
            b -= 1;
        }
        let mut item_start = b;
        for i in b..=end {
            if i == end || chars[i] == '、' {
                let (mut a, e) = (item_start, i);
                // "一网一云一平台:名称" — a slogan before a colon is not part of the name
                let full = (a, e);
                if let Some(c) = (a..e).rev().find(|&x| chars[x] == ':') {
                    a = c + 1;
                }
                if e > a + 3 {
                    let mut m = mention(EntityType::Project, norm, a, e, si, "project.category-list");
                    if full.0 != a {
                        m.aliases.push(norm.slice(full.0, full.1).to_owned());
                    }
                    m.note = Some(category.clone());
                    out.push(m);
                }
                item_start = i + 1;
            }
        }
    }
}

/// A one-character stop word (约) that is also a sound of transliterated names.
fn sound_read_as_stop_word(lex: &Lexicon, chars: &[char], t: &Token) -> bool {
    t.end == t.start + 1 && lex.translit.contains(&chars[t.start]) && t.has(|g| matches!(g, Tag::Word(WordRole::Stop)))
}

fn persons(lex: &Lexicon, norm: &NormText, chars: &[char], s: &Sentence, si: usize, toks: &Tokens, out: &mut Vec<Mention>) {
    let (ss, se) = (s.start, s.end);
    // Transliterated names: runs of transliteration characters joined by ·.
    let mut i = ss;
    while i < se {
        if chars[i] != '·' {
            i += 1;
            continue;
        }
        let mut a = i;
        // (卡西姆-阿曼·托卡尔: a hyphen joins two given names)
        let hyphen_joins = |a: usize| chars[a - 1] == '-' && a >= ss + 2 && lex.translit.contains(&chars[a - 2]) && lex.translit.contains(&chars[a]);
        while a > ss && (lex.translit.contains(&chars[a - 1]) || chars[a - 1] == '·' || hyphen_joins(a)) {
            a -= 1;
        }
        let mut b = i + 1;
        while b < se && (lex.translit.contains(&chars[b]) || chars[b] == '·') {
            b += 1;
        }
        // (大使阿塔育·习萨目: right after a post, characters the tables lack are name parts too:
        // one right before the dot, and a part after it that a mark or a lexicon word closes)
        let free = |k: usize| is_cjk(chars[k]) && toks.covering(k).is_none();
        let left_end = if a == i && i >= ss + 3 && free(i - 1) && lex.translit.contains(&chars[i - 2]) { i - 1 } else { a };
        let left = (ss..left_end).rev().take_while(|&k| lex.translit.contains(&chars[k])).last().unwrap_or(left_end);
        let run_end = (i + 1..se.min(i + 6)).find(|&k| !free(k)).unwrap_or(se.min(i + 6));
        let closed = run_end >= se || !is_cjk(chars[run_end]) && chars[run_end] != '·' || toks.starting_at(run_end).is_some();
        // (教授 约纳斯·卡里梅: a space may stand between the post and the name)
        let post_ends = |k: usize| toks.ending_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Post)));
        if (post_ends(left) || left > ss && chars[left - 1] == ' ' && post_ends(left - 1)) && left < i {
            a = a.min(left);
            // (only where the tables read less than two characters: 阿巴斯回忆 stays 阿巴斯; or
            // one character more before a verb or a mark: …·诺卡岗出席)
            // (not a one-character verb or adverb: …·诺卡作报告, …·诺卡均出席)
            let sound = |k: usize| !"作致讲率带将已也还又均都则曾正就等称说指向对在为与和及同把被让给于是".contains(chars[k]);
            if closed && (b < i + 3 || run_end == b + 1 && b == i + 3 && sound(b)) && run_end > b && run_end - i > 2 {
                b = run_end;
            }
        }
        // A lexicon word (post, country, head, verb) at the edge is not part of the name; a
        // country or place with transliteration before it is inside the name (卡马里迪尼: 马里).
        let run_start = a;
        for t in &toks.list {
            let inside = t.start > run_start && t.has(|g| matches!(g, Tag::Country(_) | Tag::Place(_))) && !t.has(|g| matches!(g, Tag::Post | Tag::Word(_)));
            // (约纳斯·…: a one-character stop word that opens the run is the name's first sound)
            let first_sound = t.start == run_start && sound_read_as_stop_word(lex, chars, t);
            if t.end > a && t.end <= i && t.start < i && !t.has(|g| matches!(g, Tag::Word(WordRole::Word))) && !inside && !first_sound {
                a = a.max(t.end);
            }
            // (…·约翰森: so is one right after the dot, before more sounds)
            let sound_after_dot = t.start == i + 1 && t.end < b && sound_read_as_stop_word(lex, chars, t);
            if t.start >= i && t.start < b && t.has(|g| matches!(g, Tag::Word(WordRole::Speech) | Tag::Word(WordRole::Stop) | Tag::Post)) && !sound_after_dot {
                b = b.min(t.start);
            }
        }
        // 部长孔格拉特拜·…: one character between a post and the transliteration starts the name
        if a >= ss + 2 && is_cjk(chars[a - 1]) && toks.ending_at(a - 1).is_some_and(|t| t.has(|g| matches!(g, Tag::Post))) && toks.covering(a - 1).is_none() {
            a -= 1;
        }
        let parts: Vec<usize> = norm.slice(a, b).split('·').map(|p| p.chars().count()).collect();
        // 总领事佐·某某: after a post, a first part of one character is a name part too
        let after_post = toks.ending_at(a).is_some_and(|t| t.has(|g| matches!(g, Tag::Post)));
        let first_ok = parts[0] >= 2 || parts[0] == 1 && after_post;
        if parts.len() >= 2 && first_ok && *parts.last().unwrap() >= 2 && parts.iter().all(|&n| n >= 1) {
            out.push(mention(EntityType::Person, norm, a, b, si, "person.transliterated"));
        }
        i = b.max(i + 1);
    }

    let before = out.len();
    names_after_posts(lex, norm, chars, s, si, toks, out);
    with_regnal_numbers(norm, chars, s.end, si, &mut out[before..]);
    names_before_posts(lex, norm, chars, s, si, toks, out);
    names_listed_before_people(lex, norm, chars, s, si, toks, out);
    names_elected_or_counted(lex, norm, chars, s, si, toks, out);
    // A name opening a sentence, its post after a comma: 赵某某,某省数据局局长,介绍…
    if let Some(len) = chinese_name_at(lex, chars, toks, ss, se, false) {
        let after = ss + len;
        if after < se && chars[after] == ',' {
            let clause_end = (after + 1..se).find(|&k| matches!(chars[k], ',' | '。' | ';')).unwrap_or(se);
            if toks.ending_at(clause_end).is_some_and(|t| t.has(|g| matches!(g, Tag::Post))) {
                out.push(mention(EntityType::Person, norm, ss, after, si, "person.name-comma-post"));
            }
        }
    }
    // …的 + name + verb of saying: 中心的王某表示
    for p in ss..se.saturating_sub(2) {
        if chars[p] == '的' && toks.covering(p).is_none_or(|t| t.start == p && t.end == p + 1) {
            if let Some(len) = chinese_name_at(lex, chars, toks, p + 1, se, false) {
                if toks.starting_at(p + 1 + len).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech)))) {
                    out.push(mention(EntityType::Person, norm, p + 1, p + 1 + len, si, "person.before-speech-verb"));
                }
            }
        }
    }
}

/// 李华、王明、周立群等知名人士出席: names listed with 、 (the first after 以及 or 和 maybe) and
/// closed by 等 and a word for people are persons, each a surname and one or two characters.
fn names_listed_before_people(lex: &Lexicon, norm: &NormText, chars: &[char], s: &Sentence, si: usize, toks: &Tokens, out: &mut Vec<Mention>) {
    const PEOPLE: &[&str] = &["社会知名人士", "知名人士", "人士", "嘉宾", "专家学者", "专家", "学者", "领导", "代表"];
    for deng in (s.start + 2..s.end).filter(|&k| chars[k] == '等' && PEOPLE.iter().any(|w| starts_with_at(chars, k + 1, s.end, w))) {
        let items = names_listed_before(lex, chars, toks, s.start, deng, false);
        if items.len() >= 2 {
            out.extend(items.into_iter().map(|(a, e)| mention(EntityType::Person, norm, a, e, si, "person.listed-before-people-word")));
        }
    }
    names_counted_before_people(lex, norm, chars, s, si, toks, out);
}

/// 选举李华为秘书长, 王明、周立群等7人为副秘书长: a name between a verb of electing and 为, and
/// names listed with 、 (the last after 与 or 和 maybe) before 等 and a head count (7人, 三人,
/// 两名) or 人, are persons.
fn names_elected_or_counted(lex: &Lexicon, norm: &NormText, chars: &[char], s: &Sentence, si: usize, toks: &Tokens, out: &mut Vec<Mention>) {
    for k in s.start..s.end {
        if let Some(verb) = ["选举", "推举", "推选"].iter().find(|v| starts_with_at(chars, k, s.end, v)) {
            let p = k + verb.chars().count();
            let len = chinese_name_at(lex, chars, toks, p, s.end, false).unwrap_or(0);
            if len > 0 && ["为", "等为"].iter().any(|w| starts_with_at(chars, p + len, s.end, w)) {
                out.push(mention(EntityType::Person, norm, p, p + len, si, "person.elected"));
            }
        }
        // (助理研究员李华与王明等人: or before 等人, the people)
        if chars[k] == '等' && (head_count_at(chars, k + 1, s.end).is_some() || chars.get(k + 1) == Some(&'人')) {
            let items = names_listed_before(lex, chars, toks, s.start, k, true);
            if items.len() >= 2 {
                out.extend(items.into_iter().map(|(a, e)| mention(EntityType::Person, norm, a, e, si, "person.listed-before-head-count")));
            }
        }
    }
}

/// Where a head count of people starting at `p` ends (7人, 十二名, 两位), if one starts there.
pub fn head_count_at(chars: &[char], p: usize, se: usize) -> Option<usize> {
    let digits = (p..se).take_while(|&j| chars[j].is_ascii_digit() || "一二两三四五六七八九十".contains(chars[j])).count();
    (digits > 0 && p + digits < se && matches!(chars[p + digits], '人' | '名' | '位')).then_some(p + digits + 1)
}

/// The Chinese names listed with 、 that end at `end`, last first: (start, end) of each; with
/// `last_joined`, the last two may be joined by 和 or 与 instead.
fn names_listed_before(lex: &Lexicon, chars: &[char], toks: &Tokens, sent_start: usize, end: usize, last_joined: bool) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut end = end;
    while let Some(a) = [3, 2].into_iter().map(|n| end.saturating_sub(n)).find(|&a| a >= sent_start && chinese_name_at(lex, chars, toks, a, end, false) == Some(end - a)) {
        items.push((a, end));
        let joined = last_joined && items.len() == 1 && matches!(chars[a - 1], '和' | '与');
        if !(a > sent_start + 1 && (chars[a - 1] == '、' || joined)) {
            break;
        }
        end = a - 1;
    }
    items
}

/// 邀请李华、王明和周立群三位学者: names listed with 、 and a last 和 or 与, then their count
/// (三位, 两名) and a word for people within a few characters, are persons.
fn names_counted_before_people(lex: &Lexicon, norm: &NormText, chars: &[char], s: &Sentence, si: usize, toks: &Tokens, out: &mut Vec<Mention>) {
    const PEOPLE: &[&str] = &["学者", "专家", "嘉宾", "代表", "教授", "人士"];
    let counted = |k: usize| "两二三四五六七八九十几".contains(chars[k]) && matches!(chars.get(k + 1), Some('位' | '名'));
    for at in (s.start + 2..s.end.saturating_sub(2)).filter(|&k| counted(k)) {
        let window = at + 2..s.end.min(at + 10);
        if !window.clone().any(|k| PEOPLE.iter().any(|w| starts_with_at(chars, k, s.end, w))) {
            continue;
        }
        let items = names_listed_before(lex, chars, toks, s.start, at, true);
        if items.len() >= 2 {
            out.extend(items.into_iter().map(|(a, e)| mention(EntityType::Person, norm, a, e, si, "person.counted-before-people-word")));
        }
    }
}

/// Length of a Chinese personal name starting at `p`, judged by surname and what follows.
/// After a post, a surname that is also a function word (于, 和) still starts a name when a
/// speech verb or punctuation closes it (副会长于某某表示).
fn chinese_name_at(lex: &Lexicon, chars: &[char], toks: &Tokens, p: usize, se: usize, after_post: bool) -> Option<usize> {
    let sur = lex.surname_len(&chars[p..se.min(p + 2)])?;
    // (主管官员、: 官员, like 学员 and 人员, names people of a kind, not a person)
    if chars.get(p + sur) == Some(&'员') {
        return None;
    }
    let function_word = toks.covering(p).is_some_and(|t| t.start == p && t.end == p + 1 && t.has(|g| matches!(g, Tag::Word(WordRole::Stop | WordRole::Conj))));
    if function_word {
        // 於會中表示: the preposition before a phrase (会中, 会上) is no surname
        if toks.starting_at(p + 1).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Stop | WordRole::Speech)))) {
            return None;
        }
        let closed = |k: usize| k >= se || !is_cjk(chars[k]) || toks.starting_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech))));
        // (院长于浩教授: a title right after a two-character name closes it too)
        let titled = toks.starting_at(p + 2).is_some_and(|t| t.has(|g| matches!(g, Tag::Post)));
        // (副主任于梅出席: a verb of two characters closes a two-character name too)
        let verb_closes = |k: usize| toks.starting_at(k).is_some_and(|t| t.end - t.start >= 2 && t.has(|g| matches!(g, Tag::Word(WordRole::Stop))));
        // (大使于洪君在会上讲话: 在 after three characters closes the name too)
        let zai_closes = chars.get(p + 3) == Some(&'在');
        if !(after_post && (closed(p + 2) || closed(p + 3) || titled || verb_closes(p + 2) || zai_closes)) {
            return None;
        }
    } else if toks.covering(p).is_some_and(|t| t.start < p || t.has(|g| matches!(g, Tag::Word(WordRole::Stop | WordRole::Conj | WordRole::Speech))) || t.end > p + sur) {
        return None; // the "surname" starts a lexicon word: 于是, 高级, 国家…
    }
    // (创办人方立均,: an adverb needs a verb after it; before a mark it is the name's last character)
    let adverb_before_mark = |k: usize| "均也还亦曾则就并".contains(chars[k]) && chars.get(k + 1).is_some_and(|c| matches!(c, ',' | '、' | '。' | ';'));
    let ends_name = |k: usize| -> bool {
        k >= se
            || !is_cjk(chars[k])
            || toks.starting_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(_) | Tag::Post | Tag::OrgHead(_) | Tag::Country(_) | Tag::Place(_))))
            || matches!(chars[k], '则' | '以' | '在' | '和' | '与' | '及' | '等' | '也' | '还' | '说' | '称' | '就' | '对' | '为' | '将' | '是' | '的' | '从' | '向' | '于' | '作' | '带' | '围' | '率' | '陪' | '偕' | '携' | '交' | '并' | '均' | '亦' | '曾') && !adverb_before_mark(k)
            || chars[k] == '因' && because_after(chars, k, se)
            || chars[k] == '致' && address_after(chars, k, se)
            // (秘书长王明同东岭大使李华会面: 同 before a country, a place or a body is "with")
            || chars[k] == '同' && toks.starting_at(k + 1).is_some_and(|t| t.country().is_some() || t.names_place() || t.known_org().is_some() || t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::Post)))
    };
    let given_ok = |k: usize| k < se && is_cjk(chars[k]) && toks.covering(k).is_none_or(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Word))));
    if !given_ok(p + sur) {
        // After a post, a given name may hold a one-character function word (院长李向阳、):
        // the name is then read only where punctuation or a verb closes it.
        return if after_post { closed_name_after_post(chars, toks, p, sur, se) } else { None };
    }
    if given_ok(p + sur + 1) && ends_name(p + sur + 2) && !ends_name(p + sur + 1) {
        return Some(sur + 2);
    }
    if conj_closes_given_name(chars, toks, p + sur + 1, se) || wei_closes_given_name(chars, toks, p + sur + 1, se, after_post) {
        return Some(sur + 2);
    }
    // (执行主任李良其说: after a post, a one-character word right before a verb of saying ends
    // the given name, it does not close it)
    let speech_at = |k: usize| toks.starting_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech))));
    // (not an adverb of the verb: 李华也表示, 王明则说)
    let adverb = |c: char| "也还则都亦即又就便再更均已曾将正才却仍亲".contains(c);
    // (nor a preposition: 李康在致辞中指出)
    let one_char_word = |k: usize| k < se && is_cjk(chars[k]) && !adverb(chars[k]) && !NEVER_SOUNDS.contains(&chars[k]) && toks.starting_at(k).is_some_and(|t| t.end == k + 1);
    if after_post && given_ok(p + sur) && one_char_word(p + sur + 1) && speech_at(p + sur + 2) {
        return Some(sur + 2);
    }
    if ends_name(p + sur + 1) {
        return Some(sur + 1);
    }
    // 行政长官陈王某某与: after a post, a married woman's two surnames and her given name of
    // two characters, as Hong Kong news writes them, when the fourth character closes nothing
    let two_surnames = after_post && sur == 1 && lex.surname_len(&chars[p + 1..se.min(p + 2)]) == Some(1);
    if two_surnames && given_ok(p + 3) && ends_name(p + 4) && !ends_name(p + 3) {
        return Some(4);
    }
    // 副教授卢某某专程赴…, 市长陈某某特别出席: after a post, a name that no known word closes
    // is read at the commonest length, a surname and two characters
    // (not a longer transliteration, 穆塔诺夫; not four characters a mark closes: 齐聚一堂,)
    let k = p + sur + 2;
    let translit = (p..se.min(p + 4)).take_while(|&i| lex.translit.contains(&chars[i])).count() == 4;
    let four_closed = k < se && is_cjk(chars[k]) && (k + 1 >= se || !is_cjk(chars[k + 1]));
    (after_post && given_ok(p + sur + 1) && k < se && is_cjk(chars[k]) && !translit && !four_closed).then_some(sur + 2)
}

/// 海川县人民政府, 东岭市政府: the government of a county, city or district the lexicon does not
/// know, written as two characters and its level word.
fn unknown_county_government(name: &str) -> bool {
    name.strip_suffix("政府").is_some_and(|p| place_of_a_level(p, 3..=3))
}

/// 平舆县, 东岭市(人民): a place name of `len` characters closed by its level word (县, 市, 区,
/// 旗), with the 人民 of its people's government left out.
fn place_of_a_level(part: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    let place = part.strip_suffix("人民").unwrap_or(part);
    len.contains(&place.chars().count()) && place.ends_with(['县', '市', '区', '旗', '縣', '區'])
}

/// 李华因故缺席, 王明因病未能出席: 因 at `k` opens a reason (and ends the name before it) when a
/// word of cause follows; else it may be a name's last sound (总统努尔赛因首次出席).
fn because_after(chars: &[char], k: usize, se: usize) -> bool {
    ["故", "病", "事", "公", "此", "为", "而", "其", "身体", "工作", "时间", "疫情", "日程"].iter().any(|w| starts_with_at(chars, k + 1, se, w))
}

/// 王明致开幕词, 李华致会议开幕词: 致 at `k` opens an address (and ends the name before it) when
/// what is delivered follows; else it may be a given name's sound (张致远).
fn address_after(chars: &[char], k: usize, se: usize) -> bool {
    ["辞", "词", "开幕", "闭幕", "欢迎", "贺", "答谢", "会议开幕", "大会开幕", "信"].iter().any(|w| starts_with_at(chars, k + 1, se, w))
}

/// 部长助理李大为出席: after a post, a 为 at `k` ends a given name when a verb of two
/// characters or a mark closes it at once (为 before a verb is no preposition: 李华为大会致辞
/// keeps 李华).
fn wei_closes_given_name(chars: &[char], toks: &Tokens, k: usize, se: usize, after_post: bool) -> bool {
    let closed = |j: usize| j >= se || matches!(chars[j], ',' | '。' | '、' | ';' | ':' | ')') || toks.starting_at(j).is_some_and(|t| t.end - t.start >= 2 && t.has(|g| matches!(g, Tag::Word(WordRole::Speech | WordRole::Stop))));
    after_post && k < se && chars[k] == '为' && closed(k + 1)
}

/// 包信和院士出席, 李和表示: a 和 or 与 at `k` ends a given name when a title, a mark or a
/// verb of saying closes it, not when another name follows (李华和院士王明).
fn conj_closes_given_name(chars: &[char], toks: &Tokens, k: usize, se: usize) -> bool {
    if k >= se || !matches!(chars[k], '和' | '与') {
        return false;
    }
    let closed = |j: usize| j >= se || matches!(chars[j], ',' | '。' | '、' | ';' | ':' | ')' | '!' | '?') || toks.starting_at(j).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech | WordRole::Stop))));
    let title = toks.starting_at(k + 1).filter(|t| t.has(|g| matches!(g, Tag::Post)));
    closed(k + 1) || title.is_some_and(|t| closed(t.end))
}

/// Malaysian honorifics written before a name (Datuk Seri, Tan Sri, Datuk), longest first.
const MALAY_HONORIFICS: &[&str] = &["拿督斯里", "丹斯里", "拿督"];

/// Where a name may start after a post ending at `p`: past a bracketed scope of the post
/// (副校长(学生事务)X), a closing quote (“X会秘书长”Y) and Malay honorifics (拿督斯里X).
pub fn name_start_after_post(chars: &[char], p: usize, se: usize) -> usize {
    let mut p = p;
    // “东岭会秘书长”李华: a title the writer quotes
    if chars.get(p) == Some(&'”') {
        p += 1;
    }
    p = past_bracket(chars, p, se, 14);
    for honorific in MALAY_HONORIFICS {
        if starts_with_at(chars, p, se, honorific) {
            return p + honorific.chars().count();
        }
    }
    // (校长Dr. Tom Hale: an honorific before a Latin name is no part of it)
    if let Some(h) = ["Dr.", "Prof.", "Mr.", "Ms.", "Mrs.", "Dr ", "Prof "].iter().find(|h| starts_with_at(chars, p, se, h)) {
        let after = p + h.chars().count();
        return after + usize::from(chars.get(after) == Some(&' '));
    }
    p
}

/// Where a post ends right before `pos`, if one does: a post token, or 长 after an
/// organisation whose name ends in 部, 局, 厅, 司, 处 or 署 (外交部长X: the 部 is the body's),
/// or after a place ending in 市, 省, 州 or 县 (高雄市长X).
pub fn post_end_before(chars: &[char], toks: &Tokens, pos: usize) -> Option<usize> {
    if toks.ending_at(pos).is_some_and(|t| t.has(|g| matches!(g, Tag::Post))) {
        return Some(pos);
    }
    let glued = pos >= 2 && chars[pos - 1] == '长' && "部局厅司处署院台".contains(chars[pos - 2]) && toks.ending_at(pos - 1).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_))));
    // 高雄市长X: the place's 市 is the mayor's
    let head_of_place = pos >= 2 && chars[pos - 1] == '长' && "市省州县".contains(chars[pos - 2]) && toks.ending_at(pos - 1).is_some_and(|t| t.place().is_some());
    (glued || head_of_place).then_some(pos)
}

/// Chinese names right after a post (副总经理王某某, 主任单某某, 副会长于某某, 外交部长程某),
/// transliterations without a dot (校长穆塔诺夫), Latin names (部长Anna Smith), and further
/// names listed after the first (教授黄某、黄某某).
fn names_after_posts(lex: &Lexicon, norm: &NormText, chars: &[char], s: &Sentence, si: usize, toks: &Tokens, out: &mut Vec<Mention>) {
    let se = s.end;
    for end in s.start + 1..se {
        // a name starts after the last post of a chain, not inside it
        let post_follows = toks.starting_at(end).is_some_and(|t| t.has(|g| matches!(g, Tag::Post)));
        // (外交部拿督斯里X: a Malay honorific opens a name after a body too, with no post)
        let no_post = post_end_before(chars, toks, end).is_none();
        let honorific = no_post && MALAY_HONORIFICS.iter().any(|h| starts_with_at(chars, end, se, h)) && !MALAY_HONORIFICS.iter().any(|h| ends_with_at(chars, end, s.start, h));
        if no_post && !honorific || post_follows {
            continue;
        }
        let mut p = name_start_after_post(chars, end, se);
        // 副董事长为李华与王明: names the post is given to, after 为
        let copula = chars.get(p) == Some(&'为') && p + 1 < se;
        if copula {
            p += 1;
        }
        if p >= se {
            continue;
        }
        let len = if is_cjk(chars[p]) {
            // (院士齐约·阿扎马特: a dot a few characters on makes a transliterated name of it)
            let dotted = (p + 1..se.min(p + 5)).any(|k| chars[k] == '·');
            let translit = || transliteration_after_post(lex, chars, toks, p, se);
            let chinese = || chinese_name_at(lex, chars, toks, p, se, true);
            // (拿督斯里东姑X: a Malay name is read by its sounds before any Chinese surname)
            if dotted || honorific { translit().or_else(chinese) } else { chinese().or_else(translit) }.or_else(|| name_glossed_in_latin(chars, p, se)).or_else(|| burmese_name_at(chars, toks, p, se))
        } else {
            latin_name_at(chars, p, se)
        };
        let Some(len) = len else { continue };
        if copula && !closes_listed_name(chars, p + len, se) {
            continue;
        }
        // 总统战略研究所: what an organisation head word closes is a name part, not a person
        if toks.starting_at(p + len).is_some_and(|t| t.has(|g| matches!(g, Tag::OrgHead(_)))) {
            continue;
        }
        // 申某 杨某: a space the text put between two names ends the first (a pinyin gloss
        // removed from inside a name, 卫(wèi)东, leaves a wider gap; a line the page wrapped
        // inside a name, 沈某\n某, ends nothing)
        let gap = |i: usize| norm.orig_span(p + i, p + i + 1).0 - norm.orig_span(p + i - 1, p + i).0;
        // (Latin names keep their spaces: Anna B. Berg)
        let len = (2..len).find(|&i| is_cjk(chars[p]) && matches!(gap(i), 2 | 3) && !norm.opens_wrapped_line(p + i)).unwrap_or(len);
        out.push(mention(EntityType::Person, norm, p, p + len, si, "person.after-post"));
        let mut q = past_bracket(chars, p + len, se, 10);
        // (after 为 the list may go on with 与, 和, 及: 董事为李华、王明和周立群)
        while chars.get(q) == Some(&'、') || copula && q < se && matches!(chars[q], '与' | '和' | '及') {
            let Some(n) = (q + 1 < se && is_cjk(chars[q + 1])).then(|| chinese_name_at(lex, chars, toks, q + 1, se, true)).flatten().filter(|&n| n >= 2) else { break };
            // (副校长李华、周立群出席: the last name of the list may end at a verb of two characters)
            let verb_closes = toks.starting_at(q + 1 + n).is_some_and(|t| t.end - t.start >= 2 && t.has(|g| matches!(g, Tag::Word(WordRole::Stop | WordRole::Speech))));
            if !closes_listed_name(chars, q + 1 + n, se) && !verb_closes || joined_field_of_post(chars, toks, q + 1 + n, se) {
                break;
            }
            out.push(mention(EntityType::Person, norm, q + 1, q + 1 + n, si, "person.listed-after-post"));
            q = past_bracket(chars, q + 1 + n, se, 10);
        }
    }
}

/// 、海洋及渔业资源部长X: a word joined by 及/和/与 to what a post closes before the next mark is
/// the first field of a body's name, not a listed person.
fn joined_field_of_post(chars: &[char], toks: &Tokens, k: usize, se: usize) -> bool {
    let mark = (k..se).find(|&j| matches!(chars[j], '、' | ',' | '。' | ';')).unwrap_or(se);
    k < se && matches!(chars[k], '及' | '和' | '与') && (k + 2..=mark).any(|j| post_end_before(chars, toks, j).is_some() || chars[j - 1] == '长' && "部局厅署".contains(chars[j - 2]))
}

/// 校长河田久(Hisa Kawata): two to four characters no surname opens, glossed right after in
/// a bracket by a personal name in Latin letters (two or three capitalised words), are a
/// foreign name written in Chinese characters.
fn name_glossed_in_latin(chars: &[char], p: usize, se: usize) -> Option<usize> {
    let len = (2..=4).find(|&n| p + n < se && chars[p + n] == '(' && (p..p + n).all(|k| is_cjk(chars[k])))?;
    let close = (p + len + 1..se.min(p + len + 40)).find(|&k| chars[k] == ')')?;
    let inner: String = chars[p + len + 1..close].iter().collect();
    let words: Vec<&str> = inner.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let capitalised = words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && w.chars().skip(1).all(|c| c.is_ascii_lowercase()));
    ((2..=3).contains(&words.len()) && capitalised).then_some(len)
}

/// A listed name ends at a mark, at 等, at a conjunction before the next name, or at a
/// bracketed note (王明(召集人)).
fn closes_listed_name(chars: &[char], k: usize, se: usize) -> bool {
    k >= se || matches!(chars[k], '、' | ',' | '。' | '等' | ';' | '(' | '与' | '和' | '及')
}

/// Past a bracket opening at `k` and closing within `reach` characters: a post's scope
/// (主任(兼)), a note after a listed name (李华(驻会董事)、王明).
pub(crate) fn past_bracket(chars: &[char], k: usize, se: usize, reach: usize) -> usize {
    if chars.get(k) == Some(&'(') {
        if let Some(close) = (k + 1..se.min(k + reach)).find(|&j| chars[j] == ')') {
            return close + 1;
        }
    }
    k
}

/// A name before a title that follows it: 习某某主席, 李某总理, 周某某教授, 某某夫总统, bounded
/// on the left by a mark, a function word or the start of the sentence.
fn names_before_posts(lex: &Lexicon, norm: &NormText, chars: &[char], s: &Sentence, si: usize, toks: &Tokens, out: &mut Vec<Mention>) {
    const TITLES: &[&str] = &[
        "主席", "副主席", "总理", "副总理", "总书记", "总统", "副总统", "首相", "教授", "院士", "大使", "部长", "副部长", "外长", "秘书长", "校长", "副校长",
        "先生", "女士", "研究员", "博士", "同志", "局长", "副局长", "院长", "副院长", "主任", "副主任", "会长", "副会长", "理事长", "董事长",
        "所长", "副所长", "处长", "副处长", "司长", "副司长", "老师", "书记", "副书记", "总经理", "总领事", "副总领事", "领事", "参赞",
        // (外交部李华公使, 教育部国际司王明简任秘书: diplomatic and civil-service ranks)
        "公使", "参事", "秘书", "简任秘书", "执行长", "科长", "专员",
        // (教育组李华组长、王明副组长: a section's head)
        "组长", "副组长",
        // (赵某县长、李某市长: heads of local governments)
        "县长", "副县长", "市长", "副市长", "省长", "副省长", "区长", "副区长", "州长", "副州长",
        // (科技厅李华副厅长带队: the head of a provincial department)
        "厅长", "副厅长",
        // (李华教务长、王明研发长: a university's officers as Taiwanese news titles them)
        "教务长", "研发长", "国际长", "全球长", "学务长", "总务长", "财务长", "委员长",
        // (出版社李华副社长, 报社王明总编辑, 日报张海编辑: a publisher's or paper's posts)
        "社长", "副社长", "总编辑", "副总编辑", "总编", "主编", "副主编", "编辑",
        // (东岭大学马华书记、李松常委: a member of a party committee's standing committee; a queen)
        "常委", "女王", "国王",
    ];
    for t in &toks.list {
        if t.start < s.start + 2 {
            continue;
        }
        let title: String = chars[t.start..t.end].iter().collect();
        // (副教授, 副研究员: a title the lexicon lists with its modifier)
        let with_modifier = || t.has(|g| matches!(g, Tag::Post)) && lex.modifiers.iter().any(|m| title.strip_prefix(m.as_str()).is_some_and(|core| TITLES.contains(&core)));
        if !TITLES.contains(&title.as_str()) && !with_modifier() {
            continue;
        }
        // 周某某副院长, 李某常务副校长: the post's modifiers are no part of the name before it
        // (李中原研究员: but 原 before a rank one holds for life ends a given name, no former post)
        let ts = modifiers_start(lex, chars, s.start, t.start);
        let rank = matches!(title.as_str(), "研究员" | "教授" | "博士" | "先生" | "女士" | "同志" | "老师" | "院士");
        let ts = if rank && t.start == ts + 1 && matches!(chars[ts], '原' | '前') { t.start } else { ts };
        if let Some(a) = latin_name_before_title(chars, toks, s.start, ts) {
            out.push(mention(EntityType::Person, norm, a, ts, si, "person.before-title"));
            continue;
        }
        // (卡罗琳省长X: a transliteration before a province's or city's head is that division)
        let division_head = ["省长", "州长", "市长", "县长"].iter().any(|p| starts_with_at(chars, ts, s.end, p));
        // the candidate name of `len` characters before the title, and whether it is Chinese
        let accept = |len: usize| -> Option<(usize, bool)> {
            let a = ts.checked_sub(len).filter(|&a| a >= s.start)?;
            // (还向李华校长赠送: a preposition that is also a surname, inside a clause, before a
            // two-character name is the preposition)
            let preposition = len == 3 && a > s.start && is_cjk(chars[a - 1]) && "向对同跟给为被把从".contains(chars[a]) && lex.surname_len(&chars[a + 1..a + 2]) == Some(1);
            // (李华主席和王明总统: 和 after one holder's title joins the next name, it opens none)
            let joins_holders = a > s.start && "和与及".contains(chars[a]) && toks.ending_at(a).is_some_and(|b| b.has(|g| matches!(g, Tag::Post)));
            // (任命王明为院长: a copula before the post gives it; the name does not run into 为)
            let copula = chars[ts - 1] == '为';
            if preposition || joins_holders || copula {
                return None;
            }
            // (东岭大学李华校长: a body's name may close on the left, as HK and Macau news write)
            // (主席同卡西姆总统会谈: 同 after one holder's title joins the other)
            let tong_after_title = a > s.start + 1 && chars[a - 1] == '同' && toks.ending_at(a - 1).is_some_and(|b| b.has(|g| matches!(g, Tag::Post)));
            // (由东大李华校长、…: a university's two-character short form closes on the left too)
            let short_university = a >= s.start + 2 && chars[a - 1] == '大' && is_cjk(chars[a - 2]) && (a == s.start + 2 || matches!(chars[a - 3], '、' | ',' | '由' | '与' | '和' | '及' | '(' | '“'));
            // (教育组周立群组长: a section's name closes on its unit word)
            // (飞控所李华所长, 孔院王明院长: an institute's short name closes on 所 or 院 before its head's name)
            // (校友总会李华理事长: an association's name closes on 会 too)
            let after_section = a > s.start && "组处科室所会院".contains(chars[a - 1]);
            // (资深外交官李华大使, 校友张海学长: a word for what the person is closes on the left)
            let after_calling = ["外交官", "学者", "专家", "嘉宾", "校友", "学长"].iter().any(|w| ends_with_at(chars, a, s.start, w));
            let left_ok = a == s.start || !is_cjk(chars[a - 1]) || tong_after_title || short_university || after_section || after_calling || toks.ending_at(a).is_some_and(|b| b.is_stop() || b.is_conj() || b.has(|g| matches!(g, Tag::Post | Tag::OrgHead(_) | Tag::KnownOrg(_))));
            // (the name may not run into the post's modifier: 王明副校长)
            let name_end = if ts < t.start { ts } else { ts + 1 };
            let chinese = len <= 3 && chinese_name_at(lex, chars, toks, a, name_end, false).is_some_and(|n| a + n == ts);
            // 习近平主席: a given name whose characters are function words alone (近) still names
            // the person right before a title, when no longer word runs through it
            let plain_given = len == 3 && lex.surname_len(&chars[a..ts]) == Some(1) && (a..ts).all(|k| is_cjk(chars[k])) && toks.within(a, ts).all(|w| w.end - w.start == 1) && toks.covering(a).is_none_or(|w| w.start >= a) && toks.covering(ts - 1).is_none_or(|w| w.end <= ts);
            // 山东大学(青岛)周加强副校长: between a body's name and a title, a given name that is
            // also a word (加强) still names the person
            let after_body = a > s.start && (chars[a - 1] == ')' || toks.ending_at(a).is_some_and(|b| b.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_)))));
            // (东岭研究院于海副院长: a surname that is also a preposition, before a one-character given name)
            let word_given = after_body && (len == 3 || len == 2 && "于".contains(chars[a])) && lex.surname_len(&chars[a..ts]) == Some(1) && (a..ts).all(|k| is_cjk(chars[k])) && toks.covering(a).is_none_or(|w| w.start >= a) && toks.covering(ts - 1).is_none_or(|w| w.end <= ts);
            let chinese = chinese || plain_given || word_given;
            // (主席和拜伦总统: a two-character transliteration right after 和 that joins two holders)
            let after_joined_holder = a > s.start + 1 && "和与及".contains(chars[a - 1]) && toks.ending_at(a - 1).is_some_and(|b| b.has(|g| matches!(g, Tag::Post)));
            let translit = (len >= 3 || len == 2 && after_joined_holder) && (a..ts).all(|k| lex.translit.contains(&chars[k])) && !toks.within(a, ts).any(|w| w.country().is_some() || w.place().is_some());
            // 常务副院长, 东大董事长: a post's modifiers or a university's short form are no name
            // (宣传部部长: nor is a unit's name before its head's post)
            let not_name = || {
                // (在致辞时王校长…: 时 closes the clause 在 opens, and opens no name)
                let closes_zai = chars[a] == '时' && (s.start..a).rev().take_while(|&k| !matches!(chars[k], ',' | '。' | ';')).any(|k| chars[k] == '在');
                if closes_zai {
                    return true;
                }
                let cand: String = chars[a..ts].iter().collect();
                // (教授李华及校长王明: 及 joins two holders, it ends no given name)
                // (各国驻华大使: where an envoy is posted is no name either)
                if cand.ends_with('及') || cand.contains('驻') {
                    return true;
                }
                // (第一位参观的国家总统: the state whose head it is, a word with 国 as a surname)
                if ["国家", "国务", "国际"].contains(&cand.as_str()) {
                    return true;
                }
                // (由双方校长签署: the sides counted are no name)
                if COUNTED_PARTIES.iter().any(|w| cand.contains(w)) {
                    return true;
                }
                // (外语系助理教授, 海总副会长: a department or a body's short form before its post)
                // (东岭科大校長, 西河师大教授: a university's short form by its kind of school)
                const SCHOOL_SHORT_FORMS: &[&str] = &["科大", "师大", "師大", "工大", "农大", "農大", "医大", "醫大", "理大", "财大", "財大", "交大", "海大", "民大", "外大", "政大", "商大", "体大", "體大"];
                lex.modifiers.iter().any(|m| cand.ends_with(m.as_str())) || len <= 3 && cand.ends_with('大') || cand.ends_with(UNIT_ENDINGS) || cand.ends_with(['系', '总']) || SCHOOL_SHORT_FORMS.iter().any(|w| cand.ends_with(w))
            };
            (left_ok && (chinese || translit) && !(division_head && !chinese) && toks.covering(a).is_none_or(|c| c.start >= a) && !not_name()).then_some((a, chinese))
        };
        let Some((a, chinese)) = [3, 2, 4, 5, 6].into_iter().find_map(accept) else { continue };
        // (孔院科洛夫院长: a transliteration runs on to the left as far as one is read, though a
        // shorter one closes on a character that may end a section's name)
        let a = if chinese { a } else { (ts - a + 1..=6).map_while(|l| accept(l).filter(|&(_, c)| !c)).last().map_or(a, |(b, _)| b) };
        out.push(mention(EntityType::Person, norm, a, ts, si, "person.before-title"));
    }
}

/// 东岭研究院Anna Berg院长: where a Latin name of two to four words starts that ends right
/// before a title at `ts`, set between a body's name (or a mark) and the title.
fn latin_name_before_title(chars: &[char], toks: &Tokens, sent_start: usize, ts: usize) -> Option<usize> {
    if ts == sent_start || !chars[ts - 1].is_ascii_lowercase() {
        return None;
    }
    let run = (sent_start..ts).rev().take_while(|&k| chars[k].is_ascii_alphabetic() || matches!(chars[k], ' ' | '.' | '-' | '\'')).count();
    let a = (ts - run..ts).find(|&k| chars[k].is_ascii_uppercase())?;
    let whole = latin_name_at(chars, a, ts) == Some(ts - a) && chars[a..ts].iter().filter(|&&c| c == ' ').count() >= 1;
    let left_ok = a == sent_start || !is_cjk(chars[a - 1]) && !chars[a - 1].is_ascii_alphanumeric() || toks.ending_at(a).is_some_and(|b| b.has(|g| matches!(g, Tag::OrgHead(_) | Tag::KnownOrg(_) | Tag::Word(WordRole::Stop | WordRole::Conj))));
    (whole && left_ok).then_some(a)
}

/// Where the modifiers written before a post starting at `post_start` begin (前任, 常务副):
/// the longest that ends there, or `post_start` when none does.
fn modifiers_start(lex: &Lexicon, chars: &[char], sent_start: usize, post_start: usize) -> usize {
    lex.modifiers.iter().filter(|m| ends_with_at(chars, post_start, sent_start, m)).map(|m| post_start - m.chars().count()).min().unwrap_or(post_start)
}

/// A Latin name of two to four capitalised words (Anna Maria Smith), as foreign names are
/// often written in Chinese news.
fn latin_name_at(chars: &[char], p: usize, se: usize) -> Option<usize> {
    let mut k = p;
    let mut words = 0;
    // Latin letters with diacritics too (Luís, José, Müller)
    let upper = |c: char| c.is_uppercase() && !is_cjk(c);
    while k < se && upper(chars[k]) {
        let w = (k + 1..se).take_while(|&j| chars[j].is_lowercase() || chars[j] == '-' || chars[j] == '\'').count();
        // (Anna B. Berg: a middle initial between the names)
        let initial = w == 0 && words >= 1 && chars.get(k + 1) == Some(&'.') && chars.get(k + 2).is_some_and(|&c| c == ' ' || upper(c));
        // (António Cruz SERRA: a family name in capitals closes the name)
        let capitals = (k..se).take_while(|&j| chars[j].is_ascii_uppercase()).count();
        if w == 0 && !initial && words >= 1 && capitals >= 2 && (k + capitals >= se || !chars[k + capitals].is_ascii_alphanumeric()) {
            k += capitals;
            words += 1;
            break;
        }
        if w < 1 && !initial {
            break;
        }
        k += if initial { 2 } else { 1 + w };
        words += usize::from(!initial);
        if initial && k < se && upper(chars[k]) {
            continue;
        }
        if k < se && chars[k] == ' ' && chars.get(k + 1).is_some_and(|&c| upper(c)) {
            k += 1;
        } else {
            break;
        }
    }
    (words >= 2 && (k >= se || !chars[k].is_ascii_alphanumeric())).then_some(k - p)
}

/// The word for a company (公司, 企业) whose token is `head`, right after a country alone and
/// right before a capitalised Latin name: the Latin name is the company's.
fn country_and_kind_ending_at(chars: &[char], toks: &Tokens, head: &Token) -> bool {
    let kind = matches!(chars[head.start..head.end].iter().collect::<String>().as_str(), "公司" | "企业");
    let country = toks.ending_at(head.start).is_some_and(|c| c.country().is_some());
    kind && country && chars.get(head.end).is_some_and(|c| c.is_ascii_uppercase())
}

/// An organisation's name read as a country and 公司 with a Latin name after it: no name.
fn country_and_kind_before_latin(chars: &[char], toks: &Tokens, start: usize, head: &Token) -> bool {
    country_and_kind_ending_at(chars, toks, head) && toks.ending_at(head.start).is_some_and(|c| c.start == start)
}

/// 女王卡琳娜二世: a monarch's regnal number (a numeral and 世) closes the name after a post.
fn with_regnal_numbers(norm: &NormText, chars: &[char], se: usize, si: usize, people: &mut [Mention]) {
    for m in people.iter_mut().filter(|m| m.ty == EntityType::Person) {
        let numeral = chars.get(m.end).is_some_and(|&c| "一二三四五六七八九十".contains(c));
        if numeral && m.end + 2 <= se && chars[m.end + 1] == '世' {
            *m = mention(EntityType::Person, norm, m.start, m.end + 2, si, m.rule);
        }
    }
}

/// `11所大学`, `四校`, `5所高校`: a count of universities right after a list's 等.
fn counted_universities_at(chars: &[char], at: usize, end: usize) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十百".contains(c);
    let k = at + (at..end).take_while(|&j| numeral(chars[j])).count();
    let k = if chars.get(k).is_some_and(|&c| c == '所') { k + 1 } else { k };
    k > at && ["大学", "高校", "院校", "校"].iter().any(|w| starts_with_at(chars, k, end, w))
}

/// Whether a list item may start at `k`: after 、, a conjunction, a stop word or a verb that
/// opens a list (号召, 包括), or at the sentence's start.
fn list_item_opens(chars: &[char], toks: &Tokens, ss: usize, k: usize) -> bool {
    k == ss || matches!(chars[k - 1], '、' | ',' | ':' | '(') || toks.ending_at(k).is_some_and(|t| t.is_stop() || t.is_conj())
}

/// One-character function words and verbs of saying that close a transliterated name: no
/// transliteration table uses them as sounds.
const NEVER_SOUNDS: &[char] = &['在', '说', '說', '和', '与', '與', '是', '等', '的', '将', '將', '也', '就', '对', '對', '向', '为', '為', '了', '并', '並', '及', '称', '稱', '曾', '已', '还', '還', '又', '均', '则', '則', '被', '从', '從', '到', '把', '给', '給', '让', '讓', '跟', '同', '即', '亦', '才', '便'];

/// A transliterated name written without its dot after a post (校长穆塔诺夫分别…): a run of
/// three to eight transliteration characters closed by a mark, a verb of saying or a
/// function word.
fn transliteration_after_post(lex: &Lexicon, chars: &[char], toks: &Tokens, p: usize, se: usize) -> Option<usize> {
    let sound = |k: usize| lex.translit.contains(&chars[k]) && toks.covering(k).is_none_or(|t| t.start >= p && t.has(|g| matches!(g, Tag::Word(WordRole::Word))));
    let run = (p..se.min(p + 9)).take_while(|&k| sound(k)).count();
    // (齐约·阿扎马特: a one-character word, 约, is a sound too when a dot follows the part)
    let loose = |k: usize| lex.translit.contains(&chars[k]) && toks.covering(k).is_none_or(|t| t.end - t.start == 1);
    let loose_run = (p..se.min(p + 9)).take_while(|&k| loose(k)).count();
    let run = if loose_run >= 2 && chars.get(p + loose_run) == Some(&'·') { loose_run } else { run };
    // (院士齐约·阿扎马特·哈米德: a name in several dotted parts, each of sounds)
    let mut run = run;
    while run >= 2 && chars.get(p + run) == Some(&'·') {
        let part = (p + run + 1..se.min(p + run + 9)).take_while(|&k| sound(k)).count();
        // (卡里姆·别、: a surname of one sound, where a mark closes it)
        let closed_one = part == 1 && (p + run + 2 >= se || matches!(chars[p + run + 2], '、' | ',' | '。' | '等' | ')' | '('));
        if part < 2 && !closed_one {
            break;
        }
        run += 1 + part;
    }
    if chars[p..p + run].contains(&'·') {
        return Some(run);
    }
    // (部长丙东·披岭耶出席: a name in two dotted parts of other sounds, each free of words;
    // a function word or a verb of saying is never a sound: 丙东·披岭耶在会上, 丙东·披岭耶说)
    let free = |k: usize| k < se && is_cjk(chars[k]) && !NEVER_SOUNDS.contains(&chars[k]) && toks.covering(k).is_none_or(|t| t.end - t.start == 1);
    let first = (p..se.min(p + 5)).take_while(|&k| free(k)).count();
    if (2..=4).contains(&first) && chars.get(p + first) == Some(&'·') {
        // (卡里姆·别克诺夫娃: a surname of six sounds)
        let second = (p + first + 1..se.min(p + first + 8)).take_while(|&k| free(k)).count();
        if (2..=6).contains(&second) {
            return Some(first + 1 + second);
        }
    }
    // 主席卡林认为: two characters only where a verb of saying or a mark closes them
    let closed = |k: usize| k >= se || matches!(chars[k], ',' | '。' | '、') || toks.starting_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech))));
    ((3..=8).contains(&run) || run == 2 && closed(p + 2)).then_some(run)
}

/// 主席吴丁温敏、…: a Burmese name after a post opens with its honorific (吴 for a man, 杜 for a
/// woman) and runs on for two to four sounds no word covers, up to a mark or a verb.
fn burmese_name_at(chars: &[char], toks: &Tokens, p: usize, se: usize) -> Option<usize> {
    if !matches!(chars.get(p), Some('吴' | '杜')) {
        return None;
    }
    let free = |k: usize| k < se && is_cjk(chars[k]) && toks.covering(k).is_none_or(|t| t.end - t.start == 1 && !t.has(|g| matches!(g, Tag::Word(_))));
    let run = (p + 1..se.min(p + 5)).take_while(|&k| free(k)).count();
    let k = p + 1 + run;
    let closed = k >= se || matches!(chars[k], '、' | ',' | '。' | '和' | '及') || toks.starting_at(k).is_some_and(|t| t.has(|g| matches!(g, Tag::Word(WordRole::Speech | WordRole::Stop))));
    ((2..=4).contains(&run) && closed).then_some(1 + run)
}

/// A name of two or three characters after a post whose given name holds a one-character
/// function word (向, 以, 和), accepted only when a mark, a verb of saying or a list word
/// closes it.
fn closed_name_after_post(chars: &[char], toks: &Tokens, p: usize, sur: usize, se: usize) -> Option<usize> {
    let plain = |k: usize| k < se && is_cjk(chars[k]) && toks.covering(k).is_none_or(|t| t.end - t.start == 1 || t.has(|g| matches!(g, Tag::Word(WordRole::Word))));
    // (董事长刘为民分别致辞: an adverb of two characters before the verb closes it too)
    let adverb = |t: &crate::scan::Token<'_>| t.end - t.start >= 2 && t.has(|g| matches!(g, Tag::Word(WordRole::Stop)));
    // (主席习近平的见证下: 的 after the whole name closes it too)
    let closes = |k: usize| k >= se || matches!(chars[k], '、' | ',' | '。' | ';' | ':' | '(' | '“' | '等' | '的') || toks.starting_at(k).is_some_and(|t| adverb(t) || t.has(|g| matches!(g, Tag::Word(WordRole::Speech) | Tag::Post))) || pair_follows(chars, toks, k, se);
    // (前会长周云林, 副秘书长孙金华: a given name that is also a place's name, closed by a mark)
    let place_given = sur == 1 && toks.starting_at(p + 1).is_some_and(|t| t.end == p + 3 && t.has(|g| matches!(g, Tag::Place(_)))) && closes(p + 3);
    if place_given {
        return Some(3);
    }
    [sur + 2, sur + 1].into_iter().find(|&len| (sur..len).all(|i| plain(p + i)) && closes(p + len))
}

/// 院长李以德和湖光大学副院长王明: a 和 or 与 that another post (and so another person)
/// follows before any mark ends a name.
fn pair_follows(chars: &[char], toks: &Tokens, k: usize, se: usize) -> bool {
    matches!(chars[k], '和' | '与') && (k + 1..se.min(k + 12)).take_while(|&j| is_cjk(chars[j])).any(|j| toks.starting_at(j).is_some_and(|t| t.has(|g| matches!(g, Tag::Post))))
}

/// Drop mentions swallowed by a longer mention of another type, and exact duplicates.
/// Countries and places inside names stay (they carry located_in); organisations inside a
/// project, event, alliance or document name do not. One sweep over spans sorted by start:
/// O(n log n), whatever the article.
fn resolve_overlaps(mut ms: Vec<Mention>) -> Vec<Mention> {
    ms.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.ty.cmp(&b.ty)));
    join_dotted_names(&mut ms);
    // Two rules finding the same span: one mention, keeping what either knew.
    ms.dedup_by(|b, a| {
        let same = a.start == b.start && a.end == b.end && a.ty == b.ty;
        if same {
            if a.note.is_none() {
                a.note = b.note.take();
                a.rule = b.rule;
            }
            a.aliases.append(&mut b.aliases);
        }
        same
    });
    // Container kinds: the eight types, plus "venue" (a place from 在X举行).
    const VENUE: usize = 8;
    // a ceremony named after the body it is for (东岭中心揭牌仪式) leaves that body a mention
    const CEREMONY: usize = 9;
    let kind_of = |m: &Mention| if m.rule == "event.ceremony" { CEREMONY } else { m.ty as usize };
    // inside[i][k]: mention i lies strictly inside a span of kind k
    let mut within = vec![[false; 10]; ms.len()];
    let mut max_end_before = [0usize; 10]; // over spans starting strictly before the current start
    let mut i = 0;
    while i < ms.len() {
        let start = ms[i].start;
        let mut j = i;
        while j < ms.len() && ms[j].start == start {
            j += 1;
        }
        // within the group (same start, ends descending), earlier ones with a longer end contain later ones
        let mut group_max = [0usize; 10];
        for k in i..j {
            let m = &ms[k];
            for kind in 0..10 {
                within[k][kind] = max_end_before[kind] >= m.end || group_max[kind] > m.end;
            }
            let kk = kind_of(m);
            group_max[kk] = group_max[kk].max(m.end);
            if m.rule == "place.venue-in-held-phrase" {
                group_max[VENUE] = group_max[VENUE].max(m.end);
            }
        }
        for m in &ms[i..j] {
            let kk = kind_of(m);
            max_end_before[kk] = max_end_before[kk].max(m.end);
            if m.rule == "place.venue-in-held-phrase" {
                max_end_before[VENUE] = max_end_before[VENUE].max(m.end);
            }
        }
        i = j;
    }
    // a venue of the same span also swallows an organisation or event read from it
    let venue_spans: std::collections::HashSet<(usize, usize)> = ms.iter().filter(|m| m.rule == "place.venue-in-held-phrase").map(|m| (m.start, m.end)).collect();
    // (上海市东岭大学东湖校区: a body read across the city into the campus is no body)
    let across_venue = |m: &Mention| venue_spans.iter().any(|&(vs, ve)| m.start < vs && m.end > vs && m.end < ve);
    let drop = named_twice_or_field(&ms);
    let chained_places = places_named_in_names(&ms);
    // (“东岭对话·海川峰会城市”活动: the meetings a quoted programme is named after are no meetings)
    let programmes: Vec<(usize, usize)> = ms.iter().filter(|m| m.rule == "event.quoted-programme").map(|m| (m.start, m.end)).collect();
    let in_programme = |m: &Mention| programmes.iter().any(|&(a, b)| a <= m.start && m.end <= b && (a, b) != (m.start, m.end));
    // (《东岭省教育厅关于…的通知》: the body a document opens with before 关于 issued it and
    // stays a body)
    let issuers: Vec<(usize, usize)> = ms.iter().filter(|m| m.ty == EntityType::Document).flat_map(|d| ms.iter().filter(move |o| o.ty == EntityType::Organization && o.start == d.start && d.label.strip_prefix(o.label.as_str()).is_some_and(|r| r.starts_with("关于"))).map(|o| (o.start, o.end))).collect();
    // (中共中央对外联络部东岭国家智库合作理事会: the department a council of think tanks is set
    // up under opens its name and stays a body of its own)
    let councils: Vec<(usize, usize)> = ms.iter().filter(|m| m.rule == "alliance.think-tank-council").map(|m| (m.start, m.end)).collect();
    let opens_council = |m: &Mention| m.lex.is_some() && councils.iter().any(|&(a, b)| a == m.start && m.end < b);
    // (东岭大学校长联合会: the schools whose heads form an association are no body named inside it)
    let associations: Vec<(usize, usize)> = ms.iter().filter(|m| m.rule == "org.association-of-post-holders").map(|m| (m.start, m.end)).collect();
    let in_association = |m: &Mention| m.lex.is_none() && associations.iter().any(|&(a, b)| a <= m.start && m.end < b);
    let mut keep = Vec::with_capacity(ms.len());
    for ((m, within), drop) in ms.into_iter().zip(within).zip(drop) {
        if drop {
            continue;
        }
        // (a ceremony is an event to every type but the body it is for)
        let inside = |ty: EntityType| within[ty as usize] || ty == EntityType::Event && within[CEREMONY];
        let in_venue = within[VENUE] || venue_spans.contains(&(m.start, m.end)) || across_venue(&m);
        if in_venue && matches!(m.ty, EntityType::Organization | EntityType::Event) {
            continue; // 在西安国际会议中心举行: a venue, not a 中心 or a 会议
        }
        let ok = match m.ty {
            EntityType::Organization if m.rule != "org.lexicon" => {
                // (inside a ceremony's name only the body it is for, named before its acts, not
                // one read across the ceremony: …成立仪式暨大学)
                let across_ceremony = CEREMONY_HEADS.iter().any(|w| m.label.contains(w));
                let celebrated = matches!(m.rule, "org.whose-anniversary" | "org.founded-at-its-meeting");
                !in_association(&m) && !inside(EntityType::Project) && (!within[EntityType::Event as usize] || celebrated) && !(within[CEREMONY] && across_ceremony) && (!inside(EntityType::Alliance) || opens_council(&m)) && (!inside(EntityType::Document) || issuers.contains(&(m.start, m.end))) && !inside(EntityType::Person)
            }
            // 上合组织海川大学联盟 names an alliance, not the SCO inside it; a two-character
            // short form inside a longer name is part of that name (a company's 中兴 in 东岭中兴大学)
            EntityType::Organization => !inside(EntityType::Person) && (!inside(EntityType::Alliance) || opens_council(&m)) && !(inside(EntityType::Organization) && m.surface.chars().count() <= 2),
            // A city inside an organisation's name is a place only when named as one (阿拉木图市);
            // 浙江大学 does not mention 浙江.
            EntityType::Place => {
                // (《东岭共识》 names no place of its own either)
                !inside(EntityType::Place) && !inside(EntityType::Person) && !inside(EntityType::Document) && (!inside(EntityType::Organization) || chained_places.contains(&(m.start, m.end)))
            }
            // 中国—东岭海洋大学联盟: the countries an alliance is named after are no mentions
            EntityType::Country => !inside(EntityType::Person) && !inside(EntityType::Alliance),
            // …项目管理处, …项目办公室: an office that manages projects, no project
            EntityType::Project => !inside(EntityType::Event) && !inside(EntityType::Document) && !inside(EntityType::Project) && !inside(EntityType::Organization),
            EntityType::Alliance | EntityType::Document => !inside(EntityType::Project),
            // (东岭论坛基金会: a meeting's name inside a body's is no meeting)
            EntityType::Event => !inside(EntityType::Project) && !inside(EntityType::Document) && !inside(EntityType::Organization) && !in_programme(&m),
            // 哈萨克斯坦阿里·法拉比国立大学: a person a body is named after is no mention
            EntityType::Person => !inside(EntityType::Person) && !inside(EntityType::Organization) && !inside(EntityType::Alliance),
        };
        if ok {
            keep.push(m);
        }
    }
    keep
}

/// Mentions another one already stands for: a lexicon body read again inside the same name
/// with its country (中国外交部 and its 外交部: one body, named once), and a country inside a
/// body's name not at its start (…社会科学院俄罗斯东欧中亚研究所 names the field, not where
/// it is).
fn named_twice_or_field(ms: &[Mention]) -> Vec<bool> {
    let prefixed_forms: std::collections::HashSet<(usize, &str)> = ms
        .iter()
        .filter(|m| m.ty == EntityType::Organization && m.rule != "org.lexicon")
        .flat_map(|m| m.aliases.iter().map(move |a| (m.end, a.as_str())))
        .collect();
    // (美国国务院 and its 国务院: the tail of a name that is another country's body, no short
    // form of it, is still the same words read twice)
    let org_spans: Vec<(usize, usize)> = ms.iter().filter(|m| m.ty == EntityType::Organization && m.rule != "org.lexicon").map(|m| (m.start, m.end)).collect();
    let tail_of_name = |m: &Mention| org_spans.iter().any(|&(s, e)| e == m.end && s < m.start);
    let same_body = |m: &Mention| m.ty == EntityType::Organization && m.rule == "org.lexicon" && (prefixed_forms.contains(&(m.end, m.label.as_str())) || tail_of_name(m));
    // `ms` is sorted by start: one sweep keeps the furthest end of bodies starting before
    let (mut org_end_before, mut group_org_end, mut group_start) = (0, 0, usize::MAX);
    ms.iter()
        .map(|m| {
            if m.start != group_start {
                org_end_before = org_end_before.max(group_org_end);
                group_start = m.start;
            }
            if m.ty == EntityType::Organization {
                group_org_end = group_org_end.max(m.end);
            }
            same_body(m) || m.ty == EntityType::Country && org_end_before >= m.end
        })
        .collect()
}

/// Places a name holds that are places of the report: 成都市教委 does not name Chengdu as
/// one, 浙江省宁波市东岭大学 and 哈萨克斯坦阿拉木图市东岭中心 name the city after its province
/// or country (after a country only written as a city: 阿拉木图市, not 维捷布斯克国立大学).
fn places_named_in_names(ms: &[Mention]) -> std::collections::HashSet<(usize, usize)> {
    use std::collections::HashSet;
    let place_starts: HashSet<usize> = ms.iter().filter(|m| m.ty == EntityType::Place).map(|m| m.start).collect();
    let place_ends: HashSet<usize> = ms.iter().filter(|m| m.ty == EntityType::Place).map(|m| m.end).collect();
    let country_ends: HashSet<usize> = ms.iter().filter(|m| m.ty == EntityType::Country).map(|m| m.end).collect();
    ms.iter()
        .filter(|m| m.ty == EntityType::Place)
        .filter(|m| place_ends.contains(&m.start) || place_starts.contains(&m.end) || country_ends.contains(&m.start) && m.end - m.start > m.label.chars().count())
        .map(|m| (m.start, m.end))
        .collect()
}

/// 武萨尔·加拉耶夫 read as a Chinese name (武萨尔) and a dotted one (萨尔·加拉耶夫) that
/// overlap: one person, the union of both. `ms` is sorted by start.
fn join_dotted_names(ms: &mut Vec<Mention>) {
    let mut k = 0;
    while k + 1 < ms.len() {
        let (a, b) = (&ms[k], &ms[k + 1]);
        let overlap = a.ty == EntityType::Person && b.ty == EntityType::Person && a.start < b.start && b.start < a.end && a.end < b.end;
        if overlap && b.surface.contains('·') {
            let head: String = a.surface.chars().take(b.start - a.start).collect();
            let start = a.start;
            let b = &mut ms[k + 1];
            b.start = start;
            b.surface = format!("{head}{}", b.surface);
            b.label = format!("{head}{}", b.label);
            ms.remove(k);
            continue;
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;

    fn persons(text: &str) -> Vec<String> {
        labels_of(text, super::EntityType::Person)
    }

    fn orgs(text: &str) -> Vec<String> {
        labels_of(text, super::EntityType::Organization)
    }

    #[test]
    fn a_century_opens_a_committee_s_name_that_founders_make_an_alliance() {
        let f = crate::relate::facts_of("21世纪东岭合作委员会是由东岭友好协会与西河市人民政府在北湖城市组织框架内共同发起的专业委员会。我市作为创始会员城市加入21世纪东岭合作委员会。");
        assert!(labels_of("21世纪东岭合作委员会成立。", super::EntityType::Organization).contains(&"21世纪东岭合作委员会".to_owned()));
        assert!(crate::relate::holds(&f, "东岭友好协会", "founding_member", "21世纪东岭合作委员会"), "{f:?}");
        assert!(crate::relate::holds(&f, "西河市人民政府", "founding_member", "21世纪东岭合作委员会"), "{f:?}");
        // (海上合作委员会: 上合 inside 海上合作 names no body)
        assert!(!orgs("东岭海上合作委员会成立。").iter().any(|o| o.contains("作委员会") && !o.starts_with("东岭")), "{:?}", orgs("东岭海上合作委员会成立。"));
        // (a committee nobody founds or joins stays a body)
        assert!(orgs("东岭合作委员会召开会议。").contains(&"东岭合作委员会".to_owned()));
    }

    #[test]
    fn a_minister_titled_大臣_a_name_closed_by_的_and_malaysia_s_short_name() {
        let f = crate::relate::facts_of("东岭商务部部长王明与英国国际发展大臣格里宁签署了备忘录。东岭商务部将与英国国际发展部加强合作。");
        assert!(crate::relate::holds(&f, "格里宁", "position", "英国国际发展部"), "{f:?}");
        assert!(persons("在首相安华及中国主席习近平的见证下签署。").contains(&"习近平".to_owned()));
        let f = crate::relate::facts_of("东岭港务局与大马水务部加强合作。");
        assert!(crate::relate::holds(&f, "大马水务部", "located_in", "马来西亚"), "{f:?}");
        // (大马士革 is Damascus, no Malaysia)
        assert!(!labels_of("他在大马士革会见了代表。", super::EntityType::Country).contains(&"马来西亚".to_owned()));
    }

    #[test]
    fn ministries_named_by_listed_fields_and_a_malay_minister_s_honorific() {
        // (fields listed with 、 before the last two joined by 与/和/及 are one ministry's name)
        let o = orgs("东岭国科技部和新西兰海洋、渔业与港口部签署联合声明。文化、体育及青年部拿督斯里东姑扎哈出席。");
        assert!(o.contains(&"新西兰海洋、渔业与港口部".to_owned()), "{o:?}");
        assert!(o.contains(&"文化、体育及青年部".to_owned()), "{o:?}");
        // (a list of other words stays out: only two-character fields are taken)
        let o = orgs("双方签署了教育、文化与旅游部的备忘录。");
        assert!(!o.iter().any(|x| x.contains("签署")), "{o:?}");
        // (拿督斯里 opens a name after a body with no post, read by its sounds)
        let p = persons("外交部拿督斯里阿末沙里、内政部长拿督斯里莫哈末达里签署。");
        assert!(p.contains(&"阿末沙里".to_owned()) && p.contains(&"莫哈末达里".to_owned()), "{p:?}");
        // (、海洋及渔业资源部长X: a field joined to a glued post is no listed person)
        let p = persons("部长聂沙拉米、海洋及渔业资源部长王明出席。");
        assert!(!p.contains(&"海洋".to_owned()), "{p:?}");
        // (大使X及Y台长Z: a four-character name after the post ends before 及; 台长 is glued)
        let p = persons("中国驻马大使欧阳立群及东岭广播电视台长王明等出席。");
        assert!(p.contains(&"欧阳立群".to_owned()) && p.contains(&"王明".to_owned()), "{p:?}");
        assert!(orgs("中国驻马大使欧阳立群及东岭广播电视台长王明等出席。").contains(&"东岭广播电视台".to_owned()));
    }

    #[test]
    fn a_quoted_slogan_and_a_field_name_one_meeting_and_think_tank_experts_name_no_think_tank() {
        let ev = labels_of("“东岭联盟”成立大会暨2018“海川合作”与南川合作农业经济政策论坛在北京召开。", super::EntityType::Event);
        assert!(ev.contains(&"2018“海川合作”与南川合作农业经济政策论坛".to_owned()), "{ev:?}");
        // (a body before 与 still ends the name: 东岭大学与西河论坛)
        let ev = labels_of("东岭大学与“海川”西河论坛在北京召开。", super::EntityType::Event);
        assert!(!ev.iter().any(|e| e.contains("东岭大学")), "{ev:?}");
        // X智库专家: experts say what the think tank is, the body before it is the name
        assert_eq!(orgs("东岭研究院智库专家王明出席。南川和东盟高级别智库专家共商合作。").iter().filter(|o| o.contains("智库")).count(), 0);
        assert!(orgs("东岭研究院智库专家王明出席。").contains(&"东岭研究院".to_owned()));
    }

    #[test]
    fn a_sound_lai_in_a_transliterated_university_and_a_short_form_before_a_list_mark() {
        let o = orgs("首批包括北湖国立大学、以色列萨伯来大学等院校。成立大会上,江西农大、南川大学等院校签署了协议。学生们来大学参观。");
        for u in ["以色列萨伯来大学", "南川大学"] {
            assert!(o.contains(&u.to_owned()), "{u}: {o:?}");
        }
        assert!(!o.iter().any(|n| n.contains('、') || n.contains("来大学参")), "{o:?}");
    }

    #[test]
    fn unite_and_at_home_is_no_united_nations() {
        assert!(orgs("旨在联合国内农林院校与沿线国家院校。").is_empty());
        assert!(orgs("联合国内部改革正在进行。").contains(&"联合国".to_owned()));
    }

    #[test]
    fn yiji_a_bare_head_before_a_unit_and_verbs_of_meeting_end_names() {
        // 以及 joins whole items; a bare head before a unit refers back, it names no body
        let o = orgs("东岭大学校长王明、李芸以及中心新闻联络部副主任张学海等参加。");
        assert_eq!(o, vec!["东岭大学".to_owned()], "{o:?}");
        assert!(orgs("东岭文化、旅游及体育部部长王明出席。").contains(&"东岭文化、旅游及体育部".to_owned()));
        // a verb of meeting after a name after a post is no part of it
        let p = persons("东岭中心秘书长王秀萍与西河大学党委书记李林会面。");
        assert!(p.contains(&"李林".to_owned()) && !p.iter().any(|n| n.contains("会面")), "{p:?}");
        // (a verb of praise before a body is no part of its name)
        assert_eq!(orgs("秘书长赞赏西河大学所做的工作。"), vec!["西河大学".to_owned()]);
    }

    #[test]
    fn parks_named_with_their_place_bases_and_short_names_by_a_deputy_s_post() {
        let places = |t: &str| labels_of(t, super::EntityType::Place);
        // a park or zone opened by its country, place or a country pair is a place
        let p = places("哈萨克斯坦东岭农产品物流加工园区、中乌现代农业科技示范园等基地揭牌。");
        assert!(p.contains(&"哈萨克斯坦东岭农产品物流加工园区".to_owned()) && p.contains(&"中乌现代农业科技示范园".to_owned()), "{p:?}");
        // (a verb before the place is no part of it; a zone's committee is a body, not the zone)
        assert!(places("支持杨凌农业高新技术产业示范区和东岭大学培训人员。").contains(&"杨凌农业高新技术产业示范区".to_owned()));
        assert!(!places("杨凌示范区党工委书记李华出席。").iter().any(|p| p.ends_with("示范区")));
        // (a park two sides build together is their project; a park of no place is none)
        assert_eq!(labels_of("双方同意共同建设“中哈东岭农业示范园”。", super::EntityType::Project), vec!["中哈东岭农业示范园"]);
        assert!(places("各地建设现代农业示范园。").is_empty());
        // the training base of a base is read as part of that base, not as a name
        assert!(!orgs("上合组织东岭农业培训示范基地实训基地揭牌。").iter().any(|o| o.ends_with("基地实训基地")));
        // 营养所副所长: a short name before its deputy's post; 来自治区农科院: the region's 自
        let o = orgs("营养所副所长王晓红出席。李华一行来自治区农科院调研。");
        assert!(o.contains(&"营养所".to_owned()) && o.contains(&"自治区农科院".to_owned()), "{o:?}");
    }

    #[test]
    fn bodies_of_a_type_a_trade_name_ending_in_he_and_a_variant_character() {
        // 自发自律类智库组织, 智库行业协会: a type of body and a sector's association in general
        assert!(orgs("组建联盟,或者成立智库行业协会等自发自律类智库组织。").is_empty());
        // 中国首个国家级农业高新区: a place's first body of a kind
        assert!(orgs("这里是中国首个国家级农业高新区。").is_empty());
        // 塔吉克斯坦杏和公司: a trade name may end in 和 right before 公司 after its country
        assert_eq!(orgs("塔吉克斯坦杏和公司负责人王明介绍情况。"), vec!["塔吉克斯坦杏和公司"]);
        assert!(orgs("东岭政府和公司代表出席。").iter().all(|o| !o.ends_with("和公司")));
        // 跟X公司达成合作: the preposition before a company is no part of it
        assert_eq!(orgs("他跟东岭乐达生物科技有限公司达成合作。"), vec!["东岭乐达生物科技有限公司"]);
        // 陜西: a variant form of 陕 the converter leaves alone
        let places = labels_of("博览会在陜西楊凌舉辦。", super::EntityType::Place);
        assert!(places.contains(&"陕西".to_owned()) && places.contains(&"杨凌".to_owned()), "{places:?}");
    }

    fn labels_of(text: &str, ty: super::EntityType) -> Vec<String> {
        extract_text(text).entities.iter().filter(|e| e.ty == ty).map(|e| e.label.clone()).collect()
    }

    #[test]
    fn a_burmese_name_after_a_post_a_prefecture_committee_and_a_label_before_a_meeting() {
        let text = "东岭智库论坛举行\n\n编辑:西河电视台 发布于2030-05-24 08:57 共328人阅读\n文章导读 第三届东岭智库论坛在仰光举行\n\n西河研究所主席吴丁温敏、海川州委副秘书长李华出席。吴丁温敏表示,两国共建合作平台。";
        let mut p = persons(text);
        p.sort();
        assert_eq!(p, vec!["吴丁温敏", "李华"]);
        assert!(orgs(text).contains(&"海川州委".to_owned()), "{:?}", orgs(text));
        // (the page's meta line and the summary's label are no part of the meeting's name)
        assert_eq!(labels_of(text, super::EntityType::Event), vec!["第三届东岭智库论坛"]);
        // (a Chinese name with the same surname stays as long as Chinese names are)
        assert_eq!(persons("西河研究所主席吴建民出席。"), vec!["吴建民"]);
    }

    #[test]
    fn the_verb_ban_a_counted_confucius_institute_and_a_contributor_line_name_no_body() {
        let text = "由东岭国立大学与西河大学合作创办的东岭国立大学孔子学院揭牌。希望这所孔子学院越办越好,将孔子学院办成合作的样板。(供稿 南川大学孔子学院)";
        let mut o = orgs(text);
        o.sort();
        assert_eq!(o, vec!["东岭国立大学", "东岭国立大学孔子学院", "南川大学孔子学院", "西河大学"]);
        let r = extract_text(text);
        let institute = r.entities.iter().find(|e| e.label == "东岭国立大学孔子学院").expect("the institute");
        assert_eq!(institute.kind, Some(crate::lexicon::OrgKind::Other));
        // a city office named 办 stays a body
        assert_eq!(orgs("东岭市外办主任李华出席。"), vec!["东岭市外办"]);
    }

    #[test]
    fn halls_are_places_and_names_after_a_word_for_what_the_person_is() {
        assert!(orgs("在东岭大学主楼绿色大厅,嘉宾进行了交谈。").iter().all(|o| !o.contains("大厅")));
        assert_eq!(labels_of("在南川大厅举行的庆典上双方致辞。", super::EntityType::Place), vec!["南川大厅"]);
        let p = persons("资深外交官汪明远大使、校友总会林锡明理事长、蔡江明秘书长出席。");
        for n in ["汪明远", "林锡明", "蔡江明"] {
            assert!(p.contains(&n.to_string()), "{n} {p:?}");
        }
        assert_eq!(persons("东岭大学校长哈立德·阿明·萨拉赫致辞。"), vec!["哈立德·阿明·萨拉赫"]);
    }

    #[test]
    fn a_ministry_named_by_its_fields_alone_and_a_chamber_of_a_parliament() {
        let o = orgs("东岭议会立法院副议长李华,数字发展、创新和通信部部长王明出席。");
        assert!(o.contains(&"数字发展、创新和通信部".to_string()) && o.contains(&"东岭议会立法院".to_string()), "{o:?}");
        // fields of departments, each with its own word, are no ministry
        assert!(orgs("教育、科技和文化部门参加。").is_empty());
        // generic bodies and meetings: a partner's or the local universities, a rotating host
        assert!(orgs("深化与东南亚伙伴大学的合作,拜访多所当地重点大学,在轮值学校东岭大学的筹划下").iter().all(|o| o == "东岭大学"));
        let e = labels_of("举行了学术顾问聘任仪式。论坛分为开幕式、主旨演讲、专题研讨和闭幕式四个环节。", super::EntityType::Event);
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn alliances_by_a_long_name_by_a_place_and_a_verb_and_listed_with_short_names() {
        let a = labels_of("东岭海洋装备产业技术创新战略联盟与西河新材料产业技术创新战略联盟签订合作协议。", super::EntityType::Alliance);
        assert_eq!(a.len(), 2, "{a:?}");
        let a = labels_of("29日,珠三角助力海洋联盟(下称联盟)成立大会在浙江杭州举行。", super::EntityType::Alliance);
        assert_eq!(a, vec!["珠三角助力海洋联盟"]);
        // a place and a verb opening a sentence about alliances in general: none
        assert!(labels_of("北京推动高校联盟建设。", super::EntityType::Alliance).is_empty());
        // a platform of a company and a country stays a project
        assert!(labels_of("东岭埃及出行平台入选“产业数字化转型”类别。", super::EntityType::Alliance).is_empty());
        // a word of praise after a proper name no lexicon knows: a name; at the start: a kind
        assert_eq!(labels_of("在主论坛上,东岭高端智库联盟宣告成立。", super::EntityType::Alliance), vec!["东岭高端智库联盟"]);
        assert!(labels_of("要加强高端智库联盟建设,推动新型智库联盟成立。", super::EntityType::Alliance).is_empty());
        // a place glued to a university opens its unit's fields, joined by 与 inside one name
        let o = orgs("“东岭高校智库联盟”由东岭大学发展研究院、西河大学珠三角与西江经济带发展研究院发起并成立。");
        assert!(o.contains(&"西河大学珠三角与西江经济带发展研究院".to_owned()), "{o:?}");
        assert!(orgs("东岭大学与西河研究院签约。").contains(&"西河研究院".to_owned()));
        let mut p = persons("东岭科学文化中心主席罗莎·曼德思、图书馆馆长海伦娜·科斯略出席。");
        p.sort();
        assert_eq!(p, vec!["海伦娜·科斯略", "罗莎·曼德思"]);
    }

    #[test]
    fn the_body_a_founding_meeting_is_named_after_is_a_body_too() {
        let r = extract_text("东岭校友会成立大会在南川举行。");
        assert!(r.entities.iter().any(|e| e.ty == super::EntityType::Event && e.label == "东岭校友会成立大会"));
        assert_eq!(orgs("东岭校友会成立大会在南川举行。"), vec!["东岭校友会"]);
        // a meeting of a body that already exists names no body of its own
        assert!(orgs("东岭校友会年会在南川举行。").is_empty());
    }

    #[test]
    fn a_committee_on_religion_a_senate_and_names_closed_by_an_adverb_or_a_verb() {
        let o = orgs("全国政协民族和宗教委员会主任李华出席。巴基斯坦参议院副主席卡里莫夫致辞。");
        assert!(o.contains(&"全国政协民族和宗教委员会".to_string()) && o.contains(&"巴基斯坦参议院".to_string()), "{o:?}");
        // a given name with 为 in it, closed by the adverb before the verb
        let p = persons("副理事长刘冠明、董事长刘为民分别发表了致辞。");
        assert!(p.contains(&"刘为民".to_string()), "{p:?}");
        // 但距离 before a post, 纳入 before a meeting: no name
        assert!(persons("十余年来取得了成就,但距离总书记的要求还有差距。").is_empty());
        let e = labels_of("成果被纳入第三届东岭合作高峰论坛成果清单。", super::EntityType::Event);
        assert_eq!(e, vec!["第三届东岭合作高峰论坛"]);
    }

    #[test]
    fn a_diplomat_or_an_official_named_between_the_body_and_the_rank() {
        let p = persons("外交部王明公使、教育部国际司李华简任秘书及双方团队皆出席见证。");
        assert!(p.contains(&"王明".to_string()) && p.contains(&"李华".to_string()), "{p:?}");
        // 亦 and 回访 are no part of the body visited
        assert_eq!(orgs("北湖大学校长 Anna Berg 教授亦回访东岭大学。"), vec!["北湖大学", "东岭大学"]);
        // a ministry's portfolio is no name before a rank
        assert!(persons("外交部秘书处出席。").is_empty());
    }

    #[test]
    fn a_provincial_body_referred_to_by_its_level_and_contracted_head() {
        let r = extract_text("论坛由浙江省社会科学界联合会主办。开幕式上,省社科联一级巡视员王明致辞。");
        let body = r.entities.iter().find(|e| e.label == "浙江省社会科学界联合会").expect("the body");
        assert!(body.aliases.contains("省社科联"), "{:?}", body.aliases);
        assert_eq!(orgs("论坛由浙江省社会科学界联合会主办。开幕式上,省社科联一级巡视员王明致辞。").len(), 1);
        // two provinces' bodies: the level alone names neither
        let o = orgs("论坛由浙江省社会科学界联合会、江苏省社会科学界联合会主办。省社科联一级巡视员王明致辞。");
        assert!(!o.iter().any(|l| l.starts_with('省')), "{o:?}");
    }

    #[test]
    fn you_and_the_formal_jia_before_a_body_are_no_part_of_its_name() {
        let o = orgs("明年預計有東嶺大學加入。頒獎典禮假西河大學社會科學院舉行。");
        assert!(o.contains(&"东岭大学".to_string()) && o.contains(&"西河大学社会科学院".to_string()), "{o:?}");
        // nor the verbs 来 (come to) and 获 (receive)
        let o = orgs("每年都有学者来东岭大学访问。该项目获西河教育厅资助。");
        assert!(o.contains(&"东岭大学".to_string()) && o.contains(&"西河教育厅".to_string()), "{o:?}");
        // (有色, 假日, 未来 are words of names: a metals institute, a holiday hotel)
        assert_eq!(orgs("东岭未来研究院发布报告。"), vec!["东岭未来研究院"]);
        assert_eq!(orgs("东岭有色金属研究院发布报告。"), vec!["东岭有色金属研究院"]);
    }

    #[test]
    fn a_quoted_meeting_name_before_a_generic_word_is_one_meeting_without_quote_marks() {
        let x = extract_text("「東嶺發展論壇」學術研討會昨日開幕。東嶺發展論壇今年已是第五年。");
        let events: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Event).map(|e| e.label.as_str()).collect();
        assert_eq!(events, vec!["东岭发展论坛学术研讨会"]);
        // a quoted term inside a longer name is no meeting's own name
        let x = extract_text("“蓝色海湾”东岭智库联盟理事会第三次会议在北京举行。");
        assert!(x.entities.iter().any(|e| e.ty == super::EntityType::Event && e.label.starts_with('“')), "{:?}", x.entities);
    }

    #[test]
    fn venues_by_their_names_a_district_before_a_venue_and_rooms_of_a_body() {
        // 假 as 在, a district the lexicon lacks before a venue named after its city
        let x = extract_text("峰会一连两日假东湾北京国际会议中心举行。");
        let places = labels_of("峰会一连两日假东湾北京国际会议中心举行。", super::EntityType::Place);
        assert!(places.contains(&"北京国际会议中心".to_owned()) && places.contains(&"东湾".to_owned()), "{:?}", x.entities);
        assert!(orgs("峰会一连两日假东湾北京国际会议中心举行。").is_empty());
        // a conference hall or a hotel is a place whatever the verb
        assert_eq!(labels_of("校长李华在东岭会议中心会见了代表团。", super::EntityType::Place), vec!["东岭会议中心"]);
        assert_eq!(orgs("东岭酒店集团董事长李华出席。"), vec!["东岭酒店集团"]);
        // a room of a body is the body
        assert_eq!(orgs("代表团参观了西河国际研究院展板厅。"), vec!["西河国际研究院"]);
    }

    #[test]
    fn prepositions_sectors_and_foreign_branches_around_names() {
        // 对 before a body the lexicon knows is no part of its name
        let o = orgs("代表团对外交部政策研究室进行考察。");
        assert!(o.contains(&"外交部政策研究室".to_owned()) && o.iter().all(|x| !x.starts_with('对')), "{o:?}");
        // (和平 is a word of a name)
        assert_eq!(orgs("和平研究院成立。"), vec!["和平研究院"]);
        // a sector before 智库 says what kind it is
        assert!(orgs("东岭研究院作为政府智库、高校智库,积极开展研究。").iter().all(|o| !o.ends_with("智库")));
        // a branch abroad named after a Chinese city is another body than the one in the city
        let x = extract_text("杭州大学代表团访问泰国杭州大学。");
        let us: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Organization).map(|e| e.label.as_str()).collect();
        assert_eq!(us.len(), 2, "{us:?}");
    }

    #[test]
    fn quoted_projects_joint_meetings_and_lists_of_quoted_themes() {
        assert_eq!(labels_of("双方合作的项目“东岭港口扩建”进展顺利。", super::EntityType::Project), vec!["东岭港口扩建"]);
        // one meeting made of two, called by its first part later
        let x = extract_text("东岭研究院成立仪式暨“西河合作”主题研讨会在北京举行。李华在东岭研究院成立仪式上讲话。");
        let events: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Event).map(|e| e.label.as_str()).collect();
        assert_eq!(events.len(), 1, "{events:?}");
        // the last of a list of quoted themes before 举行 is no event
        assert!(labels_of("就“东岭贸易”、“西河交流”及“南川合作”举行的三场专题论坛。", super::EntityType::Event).iter().all(|e| e != "南川合作"));
    }

    #[test]
    fn names_after_envoys_and_prepositions_before_names() {
        // the city of a consulate between its country and the consul
        let x = extract_text("东岭学会秘书长、中国驻法国里昂前总领事李华出席。");
        assert!(labels_of("东岭学会秘书长、中国驻法国里昂前总领事李华出席。", super::EntityType::Place).contains(&"里昂".to_owned()), "{:?}", x.entities);
        // 于 as a surname after a post, closed by 在
        assert_eq!(persons("东岭大学前副校长于洪明在会上讲话。"), vec!["于洪明"]);
        // 向 as a preposition inside a clause before a two-character name and a title
        assert_eq!(persons("秘书长还向陆明校长赠送了书籍。"), vec!["陆明"]);
        // 发表 ends a name after a post; 国有 is a word of a body's name
        assert_eq!(persons("东岭国有资产管理委员会副主任王明发表致辞。"), vec!["王明"]);
        assert_eq!(orgs("东岭国有资产管理委员会副主任王明发表致辞。"), vec!["东岭国有资产管理委员会"]);
    }

    #[test]
    fn people_listed_before_a_word_for_them_and_holders_joined_by_he() {
        assert_eq!(persons("会上,李华、王明、周立群等知名人士出席。"), vec!["周立群", "李华", "王明"]);
        // bodies listed before 等 are no people
        assert!(persons("东岭大学、西河大学等高校代表出席。").is_empty());
        // 和 after one holder's title joins the next, whose transliterated name is two characters
        let p = persons("正如李华主席和拜伦总统所说,对话很重要。");
        assert!(p.contains(&"拜伦".to_owned()) && !p.iter().any(|x| x.starts_with('和')), "{p:?}");
    }

    #[test]
    fn counts_editions_in_digits_provinces_and_other_countries_ministries() {
        // 16轮对话会 counts meetings; 第10届 numbers one
        assert!(labels_of("两国先后举行16轮产能合作对话会。", super::EntityType::Event).is_empty());
        assert_eq!(labels_of("第10届东岭合作论坛在北京举行。", super::EntityType::Event), vec!["第10届东岭合作论坛"]);
        assert_eq!(labels_of("李华参与第三届“东岭”国际合作论坛。", super::EntityType::Event), vec!["第三届“东岭”国际合作论坛"]);
        // a province named after its country and a quarter of it; one the lexicon lacks before its offices
        let places = labels_of("西哈萨克斯坦州与东岭州州政府签约。", super::EntityType::Place);
        assert!(places.contains(&"西哈萨克斯坦州".to_owned()), "{places:?}");
        assert!(orgs("西哈萨克斯坦州与东岭州州政府签约。").contains(&"东岭州州政府".to_owned()));
        // a country's one-character form before a ministry the lexicon knows: that country's
        assert!(orgs("东岭大学副校长李华与哈外交部副部长王明会谈。").contains(&"哈外交部".to_owned()));
        // embassies in China in general name none; a body's building is a place
        assert!(orgs("各国驻华使馆代表出席。").is_empty());
        assert_eq!(labels_of("代表处位于东岭合作中心大楼。", super::EntityType::Place), vec!["东岭合作中心大楼"]);
        // projects counted after the word or named by a superlative are kinds
        assert!(labels_of("签约外资项目2个,其中金额最大项目落户东岭。", super::EntityType::Project).is_empty());
    }

    #[test]
    fn divisions_in_chains_after_a_country_or_a_place() {
        let x = extract_text("东岭市与乌兹别克斯坦布哈拉州东岭区签署协议,四川省西河市南川县与老挝北湖省海川县、东湾省签约。");
        let places: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Place).map(|e| e.label.as_str()).collect();
        for p in ["布哈拉州", "东岭区", "西河市", "南川县", "北湖省", "海川县", "东湾省"] {
            assert!(places.contains(&p), "{p}: {places:?}");
        }
        // a region named after a city is not the city
        assert!(!places.contains(&"布哈拉"), "{places:?}");
        let f = crate::relate::facts_of("四川省西河市南川县与乌兹别克斯坦布哈拉州签约。");
        assert!(crate::relate::holds(&f, "南川县", "located_in", "西河市") && crate::relate::holds(&f, "布哈拉州", "located_in", "乌兹别克斯坦"), "{f:?}");
        // a division says where it is by its chain, not by the city whose name it carries
        let f = crate::relate::facts_of("乌兹别克斯坦布哈拉州代表出席。");
        assert!(!f.iter().any(|r| r.0 == "布哈拉州" && r.2 == "布哈拉"), "{f:?}");
        // a central body's short form after a level's character is the local body, not the central one
        assert!(orgs("市发改委、市农业农村局等部门代表发言。").iter().all(|o| o != "国家发展和改革委员会"));
        // a city the lexicon knows with 市 after it is that city
        assert!(labels_of("乌兹别克斯坦布哈拉市代表出席。", super::EntityType::Place).contains(&"布哈拉".to_owned()));
        // words that end in a level's character name no division
        let p = labels_of("中国东部地区的智慧城市建设,中国市场很大,长三角区域发展迅速。", super::EntityType::Place);
        assert!(p.iter().all(|x| !x.ends_with("城市") && !x.ends_with("区")), "{p:?}");
    }

    #[test]
    fn an_edition_before_a_quoted_meeting_name_is_part_of_it() {
        let x = extract_text("第五屆「東嶺合作峰會」昨日開幕。「東嶺合作峰會」今年移師西河。");
        let events: Vec<_> = x.entities.iter().filter(|e| e.ty == super::EntityType::Event).collect();
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].label, "第五届东岭合作峰会");
        assert_eq!(labels_of("首届“南川青年对话”在北湖举行。", super::EntityType::Event), vec!["首届南川青年对话"]);
        // a count of editions before the quote is no edition of this one
        assert_eq!(labels_of("已办五届。“南川青年对话”在北湖举行。", super::EntityType::Event), vec!["南川青年对话"]);
    }

    #[test]
    fn a_hyphen_joins_given_names_of_a_transliterated_name() {
        assert_eq!(persons("总统卡西姆-阿曼·托卡尔提出倡议。"), vec!["卡西姆-阿曼·托卡尔"]);
        assert_eq!(persons("副部长古丽·阔娃在仪式上指出。"), vec!["古丽·阔娃"]);
        // a country pair joined by a dash is no name
        assert!(persons("中国-哈萨克斯坦合作委员会成立。").is_empty());
        let x = extract_text("中国-东岭合作委员会主席李华致辞。");
        assert!(x.entities.iter().all(|e| e.aliases.iter().all(|a| !a.starts_with('-'))), "{:?}", x.entities);
    }

    #[test]
    fn a_name_before_a_title_listed_with_its_modifier_and_no_name_after_a_title() {
        assert_eq!(persons("李华副教授出席。"), vec!["李华"]);
        assert_eq!(persons("东岭研究所王明副研究员出席。"), vec!["王明"]);
        // 时隔 (after an interval of) after a title is no given name
        assert_eq!(persons("卡西姆总统时隔两年再次来访。"), vec!["卡西姆"]);
        // 同 after one holder's title joins the other holder
        let mut p = persons("王明主席同卡西姆总统举行会谈。");
        p.sort();
        assert_eq!(p, vec!["卡西姆", "王明"]);
        assert!(persons("会议同期举行了展览。").is_empty());
    }

    #[test]
    fn names_before_a_title_after_a_scope_or_honorific_and_in_lists() {
        let p = persons("钱立新主席会见了来宾。东岭大学副校长(学生事务)林海出席,南洋大学董事长拿督陈国强致辞。");
        for name in ["钱立新", "林海", "陈国强"] {
            assert!(p.contains(&name.to_string()), "{name}: {p:?}");
        }
        let p = persons("东岭大学教授黄明、黄丽丽等参加研讨。海川部长Anna Berg出席。");
        for name in ["黄明", "黄丽丽", "Anna Berg"] {
            assert!(p.contains(&name.to_string()), "{name}: {p:?}");
        }
    }

    #[test]
    fn agreements_described_by_kind_only_are_no_documents() {
        let docs = |t: &str| extract_text(t).entities.iter().filter(|e| e.ty == super::EntityType::Document).map(|e| e.label.clone()).collect::<Vec<_>>();
        assert!(docs("东岭大学与西河大学签署姊妹校合作备忘录。").is_empty());
        assert!(docs("两校签订战略合作谅解备忘录。").is_empty());
        assert_eq!(docs("两校签署东岭西河联合培养备忘录。"), vec!["东岭西河联合培养备忘录"]);
    }

    #[test]
    fn a_ceremony_for_a_kind_of_act_is_no_named_event() {
        let events = |t: &str| extract_text(t).entities.iter().filter(|e| e.ty == super::EntityType::Event).map(|e| e.label.clone()).collect::<Vec<_>>();
        assert!(events("两校合作交流缔结仪式由副校长李华主持。").is_empty());
        assert_eq!(events("北湖南川友好城市缔结仪式由市长李华主持。"), vec!["北湖南川友好城市缔结仪式"]);
    }

    #[test]
    fn a_known_body_after_a_country_is_one_body() {
        let x = extract_text("在中国外交部支持下，东岭大学与吉尔吉斯共和国外交部东岭研究所签署协议。");
        let orgs: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Organization).map(|e| e.label.as_str()).collect();
        assert!(orgs.contains(&"中国外交部") && orgs.contains(&"吉尔吉斯共和国外交部"), "{orgs:?}");
        assert!(!orgs.contains(&"外交部"), "{orgs:?}");
        // a later bare 外交部 is the one body named with its country
        let x = extract_text("在中国外交部支持下，东岭大学与西河大学签署协议。外交部官员李华出席。");
        let orgs: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Organization).map(|e| e.label.as_str()).collect();
        assert!(orgs.contains(&"中国外交部") && !orgs.contains(&"外交部"), "{orgs:?}");
        // alone, the known body is still named
        let x = extract_text("外交部官员李华出席了会议。");
        assert!(x.entities.iter().any(|e| e.label == "外交部"));
    }

    #[test]
    fn another_countrys_ministry_ending_in_a_known_ministrys_name_is_one_body() {
        // 高等 is no list's 等, and the Chinese 教育部 is not named
        assert_eq!(orgs("东岭大学代表团访问了哈萨克斯坦科学和高等教育部。"), vec!["哈萨克斯坦科学和高等教育部", "东岭大学"]);
        // a known short form (科技部) at the end of a longer name
        assert_eq!(orgs("李华访问了吉尔吉斯斯坦教育科技部。"), vec!["吉尔吉斯斯坦教育科技部"]);
        // the short form after the country alone stays the lexicon's body; two-character forms open nothing
        assert_eq!(orgs("李华访问了中国科技部。"), vec!["科学技术部"]);
        assert_eq!(orgs("2015年初中办印发了文件。"), vec!["中共中央办公厅"]);
    }

    #[test]
    fn words_before_a_name_that_are_no_part_of_it() {
        let labels = |t: &str| extract_text(t).entities.iter().map(|e| e.label.clone()).collect::<Vec<_>>();
        // 应 … 邀请: at the invitation of (but 应用 inside a name stays)
        assert!(labels("代表团应东岭大学和西河大学邀请出访。").contains(&"东岭大学".to_string()));
        assert!(labels("东岭应用技术大学派员出席。").contains(&"东岭应用技术大学".to_string()));
        // a partner named as such
        assert!(labels("东岭大学与合作伙伴西河国际大学签署协议。").contains(&"西河国际大学".to_string()));
        // 很多 before a country: no city of two characters across the words (多哈)
        assert!(!labels("很多哈萨克斯坦学生来到东岭大学。").contains(&"多哈".to_string()));
    }

    #[test]
    fn a_post_given_to_a_list_of_names_and_a_think_tank_described_before_its_name() {
        let people = labels_of("理事会公布名单,副理事长为李华与王明,其余理事为周立群、张海(驻会理事)和赵刚。", super::EntityType::Person);
        for name in ["李华", "王明", "周立群", "张海", "赵刚"] {
            assert!(people.contains(&name.to_string()), "{name} in {people:?}");
        }
        // a sentence where 为 is no copula before a name
        assert!(labels_of("主任为大家介绍了情况。", super::EntityType::Person).is_empty());
        let orgs = labels_of("东岭大学智库南川政策研究基金会召开董事会。", super::EntityType::Organization);
        assert!(orgs.contains(&"南川政策研究基金会".to_string()), "{orgs:?}");
    }

    #[test]
    fn a_place_and_a_country_joined_by_yu_name_one_exchange_centre() {
        let labels = |t: &str| extract_text(t).entities.iter().map(|e| e.label.clone()).collect::<Vec<_>>();
        assert!(labels("山西省与哈萨克斯坦交流合作研究中心副主任李华出席。").contains(&"山西省与哈萨克斯坦交流合作研究中心".to_string()));
        let apart = labels("天津市与兰州大学签署协议。");
        assert!(apart.contains(&"兰州大学".to_string()), "{apart:?}");
        assert!(!labels("天津市与北京市政府签署协议。").iter().any(|l| l.starts_with("天津市与")));
    }

    #[test]
    fn a_body_named_with_its_country_is_the_one_named_with_the_countrys_one_character_form() {
        assert_eq!(orgs("代表团访问了哈萨克斯坦东岭合作委员会。哈东岭合作委员会主席李华会见了代表团。"), vec!["哈萨克斯坦东岭合作委员会"]);
        // without the full name nothing links the short one to a country
        assert_eq!(orgs("哈东岭合作委员会主席李华会见了代表团。"), vec!["哈东岭合作委员会"]);
    }

    #[test]
    fn a_councils_term_and_running_a_school_name_no_body() {
        assert!(orgs("第三届理事会理事长单位由东岭大学担任。").iter().all(|o| o != "第三届理事会"), "{:?}", orgs("第三届理事会理事长单位由东岭大学担任。"));
        assert!(orgs("联盟第一届理事会由李华担任理事长。").is_empty());
        assert!(orgs("东岭西河合作办校的计划获批。").is_empty());
        // a council with a name of its own stays one
        assert_eq!(orgs("东岭海洋合作理事会成立。"), vec!["东岭海洋合作理事会"]);
    }

    #[test]
    fn zu_zhi_organises_after_a_body_unless_it_ends_the_bodys_name() {
        assert_eq!(orgs("东岭研究所组织了代表团。"), vec!["东岭研究所"]);
        assert_eq!(orgs("东岭研究所组织专家编写报告。"), vec!["东岭研究所"]);
        assert_eq!(orgs("东岭合作组织召开峰会。"), vec!["东岭合作组织"]);
    }

    #[test]
    fn a_name_after_a_post_is_read_at_three_characters_when_nothing_closes_it() {
        let p = persons("东岭大学副教授周立群专程赴西河大学签约。北湖市长王明华特别出席仪式。");
        assert!(p.contains(&"周立群".to_string()) && p.contains(&"王明华".to_string()), "{p:?}");
        // four characters closed by a mark, a longer transliteration, two names a space separates
        assert!(persons("各国专家学者齐聚一堂,共商合作。").is_empty());
        assert_eq!(persons("西河大学校长阿斯卡罗夫出席。"), vec!["阿斯卡罗夫".to_string()]);
        let p = persons("出席的有东岭大学副校长李明 周立群等人。");
        assert!(p.contains(&"李明".to_string()), "{p:?}");
    }

    #[test]
    fn a_body_named_after_a_person_names_no_person() {
        let x = extract_text("东岭大学与哈萨克斯坦阿里·卡西莫夫国立大学签署协议。");
        assert!(x.entities.iter().all(|e| e.ty != super::EntityType::Person), "{:?}", x.entities.iter().map(|e| &e.label).collect::<Vec<_>>());
        assert!(x.entities.iter().any(|e| e.label == "哈萨克斯坦阿里·卡西莫夫国立大学"));
    }

    #[test]
    fn posts_of_a_party_committee_and_a_head_of_state_frame_names() {
        let x = extract_text("东岭大学党委常务副书记李华致辞。");
        let orgs: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Organization).map(|e| e.label.as_str()).collect();
        assert_eq!(orgs, vec!["东岭大学"]);
        assert_eq!(persons("这是响应中国国家主席王明华“要加强合作”建议的举措。"), vec!["王明华".to_string()]);
        assert_eq!(persons("国家主席王明华出席。"), vec!["王明华".to_string()]);
        assert!(persons("西河大学教授来访并座谈。").is_empty());
    }

    #[test]
    fn words_before_a_name_and_descriptions_that_name_no_body() {
        let x = extract_text("王明校长参加由西河科技大学主办之论坛。由本校发起之南川高校合作联盟举行年会,今年由联盟成员西河科技大学承办。");
        let labels: Vec<&str> = x.entities.iter().map(|e| e.label.as_str()).collect();
        assert!(labels.contains(&"南川高校合作联盟") && labels.contains(&"西河科技大学"), "{labels:?}");
        assert!(!labels.iter().any(|l| l.starts_with('之') || l.starts_with("成员")), "{labels:?}");
        let x = extract_text("其宗旨是服务各国智库、国际和地区组织以及各国学者,或者组织专家考察,并审议通过了理事会规程和理事会组成人员。双方可合作申请科研项目,参加在泰国举行的国际学术研讨会。");
        let labels: Vec<&str> = x.entities.iter().filter(|e| e.ty != super::EntityType::Country).map(|e| e.label.as_str()).collect();
        assert!(labels.is_empty(), "{labels:?}");
        let mut p = persons("座谈由李华院长主持,周立群副院长、王明所长参加。");
        p.sort();
        assert_eq!(p, vec!["周立群", "李华", "王明"]);
    }

    #[test]
    fn a_place_or_country_inside_a_body_s_name_is_no_mention_of_its_own() {
        // (the field a body studies names no country; a city written with its level, 成都市, is
        // where the body is, so it stands as a place the body is in)
        let x = extract_text("成都市教委主任李华与中国东岭研究院俄罗斯东欧研究所所长王明出席。");
        let of = |ty| x.entities.iter().filter(|e| e.ty == ty).map(|e| e.label.as_str()).collect::<Vec<_>>();
        assert_eq!(of(super::EntityType::Place), vec!["成都"]);
        assert_eq!(of(super::EntityType::Country), vec!["中国"]);
        let x = extract_text("成都东岭大学校长李华出席。");
        assert!(!x.entities.iter().any(|e| e.ty == super::EntityType::Place), "{:?}", x.entities);
    }

    #[test]
    fn places_before_a_university_say_where_it_is() {
        let x = extract_text("浙江省宁波市南川大学与杭州北湖大学签署协议。北湖大学副校长李华出席。原北湖大学教师周立群也到场。");
        let uni = |n: &str| x.entities.iter().find(|e| e.label == n).map(|e| e.aliases.iter().cloned().collect::<Vec<_>>());
        assert_eq!(uni("浙江省宁波市南川大学"), Some(vec!["南川大学".to_owned()]));
        assert_eq!(uni("杭州北湖大学"), Some(vec!["北湖大学".to_owned()]));
        assert!(uni("原北湖大学").is_none());
        let located: Vec<(String, String)> = x.relations.iter().filter_map(|r| match r.object {
            crate::relate::Object::Entity(o) if r.predicate == crate::relate::Predicate::LocatedIn => Some((x.entities[r.subject].label.clone(), x.entities[o].label.clone())),
            _ => None,
        }).collect();
        assert!(located.contains(&("宁波".to_owned(), "浙江".to_owned())), "{located:?}");
        assert!(located.contains(&("浙江省宁波市南川大学".to_owned(), "宁波".to_owned())), "{located:?}");
        assert!(!located.contains(&("浙江省宁波市南川大学".to_owned(), "浙江".to_owned())), "{located:?}");
    }

    #[test]
    fn lian_he_before_guo_nei_is_a_verb_and_the_general_offices_are_known() {
        assert!(!orgs("东岭研究中心联合国内二十家智库成立联盟。").contains(&"联合国".to_owned()));
        assert!(orgs("李华在联合国内部会议上发言。").contains(&"联合国".to_owned()));
        let o = orgs("2015年初中办国办印发通知。");
        assert!(o.contains(&"中共中央办公厅".to_owned()) && o.contains(&"国务院办公厅".to_owned()), "{o:?}");
        assert_eq!(o.len(), 2, "{o:?}");
    }

    #[test]
    fn a_founding_meeting_named_by_its_alliance_and_a_country_s_think_tanks_in_general() {
        let x = extract_text("“东岭智库合作联盟”理事会成立会议暨专题研讨会在南川召开。当前中国智库的问题是成果不够。");
        let labels: Vec<(super::EntityType, String)> = x.entities.iter().map(|e| (e.ty, e.label.clone())).collect();
        assert!(labels.contains(&(super::EntityType::Event, "“东岭智库合作联盟”理事会成立会议暨专题研讨会".to_owned())), "{labels:?}");
        assert!(!labels.iter().any(|(_, l)| l.ends_with("中国智库")), "{labels:?}");
    }

    #[test]
    fn states_after_their_country_capitals_and_cities_of_a_region() {
        let places = |t: &str| {
            let mut v: Vec<String> = extract_text(t).entities.iter().filter(|e| e.ty == super::EntityType::Place).map(|e| e.label.clone()).collect();
            v.sort();
            v
        };
        assert_eq!(places("论坛在马来西亚东岭州首府南川召开。"), vec!["东岭州", "南川"]);
        assert_eq!(places("论坛将在俄罗斯东岭共和国首都北岭湾市举办。"), vec!["东岭共和国", "北岭湾市"]);
        assert_eq!(places("东岭大学与美国西河州四所大学签约。高雄与西河州的北湖市早已结为姊妹市。"), vec!["北湖市", "西河州", "高雄"]);
        // no state without its country, no city without its region
        assert!(places("东岭州很大,这里的北湖市很美。").is_empty());
        // (北哈萨克斯坦州州长: a quarter of the country's state and its governor, no state named 州)
        assert_eq!(places("北哈萨克斯坦州州长李华出席。"), vec!["北哈萨克斯坦州"]);
    }

    #[test]
    fn a_mayor_glued_to_the_city_a_trailing_title_and_latin_names_after_posts() {
        let mut p = persons("杭州市长李华出席。协会会长周立群议员也一同出席。州众议员Tom Hale大力推动。");
        p.sort();
        assert_eq!(p, vec!["Tom Hale", "周立群", "李华"]);
        // the last name listed after a post may end at a verb; a department head after the name
        let mut p = persons("副校长李华、柴立群出席并讲话。由东岭省科技厅周云林副厅长带队。");
        p.sort();
        assert_eq!(p, vec!["周云林", "李华", "柴立群"]);
    }

    #[test]
    fn a_latin_name_before_a_title_a_bureau_s_fields_joined_by_he_and_a_republic_s_formal_name() {
        let e = extract_text("代表团与东岭研究院Anna Berg院长共同揭牌。蒙古国规划和统计办公室主任李华出席。会议在秘鲁共和国海川学院举行。");
        let labels: Vec<&str> = e.entities.iter().map(|x| x.label.as_str()).collect();
        for l in ["Anna Berg", "蒙古国规划和统计办公室", "秘鲁共和国海川学院"] {
            assert!(labels.contains(&l), "{l} in {labels:?}");
        }
        // (a document's head before 和 still ends a name when no body or country opens it)
        assert!(!orgs("会议发布了发展规划和东岭办公室的报告。").iter().any(|o| o.contains("规划和")));
        // (a dot a mirror restored between two headlines does not join a word to a country's body)
        assert_eq!(orgs("东岭的作用何在?俄罗斯外交部回应"), vec!["俄罗斯外交部"]);
    }

    #[test]
    fn yin_ends_a_name_only_before_a_cause_and_a_regional_cooperation_body_is_a_kind() {
        let mut p = persons("东岭国总统努尔赛因首次出席峰会。校长李华因故缺席,副校长王明因工作原因未出席。");
        p.sort();
        assert_eq!(p, vec!["努尔赛因", "李华", "王明"]);
        assert_eq!(orgs("东岭组织是世界上最大的综合性区域合作组织。"), vec!["东岭组织"]);
    }

    #[test]
    fn zhi_ends_a_name_only_before_an_address_and_a_posting_is_no_name() {
        let text = "东岭研究所所长周立群致会议开幕词,西河大学校长王明致欢迎辞,院长张致远出席。";
        let mut p = persons(text);
        p.sort();
        assert_eq!(p, vec!["周立群", "张致远", "王明"]);
        assert!(labels_of(text, super::EntityType::Event).is_empty());
        assert!(persons("东岭、西河等国驻华大使出席。").is_empty());
    }

    #[test]
    fn think_tanks_inside_a_meeting_s_name_and_a_verb_before_it() {
        let e = labels_of("12月15日,第三届海川—东盟智库发展论坛在南宁举行。各方应不断完善海川—东盟智库发展论坛这一机制。", super::EntityType::Event);
        assert_eq!(e, vec!["第三届海川—东盟智库发展论坛"]);
    }

    #[test]
    fn a_series_name_before_a_colon_titles_one_meeting() {
        let e = labels_of("东岭研究所召开“东岭论坛:东岭和西河关系国际论坛”。", super::EntityType::Event);
        assert_eq!(e, vec!["东岭论坛:东岭和西河关系国际论坛"]);
    }

    #[test]
    fn a_meeting_of_scholars_and_one_pointed_at() {
        let e = labels_of("2015年,各方联合成立了东岭—西河国家学者高端论坛。这一高端论坛将加强交流。", super::EntityType::Event);
        assert_eq!(e, vec!["东岭—西河国家学者高端论坛"]);
    }

    #[test]
    fn a_country_and_a_body_with_zhijian_are_two_parties() {
        assert_eq!(orgs("会议讨论了中国与东岭集团之间的合作。"), vec!["东岭集团"]);
        assert_eq!(orgs("中国与东岭集团签署协议。"), vec!["中国与东岭集团"]);
    }

    #[test]
    fn a_time_word_before_a_body_written_alone_too_is_no_part_of_its_name() {
        assert_eq!(orgs("东岭档案局副局长李华出席。未来档案局也希望加强合作。"), vec!["东岭档案局"]);
    }

    #[test]
    fn the_government_of_a_county_the_lexicon_does_not_know() {
        let mut o = orgs("东岭大学与海川县人民政府签署合作协议,南川市政府也出席。各国政府和地方政府代表参会。");
        o.sort();
        assert_eq!(o, vec!["东岭大学", "南川市政府", "海川县人民政府"]);
    }

    #[test]
    fn initials_bracketed_inside_a_name_and_an_adverb_before_organise() {
        let e = extract_text("来自东岭大学、蒙古与海川(MHC)智库等高校的专家参加。许多国家的智库也纷纷组织研究小组。");
        let o: Vec<&str> = e.entities.iter().filter(|x| x.ty == super::EntityType::Organization).map(|x| x.label.as_str()).collect();
        assert!(o.contains(&"蒙古与海川智库") && !o.iter().any(|x| x.contains("组织")), "{o:?}");
    }

    #[test]
    fn a_university_programme_with_a_director_or_hosting_a_meeting_is_a_body() {
        let e = extract_text("由东岭大学智库研究项目(DLP)联合主办的年会在北京举办。东岭大学智库研究项目主任李华致辞。双方签署了海川大学交流项目合作协议。");
        let ty = |l: &str| e.entities.iter().find(|x| x.label == l).map(|x| x.ty);
        assert_eq!(ty("东岭大学智库研究项目"), Some(super::EntityType::Organization));
        assert_ne!(ty("海川大学交流项目"), Some(super::EntityType::Organization));
    }

    #[test]
    fn a_satellite_channel_is_a_medium_and_capitals_are_places() {
        let e = extract_text("东岭卫视记者报道,实验室启动仪式在蒙得维的亚举行。");
        let channel = e.entities.iter().find(|x| x.label == "东岭卫视").expect("东岭卫视");
        assert_eq!(channel.kind, Some(super::OrgKind::Media));
        assert!(labels_of("实验室启动仪式在蒙得维的亚举行,代表团随后前往卢布尔雅那。", super::EntityType::Place) == vec!["蒙得维的亚", "卢布尔雅那"]);
    }

    #[test]
    fn leaders_named_before_their_titles() {
        let mut p = persons("联盟深入贯彻李近华总书记关于教育的论述,落实卡里莫瓦耶夫总统提出的倡议。以王近平同志为核心。乌兹别克斯坦总统出席。");
        p.sort();
        assert_eq!(p, vec!["卡里莫瓦耶夫", "李近华", "王近平"]);
    }

    #[test]
    fn a_verb_of_joining_before_a_name_written_alone_elsewhere() {
        let f = crate::relate::facts_of("由东岭大学倡议,联合北湖大学、南川大学共同发起的西河大学联盟正式成立。北湖大学校长李华出席。");
        assert!(crate::relate::holds(&f, "北湖大学", "founding_member", "西河大学联盟"), "{f:?}");
        assert!(crate::relate::holds(&f, "东岭大学", "founding_member", "西河大学联盟"), "{f:?}");
        assert!(!f.iter().any(|x| x.0.starts_with("联合")), "{f:?}");
    }

    #[test]
    fn a_launch_ceremony_named_after_a_seminar() {
        let x = extract_text("3月5日,“东岭与西河”国际研讨会暨“南川研究”系列报告发布式举行。");
        let events: Vec<String> = x.entities.iter().filter(|e| e.ty == super::EntityType::Event).map(|e| e.label.clone()).collect();
        assert_eq!(events, vec!["“东岭与西河”国际研讨会暨“南川研究”系列报告发布式"]);
    }

    #[test]
    fn a_series_name_then_a_year_then_the_meeting() {
        let x = extract_text("9月12日,东岭智库国际论坛2017年会新闻发布会召开。东岭智库国际论坛2017年会定于9月18日在南川举办。");
        let mut events: Vec<String> = x.entities.iter().filter(|e| e.ty == super::EntityType::Event).map(|e| e.label.clone()).collect();
        events.sort();
        assert_eq!(events, vec!["东岭智库国际论坛2017年会", "东岭智库国际论坛2017年会新闻发布会"]);
    }

    #[test]
    fn a_verb_glued_before_a_name_the_article_writes_alone() {
        let orgs = |t: &str| {
            let mut v: Vec<String> = extract_text(t).entities.iter().filter(|e| e.ty == super::EntityType::Organization).map(|e| e.label.clone()).collect();
            v.sort();
            v
        };
        assert_eq!(orgs("东岭湖光大学(以下简称“湖光大学”)与我校签约。为了解湖光大学的特色,双方座谈。"), vec!["东岭湖光大学"]);
        assert_eq!(orgs("适逢西河大学建校百年,西河大学校长李华致辞。"), vec!["西河大学"]);
        assert_eq!(orgs("东岭大学与美国西松岭大学、东松岭大学签约。"), vec!["东岭大学", "东松岭大学", "美国西松岭大学"]);
        // a place before the short form is part of the full name
        assert_eq!(orgs("中国人民大学与东岭研究院签约。人民大学校长李华致辞。"), vec!["东岭研究院", "中国人民大学"]);
        // verbs of visiting and arranging, 以来 and 陆续 end a name
        assert_eq!(orgs("东岭大学团队前往日本拜会西河大学,并安排湖光大学学生参访。"), vec!["东岭大学", "湖光大学", "西河大学"]);
        assert_eq!(orgs("该校自2011年以来陆续与松岭大学签有协议。"), vec!["松岭大学"]);
        // a kind of university names none; a company's two-character short form inside a name is no company
        assert_eq!(orgs("西河大学是最大的综合型公立大学,也是研究型大学。"), vec!["西河大学"]);
        assert_eq!(orgs("东岭大学与多所高水平大学、观察员国大学和地区性国际组织开展合作。"), vec!["东岭大学"]);
        // a hyphen after a whole name, a country after 与 before a bureau, a word of praise
        assert_eq!(orgs("东岭日报-东岭新闻网记者报道。"), vec!["东岭新闻网", "东岭日报"]);
        assert_eq!(orgs("基于经贸案例与中国海川局的研究助力。"), vec!["中国海川局"]);
        assert_eq!(orgs("这是全国首个东岭研究中心。"), vec!["东岭研究中心"]);
        assert_eq!(orgs("东岭中兴大学与南川研究院签署协议。"), vec!["东岭中兴大学", "南川研究院"]);
        // a head closing a quotation heads all of it, 与 and 向 included
        assert_eq!(orgs("9月11日,“东岭山地与湖光海洋向东开放协同创新中心”组建与分工协议签字仪式在主楼会议室举行。"), vec!["东岭山地与湖光海洋向东开放协同创新中心"]);
    }

    #[test]
    fn a_verb_or_a_count_before_a_meeting_names_none() {
        let x = extract_text("第三届东岭论坛在西河举行,分主题举办若干高峰论坛。论坛将设置智库圆桌会议。各方要用好论坛这一桥梁。");
        let events: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Event).map(|e| e.label.as_str()).collect();
        assert_eq!(events, vec!["第三届东岭论坛"]);
    }

    #[test]
    fn a_ceremony_is_named_with_its_acts_and_the_body_it_is_for() {
        let labels = |t: &str, ty: super::EntityType| {
            let mut v: Vec<String> = extract_text(t).entities.iter().filter(|e| e.ty == ty).map(|e| e.label.clone()).collect();
            v.sort();
            v
        };
        let t = "东岭研究中心签约暨揭牌仪式在西河举行。";
        assert_eq!(labels(t, super::EntityType::Event), vec!["东岭研究中心签约暨揭牌仪式"]);
        assert_eq!(labels(t, super::EntityType::Organization), vec!["东岭研究中心"]);
        let t = "东岭湖光协同创新中心第二轮组建与分工协议签字仪式暨理事会第一次会议在京举行。";
        assert_eq!(labels(t, super::EntityType::Event), vec!["东岭湖光协同创新中心第二轮组建与分工协议签字仪式暨理事会第一次会议"]);
        // a name read across the ceremony (…成立仪式暨大学) is no body
        let t = "东岭型大学全球联盟成立仪式暨大学校长论坛举行。";
        assert!(!labels(t, super::EntityType::Organization).iter().any(|l| l.contains("仪式")));
    }

    #[test]
    fn a_preposition_before_a_phrase_or_a_verb_after_a_title_is_no_name() {
        assert_eq!(persons("副校长李华于会中表示,两校将加强合作。校长周立群相信合作会成功。"), vec!["周立群", "李华"]);
        assert!(persons("副会长于明亮表示,协会将继续合作。").contains(&"于明亮".to_owned()));
    }

    #[test]
    fn a_given_name_of_a_function_word_closed_by_a_second_post() {
        // 以 in a given name: read where 和 and another post follow; 国际长 is a university post
        let p = persons("东岭大学国际长周以宁和南川大学副国际长王立新前往大阪与京都。");
        assert_eq!(p, vec!["周以宁", "王立新"]);
        let x = extract_text("东岭大学国际长周以宁和南川大学副国际长王立新前往大阪与京都。");
        let places: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Place).map(|e| e.label.as_str()).collect();
        assert_eq!(places, vec!["大阪", "京都"]);
        // 和 then no post: the name is not read at a guess
        assert!(persons("校长周以宁和来宾合影。").is_empty());
    }

    #[test]
    fn a_given_name_of_function_words_before_a_title() {
        // 近 alone is a function word (近日, 近期), in a name before a title it is a given name
        let p = persons("林近安主席会见了来宾。");
        assert!(p.contains(&"林近安".to_string()), "{p:?}");
        // 院长于浩教授: a surname that is also a preposition, closed by a title after the name
        assert_eq!(persons("东岭研究院院长于浩教授热情接待了来宾。"), vec!["于浩"]);
        // (和 after a post opens no name: …主任和师生代表)
        assert!(persons("东岭中心主任和师生代表出席。").is_empty(), "{:?}", persons("东岭中心主任和师生代表出席。"));
    }

    #[test]
    fn verbs_of_gathering_using_admitting_and_being_appointed_open_no_name() {
        for (text, body) in [("多位专家学者齐聚东岭大学,共同探讨。", "东岭大学"), ("要利用东岭大学的学科优势。", "东岭大学"), ("联盟正式接纳东岭研究中心成为理事单位。", "东岭研究中心")] {
            assert_eq!(orgs(text), vec![body], "{text}");
        }
        // (受聘为中心学术委员会委员: 中心 alone refers back, naming no body)
        assert_eq!(orgs("东岭研究中心成立。李华受聘为中心学术委员会委员。"), vec!["东岭研究中心"]);
    }

    #[test]
    fn a_name_the_page_wrapped_after_a_post_is_whole() {
        let p = persons("論壇第二場由東嶺研究院院長李華、西河民主實驗室理事長王小\n\n明共同與談,討論熱烈。");
        assert!(p.contains(&"王小明".to_string()), "{p:?}");
    }

    #[test]
    fn legal_forms_bullets_press_release_labels_and_descriptions_open_no_name() {
        let o = orgs("  • 東嶺智庫\n\n新聞稿二東嶺智庫發布報告\n\n財團法人東嶺智庫今日舉辦論壇,包含西河基金會、北湖研究院皆出席。");
        assert!(o.contains(&"东岭智库".to_string()) && o.contains(&"西河基金会".to_string()), "{o:?}");
        // (a place's think tanks, 上海智库, name none; the legal form makes 财团法人上海智库 one)
        assert!(orgs("上海智库积极建言。").is_empty());
        assert_eq!(orgs("财团法人上海智库积极建言。"), vec!["上海智库"]);
        assert!(!o.iter().any(|x| x.starts_with('·') || x.contains("新闻稿") || x.contains("财团法人") || x.starts_with("包含")), "{o:?}");
        // a quoted description of think tanks names none
        let o = orgs("東嶺基金會入選「亞洲十佳新興智庫」名單。");
        assert_eq!(o, vec!["东岭基金会"]);
        // a body whose anniversary an event celebrates is named inside the event's name too
        assert!(orgs("財團法人東嶺智庫20週年論壇今日登場。").contains(&"东岭智库".to_string()));
    }

    #[test]
    fn a_periodical_in_title_marks_and_a_body_its_post_names() {
        let x = extract_text("第二場論壇由《東嶺周刊》發行人李華主持。北湖社社長王明、東嶺改院院長周立群出席。");
        let kind = |n: &str| x.entities.iter().find(|e| e.label == n).map(|e| (e.ty, e.kind));
        assert_eq!(kind("东岭周刊"), Some((super::EntityType::Organization, Some(crate::lexicon::OrgKind::Media))));
        assert!(crate::relate::holds(&crate::relate::facts_of("第二場論壇由《東嶺周刊》發行人李華主持。"), "李华", "position", "东岭周刊"));
        assert_eq!(kind("北湖社").map(|k| k.0), Some(super::EntityType::Organization));
        assert_eq!(kind("东岭改院").map(|k| k.0), Some(super::EntityType::Organization));
        // a head word the lexicon knows names the body once; 本院 names none
        assert_eq!(orgs("东岭研究院院长李华出席。本院院长王明致辞。"), vec!["东岭研究院"]);
    }

    #[test]
    fn an_alliance_with_officers_a_dialogue_held_and_a_second_document_released() {
        let f = crate::relate::facts_of("東嶺監督聯盟創會理事長李華表示支持。");
        assert!(crate::relate::holds(&f, "李华", "position", "东岭监督联盟"), "{f:?}");
        let f = crate::relate::facts_of("由東嶺協會、西河研究院聯合主辦的2025·東嶺海川對話在瓊舉辦。");
        assert!(crate::relate::holds(&f, "2025·东岭海川对话", "organizer", "东岭协会"), "{f:?}");
        assert!(crate::relate::holds(&f, "2025·东岭海川对话", "held_at", "海南"), "{f:?}");
        // a dialogue nobody holds is no event
        assert!(!labels_of("双方加强政策对话。", super::EntityType::Event).iter().any(|e| e.contains("对话")));
        let d = labels_of("基金會將發布第一份東嶺西河關係年度評估報告與海川政策評估報告。", super::EntityType::Document);
        assert!(d.contains(&"东岭西河关系年度评估报告".to_string()) && d.contains(&"海川政策评估报告".to_string()), "{d:?}");
    }

    #[test]
    fn a_think_tank_with_officers_an_online_seminar_and_a_transliterated_andrei() {
        // a think tank with a chairman is a body, not a description
        let f = crate::relate::facts_of("(东岭研究院院长、东西战略协作高端合作智库理事长李华)");
        assert!(crate::relate::holds(&f, "李华", "position", "东西战略协作高端合作智库"), "{f:?}");
        // a seminar named by how it is held is no named event; 并未 opens no name
        let x = extract_text("东岭研究院与西河研究院举办网络视频研讨会。疫情并未影响西河研究院与东岭研究院的合作。");
        assert!(!x.entities.iter().any(|e| e.ty == super::EntityType::Event), "{:?}", x.entities);
        assert!(!x.entities.iter().any(|e| e.label.starts_with("并未") || e.label.starts_with("影响")), "{:?}", x.entities);
        assert_eq!(persons("西河驻华大使安德烈·卡索夫在开幕式上致辞。"), vec!["安德烈·卡索夫"]);
    }

    #[test]
    fn a_visit_s_verbs_a_state_university_s_fields_a_ministry_s_portfolios_and_an_office_abroad() {
        // 参访, 见证, 纪念 are verbs before a name, no part of it
        let names = orgs("李华参访西河国立农业大学,见证南川科技大学揭牌,出席纪念孔子学院成立20周年活动。");
        assert!(names.contains(&"西河国立农业大学".to_string()) && names.contains(&"南川科技大学".to_string()), "{names:?}");
        assert!(!names.iter().any(|n| n.starts_with("参访") || n.starts_with("见证") || n.starts_with("纪念")), "{names:?}");
        // a state or international university's fields hold 与; two universities stay two
        assert_eq!(orgs("李华访问东岭国立建筑与土木工程大学。"), vec!["东岭国立建筑与土木工程大学"]);
        assert!(orgs("李华访问“东岭”国际旅游与文化遗产大学。").iter().any(|n| n.contains("国际旅游与文化遗产大学")));
        let two = orgs("东岭大学与西河大学签约。");
        assert!(two.contains(&"东岭大学".to_string()) && two.contains(&"西河大学".to_string()), "{two:?}");
        // a ministry's portfolios after a verb and a country
        let f = crate::relate::facts_of("李华会见乌兹别克斯坦高等教育、科学和创新部部长王明。");
        assert!(crate::relate::holds(&f, "王明", "position", "乌兹别克斯坦高等教育、科学和创新部"), "{f:?}");
        // 赛义德: a transliteration with 义; 办事处 is one head; 马来亚 is no verb 来
        assert_eq!(persons("东岭国立交通大学副校长赛义德·卡里莫夫一行来校访问。"), vec!["赛义德·卡里莫夫"]);
        assert_eq!(orgs("驻西河经济文化办事处与马来亚东岭大学签署合作备忘录。"), vec!["驻西河经济文化办事处", "马来亚东岭大学"]);
        // 6大执行项目: a count of projects names none
        assert!(labels_of("由东岭大学精心策划6大执行项目。", super::EntityType::Project).is_empty());
        // a state university's fields joined by 与 before 国立; a Latin short form opens a name;
        // a lost middle dot (?) between two characters of a transliterated name
        assert_eq!(orgs("东岭国海川水利与农业国立研究大学代表团来访。"), vec!["东岭国海川水利与农业国立研究大学"]);
        assert_eq!(orgs("ABCD国立研究大学校长来访。"), vec!["ABCD国立研究大学"]);
        assert_eq!(persons("东岭大学校长卡里莫夫?阿卜杜拉表示欢迎。"), vec!["卡里莫夫·阿卜杜拉"]);
        // verbs and people of a kind are no names: 做好X政府, 项目办实, 主管官员, 同X一道
        let x = extract_text("中方愿继续同东岭一道,做好中国政府援东培训工作,把项目办实、办好。东岭方主管官员出席。副院长李华视频致辞。");
        let names: Vec<&str> = x.entities.iter().filter(|e| e.ty != super::EntityType::Country).map(|e| e.label.as_str()).collect();
        assert_eq!(names, vec!["中国政府", "李华"], "{names:?}");
        // 联谊会 closes a meeting's name; a quoted programme before 活动 is one event
        assert_eq!(labels_of("2023年东岭学员联谊会28日举行。", super::EntityType::Event), vec!["2023年东岭学员联谊会"]);
        assert_eq!(labels_of("李华参加“东岭对话·西河峰会城市”活动。", super::EntityType::Event), vec!["东岭对话·西河峰会城市"]);
        // a workshop with its brand (and the country before it) is a project; 该工坊 refers back
        assert_eq!(labels_of("双方合作建设泰国西河工坊。该工坊面积1000平方米。", super::EntityType::Project), vec!["泰国西河工坊"]);
    }

    #[test]
    fn a_government_office_s_short_forms_kinds_of_bodies_and_a_caption_printed_twice() {
        // 人民政府 → 政府, 办公室 → 办, 外事办 → 外办: one body, one government
        let x = extract_text("该班由湖南省人民政府主办、湖南省人民政府外事办公室承办。湖南省政府外事办主任李华介绍说,湖南省外办将继续支持。湖南省政府高度重视。");
        let bodies: Vec<&str> = x.entities.iter().filter(|e| e.ty == super::EntityType::Organization).map(|e| e.label.as_str()).collect();
        assert_eq!(bodies.len(), 2, "{bodies:?}");
        let f = crate::relate::facts_of("湖南省人民政府外事办公室承办。湖南省政府外事办主任李华介绍说。");
        assert!(crate::relate::holds(&f, "李华", "position", "湖南省人民政府外事办公室"), "{f:?}");
        // bodies of a kind: praise after a country, a field's labs, the two schools' memorandum,
        // a community of shared future, a verb before a seminar
        let x = extract_text("我校与东岭国立技术大学签署两校合作谅解备忘录,围绕新能源领域实验室共建深入交流,增强了与哈萨克斯坦高水平大学的合作。他感谢商务部以及学院给予研讨班的重视,共建人类命运共同体。");
        let names: Vec<&str> = x.entities.iter().filter(|e| e.ty != super::EntityType::Country).map(|e| e.label.as_str()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.contains(&"东岭国立技术大学") && names.contains(&"商务部"), "{names:?}");
        // 研习班 and 推介礼 close events' names
        assert!(labels_of("第十五期北湖省国际交流员研习班在兰州结业。", super::EntityType::Event).iter().any(|e| e.ends_with("研习班")));
        assert!(labels_of("李华在北湖讲座合作备忘录签署仪式暨推介礼中致词。", super::EntityType::Event).iter().any(|e| e.ends_with("推介礼")));
        // a caption printed twice is two lines, not one name run into the next
        let caption = "驻西河经济文化办事处王大使与东岭大学李华院长交换已签署之北湖讲座合作备忘录";
        let x = extract_text(&format!("北湖新闻\n\n{caption}\n\n{caption}\n"));
        assert!(x.entities.iter().all(|e| !e.label.contains("备忘录驻")), "{:?}", x.entities);
        // the body's English name in brackets stands between it and the post
        let f = crate::relate::facts_of("东岭国立交通大学(Dongling State Transport University)副校长卡里莫夫·萨比罗夫一行来校访问。");
        assert!(crate::relate::holds(&f, "卡里莫夫·萨比罗夫", "position", "东岭国立交通大学"), "{f:?}");
    }

    #[test]
    fn world_class_universities_major_projects_and_a_verb_that_makes_something_a_window_name_nothing() {
        let x = extract_text("各成员高校都是世界一流大学建设高校。联盟聚焦科技创新重大项目,把联盟打造成北湖智库对外交流的窗口。");
        assert!(x.entities.iter().all(|e| e.ty == super::EntityType::Place), "{:?}", x.entities);
    }

    #[test]
    fn a_theme_before_ji_papers_consuls_security_bureaus_and_verbs_around_names() {
        // a theme title before 暨 and the numbered meeting after it: the meeting is named
        assert_eq!(labels_of("“合作与发展”暨第十九届全国东岭问题研讨会在我校举行。", super::EntityType::Event), vec!["第十九届全国东岭问题研讨会"]);
        // (two meetings joined by 暨 stay one name)
        assert_eq!(labels_of("东岭年会暨第二届西河研讨会在北京举行。", super::EntityType::Event), vec!["东岭年会暨第二届西河研讨会"]);
        // 《X报》 is a paper, 《X报告》 a document
        assert_eq!(orgs("《东岭实业报》报道了研讨会。《东岭发展报告》发布。"), vec!["东岭实业报"]);
        assert_eq!(labels_of("《东岭实业报》报道了研讨会。《东岭发展报告》发布。", super::EntityType::Document), vec!["东岭发展报告"]);
        // a name before a consul's title; a consulate general and a club are bodies
        let p = persons("李华总领事、王明副总领事出席。");
        assert!(p.contains(&"李华".to_string()) && p.contains(&"王明".to_string()), "{p:?}");
        let o = orgs("中国驻东岭总领馆与东岭足球俱乐部联合举办研讨会。");
        assert!(o.contains(&"中国驻东岭总领馆".to_string()) && o.contains(&"东岭足球俱乐部".to_string()), "{o:?}");
        // 东岭安全局长: the bureau and its head (全局 is no word here); 进行 and 现任 are verbs
        let f = crate::relate::facts_of("之后邀请东岭安全局长周立群、东岭大学校长刘明进行专题讲演。");
        assert!(crate::relate::holds(&f, "周立群", "position", "东岭安全局"), "{f:?}");
        assert!(crate::relate::holds(&f, "刘明", "position", "东岭大学"), "{f:?}");
        assert!(orgs("李华现任东岭大学政治学系教授。").iter().all(|n| !n.starts_with("现任")));
    }

    #[test]
    fn gen_sui_before_a_body_is_a_verb() {
        assert_eq!(orgs("他跟随东岭大学生态学院李明教授学习农业技术。"), vec!["东岭大学生态学院".to_string()]);
    }

    #[test]
    fn a_latin_short_form_the_lexicon_knows_matches_whole_words_only() {
        assert!(!orgs("研讨会呼应联合国与 UNESCO 的目标。").contains(&"上海合作组织".to_string()));
        assert!(orgs("上合组织(SCO)秘书长出席。SCO成员国代表发言。").contains(&"上海合作组织".to_string()));
    }

    #[test]
    fn a_quoted_meeting_read_whole_across_an_inner_slogan_a_dash_and_a_bracketed_short_form() {
        let events = |t: &str| labels_of(t, super::EntityType::Event);
        assert_eq!(events("9月2日,由东岭大学主办的“2025‘数字丝路’高校联盟十周年大会暨合作论坛”举行。"), vec!["2025‘数字丝路’高校联盟十周年大会暨合作论坛"]);
        assert_eq!(events("双方出席「东岭大学系统—西河大学联盟（ERA）第3届联合研讨会」。"), vec!["东岭大学系统—西河大学联盟(ERA)第3届联合研讨会"]);
        assert_eq!(events("由商务部主办的“‘丝路’国家经济外交研修班”开班。"), vec!["‘丝路’国家经济外交研修班"]);
        // (a quoted saying that ends in a meeting's name is no part of it)
        assert!(events("他说“我们欢迎大家,共同参加东岭合作论坛”。").iter().all(|e| !e.contains("大家")));
    }

    #[test]
    fn a_quoted_meeting_read_whole_a_quoted_kind_before_a_body_and_a_forum_inside_a_foundation() {
        // 「…」 around a meeting's name: the year and the words before it are part of it
        assert_eq!(labels_of("外交部表示,「东岭100年驻外使节会议」明天举行。", super::EntityType::Event), vec!["东岭100年驻外使节会议"]);
        // “华府智库” before a body describes it; the forum inside a foundation's name is no meeting
        let x = extract_text("由「台北智庫」西河論壇基金會董事長李華主辦、「華府智庫」南川關係研究中心協辦的座談會將舉行。");
        let names: Vec<&str> = x.entities.iter().filter(|e| e.ty != super::EntityType::Person).map(|e| e.label.as_str()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.contains(&"西河论坛基金会") && names.contains(&"南川关系研究中心"), "{names:?}");
        // (a think tank of that name stands as one where no body's name follows it)
        assert!(orgs("“台北智库”今天举办论坛。").contains(&"台北智库".to_string()));
    }

    #[test]
    fn this_institute_shows_and_co_hosting_open_no_name_and_a_scholar_holds_no_post() {
        let x = extract_text("这些调整显示出东岭研究所的侧重。该所传统研究中心合并而来。双方将通过合办会议继续合作。东岭研究所学者李华介绍了情况。");
        let names: Vec<&str> = x.entities.iter().filter(|e| matches!(e.ty, super::EntityType::Organization | super::EntityType::Event)).map(|e| e.label.as_str()).collect();
        assert!(!names.iter().any(|n| n.starts_with("显示") || n.starts_with("所") || n.starts_with("该所") || n.contains("合办")), "{names:?}");
        assert!(names.contains(&"东岭研究所"), "{names:?}");
        assert!(persons("东岭研究所学者李华介绍了情况。").contains(&"李华".to_string()));
        let f = crate::relate::facts_of("东岭研究所学者李华介绍了情况。");
        assert!(!crate::relate::holds(&f, "李华", "position", "东岭研究所"), "{f:?}");
    }

    #[test]
    fn a_council_of_think_tanks_is_an_alliance_but_not_a_chapter_of_one() {
        let x = extract_text("东岭国家智库合作中方理事会在北京召开年会。东岭智库理事会中方理事会秘书长李华出席。海川市政府理事会召开会议。");
        let ty = |n: &str| x.entities.iter().find(|e| e.label == n).map(|e| e.ty);
        assert_eq!(ty("东岭国家智库合作中方理事会"), Some(super::EntityType::Alliance));
        assert_ne!(ty("东岭智库理事会中方理事会"), Some(super::EntityType::Alliance));
        assert!(!x.entities.iter().any(|e| e.ty == super::EntityType::Alliance && e.label.contains("海川")));
    }

    #[test]
    fn a_dialogue_forum_named_after_think_tanks_and_counsellors_offices() {
        let f = crate::relate::facts_of("第三届东岭—西河智库战略对话论坛在广西南宁线上线下举行。论坛由国务院参事室和南川市人民政府参事室联合主办。各方应齐心协力。");
        assert!(crate::relate::holds(&f, "第三届东岭—西河智库战略对话论坛", "held_at", "南宁"), "{f:?}");
        for o in ["国务院参事室", "南川市人民政府参事室"] {
            assert!(crate::relate::holds(&f, "第三届东岭—西河智库战略对话论坛", "organizer", o), "{o}: {f:?}");
        }
        let x = extract_text("各方应齐心协力,成果丰硕。");
        assert!(!x.entities.iter().any(|e| e.ty == super::EntityType::Person), "{:?}", x.entities.iter().map(|e| &e.label).collect::<Vec<_>>());
    }

    #[test]
    fn centres_that_study_a_region_a_country_or_economic_policy_are_think_tanks() {
        let x = extract_text("东岭大学东南亚研究中心、西河经济研究院、南川大学哈萨克斯坦研究中心与北湖材料研究所签约。");
        let kind = |n: &str| x.entities.iter().find(|e| e.label == n).and_then(|e| e.kind).map(|k| k.as_str());
        for n in ["东岭大学东南亚研究中心", "西河经济研究院", "南川大学哈萨克斯坦研究中心"] {
            assert_eq!(kind(n), Some("ThinkTank"), "{n}");
        }
        assert_eq!(kind("北湖材料研究所"), Some("Research"));
    }

    #[test]
    fn quoted_titles_taiwan_s_bodies_and_bu_starting_a_word() {
        let f = crate::relate::facts_of("“国安会秘书长”李华、“行政院政务委员”王明出席。");
        assert!(crate::relate::holds(&f, "李华", "position", "国家安全会议"), "{f:?}");
        assert!(crate::relate::holds(&f, "王明", "position", "行政院"), "{f:?}");
        let x = extract_text("经济部门与教育部协力规划,工作部署已经完成,纽西兰代表出席。");
        let labels: Vec<&str> = x.entities.iter().map(|e| e.label.as_str()).collect();
        assert!(!labels.contains(&"经济部") && !labels.contains(&"工作部"), "{labels:?}");
        assert!(labels.contains(&"教育部") && labels.contains(&"新西兰"), "{labels:?}");
        // a list after an alliance's name is two bodies, and 暨 after a post starts the next
        let x = extract_text("会员包括东岭基金会、台湾海外援助发展联盟、政治大学东南亚研究中心等。东岭大学研究中心副主任暨东南亚研究中心执行长李华出席。");
        let labels: Vec<&str> = x.entities.iter().map(|e| e.label.as_str()).collect();
        assert!(!labels.iter().any(|l| l.contains('、') || l.starts_with('暨')), "{labels:?}");
    }

    #[test]
    fn a_post_glued_to_a_ministry_and_no_person_inside_words() {
        let x = extract_text("前外交部长程立新出席。主任表示合作前景广阔。");
        assert!(x.entities.iter().any(|e| e.label == "程立新"), "{:?}", x.entities.iter().map(|e| &e.label).collect::<Vec<_>>());
        assert!(!x.entities.iter().any(|e| e.ty == super::EntityType::Person && e.label.contains("表示")));
    }

    #[test]
    fn ministers_meetings_and_competitions_are_events() {
        assert_eq!(labels_of("东岭国家外长会晤19日在北京举行。", super::EntityType::Event), vec!["东岭国家外长会晤"]);
        let e = labels_of("学校明年将举办东岭国家大学生农业创新大赛。", super::EntityType::Event);
        assert_eq!(e, vec!["东岭国家大学生农业创新大赛"]);
        // 大学生 are students: no university inside the competition's name
        assert!(orgs("学校明年将举办东岭国家大学生农业创新大赛。").is_empty());
        // a meeting's head inside a longer quoted name, and a summit's declaration, name no event
        assert!(labels_of("搭建“东岭定期会晤交流平台”。", super::EntityType::Event).is_empty());
        assert!(labels_of("成员国将在成立八十周年之际发表峰会宣言。", super::EntityType::Event).is_empty());
    }

    #[test]
    fn a_forum_of_presidents_co_named_with_another_is_one_event() {
        let e = labels_of("首届东岭国家农业大学校长论坛暨科技创新发展论坛在西河举行。", super::EntityType::Event);
        assert!(e.contains(&"首届东岭国家农业大学校长论坛暨科技创新发展论坛".to_owned()), "{e:?}");
        assert!(!e.iter().any(|x| x.starts_with("论坛暨")), "{e:?}");
    }

    #[test]
    fn a_verb_of_building_before_a_known_body_and_descriptions_of_bodies() {
        let o = orgs("推动建设上海合作组织东岭银行。学校已完成组建东岭研究院、筹建中国东岭联合实验室等任务。");
        assert!(o.contains(&"上海合作组织东岭银行".to_owned()) && o.contains(&"中国东岭联合实验室".to_owned()), "{o:?}");
        // without a known body after it the word stays: 建设银行 is a name
        assert!(orgs("东岭建设银行与海川大学签约。").contains(&"东岭建设银行".to_owned()));
        // a permanent intergovernmental organisation describes, it names none
        assert!(orgs("东岭组织是永久性政府间国际组织。").iter().all(|o| !o.contains("政府间")));
    }

    #[test]
    fn a_city_s_declaration_in_corner_brackets_is_a_document() {
        assert_eq!(labels_of("峰會將形成「天津宣言」,成員國還將發表聲明。", super::EntityType::Document), vec!["天津宣言"]);
        // a four-character declaration with no place names nothing
        assert!(labels_of("各方通过“合作宣言”。", super::EntityType::Document).is_empty());
    }

    #[test]
    fn a_section_s_heads_named_before_their_posts() {
        let p = persons("办事处李华处长率领教育组周立群组长、王明副组长出席。");
        for n in ["周立群", "王明"] {
            assert!(p.contains(&n.to_owned()), "{n}: {p:?}");
        }
    }

    #[test]
    fn a_state_university_named_by_a_transliterated_state_and_a_verb_of_seeing() {
        assert_eq!(orgs("林副校长与美国犹他州立大学校长王明签署协议。"), vec!["美国犹他州立大学"]);
        // 看见/乐见 before a name are verbs
        let o = orgs("王博士看见东岭大学与西河大学的共通点,也乐见东岭大学有更多交流。");
        assert!(o.iter().all(|x| !x.starts_with("看见") && !x.starts_with("乐见")), "{o:?}");
    }

    #[test]
    fn the_bodies_of_the_countries_counted_and_the_sides_name_none() {
        let o = orgs("在中国、东岭两国教育部支持下,东岭大学举办论坛,三国驻华使馆代表出席。");
        assert_eq!(o, vec!["东岭大学"], "{o:?}");
        let p = persons("论坛形成机制,并由双方校长共同签署宣言。");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn taiwanese_officers_named_before_their_titles_and_institutes_before_their_heads() {
        let p = persons("东岭大学李华副校长、周立群教务长、王明研发长出席,转达了张海委员长的问候。");
        for n in ["李华", "周立群", "王明", "张海"] {
            assert!(p.contains(&n.to_owned()), "{n}: {p:?}");
        }
        let o = orgs("东岭研究院林海副院长、飞控所陈立所长、材料所赵明副所长出席。");
        assert!(o.contains(&"飞控所".to_owned()) && o.contains(&"材料所".to_owned()), "{o:?}");
        // (研究所 itself is no listed institute's short name)
        assert!(!orgs("东岭研究所李华所长出席。").iter().any(|x| x == "所"));
    }

    #[test]
    fn verbs_and_adverbs_glued_before_names_and_a_clause_closed_by_shi() {
        let o = orgs("来自各国的高校共聚东岭大学。三位大使肯定西河大学的成就,可引介联盟学校的资源。");
        assert!(o.contains(&"东岭大学".to_owned()) && o.contains(&"西河大学".to_owned()), "{o:?}");
        assert!(o.iter().all(|x| !x.starts_with("共聚") && !x.starts_with("肯定") && !x.starts_with("引介")), "{o:?}");
        let p = persons("在致辞时沈校长简单介绍了学校的历史。");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn a_place_inside_a_document_s_name_is_no_mention_of_its_own() {
        let x = extract_text("两校校长共同签署《杭州共识》。");
        assert!(!x.entities.iter().any(|e| e.ty == super::EntityType::Place), "{:?}", x.entities);
    }

    #[test]
    fn news_sites_an_upper_house_and_experts_in_a_body_s_field() {
        let mut o = orgs("据新华网报道,塔吉克斯坦议会上院议长李华会见王明。");
        o.sort();
        assert_eq!(o, vec!["塔吉克斯坦议会上院", "新华网"]);
        let o = orgs("科技部外国专家服务司副司长李华、东岭专家协会会长王明出席。邀请专家东岭大学教授周立群。");
        for n in ["科技部外国专家服务司", "东岭专家协会", "东岭大学"] {
            assert!(o.contains(&n.to_owned()), "{n}: {o:?}");
        }
        // (the experts' committee of a think tank is no body named apart)
        assert!(!orgs("东岭国际智库专家委员会主任李华出席。").iter().any(|x| x.ends_with("专家委员会")));
    }

    #[test]
    fn a_dotted_name_after_a_post_with_characters_the_tables_lack() {
        let p = persons("东岭驻华大使阿塔育·目萨习、西河大学校长李华出席。阿塔育·目萨习大使表示感谢。");
        assert!(p.contains(&"阿塔育·目萨习".to_owned()) && !p.contains(&"目萨习".to_owned()), "{p:?}");
        // (no post before it: a dotted slogan names nobody)
        assert!(persons("活动以“奇旅·城市论道”为主题。").is_empty());
        // (a verb after a name the tables read whole is no part of it)
        assert!(persons("校长凯萨尔·阿巴斯回忆了往事。").contains(&"凯萨尔·阿巴斯".to_owned()));
        assert!(persons("东岭市外事办公室副主任于岚出席论坛。").contains(&"于岚".to_owned()));
    }

    #[test]
    fn a_dialogue_held_by_the_verb_before_it_and_an_alliance_named_after_a_pair() {
        let x = extract_text("论坛期间举办东岭中心圆桌系列:东岭-西河高等教育合作高端对话,与会嘉宾交换意见。");
        assert!(x.entities.iter().any(|e| e.ty == super::EntityType::Event && e.label == "东岭-西河高等教育合作高端对话"), "{:?}", x.entities);
        let a = labels_of("希望通过中国—东盟工科大学联盟平台深化合作。", super::EntityType::Alliance);
        assert_eq!(a, vec!["中国—东盟工科大学联盟"]);
        // (a kind of alliance is still none)
        assert!(labels_of("希望通过工科大学联盟平台深化合作。", super::EntityType::Alliance).is_empty());
    }

    #[test]
    fn verbs_before_names_funding_words_and_how_often_a_body_meets_name_nothing() {
        let o = orgs("冀望东岭大学学生来访。联盟由八大资助大学组成,是非牟利大学合作组织。来塑造形成东岭政府提出的理念。");
        assert_eq!(o, vec!["东岭大学".to_owned()], "{o:?}");
        let e = labels_of("又逢西河合作论坛北京峰会举行。联盟每年至少开一次会议,确定联盟年会的主题。", super::EntityType::Event);
        assert!(e.iter().all(|x| !x.starts_with("逢") && !x.contains("至少") && !x.contains("年会")), "{e:?}");
        assert!(e.contains(&"西河合作论坛北京峰会".to_owned()), "{e:?}");
        // (the first meeting of a series is still named)
        let e = labels_of("在东岭大学联盟第一次碰头会上,各校达成共识。", super::EntityType::Event);
        assert_eq!(e, vec!["东岭大学联盟第一次碰头会"]);
        assert!(labels_of("各方要抓好关键项目建设。", super::EntityType::Project).is_empty());
    }

    #[test]
    fn an_envoy_s_portfolio_a_mission_and_a_trade_council_are_read() {
        let o = orgs("北湖省贸促会、中国贸促会副会长王立出席。东岭驻华使团团长李明致辞。");
        for n in ["北湖省贸促会", "中国贸促会", "东岭驻华使团"] {
            assert!(o.contains(&n.to_owned()), "{n}: {o:?}");
        }
        let p = persons("外交部部长助理李华出席。柬埔寨商务部国务秘书王明表示欢迎。东岭大学孔子学院外方院长周立群出席。");
        assert!(["李华", "王明", "周立群"].iter().all(|n| p.contains(&n.to_string())) && !p.contains(&"国务".to_owned()), "{p:?}");
    }

    #[test]
    fn praise_after_the_members_sector_a_given_name_closed_by_wei_and_a_periodical_named_after_its_title() {
        // 企业高端智库联盟: the members' sector before the praise makes a name; 建设高端智库联盟 a kind
        let alliances = |t: &str| labels_of(t, super::EntityType::Alliance);
        assert_eq!(alliances("9月20日,企业高端智库联盟成立仪式在东岭召开。"), vec!["企业高端智库联盟"]);
        assert!(alliances("各地积极建设高端智库联盟,成立仪式在东岭召开。").is_empty());
        // (守正创新开创智库联盟工作新局面: the alliance is the verb's object, no long name)
        assert!(alliances("凝心聚力,守正创新开创智库联盟工作新局面。").is_empty());
        // (省农科院: a level of government before a head that carries its field; 省研究院 no name)
        let orgs = |t: &str| labels_of(t, super::EntityType::Organization);
        assert_eq!(orgs("省农科院党委书记李斌出席。"), vec!["省农科院"]);
        assert!(orgs("省研究院院长王明出席。").is_empty());
        // (东岭省高等学校新型智库联盟: the members' schools before the praise name it too)
        assert_eq!(alliances("东岭省高等学校新型智库联盟成立大会召开。"), vec!["东岭省高等学校新型智库联盟"]);
    }

    #[test]
    fn people_before_ji_a_time_word_before_a_bare_head_and_the_verb_to_run_an_academy_name_no_body() {
        let o = labels_of("东岭大学等7家单位骨干及东岭所科研计划处相关人员参加了仪式。", super::EntityType::Organization);
        assert!(!o.iter().any(|l| l.starts_with("骨干")), "{o:?}");
        assert!(labels_of("他感谢过去研究所在东岭提供的支持。", super::EntityType::Organization).is_empty());
        let o = labels_of("落实科学发展观和中国科学院新时期办院方针。", super::EntityType::Organization);
        assert!(!o.iter().any(|l| l.ends_with('办')), "{o:?}");
    }

    #[test]
    fn a_quoted_society_of_think_tanks_a_government_after_yu_and_no_haiti_in_coastal_regions() {
        let t = "由东岭大学西河研究院牵头发起,联合省内17家智库打造的“东岭经济北湖智库联合研究会”成立仪式在东岭大学举行。";
        assert_eq!(labels_of(t, super::EntityType::Alliance), vec!["东岭经济北湖智库联合研究会"]);
        let f = crate::relate::facts_of(t);
        assert!(crate::relate::holds(&f, "东岭大学西河研究院", "founding_member", "东岭经济北湖智库联合研究会"), "{f:?}");
        // (no government's name holds 与: the place after it opens the government's)
        let o = labels_of("东岭所与黑龙江省哈尔滨市人民政府签署协议。", super::EntityType::Organization);
        assert_eq!(o, vec!["黑龙江省哈尔滨市人民政府"]);
        assert!(labels_of("要推动沿海地区经济发展。", super::EntityType::Country).is_empty());
    }

    #[test]
    fn a_signing_ceremony_named_by_both_parties_and_their_kind_of_cooperation() {
        let e = labels_of("10月14日,东岭省农业科学院与西河大学战略合作签约仪式在北湖举行。", super::EntityType::Event);
        assert_eq!(e, vec!["东岭省农业科学院与西河大学战略合作签约仪式"]);
        // (the kind of cooperation alone names no ceremony)
        assert!(labels_of("双方举行了战略合作签约仪式。", super::EntityType::Event).is_empty());
    }

    #[test]
    fn an_association_called_an_alliance_and_its_founding_sitting_named_with_the_first_assembly() {
        let t = "东岭省智库研究协会(西河智库联盟)成立暨第一届会员代表大会在太原举行。东岭省智库研究协会的成立意义重大。";
        assert_eq!(labels_of(t, super::EntityType::Alliance), vec!["东岭省智库研究协会"]);
        assert!(labels_of(t, super::EntityType::Organization).is_empty());
        let x = extract_text(t);
        let ev = x.entities.iter().find(|e| e.ty == super::EntityType::Event).expect("the meeting");
        assert_eq!(ev.label, "东岭省智库研究协会(西河智库联盟)成立暨第一届会员代表大会");
        // (the founding before 暨 is no meeting of its own)
        assert!(!ev.aliases.iter().any(|a| a.ends_with("成立")), "{:?}", ev.aliases);
    }

    #[test]
    fn a_founding_meeting_named_past_the_short_form_bracket_and_the_meeting_before_ji() {
        let t = "东岭省高校智库建设工作会议暨东岭省高校新型智库联盟(简称“联盟”)成立大会召开。";
        let mut events = labels_of(t, super::EntityType::Event);
        events.sort();
        assert_eq!(events, vec!["东岭省高校新型智库联盟成立大会", "东岭省高校智库建设工作会议"]);
        // (the alliance starts after the meeting and its 暨)
        assert_eq!(labels_of(t, super::EntityType::Alliance), vec!["东岭省高校新型智库联盟"]);
        // (without the bracket the joint name stays one meeting)
        assert_eq!(labels_of("东岭省高校智库建设工作会议暨东岭省高校新型智库联盟成立大会召开。", super::EntityType::Event).len(), 1);
        // 部长助理李大为出席: after a post, 为 before a verb of two characters closes the name
        assert_eq!(persons("东岭部部长助理李大为出席会议并讲话。"), vec!["李大为"]);
        // (李为民出席: a 为 inside the given name, before its last character, stays)
        assert_eq!(persons("东岭部部长李为民出席会议。"), vec!["李为民"]);
        // 南非《明灯》杂志: the kind of periodical after the marks makes a medium of a short title
        let x = extract_text("东岭出版局与南非《明灯》杂志签署了合作备忘录。");
        assert!(x.entities.iter().any(|e| e.label == "明灯" && e.kind == Some(super::OrgKind::Media)), "{:?}", x.entities.iter().map(|e| &e.label).collect::<Vec<_>>());
        assert!(!orgs("东岭出版局发布了《明灯》报告。").contains(&"明灯".to_owned()));
        assert!(crate::relate::facts_of("东岭出版局与南非《明灯》杂志签署了合作备忘录。").iter().any(|r| r.0 == "明灯" && r.1 == "located_in" && r.2 == "南非"));
        // a council of think tanks under a department: the department stays a body, and the
        // council's name without it is the same council
        let x = extract_text("东岭研究所被选为中共中央对外联络部东岭国家智库合作理事会理事单位。在东岭国家智库合作理事会中,东岭研究所是理事单位。");
        let labels: Vec<(super::EntityType, &str)> = x.entities.iter().map(|e| (e.ty, e.label.as_str())).collect();
        assert!(labels.contains(&(super::EntityType::Organization, "中共中央对外联络部")), "{labels:?}");
        assert_eq!(labels.iter().filter(|(t, _)| *t == super::EntityType::Alliance).count(), 1, "{labels:?}");
        // 时任X公司董事长, 邀得X院长, 联同X处: a verb of holding a post or of inviting opens no
        // name; 外语系助理教授, 海总副会长: a department or a short form before a post is no person
        assert_eq!(orgs("时任东岭高速铁路公司董事长李华出席。"), vec!["东岭高速铁路公司"]);
        assert_eq!(orgs("中心邀得西河大学中国研究院院长王明演讲。").iter().filter(|o| o.starts_with("邀得")).count(), 0);
        assert!(persons("西大外语系助理教授李华、海总副会长王明出席。").iter().all(|p| !p.ends_with('系') && !p.ends_with('总')), "{:?}", persons("西大外语系助理教授李华、海总副会长王明出席。"));
        // “X论坛”系列首场论坛 is X论坛; 东岭研究中心X论坛 too, the body that holds it named before it
        let events = labels_of("东岭研究中心举办“海川论坛”系列首场论坛。东岭研究中心海川论坛由李华主持。", super::EntityType::Event);
        assert_eq!(events, vec!["海川论坛"]);
        // a ministry the lexicon knows keeps its name before the minister's post (财政部长李华)
        assert!(crate::relate::facts_of("财政部长李华出席。").iter().any(|r| r.0 == "李华" && r.2 == "财政部"));
        // “成立X联盟”的倡议: the verb quoted with the name is none of it; 增强组织的…: nor a body
        assert_eq!(labels_of("专家热议“成立东岭经济智库联盟”的倡议。", super::EntityType::Alliance), vec!["东岭经济智库联盟"]);
        assert!(orgs("将增强组织的国际动员力。").is_empty());
        // 海川协调发展研究中心: coordinated development is a field of the name (协调 alone is a verb)
        assert!(orgs("东岭大学副校长、海川协调发展研究中心执行主任李华致辞。").contains(&"海川协调发展研究中心".to_owned()));
        // 致谢: thanks said after the speaker's name close it
        assert_eq!(persons("会上,校党委书记李明致谢。"), vec!["李明"]);
        // 首开X之先河, 已锁定一处: verbs before nouns name no body; a quoted clause opened by 在
        // names the body after its verb
        assert!(orgs("该中心首开东岭智库排名研究之先河。目前已锁定一处地点。").is_empty());
        assert_eq!(orgs("李华发出“在东岭设立海川农业培训示范基地”的倡议。"), vec!["海川农业培训示范基地"]);
        // 欢迎光临X: a guest's visit is no part of the name after it
        assert_eq!(orgs("欢迎光临东岭社科联,当前时间为:"), vec!["东岭社科联"]);
        // 港大, 澳大副校长: a place's short name and 大 as a word of its own is its university
        assert_eq!(orgs("港大在2016年与东岭大学签约。"), vec!["东岭大学", "港大"]);
        let f = crate::relate::facts_of("正如港大副校长李华指出,合作很重要。");
        assert!(f.iter().any(|r| r.0 == "李华" && r.1 == "position" && r.2 == "港大"), "{f:?}");
        assert!(orgs("澳大利亚与香港大学签约,双方将扩大合作。").iter().all(|o| o.chars().count() > 2), "{:?}", orgs("澳大利亚与香港大学签约,双方将扩大合作。"));
    }

    #[test]
    fn ceremonies_releasing_results_kinds_of_university_and_regions_without_their_word_for_region() {
        let events = |t: &str| labels_of(t, super::EntityType::Event);
        // a ceremony releasing a forum's results is an event of that forum
        let e = events("东岭一体化发展高层论坛重要成果发布仪式在安徽芜湖举行。");
        assert!(e.contains(&"东岭一体化发展高层论坛重要成果发布仪式".to_owned()), "{e:?}");
        // (…签约暨…揭牌仪式: a ceremony of two acts names no event starting with 暨)
        let e = events("东岭大学与西河公司战略合作签约暨产学研合作基地揭牌仪式在东岭大学举行。");
        assert!(!e.iter().any(|l| l.starts_with('暨')), "{e:?}");
        // kinds of university and verbs of studying or building name no body
        assert_eq!(orgs("探究中国特色现代大学治理。东岭大学是中央部委直属全国重点大学、国家首批世界一流大学A类建设高校。"), vec!["东岭大学"]);
        // 长三角地区 is the region 长三角; the provinces' capital cities name no city
        let places = |t: &str| labels_of(t, super::EntityType::Place);
        assert_eq!(places("长三角地区高校联盟成立。三省的省会城市参加。"), vec!["长三角"]);
    }

    #[test]
    fn an_edition_s_year_two_names_joined_by_a_hyphen_and_a_forum_s_own_committees() {
        let events = |t: &str| labels_of(t, super::EntityType::Event);
        // 东岭智库论坛2024: the year closes the name; 论坛2024年 is a date after it
        assert_eq!(events("“东岭智库论坛2024”在西河学院举行。"), vec!["东岭智库论坛2024"]);
        assert_eq!(events("东岭智库论坛2024年在北京举行。"), vec!["东岭智库论坛"]);
        // X研讨会-Y论坛2020: one event with two names
        assert_eq!(events("东岭中心在西河学院举办东岭年度研讨会-东岭高端论坛2020。"), vec!["东岭年度研讨会-东岭高端论坛2020"]);
        // 论坛筹备委员会, 为确保论坛, 负责论坛: the forum's own committee and verbs name nothing
        assert!(events("为确保论坛未来的运作,论坛筹备委员会决议,负责论坛各项事务。").is_empty());
        assert!(orgs("论坛筹备委员会决议,论坛国际秘书处设在东岭大学。成大邀请八国主要大学行政主管。") == vec!["东岭大学"], "{:?}", orgs("论坛筹备委员会决议,论坛国际秘书处设在东岭大学。成大邀请八国主要大学行政主管。"));
        // a university's department (学系) is a unit of it; 方式 is no person
        assert!(orgs("东岭大学政治学系主任张峻豪致词。").contains(&"东岭大学政治学系".to_owned()));
        assert!(persons("嘉宾通过线上线下的方式致辞。").is_empty());
        // 东岭会与西河学会: a short name in 会 ends before 与; 社会与经济研究会 is one name
        assert_eq!(orgs("东岭会与西河学会共同主办研讨会。"), vec!["西河学会"]);
        assert_eq!(orgs("社会与经济研究会成立。"), vec!["社会与经济研究会"]);
        // (各领域机构 is a kind of body)
        assert!(orgs("各领域学院参加。").is_empty());
    }

    #[test]
    fn an_example_s_ru_a_single_school_a_verb_before_a_kind_and_a_country_s_state_university() {
        // 如 after a comma gives an example: the name opens with the city after it
        assert_eq!(orgs("成果丰硕,如海口东岭学院和西河大学等共同筹建了研究室。"), vec!["海口东岭学院", "西河大学"]);
        // (如皋 is a city: 如 with no comma before it stays in the name)
        assert_eq!(orgs("如皋东岭学院成立。"), vec!["如皋东岭学院"]);
        // 单一学校, 展现不同类型大学: a kind of school, no name
        assert!(orgs("面对少子化,单一学校难以应对。联盟合作展现不同类型大学的优势。").is_empty(), "{:?}", orgs("面对少子化,单一学校难以应对。联盟合作展现不同类型大学的优势。"));
        // 俄罗斯国立大学 is no 国立大学 of later sentences
        let r = extract_text("李华访问俄罗斯国立大学。");
        let u = r.entities.iter().find(|e| e.label == "俄罗斯国立大学").expect("the university");
        assert!(!u.aliases.contains("国立大学"), "{:?}", u.aliases);
        // 签署“东岭合作”协议: the quoted words name the agreement
        let r = extract_text("东岭大学与西河大学签署“东岭学术合作”协议。");
        let d = r.entities.iter().find(|e| e.ty == super::EntityType::Document).expect("the agreement");
        assert!(d.aliases.contains("东岭学术合作") && d.aliases.contains("东岭学术合作协议"), "{:?}", d.aliases);
        // a traditional text: the shorter names derived from a name, as written too
        let r = extract_text("國立東嶺大學校長李華出席。");
        let u = r.entities.iter().find(|e| e.label == "国立东岭大学").expect("the university");
        assert!(u.aliases.contains("東嶺大學") && u.aliases.contains("东岭大学"), "{:?}", u.aliases);
    }

    #[test]
    fn a_titled_round_table_a_zone_s_committee_a_park_inside_a_company_and_a_listed_company() {
        // 《…》圆桌会议: the title names the meeting, no document
        assert_eq!(labels_of("随后举行了《东岭 西河,友谊之路》圆桌会议。", super::EntityType::Event), vec!["《东岭西河,友谊之路》圆桌会议"]);
        assert!(labels_of("随后举行了《东岭 西河,友谊之路》圆桌会议。", super::EntityType::Document).is_empty());
        // a transliterated name with 力 goes on past the dot
        assert_eq!(persons("东岭研究中心主任阿布杜拉·卡力莫夫表示,非常高兴。"), vec!["阿布杜拉·卡力莫夫"]);
        // 示范区党工委 names no zone; 东岭示范区党工委 does
        assert_eq!(orgs("示范区党工委委员李华讲话。东岭示范区党工委书记王明出席。"), vec!["东岭示范区党工委"]);
        // a park inside a company's name is no body of its own; a listed company is no city
        let o = orgs("海口东岭工业园区开发股份有限公司和海口东岭上市公司协会出席。");
        assert!(!o.iter().any(|n| n.ends_with("工业园")), "{o:?}");
        assert!(!labels_of("海口东岭工业园区开发股份有限公司和海口东岭上市公司协会出席。", super::EntityType::Place).iter().any(|p| p.ends_with("上市")));
        // (…再扩容 加盟东岭创新联盟: the verb of joining opens no alliance's name)
        assert_eq!(labels_of("东岭湾成员再扩容 加盟东岭创新联盟\n示范区借助加盟东岭创新联盟的东风发展。", super::EntityType::Alliance), vec!["东岭创新联盟"]);
    }

    #[test]
    fn an_anniversary_before_ji_opens_the_meeting_s_name() {
        assert_eq!(labels_of("9月20日,东岭研究院共同举办了“海川”十周年暨首届东岭智库联盟联席会议。", super::EntityType::Event), vec!["“海川”十周年暨首届东岭智库联盟联席会议"]);
        // (a theme before a numbered meeting still ends at 暨)
        assert_eq!(labels_of("会议“数字东岭”暨第十九届东岭问题研讨会在海口举行。", super::EntityType::Event), vec!["第十九届东岭问题研讨会"]);
    }

    #[test]
    fn names_counted_before_scholars_a_given_name_with_qi_a_department_of_a_short_university_and_a_new_think_tank() {
        // 邀请A﹑B和C三位学者: the small comma is a list mark; the count closes the list of names
        let mut p = persons("他们将举办首场活动﹐邀请李华﹑王明和周立群三位美国学者研讨。");
        p.sort();
        assert_eq!(p, vec!["周立群", "李华", "王明"]);
        // 其 before a verb of saying is the given name's; an adverb (也) is not
        assert_eq!(persons("执行主任李德其说,这是好机会。"), vec!["李德其"]);
        assert_eq!(persons("副主任陈刚也表示,希望合作。"), vec!["陈刚"]);
        // 港大法律系: a department of the short-named university
        assert!(orgs("港大法律系李华教授出席。").contains(&"港大法律系".to_owned()), "{:?}", orgs("港大法律系李华教授出席。"));
        // 北京新智库东岭研究所: a new think tank described, the institute named after it
        assert_eq!(orgs("北京新智库东岭研究所 强化合作"), vec!["东岭研究所"]);
        // 年度性大型研讨会: how often and how large, no name
        assert!(labels_of("未来还将举办年度性大型研讨会。", super::EntityType::Event).is_empty());
    }

    #[test]
    fn towns_listed_among_known_places_and_companies_run_together_without_marks() {
        let places = |t: &str| labels_of(t, super::EntityType::Place);
        let p = places("天津、重庆、东岭、南京,武汉、西河、北川等城市为联盟的发起机构。");
        for town in ["东岭", "西河", "北川"] {
            assert!(p.contains(&town.to_owned()), "{town} {p:?}");
        }
        // (a list of few places, or one most of whose items the lexicon does not know, is left alone)
        assert!(!places("东岭、西河、北川、天津等地发展快。").contains(&"东岭".to_owned()));
        // (来自 before the first place is no part of a town's name)
        assert!(!places("来自天津、杭州、青岛、西安、扬州等城市代表出席。").iter().any(|p| p.contains("来自")));
        let o = orgs("会议由东岭展览有限公司西河会展股份有限公司等单位承办。");
        assert!(o.contains(&"东岭展览有限公司".to_owned()) && o.contains(&"西河会展股份有限公司".to_owned()), "{o:?}");
        assert!(orgs("东岭烘焙业公会出席。").contains(&"东岭烘焙业公会".to_owned()));
    }

    #[test]
    fn words_that_open_no_name_and_a_language_that_names_no_country() {
        // 透过与 (through working with), a superlative that describes, a body's subordinate body
        let o = orgs("东岭研究院与印度最大私人智库签约,透过与南川西河研究院合作,由外交部部属机构北湖睦邻委员会主办。");
        assert!(o.contains(&"南川西河研究院".to_owned()) && o.contains(&"北湖睦邻委员会".to_owned()), "{o:?}");
        assert!(!o.iter().any(|x| x.contains("最大") || x.contains("透过") || x.contains("部属")), "{o:?}");
        let countries = labels_of("日本语版请点这里。西班牙语系主任李华出席。", super::EntityType::Country);
        assert!(countries.is_empty(), "{countries:?}");
        // 全面 is an adverb after 学者, no name
        assert!(persons("各国专家学者全面探讨了地区形势。").is_empty());
    }

    #[test]
    fn a_dateline_with_its_place_after_the_date_ends_before_a_name() {
        let x = extract_text("西河经济网10月18日杭州讯 东岭会展联盟于10月17日在杭州成立。");
        let labels: Vec<&str> = x.mentions.iter().map(|m| m.label.as_str()).collect();
        assert!(labels.contains(&"东岭会展联盟") && labels.contains(&"西河经济网"), "{labels:?}");
    }

    #[test]
    fn a_keyword_line_a_think_tank_described_before_its_name_and_verbs_of_discussing() {
        let x = extract_text("李华出席东岭论坛\n关键词:李华 海川合作 高校联盟  来源:东岭大学\n东岭大学副校长李华出席论坛。\n");
        assert!(!x.mentions.iter().any(|m| m.label.contains("李华海川合作")), "{:?}", x.mentions);
        let o = orgs("学校将中心纳入国家高端智库东岭发展研究院,号召高校共商一流大学建设、助推一流大学发展。");
        assert_eq!(o, vec!["东岭发展研究院"]);
        // a platform that says what kind of university is one is no alliance
        let x = extract_text("东岭大学于2014年成立了海川研究中心,是国内最早成立“海川”跨学科研究和实施平台的大学之一。");
        assert!(!x.mentions.iter().any(|m| m.ty == super::EntityType::Alliance), "{:?}", x.mentions);
        // a university's short form in 大 opening the clause is a whole name before 与
        let o = orgs("中石大与东岭市委宣传部签约。");
        assert!(o.contains(&"东岭市委宣传部".to_owned()) && !o.iter().any(|x| x.starts_with("中石大与")), "{o:?}");
    }

    #[test]
    fn names_after_posts_before_zai_a_long_surname_a_joint_institute_and_a_building_ceremony() {
        assert_eq!(persons("东岭市副市长李明在致辞中指出,合作发展。"), vec!["李明".to_owned()]);
        assert!(persons("东岭大学校长菲尔泽·别克诺夫娃一行访问。").contains(&"菲尔泽·别克诺夫娃".to_owned()));
        let text = "4月12日,东岭大学与西河技术大学共建“东岭大学—西河技术大学联合研究院”合作协议签约仪式在西河技术大学举行。";
        let ev = labels_of(text, super::EntityType::Event);
        assert_eq!(ev, vec!["东岭大学与西河技术大学共建“东岭大学—西河技术大学联合研究院”合作协议签约仪式".to_owned()]);
        assert!(orgs(text).contains(&"东岭大学—西河技术大学联合研究院".to_owned()), "{:?}", orgs(text));
        // (a society of think tanks keeps 联合 inside its name, a university before it does not stop it)
        assert!(orgs("南川大学联合研究院成立。").contains(&"南川大学联合研究院".to_owned()));
    }

    #[test]
    fn verbs_spam_kinds_and_websites_that_name_no_body() {
        let o = orgs("学校引进世界一流应用技术大学办学经验,是示范性的应用技术大学。聚集东岭大学学科优势。");
        assert_eq!(o, vec!["东岭大学".to_owned()]);
        let o = orgs("新老虎机平台,娱乐老虎机西岭研究中心主任李华参加。");
        assert_eq!(o, vec!["西岭研究中心".to_owned()]);
        let x = extract_text("《西河共和国政府网站》报道了这篇文章。学者代表曾详细了解改革。");
        assert!(x.entities.iter().any(|e| e.label == "西河共和国政府网站" && e.kind == Some(crate::lexicon::OrgKind::Media)), "{:?}", x.entities);
        assert!(!x.entities.iter().any(|e| e.ty == super::EntityType::Person), "{:?}", x.entities);
    }

    #[test]
    fn a_think_tank_with_latin_initials_a_one_sound_surname_a_located_venue_and_kinds_of_bodies() {
        assert!(orgs("海川智库(HCT)理事长李华致欢迎辞。").contains(&"海川智库".to_owned()));
        assert!(persons("东岭大学教授卡里姆·别、西河基金会研究员李华等出席。").contains(&"卡里姆·别".to_owned()));
        let places = labels_of("联盟成立仪式在位于东岭区的西河会议中心举行。", super::EntityType::Place);
        assert!(places.contains(&"西河会议中心".to_owned()) && places.contains(&"东岭区".to_owned()), "{places:?}");
        assert_eq!(orgs("东岭党愿同各国政党和政治组织加强交流。"), Vec::<String>::new());
        assert!(labels_of("八所高校共同成立海川可持续发展大学联盟。", super::EntityType::Alliance) == vec!["海川可持续发展大学联盟".to_owned()]);
        assert!(orgs("海川一体化发展示范区执委会副主任李华出席。").contains(&"海川一体化发展示范区执委会".to_owned()));
        assert!(persons("副校长王明代表全校师生表示欢迎。") == vec!["王明".to_owned()]);
    }

    #[test]
    fn an_association_of_post_holders_a_latin_initial_and_a_person_before_yu() {
        let o = orgs("此次峰会由哈萨克斯坦大学校长联合会承办。");
        assert_eq!(o, vec!["哈萨克斯坦大学校长联合会".to_owned()]);
        assert!(persons("东岭学会主席Anna B. Berg、李华出席。").iter().any(|p| p.starts_with("Anna B.")), "{:?}", persons("东岭学会主席Anna B. Berg、李华出席。"));
        let o = orgs("5月5日,副校长李斐率代表团出访。5月7日,李斐与东岭地理学会南川分会主席王明会见。");
        assert!(o.contains(&"东岭地理学会南川分会".to_owned()) && !o.iter().any(|x| x.starts_with("李斐")), "{o:?}");
    }

    #[test]
    fn fellowship_associations_with_a_post_captions_and_names_ending_in_adverbs_or_places() {
        assert_eq!(orgs("东岭同乡联谊会副会长杨周致辞。"), vec!["东岭同乡联谊会"]);
        assert!(labels_of("东岭同乡联谊会副会长杨周致辞。", super::EntityType::Event).is_empty());
        assert_eq!(orgs("会场 东岭学院副校长陈明致辞。"), vec!["东岭学院"]);
        let people = labels_of("东岭文化创办人方立均,东岭协会前会长周云林,东岭市政府副秘书长孙金华等出席。", super::EntityType::Person);
        for p in ["方立均", "周云林", "孙金华"] {
            assert!(people.contains(&p.to_owned()), "{p} {people:?}");
        }
        assert!(labels_of("东岭协会前会长周云林出席。", super::EntityType::Place).is_empty());
        // an adverb before its verb still ends the name
        assert_eq!(labels_of("院长李华均出席了会议。", super::EntityType::Person), vec!["李华"]);
    }

    #[test]
    fn bodies_joined_after_a_bureau_an_embassy_s_field_staff_and_generic_ceremonies() {
        let mut found = orgs("在西河市民政局和南川管委会的支持下成立。");
        found.sort();
        assert_eq!(found, vec!["南川管委会", "西河市民政局"]);
        assert!(labels_of("签字仪式由东岭学院常务副院长刘明主持。", super::EntityType::Event).is_empty());
        assert!(labels_of("他说,该论坛将是一个高端国际论坛。", super::EntityType::Event).is_empty());
        assert_eq!(orgs("东岭国际交流财团理事长李明致辞。"), vec!["东岭国际交流财团"]);
        assert_eq!(orgs("他指出,筹建东岭学院是共同意愿。"), vec!["东岭学院"]);
        assert_eq!(labels_of("会议宣读了东岭流域大学联盟宣言,审议通过了东岭流域大学联盟章程。", super::EntityType::Document), vec!["东岭流域大学联盟宣言", "东岭流域大学联盟章程"]);
        assert_eq!(labels_of("东岭开发银行行长中村一郎出席。", super::EntityType::Person), vec!["中村一郎"]);
        assert!(labels_of("邰某副校长、赵东县长代表双方签订了协议。", super::EntityType::Person).contains(&"赵东".to_owned()));
    }

    #[test]
    fn short_universities_before_a_count_latin_companies_and_words_that_are_no_names() {
        // (items ending in 大 in a list closed by a count of universities are universities)
        let o = orgs("东岭大学号召西教大、北体大、南川、海川科大等5所大学共同成立联盟。");
        for u in ["西教大", "北体大", "海川科大"] {
            assert!(o.contains(&u.to_owned()), "{u} {o:?}");
        }
        assert!(!o.iter().any(|x| x.contains("南川")), "{o:?}");
        // (without the count, a word ending in 大 in a list is left alone)
        assert!(!orgs("他们讨论西教大、北体大的事。").contains(&"西教大".to_owned()));
        // (a country and 公司 before a Latin name: the company is the Latin name)
        let o = orgs("东岭大学与葡萄牙公司Bayford签署合作协议。");
        assert!(o.contains(&"Bayford".to_owned()) && !o.iter().any(|x| x.ends_with("公司")), "{o:?}");
        // (a family name in capitals closes a Latin name after a post)
        assert!(persons("里斯本大学校长Anna Maria BERG代表大学签署。").contains(&"Anna Maria BERG".to_owned()), "{:?}", persons("里斯本大学校长Anna Maria BERG代表大学签署。"));
        // (国家 before a head of state's title, 国务 before a minister's: words, no names)
        assert!(persons("他是第一位参观的国家总统。在国务部长Anna Berg见证下签署。").iter().all(|p| p != "国家" && p != "国务"));
        // (a university's short form after 由 before a title is no name)
        assert!(persons("代表团由东大副校长暨东大系统执行长王明领军,偕同北科大副校长李华出席。").iter().all(|p| !p.starts_with('由')), "{:?}", persons("代表团由东大副校长暨东大系统执行长王明领军。"));
        let p = persons("代表团由东大副校长王明领军,偕同北科大副校长李华出席。");
        assert!(p.contains(&"王明".to_owned()) && p.contains(&"李华".to_owned()), "{p:?}");
        // (added members and going along with someone are verbs, no part of a name)
        let o = orgs("去年新增东岭大学,偕同西河大学代表出席。");
        assert!(o.contains(&"东岭大学".to_owned()) && o.contains(&"西河大学".to_owned()), "{o:?}");
        // (going to university, a few schools: no names)
        assert!(orgs("她当时念大学,个别学校的力量有限,共享实验室。").is_empty(), "{:?}", orgs("她当时念大学,个别学校的力量有限,共享实验室。"));
    }

    #[test]
    fn a_ceremony_quoted_whole_and_an_alliance_that_holds_meetings_are_named() {
        let ev = labels_of("东岭大学联盟今天举办“西河跨校共荣合作典礼”,宣布联盟扩大。", super::EntityType::Event);
        assert_eq!(ev, vec!["西河跨校共荣合作典礼"]);
        assert_eq!(labels_of("东岭大学联盟今天举办“西河跨校共荣合作典礼”,宣布联盟扩大。", super::EntityType::Alliance), vec!["东岭大学联盟"]);
        // (unquoted, a ceremony for the kind of cooperation names none)
        assert!(labels_of("两校举行跨校合作典礼。", super::EntityType::Event).is_empty());
        // (an alliance only talked about holds nothing: no cue that it is a standing body)
        assert!(labels_of("东岭大学联盟的作用很大。", super::EntityType::Alliance).is_empty());
    }

    #[test]
    fn monarchs_short_school_names_venues_after_a_comma_and_a_yearly_council_meeting() {
        // (a regnal number closes a monarch's name; one character and 科大 before a post)
        let text = "丹麦女王卡琳娜二世访问东科大。东科大校长李华主持仪式。东岭大学马华书记、李松常委等校领导出席。";
        let p = persons(text);
        for n in ["卡琳娜二世", "李华", "马华", "李松"] {
            assert!(p.contains(&n.to_owned()), "{n} {p:?}");
        }
        assert!(orgs(text).contains(&"东科大".to_owned()), "{:?}", orgs(text));
        // (a building named with 科 before 大厦 is no university)
        assert!(!orgs("会议在西河高科大厦举行。").iter().any(|o| o.contains("科大")), "{:?}", orgs("会议在西河高科大厦举行。"));
        // (a long venue closed by a comma before the verb)
        let places = labels_of("4月19日上午,在东岭大学南川校区西河大厦102报告厅,举行了“东岭研究中心”揭牌仪式。", super::EntityType::Place);
        assert!(places.contains(&"东岭大学南川校区西河大厦102报告厅".to_owned()), "{places:?}");
        // (an alliance's yearly council meeting, the year inside its name)
        let ev = labels_of("9日,东岭智库联盟2030年理事会会议在昆明召开。", super::EntityType::Event);
        assert_eq!(ev, vec!["东岭智库联盟2030年理事会会议"]);
        // (a think tanks' cooperation committee is an alliance; a ceremony by its act alone is none)
        let text = "海川国际智库合作委员会秘书长李华到场。海川国际智库合作委员会已有十年历史。大楼的奠基仪式很隆重。";
        assert_eq!(labels_of(text, super::EntityType::Alliance), vec!["海川国际智库合作委员会"]);
        assert!(labels_of(text, super::EntityType::Event).is_empty());
        // (kinds of university and of programme are no names)
        assert!(orgs("受到高等学校的关注,部分两院院士出席,交大所在世界一流大学研究方面领先。").is_empty(), "{:?}", orgs("受到高等学校的关注,部分两院院士出席,交大所在世界一流大学研究方面领先。"));
        assert!(labels_of("学校承办东岭部援外培训项目,开设援外硕士项目。", super::EntityType::Project).is_empty());
        assert!(persons("学校取得的成绩表示赞赏。").is_empty());
        // (achieving, then the body the clause refers back to: a verb, no part of a name)
        assert_eq!(orgs("东岭研究院将与市政府加强合作,实现研究院智慧和城市发展深度融合。"), vec!["东岭研究院"]);
    }
}
