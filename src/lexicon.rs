//! World-knowledge lexicons: countries, places, surnames, posts, head words, function words.
//!
//! The files live in `data/lexicons/` (format documented in each file's header and in
//! README.md). They are compiled into the binary so it runs anywhere, and can be replaced
//! at run time with `--lexicons DIR`. Nothing here may name a person, institution, project
//! or alliance taken from an article.

use std::collections::HashMap;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::{Error, Result};

/// Organisation kinds of the evaluation guidelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum OrgKind {
    ThinkTank,
    University,
    Company,
    Government,
    Association,
    Research,
    Media,
    Other,
}

impl OrgKind {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "ThinkTank" => Self::ThinkTank,
            "University" => Self::University,
            "Company" => Self::Company,
            "Government" => Self::Government,
            "Association" => Self::Association,
            "Research" => Self::Research,
            "Media" => Self::Media,
            "Other" => Self::Other,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ThinkTank => "ThinkTank",
            Self::University => "University",
            Self::Company => "Company",
            Self::Government => "Government",
            Self::Association => "Association",
            Self::Research => "Research",
            Self::Media => "Media",
            Self::Other => "Other",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    pub short: Option<String>,
    pub iso: String,
    pub wikidata: String,
    pub sco: String,
    pub english: String,
    /// Other English names (Türkiye, UAE), for English articles.
    pub english_names: Vec<String>,
    /// Demonyms (Kazakh, Kazakhstani): they name the country only before a noun.
    pub demonyms: Vec<String>,
}

impl Country {
    /// A country that is one city (Singapore, Monaco): named as the venue of an event.
    pub fn is_city_state(&self) -> bool {
        matches!(self.iso.as_str(), "SG" | "MC" | "VA")
    }
}

#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub country: Option<usize>,
    pub kind: String,
    pub abbreviation: Option<char>,
    /// English names (Tianjin; Xi'an|Xian), for English articles.
    pub english: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct KnownOrg {
    pub name: String,
    pub kind: OrgKind,
    pub country: Option<usize>,
    pub wikidata: String,
    /// English names and acronyms, for English articles.
    pub english: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgHead {
    pub kind: OrgKind,
    /// A sub-unit head (部, 司, 中心 …): nested in a parent it takes the parent's kind.
    pub unit: bool,
}

/// Role of a plain word in the scanners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordRole {
    /// Ends a name when scanning left from a head word.
    Stop,
    /// A conjunction: ends a name only where a complete name precedes it.
    Conj,
    /// An ordinary word that hides a head word or country name.
    Word,
    /// A verb of saying that follows a speaker.
    Speech,
}

/// What a token found by the lexicon automaton is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tag {
    Country(usize),
    Place(usize),
    KnownOrg(usize),
    OrgHead(OrgHead),
    EventHead,
    DocHead,
    AllianceHead,
    Post,
    Word(WordRole),
}

/// Raw lexicon texts, one per family.
pub struct Sources {
    pub countries: String,
    pub places: String,
    pub organizations: String,
    pub surnames: String,
    pub posts: String,
    pub modifiers: String,
    pub org_heads: String,
    pub event_heads: String,
    pub document_heads: String,
    pub alliance_heads: String,
    pub words: String,
    pub translit_chars: String,
}

macro_rules! embedded {
    ($($field:ident => $file:literal),* $(,)?) => {
        impl Sources {
            /// The lexicons compiled into the binary from `data/lexicons/`.
            pub fn embedded() -> Self {
                Self { $($field: include_str!(concat!("../data/lexicons/", $file)).to_owned()),* }
            }
            /// Read every lexicon file from `dir` (same file names as `data/lexicons/`).
            pub fn from_dir(dir: &Path) -> Result<Self> {
                Ok(Self { $($field: read_lexicon(&dir.join($file))?),* })
            }
        }
    };
}

embedded! {
    countries => "countries.tsv",
    places => "places.tsv",
    organizations => "organizations.tsv",
    surnames => "surnames.txt",
    posts => "posts.tsv",
    modifiers => "modifiers.txt",
    org_heads => "org_heads.tsv",
    event_heads => "event_heads.txt",
    document_heads => "document_heads.txt",
    alliance_heads => "alliance_heads.txt",
    words => "words.tsv",
    translit_chars => "translit_chars.txt",
}

fn read_lexicon(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// All lexicons, parsed, with one leftmost-longest automaton over every surface form.
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    pub orgs: Vec<KnownOrg>,
    pub surnames_single: std::collections::HashSet<char>,
    pub surnames_compound: Vec<String>,
    pub modifiers: Vec<String>,
    pub translit: std::collections::HashSet<char>,
    /// One-character country forms used in compounds (中乌 …): char → candidate countries.
    pub country_short: HashMap<char, Vec<usize>>,
    /// One-character place abbreviations (津 → 天津), only read in 在X举行-like phrases.
    pub place_abbrev: HashMap<char, usize>,
    pub org_heads: HashMap<String, OrgHead>,
    /// Words that describe a kind of institution and name none (顶尖, 各国 …): role `desc`
    /// in words.tsv, checked inside candidate names, not matched as tokens.
    pub descriptors: Vec<String>,
    patterns: Vec<String>,
    tags: Vec<Vec<Tag>>,
    automaton: AhoCorasick,
}

/// Lines of a lexicon file without comments and blanks.
fn lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    src.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

fn field<'a>(cols: &[&'a str], i: usize) -> &'a str {
    cols.get(i).map(|s| s.trim()).unwrap_or("")
}

fn split_aliases(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|a| !a.is_empty())
}

impl Lexicon {
    /// The lexicons compiled into the binary.
    pub fn embedded() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| {
            Lexicon::from_sources(&Sources::embedded()).expect("embedded lexicons are valid")
        })
    }

    pub fn from_sources(src: &Sources) -> Result<Self> {
        let bad = |file: &str, line: usize, why: &str| Error::Lexicon {
            file: file.to_owned(),
            line,
            message: why.to_owned(),
        };
        let mut forms: HashMap<String, Vec<Tag>> = HashMap::new();
        let mut add = |form: &str, tag: Tag| {
            let tags = forms.entry(form.to_owned()).or_default();
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        };

        let mut countries = Vec::new();
        let mut country_short: HashMap<char, Vec<usize>> = HashMap::new();
        for (n, line) in lines(&src.countries) {
            let cols: Vec<&str> = line.split('\t').collect();
            let name = field(&cols, 0);
            if name.is_empty() {
                return Err(bad("countries.tsv", n, "empty name"));
            }
            let idx = countries.len();
            add(name, Tag::Country(idx));
            for a in split_aliases(field(&cols, 1)) {
                add(a, Tag::Country(idx));
            }
            // (秘鲁共和国海川学院: news writes a republic's name with 共和国 after it, as a formal form)
            if !name.ends_with("共和国") && !name.ends_with('国') {
                add(&format!("{name}共和国"), Tag::Country(idx));
            }
            let short = field(&cols, 2);
            if short.chars().count() == 1 {
                country_short.entry(short.chars().next().unwrap()).or_default().push(idx);
            }
            countries.push(Country {
                name: name.to_owned(),
                short: (!short.is_empty()).then(|| short.to_owned()),
                iso: field(&cols, 3).to_owned(),
                wikidata: field(&cols, 4).to_owned(),
                sco: field(&cols, 5).to_owned(),
                english: field(&cols, 6).to_owned(),
                english_names: split_aliases(field(&cols, 7)).map(str::to_owned).collect(),
                demonyms: split_aliases(field(&cols, 8)).map(str::to_owned).collect(),
            });
        }
        let country_index: HashMap<&str, usize> =
            countries.iter().enumerate().map(|(i, c)| (c.name.as_str(), i)).collect();

        let mut places = Vec::new();
        let mut place_abbrev = HashMap::new();
        for (n, line) in lines(&src.places) {
            let cols: Vec<&str> = line.split('\t').collect();
            let name = field(&cols, 0);
            if name.is_empty() {
                return Err(bad("places.tsv", n, "empty name"));
            }
            let idx = places.len();
            add(name, Tag::Place(idx));
            for a in split_aliases(field(&cols, 1)) {
                add(a, Tag::Place(idx));
            }
            let country = match field(&cols, 2) {
                "" => None,
                c => Some(*country_index.get(c).ok_or_else(|| {
                    bad("places.tsv", n, &format!("unknown country {c:?}"))
                })?),
            };
            let abbreviation = field(&cols, 4).chars().next();
            if let Some(a) = abbreviation {
                place_abbrev.insert(a, idx);
            }
            let english = split_aliases(field(&cols, 5)).map(str::to_owned).collect();
            places.push(Place { name: name.to_owned(), country, kind: field(&cols, 3).to_owned(), abbreviation, english });
        }

        let mut orgs = Vec::new();
        for (n, line) in lines(&src.organizations) {
            let cols: Vec<&str> = line.split('\t').collect();
            let name = field(&cols, 0);
            let kind = OrgKind::parse(field(&cols, 2))
                .ok_or_else(|| bad("organizations.tsv", n, "unknown kind"))?;
            let idx = orgs.len();
            add(name, Tag::KnownOrg(idx));
            for a in split_aliases(field(&cols, 1)) {
                add(a, Tag::KnownOrg(idx));
            }
            let country = country_index.get(field(&cols, 3)).copied();
            let english = split_aliases(field(&cols, 5)).map(str::to_owned).collect();
            orgs.push(KnownOrg { name: name.to_owned(), kind, country, wikidata: field(&cols, 4).to_owned(), english });
        }

        let mut surnames_single = std::collections::HashSet::new();
        let mut surnames_compound = Vec::new();
        for (_, line) in lines(&src.surnames) {
            for s in line.split_whitespace() {
                match s.chars().count() {
                    1 => {
                        surnames_single.insert(s.chars().next().unwrap());
                    }
                    _ => surnames_compound.push(s.to_owned()),
                }
            }
        }

        for (_, line) in lines(&src.posts) {
            add(field(&line.split('\t').collect::<Vec<_>>(), 0), Tag::Post);
        }
        let modifiers: Vec<String> = lines(&src.modifiers).map(|(_, l)| l.trim().to_owned()).collect();

        let mut org_heads = HashMap::new();
        for (n, line) in lines(&src.org_heads) {
            let cols: Vec<&str> = line.split('\t').collect();
            let kind = OrgKind::parse(field(&cols, 1))
                .ok_or_else(|| bad("org_heads.tsv", n, "unknown kind"))?;
            let head = OrgHead { kind, unit: field(&cols, 2) == "yes" };
            add(field(&cols, 0), Tag::OrgHead(head));
            org_heads.insert(field(&cols, 0).to_owned(), head);
        }
        for (_, line) in lines(&src.event_heads) {
            add(line.trim(), Tag::EventHead);
        }
        for (_, line) in lines(&src.document_heads) {
            add(line.trim(), Tag::DocHead);
        }
        for (_, line) in lines(&src.alliance_heads) {
            add(line.trim(), Tag::AllianceHead);
        }
        let mut descriptors = Vec::new();
        for (n, line) in lines(&src.words) {
            let cols: Vec<&str> = line.split('\t').collect();
            if field(&cols, 1) == "desc" {
                descriptors.push(field(&cols, 0).to_owned());
                continue;
            }
            let role = match field(&cols, 1) {
                "stop" => WordRole::Stop,
                "conj" => WordRole::Conj,
                "word" => WordRole::Word,
                "speech" => WordRole::Speech,
                other => return Err(bad("words.tsv", n, &format!("unknown role {other:?}"))),
            };
            add(field(&cols, 0), Tag::Word(role));
        }
        let translit = lines(&src.translit_chars).flat_map(|(_, l)| l.chars()).filter(|c| !c.is_whitespace()).collect();

        let mut entries: Vec<(String, Vec<Tag>)> = forms.into_iter().filter(|(k, _)| !k.is_empty()).collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0)); // deterministic pattern ids
        let (patterns, tags): (Vec<String>, Vec<Vec<Tag>>) = entries.into_iter().unzip();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .map_err(|e| Error::Lexicon { file: "lexicons".into(), line: 0, message: e.to_string() })?;
        Ok(Self {
            countries,
            places,
            orgs,
            surnames_single,
            surnames_compound,
            modifiers,
            translit,
            country_short,
            place_abbrev,
            org_heads,
            descriptors,
            patterns,
            tags,
            automaton,
        })
    }

    /// Non-overlapping tokens of `text` (leftmost-longest), as byte ranges with their tags.
    pub fn tokens<'l>(&'l self, text: &str) -> Vec<(usize, usize, &'l [Tag])> {
        let mut out: Vec<(usize, usize, &'l [Tag])> = self
            .automaton
            .find_iter(text)
            .map(|m| (m.start(), m.end(), self.tags[m.pattern().as_usize()].as_slice()))
            // (SCO inside UNESCO: a Latin word matches whole words only)
            .filter(|&(s, e, _)| !latin_inside_word(text, s, e))
            .collect();
        self.split_party_committees(text, &mut out);
        out
    }

    /// A place written with its level (广东省, 深圳市) swallows the 省 of 省委: give the level
    /// back to a committee head (广东|省委), unless a longer word starts at 委 (委员会).
    fn split_party_committees<'l>(&'l self, text: &str, out: &mut Vec<(usize, usize, &'l [Tag])>) {
        let mut i = 0;
        while i < out.len() {
            let (s, e, tags) = out[i];
            // cheap tests first: most tokens are no place followed by 委
            if !text[e..].starts_with('委') || !tags.iter().any(|t| matches!(t, Tag::Place(_))) {
                i += 1;
                continue;
            }
            let level = text[s..e].chars().last().unwrap_or(' ');
            let next_free = out.get(i + 1).is_none_or(|n| n.0 > e);
            if let (true, Some(head)) = (next_free, self.committee_head(level)) {
                if e - level.len_utf8() > s {
                    let cut = e - level.len_utf8();
                    out[i] = (s, cut, tags);
                    out.insert(i + 1, (cut, e + '委'.len_utf8(), head));
                    i += 1;
                }
            }
            i += 1;
        }
    }

    /// The tags of the committee head 省委/市委/区委/县委 for a place's level character.
    fn committee_head(&self, level: char) -> Option<&[Tag]> {
        if !matches!(level, '省' | '市' | '区' | '县') {
            return None;
        }
        let word: String = [level, '委'].iter().collect();
        let i = self.patterns.binary_search(&word).ok()?;
        Some(self.tags[i].as_slice())
    }

    /// Every surface form of the automaton with what it is.
    pub fn surface_forms(&self) -> impl Iterator<Item = (&str, &[Tag])> {
        self.patterns.iter().map(String::as_str).zip(self.tags.iter().map(Vec::as_slice))
    }

    pub fn country_by_name(&self, name: &str) -> Option<usize> {
        self.countries.iter().position(|c| c.name == name)
    }

    /// The compound surname at the start of `s`, else the single one.
    pub fn surname_len(&self, s: &[char]) -> Option<usize> {
        for c in &self.surnames_compound {
            let n = c.chars().count();
            if s.len() >= n && c.chars().zip(s).all(|(a, b)| a == *b) {
                return Some(n);
            }
        }
        s.first().filter(|c| self.surnames_single.contains(c)).map(|_| 1)
    }

    /// The longest organisation head word that ends `name`.
    pub fn org_head_suffix(&self, name: &str) -> Option<(&str, OrgHead)> {
        self.org_heads
            .iter()
            .filter(|(h, _)| name.ends_with(h.as_str()))
            .max_by_key(|(h, _)| h.len())
            .map(|(h, k)| (h.as_str(), *k))
    }
}

/// Whether the match `start..end` of `text` begins or ends with a Latin letter or digit that
/// runs on into a letter or digit outside it (SCO in UNESCO).
fn latin_inside_word(text: &str, start: usize, end: usize) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    alnum(first) && alnum(text[..start].chars().next_back()) || alnum(last) && alnum(text[end..].chars().next())
}
