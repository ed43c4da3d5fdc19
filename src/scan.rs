//! Scanning primitives shared by recognition and relation extraction: the tokens of a
//! sentence (lexicon words indexed by where they start and end) and character-level
//! look-ups over the normalised text.

use crate::lexicon::{Lexicon, Tag, WordRole};
use crate::normalize::NormText;
use crate::segment::{Layout, Sentence};

#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub tags: &'a [Tag],
}

impl Token<'_> {
    pub fn has(&self, f: impl Fn(&Tag) -> bool) -> bool {
        self.tags.iter().any(f)
    }
    pub fn is_stop(&self) -> bool {
        self.has(|t| matches!(t, Tag::Word(WordRole::Stop) | Tag::Word(WordRole::Speech) | Tag::Post))
    }
    pub fn is_conj(&self) -> bool {
        self.has(|t| matches!(t, Tag::Word(WordRole::Conj)))
    }
    pub fn country(&self) -> Option<usize> {
        self.tags.iter().find_map(|t| if let Tag::Country(i) = t { Some(*i) } else { None })
    }
    pub fn place(&self) -> Option<usize> {
        self.tags.iter().find_map(|t| if let Tag::Place(i) = t { Some(*i) } else { None })
    }
    /// A country or a place of the lexicon: what opens a name to say where its body is.
    pub fn names_place(&self) -> bool {
        self.has(|t| matches!(t, Tag::Country(_) | Tag::Place(_)))
    }
    pub fn known_org(&self) -> Option<usize> {
        self.tags.iter().find_map(|t| if let Tag::KnownOrg(i) = t { Some(*i) } else { None })
    }
}

/// Tokens of one sentence, indexed by where they start and end (dense arrays over the
/// sentence: no hashing on the hot path).
pub struct Tokens<'a> {
    pub list: Vec<Token<'a>>,
    base: usize,
    ends_at: Vec<u32>,
    starts_at: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl<'a> Tokens<'a> {
    pub fn new(lex: &'a Lexicon, norm: &NormText, s: &Sentence) -> Self {
        let base_byte = norm.byte_at_char(s.start);
        let text = norm.slice(s.start, s.end);
        // byte → char within the sentence, walked forward once (tokens come in order)
        let mut list: Vec<Token<'a>> = Vec::new();
        let mut ci = s.start;
        for (bs, be, tags) in lex.tokens(text) {
            while norm.byte_at_char(ci) < base_byte + bs {
                ci += 1;
            }
            let start = ci;
            let mut ce = ci;
            while norm.byte_at_char(ce) < base_byte + be {
                ce += 1;
            }
            list.push(Token { start, end: ce, tags });
            ci = ce;
        }
        let n = s.end - s.start + 1;
        let mut ends_at = vec![NONE; n];
        let mut starts_at = vec![NONE; n];
        for (i, t) in list.iter().enumerate() {
            ends_at[t.end - s.start] = i as u32;
            starts_at[t.start - s.start] = i as u32;
        }
        Tokens { list, base: s.start, ends_at, starts_at }
    }
    fn at(&self, v: &[u32], pos: usize) -> Option<&Token<'a>> {
        let i = *v.get(pos.checked_sub(self.base)?)?;
        (i != NONE).then(|| &self.list[i as usize])
    }
    pub fn ending_at(&self, pos: usize) -> Option<&Token<'a>> {
        self.at(&self.ends_at, pos)
    }
    pub fn starting_at(&self, pos: usize) -> Option<&Token<'a>> {
        self.at(&self.starts_at, pos)
    }
    /// The tokens lying wholly inside `start..end`.
    pub fn within(&self, start: usize, end: usize) -> impl Iterator<Item = &Token<'a>> {
        let from = self.list.partition_point(|t| t.start < start);
        self.list[from..].iter().take_while(move |t| t.start < end).filter(move |t| t.end <= end)
    }
    /// The token covering char `pos`, if any.
    pub fn covering(&self, pos: usize) -> Option<&Token<'a>> {
        let i = self.list.partition_point(|t| t.end <= pos);
        self.list.get(i).filter(|t| t.start <= pos)
    }
}

/// The tokens of every sentence of an article, computed once and shared by the stages.
pub fn tokenize<'a>(lex: &'a Lexicon, norm: &NormText, layout: &Layout) -> Vec<Tokens<'a>> {
    layout.sentences.iter().map(|s| Tokens::new(lex, norm, s)).collect()
}

pub fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

pub fn starts_with_at(chars: &[char], pos: usize, end: usize, word: &str) -> bool {
    let end = end.min(chars.len());
    let mut k = pos;
    for c in word.chars() {
        if k >= end || chars[k] != c {
            return false;
        }
        k += 1;
    }
    true
}

/// Whether `short`'s characters appear in `long` in the same order (a Chinese short form
/// keeps characters of the full name: 东工大 in 东岭工业大学).
pub fn keeps_in_order(long: &[char], short: &[char]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|c| rest.any(|l| l == c))
}

/// Whether `word` ends at `pos`, starting no earlier than `start`.
pub fn ends_with_at(chars: &[char], pos: usize, start: usize, word: &str) -> bool {
    let mut k = pos.min(chars.len());
    for c in word.chars().rev() {
        if k <= start || chars[k - 1] != c {
            return false;
        }
        k -= 1;
    }
    true
}

pub fn find_word(chars: &[char], from: usize, to: usize, word: &str) -> Option<usize> {
    // the word's characters once, not once per position
    let mut buf = ['\0'; 16];
    let mut n = 0;
    for c in word.chars() {
        if n == buf.len() {
            return (from..to).find(|&i| starts_with_at(chars, i, to, word));
        }
        buf[n] = c;
        n += 1;
    }
    let w = &buf[..n];
    if n == 0 || to > chars.len() || from + n > to {
        return None;
    }
    chars[from..to].windows(n).position(|x| x[0] == w[0] && x == w).map(|p| from + p)
}

pub fn find_char(chars: &[char], from: usize, to: usize, c: char) -> Option<usize> {
    (from..to).find(|&i| chars[i] == c)
}


/// Quotation marks of both scripts (the normaliser maps corner brackets to curly quotes).
pub fn is_quote(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'')
}
