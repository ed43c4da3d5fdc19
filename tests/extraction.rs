//! Extraction on articles written for these tests (not the seed): each recogniser and
//! relation rule with variations, the traps of PDF text, and the negative cases.

mod common;

use common::*;
use silkgraph::normalize::OrigIndex;

#[test]
fn page_is_split_into_reports_with_reporters_and_photographers() {
    let x = extract_file(&fixture("page_silk_road_forum.txt"));
    assert_eq!(x.layout.sections.len(), 2);
    assert_eq!(x.layout.sections[0].reporters, vec!["刘思远", "陈静"]);
    assert_eq!(x.layout.sections[0].photographers, vec!["孙晓"]);
    assert_eq!(x.layout.sections[1].reporters, vec!["陈静"]);
    let r = report(&[x]);
    assert!(has_entity(&r, "Person", "孙晓"));
    // reporters are people, not speakers
    assert!(!relations(&r).iter().any(|x| x.0 == "刘思远"));
}

#[test]
fn organisations_events_documents_alliances_projects() {
    let r = report(&[extract_file(&fixture("page_silk_road_forum.txt"))]);
    for (ty, label) in [
        ("Organization", "陕西省社会科学院"),
        ("Organization", "乌兹别克斯坦战略与区域研究所"),
        ("Organization", "西安交通大学"),
        ("Organization", "中国电子商务协会"),
        ("Event", "2024中国—中亚数字丝路论坛"),
        ("Event", "2024中国—中亚数字丝路论坛青年分论坛"),
        ("Document", "中亚数字经济发展报告(2024)"),
        ("Alliance", "丝路数字治理智库网络"),
        ("Alliance", "丝路青年数字创新联盟"),
        ("Project", "中哈霍尔果斯跨境数据港项目"),
        ("Place", "西安国际会议中心"),
        ("Country", "吉尔吉斯斯坦"),
    ] {
        assert!(has_entity(&r, ty, label), "missing {ty} {label}");
    }
    assert_eq!(entity(&r, "陕西省社会科学院")["kind"], "ThinkTank");
    assert_eq!(entity(&r, "西安交通大学")["kind"], "University");
    assert_eq!(entity(&r, "陕西省商务厅")["kind"], "Government");
    // a venue in 在…举行 is a place, not an organisation ending in 中心 nor an event ending in 会议
    assert!(!has_entity(&r, "Organization", "西安国际会议中心"));
    assert!(!has_entity(&r, "Event", "西安国际会议"));
}

#[test]
fn a_country_inside_a_longer_word_is_not_a_mention() {
    // 发展中国家 (developing countries) holds 中国 but does not mention China
    let x = extract_file(&fixture("page_silk_road_forum.txt"));
    let text = &x.norm.text;
    let at = text.find("发展中国家").expect("fixture has the trap");
    let at_char = text[..at].chars().count();
    assert!(!x.mentions.iter().any(|m| m.label == "中国" && m.start >= at_char && m.start < at_char + 5));
}

#[test]
fn a_post_broken_across_lines_by_the_pdf_still_gives_post_and_name() {
    let r = report(&[extract_file(&fixture("page_silk_road_forum.txt"))]);
    assert!(relations(&r).contains(&("张卫东".into(), "position".into(), "丝路数字经济研究院".into(), "院长".into())));
    assert!(!has_entity(&r, "Person", "长张卫东"));
}

#[test]
fn a_surname_that_is_also_a_function_word_after_a_post() {
    let r = report(&[extract_file(&fixture("page_silk_road_forum.txt"))]);
    assert!(relations(&r).contains(&("于洪涛".into(), "position".into(), "中国电子商务协会".into(), "副会长".into())));
}

#[test]
fn transliterated_names_with_any_middle_dot() {
    let r = report(&[extract_file(&fixture("web_harbin_roundtable.txt"))]);
    assert!(has_entity(&r, "Person", "伊万·彼得罗夫"), "katakana middle dot ・ folds to ·");
    assert!(!has_entity(&r, "Person", "伊万"), "no shorter duplicate inside the full name");
}

#[test]
fn several_posts_former_posts_and_posts_after_the_name() {
    let r = report(&[extract_file(&fixture("web_harbin_roundtable.txt"))]);
    let rels = relations(&r);
    assert!(rels.contains(&("伊万·彼得罗夫".into(), "position".into(), "俄罗斯联邦经济发展部战略规划司".into(), "前司长".into())));
    assert!(rels.contains(&("伊万·彼得罗夫".into(), "position".into(), "莫斯科国立大学".into(), "教授".into())));
    assert!(rels.contains(&("李明华".into(), "position".into(), "黑龙江大学".into(), "校长".into())));
    assert!(rels.contains(&("李明华".into(), "position".into(), "中俄关系研究中心".into(), "主任".into())));
    assert!(rels.contains(&("赵海峰".into(), "position".into(), "黑龙江省数据局".into(), "局长".into())));
}

#[test]
fn founding_members_come_from_lists_before_a_founding_verb_only() {
    let r = report(&[extract_file(&fixture("page_silk_road_forum.txt"))]);
    for tt in ["陕西省社会科学院", "乌兹别克斯坦战略与区域研究所", "吉尔吉斯斯坦国际问题研究中心"] {
        assert!(has_relation(&r, tt, "founding_member", "丝路数字治理智库网络"), "{tt}");
    }
    // the universities only attended the sub-forum where the youth alliance was founded
    assert!(!relations(&r).iter().any(|x| x.1 == "founding_member" && x.2 == "丝路青年数字创新联盟"));
    assert!(has_relation(&r, "丝路青年数字创新联盟", "established_at", "2024中国—中亚数字丝路论坛青年分论坛"));
    let web = report(&[extract_file(&fixture("web_harbin_roundtable.txt"))]);
    // 宣布加入: a later member, not a founder
    assert!(has_relation(&web, "莫斯科市信息技术局", "member", "中俄城市数据合作平台"), "宣布加入 joins");
    assert!(!has_relation(&web, "莫斯科市信息技术局", "founding_member", "中俄城市数据合作平台"));
}

#[test]
fn speakers_belong_to_the_event_of_their_own_report() {
    let r = report(&[extract_file(&fixture("page_silk_road_forum.txt"))]);
    assert!(has_relation(&r, "萨伊多夫·鲁斯塔姆", "spoke_at", "2024中国—中亚数字丝路论坛青年分论坛"));
    assert!(!has_relation(&r, "萨伊多夫·鲁斯塔姆", "spoke_at", "2024中国—中亚数字丝路论坛"));
    assert!(has_relation(&r, "王建国", "spoke_at", "2024中国—中亚数字丝路论坛"));
    assert!(!has_relation(&r, "王建国", "spoke_at", "2024中国—中亚数字丝路论坛青年分论坛"));
}

#[test]
fn events_places_organizers_documents_projects() {
    let r = report(&[extract_file(&fixture("page_silk_road_forum.txt"))]);
    assert!(has_relation(&r, "2024中国—中亚数字丝路论坛", "held_at", "西安国际会议中心"));
    assert!(has_relation(&r, "2024中国—中亚数字丝路论坛青年分论坛", "part_of", "2024中国—中亚数字丝路论坛"));
    assert!(has_relation(&r, "2024中国—中亚数字丝路论坛", "organizer", "陕西省商务厅"));
    assert!(has_relation(&r, "2024中国—中亚数字丝路论坛", "organizer", "西安市数据局"));
    assert!(has_relation(&r, "西安交通大学", "published", "中亚数字经济发展报告(2024)"));
    assert!(has_relation(&r, "陕西省数据局", "published", "中亚数字经济发展报告(2024)"));
    assert!(has_relation(&r, "中哈霍尔果斯跨境数据港项目", "participant", "哈萨克斯坦"));
    assert!(has_relation(&r, "中哈霍尔果斯跨境数据港项目", "participant", "中国"));
    assert!(has_relation(&r, "中哈霍尔果斯跨境数据港项目", "signed_at", "2024中国—中亚数字丝路论坛"));
    assert!(has_relation(&r, "撒马尔罕智慧文旅平台项目", "located_in", "撒马尔罕"));
    assert!(has_relation(&r, "乌兹别克斯坦战略与区域研究所", "located_in", "乌兹别克斯坦"));
}

#[test]
fn relative_and_explicit_dates_resolve_against_the_article_date() {
    let r = report(&[extract_file(&fixture("web_harbin_roundtable.txt"))]);
    // the dateline says 6月5日, the event sentence 6月4日
    assert_eq!(entity(&r, "中俄智慧城市合作圆桌会")["date"], "2024-06-04");
    let seed = report(&[extract_file(&seed())]);
    assert_eq!(entity(&seed, "2025上合组织数字经济论坛智库合作主题论坛")["date"], "2025-07-10", "昨日 on a page dated 2025-07-11");
}

#[test]
fn every_mention_and_evidence_text_is_the_text_at_its_offsets() {
    for path in [fixture("page_silk_road_forum.txt"), fixture("web_harbin_roundtable.txt"), seed()] {
        let x = extract_file(&path);
        let orig = OrigIndex::new(&x.article.text);
        let r = report(std::slice::from_ref(&x));
        for e in r["entities"].as_array().unwrap() {
            for m in e["mentions"].as_array().unwrap() {
                let (s, en) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
                assert_eq!(orig.slice(s, en), m["text"].as_str().unwrap());
            }
        }
        for rel in r["relations"].as_array().unwrap() {
            let ev = &rel["evidence"];
            assert_eq!(orig.slice(ev["start"].as_u64().unwrap() as usize, ev["end"].as_u64().unwrap() as usize), ev["text"].as_str().unwrap());
        }
    }
}

#[test]
fn resolution_merges_short_forms_and_records_why() {
    let r = report(&[extract_file(&seed())]);
    // one entity for the think tank named with and without its country
    let n = r["entities"].as_array().unwrap().iter().filter(|e| e["label"].as_str().unwrap().ends_with("亚太研究中心")).count();
    assert_eq!(n, 1);
    let e = entity(&r, "土耳其亚太研究中心");
    assert!(e["aliases"].as_array().unwrap().iter().any(|a| a == "亚太研究中心"));
    assert!(!e["merges"].as_array().unwrap().is_empty());
    // the SCO's short forms are aliases of one organisation
    let sco = entity(&r, "上海合作组织");
    assert!(sco["aliases"].as_array().unwrap().iter().any(|a| a == "上合组织"));
}

#[test]
fn identifiers_are_stable_across_runs_and_articles() {
    let a = report(&[extract_file(&seed())]);
    let b = report(&[extract_file(&seed())]);
    assert_eq!(a, b, "extraction is deterministic");
    let both = report(&[extract_file(&fixture("page_silk_road_forum.txt")), extract_file(&fixture("web_harbin_roundtable.txt"))]);
    // 中国 appears in both articles: one entity with mentions in both
    let cn = entity(&both, "中国");
    let arts: std::collections::BTreeSet<_> = cn["mentions"].as_array().unwrap().iter().map(|m| m["article"].as_str().unwrap().to_owned()).collect();
    assert_eq!(arts.len(), 2);
}

#[test]
fn organisers_named_after_the_role_noun() {
    let r = report(&[extract_file(&fixture("web_urumqi_expo_organisers.txt"))]);
    let expo = "2025中国—亚欧数字贸易博览会";
    // 主办单位为A、B / 承办单位为C / 协办单位：D (full-width colon), the event from the report
    for org in ["新疆维吾尔自治区商务厅", "乌鲁木齐市人民政府", "新疆大学", "阿拉木图市数字经济协会"] {
        assert!(has_relation(&r, expo, "organizer", org), "{org}");
    }
    // 主办方是A和B, the event named earlier in the same sentence
    let fair = "2025亚欧跨境物流对接会";
    assert!(has_relation(&r, fair, "organizer", "吉尔吉斯斯坦数字发展部"));
    assert!(has_relation(&r, fair, "organizer", "塔吉克斯坦工业部"));
    assert!(!has_relation(&r, expo, "organizer", "吉尔吉斯斯坦数字发展部"));
    // 由X具体承办的配套活动: X organised side events, not the expo
    assert!(!has_relation(&r, expo, "organizer", "乌鲁木齐市商务局"));
}

#[test]
fn bare_think_tank_names_in_an_enumeration_but_not_descriptions() {
    let r = report(&[extract_file(&fixture("web_beijing_think_tank_network.txt"))]);
    let network = "一带一路数字智库合作网络";
    // after a dispatch dateline (…日电), between 、, and before the last item's verb
    for tt in ["全球化智库", "盘古智库"] {
        assert_eq!(entity(&r, tt)["kind"], "ThinkTank", "{tt}");
        assert!(has_relation(&r, tt, "founding_member", network), "{tt}");
    }
    assert!(!has_entity(&r, "Organization", "日电全球化智库"));
    // in traditional characters, as the first item of a list of two
    assert!(has_relation(&r, "全球化智库", "published", "数字丝路合作倡议"));
    assert!(has_relation(&r, "察哈尔学会", "published", "数字丝路合作倡议"));
    // 顶尖智库, 各国智库, a bare 智库: kinds of institution, not names
    let orgs = labels_of(&r, "Organization");
    assert!(orgs.iter().all(|l| !l.contains("顶尖") && !l.contains("各国") && l != "智库"), "{orgs:?}");
}

#[test]
fn speakers_without_an_organisation_and_the_second_name_of_a_list() {
    let r = report(&[extract_file(&fixture("web_bishkek_seminar.txt"))]);
    let ev = "中吉数字经济合作研讨会";
    // 大使杜德文在会上表示: a verb of saying later in the clause
    assert!(has_relation(&r, "杜德文", "spoke_at", ev));
    // A教授X、B副教授Y分别作主旨发言: both names, both posts
    assert!(relations(&r).contains(&("周婧".into(), "position".into(), "清华大学".into(), "副教授".into())));
    assert!(has_relation(&r, "周婧", "spoke_at", ev));
    assert!(has_relation(&r, "李明远", "spoke_at", ev));
    // the reporter wrote the report; she did not speak at the event
    assert!(has_entity(&r, "Person", "刘海燕"));
    assert!(!has_relation(&r, "刘海燕", "spoke_at", ev));
}

#[test]
fn institutions_that_join_an_alliance_named_or_referred_back_to() {
    let r = report(&[extract_file(&fixture("web_alliance_new_members.txt"))]);
    let alliance = "上合组织数字治理智库联盟";
    // A、B近日正式加入“…”: time and manner words between the list and its verb; joining
    // an alliance that exists already makes a member, not a founder
    assert!(has_relation(&r, "乌兹别克斯坦发展战略中心", "member", alliance));
    assert!(!has_relation(&r, "乌兹别克斯坦发展战略中心", "founding_member", alliance));
    // a country's office inside a name: 哈萨克斯坦总统战略研究所, and no person 战略 after 总统
    assert!(has_relation(&r, "哈萨克斯坦总统战略研究所", "member", alliance));
    assert!(!entities(&r).iter().any(|(t, l)| t == "Person" && l == "战略"));
    // 此前,X已成为该联盟成员单位: 该联盟 is the alliance last named in the report
    assert!(has_relation(&r, "白俄罗斯国家科学院经济研究所", "member", alliance));
    // a report that names no alliance gives 该联盟 nothing to refer to; member states are not members
    assert!(has_entity(&r, "Organization", "明斯克数字经济研究院"));
    assert!(!has_relation(&r, "明斯克数字经济研究院", "member", alliance));
    assert!(!relations(&r).iter().any(|(s, p, _, _)| s == "白俄罗斯" && (p == "founding_member" || p == "member")));
}

#[test]
fn venues_in_a_province_locations_and_first_members_of_the_alliance_just_named() {
    let r = report(&[extract_file(&fixture("web_karamay_tech_forum.txt"))]);
    let forum = "第三届中国—上海合作组织数字技术合作论坛";
    let alliance = "上合组织数字技术创新联盟";
    // 在新疆克拉玛依开幕: the city is the venue, and lies in the province
    assert!(has_relation(&r, forum, "held_at", "克拉玛依"));
    assert!(has_relation(&r, "克拉玛依", "located_in", "新疆"));
    // 总部位于P的O, 位于P的O (inside a list), O总部设在P
    assert!(has_relation(&r, "新疆油田数据公司", "located_in", "克拉玛依"));
    assert!(has_relation(&r, "天山云计算有限公司", "located_in", "乌鲁木齐"));
    assert!(has_relation(&r, "丝路云数据有限公司", "located_in", "喀什"));
    // …等企业成为首批成员, right after the alliance was founded: both companies joined it
    assert!(has_relation(&r, "新疆油田数据公司", "founding_member", alliance));
    assert!(has_relation(&r, "天山云计算有限公司", "founding_member", alliance));
    // the same words in a report that names no alliance relate nothing
    assert!(has_entity(&r, "Organization", "兰州大学"));
    assert!(!has_relation(&r, "兰州大学", "founding_member", alliance));
}

#[test]
fn a_ministry_whose_name_lists_its_fields_and_lists_that_stay_lists() {
    let r = report(&[extract_file(&fixture("web_qingdao_roundtable.txt"))]);
    // 、 and 和 inside one name, after a country
    assert!(relations(&r).contains(&("马克西姆·帕尔申".into(), "position".into(), "俄罗斯联邦数字发展、通信和大众传媒部".into(), "副部长".into())));
    assert!(!has_entity(&r, "Organization", "通信和大众传媒部"));
    // 圆桌会议 is the whole head word; 管委会 heads a name; 由X承办
    let ev = "上合组织国家数字经济合作圆桌会议";
    assert!(has_relation(&r, ev, "organizer", "中国—上海合作组织地方经贸合作示范区管委会"));
    assert!(has_relation(&r, "努尔兰·叶尔梅克巴耶夫", "position", "上海合作组织"));
    // a list of two institutions stays two; two countries before one head are not one name
    assert!(has_entity(&r, "Organization", "中国社会科学院"));
    assert!(has_entity(&r, "Organization", "俄罗斯科学院远东研究所"));
    assert!(!entities(&r).iter().any(|(_, l)| l.contains("、吉尔吉斯斯坦") || l.contains("社会科学院、")));
}

#[test]
fn hyphenated_and_uyghur_names_and_an_enumeration_that_is_no_name() {
    let r = report(&[extract_file(&fixture("web_kazan_university_forum.txt"))]);
    // 阿里-法拉比: a hyphen inside a transliterated name
    assert!(has_relation(&r, "哈萨克斯坦阿里-法拉比国立大学", "located_in", "哈萨克斯坦"));
    assert!(!has_entity(&r, "Organization", "法拉比国立大学"));
    // transliterations with 富, and Uyghur names with 吾买江
    assert!(relations(&r).contains(&("列昂尼德·加富罗夫".into(), "position".into(), "喀山联邦大学".into(), "校长".into())));
    assert!(relations(&r).contains(&("艾尔肯·吾买尔江".into(), "position".into(), "新疆大学国际合作与交流处".into(), "处长".into())));
    // 中方项目院校联络人、新疆大学…: the 、 separates a role from an institution, it joins no name
    assert!(!entities(&r).iter().any(|(_, l)| l.contains("联络人")));
}

#[test]
fn well_known_companies_without_head_words_and_common_words_that_are_no_company() {
    let r = report(&[extract_file(&fixture("web_almaty_matchmaking.txt"))]);
    for (name, kind) in [("华为", "Company"), ("国家电网", "Company"), ("哈萨克斯坦电信", "Company")] {
        assert_eq!(entity(&r, name)["kind"], kind, "{name}");
    }
    // 浪潮 (a wave) and 联想 (to call to mind) are also company names, but not here
    let orgs = labels_of(&r, "Organization");
    assert!(!orgs.iter().any(|l| l.contains("浪潮") || l.contains("联想")), "{orgs:?}");
}

#[test]
fn central_asian_names_with_common_syllables_and_an_agreement() {
    let r = report(&[extract_file(&fixture("web_xian_centre_unveiled.txt"))]);
    // 朱马 (Juma) in a Kyrgyz name after a post; a party secretary as a post
    assert!(relations(&r).contains(&("穆拉特别克·朱马利耶夫".into(), "position".into(), "吉尔吉斯斯坦国立技术大学".into(), "校长".into())));
    assert!(relations(&r).contains(&("王亚杰".into(), "position".into(), "西北大学".into(), "党委书记".into())));
    assert!(has_entity(&r, "Document", "中吉数字人才联合培养合作协议"));
}

#[test]
fn according_to_is_no_part_of_a_name_and_data_bureaus_keep_theirs() {
    let r = report(&[extract_file(&fixture("web_urumqi_silk_forum.txt"))]);
    // 据新疆…商务厅厅长…介绍: 据 (according to) opens the sentence, not the name
    assert!(has_entity(&r, "Organization", "新疆维吾尔自治区商务厅"));
    assert!(!entities(&r).iter().any(|(_, l)| l.starts_with('据')));
    // 副校长、经济学教授X: a discipline before the second post names no organisation
    assert!(relations(&r).contains(&("萨法罗夫·鲁斯塔姆".into(), "position".into(), "塔吉克斯坦国立大学".into(), "副校长".into())));
    // …while 数据 inside a name is a word, not 据
    let x = report(&[extract_file(&fixture("page_silk_road_forum.txt"))]);
    assert!(has_entity(&x, "Organization", "西安市数据局"));
}

#[test]
fn founders_named_after_the_alliance_and_the_names_around_them() {
    let r = report(&[extract_file(&fixture("web_think_tank_alliance_founders.txt"))]);
    let alliance = "滨海区域发展高校智库联盟";
    // X联盟由A、B和C等三家单位共同发起成立
    for tt in ["东岭大学海洋经济研究院", "南川大学港口发展研究院", "北湖大学沿海战略研究院"] {
        assert!(has_relation(&r, tt, "founding_member", alliance), "{tt}");
        // founders of a think-tank alliance are think tanks
        assert_eq!(entity(&r, tt)["kind"], "ThinkTank", "{tt}");
    }
    // 由A提出倡议,B、C共同发起: all three founded it; a later joiner is a member only
    for u in ["东岭大学", "南川大学", "北湖大学"] {
        assert!(has_relation(&r, u, "founding_member", "蓝海数字合作联盟"), "{u}");
    }
    // the alliance was founded at the meeting the report is about
    assert!(has_relation(&r, alliance, "established_at", "“滨海区域发展高校智库联盟”成立大会"));
    // a description of think tanks, a count of universities and a count of sub-forums are no names
    assert!(!entities(&r).iter().any(|(_, l)| l.contains("新型智库") || l.contains("高校智库") && !l.contains("联盟")));
    assert!(!entities(&r).iter().any(|(_, l)| l.contains("百余所") || l.contains("三个分论坛") || l == "大学"));
    // 院长/副司长 + a given name holding a function word (张向东); 校长王立与…: the person ends the name
    assert!(has_relation(&r, "张向东", "position", "教育部社科司"));
    assert!(has_relation(&r, "王立", "position", "东岭大学"));
    assert!(!entities(&r).iter().any(|(_, l)| l.starts_with("王立与")));
    // a quoted part inside a longer name belongs to it
    assert!(has_entity(&r, "Organization", "“沿海开放”研究中心"));
}

#[test]
fn a_later_joiner_of_an_alliance_is_a_member() {
    let r = report(&[extract_file(&fixture("web_think_tank_alliance_founders.txt"))]);
    assert!(has_relation(&r, "西岭大学海洋研究院", "member", "蓝海数字合作联盟"));
    assert!(!has_relation(&r, "西岭大学海洋研究院", "founding_member", "蓝海数字合作联盟"));
}

#[test]
fn describing_words_alone_name_no_body_and_dates_or_ordinals_are_cut_off_the_front() {
    let r = report(&[extract_file(&fixture("web_summer_school_descriptors.txt"))]);
    let orgs: Vec<String> = labels_of(&r, "Organization").into_iter().chain(labels_of(&r, "Alliance")).collect();
    for generic in ["一流大学", "民间组织", "成员大学"] {
        assert!(!orgs.iter().any(|o| o == generic), "{generic} in {orgs:?}");
    }
    // 2025年度青河大学联盟: the year is no part of the alliance's name; nor is a verb before it
    assert!(has_entity(&r, "Alliance", "青河大学联盟"), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.starts_with("年度") || o.starts_with("深化") || o.starts_with("庆祝")), "{orgs:?}");
    assert!(has_entity(&r, "Organization", "东岭国际教育学院"), "{orgs:?}");
    assert!(has_entity(&r, "Organization", "东岭大学"));
    // a summer school, a training course: events held, not institutions
    assert!(has_entity(&r, "Event", "第三届东岭暑期学校"), "{:?}", labels_of(&r, "Event"));
    assert!(!has_entity(&r, "Organization", "第三届东岭暑期学校") && !has_entity(&r, "Organization", "东岭暑期学校"));
}

#[test]
fn a_long_headline_stays_a_line_of_its_own_and_its_cut_event_name_is_the_body_s() {
    let x = extract_file(&fixture("web_long_headline_symposium.txt"));
    // 47 characters without a mark above a paragraph on one line: a headline, not wrapped text
    assert_eq!(x.layout.sections[0].headlines.len(), 1);
    let r = report(&[x]);
    let events = labels_of(&r, "Event");
    assert_eq!(events, vec!["“推动共建‘数字丝路’合作发展——五年回顾与展望”研讨会"], "{events:?}");
    assert!(has_relation(&r, "周立群", "spoke_at", "“推动共建‘数字丝路’合作发展——五年回顾与展望”研讨会"));
}

#[test]
fn universities_written_one_after_another_are_a_list_of_founders() {
    let r = report(&[extract_file(&fixture("web_glued_university_founders.txt"))]);
    for u in ["东岭大学", "西河大学", "南川师范大学"] {
        assert!(has_entity(&r, "Organization", u), "{u}: {:?}", labels_of(&r, "Organization"));
        assert!(has_relation(&r, u, "founding_member", "东岭高校联盟"), "{u}");
    }
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.starts_with("东岭大学西河")));
    // a school of a university stays one name
    assert!(has_entity(&r, "Organization", "东岭大学经济学院"), "{:?}", labels_of(&r, "Organization"));
    // a centre that eight universities found together is an alliance; one founder's centre is not
    assert!(has_entity(&r, "Alliance", "东岭青年交流合作中心"), "{:?}", labels_of(&r, "Alliance"));
    assert!(has_entity(&r, "Organization", "东岭海洋研究中心"), "{:?}", labels_of(&r, "Organization"));
}

#[test]
fn posts_joined_by_jian_and_a_post_with_a_modifier_the_lexicon_knows() {
    let r = report(&[extract_file(&fixture("web_posts_joined_by_jian.txt"))]);
    // 社长兼总编辑: two posts of one organisation
    assert!(has_relation(&r, "周立群", "position", "东岭日报社"));
    assert!(relations(&r).iter().any(|x| x.0 == "周立群" && x.1 == "position" && x.3 == "总编辑"), "{:?}", relations(&r));
    assert!(relations(&r).iter().any(|x| x.0 == "周立群" && x.1 == "position" && x.3 == "社长"));
    assert!(has_relation(&r, "周立群", "spoke_at", "东岭论坛"));
    assert!(relations(&r).iter().any(|x| x.0 == "黄丽" && x.1 == "position" && x.3 == "协理副校长"), "{:?}", relations(&r));
    // 代表学校出席会议: present, not speaking
    assert!(!has_relation(&r, "黄丽", "spoke_at", "东岭论坛"));
    // POST(scope)、ORG POST NAME: the first post keeps its scope and its organisation
    assert!(relations(&r).iter().any(|x| x.0 == "钱立群" && x.1 == "position" && x.2 == "东岭大学" && x.3 == "协理副校长(国际合作)"), "{:?}", relations(&r));
    assert!(relations(&r).iter().any(|x| x.0 == "钱立群" && x.1 == "position" && x.3 == "主席"), "{:?}", relations(&r));
}

#[test]
fn an_anniversary_event_keeps_what_it_celebrates_and_a_dateline_is_no_part_of_a_name() {
    let r = report(&[extract_file(&fixture("web_anniversary_and_dateline.txt"))]);
    let events = labels_of(&r, "Event");
    assert!(events.iter().any(|e| e == "庆祝东岭研究院成立10周年学术研讨会"), "{events:?}");
    assert!(events.iter().any(|e| e == "东岭智库合作联盟理事会第二次会议暨专题研讨会"), "{events:?}");
    assert!(!events.iter().any(|e| e.contains("讯") || e.starts_with("10周年")), "{events:?}");
    // 分别致词: the variant of 致辞 is speaking too
    for speaker in ["李华", "赵明"] {
        assert!(relations(&r).iter().any(|x| x.0 == speaker && x.1 == "spoke_at"), "{speaker}: {:?}", relations(&r));
    }
}

#[test]
fn events_held_after_a_date_a_manner_or_a_closing_quote() {
    let r = report(&[extract_file(&fixture("web_held_with_date_and_manner.txt"))]);
    assert!(has_relation(&r, "第二届东岭合作论坛", "held_at", "西宁"), "{:?}", relations(&r));
    assert!(has_relation(&r, "第三届南川青年论坛", "held_at", "兰州"), "{:?}", relations(&r));
    assert!(relations(&r).iter().any(|x| x.0.contains("北湖智库论坛") && x.1 == "held_at" && x.2 == "银川"), "{:?}", relations(&r));
}

#[test]
fn a_quoted_name_that_is_held_is_an_event_and_a_branch_office_ends_a_name() {
    let r = report(&[extract_file(&fixture("web_dialogue_founders_with_branch.txt"))]);
    assert!(labels_of(&r, "Event").iter().any(|e| e == "滨海智库对话·2025"), "{:?}", labels_of(&r, "Event"));
    assert!(has_relation(&r, "滨海智库对话·2025", "held_at", "西宁"), "{:?}", relations(&r));
    // the branch office is a name of the list, so the list of founders holds to its end
    for founder in ["东岭省社会科学院", "南川大学海洋研究院", "海川通讯社东岭分社", "北湖大学发展研究院"] {
        assert!(has_relation(&r, founder, "founding_member", "滨海智库联盟"), "{founder}: {:?}", relations(&r));
    }
    // 北湖发展研究院 is the same institute without 大学
    assert!(has_relation(&r, "李华", "position", "北湖大学发展研究院"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|o| o == "北湖发展研究院"), "{:?}", labels_of(&r, "Organization"));
}

#[test]
fn a_forum_of_presidents_a_conjunction_between_universities_and_counted_descriptions() {
    let r = report(&[extract_file(&fixture("web_university_alliance_forum.txt"))]);
    let events = labels_of(&r, "Event");
    // a post before the head names the meeting; the post alone names none
    assert!(events.iter().any(|e| e == "南川高校合作联盟年会暨校长论坛"), "{events:?}");
    assert!(!events.iter().any(|e| e == "校长论坛"), "{events:?}");
    for founder in ["南川大学", "北湖大学", "东岭大学"] {
        assert!(has_relation(&r, founder, "founding_member", "南川高校合作联盟"), "{founder}: {:?}", relations(&r));
    }
    let orgs = labels_of(&r, "Organization");
    assert!(!orgs.iter().any(|o| o.contains('及') || o.contains("两地") || o.starts_with("比如")), "{orgs:?}");
    assert!(orgs.iter().any(|o| o == "西宁市政府"), "{orgs:?}");
    assert!(!labels_of(&r, "Alliance").iter().any(|a| a.contains("多个") || a == "专业联盟"), "{:?}", labels_of(&r, "Alliance"));
    // 联盟还发表《…》: the alliance named before publishes
    assert!(has_relation(&r, "南川高校合作联盟", "published", "南川宣言"), "{:?}", relations(&r));
}

#[test]
fn events_listed_as_sub_forums_are_parts_of_the_report_s_event() {
    let r = report(&[extract_file(&fixture("web_sub_forums_listed.txt"))]);
    // 设 is a verb before the first name, not part of it
    for sub in ["绿色发展论坛", "青年创新论坛", "智库交流论坛"] {
        assert!(has_relation(&r, sub, "part_of", "第三届东岭合作论坛"), "{sub}: {:?}", relations(&r));
    }
    assert!(!labels_of(&r, "Event").iter().any(|e| e.starts_with('设')), "{:?}", labels_of(&r, "Event"));
    // two events named together but not called sub-forums are no parts: only three facts
    assert_eq!(relations(&r).iter().filter(|x| x.1 == "part_of").count(), 3, "{:?}", relations(&r));
}

#[test]
fn a_closing_ceremony_a_bracketed_branch_and_a_dotted_name_read_twice() {
    let r = report(&[extract_file(&fixture("web_training_course_closing.txt"))]);
    let orgs = labels_of(&r, "Organization");
    // the place in brackets right after the head tells this branch from others
    assert!(orgs.iter().any(|o| o == "南川培训基地(西宁)"), "{orgs:?}");
    assert!(has_relation(&r, "发展中国家港口管理研修班", "organizer", "南川培训基地(西宁)"), "{:?}", relations(&r));
    // one person, not 武萨尔 and 萨尔·卡里莫夫; 代表项目 names nobody
    let people = labels_of(&r, "Person");
    assert!(people.iter().any(|p| p == "武萨尔·卡里莫夫"), "{people:?}");
    assert!(!people.iter().any(|p| p == "武萨尔" || p == "萨尔·卡里莫夫" || p == "项目"), "{people:?}");
    // an office that manages projects is no project; 本期研修班 and 结业典礼 name nothing new
    assert!(labels_of(&r, "Project").is_empty(), "{:?}", labels_of(&r, "Project"));
    let events = labels_of(&r, "Event");
    assert!(!events.iter().any(|e| e.contains("本期") || e == "结业典礼"), "{events:?}");
}

#[test]
fn a_forum_of_an_alliance_s_initiators_and_alliances_named_after_a_known_body() {
    let r = report(&[extract_file(&fixture("web_initiators_forum.txt"))]);
    // 发起 inside 联盟发起机构论坛 is part of the event's name
    assert!(labels_of(&r, "Event").iter().any(|e| e == "海川联盟发起机构论坛"), "{:?}", labels_of(&r, "Event"));
    assert!(has_relation(&r, "李华", "spoke_at", "海川联盟发起机构论坛"), "{:?}", relations(&r));
    // 五个海川学术联盟: a count of alliances, none of them named
    let alliances = labels_of(&r, "Alliance");
    assert!(!alliances.iter().any(|a| a.contains("学术联盟")), "{alliances:?}");
    assert!(alliances.iter().any(|a| a == "上合组织海川大学联盟"), "{alliances:?}");
    // the known body inside an alliance's name is not mentioned by it
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.contains("上合组织") || o.contains("上海合作组织")), "{:?}", labels_of(&r, "Organization"));
}

#[test]
fn countries_an_alliance_is_named_after_and_an_idiom_with_china_are_no_mentions() {
    let r = report(&[extract_file(&fixture("web_country_pair_alliance.txt"))]);
    assert!(labels_of(&r, "Alliance").iter().any(|a| a == "中国—东盟海洋大学联盟"), "{:?}", labels_of(&r, "Alliance"));
    assert!(has_relation(&r, "东岭大学", "member", "中国—东盟海洋大学联盟"), "{:?}", relations(&r));
    // neither the alliance's name nor 中国特色 (Chinese-style) mentions the country
    assert!(labels_of(&r, "Country").is_empty(), "{:?}", labels_of(&r, "Country"));
}

#[test]
fn an_opening_ceremony_is_the_event_it_opens_and_international_organisations_name_none() {
    let r = report(&[extract_file(&fixture("web_opening_ceremony.txt"))]);
    let events = labels_of(&r, "Event");
    assert!(events.iter().any(|e| e == "第二届东岭海洋研讨会"), "{events:?}");
    assert!(!events.iter().any(|e| e.ends_with("开幕式")), "{events:?}");
    assert!(has_relation(&r, "第二届东岭海洋研讨会", "held_at", "西宁"), "{:?}", relations(&r));
    let orgs = labels_of(&r, "Organization");
    assert!(!orgs.iter().any(|o| o.ends_with("国际组织")), "{orgs:?}");
    // after a body's name, 国际智库 is that body's own think tank
    assert!(orgs.iter().any(|o| o == "中国社会科学院“海上丝路”国际智库"), "{orgs:?}");
}

#[test]
fn institutions_listed_under_a_heading_of_founders_or_members() {
    let r = report(&[extract_file(&fixture("web_alliance_heading_lists.txt"))]);
    for founder in ["东岭大学", "南川大学", "北湖大学", "西岭大学"] {
        assert!(has_relation(&r, founder, "founding_member", "海川大学联盟"), "{founder}: {:?}", relations(&r));
    }
    for member in ["海川理工大学", "海川师范大学"] {
        assert!(has_relation(&r, member, "member", "海川大学联盟"), "{member}: {:?}", relations(&r));
        assert!(!has_relation(&r, member, "founding_member", "海川大学联盟"), "{member}");
    }
}

#[test]
fn institutions_that_sign_the_memorandum_founding_an_alliance_found_it() {
    let r = report(&[extract_file(&fixture("web_founding_memorandum.txt"))]);
    for founder in ["东岭大学", "南川大学", "北湖师范学院", "西岭国立大学"] {
        assert!(has_relation(&r, founder, "founding_member", "海川青年合作中心"), "{founder}: {:?}", relations(&r));
    }
    // guests who attend found nothing
    assert!(!relations(&r).iter().any(|x| x.0 == "北川研究院" && x.1.contains("member")), "{:?}", relations(&r));
}

#[test]
fn a_city_before_yu_is_a_name_of_its_own() {
    let r = report(&[extract_file(&fixture("web_city_and_institute.txt"))]);
    let orgs = labels_of(&r, "Organization");
    assert!(orgs.iter().any(|o| o == "东岭社科院海洋研究所"), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.starts_with("西宁")), "{orgs:?}");
}

#[test]
fn a_site_menu_left_in_the_text_names_nothing() {
    let r = report(&[extract_file(&fixture("web_menu_furniture.txt"))]);
    // the menu's cities are not places of this article
    assert!(labels_of(&r, "Place").is_empty(), "{:?}", labels_of(&r, "Place"));
    assert!(has_relation(&r, "东岭大学", "founding_member", "海川大学联盟"), "{:?}", relations(&r));
}

#[test]
fn party_committees_after_a_place_a_leader_who_leads_and_meetings_named_by_kind_only() {
    let r = report(&[extract_file(&fixture("web_committees_and_generic_meetings.txt"))]);
    // 江西省委: the place keeps its name, the committee its 省
    assert!(has_relation(&r, "王立强", "position", "江西省委"), "{:?}", relations(&r));
    assert!(has_relation(&r, "王立强", "position", "南昌市委"), "{:?}", relations(&r));
    // 陈嘉率代表团: 率 is the verb, not a given name
    let people = labels_of(&r, "Person");
    assert!(people.contains(&"陈嘉".to_string()) && !people.iter().any(|p| p.ends_with('率')), "{people:?}");
    // 论坛全体会议, 今年学术论坛, 首次工作会议 name no event; no bureau in 世界棋局
    let events = labels_of(&r, "Event");
    assert_eq!(events, vec!["东岭智库联盟研讨会".to_string()], "{events:?}");
    let orgs = labels_of(&r, "Organization");
    assert!(!orgs.iter().any(|o| o.contains("棋局") || o.contains("各位") || o.starts_with("位")), "{orgs:?}");
    // 协同南川大学: a verb before a name; 等高校和外交部: the plural closes the item
    for org in ["南川大学", "北湖大学", "外交部"] {
        assert!(orgs.contains(&org.to_string()), "{org}: {orgs:?}");
    }
    assert!(!orgs.iter().any(|o| o.starts_with("协同") || o.starts_with("高校")), "{orgs:?}");
}

#[test]
fn a_glossed_menu_a_name_before_a_verb_a_latin_name_with_accents_and_a_proposed_alliance() {
    let r = report(&[extract_file(&fixture("web_glossed_menu_and_proposed_alliance.txt"))]);
    // the tag line of a mirror site, pinyin glosses and all, names no forum
    assert!(labels_of(&r, "Event").is_empty(), "{:?}", labels_of(&r, "Event"));
    let people = labels_of(&r, "Person");
    for name in ["李明", "陈崇实", "Luís Gomes"] {
        assert!(people.contains(&name.to_string()), "{name}: {people:?}");
    }
    assert!(has_relation(&r, "陈崇实", "position", "北湖大学"), "{:?}", relations(&r));
    // a capital city the lexicon knows, in traditional characters
    assert!(labels_of(&r, "Place").contains(&"里斯本".to_string()), "{:?}", labels_of(&r, "Place"));
    for founder in ["东岭发展研究院", "西河问题研究中心"] {
        assert!(has_relation(&r, founder, "founding_member", "东岭-西河智库联盟"), "{founder}: {:?}", relations(&r));
    }
}

#[test]
fn ceremonies_for_a_kind_of_thing_counted_nations_and_a_known_body_after_he() {
    let r = report(&[extract_file(&fixture("web_ceremonies_counts_and_known_bodies.txt"))]);
    let events = labels_of(&r, "Event");
    // 中心揭牌仪式, 项目签约仪式, …大学合作签约仪式 name no event; a named alliance's founding does
    assert!(!events.iter().any(|e| e.starts_with("中心") || e.starts_with("项目") || e.starts_with("西河大学合作")), "{events:?}");
    assert!(events.contains(&"北湖智库联盟成立仪式".to_string()), "{events:?}");
    let orgs = labels_of(&r, "Organization");
    // 100多个国家和国际组织: a count of kinds; 讲话和教育部: the ministry alone
    assert!(!orgs.iter().any(|o| o.contains("国际组织") || o.starts_with('个')), "{orgs:?}");
    assert!(orgs.contains(&"教育部".to_string()) && !orgs.iter().any(|o| o.contains("讲话")), "{orgs:?}");
}

#[test]
fn transliterations_holding_a_country_name_and_quoted_clauses_that_name_no_alliance() {
    let r = report(&[extract_file(&fixture("web_transliterations_and_quoted_clauses.txt"))]);
    let people = labels_of(&r, "Person");
    // 卡马里迪尼: 马里 inside a transliteration is no country; 孔 right after the post starts the name
    for name in ["卡马里迪尼·索伊", "孔格拉特拜·沙里波夫"] {
        assert!(people.contains(&name.to_string()), "{name}: {people:?}");
    }
    assert!(labels_of(&r, "Country").is_empty(), "{:?}", labels_of(&r, "Country"));
    // a quoted sentence and a community of ideas are no alliances
    assert!(labels_of(&r, "Alliance").is_empty(), "{:?}", labels_of(&r, "Alliance"));
}

#[test]
fn a_centre_its_founders_run_together_is_named_by_all_of_them() {
    let r = report(&[extract_file(&fixture("web_centre_run_by_several.txt"))]);
    let orgs = labels_of(&r, "Organization");
    let centre = "东岭大学—南昌市政府—北湖大学数字经济研究中心";
    assert!(orgs.contains(&centre.to_string()), "{orgs:?}");
    // the bodies inside are no names of their own that start or end at a dash
    assert!(!orgs.iter().any(|o| o.starts_with('—') || o.ends_with("大学") && o.contains('—')), "{orgs:?}");
}

#[test]
fn transcript_speakers_with_foreign_names_sessions_of_a_forum_and_founded_forums() {
    let r = report_of_text(
        "东岭西河研究院成立大会暨合作研讨会今天在南川举行。\n\
         东岭大学副校长 约纳斯·卡里梅:正如王明主席所说,合作是互利共赢的。\n\
         北湖基金会人力资源与科技委员 周立群:东西研究院的成立将进一步强化双方的合作。\n\
         出席研讨会的还有西河研究中心执行主任玛丽娜·约翰逊女士、东岭大学高级顾问彼得·诺卡岗等人。\n\
         大会宣读了王明主席贺信。这更加坚定了双方办好东岭西河研究院的信心。\n",
    );
    let people = labels_of(&r, "Person");
    // 约 and a character the tables lack at the end are sounds of the name, after a post and a space too
    for name in ["约纳斯·卡里梅", "玛丽娜·约翰逊", "彼得·诺卡岗", "周立群"] {
        assert!(people.contains(&name.to_string()), "{name}: {people:?}");
    }
    let event = "东岭西河研究院成立大会暨合作研讨会";
    for (p, o) in [("约纳斯·卡里梅", "东岭大学"), ("玛丽娜·约翰逊", "西河研究中心"), ("周立群", "北湖基金会")] {
        assert!(has_relation(&r, p, "position", o), "{p} {o}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, "约纳斯·卡里梅", "spoke_at", event) && has_relation(&r, "周立群", "spoke_at", event), "{:?}", relations(&r));
    // named inside another's words, or whose letter is read out: no speaker
    assert!(!has_relation(&r, "王明", "spoke_at", event), "{:?}", relations(&r));
    // 东西研究院 is 东岭西河研究院 cut to first characters; 办好 opens no name
    let orgs = labels_of(&r, "Organization");
    assert!(!orgs.iter().any(|o| o == "东西研究院" || o.contains("办好")), "{orgs:?}");

    let r = report_of_text(
        "东岭智库论坛第一次会议在南川举行。\n\
         东岭智库论坛第一届会议由东岭大学主办。2000年东岭合作论坛成立后,双方建立了机制。东岭智库论坛作为经中国外交部批准设立的平台,已被外交部纳入框架。\n",
    );
    // one session under both words for it and under its series' name, part of nothing
    let events = labels_of(&r, "Event");
    assert_eq!(events, vec!["东岭智库论坛第一次会议".to_string()], "{events:?}");
    assert!(!relations(&r).iter().any(|x| x.1 == "part_of"), "{:?}", relations(&r));
    // a forum that was founded is a standing body, without the year; 经 opens no name
    let orgs = labels_of(&r, "Organization");
    assert!(orgs.contains(&"东岭合作论坛".to_string()) && orgs.contains(&"中国外交部".to_string()), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.starts_with('经') || o == "外交部"), "{orgs:?}");
}

#[test]
fn an_alliance_of_newspapers_its_elected_chairs_members_charter_and_party_committees() {
    let r = report_of_text(
        "7月25日,东岭城市报业联盟在日照市成立,大会推举海川报业传媒集团党委书记、总编辑李华等为主席,推举海川日报执行总编王明等为执行主席。\n\
         西河报业集团成为联盟成员单位。《东岭城市报业联盟南川共识》同时发布。根据《共识》内容,联盟成员将加强合作。会议在聊城举行。\n",
    );
    let alliance = "东岭城市报业联盟";
    // a city written with its level is a place even where its bare name is a common word
    assert!(has_entity(&r, "Place", "日照市") && has_entity(&r, "Place", "聊城"), "{:?}", relations(&r));
    // 推举 opens no name; the elected hold their posts in the alliance
    assert!(has_entity(&r, "Organization", "海川报业传媒集团"), "{:?}", entities(&r));
    assert_eq!(entity(&r, "海川报业传媒集团")["kind"], "Media");
    assert!(has_relation(&r, "李华", "position", alliance) && has_relation(&r, "王明", "position", alliance), "{:?}", relations(&r));
    assert!(has_relation(&r, "王明", "position", "海川日报"), "{:?}", relations(&r));
    // a body that becomes a member of the alliance just founded is one of its founders
    assert!(has_relation(&r, "西河报业集团", "founding_member", alliance), "{:?}", relations(&r));
    // the text named after the alliance is its own; 《共识》 is that text
    let consensus = "东岭城市报业联盟南川共识";
    assert!(has_relation(&r, alliance, "published", consensus), "{:?}", relations(&r));
    assert_eq!(labels_of(&r, "Document"), vec![consensus.to_string()]);

    // 为 without an election, and 日照 alone: no post, no place
    let r = report_of_text("东岭联盟在南川成立。李华等为代表出席会议,日照充足。\n");
    assert!(!relations(&r).iter().any(|x| x.0 == "李华" && x.1 == "position"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Place", "日照"), "{:?}", entities(&r));
    // two texts of that kind: the short title names neither
    let r = report_of_text("东岭联盟成立。《东岭联盟南川共识》和《西河联盟北湖共识》发布。根据《共识》内容,成员将加强合作。\n");
    assert_eq!(labels_of(&r, "Document").len(), 3, "{:?}", labels_of(&r, "Document"));
}

#[test]
fn a_founding_event_of_a_media_alliance_its_speakers_and_a_party_committee_with_and_without_its_party() {
    let r = report_of_text(
        "1月31日,东岭媒体联盟成立活动在北京举行。东岭日报社社长李华,中共东岭省委常委、宣传部部长王明在活动上致辞,东岭日报社副社长周立群出席,东岭省委宣传部副部长陈刚主持。\n\
         东岭媒体联盟由东岭省海川传播中心发起成立。东岭省委负责人出席。\n",
    );
    let event = "东岭媒体联盟成立活动";
    assert!(has_relation(&r, "东岭媒体联盟", "established_at", event) && has_relation(&r, event, "held_at", "北京"), "{:?}", relations(&r));
    assert!(has_relation(&r, "李华", "spoke_at", event) && has_relation(&r, "陈刚", "spoke_at", event), "{:?}", relations(&r));
    // who only attends, between two who speak, did not speak
    assert!(!has_relation(&r, "周立群", "spoke_at", event), "{:?}", relations(&r));
    // 中共东岭省委 and 东岭省委: one body
    let committees: Vec<String> = labels_of(&r, "Organization").into_iter().filter(|o| o.ends_with("省委")).collect();
    assert_eq!(committees, vec!["中共东岭省委".to_string()]);
}

#[test]
fn a_college_named_before_its_institute_is_its_parent_not_its_short_form() {
    let r = report_of_text("鹤岗师范学院东岭研究院在北京成立。该校党委书记李华出席。鹤岗师范学院校长王明致辞。\n");
    let orgs = labels_of(&r, "Organization");
    assert!(orgs.contains(&"鹤岗师范学院".to_string()) && orgs.contains(&"鹤岗师范学院东岭研究院".to_string()), "{orgs:?}");
    assert!(has_relation(&r, "王明", "position", "鹤岗师范学院"), "{:?}", relations(&r));
}

#[test]
fn meetings_in_short_agreements_named_by_a_meeting_and_talks_about_a_meeting() {
    let r = report_of_text(
        "中国东岭局与西河研究院签署东岭国际经济论坛研究伙伴协议\n\n\
         8月16日,中国东岭局副局长李华一行到访西河研究院,就东岭国际经济论坛研究合作事宜进行交流座谈。西河研究院院长王明主持会议。\n\
         中国东岭进口博览会由商务部主办,东岭论坛是其重要平台,东岭进口博览会规模很大。双方签署研究伙伴协议,并签署校企合作协议。\n",
    );
    // a meeting by its first word and head, and without its country: one meeting each
    let events = labels_of(&r, "Event");
    assert_eq!(events.len(), 2, "{events:?}");
    // the agreement named in the headline, and the same agreement in short
    assert_eq!(labels_of(&r, "Document"), vec!["东岭国际经济论坛研究伙伴协议".to_string()]);
    // talks about a meeting and a meeting inside a document's title: nobody spoke at it
    assert!(!relations(&r).iter().any(|x| x.1 == "spoke_at"), "{:?}", relations(&r));

    let r = report_of_text("这标志着川渝两省市社科院强强联合,服务两省市党委决策。双方同意,学术活动共办。\n");
    assert!(labels_of(&r, "Organization").is_empty(), "{:?}", entities(&r));
    // 汇报 is a speaker's verb
    let r = report_of_text("东岭论坛在南川举行。\n\n东岭论坛在南川举行。王明院长汇报了工作情况。\n");
    assert!(has_relation(&r, "王明", "spoke_at", "东岭论坛"), "{:?}", relations(&r));
}

#[test]
fn an_alliance_founded_at_a_joint_meeting_its_first_term_council_and_a_ceremony_for_an_agreement_of_no_name() {
    let r = report_of_text(
        "第五届东岭海洋论坛学术研讨会暨西河海洋研究联盟成立大会在上海举行。北湖大学成为第一届西河海洋研究联盟理事单位,北湖大学海洋政策研究院王明院长被聘为副理事长。\n\
         自然资源部东岭局分党组书记、局长李华来访。双方举行战略合作框架协议签约仪式。暨东大学海洋研究院院长周立群出席。\n",
    );
    let alliance = "西河海洋研究联盟";
    // 暨 joins two meetings: the alliance's name starts after it
    assert_eq!(labels_of(&r, "Alliance"), vec![alliance.to_string()]);
    // a member of the first term of the council is a founder; a council's post in the alliance
    assert!(has_relation(&r, "北湖大学", "founding_member", alliance), "{:?}", relations(&r));
    assert!(has_relation(&r, "王明", "position", alliance), "{:?}", relations(&r));
    assert!(has_relation(&r, "李华", "position", "自然资源部东岭局"), "{:?}", relations(&r));
    // a ceremony for an agreement named only by its kind is no event of its own
    assert!(!labels_of(&r, "Event").iter().any(|e| e.contains("框架协议")), "{:?}", labels_of(&r, "Event"));
    // 暨 opening a body's own name stays in it
    assert!(labels_of(&r, "Organization").iter().any(|o| o.starts_with("暨东大学")), "{:?}", entities(&r));
}

#[test]
fn an_institute_s_own_page_says_wo_yuan_for_itself_named_in_its_source_line() {
    let r = report_of_text("东岭局与我院签订协议\n2025-07-15 21:31:12 来源:东岭海洋研究院\n7月15日,西河局局长李华来访我院。我院副院长王明与李华签约。\n");
    assert!(has_relation(&r, "王明", "position", "东岭海洋研究院"), "{:?}", relations(&r));
    // a page that names no institute of its own: 我院 stays unnamed
    let r = report_of_text("东岭局与我院签订协议\n7月15日,东岭海洋研究院院长李华来访。我院副院长王明与李华签约。\n");
    assert!(!has_relation(&r, "王明", "position", "东岭海洋研究院"), "{:?}", relations(&r));
}

#[test]
fn a_university_department_named_by_its_field_and_a_chair_professor() {
    let r = report_of_text("东岭论坛在南川举行。东岭大学企业管理系讲座教授王明说,两国关系良好。在西河大学创校及政治系成立70周年之际,李华出席。\n");
    assert!(has_relation(&r, "王明", "position", "东岭大学企业管理系"), "{:?}", relations(&r));
    let orgs = labels_of(&r, "Organization");
    assert!(!orgs.iter().any(|o| o.contains("关系") || o.contains("创校")), "{orgs:?}");
}

#[test]
fn a_university_s_short_form_by_its_kind_of_school_is_no_person() {
    let r = report_of_text("会议于周一在南川开幕。西嶺科技大學與東嶺師範大學簽約。西嶺科大校長李華、東嶺師大校長王明出席。\n");
    assert!(!has_entity(&r, "Person", "西岭科大") && !has_entity(&r, "Person", "西嶺科大"), "{:?}", entities(&r));
    assert!(has_relation(&r, "李华", "position", "西岭科技大学") && has_relation(&r, "王明", "position", "东岭师范大学"), "{:?}", relations(&r));
}

#[test]
fn a_think_tank_joined_to_its_co_hosts_by_lian_he_and_he_zuo_after_shang() {
    let r = report_of_text("会议于周一在南川开幕。6月21日,由东岭智库联合西河大学国际关系学院、南川国际中心共同主办的“海上合作”论坛在北京举办。\n");
    assert!(has_entity(&r, "Organization", "东岭智库"), "{:?}", entities(&r));
    for o in ["东岭智库", "西河大学国际关系学院", "南川国际中心"] {
        assert!(has_relation(&r, "“海上合作”论坛", "organizer", o), "{o}: {:?}", relations(&r));
    }
    // 海上合作 is maritime cooperation: no short form of a known body inside it
    assert!(!has_entity(&r, "Organization", "上海合作组织"), "{:?}", entities(&r));
    // a think tank that is only described stays no name
    let r = report_of_text("会议于周一在南川开幕。由高校智库联合西河大学共同主办。\n");
    assert!(!has_entity(&r, "Organization", "高校智库"), "{:?}", entities(&r));
}

#[test]
fn tong_for_with_and_a_dotted_name_before_yu_end_the_name_after_them() {
    let r = report_of_text("会谈于周一在南川举行。州长卡里姆·别克诺夫同甘肃省委书记李华举行了会谈。\n");
    assert!(has_entity(&r, "Person", "卡里姆·别克诺夫"), "{:?}", entities(&r));
    assert!(has_relation(&r, "李华", "position", "甘肃省委"), "{:?}", relations(&r));
    let r = report_of_text("会谈于周一在南川举行。卡里姆·别克诺夫与天津东岭大学校长李华举行了会谈。王明同天津东岭大学副校长陈刚举行了会谈。\n");
    assert!(has_relation(&r, "李华", "position", "天津东岭大学") && has_relation(&r, "陈刚", "position", "天津东岭大学"), "{:?}", relations(&r));
    // 同 inside a name or a word stays there
    let r = report_of_text("会谈于周一在南川举行。同舟大学校长李华出席,双方共同天津东岭大学合作。\n");
    assert!(has_entity(&r, "Organization", "同舟大学"), "{:?}", entities(&r));
}

#[test]
fn na_as_a_sound_our_country_before_a_name_and_a_name_glossed_in_latin() {
    let r = report_of_text("会议于周一在南川开幕。卡桑那大学代表李华出席。我国東嶺大學表示支持。\n");
    let orgs = labels_of(&r, "Organization");
    assert!(orgs.contains(&"卡桑那大学".to_owned()) && orgs.contains(&"东岭大学".to_owned()), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.starts_with("国")), "{orgs:?}");
    // 那 as "that" after a word opens no name
    let r = report_of_text("会议于周一在南川开幕。李华在那大学任教。\n");
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.contains("那大学")), "{:?}", entities(&r));
    // a foreign name in Chinese characters, glossed in Latin letters after a post
    let r = report_of_text("典禮於周一在南川舉行。東嶺大學校長河田久(Hisa Kawata)出席並見證。\n");
    assert!(has_relation(&r, "河田久", "position", "东岭大学"), "{:?}", relations(&r));
    // a bracket holding one word or a phrase glosses no name
    let r = report_of_text("典禮於周一在南川舉行。東嶺大學校長團隊(Team)出席。\n");
    assert!(!has_entity(&r, "Person", "团队"), "{:?}", entities(&r));
}

#[test]
fn a_dotted_name_by_its_last_part_and_a_short_form_of_the_home_university() {
    let r = report_of_text("会议于周一在南川开幕。哈萨克斯坦教育部长卡里姆·别克诺夫讨论了合作。此外,别克诺夫部长还会见了李华。\n");
    assert_eq!(labels_of(&r, "Person").iter().filter(|p| p.contains("别克诺夫")).count(), 1, "{:?}", entities(&r));
    // 东岭大学 is the home 国立东岭大学 where universities abroad carry the same short form
    let text = "典禮於周一在南川舉行。國立東嶺大學、日本東嶺大學與韓國東嶺大學簽署協議。東嶺大學副校長王明出席。\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "王明", "position", "国立东岭大学"), "{:?}", relations(&r));
    // with no home university the short form names none of those abroad
    let r = report_of_text("典禮於周一在南川舉行。日本東嶺大學與韓國東嶺大學簽署協議。東嶺大學副校長王明出席。\n");
    assert!(!has_relation(&r, "王明", "position", "日本东岭大学") && !has_relation(&r, "王明", "position", "韩国东岭大学"), "{:?}", relations(&r));
}

#[test]
fn founders_listed_with_their_names_in_latin_letters_and_counted_kinds_of_projects() {
    let text = "典禮於周一在南川舉行。國立東嶺大學(National Dongling University)、西河大學(Xihe University)與南川大學(Nanchuan University)於首爾正式簽署「三校合作聯盟」。\n";
    let r = report_of_text(text);
    for o in ["国立东岭大学", "西河大学", "南川大学"] {
        assert!(has_relation(&r, o, "founding_member", "三校合作联盟"), "{o}: {:?}", relations(&r));
    }
    // a bracket saying something else still breaks the list
    let r = report_of_text("典禮於周一在南川舉行。東嶺大學(代表團團長)、西河大學簽署「三校合作聯盟」。\n");
    assert!(!has_relation(&r, "东岭大学", "founding_member", "三校合作联盟"), "{:?}", relations(&r));
    // counted projects and projects named by their field alone are kinds, a named one is one
    let r = report_of_text("会议于周一在南川开幕。双方正在实施5个双学位项目和11个联合教育项目,并启动东岭数字孪生平台项目。\n");
    assert_eq!(labels_of(&r, "Project"), vec!["东岭数字孪生平台项目"], "{:?}", entities(&r));
}

#[test]
fn a_region_named_after_its_city_is_where_its_bodies_are() {
    let r = report_of_text("据塔什干州政府新闻办公室消息,近日代表团到访塔什干州。中国驻塔什干总领事李华出席。\n");
    assert!(has_relation(&r, "塔什干州政府新闻办公室", "located_in", "塔什干州"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "塔什干州政府新闻办公室", "located_in", "塔什干"), "{:?}", relations(&r));
}

#[test]
fn a_course_s_opening_or_closing_is_the_course_and_a_hall_is_where_it_is_held() {
    let r = report_of_text("会议于周一在南川开幕。10月30日,由外交部、教育部共同主办,东岭大学承办的第五期南川国家官员研修班结业仪式在东岭大学举行。东岭大学校长李华致辞。\n");
    let course = "第五期南川国家官员研修班";
    assert!(has_entity(&r, "Event", course) && !labels_of(&r, "Event").iter().any(|e| e.ends_with("结业仪式")), "{:?}", entities(&r));
    assert!(has_relation(&r, course, "organizer", "外交部") && has_relation(&r, "李华", "spoke_at", course), "{:?}", relations(&r));
    // an opening held online, with no course named before it, is no event
    let r = report_of_text("会议于周一在南川开幕。李华在西河校区举行线上开班仪式。\n");
    assert!(labels_of(&r, "Event").is_empty(), "{:?}", entities(&r));
    // a quoted hall of the host, after 于, is where the forum was held
    let r = report_of_text("會議於周一在南川開幕。由東嶺研究院主辦的「2012東嶺國際經濟論壇」,日前於東研院「李華國際會議廳」舉辦。\n");
    assert!(has_relation(&r, "2012东岭国际经济论坛", "held_at", "李华国际会议厅"), "{:?}", relations(&r));
    assert!(!has_entity(&r, "Event", "李华国际会议厅"), "{:?}", entities(&r));
}

#[test]
fn a_bare_ministry_is_china_s_beside_another_country_s_and_read_once_inside_it() {
    let r = report_of_text("会议于周一在南川开幕。由外交部、教育部共同主办。突尼斯外交部司长李华发言。美国国务院官员王明出席。\n");
    let orgs = labels_of(&r, "Organization");
    assert!(orgs.contains(&"外交部".to_owned()) && orgs.contains(&"突尼斯外交部".to_owned()), "{orgs:?}");
    // the tail of another country's body is no mention of China's
    assert!(!orgs.contains(&"国务院".to_owned()), "{orgs:?}");
    // China's ministry written with its country is the bare one of later sentences
    let r = report_of_text("会议于周一在南川开幕。中国外交部部长王明出席。外交部发言人表示支持。\n");
    assert_eq!(labels_of(&r, "Organization"), vec!["中国外交部"], "{:?}", entities(&r));
}

#[test]
fn counts_deictics_and_common_words_end_or_undo_a_name() {
    let text = "会议于周一在南川开幕。会议规划多场新书座谈会。台湾身处变动世局。介绍了山东省省情。山东的城市经济发展和山东东岭职业学院给他留下了印象。\
                介绍了援外培训情况及本期培训班的安排。利用产业的优势及学院的资源。我院举办首个东岭援外培训项目。学者来自太平洋与印度洋诸岛。\n";
    let r = report_of_text(text);
    assert_eq!(labels_of(&r, "Organization"), vec!["山东东岭职业学院"], "{:?}", entities(&r));
    assert!(labels_of(&r, "Event").is_empty() && labels_of(&r, "Project").is_empty(), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Country", "印度") && !labels_of(&r, "Place").iter().any(|p| p.ends_with("省省")), "{:?}", entities(&r));
    // a date line's month is no year of the meeting; 本年度 is no part of a body
    let r = report_of_text(" date 2025-05 第五屆東嶺研究世界大會21日於南川登場。本年度東嶺研究院將視野延伸。\n");
    assert!(has_entity(&r, "Event", "第五届东岭研究世界大会") && has_entity(&r, "Organization", "东岭研究院"), "{:?}", entities(&r));
}

#[test]
fn guests_who_attend_speak_not_and_a_foundation_for_research_and_development_is_in_its_country() {
    let r = report_of_text("由東嶺研究院主辦的「東嶺論壇」日前舉辦。並有西河大學教授李華等學人與會。瑞典研究發展學會代表出席。前南韓總理王明曾與會。\n");
    assert!(!relations(&r).iter().any(|(s, p, _, _)| s == "李华" && p == "spoke_at"), "{:?}", relations(&r));
    assert!(has_relation(&r, "瑞典研究发展学会", "located_in", "瑞典") && has_entity(&r, "Country", "韩国"), "{:?}", relations(&r));
    // a centre studying a country is not in it
    let r = report_of_text("会议于周一在南川开幕。西河大学瑞典研究中心主任李华出席。\n");
    assert!(!relations(&r).iter().any(|(_, p, o, _)| p == "located_in" && o == "瑞典"), "{:?}", relations(&r));
}

#[test]
fn a_transliterated_name_in_several_dotted_parts_after_a_chain_of_posts() {
    let r = report_of_text("会议于周一在南川开幕。东岭科学院历史研究所所长、院士齐约·阿卡特·哈米德·乌格尔在开幕式致辞。\n");
    assert!(has_relation(&r, "齐约·阿卡特·哈米德·乌格尔", "position", "东岭科学院历史研究所"), "{:?}", relations(&r));
    // a surname then a word of the language, no dot: a Chinese name as before
    let r = report_of_text("会议于周一在南川开幕。东岭研究所所长齐明约见了李华。\n");
    assert!(!labels_of(&r, "Person").iter().any(|p| p.contains('·')), "{:?}", entities(&r));
}

#[test]
fn a_name_contracted_inside_a_caption_s_annual_meeting_and_our_school_s_campus() {
    let r = report_of_text("會議於周一在南川開幕。西大國際關係研究中心今日舉辦「2016年東嶺區域研究研討會」。西大國關中心所長李華出席「2016年東嶺區域研究年度研討會」。\n");
    assert!(has_relation(&r, "李华", "position", "西大国际关系研究中心") && !has_entity(&r, "Organization", "西大国关中心"), "{:?}", relations(&r));
    assert_eq!(labels_of(&r, "Event").len(), 1, "{:?}", entities(&r));
    // one block of words left out names another body (a state university, a centre's own unit)
    let r = report_of_text("会议于周一在南川开幕。西河州立大学代表出席。西河大学代表李华出席。\n");
    assert!(has_entity(&r, "Organization", "西河大学") && has_entity(&r, "Organization", "西河州立大学"), "{:?}", entities(&r));
    let r = report_of_text("2025年3月17日,“东岭”国际研讨会在我校长安校区举行。为落实2023年5月东岭—西河峰会成果清单。\n");
    assert!(has_relation(&r, "“东岭”国际研讨会", "held_at", "长安校区"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Event", "东岭—西河峰会"), "{:?}", entities(&r));
}

#[test]
fn a_page_title_after_a_meeting_a_regulation_and_people_named_in_full_elsewhere() {
    let r = report_of_text("东岭—西河投资论坛\n\n1月25日,东岭—西河投资论坛在深圳开幕。东岭总统卡尔济约诺夫作主旨演讲。卡尔济约诺夫总统在演讲中表示,很高兴。根据「电脑网路内容分级处理办法」修正条文。\n");
    let orgs = labels_of(&r, "Organization");
    assert!(!orgs.iter().any(|o| o.contains("论坛") || o.ends_with("处理办")), "{orgs:?}");
    assert_eq!(labels_of(&r, "Person").iter().filter(|p| p.starts_with("卡尔济")).collect::<Vec<_>>(), vec!["卡尔济约诺夫"], "{:?}", entities(&r));
    // a dotted name of other sounds after a post; a university's short form before 校长 is its own
    let r = report_of_text("會議於周一在南川開幕。總統王明、東嶺外交部長丙東·披嶺耶、西大校長周立群出席開幕式。\n");
    assert!(has_entity(&r, "Person", "丙东·披岭耶"), "{:?}", entities(&r));
    assert!(!relations(&r).iter().any(|(s, p, _, _)| s == "周立群" && p == "position"), "{:?}", relations(&r));
    // (a function word or a verb of saying right after the name is no sound of it)
    for text in ["東嶺前外交部長丙東·披嶺耶說,合作很好。\n", "東嶺外交部長丙東·披嶺耶在會上致辭。\n"] {
        let r = report_of_text(text);
        assert_eq!(labels_of(&r, "Person"), vec!["丙东·披岭耶"], "{text}");
    }
}

#[test]
fn hosts_joined_by_lianhe_a_forum_among_the_hosts_and_a_unit_under_its_body() {
    let text = "11月2日,由东岭出版局所属当代东岭研究院联合西河大学战略研究中心海川论坛、南川大学东亚研究所主办的北湖智库论坛在新加坡举办。海川论坛执委李华主持讨论。\n";
    let r = report_of_text(text);
    let ev = "北湖智库论坛";
    for host in ["东岭出版局所属当代东岭研究院", "西河大学战略研究中心海川论坛", "南川大学东亚研究所"] {
        assert!(has_relation(&r, ev, "organizer", host), "{host}: {:?}", relations(&r));
    }
    assert!(entity(&r, "东岭出版局所属当代东岭研究院")["aliases"].as_array().unwrap().iter().any(|a| a == "当代东岭研究院"), "{:?}", entities(&r));
    assert!(has_relation(&r, ev, "held_at", "新加坡"), "{:?}", relations(&r));
    assert!(has_relation(&r, "李华", "position", "西河大学战略研究中心海川论坛"), "{:?}", relations(&r));
    // 联合 inside a name stays: a federation, a union of schools
    let r = report_of_text("由东岭联合大学、西河市社会科学界联合会主办的北湖智库论坛在南川举办。\n");
    for host in ["东岭联合大学", "西河市社会科学界联合会"] {
        assert!(has_relation(&r, "北湖智库论坛", "organizer", host), "{host}: {:?}", relations(&r));
    }
    // a forum held, not listed among the hosts, stays a meeting; a country that is no city is no venue
    let r = report_of_text("由东岭大学主办的北湖智库论坛在泰国举办。\n");
    assert!(has_entity(&r, "Event", "北湖智库论坛") && !has_relation(&r, "北湖智库论坛", "held_at", "泰国"), "{:?}", relations(&r));
}

#[test]
fn one_of_the_fair_s_activities_a_deputy_governor_and_an_envoy_to_a_body() {
    let text = "6月6日,东岭—南川智库论坛在昆明隆重举行,该论坛是首届东岭—南川博览会的重要活动之一,由云南省人民政府主办。云南省副省长王明指出,合作很重要。东岭大学亚洲研究所卓越院士、新加坡前常驻联合国代表李华作主旨发言。\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "东岭—南川智库论坛", "part_of", "首届东岭—南川博览会"), "{:?}", relations(&r));
    assert!(has_relation(&r, "王明", "position", "云南省人民政府"), "{:?}", relations(&r));
    assert!(has_relation(&r, "李华", "position", "东岭大学亚洲研究所") && !has_entity(&r, "Person", "卓越"), "{:?}", relations(&r));
    // a forum that merely follows another is no part of it
    let r = report_of_text("6月6日,东岭论坛在昆明举行,随后首届南川博览会开幕。\n");
    assert!(!relations(&r).iter().any(|(_, p, _, _)| p == "part_of"), "{:?}", relations(&r));
    // 中国——东岭论坛 and 中国—东岭论坛 are one meeting
    let r = report_of_text("中国——东岭论坛在昆明举行。中国—东岭论坛由东岭大学主办。\n");
    assert_eq!(labels_of(&r, "Event").len(), 1, "{:?}", entities(&r));
}

#[test]
fn a_programme_led_together_an_envoy_under_a_short_country_name_and_a_deputy_beside_the_head() {
    let r = report_of_text("由东岭基金会与国内西河研究院、南川大学共同主导，并联合全国10所顶尖学术机构一起推动的「海川桥梁计划」10日举行开幕式。\n");
    for o in ["东岭基金会", "西河研究院", "南川大学"] {
        assert!(has_relation(&r, "海川桥梁计划", "participant", o), "{o}: {:?}", relations(&r));
    }
    let text = "10月18日上午,东岭研究所所长王明会见来访的乌兹别克斯坦支持和发展南川交流基金会监事会主席李华女士、哈驻华使馆二秘别克诺娃一行。副所长周立群陪同参加会见。\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "李华", "position", "乌兹别克斯坦支持和发展南川交流基金会"), "{:?}", relations(&r));
    assert!(has_relation(&r, "别克诺娃", "position", "哈驻华使馆"), "{:?}", relations(&r));
    assert!(has_relation(&r, "周立群", "position", "东岭研究所"), "{:?}", relations(&r));
    // a deputy with no head named before is in no body; a verb after a country ends a name
    let r = report_of_text("10月18日上午,东岭研究所研究员王明出席。副所长周立群陪同。中国支持东岭大学发展。\n");
    assert!(!relations(&r).iter().any(|(s, p, _, _)| s == "周立群" && p == "position"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "东岭大学"), "{:?}", entities(&r));
}

#[test]
fn a_talk_titled_at_the_one_meeting_a_republic_s_long_name_and_holders_joined_by_ji() {
    let text = "应塔吉克斯坦共和国总统下属东岭研究中心邀请,西河大学教授王明、研究员周立群赴塔。\n6月24日,王明一行参加主题为“东岭与西河:伙伴关系的现状与前景”国际会议。周立群作了题为《“一带一路”背景下东岭与西河人文交流成就与展望》的报告。塔吉克斯坦总统下属东岭研究中心总干事李华出席会议并致辞。\n";
    let r = report_of_text(text);
    let ev = labels_of(&r, "Event");
    assert_eq!(ev.len(), 1, "{:?}", entities(&r));
    assert!(has_relation(&r, "周立群", "spoke_at", &ev[0]), "{:?}", relations(&r));
    // (a quoted title of a talk given counts as one word too: 作了“…”大会发言)
    let r = report_of_text("12月11日,东岭高级别论坛在海口举行。院长王明作为特邀专家作了“构建西河经济共同体,全面推进合作”大会发言。\n");
    assert!(has_relation(&r, "王明", "spoke_at", "东岭高级别论坛"), "{:?}", relations(&r));
    let r = report_of_text("12月11日,东岭高级别论坛在海口举行。院长王明认真学习了“构建西河经济共同体”精神。\n");
    assert!(!has_relation(&r, "王明", "spoke_at", "东岭高级别论坛"), "{:?}", relations(&r));
    let r = report_of_text(text);
    assert_eq!(labels_of(&r, "Organization").iter().filter(|o| o.contains("东岭研究中心")).count(), 1, "{:?}", entities(&r));
    assert!(relations(&r).iter().any(|(s, p, o, _)| s == "李华" && p == "position" && o.contains("东岭研究中心")), "{:?}", relations(&r));
    // a meeting only recalled in a speech is none the report attends
    let r = report_of_text("东岭研究所所长王明会见来访的李华一行。双方进行了交流。王明对李华一行来访表示欢迎。王明指出,东岭党第二十次全国代表大会提出了新目标。\n");
    assert!(!relations(&r).iter().any(|(_, p, _, _)| p == "spoke_at"), "{:?}", relations(&r));
    // 及 joins two holders; a stock code stands between a company and its founder's post
    let r = report_of_text("东岭大学教授李华及校长王明、东岭集团(2301)创办人周立群出席活动。\n");
    assert!(has_relation(&r, "李华", "position", "东岭大学") && has_relation(&r, "周立群", "position", "东岭集团"), "{:?}", relations(&r));
    // a two-character alliance name that defines its Latin short form
    let r = report_of_text("这场盛会由东岭大学与西河大学共同组成的东西联盟(EWA)主办。\n");
    assert!(has_entity(&r, "Alliance", "东西联盟"), "{:?}", entities(&r));
}

#[test]
fn a_prefecture_s_government_and_committee_hosts_listed_before_the_venue_and_party_posts_in_a_list() {
    let text = "6月11日,东岭州人民政府、西河大学、南川大学在北湖国际会议中心举行共建东岭西河研究院签约座谈会,并正式签署合作协议。东岭州委副书记、东岭州人民政府州长李华主持座谈会。\n";
    let r = report_of_text(text);
    let ev = "东岭西河研究院签约座谈会";
    for h in ["东岭州人民政府", "西河大学", "南川大学"] {
        assert!(has_relation(&r, ev, "organizer", h), "{h}: {:?}", relations(&r));
    }
    assert!(has_relation(&r, ev, "held_at", "北湖国际会议中心"), "{:?}", relations(&r));
    assert!(has_relation(&r, "李华", "position", "东岭州委") && has_relation(&r, "李华", "position", "东岭州人民政府"), "{:?}", relations(&r));
    let r = report_of_text("东岭研究所所长王明,党委书记、副所长李华,党委副书记、纪委书记周立群出席仪式。\n");
    for p in ["王明", "李华", "周立群"] {
        assert!(has_relation(&r, p, "position", "东岭研究所"), "{p}: {:?}", relations(&r));
    }
    // a party post with no body named in its sentence is in none
    let r = report_of_text("会议在南川举行。党委副书记、纪委书记周立群出席仪式。\n");
    assert!(!relations(&r).iter().any(|(s, p, _, _)| s == "周立群" && p == "position"), "{:?}", relations(&r));
}

#[test]
fn one_who_speaks_for_a_body_over_a_long_clause_speaks() {
    let text = "东岭论坛在南川举行。东岭大学副校长李华出席。李华代表学校对西河大学长期以来对东岭大学的指导和支持表示感谢。\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "李华", "spoke_at", "东岭论坛"), "{:?}", relations(&r));
    // a comma ends the clause: what follows is another's doing
    let r = report_of_text("东岭论坛在南川举行。东岭大学副校长李华出席。李华代表学校签署了协议,双方将长期合作并表示满意。\n");
    assert!(!has_relation(&r, "李华", "spoke_at", "东岭论坛"), "{:?}", relations(&r));
}

#[test]
fn a_committee_that_gives_grants_is_a_body_and_local_or_joint_labs_are_kinds() {
    let r = report_of_text("东岭科研资助委员会宣布新计划。东岭大学将与本地大学合作,并成立联合实验室。\n");
    assert!(has_entity(&r, "Organization", "东岭科研资助委员会"), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Organization", "本地大学"), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Organization", "联合实验室"), "{:?}", entities(&r));
    // how bodies are funded still says what kind they are
    let r = report_of_text("联盟由八所资助大学组成。\n");
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.contains("资助大学")), "{:?}", entities(&r));
}

#[test]
fn a_city_s_science_park_is_a_place_in_the_city() {
    let r = report_of_text("两所研究所在深圳设立分部,分别落户于深圳科学园。\n");
    assert!(has_entity(&r, "Place", "深圳科学园"), "{:?}", entities(&r));
    assert!(has_relation(&r, "深圳科学园", "located_in", "深圳"), "{:?}", relations(&r));
    // a park with no place before it is no name
    let r = report_of_text("研究所落户于该科学园。\n");
    assert!(labels_of(&r, "Place").is_empty(), "{:?}", entities(&r));
}

#[test]
fn two_surnames_and_a_given_name_after_a_post() {
    let r = report_of_text("行政长官陈王美玲与东岭大学校长李华签署协议。\n");
    assert!(has_entity(&r, "Person", "陈王美玲"), "{:?}", entities(&r));
    // a surname and a given name of two characters stay three
    let r = report_of_text("主任王明华表示,合作成果丰硕。\n");
    assert!(has_entity(&r, "Person", "王明华"), "{:?}", entities(&r));
}

#[test]
fn a_transliteration_before_a_title_runs_on_to_the_left() {
    let r = report_of_text("会谈中,科洛夫院长介绍了学院情况。\n");
    assert!(has_entity(&r, "Person", "科洛夫"), "{:?}", entities(&r));
    let r = report_of_text("东岭孔院卡洛斯院长介绍了汉语教学情况。\n");
    assert!(has_entity(&r, "Person", "卡洛斯"), "{:?}", entities(&r));
}

#[test]
fn an_institute_s_short_name_before_a_post_and_its_deputy() {
    let r = report_of_text("代表团拜会我所,东湖所党委书记王明主持会见,副所长李华参加。会谈后,东湖所前任所长周立群介绍了合作情况。\n");
    assert!(has_entity(&r, "Organization", "东湖所"), "{:?}", entities(&r));
    assert!(has_relation(&r, "王明", "position", "东湖所"), "{:?}", relations(&r));
    assert!(has_relation(&r, "李华", "position", "东湖所"), "{:?}", relations(&r));
    assert!(has_relation(&r, "周立群", "position", "东湖所"), "{:?}", relations(&r));
    // a deictic is no name
    let r = report_of_text("会谈中,该所党委书记王明介绍了情况。\n");
    assert!(labels_of(&r, "Organization").is_empty(), "{:?}", entities(&r));
}

#[test]
fn a_university_s_short_form_before_an_office_and_its_post() {
    let r = report_of_text("东岭师范大学代表团来访。东师大外事主任李华介绍了情况,东师大希望加强合作。\n");
    let rel = relations(&r);
    assert!(rel.iter().any(|x| x.0 == "李华" && x.1 == "position" && x.2 == "东岭师范大学" && x.3 == "外事主任"), "{rel:?}");
}

#[test]
fn a_body_that_serves_as_part_of_an_alliance_to_be_founded_founds_nothing() {
    let r = report_of_text("东岭研究院亦将作为日后在南川成立的“西河智库联盟”秘书处。\n");
    assert!(!relations(&r).iter().any(|x| x.1 == "founding_member"), "{:?}", relations(&r));
    // the alliance founded by a list, told with 的, keeps its founders
    let r = report_of_text("由东岭大学和西河大学共同成立的“南川智库联盟”召开年会。\n");
    assert!(has_relation(&r, "东岭大学", "founding_member", "南川智库联盟"), "{:?}", relations(&r));
}

#[test]
fn signatories_representing_their_bodies_respectively_hold_their_posts_there() {
    let r = report_of_text("部长王明与东岭大学校长李华分别代表东岭教育部和东岭大学签署协议。\n");
    let rel = relations(&r);
    assert!(rel.iter().any(|x| x.0 == "王明" && x.1 == "position" && x.2 == "东岭教育部" && x.3 == "部长"), "{rel:?}");
    assert!(!has_relation(&r, "李华", "position", "东岭教育部"), "{rel:?}");
    // without 分别 nothing pairs them
    let r = report_of_text("部长王明与东岭大学校长李华共同代表两国签署协议。\n");
    assert!(!has_relation(&r, "王明", "position", "东岭教育部"), "{:?}", relations(&r));
}

#[test]
fn with_tong_a_caption_and_a_new_paragraph_set_off_from_it() {
    // a caption opening with 同 and ending with the talks, then an indented paragraph
    let r = report_of_text("代表团访问东岭。\n\n同南川国际问题研究所副所长李华等专家会谈\n\n  代表团在访问期间,分别同西河政策中心、北湖商会等机构会谈。\n");
    assert!(has_entity(&r, "Organization", "南川国际问题研究所"), "{:?}", entities(&r));
    assert!(has_relation(&r, "李华", "position", "南川国际问题研究所"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Organization", "西河政策中心"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|l| l.starts_with('同')), "{:?}", entities(&r));
    // a name that opens with the character keeps it
    let r = report_of_text("出席的有东岭大学校长王明,同心大学留学生办公室主任张华等。\n");
    assert!(has_entity(&r, "Organization", "同心大学留学生办公室"), "{:?}", entities(&r));
}

#[test]
fn firms_in_the_plural_a_building_and_a_park_close_a_list_item() {
    let r = report_of_text("东岭企业与老挝南川省农林厅签署合作协议。\n");
    assert!(has_entity(&r, "Organization", "老挝南川省农林厅"), "{:?}", entities(&r));
    let r = report_of_text("代表团访问中国—比利时科技园、东岭集团和西河集团,走访南川国家体育场和北湖会展中心项目群。\n");
    assert!(has_entity(&r, "Place", "中国—比利时科技园"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "东岭集团"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Project", "北湖会展中心项目群"), "{:?}", entities(&r));
}

#[test]
fn an_ambassador_to_a_body_holds_no_post_in_it_and_a_former_post_taken() {
    let r = report_of_text("东岭中心秘书长王明同中国候任驻东盟大使李华会面。王明感谢李华大使长期以来特别是担任中国外交部亚洲司副司长期间对中心工作的支持。\n");
    let rel = relations(&r);
    assert!(!rel.iter().any(|x| x.0 == "李华" && x.1 == "position" && x.2.contains("东盟") || x.2.contains("东南亚国家联盟") && x.0 == "李华"), "{rel:?}");
    assert!(has_relation(&r, "李华", "position", "中国外交部亚洲司"), "{rel:?}");
    assert!(has_entity(&r, "Person", "王明"), "{:?}", entities(&r));
    assert!(!has_entity(&r, "Person", "王明同"), "{:?}", entities(&r));
}

#[test]
fn a_site_s_name_after_a_listed_country_in_a_headline() {
    let r = report_of_text("王明率团访问法国、德国-北湖研究院\n\n2025年9月,北湖研究院院长王明率团出访。\n");
    assert!(has_relation(&r, "王明", "position", "北湖研究院"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|l| l.contains('-')), "{:?}", entities(&r));
    // a pair keeps its hyphen
    let r = report_of_text("第四届中国-中亚合作论坛在东岭举行。\n");
    assert!(has_entity(&r, "Event", "第四届中国-中亚合作论坛"), "{:?}", entities(&r));
}

#[test]
fn a_foreign_region_with_a_long_transliterated_name() {
    let r = report_of_text("东岭省与西班牙埃斯特雷马杜拉自治区签署建立友好省区协议。\n");
    assert!(has_entity(&r, "Place", "埃斯特雷马杜拉自治区"), "{:?}", entities(&r));
    assert!(has_relation(&r, "埃斯特雷马杜拉自治区", "located_in", "西班牙"), "{:?}", relations(&r));
}

#[test]
fn an_arab_side_in_a_compound_and_taiwanese_names_of_countries() {
    let r = report_of_text("东岭中心旨在加强中阿交流,招收“中阿青年交流培养项目”学员,面向阿拉伯国家。\n");
    assert!(!has_entity(&r, "Country", "阿根廷"), "{:?}", entities(&r));
    let r = report_of_text("來自中國和卡達、突尼西亞的專家出席會議。\n");
    assert!(has_entity(&r, "Country", "卡塔尔"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Country", "突尼斯"), "{:?}", entities(&r));
}

#[test]
fn a_paper_of_three_characters_and_a_bulletin() {
    let r = report_of_text("《东汇报》资深编辑王明先后发言。中心编写《东岭发展研究专报》。\n");
    assert!(has_entity(&r, "Organization", "东汇报"), "{:?}", entities(&r));
    assert!(has_relation(&r, "王明", "position", "东汇报"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Document", "东岭发展研究专报"), "{:?}", entities(&r));
}

#[test]
fn hosts_of_a_body_named_before_the_report_s_meeting_host_no_meeting() {
    let text = "东岭研究中心\n2017年4月20日,东岭研究中心成立,由外交部、教育部主办,西河大学承办,致力于建成世界一流智库基地和国际化思想交流平台。\n2018年7月10日,王明在东岭合作论坛第八届部长级会议开幕式上发表讲话。\n";
    let r = report_of_text(text);
    assert!(!relations(&r).iter().any(|x| x.1 == "organizer"), "{:?}", relations(&r));
    assert!(labels_of(&r, "Alliance").is_empty(), "{:?}", entities(&r));
}

#[test]
fn a_unit_of_a_known_body_by_its_field_and_a_department_of_listed_fields() {
    let r = report_of_text("研讨会在东岭宾馆召开。中国社科院西亚非洲所研究员赵刚,南川大学法律、政治管理系主任周立群先后发言。\n");
    assert!(has_relation(&r, "赵刚", "position", "中国社科院西亚非洲所"), "{:?}", relations(&r));
    assert!(has_relation(&r, "周立群", "position", "南川大学法律、政治管理系"), "{:?}", relations(&r));
}

#[test]
fn a_person_and_a_title_before_a_meeting_word_name_no_meeting() {
    let r = report_of_text("总领事专程赴东岭科技大学,与校长王明阶教授会晤。\n");
    assert!(labels_of(&r, "Event").is_empty(), "{:?}", entities(&r));
    assert!(has_relation(&r, "王明阶", "position", "东岭科技大学"), "{:?}", relations(&r));
}

#[test]
fn a_delegation_s_leader_holds_his_post_in_its_body_and_a_post_glued_to_an_unknown_name() {
    let r = report_of_text("9月14日,由马留申科所长率领的东岭战略研究所代表团访问西河。\n");
    assert!(has_entity(&r, "Person", "马留申科"), "{:?}", entities(&r));
    assert!(has_relation(&r, "马留申科", "position", "东岭战略研究所"), "{:?}", relations(&r));
    // a brand a mirror put in a university's place: its president is no president of another
    let r = report_of_text("鑫达娱乐校长王明会见了代表团。代表团还与南川大学的学者座谈。\n");
    assert!(!has_relation(&r, "王明", "position", "南川大学"), "{:?}", relations(&r));
}

#[test]
fn an_academy_s_division_member_a_system_and_titled_people_listed_one_after_another() {
    let r = report_of_text("东岭大学党委常委、副校长王明教授、东岭社科院西河研究所所长李华研究员致辞。东岭社科院荣誉学部委员赵刚作报告。他介绍了南川省教育系统的举措。\n");
    assert!(has_relation(&r, "李华", "position", "东岭社科院西河研究所"), "{:?}", relations(&r));
    assert!(!has_relation(&r, "李华", "position", "东岭大学"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|l| l.contains("学部") || l.ends_with("教育系")), "{:?}", entities(&r));
}

#[test]
fn a_launch_meeting_is_named_with_its_document_and_its_hosts_publish_it() {
    let r = report_of_text("3月2日,东岭研究院和西河出版社在北京共同举行《东岭形势报告(2025)》发布会暨区域合作研讨会。东岭研究院副院长李中原研究员、西河出版社于海副社长出席。\n");
    let events = labels_of(&r, "Event");
    assert!(events.iter().any(|l| l.starts_with("《东岭形势报告(2025)》发布会")), "{events:?}");
    assert!(has_relation(&r, "东岭研究院", "published", "东岭形势报告(2025)"), "{:?}", relations(&r));
    assert!(has_relation(&r, "西河出版社", "published", "东岭形势报告(2025)"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Person", "李中原") && has_entity(&r, "Person", "于海"), "{:?}", entities(&r));
    assert!(has_relation(&r, "于海", "position", "西河出版社"), "{:?}", relations(&r));
}

#[test]
fn a_launch_told_as_a_verb_leaves_the_meeting_after_ji_and_listed_documents_share_their_body() {
    let r = report_of_text("由东岭大学研创的《南川经济报告》蓝皮书和《南川环境报告》绿皮书发布暨区域经济研讨会在北京举行。会上,王明、李华等学者还分别就蓝皮书、绿皮书的出版致辞。\n");
    assert!(has_relation(&r, "李华", "spoke_at", "区域经济研讨会"), "{:?}", relations(&r));
    assert!(labels_of(&r, "Event").iter().any(|l| l == "区域经济研讨会"), "{:?}", entities(&r));
    assert!(has_relation(&r, "东岭大学", "published", "南川经济报告"), "{:?}", relations(&r));
    assert!(has_relation(&r, "东岭大学", "published", "南川环境报告"), "{:?}", relations(&r));
}

#[test]
fn a_publisher_dated_by_its_day_and_a_document_named_by_its_kind_without_its_edition() {
    let r = report_of_text("东岭出版社18日发布《东岭形势蓝皮书(2025/2026)》。编委会表示,《蓝皮书》今年首次收录专题报告。\n");
    assert!(has_relation(&r, "东岭出版社", "published", "东岭形势蓝皮书(2025/2026)"), "{:?}", relations(&r));
    assert_eq!(labels_of(&r, "Document").len(), 1, "{:?}", entities(&r));
}

#[test]
fn a_paper_s_staff_after_its_title_marks_and_an_editor_s_post_in_a_book_skipped_in_a_chain() {
    let r = report_of_text("东岭研究院发布《东岭报告》。东岭研究院副院长、《东岭报告》副主编周立群主持会议,东岭大学刘明教授、《西河日报》王海编辑等出席会议并发言。\n");
    assert!(has_relation(&r, "周立群", "position", "东岭研究院"), "{:?}", relations(&r));
    assert!(has_relation(&r, "王海", "position", "西河日报"), "{:?}", relations(&r));
    assert!(!relations(&r).iter().any(|x| x.2 == "东岭报告" && x.1 == "position"), "{:?}", relations(&r));
}

#[test]
fn a_federation_founded_by_a_counted_many_is_an_alliance_and_its_named_founders_in_a_framework() {
    let r = report_of_text("东岭职业教育联合会由东岭协会和南川教育中心在“东岭计划”框架下,联合120家合作伙伴共同发起。联合会中方秘书处设在东岭协会,南川方秘书处设在西河大学。会议由联合会执行秘书处北湖大学承办。\n");
    assert!(has_entity(&r, "Alliance", "东岭职业教育联合会"), "{:?}", entities(&r));
    assert!(has_relation(&r, "东岭协会", "founding_member", "东岭职业教育联合会"), "{:?}", relations(&r));
    assert!(has_relation(&r, "南川教育中心", "founding_member", "东岭职业教育联合会"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|l| l.contains("秘书处")), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "北湖大学"), "{:?}", entities(&r));
}

#[test]
fn founders_calling_with_unnamed_parties_joiners_listed_after_bao_kuo_and_a_ceremony_s_host_meeting() {
    let text = "11月21日,东岭职业技术教育发展联盟(以下简称联盟)成立仪式在2030年东岭职业教育大会开幕式上举行。东岭协会会长李华作为联盟首任主席与12位联盟成员代表共同见证了联盟启动。西河职院校长王明作为联盟中方首批成员单位代表出席大会。加入联盟的外方成员还包括与西河职院合作办学的南川技术学院。联盟于2028年在首届东岭职业教育大会上,由东岭协会联合各国相关机构发出成立倡议。联盟将打造人才交流、课程共建两大平台。\n";
    let r = report_of_text(text);
    let alliance = "东岭职业技术教育发展联盟";
    assert!(has_relation(&r, alliance, "established_at", "2030年东岭职业教育大会"), "{:?}", relations(&r));
    assert!(has_relation(&r, "李华", "position", alliance), "{:?}", relations(&r));
    assert!(!has_relation(&r, "王明", "position", alliance), "{:?}", relations(&r));
    assert!(has_relation(&r, "王明", "position", "西河职院"), "{:?}", relations(&r));
    assert!(has_relation(&r, "东岭协会", "founding_member", alliance), "{:?}", relations(&r));
    assert!(relations(&r).iter().any(|x| x.0 == "南川技术学院" && x.2 == alliance), "{:?}", relations(&r));
    assert!(!relations(&r).iter().any(|x| x.0 == "西河职院" && x.2 == alliance), "{:?}", relations(&r));
    assert_eq!(labels_of(&r, "Alliance"), vec![alliance.to_string()], "{:?}", entities(&r));
}

#[test]
fn a_short_form_names_the_meeting_its_chair_speaks_at_and_a_reporter_speaks_nowhere() {
    let r = report_of_text("本网讯(国际合作交流处通讯员 金海)11月20日,东岭联盟第一次全体成员大会(以下简称大会)在天津举行。2030东岭教育周同日开幕。大会由东岭协会副秘书长李华主持。東嶺協會餘海明副秘書長緻辭。\n");
    assert!(has_relation(&r, "李华", "spoke_at", "东岭联盟第一次全体成员大会"), "{:?}", relations(&r));
    assert!(!relations(&r).iter().any(|x| x.0 == "金海" && x.1 == "spoke_at"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Person", "余海明"), "{:?}", entities(&r));
}

#[test]
fn a_body_of_ministers_a_country_s_working_group_and_a_body_acting_on_behalf() {
    let r = report_of_text("南海教育部长组织职业技术教育区域中心、东岭协会出席。东岭大学承担老挝、泰国国别工作组工作。东岭协会代表联合会中方秘书处做工作总结。\n");
    let orgs = labels_of(&r, "Organization");
    assert!(orgs.contains(&"南海教育部长组织职业技术教育区域中心".to_string()), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.ends_with("教育部") || o.contains("工作组") || o.contains("代表")), "{orgs:?}");
}

#[test]
fn a_media_union_founded_by_apps_and_its_counted_first_members() {
    let text = "【北湖商报网讯】(记者 李华)6月8日,东岭发展论坛在南川开幕,随着东岭省委书记王明按下启动键,东岭新媒联合体宣告成立。\n东岭新媒联合体由西河新闻客户端、北湖日报客户端联合发起成立。\n目前,东岭新媒联合体首批成员共有4家媒体,包括西河新闻、海川观察、南川24小时以及北湖日报客户端等。\n";
    let r = report_of_text(text);
    let alliance = "东岭新媒联合体";
    assert!(has_entity(&r, "Alliance", alliance), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "北湖商报网"), "{:?}", entities(&r));
    for body in ["西河新闻客户端", "北湖日报客户端", "海川观察", "南川24小时"] {
        assert!(has_relation(&r, body, "founding_member", alliance), "{body}: {:?}", relations(&r));
    }
    // (西河新闻 is the app's brand: one body)
    assert!(!labels_of(&r, "Organization").contains(&"西河新闻".to_string()), "{:?}", entities(&r));
    // (pressing the launch button says nothing; 随着 opens no name)
    assert!(!relations(&r).iter().any(|x| x.0 == "王明" && x.1 == "spoke_at"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.starts_with("随着")), "{:?}", entities(&r));
}

#[test]
fn a_friendship_conference_its_short_form_a_sister_city_and_a_published_initiative() {
    let text = "30多个城市的代表8日相聚天津,参加天津市首届国际友城大会,会上共同发布了“东岭倡议”。首次天津国际友城大会由天津市人民政府主办。天津市同日与韩国友城南浦市签署经贸合作协议。\n";
    let r = report_of_text(text);
    let event = "天津市首届国际友城大会";
    assert!(has_relation(&r, event, "held_at", "天津"), "{:?}", relations(&r));
    assert!(has_relation(&r, event, "organizer", "天津市人民政府"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Document", "东岭倡议"), "{:?}", entities(&r));
    assert!(has_relation(&r, "南浦市", "located_in", "韩国"), "{:?}", relations(&r));
    assert_eq!(labels_of(&r, "Event"), vec![event.to_string()], "{:?}", entities(&r));
}

#[test]
fn member_units_whose_representatives_attend_and_a_unit_of_the_alliance_founded() {
    let text = "东岭智库联盟2030年年会在海川学院举行。西河大学、北湖大学等高校,南川市社会科学院等城市科学院共25个理事成员单位的代表参加了年会。年会选举了新一届理事会。联盟还将组织成立东岭智库联盟专家顾问团。\n";
    let r = report_of_text(text);
    let alliance = "东岭智库联盟";
    for body in ["西河大学", "北湖大学", "南川市社会科学院"] {
        assert!(has_relation(&r, body, "member", alliance), "{body}: {:?}", relations(&r));
    }
    assert!(!relations(&r).iter().any(|x| x.1 == "founding_member" || x.1 == "established_at"), "{:?}", relations(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.contains("理事会") || o == "城市科学院"), "{:?}", entities(&r));
}

#[test]
fn a_sister_school_before_its_name_a_japanese_name_a_legal_form_and_an_honorific() {
    let text = "東嶺大學校長李華15日會見來訪的重點姊妹校日本北湖大學校長石橋正一、美國西河大學南川分校校長Dr. Anna Berg。日本非營利活動法人海川大學聯盟與財團法人東嶺教育交流基金會簽訂交流備忘錄。海川大學聯盟國際部會長河田正雄表示歡迎。\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Organization", "日本北湖大学"), "{:?}", entities(&r));
    assert!(has_relation(&r, "石桥正一", "position", "日本北湖大学"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Person", "河田正雄"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Person", "Anna Berg"), "{:?}", entities(&r));
    assert!(has_entity(&r, "Organization", "美国西河大学南川分校"), "{:?}", entities(&r));
    // (the alliance by its registered name and by its name alone is one)
    assert_eq!(labels_of(&r, "Alliance").len(), 1, "{:?}", entities(&r));
}

#[test]
fn a_council_of_a_term_a_side_event_and_a_headline_s_place_before_its_verb() {
    let text = "2030东岭经济论坛智库会议西安召开\n\n东岭同学会第七届理事会会长李华出席。东岭同学会首届国际智库论坛2030年9月在西安举办,作为第三届西河文化论坛的平行活动。各方表示要落实好第二届东岭合作高峰论坛的成果。\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "李华", "position", "东岭同学会"), "{:?}", relations(&r));
    assert!(has_relation(&r, "东岭同学会首届国际智库论坛", "part_of", "第三届西河文化论坛"), "{:?}", relations(&r));
    assert!(has_relation(&r, "2030东岭经济论坛智库会议", "held_at", "西安"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Event", "第二届东岭合作高峰论坛"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.contains("理事会")), "{:?}", entities(&r));
}

#[test]
fn a_theme_before_a_meeting_s_dash_hosts_before_a_campus_venue_and_topics_in_title_marks() {
    // a short theme joined by 与 heads the meeting's name before its dash; the hosts before a
    // date and a campus venue organise it; a theme or topics in title marks are no documents
    let text = "东岭新闻\n\n3月2日下午,传承与发展—东岭与西河合作十年研讨会在东岭宾馆举行。东岭市对外交流协会和西河学院于5月6日在西河学院南校区图书馆联合举办了“北湖论坛”。研讨围绕《东岭怎样发展》主题展开,议题为《东岭产业》和《西河交通》。东岭研究院发布了《东岭发展报告》。\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Event", "传承与发展—东岭与西河合作十年研讨会"), "{:?}", entities(&r));
    assert!(has_relation(&r, "北湖论坛", "organizer", "东岭市对外交流协会"), "{:?}", relations(&r));
    assert!(has_relation(&r, "北湖论坛", "organizer", "西河学院"), "{:?}", relations(&r));
    assert_eq!(labels_of(&r, "Document"), vec!["东岭发展报告"], "{:?}", entities(&r));
}

#[test]
fn a_mission_is_where_it_is_posted_and_verbs_end_given_names() {
    // an embassy named with 驻 is in the country it is posted to, as well as of its sender;
    // 成功 and 相聚 after a name are verbs, not its given name
    let text = "东岭新闻\n\n肯尼亚学者在会上发言。中国驻肯尼亚大使馆参赞李华也出席了会议。上月,部长王明成功访问肯尼亚。多位学者相聚北湖。\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "中国驻肯尼亚大使馆", "located_in", "肯尼亚"), "{:?}", relations(&r));
    assert!(has_entity(&r, "Person", "王明"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p.starts_with("相聚") || p == "王明成"), "{:?}", entities(&r));
}

#[test]
fn a_page_s_editing_furniture_and_a_bracketed_date_name_no_one() {
    // 初审/审核 before a name and a date in brackets before a centre are no part of names
    let text = "东岭新闻\n\n初审编辑:\n(3月5日)东岭海岸研究中心在东岭大学成立。\n(审核 东岭海岸研究中心)\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Organization", "东岭海岸研究中心"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p.starts_with("初审")), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Organization").iter().any(|o| o.starts_with('(') || o.starts_with("审核")), "{:?}", entities(&r));
}

#[test]
fn a_transliteration_before_a_division_s_head_is_no_person() {
    // 省长 after a transliterated word: the province's name, the governor named after the post
    let text = "东岭新闻\n\n嘉宾包括卡罗琳省长安娜·伯格、驻华大使彼得·诺瓦克等。\n";
    let r = report_of_text(text);
    assert!(has_entity(&r, "Person", "安娜·伯格"), "{:?}", entities(&r));
    assert!(!labels_of(&r, "Person").iter().any(|p| p == "卡罗琳"), "{:?}", entities(&r));
}

#[test]
fn a_talk_given_under_a_quoted_title_is_a_speech_at_the_meeting() {
    // 做了以“…”为题的演讲: the quoted title the talk is given under counts as one word
    let text = "东岭新闻\n\n“北湖对话会”于3月8日在东岭举行。东岭研究中心主任李明教授参加会议。会上,李明教授做了以“东岭合作”为题的报告。\n";
    let r = report_of_text(text);
    assert!(has_relation(&r, "李明", "spoke_at", "北湖对话会"), "{:?}", relations(&r));
}
