fn main() {
    let lex = silkgraph::lexicon::Lexicon::embedded();
    let mut xs = Vec::new();
    for p in std::env::args().skip(1) {
        let a = silkgraph::read::read_article(std::path::Path::new(&p), &Default::default()).unwrap();
        xs.push(silkgraph::extract::extract(lex, a));
    }
    let r = silkgraph::report::build(lex, &xs);
    println!("{}", serde_json::to_string_pretty(&r).unwrap());
}
