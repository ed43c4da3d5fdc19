#![allow(dead_code)]
//! The corpus generator shared by `examples/gen_corpus.rs` and the benchmarks.
//!
//! Articles are built from templates and the world-knowledge lexicons (countries, places,
//! surnames, posts) with generated institution, forum, alliance and project names, so every
//! pattern the extractors read occurs: bylines, forums held in cities, speakers with posts,
//! founding lists, publications, signings, selected cases. Same N and SEED, same files
//! (ChaCha8, stable across rand versions). Files go in subfolders of 1000.
//!
//! As in real news, the actors recur: a world of institutions, people (each with one post),
//! forum series, alliances (each founded once, by a fixed set of think tanks) and projects
//! is drawn first, and articles report on it, so stores grow in reports, not in distinct
//! facts. About one report in five announces an alliance (the seed page: one in five).

use std::fmt::Write as _;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use silkgraph::lexicon::Lexicon;

const DOMAINS: &[&str] = &["数字经济", "人工智能", "智慧城市", "跨境电商", "绿色能源", "数据治理", "职业教育", "物流", "金融科技", "现代农业", "网络安全", "文化旅游", "医疗健康", "先进制造", "区块链"];
const ORG_WORDS: &[&str] = &["发展", "创新", "战略", "国际合作", "区域经济", "产业", "信息", "技术", "政策", "未来", "开放", "贸易"];
const RESEARCH_HEADS: &[&str] = &["研究院", "研究所", "研究中心", "社会科学院"];
const OTHER_HEADS: &[(&str, &str)] = &[("大学", "校长"), ("集团", "总经理"), ("有限公司", "董事长"), ("协会", "会长"), ("局", "局长"), ("商会", "会长")];
const GIVEN: &str = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红文斌玉兰辉鹏飞宇浩然思远晓雯婧晖冬波坚";
const TRANSLIT: &[&str] = &["阿利", "别克", "纳扎尔", "伊万", "彼得", "罗夫", "穆罕", "默德", "卡里", "莫娃", "萨伊", "多夫", "鲁斯", "塔姆", "扎西", "德拉", "维奇", "安娜", "谢尔", "盖耶"];
const PROJECT_WORDS: &[&str] = &["跨境数据港", "智慧园区", "数字孪生平台", "光伏电站", "物流枢纽", "电商生态体系", "人才培养基地", "云计算中心", "智能港口", "产教融合"];

struct Institution {
    name: String,
    post: &'static str,
}

struct Alliance {
    name: String,
    founders: Vec<usize>,
}

/// The recurring actors the articles report on.
struct World {
    institutions: Vec<Institution>,
    think_tanks: Vec<String>,
    people: Vec<(String, usize)>,
    forums: Vec<(String, String, &'static str)>,
    alliances: Vec<Alliance>,
    projects: Vec<String>,
}

pub struct Gen<'a> {
    rng: ChaCha8Rng,
    lex: &'a Lexicon,
    world: World,
}

impl Gen<'_> {
    fn pick<'b, T>(&mut self, xs: &'b [T]) -> &'b T {
        &xs[self.rng.random_range(0..xs.len())]
    }
    fn country(&mut self) -> String {
        let sco: Vec<usize> = (0..self.lex.countries.len()).filter(|&i| self.lex.countries[i].sco != "-").collect();
        self.lex.countries[*self.pick(&sco)].name.clone()
    }
    fn city(&mut self) -> String {
        let n = self.lex.places.len();
        self.lex.places[self.rng.random_range(0..n)].name.clone()
    }
    fn chinese_name(&mut self) -> String {
        let surnames: Vec<char> = self.lex.surnames_single.iter().copied().collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        let given: Vec<char> = GIVEN.chars().collect();
        let mut s = String::new();
        s.push(*self.pick(&surnames));
        for _ in 0..self.rng.random_range(1..=2) {
            s.push(*self.pick(&given));
        }
        s
    }
    fn foreign_name(&mut self) -> String {
        format!("{}{}·{}{}", self.pick(TRANSLIT), self.pick(TRANSLIT), self.pick(TRANSLIT), self.pick(TRANSLIT))
    }
    fn org(&mut self) -> (String, &'static str) {
        let prefix = if self.rng.random_bool(0.5) { self.country() } else { self.city() };
        if self.rng.random_bool(0.4) {
            let head = *self.pick(RESEARCH_HEADS);
            (format!("{prefix}{}{}{head}", self.pick(DOMAINS), self.pick(ORG_WORDS)), if head == "研究所" { "所长" } else { "主任" })
        } else {
            let (head, post) = *self.pick(OTHER_HEADS);
            (format!("{prefix}{}{head}", self.pick(DOMAINS)), post)
        }
    }
    fn think_tank(&mut self) -> String {
        let p = if self.rng.random_bool(0.5) { self.country() } else { self.city() };
        format!("{p}{}{}", self.pick(ORG_WORDS), self.pick(RESEARCH_HEADS))
    }
    fn project(&mut self) -> String {
        let c = self.lex.countries.iter().filter(|c| c.short.as_deref().is_some_and(|s| s.chars().count() == 1) && c.sco != "-").map(|c| c.short.clone().unwrap()).collect::<Vec<_>>();
        format!("中{}{}{}项目", self.pick(&c), self.city(), self.pick(PROJECT_WORDS))
    }

    /// Draw the world: sizes of a few years of one beat of international news.
    fn draw_world(&mut self) {
        let institutions: Vec<Institution> = (0..3000).map(|_| self.org()).map(|(name, post)| Institution { name, post }).collect();
        let think_tanks: Vec<String> = (0..600).map(|_| self.think_tank()).collect();
        let people = (0..5000)
            .map(|_| {
                let name = if self.rng.random_bool(0.5) { self.chinese_name() } else { self.foreign_name() };
                (name, self.rng.random_range(0..institutions.len()))
            })
            .collect();
        let forums = (0..150)
            .map(|_| {
                let domain = *self.pick(DOMAINS);
                let series = format!("{}{domain}合作论坛", if self.rng.random_bool(0.5) { "上合组织" } else { "中国—中亚" });
                (series, self.city(), domain)
            })
            .collect();
        let alliances = (0..80)
            .map(|i| {
                let founders = (0..self.rng.random_range(3..9)).map(|_| self.rng.random_range(0..think_tanks.len())).collect();
                let city = if i % 3 == 0 { self.city() } else { String::new() };
                let name = format!("{}{city}{}智库联盟", self.pick(&["上合组织", "丝路", "中国—中亚", "亚欧"]), self.pick(DOMAINS));
                Alliance { name, founders }
            })
            .collect();
        let projects = (0..2000).map(|_| self.project()).collect();
        self.world = World { institutions, think_tanks, people, forums, alliances, projects };
    }

    pub fn article(&mut self, _n: usize) -> String {
        let year = self.rng.random_range(2015..=2026);
        let fi = self.rng.random_range(0..self.world.forums.len());
        let (series, city, domain) = self.world.forums[fi].clone();
        let forum = format!("{year}{series}");
        let sub = format!("{forum}{}主题论坛", self.pick(&["智库合作", "高校合作", "城市合作", "企业合作"]));
        let mut t = String::new();
        let _ = writeln!(t, "{sub}举行\n\n共话{domain}合作新机遇\n\n■ 记者 {} {}\n", self.chinese_name(), self.chinese_name());
        let _ = writeln!(t, "昨日,{sub}在{city}举行。来自{}、{}、{}等国家的{}位嘉宾参会,围绕{domain}展开深入交流。\n", self.country(), self.country(), self.country(), self.rng.random_range(50..400));
        for _ in 0..self.rng.random_range(3..7) {
            let pi = self.rng.random_range(0..self.world.people.len());
            let field = *self.pick(DOMAINS);
            let (name, oi) = &self.world.people[pi];
            let inst = &self.world.institutions[*oi];
            let _ = writeln!(t, "“{domain}合作需要开放包容的规则。”{}{}{name}表示,各国应加强{field}领域的务实合作,推动成果惠及更多民众。\n", inst.name, inst.post);
        }
        if self.rng.random_bool(0.2) {
            let ai = self.rng.random_range(0..self.world.alliances.len());
            let a = &self.world.alliances[ai];
            let members: Vec<&str> = a.founders.iter().map(|&i| self.world.think_tanks[i].as_str()).collect();
            let _ = writeln!(t, "本次论坛上,{}等{}家智库机构共同成立“{}”并发布倡议书。\n", members.join("、"), members.len() + self.rng.random_range(0..10), a.name);
        }
        let o1 = self.rng.random_range(0..self.world.institutions.len());
        let o2 = self.rng.random_range(0..self.world.institutions.len());
        let (o1, o2) = (&self.world.institutions[o1].name, &self.world.institutions[o2].name);
        let _ = writeln!(t, "会上,{o1}与{o2}联合发布《{city}{domain}发展报告({year})》。\n");
        let projects: Vec<&str> = (0..self.rng.random_range(2..5)).map(|_| self.world.projects[self.rng.random_range(0..self.world.projects.len())].as_str()).collect();
        let _ = writeln!(t, "论坛还举行了项目签约仪式,{}……一批项目现场签约。\n", projects.join("、"));
        let cases: Vec<String> = (0..self.rng.random_range(1..4)).map(|_| format!("{}{}{}", self.country(), self.pick(DOMAINS), self.pick(PROJECT_WORDS))).collect();
        let _ = writeln!(t, "此外,{}均入选“{}”类别。", cases.join("、"), self.pick(&["产业数字化转型", "数字基础设施", "服务民生", "数字技术创新应用"]));
        t
    }
}


impl<'a> Gen<'a> {
    pub fn new(seed: u64, lex: &'a Lexicon) -> Self {
        let world = World { institutions: Vec::new(), think_tanks: Vec::new(), people: Vec::new(), forums: Vec::new(), alliances: Vec::new(), projects: Vec::new() };
        let mut g = Gen { rng: ChaCha8Rng::seed_from_u64(seed), lex, world };
        g.draw_world();
        g
    }
}
