//! silkgraph: a knowledge graph of international cooperation, built from news articles.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`read`] → [`normalize`] → [`segment`] → [`recognize`] → [`resolve`] → [`relate`]
//! (driven by [`extract`]) → [`report`] (JSON) / [`rdf`] (quads) → [`store`] (Oxigraph,
//! loaded by [`pipeline`]) → [`query`] (SPARQL) / [`export`] (GraphViz, RDF dumps).

pub mod counted;
pub mod en;
pub mod error;
pub mod export;
pub mod extract;
pub mod html;
pub mod iri;
pub mod pdf;
pub mod lexicon;
pub mod masthead;
pub mod normalize;
pub mod pipeline;
pub mod query;
pub mod rdf;
pub mod read;
pub mod recognize;
pub mod recurrence;
pub mod relate;
pub mod remote;
pub mod report;
pub mod resolve;
pub mod scan;
pub mod segment;
pub mod serve;
pub mod store;

pub use error::{Error, Result};
