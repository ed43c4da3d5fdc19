//! The lexicons' English names (countries, places, well-known organisations), so that an
//! entity named in English and in Chinese is one entity: its identity is the lexicon entry.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lexicon::Lexicon;
use crate::recognize::LexRef;

/// What an English form names, and whether it is a demonym (Kazakh) rather than a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnName {
    pub lex: LexRef,
    pub demonym: bool,
}

pub struct EnNames {
    pub forms: HashMap<String, EnName>,
    /// The most words any form has.
    pub max_words: usize,
    /// Lexicon bodies' English names of four words or more, in lower case, with the body's index:
    /// what a text may write without capitals and still mean that body.
    pub long_body_names: Vec<(String, usize)>,
    /// Lexicon places that are cities: Almaty Region is no name of the city Almaty.
    cities: std::collections::HashSet<usize>,
}

impl EnNames {
    fn build(lex: &Lexicon) -> Self {
        let mut forms = HashMap::new();
        let mut add = |form: &str, name: EnName| {
            if !form.is_empty() {
                forms.entry(form.to_owned()).or_insert(name);
                // (the Peoples Daily: a possessive's apostrophe is often dropped in a name)
                if form.contains("'s ") {
                    forms.entry(form.replace("'s ", "s ")).or_insert(name);
                }
            }
        };
        for (i, c) in lex.countries.iter().enumerate() {
            let name = EnName { lex: LexRef::Country(i), demonym: false };
            add(&c.english, name);
            c.english_names.iter().for_each(|f| add(f, name));
            c.demonyms.iter().for_each(|f| add(f, EnName { demonym: true, ..name }));
        }
        for (i, p) in lex.places.iter().enumerate() {
            p.english.iter().for_each(|f| add(f, EnName { lex: LexRef::Place(i), demonym: false }));
        }
        for (i, o) in lex.orgs.iter().enumerate() {
            o.english.iter().for_each(|f| add(f, EnName { lex: LexRef::Org(i), demonym: false }));
        }
        let max_words = forms.keys().map(|f| f.split(' ').count()).max().unwrap_or(1);
        let long_body_names = lex.orgs.iter().enumerate().flat_map(|(i, o)| o.english.iter().filter(|n| n.split(' ').count() >= 4).map(move |n| (n.to_lowercase(), i))).collect();
        let cities = lex.places.iter().enumerate().filter(|(_, p)| p.kind == "city").map(|(i, _)| i).collect();
        EnNames { forms, max_words, long_body_names, cities }
    }

    /// The index of the built-in lexicons is built once; another lexicon gets its own.
    pub fn of(lex: &Lexicon) -> &'static EnNames {
        static EMBEDDED: OnceLock<EnNames> = OnceLock::new();
        if std::ptr::eq(lex, Lexicon::embedded()) {
            return EMBEDDED.get_or_init(|| EnNames::build(lex));
        }
        // a user's lexicons: leaked once per process (the CLI loads one lexicon)
        static OTHER: OnceLock<EnNames> = OnceLock::new();
        OTHER.get_or_init(|| EnNames::build(lex))
    }

    pub fn get(&self, form: &str) -> Option<EnName> {
        // (… of the Communist Party of China Central Committee: the name the lexicon writes
        // with the party's short form)
        let party = || ["Central Committee of the Communist Party of China", "Communist Party of China Central Committee", "Central Committee of the CPC"].iter().find(|long| form.contains(**long)).and_then(|long| self.exact(&form.replace(long, "CPC Central Committee")));
        self.exact(form).or_else(party).or_else(|| {
            // Sichuan Province, Xi'an City: a known place with the word for what it is
            let (stem, level) = ["Province", "City", "Municipality", "Autonomous Region", "Region", "Oblast"].iter().find_map(|w| Some((form.strip_suffix(w)?.strip_suffix(' ')?, *w)))?;
            // (Almaty Region is the region around the city Almaty, another place)
            let region_of_city = |i: usize| !matches!(level, "City" | "Municipality") && self.cities.contains(&i);
            self.exact(stem).filter(|n| matches!(n.lex, LexRef::Place(i) if !region_of_city(i)) && !n.demonym)
        })
    }

    /// The city or region `form` names.
    pub fn place(&self, form: &str) -> Option<LexRef> {
        self.get(form).filter(|n| !n.demonym && matches!(n.lex, LexRef::Place(_))).map(|n| n.lex)
    }

    /// The country `form` names (not a demonym: Kazakh names no country).
    pub fn country(&self, form: &str) -> Option<LexRef> {
        self.get(form).filter(|n| !n.demonym && matches!(n.lex, LexRef::Country(_))).map(|n| n.lex)
    }

    fn exact(&self, form: &str) -> Option<EnName> {
        self.forms.get(form).copied().or_else(|| form.contains('’').then(|| self.forms.get(&form.replace('’', "'")).copied()).flatten())
    }

    /// The canonical English label of a lexicon entry.
    pub fn label(lex: &Lexicon, r: LexRef) -> String {
        match r {
            LexRef::Country(i) => lex.countries[i].english.clone(),
            LexRef::Place(i) => lex.places[i].english.first().cloned().unwrap_or_else(|| lex.places[i].name.clone()),
            LexRef::Org(i) => lex.orgs[i].english.first().cloned().unwrap_or_else(|| lex.orgs[i].name.clone()),
        }
    }
}
