//! silkgraph: a knowledge graph of international cooperation, built from news articles.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`read`] → [`normalize`] → [`segment`] → [`recognize`] → [`resolve`] → [`relate`]
//! (together: [`extract`]) → [`report`] / [`rdf`] → [`store`] → [`query`] / [`export`].

pub mod error;
pub mod extract;
pub mod iri;
pub mod lexicon;
pub mod normalize;
pub mod read;
pub mod recognize;
pub mod relate;
pub mod report;
pub mod resolve;
pub mod segment;

pub use error::{Error, Result};
