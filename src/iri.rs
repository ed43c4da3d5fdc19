//! The naming scheme: stable IRIs for entities, articles, graphs and statements.
//!
//! Namespace `https://w3id.org/silkgraph/` (a permanent-identifier prefix; see
//! ARCHITECTURE.md). Names are kept readable: Unicode letters and digits stay as they are,
//! every other character is percent-encoded byte by byte, `%` included, so two different
//! names never give the same IRI and no name can inject `/`, `#`, `>` or spaces.

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use sha2::{Digest, Sha256};

use crate::lexicon::Lexicon;
use crate::recognize::{EntityType, LexRef};

pub const BASE: &str = "https://w3id.org/silkgraph/";
pub const ONTOLOGY: &str = "https://w3id.org/silkgraph/ontology#";

/// Every printable ASCII character except unreserved ones (A–Z a–z 0–9 - . _ ~).
const ENCODE: &AsciiSet = &CONTROLS
    .add(b' ').add(b'!').add(b'"').add(b'#').add(b'$').add(b'%').add(b'&').add(b'\'').add(b'(').add(b')')
    .add(b'*').add(b'+').add(b',').add(b'/').add(b':').add(b';').add(b'<').add(b'=').add(b'>').add(b'?')
    .add(b'@').add(b'[').add(b'\\').add(b']').add(b'^').add(b'`').add(b'{').add(b'|').add(b'}');

/// Percent-encode a name for use as one IRI path segment.
pub fn segment(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() && !c.is_ascii() {
            out.push(c);
        } else if c.is_ascii() {
            out.extend(utf8_percent_encode(c.encode_utf8(&mut [0; 4]), ENCODE));
        } else {
            // non-ASCII punctuation, spaces and symbols: encode their UTF-8 bytes
            for b in c.encode_utf8(&mut [0; 4]).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

pub fn type_slug(ty: EntityType) -> &'static str {
    match ty {
        EntityType::Person => "person",
        EntityType::Organization => "org",
        EntityType::Alliance => "alliance",
        EntityType::Country => "country",
        EntityType::Place => "place",
        EntityType::Event => "event",
        EntityType::Project => "project",
        EntityType::Document => "document",
    }
}

/// The entity IRI: countries by ISO code, everything else by type and identity key.
pub fn entity(lex: &Lexicon, ty: EntityType, key: &str, lexref: Option<LexRef>) -> String {
    if let Some(LexRef::Country(i)) = lexref {
        let iso = &lex.countries[i].iso;
        if !iso.is_empty() {
            return format!("{BASE}id/country/{iso}");
        }
    }
    format!("{BASE}id/{}/{}", type_slug(ty), segment(key))
}

pub fn article(id: &str) -> String {
    format!("{BASE}article/{}", segment(id))
}

pub fn section(id: &str, n: usize) -> String {
    format!("{BASE}article/{}/report/{}", segment(id), n + 1)
}

/// The `n`th sentence (0-based) of an article, numbered from 1 in the IRI.
pub fn sentence(id: &str, n: usize) -> String {
    format!("{BASE}article/{}/sentence/{}", segment(id), n + 1)
}

/// Article graphs are `GRAPH_PREFIX` + the article id as an IRI segment.
pub const GRAPH_PREFIX: &str = "https://w3id.org/silkgraph/graph/";

pub fn graph(id: &str) -> String {
    format!("{GRAPH_PREFIX}{}", segment(id))
}

pub fn role(name: &str) -> String {
    format!("{BASE}id/role/{}", segment(name))
}

/// A short content hash: statement and post IRIs are derived from what they state.
pub fn hashed(kind: &str, parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0x1f]);
    }
    let d = h.finalize();
    let hex: String = d.iter().take(12).map(|b| format!("{b:02x}")).collect();
    format!("{BASE}{kind}/{hex}")
}

/// The id an article graph segment was made from (inverse of [`segment`]).
pub fn segment_to_id(seg: &str) -> String {
    percent_encoding::percent_decode_str(seg).decode_utf8_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_readable_and_injective() {
        assert_eq!(segment("陕西省社会科学院"), "陕西省社会科学院");
        assert_eq!(segment("a/b c%"), "a%2Fb%20c%25");
        assert_ne!(segment("A%2FB"), segment("A/B"));
        assert_eq!(segment("报告(2025)"), "报告%282025%29");
        assert_eq!(segment("中国—上合"), "中国%E2%80%94上合");
        assert_eq!(segment("../x"), "..%2Fx");
        for name in ["a/b c%", "报告(2025)", "中国—上合", "x%2Fy"] {
            assert_eq!(segment_to_id(&segment(name)), name);
        }
    }
}
