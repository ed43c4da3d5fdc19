//! A normalised view of an article's text that the recognisers read, with a map back to
//! the original character offsets.
//!
//! Normalisation undoes what PDF extraction and web pages do to Chinese news text:
//! - a line break inside a sentence is removed (`主` / `任王某` → `主任王某`);
//! - full-width ASCII becomes half-width, so `，` and `,` read the same;
//! - spaces are dropped except between two Latin letters or digits (`2025 上合` → `2025上合`);
//! - the many middle-dot look-alikes become `·`, corner quotes become curly quotes;
//! - traditional characters become simplified (zhconv, character for character).
//!
//! Every normalised character remembers the original character it came from, so spans
//! found here are reported at their place in the file.

use std::sync::OnceLock;

/// The normalised text and its map to the original.
#[derive(Debug, Clone)]
pub struct NormText {
    pub text: String,
    pub chars: Vec<char>,
    /// Original character offset of each normalised character.
    orig: Vec<u32>,
    /// Byte offset of each normalised character in `text` (plus one past the end).
    bytes: Vec<u32>,
    /// Number of characters in the original text.
    orig_len: u32,
    /// Normalised indices of characters that open a line joined to the one before it (a
    /// wrapped paragraph), sorted.
    wrapped: Vec<u32>,
}

/// Characters that end a sentence or a line that must not be joined to the next one.
pub fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '”' | '"' | '…' | ';' | ':' | '」' | '』' | ')' | '.' | '》')
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{3000}' || c == '\u{a0}' || c == '\u{2002}' || c == '\u{2003}' || c == '\u{200b}' || c == '\u{feff}'
}

/// ` date 2026-01-27 Text…`: a stored page's date opens its first line; where the space after
/// the date is, so the text after it starts a sentence of its own.
fn stored_date_end(cs: &[char]) -> Option<usize> {
    let lead = cs.iter().take_while(|c| is_space(**c)).count();
    let word: String = cs.iter().skip(lead).take(16).collect();
    let shape = word.len() == 16 && word.starts_with("date ") && word[5..].char_indices().all(|(k, c)| if k == 4 || k == 7 { c == '-' } else { k == 10 && c == ' ' || c.is_ascii_digit() });
    shape.then_some(lead + 15)
}

/// Fold one character: full-width to half-width, look-alike dots and quotes to one form.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '•' | '・' | '‧' | '･' | '∙' | '⋅' | '·' | '●' => '·',
        // (guillemets: a name quoted the Russian way, «…»)
        '「' | '『' | '〝' | '«' => '“',
        '」' | '』' | '〞' | '»' => '”',
        '〔' | '【' => '(',
        '〕' | '】' => ')',
        '—' | '―' | '─' => '—',
        // small form variants (traditional pages: 美籍﹐, 甲﹑乙)
        '﹐' => ',',
        '﹑' => '、',
        '﹔' => ';',
        '﹕' => ':',
        '﹖' => '?',
        '﹗' => '!',
        // variant forms zhconv leaves as they are (陜西 for 陝西)
        '陜' => '陕',
        // (餘海明: zhconv writes 馀, the form kept for 'surplus'; the surname and most words are 余)
        '餘' | '馀' => '余',
        _ => c,
    }
}

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê".contains(c)
}

/// Mirror sites gloss characters with their reading: `網(wǎng)站`, `中(zhong)(zhong)國`. Where
/// such a gloss starts at `i` (a bracketed pinyin syllable right after a Han character or
/// another gloss), the index just past it; the gloss is not text and is dropped from the
/// normalised view. An unmarked syllable counts only when a Han character or gloss follows.
fn pinyin_gloss_end(cs: &[char], i: usize, after_gloss: bool) -> Option<usize> {
    if cs[i] != '(' || i == 0 || !(after_gloss || is_han(cs[i - 1])) {
        return None;
    }
    let close = (i + 2..cs.len().min(i + 9)).find(|&k| cs[k] == ')')?;
    // (會(huì )員: some mirrors leave a space before the closing bracket)
    let syllable = cs[i + 1..close].strip_suffix(&[' ']).unwrap_or(&cs[i + 1..close]);
    let letters = !syllable.is_empty() && syllable.iter().all(|&c| is_pinyin_letter(c));
    let vowel = syllable.iter().any(|&c| !c.is_ascii() || "aeiouv".contains(c));
    let tone_marked = syllable.iter().any(|c| !c.is_ascii());
    let next_han = cs.get(close + 1).is_some_and(|&c| is_han(c) || c == '(');
    (letters && vowel && (tone_marked || next_han)).then_some(close + 1)
}

/// `s` without mirror-site pinyin glosses (經(jīng)貿(mào) → 經貿).
pub fn without_glosses(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let (mut out, mut i, mut after_gloss) = (String::with_capacity(s.len()), 0, false);
    while i < cs.len() {
        if let Some(end) = pinyin_gloss_end(&cs, i, after_gloss) {
            i = end;
            after_gloss = true;
        } else {
            out.push(cs[i]);
            i += 1;
            after_gloss = false;
        }
    }
    out
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c)
}

/// Lines that start a new block even without a terminal mark before them.
fn starts_block(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('■') || t.starts_with('□') || t.starts_with('●') || t.starts_with("本组照片") || t.starts_with("本版") || t.starts_with("记者")
}

/// A line is body text (and may continue on the next line) when it is long or holds a
/// clause mark; headlines are short and unpunctuated.
/// 当前位置: 首页 > 新闻 > 综合: a site's breadcrumb (two or more `>`, `>` or `»`).
pub fn is_breadcrumb(line: &str) -> bool {
    // 您现在所在的位置:首页 新闻公告 学院新闻, 当前位置:首页 > 新闻: a site's own label
    let labelled = line.trim_start().chars().take(12).collect::<String>().split([':', '\u{ff1a}']).next().is_some_and(|l| l.len() < line.trim_start().len() && (l.ends_with("位置") || l.ends_with("位置是")));
    labelled && !line.contains(['。', '，', ',']) || line.matches(['>', '\u{ff1e}', '»']).count() >= 2
}

fn is_body_line(line: &str) -> bool {
    // a site's breadcrumb is never wrapped into the headline below
    if is_breadcrumb(line) {
        return false;
    }
    // (… 发布于2030-05-24 共328人阅读: a post's meta line, closed by its count of readers, is
    // never wrapped into the summary below it)
    if ["人阅读", "次阅读", "人浏览", "次浏览"].iter().any(|w| line.trim_end().ends_with(w)) {
        return false;
    }
    let n = line.chars().filter(|c| !is_space(*c)).count();
    n >= 30 || line.chars().map(fold_char).any(|c| matches!(c, ',' | '。' | '、' | ';'))
}

fn converter() -> &'static zhconv::ZhConverter {
    static C: OnceLock<&'static zhconv::ZhConverter> = OnceLock::new();
    C.get_or_init(|| zhconv::get_builtin_converter(zhconv::Variant::ZhHans))
}

/// Ideographs (U+3400–U+9FFF, U+F900–U+FAFF) that zhconv changes on their own: a paragraph
/// with none of them is already simplified and skips the converter. Built once (~30k lookups).
fn traditional_set() -> &'static [u64] {
    static SET: OnceLock<Vec<u64>> = OnceLock::new();
    SET.get_or_init(|| {
        let conv = converter();
        let mut bits = vec![0u64; (0x10000 >> 6) as usize];
        let mut probe = String::new();
        for range in [0x3400u32..=0x9fff, 0xf900..=0xfaff] {
            for cp in range {
                let Some(c) = char::from_u32(cp) else { continue };
                probe.clear();
                probe.push(c);
                if conv.convert(&probe) != probe {
                    bits[(cp >> 6) as usize] |= 1 << (cp & 63);
                }
            }
        }
        bits
    })
}

fn has_traditional(s: &[char]) -> bool {
    let set = traditional_set();
    s.iter().any(|&c| {
        let cp = c as u32;
        cp < 0x10000 && set[(cp >> 6) as usize] & (1 << (cp & 63)) != 0
    })
}

/// Convert traditional to simplified in place, keeping one character per character.
fn simplify(chars: &mut [char]) {
    if !has_traditional(chars) {
        return;
    }
    let conv = converter();
    let s: String = chars.iter().collect();
    let out = conv.convert(&s);
    if out == s {
        return;
    }
    let out_chars: Vec<char> = out.chars().collect();
    if out_chars.len() == chars.len() {
        chars.copy_from_slice(&out_chars);
        return;
    }
    // A phrase rule changed the length: fall back to single characters.
    for c in chars.iter_mut() {
        let mut buf = [0u8; 4];
        let one = conv.convert(c.encode_utf8(&mut buf));
        let mut it = one.chars();
        if let (Some(x), None) = (it.next(), it.next()) {
            *c = x;
        }
    }
}

/// 共同发起"东岭联盟": a Chinese paragraph that quotes with ASCII marks, in pairs, quotes as
/// “…” does (one mark for one, so offsets stay); an odd count is left as it is.
fn pair_ascii_quotes(par: &mut [char]) {
    let marks = par.iter().filter(|c| **c == '"').count();
    if marks == 0 || marks % 2 == 1 || !par.iter().any(|c| crate::scan::is_cjk(*c)) {
        return;
    }
    let mut opening = true;
    for c in par.iter_mut().filter(|c| **c == '"') {
        *c = if opening { '“' } else { '”' };
        opening = !opening;
    }
}

/// Fold and simplify a short string the way article text is normalised (no line joining).
pub fn fold_str(s: &str) -> String {
    let mut chars: Vec<char> = s.chars().filter(|c| !is_space(*c)).map(fold_char).collect();
    simplify(&mut chars);
    chars.into_iter().collect()
}

impl NormText {
    pub fn new(original: &str) -> Self {
        // Pass 1: lines with their starting original char offset.
        let mut lines: Vec<(u32, &str)> = Vec::new();
        let mut off = 0u32;
        for l in original.split('\n') {
            lines.push((off, l));
            off += l.chars().count() as u32 + 1;
        }
        let orig_len = original.chars().count() as u32;

        let mut out: Vec<(char, u32)> = Vec::with_capacity(original.len() / 2);
        let mut prev_body: Option<bool> = None; // whether the last non-empty line may continue
        let mut pending_break: Option<u32> = None;
        let mut prev_width = 0usize;
        let mut prev_line = "";
        let mut blank_before = false;
        let mut wrapped = Vec::new();
        for (start, line) in &lines {
            let trimmed = line.trim_end_matches('\r');
            if trimmed.chars().all(is_space) {
                blank_before = true;
                continue;
            }
            // a wrapped line is as wide as the page; a line followed by one half as wide again
            // is a line of its own (a long headline above a paragraph written on one line)
            let width: usize = trimmed.chars().filter(|c| !is_space(*c)).map(|c| if crate::scan::is_cjk(c) { 2 } else { 1 }).sum();
            if let Some(b) = pending_break.take() {
                // (a caption the page prints twice: the second copy opens as the first did)
                let repeated = trimmed.chars().count() >= 8 && trimmed.chars().take(8).eq(prev_line.chars().take(8));
                // (a blank line, then an indented line: a new paragraph, whatever the Chinese
                // line before it lacks, as a photo's caption lacks its closing mark)
                let indented = trimmed.starts_with([' ', '\u{3000}', '\u{a0}']);
                let set_off = blank_before && indented && prev_line.chars().last().is_some_and(crate::scan::is_cjk);
                let join = prev_body == Some(true) && !starts_block(trimmed) && 2 * width <= 3 * prev_width && !repeated && !set_off;
                if join {
                    wrapped.push(out.len() as u32);
                } else {
                    out.push(('\n', b));
                }
            }
            // Characters of this line, spaces dropped unless between two Latin alphanumerics.
            let cs: Vec<char> = trimmed.chars().collect();
            let mut skip_to = 0;
            let date_end = stored_date_end(&cs);
            for (i, &c) in cs.iter().enumerate() {
                if i < skip_to {
                    continue;
                }
                if Some(i) == date_end {
                    out.push(('\n', start + i as u32)); // the page's date, a line of its own
                    continue;
                }
                if let Some(end) = pinyin_gloss_end(&cs, i, i > 0 && i == skip_to) {
                    skip_to = end;
                    continue;
                }
                let pos = start + i as u32;
                if is_space(c) || c == '\r' {
                    let before = out.last().map(|x| x.0).filter(|_| i > 0);
                    let after = cs[i + 1..].iter().copied().find(|c| !is_space(*c)).map(fold_char);
                    if let (Some(b), Some(a)) = (before, after) {
                        if b.is_ascii_alphanumeric() && a.is_ascii_alphanumeric() && out.last().map(|x| x.0) != Some(' ') {
                            out.push((' ', pos));
                        }
                    }
                    continue;
                }
                // (卡里莫夫?阿卜杜拉: a mirror page that lost a name's middle dot writes an
                // ASCII question mark between two Chinese characters; a real one is full-width)
                // (安德烈．盖姆: a full-width full stop between two characters of a name is its dot)
                // (宣传部,、北京…, 7月9日,,中国: a mirror doubles its marks; the stray comma goes)
                if fold_char(c) == ',' && cs.get(i + 1).is_some_and(|&n| matches!(fold_char(n), '、' | ',')) {
                    continue;
                }
                let lost_dot = matches!(c, '?' | '．') && i > 0 && crate::scan::is_cjk(cs[i - 1]) && cs.get(i + 1).is_some_and(|&n| crate::scan::is_cjk(n));
                out.push((if lost_dot { '·' } else { fold_char(c) }, pos));
            }
            let last = out.last().map(|x| x.0).unwrap_or('\n');
            // a site's menu line ends without a mark but never runs on into the text below
            // (… 东岭学院供图: a photo credit closes its caption, whatever line comes next)
            // (… Forum (2025) Photo: Tom Hale/Bay Daily: an English caption's credit closes it too)
            let credit = ["供图", "摄", "供稿"].iter().any(|w| trimmed.trim_end().ends_with(w)) || crate::segment::is_english_caption(trimmed);
            // ((X Center,以下简称XC) on a line of its own: a bracket defining a short form runs on)
            let defining_bracket = last == ')' && trimmed.trim_start().starts_with('(') && crate::recognize::ABBREVIATION_LEADS.iter().any(|w| trimmed.contains(w));
            prev_body = Some(is_body_line(trimmed) && (!is_terminal(last) || defining_bracket) && !starts_block(trimmed) && !crate::segment::is_menu_line(trimmed) && !credit && !crate::segment::opens_with_figure_label(trimmed));
            pending_break = Some(start + cs.len() as u32);
            prev_width = width;
            prev_line = trimmed;
            blank_before = false;
        }

        let mut chars: Vec<char> = out.iter().map(|x| x.0).collect();
        // Simplify paragraph by paragraph so phrase rules never cross a break.
        let mut i = 0;
        while i < chars.len() {
            let j = chars[i..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| i + p);
            pair_ascii_quotes(&mut chars[i..j]);
            simplify(&mut chars[i..j]);
            i = j + 1;
        }
        let mut norm = Self::from_parts(chars, &out, orig_len);
        norm.wrapped = wrapped;
        norm
    }

    /// The normalised view of a text in a Latin script (English): spaces are kept (runs of
    /// them become one), full-width forms fold to ASCII, and a line break becomes a space
    /// inside a wrapped paragraph or a paragraph break after a short line, a terminal mark
    /// or a blank line.
    pub fn latin(original: &str) -> Self {
        let mut out: Vec<(char, u32)> = Vec::with_capacity(original.len());
        let lines: Vec<&str> = original.split('\n').collect();
        let mut off = 0u32;
        for (li, line) in lines.iter().enumerate() {
            let line = line.trim_end_matches('\r');
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                // (the two characters before this one, as written)
                let mut before = (None::<char>, None::<char>);
                let mut cs = line.chars().enumerate().peekable();
                while let Some((i, raw)) = cs.next() {
                    let pos = off + i as u32;
                    let c = fold_char(raw);
                    if is_space(c) || c == '\t' {
                        // (exactly two spaces after a word and before a capital stand for a lost
                        // full stop: they are kept, a wider run becomes one space)
                        let lost_stop = before.1.is_some_and(is_space) && before.0.is_some_and(char::is_alphanumeric) && cs.peek().is_some_and(|&(_, n)| n.is_uppercase());
                        if out.last().is_some_and(|x| x.0 != ' ' && x.0 != '\n') || lost_stop {
                            out.push((' ', pos));
                        }
                    } else {
                        out.push((c, pos));
                    }
                    before = (before.1, Some(raw));
                }
                while out.last().is_some_and(|x| x.0 == ' ') {
                    out.pop();
                }
                // (… Forum (2025) Photo: Tom Hale/Bay Daily: a caption's credit ends its line)
                let wrapped = trimmed.chars().count() >= 60 && !trimmed.ends_with(['.', '!', '?', ':', '"', '”', ')']) && !crate::segment::is_english_caption(trimmed);
                // (a bulleted item below starts a line of its own however wide this one is)
                // (nor does a headline the page repeats below its breadcrumb line)
                // (nor a line of one word in capitals: a site's or a paper's name under the headline)
                let one_word_in_capitals = |l: &str| !l.trim().contains(' ') && l.trim().chars().any(char::is_uppercase) && !l.trim().chars().any(char::is_lowercase);
                // (nor a line opened by a label and its colon: Source: Bay News, Publish date: …)
                let labelled = |l: &str| l.trim().split_once(':').is_some_and(|(label, _)| (1..=20).contains(&label.chars().count()) && label.chars().all(|c| c.is_alphabetic() || c == ' '));
                let next_apart = lines.get(li + 1).is_none_or(|l| l.trim().is_empty() || l.trim_start().starts_with(['•', '·', '▪', '●', '◦']) || l.trim().chars().count() >= 20 && trimmed.ends_with(l.trim()) || one_word_in_capitals(l) || labelled(l));
                let end = off + line.chars().count() as u32;
                out.push((if wrapped && !next_apart { ' ' } else { '\n' }, end));
            }
            off += line.chars().count() as u32 + 1 + (lines[li].len() - line.len()) as u32;
        }
        while out.last().is_some_and(|x| x.0 == '\n' || x.0 == ' ') {
            out.pop();
        }
        let chars: Vec<char> = out.iter().map(|x| x.0).collect();
        Self::from_parts(chars, &out, original.chars().count() as u32)
    }

    /// The normalised characters with their original offsets (`out`), and the byte offset
    /// of each character in the text, for slicing.
    fn from_parts(chars: Vec<char>, out: &[(char, u32)], orig_len: u32) -> Self {
        let orig: Vec<u32> = out.iter().map(|x| x.1).collect();
        let text: String = chars.iter().collect();
        let mut bytes = Vec::with_capacity(chars.len() + 1);
        let mut b = 0u32;
        for c in &chars {
            bytes.push(b);
            b += c.len_utf8() as u32;
        }
        bytes.push(b);
        NormText { text, chars, orig, bytes, orig_len, wrapped: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// Normalised char index of a byte offset in `text` (which must be a char boundary).
    pub fn char_at_byte(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn byte_at_char(&self, c: usize) -> usize {
        self.bytes[c.min(self.chars.len())] as usize
    }

    /// The normalised characters `[start, end)` as a string.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        &self.text[self.byte_at_char(start)..self.byte_at_char(end)]
    }

    /// Original character span of the normalised span `[start, end)`.
    /// Original character offsets of the normalised characters `start..end` (what survived
    /// normalisation: no line breaks, spaces or glosses in between).
    pub fn orig_positions(&self, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        self.orig[start.min(self.orig.len())..end.min(self.orig.len())].iter().map(|&o| o as usize)
    }

    /// Whether the normalised character at `i` opens a line the page wrapped onto the one
    /// before (the line break between them was joined away, not a space the text wrote).
    pub fn opens_wrapped_line(&self, i: usize) -> bool {
        self.wrapped.binary_search(&(i as u32)).is_ok()
    }

    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || start >= self.orig.len() {
            let p = self.orig.get(start).copied().unwrap_or(self.orig_len) as usize;
            return (p, p);
        }
        (self.orig[start] as usize, self.orig[end - 1] as usize + 1)
    }
}

/// Character-offset slicing of an original text.
pub struct OrigIndex<'a> {
    text: &'a str,
    bytes: Vec<u32>,
}

impl<'a> OrigIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut bytes: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
        bytes.push(text.len() as u32);
        Self { text, bytes }
    }
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let n = self.bytes.len() - 1;
        let (s, e) = (start.min(n), end.min(n).max(start.min(n)));
        &self.text[self.bytes[s] as usize..self.bytes[e] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_breadcrumb_never_wraps_into_the_headline_below() {
        let src = "当前位置: 首页 > 新闻中心 > 综合新闻 > 国际合作交流 > 正文内容与相关报道列表\n\n海川数字经济联盟在东岭成立\n\n正文。";
        let n = NormText::new(src);
        assert!(n.text.contains("正文内容与相关报道列表\n海川"), "{}", n.text);
    }

    #[test]
    fn joins_a_break_inside_a_sentence_but_not_after_a_headline() {
        let src = "这是一段足够长的正文,说明换行出现在句子中间的情况,中心主\n\n任王明表示合作。\n短标题\n\n正文第二段。";
        let n = NormText::new(src);
        assert!(n.text.contains("中心主任王明"), "{}", n.text);
        assert!(n.text.contains("短标题\n正文"), "{}", n.text);
    }

    #[test]
    fn a_photo_credit_closes_its_line() {
        let src = "图为东岭职业技术学院会场,这是一张很长的图片说明文字。东岭职业技术学院供图\n东湖市委常委、市委宣传部部长李华出席。";
        let n = NormText::new(src);
        assert!(n.text.contains("供图\n东湖市委"), "{}", n.text);
    }

    #[test]
    fn folds_width_spaces_and_maps_offsets_back() {
        let src = "2025 年（上合）论坛，A B";
        let n = NormText::new(src);
        assert_eq!(n.text, "2025年(上合)论坛,A B");
        let start = n.text.chars().position(|c| c == '上').unwrap();
        let (o, e) = n.orig_span(start, start + 2);
        assert_eq!(OrigIndex::new(src).slice(o, e), "上合");
    }

    #[test]
    fn drops_pinyin_glosses_of_mirror_sites_and_keeps_real_brackets() {
        let src = "東方研究聯(lián)盟在北(běi)京成立,中(zhong)(zhong)國代表出席。大学(华东)与公司(ABC)合作(2025)。";
        let n = NormText::new(src);
        assert_eq!(n.text, "东方研究联盟在北京成立,中国代表出席。大学(华东)与公司(ABC)合作(2025)。");
        let start = n.text.chars().position(|c| c == '京').unwrap();
        let (o, _) = n.orig_span(start, start + 1);
        assert_eq!(src.chars().nth(o), Some('京'));
        // an unmarked syllable before punctuation may be a real abbreviation: kept
        assert_eq!(NormText::new("代号为乙(ma),").text, "代号为乙(ma),");
        // (a space some mirrors leave before the closing bracket)
        assert_eq!(NormText::new("東嶺委員會(huì )第二次會(huì )議").text, "东岭委员会第二次会议");
    }

    #[test]
    fn simplifies_traditional_characters() {
        let n = NormText::new("國務院參事與經濟學家");
        assert_eq!(n.text, "国务院参事与经济学家");
        assert_eq!(n.len(), 10);
    }

    #[test]
    fn ascii_quotes_in_pairs_in_a_chinese_paragraph_quote_as_curly_marks() {
        let n = NormText::new("东岭大学与西河大学共同发起\"东岭高校联盟\"。\n\nHe said \"yes\" today.");
        let text: String = n.chars.iter().collect();
        assert!(text.contains("“东岭高校联盟”") && text.contains("\"yes\""), "{text}");
        // an odd count is left as written
        let n = NormText::new("东岭大学发起\"东岭高校联盟。");
        assert!(n.chars.contains(&'"'));
    }

    #[test]
    fn a_mirror_s_doubled_marks_lose_their_stray_comma() {
        let n = NormText::new("东岭大学与西河市委,、北湖大学签约,,李华出席。");
        assert_eq!(n.chars.iter().collect::<String>(), "东岭大学与西河市委、北湖大学签约,李华出席。");
        // (offsets still point into the original text)
        let (a, b) = n.orig_span(10, 14);
        let original = "东岭大学与西河市委,、北湖大学签约,,李华出席。";
        assert!(original.get(a..b) == Some("北湖大学") || original.chars().skip(a).take(b - a).collect::<String>() == "北湖大学", "{a}..{b}");
    }

    #[test]
    fn a_stored_page_s_date_is_a_line_of_its_own() {
        let n = NormText::new(" date 2030-01-27 东岭大学联盟今天举办典礼。");
        assert_eq!(n.chars.iter().collect::<String>(), "date 2030-01-27\n东岭大学联盟今天举办典礼。");
        // (a date inside a sentence stays where it is)
        let n = NormText::new("会议 date 2030-01-27 举行。");
        assert!(!n.chars.contains(&'\n'));
    }
}
