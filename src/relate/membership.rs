//! Alliances: who founded them (`founding_member`), who joined later (`member`), and at
//! which event they were founded (`established_at`).

use super::{noun_follows, without_definition, Doc, Predicate, Relation, Rule, Run, Sent};
use crate::lexicon::{OrgKind, Tag};
use crate::recognize::{EntityType, LexRef};
use crate::scan::{ends_with_at, find_word, starts_with_at};

pub const RULES: &[Rule] = &[
    Rule {
        id: "founding_member.list-before-founding-verb",
        predicate: Predicate::FoundingMember,
        pattern: "A、B和C(等N家…)(共同)成立/发起/组建/共建 ALLIANCE",
        example: "北川研究院、南湖智库等五家机构共同成立“沿海数据智库联盟” → both founded it",
        run: Run::Sentence(list_before_verb),
    },
    Rule {
        id: "member.list-before-joining-verb",
        predicate: Predicate::Member,
        pattern: "A、B(近日)(正式)加入 ALLIANCE",
        example: "东岭大学近日正式加入“沿海数据智库联盟” → a later member, not a founder",
        run: Run::Within("founding_member.list-before-founding-verb"),
    },
    Rule {
        id: "located_in.list-descriptor",
        predicate: Predicate::LocatedIn,
        pattern: "A、B等COUNTRY…机构 + founding verb",
        example: "北川研究院、南湖智库等中国机构共同成立… → both are in China",
        run: Run::Within("founding_member.list-before-founding-verb"),
    },
    Rule {
        id: "member.joined-referred-alliance",
        predicate: Predicate::Member,
        pattern: "A、B(于会后)(正式)加入该联盟/本联盟/该平台",
        example: "西岭大学海洋研究院于会后正式加入该联盟 → a member of the alliance last named",
        run: Run::Sentence(joined_referred_alliance),
    },
    Rule {
        id: "founding_member.co-initiated-referred-alliance",
        predicate: Predicate::FoundingMember,
        pattern: "ORG(作为…之一)(共同)发起(成立)了该联盟: the sentence's subject founded the alliance last named",
        example: "西河研究中心作为成员之一也发起了该联盟 → a founder",
        run: Run::Sentence(co_initiated_referred_alliance),
    },
    Rule {
        id: "founding_member.listed-as-initiators",
        predicate: Predicate::FoundingMember,
        pattern: "(A牵头,与)B、C等共同作为发起方/发起单位: the alliance last named",
        example: "东岭大学牵头,与西河大学、北湖大学等共同作为联盟发起方 → founders",
        run: Run::Sentence(listed_as_initiators),
    },
    Rule {
        id: "member.selected-as-member-unit",
        predicate: Predicate::Member,
        pattern: "ORG/中心(…)入选(为)“ALLIANCE理事单位/成员单位”",
        example: "中心去年入选为“东岭智库理事会理事单位” → a member of the alliance",
        run: Run::Sentence(selected_as_member_unit),
    },
    Rule {
        id: "member.included-among-joiners",
        predicate: Predicate::Member,
        pattern: "加入联盟/ALLIANCE的(…)成员(单位)(还)包括(与X…的)A、B: founders when the alliance is founded in the report's meeting",
        example: "加入联盟的外方成员还包括南川技术学院 → a member of the alliance",
        run: Run::Sentence(included_among_joiners),
    },
    Rule {
        id: "founding_member.alliance-by-list",
        predicate: Predicate::FoundingMember,
        pattern: "ALLIANCE(是/于…)由A(提出倡议/牵头),B、C(等N家)(共同)发起(并)成立/创立/组建; 由A、B共同发起的ALLIANCE",
        example: "该联盟由北川研究院提出倡议,南湖大学、西岭大学共同发起 → all three founded it",
        run: Run::Sentence(alliance_by_list),
    },
    Rule {
        id: "founding_member.became-member",
        predicate: Predicate::FoundingMember,
        pattern: "A、B(等…)成为(该联盟|ALLIANCE)(的)首批/创始成员(单位)",
        example: "会上,东岭大学等三所高校成为该联盟首批成员单位 → founders",
        run: Run::Sentence(became_member),
    },
    Rule {
        id: "founding_member.as-initiators",
        predicate: Predicate::FoundingMember,
        pattern: "A、B、C作为(…)发起单位/发起方/发起高校/发起机构(代表|之一): founders of the alliance the report named last",
        example: "东岭联盟成立。东岭大学、西河大学作为发起单位递交倡议书 → both founded it",
        run: Run::Sentence(as_initiators),
    },
    Rule {
        id: "member.as-seat-holder",
        predicate: Predicate::Member,
        pattern: "A作为(ALLIANCE/联盟/委员会)理事长单位/理事单位/成员单位: a member of the alliance named there or last",
        example: "东岭联盟成立五年。西河社作为联盟理事长单位组织活动 → a member",
        run: Run::Within("founding_member.as-initiators"),
    },
    Rule {
        id: "member.became-member",
        predicate: Predicate::Member,
        pattern: "A、B(已)成为(该联盟|ALLIANCE)(的)成员(单位); A…,(时间)被选为/当选为/被吸收为ALLIANCE(副)理事长单位/理事单位",
        example: "此前,东岭大学已成为该联盟成员单位 → a member; 东岭研究中心成立于2011年,2017年被选为东岭智库合作理事会副理事长单位 → a member",
        run: Run::Within("founding_member.became-member"),
    },
    Rule {
        id: "member.admitted-by-alliance",
        predicate: Predicate::Member,
        pattern: "ALLIANCE(理事会)…(正式)接纳/吸纳A(、B)成为/为(其)成员/理事单位…",
        example: "东岭智库联盟理事会正式接纳西河研究中心成为理事单位 → a member",
        run: Run::Sentence(admitted_by_alliance),
    },
    Rule {
        id: "member.added-by-alliance",
        predicate: Predicate::Member,
        pattern: "ALLIANCE…(去年/此次)新增A、B及C(N校/N所大学/为成员), the alliance named before 新增 in the sentence or last in the report",
        example: "东岭大学系统去年新增西河大学、南川大学及北湖大学3校 → members",
        run: Run::Sentence(added_by_alliance),
    },
    Rule {
        id: "founding_member.listed-under-heading",
        predicate: Predicate::FoundingMember,
        pattern: "发起机构/发起单位/创始成员(单位)/首批成员(单位): A、B… (after a colon, 为/包括, or on the lines under the heading)",
        example: "联盟发起单位:东岭大学、南川大学 → both founded the alliance last named",
        run: Run::Sentence(listed_under_heading),
    },
    Rule {
        id: "member.alliance-clause-lists",
        predicate: Predicate::Member,
        pattern: "，ALLIANCE(的)成员(则)为/包括 A、B及C; ALLIANCE(系统)包括 A、B及C (a clause opening with the alliance); ALLIANCE的合作单位之一,A",
        example: "东岭大学系统包括东岭科技大学、东岭医学大学，西河大学联盟成员则为北湖大学、南川大学 → members",
        run: Run::Within("founding_member.listed-under-heading"),
    },
    Rule {
        id: "member.listed-before-count",
        predicate: Predicate::Member,
        pattern: "A、B…等N家(理事会)成员单位 (首批/创始: founders), in a report about the alliance",
        example: "北湖大学、西岭研究院等12家理事会成员单位代表参会 → members of the alliance the report names",
        run: Run::Within("founding_member.listed-under-heading"),
    },
    Rule {
        id: "member.listed-under-heading",
        predicate: Predicate::Member,
        pattern: "成员单位/成员高校: A、B…",
        example: "联盟成员单位:北湖大学、西岭大学 → members",
        run: Run::Within("founding_member.listed-under-heading"),
    },
    Rule {
        id: "founding_member.signed-founding-memorandum",
        predicate: Predicate::FoundingMember,
        pattern: "A、B(等…代表)(共同)签署《关于成立ALLIANCE的…》",
        example: "东岭大学、南川大学等高校代表共同签署《关于成立海川青年合作中心的谅解备忘录》 → founders",
        run: Run::Sentence(signed_founding_memorandum),
    },
    Rule {
        id: "founding_member.counted-at-founding",
        predicate: Predicate::FoundingMember,
        pattern: "(此次)签署仪式/成立大会共有N所/家…参与/参加,包括A、B…: in a report that founds the alliance",
        example: "东岭大联盟成立大会举行…此次签署仪式共有3所大学参与,包括南川大学、北湖大学、西岭大学 → founders",
        run: Run::Sentence(counted_at_founding),
    },
    Rule {
        id: "founding_member.subject-founded",
        predicate: Predicate::FoundingMember,
        pattern: "ORG(始终/先后…),…(先后/相继/牵头)成立了ALLIANCE(、ALLIANCE): the body the clauses are about founded them",
        example: "东岭大学始终坚持开放办学,先后成立了海川大学联盟、南川智库联盟 → both founded by 东岭大学",
        run: Run::Sentence(subject_founded),
    },
    Rule {
        id: "founding_member.co-built-body",
        predicate: Predicate::FoundingMember,
        pattern: "A(与|协同|联合)B、C(共同|联合)共建/牵手成立/联合成立 ORG(研究院, 中心): the bodies that build a research body together found it",
        example: "东湖大学协同西岭研究院、南川市委宣传部牵手成立“海川研究中心” → all three founded it",
        run: Run::Sentence(co_built_body),
    },
    Rule {
        id: "established_at.event-in-sentence",
        predicate: Predicate::EstablishedAt,
        pattern: "在EVENT上/EVENT期间 … ALLIANCE成立",
        example: "在滨海数字论坛上,“沿海数据智库联盟”正式成立",
        run: Run::Sentence(established_at),
    },
    Rule {
        id: "established_at.report-event",
        predicate: Predicate::EstablishedAt,
        pattern: "ALLIANCE成立 in a report about EVENT",
        example: "a report on 滨海数字论坛: …共同成立“沿海数据智库联盟”",
        run: Run::Within("established_at.event-in-sentence"),
    },
];

/// Verbs of building a body together, right before its name.
const CO_BUILDING_VERBS: &[&str] = &["联合共建", "合作共建", "共同组建", "共同建设", "共同成立", "联合成立", "牵手成立", "携手成立", "共建"];

/// 东湖大学协同西岭研究院、南川市委宣传部牵手成立“海川研究中心”: the list before a verb of
/// building together (and the body that brings the others in with 与, 协同 or 联合) founded the
/// research body named right after it.
fn co_built_body(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for &body in &s.institutions {
        let mut at = doc.mentions[body].start;
        if at > s.start && chars[at - 1] == '“' {
            at -= 1;
        }
        let Some(verb) = CO_BUILDING_VERBS.iter().find(|v| ends_with_at(chars, at, s.start, v)) else { continue };
        let verb_start = at - verb.chars().count();
        let before: Vec<usize> = s.institutions.iter().copied().filter(|&o| o != body).collect();
        let Some((mut run, gap)) = doc.last_run_before(&before, verb_start) else { continue };
        if !matches!(gap.trim_start_matches(',').trim_start_matches('、'), "" | "共同" | "一起") {
            continue;
        }
        // (A协同B、C: the body before 协同 or 联合 leads the others)
        let first = doc.mentions[run[0]].start;
        let lead = before.iter().copied().find(|&o| {
            let e = doc.mentions[o].end;
            e < first && matches!(chars[e..first].iter().collect::<String>().as_str(), "协同" | "联合" | "携手")
        });
        run.extend(lead);
        if run.len() < 2 {
            continue;
        }
        for &o in &run {
            out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, doc.ent(body), s.si, "founding_member.co-built-body"));
        }
    }
}

/// Verbs that found (or join) an alliance when they stand between a list and its name.
const FOUNDING_VERBS: &[&str] = &["共同成立", "联合成立", "发起成立", "牵头成立", "成立", "联合发起", "共同发起", "发起", "加入", "组建", "共建", "创立", "创建", "创办", "倡议建立", "共同建立", "建立", "结盟", "组成", "打造"];
/// What may follow the last item of a list before its verb: glue, time and manner.
const LIST_END: &[&str] = &[
    "等", "决定", "共同", "联合", "携手", "发起", "加入", "成立", "牵头", "组建", "组成", "宣布", "正式", "已", "将", "也", "还", "同时", "和", "与", "及", ",", "、", "近日", "日前", "今天",
    "今日", "昨天", "昨日", "当天", "当日", "此前", "近期", "目前", "今年", "于", "在", "先后", "分别", "一致", "均", "相继", "陆续", "创立", "创建", "倡议", "提出", "会后", "随后",
];

/// The list nearest before `alliance` whose gap to it holds a founding verb.
fn founding_list(doc: &Doc, s: &Sent, alliance: usize) -> Option<(Vec<usize>, String)> {
    let chars = doc.chars();
    let a = &doc.mentions[alliance];
    // (西河网10月18日东岭讯 X联盟…成立: the outlet of a dateline founds nothing)
    // (“东岭+”对话会上发起成立: a body named inside a meeting's name founds nothing)
    let events = doc.in_sentence(s.si, &[EntityType::Event]);
    let in_meeting_name = |o: usize| events.iter().any(|&e| doc.mentions[e].start <= doc.mentions[o].start && doc.mentions[o].end <= doc.mentions[e].end);
    let before: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].end <= a.start && doc.mentions[o].rule != "org.media-dateline" && !in_meeting_name(o)).collect();
    for run in doc.list_runs(&before).into_iter().rev() {
        let gap: String = chars[doc.mentions[*run.last()?].end..a.start].iter().collect();
        let gap = super::without_definition(&gap).to_owned();
        // (the whole gap is returned: what 等 says of the list still describes its items)
        let whole = gap.clone();
        let gap = without_more_members_described(&gap);
        let gap = without_count_of_bodies(&without_meetings_named_by_act(&gap));
        // (承办“东岭培训中心”各类研修班,表示…加入: a noun after the quoted name makes it an object)
        if gap.contains('。') || gap.chars().count() > 40 || noun_follows(gap.trim_start_matches(['”', '"', '》']), LIST_END) || lists_no_bodies(&gap) {
            continue;
        }
        let first = doc.mentions[run[0]].start;
        // (组建东岭研究院、加入…: the list is what a verb before it made, not who acts)
        if FOUNDING_VERBS.iter().any(|v| ends_with_at(chars, first, s.start, v)) {
            continue;
        }
        let by = first > s.start && chars[first - 1] == '由';
        // (…共同发起,旨在发挥X联盟优势: a clause after the verb has the alliance as its object)
        let last_verb = FOUNDING_VERBS.iter().filter_map(|v| gap.rfind(v).map(|k| k + v.len())).max();
        // (…签约结盟,“X联盟”由此成立: a comma right before the alliance's name starts no clause)
        let clause_after = last_verb.and_then(|k| gap[k..].rfind(',').map(|c| &gap[k + c + ','.len_utf8()..])).is_some_and(|rest| rest.trim_matches('“').chars().count() >= 2);
        // (…与多所大学建立有友好合作关系,“X联盟”不断壮大: the verb has its own object before the comma)
        let own_object = last_verb.and_then(|k| gap[k..].find(',').map(|c| gap[k..k + c].trim_start_matches(['了', '有']))).is_some_and(|o| o.chars().count() >= 2);
        let clause_after = clause_after || own_object || serves_as_part_of(&gap);
        if (FOUNDING_VERBS.iter().any(|v| gap.contains(v)) || (by && gap.contains("发起")) || signs_alliance(chars, &gap, a.end)) && !clause_after {
            return Some((run, whole));
        }
    }
    None
}

/// (东岭院亦将作为日后在西河成立的“X联盟”秘书处: the list serves as a part of the alliance a
/// clause with 的 describes; its founders go unnamed)
fn serves_as_part_of(gap: &str) -> bool {
    let attributive = FOUNDING_VERBS.iter().any(|v| gap.trim_end_matches(['“', '「', '《']).ends_with(&format!("{v}的")));
    attributive && ["作为", "担任", "成为", "出任"].iter().any(|w| gap.contains(w))
}

/// 组建A、加入B等重点任务: what the closing 等 names is no kind of body, the items are what
/// was done (tasks, works, projects), not who founds.
fn lists_no_bodies(gap: &str) -> bool {
    const DEEDS: &[&str] = &["任务", "工作", "举措", "活动", "项目", "成果", "领域"];
    gap.find('等').map(|k| &gap[k + '等'.len_utf8()..]).is_some_and(|rest| {
        let noun: String = rest.chars().take_while(|c| !matches!(c, ',' | '。' | ';')).collect();
        DEEDS.iter().any(|d| noun.ends_with(d))
    })
}

/// A、B和C等国内高校,以及X、Y等国家的高校决定成立…: what the list's closing 等 says of its
/// kind of body, and of more bodies described but not named, is no break before the verb;
/// the gap is kept as `等` and what follows the last word for a kind of body.
fn without_more_members_described(gap: &str) -> String {
    const KINDS: &[&str] = &["高校", "大学", "院校", "单位", "机构", "智库"];
    let Some(rest) = gap.strip_prefix('等') else { return gap.to_owned() };
    // the end of the last kind word within the described part (up to 70 characters)
    let described: String = rest.chars().take(70).collect();
    let Some(end) = KINDS.iter().filter_map(|k| described.rfind(k).map(|i| i + k.len())).max() else { return gap.to_owned() };
    let after = &rest[end..];
    let verb_next = FOUNDING_VERBS.iter().chain(["决定", "一致"].iter()).any(|v| after.starts_with(v));
    // (the described part names kinds and countries, never a clause of its own)
    let plain = !described[..end].contains(['。', ';', ':']) && described[..end].matches(',').count() <= 1;
    if verb_next && plain { format!("等{after}") } else { gap.to_owned() }
}

/// A、B、C近日签署“X联盟”: signing the alliance itself (its name right after the verb, no
/// charter or agreement of it after the name) founds it.
fn signs_alliance(chars: &[char], gap: &str, alliance_end: usize) -> bool {
    let signed = ["签署", "签订", "签约"].iter().any(|v| gap.trim_end_matches(['“', '「', '《']).ends_with(v));
    let bare_name = chars.get(alliance_end).is_none_or(|c| matches!(c, ',' | '。' | ';' | '、' | '”' | '」'));
    signed && bare_name
}

/// 研究院成立大会暨…联盟年会: a founding verb inside a meeting's name (成立大会, 成立仪式) founds
/// nothing here; the gap without those meeting names.
fn without_meetings_named_by_act(gap: &str) -> String {
    let mut gap = gap.to_owned();
    for verb in ["成立", "启动", "揭牌"] {
        for meeting in ["大会", "仪式", "典礼", "会议", "庆典"] {
            gap = gap.replace(&format!("{verb}{meeting}"), "暨");
        }
    }
    gap
}

/// A、B及C四校于2014年组成…: the count of the bodies listed (四校, 三所高校, 五家单位) is
/// glue between the list and its verb, as 等 is.
fn without_count_of_bodies(gap: &str) -> String {
    let numeral = |c: char| "两二三四五六七八九十".contains(c) || c.is_ascii_digit();
    let digits = gap.chars().take_while(|&c| numeral(c)).count();
    if digits == 0 {
        return gap.to_owned();
    }
    let rest: String = gap.chars().skip(digits).collect();
    let counted = ["所高校", "所大学", "家单位", "家机构", "家智库", "所", "家", "校"].iter().find(|k| rest.starts_with(*k));
    counted.map_or_else(|| gap.to_owned(), |k| rest[k.len()..].to_owned())
}

/// Joining, not founding: the gap's verb is 加入 and nothing founds.
fn joins(gap: &str) -> bool {
    gap.contains("加入") && !["成立", "发起", "组建", "共建", "创立", "创建", "创办", "建立"].iter().any(|v| gap.contains(v))
}

fn list_before_verb(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for ai in doc.in_sentence(s.si, &[EntityType::Alliance]) {
        let Some((mut run, gap)) = founding_list(doc, s, ai) else { continue };
        // (热议东岭组织成立X联盟的倡议: a proposal that the body found it, told as a noun; the
        // body that issued the call, 发出了成立X的倡议, initiated it and stays a founder)
        // (东岭组织成立X联盟意义重大: the act judged as a subject, a plan more than a deed)
        const JUDGED: &[&str] = &["的倡议", "的提议", "的建议", "的设想", "意义重大", "正当其时", "非常必要", "十分必要", "势在必行", "很有必要", "具有重要意义"];
        let proposal = JUDGED.iter().any(|w| starts_with_at(doc.chars(), doc.mentions[ai].end, s.end, w));
        if proposal && matches!(gap.as_str(), "成立" | "建立" | "组建") {
            continue;
        }
        let lead = lead_before_list(doc, s, doc.mentions[run[0]].start);
        // (A与B共同发起X,并与区内多所高校成立了Y: the later clause has partners of its own, and
        // only A acts in both)
        if partners_of_own_clause(&gap) {
            run.clear();
        }
        if let Some(lead) = lead {
            run.insert(0, lead);
        }
        if run.is_empty() {
            continue;
        }
        let (predicate, rule) = if joins(&gap) { (Predicate::Member, "member.list-before-joining-verb") } else { (Predicate::FoundingMember, "founding_member.list-before-founding-verb") };
        if let Some(deng) = gap.find('等') {
            describe_list(doc, s, &run, &gap[deng..], out);
        }
        for &o in &run {
            out.push(Relation::new(doc.ent(o), predicate, doc.ent(ai), s.si, rule));
        }
        mark_think_tanks(doc, &run, ai);
    }
}

/// ,并与…成立了Y: a clause after the list's own founding with partners of its own (与, 同).
fn partners_of_own_clause(gap: &str) -> bool {
    let Some(c) = gap.rfind(',') else { return false };
    let clause = &gap[c + ','.len_utf8()..];
    ["并与", "并同", "又与", "还与"].iter().any(|w| clause.starts_with(w)) && FOUNDING_VERBS.iter().any(|v| gap[..c].contains(v))
}

/// A联合B、C等47所高校发起成立X, A于2015年与B共同创立X: the body that brings the others in,
/// or acts with them after a time, founds the alliance too.
fn lead_before_list(doc: &Doc, s: &Sent, first: usize) -> Option<usize> {
    let chars = doc.chars();
    s.institutions.iter().copied().find(|&o| {
        let e = doc.mentions[o].end;
        if e >= first {
            return false;
        }
        let gap: String = chars[e..first].iter().collect();
        let timed = gap.strip_prefix(['于', '在']).and_then(|g| g.strip_suffix('与')).is_some_and(|t| t.chars().count() <= 12 && t.trim().ends_with(['年', '月', '日']) && t.chars().all(|c| c.is_ascii_digit() || c == ' ' || "年月日".contains(c)));
        // (由A牵头,会同B、C…发起成立: the body that leads the founders is one)
        let leads = gap.strip_prefix("牵头").map(|g| g.trim_start_matches(',')).is_some_and(|g| matches!(g, "会同" | "联合" | "与" | "携手"));
        gap == "联合" || timed || leads
    })
}

/// 等21家权威智库机构 / 等中国高校: what the list is says what its items are and where.
fn describe_list(doc: &mut Doc, s: &Sent, run: &[usize], deng: &str, out: &mut Vec<Relation>) {
    let desc: String = deng.chars().take_while(|c| *c != ',' && *c != '共' && *c != '联').collect();
    if desc.contains("智库") {
        for &o in run {
            set_think_tank(doc, doc.ent(o));
        }
    }
    for (ci, c) in doc.lex.countries.iter().enumerate() {
        if desc.starts_with(&format!("等{}", c.name)) {
            if let Some(ce) = doc.entity_of_lex(LexRef::Country(ci)) {
                for &o in run {
                    out.push(Relation::new(doc.ent(o), Predicate::LocatedIn, ce, s.si, "located_in.list-descriptor"));
                }
            }
        }
    }
}

/// An institution the text presents as a think tank: not a university, company or body the
/// lexicon knows, whose kind stays.
pub(crate) fn set_think_tank(doc: &mut Doc, e: usize) {
    let ent = &mut doc.entities[e];
    if ent.lex.is_none() && !matches!(ent.kind, Some(OrgKind::University | OrgKind::Company | OrgKind::Government | OrgKind::Media)) {
        ent.kind = Some(OrgKind::ThinkTank);
    }
}

/// Founders and members of a think-tank alliance (智库联盟) are think tanks.
fn mark_think_tanks(doc: &mut Doc, run: &[usize], alliance_mention: usize) {
    if doc.mentions[alliance_mention].label.contains("智库") {
        for &o in run {
            set_think_tank(doc, doc.ent(o));
        }
    }
}

/// Words that follow a body standing as the subject of the clauses after it.
const SUBJECT_FOLLOWERS: &[&str] = &["始终", "一直", "先后", "相继", "已", "曾", "牵头", "近年来", "多年来", "长期", "积极"];

/// 东岭大学始终坚持…,先后成立了A联盟、B联盟: the body that opens the clauses founded the
/// alliances listed after 成立了, when no other body or person stands between.
fn subject_founded(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let Some(v) = find_word(chars, s.start, s.end, "成立了") else { return };
    let alliances = doc.in_sentence(s.si, &[EntityType::Alliance]);
    let open = |k: usize| if chars.get(k) == Some(&'“') { k + 1 } else { k };
    let mut listed = Vec::new();
    let mut at = open(v + 3);
    while let Some(&a) = alliances.iter().find(|&&a| doc.mentions[a].start == at || doc.mentions[a].start + 1 == at) {
        listed.push(a);
        let mut e = doc.mentions[a].end;
        if chars.get(e) == Some(&'”') {
            e += 1;
        }
        if !matches!(chars.get(e), Some('、' | '和' | '及')) {
            break;
        }
        at = open(e + 1);
    }
    let people = doc.in_sentence(s.si, &[EntityType::Person]);
    let subject = s.institutions.iter().copied().filter(|&o| doc.mentions[o].end <= v).max_by_key(|&o| doc.mentions[o].end);
    let Some(subject) = subject.filter(|&o| {
        let e = doc.mentions[o].end;
        SUBJECT_FOLLOWERS.iter().any(|w| starts_with_at(chars, e, s.end, w)) && !people.iter().any(|&p| doc.mentions[p].start >= e && doc.mentions[p].end <= v) && !chars[e..v].contains(&'。')
    }) else { return };
    for &a in &listed {
        out.push(Relation::new(doc.ent(subject), Predicate::FoundingMember, doc.ent(a), s.si, "founding_member.subject-founded"));
    }
    if let Some(&a) = listed.first() {
        mark_think_tanks(doc, &[subject], a);
    }
}

/// A、B(…)加入该联盟: the alliance last named in the report, joined by the list before 加入.
fn joined_referred_alliance(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let mut from = s.start;
    while let Some(v) = find_word(chars, from, s.end, "加入") {
        from = v + 2;
        // (今年东岭大学加入,联盟成员增至9家: the clause after the verb speaks of the alliance's members)
        let members_grow = chars.get(v + 2) == Some(&',') && ["联盟成员", "成员增至", "成员单位增至"].iter().any(|w| find_word(chars, v + 3, s.end.min(v + 12), w).is_some());
        let refers = members_grow || ["该联盟", "本联盟", "该平台", "该网络", "联盟"].iter().any(|w| starts_with_at(chars, v + 2, s.end, w));
        let Some(alliance) = refers.then(|| doc.last_alliance_before(s.si, v)).flatten() else { continue };
        let Some((run, gap)) = doc.last_run_before(&s.institutions, v) else { continue };
        if gap.chars().count() <= 8 && !gap.contains([',', '。', ';', ':', '、']) && !noun_follows(&gap, LIST_END) {
            for &o in &run {
                out.push(Relation::new(doc.ent(o), Predicate::Member, alliance, s.si, "member.joined-referred-alliance"));
            }
            if doc.entities[alliance].label.contains("智库") {
                for &o in &run {
                    set_think_tank(doc, doc.ent(o));
                }
            }
        }
    }
}

/// 东岭大学牵头,与西河大学、北湖大学等共同作为联盟发起方: the bodies listed as the
/// initiators (and the one that leads them) founded the alliance last named.
fn listed_as_initiators(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let Some(k) = ["作为发起方", "作为发起单位", "作为共同发起方", "作为共同发起单位", "作为联盟发起方"].iter().find_map(|w| find_word(chars, s.start, s.end, w)) else { return };
    let Some((mut run, gap)) = doc.last_run_before(&s.institutions, k) else { return };
    if !matches!(gap.as_str(), "" | "等" | "共同" | "等共同" | "一起" | "等一起") {
        return;
    }
    if let Some(lead) = lead_before_list(doc, s, doc.mentions[run[0]].start) {
        run.insert(0, lead);
    }
    let Some(alliance) = doc.last_alliance_before(s.si, k) else { return };
    for &o in &run {
        out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, alliance, s.si, "founding_member.listed-as-initiators"));
    }
}

/// 中心去年入选为“东岭智库理事会理事单位”: the body the sentence opens on (by name, or by a
/// bare head word for the one the report names most) became a member unit of the alliance.
fn selected_as_member_unit(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const UNITS: &[&str] = &["理事单位", "成员单位", "会员单位", "成员"];
    let chars = doc.chars();
    let Some(v) = find_word(chars, s.start, s.end, "入选") else { return };
    let Some(&a) = doc.in_sentence(s.si, &[EntityType::Alliance]).iter().find(|&&a| {
        let m = &doc.mentions[a];
        if m.start < v + 2 {
            return false;
        }
        let lead: String = chars[v + 2..m.start].iter().collect();
        matches!(lead.as_str(), "" | "为" | "“" | "为“") && UNITS.iter().any(|u| starts_with_at(chars, m.end, s.end, u))
    }) else { return };
    let named = s.institutions.iter().copied().find(|&o| doc.mentions[o].start == s.start && doc.mentions[o].end <= v).map(|o| doc.ent(o));
    let bare = || ["中心", "研究院", "研究所", "学院"].iter().find(|h| starts_with_at(chars, s.start, v, h)).and_then(|h| doc.main_body_with_head_before(s.si, s.start, h));
    let Some(body) = named.or_else(bare) else { return };
    // (nothing else acts between the body and the verb)
    if s.institutions.iter().any(|&o| doc.mentions[o].start > s.start && doc.mentions[o].end <= v) || chars[s.start..v].contains(&',') {
        return;
    }
    out.push(Relation::new(body, Predicate::Member, doc.ent(a), s.si, "member.selected-as-member-unit"));
}

/// 西河研究中心作为成员之一也发起了该联盟: the body that opens the sentence founded the
/// alliance 该联盟 points back to (what stands between describes it, names no other body).
fn co_initiated_referred_alliance(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let Some(k) = find_word(chars, s.start, s.end, "该联盟") else { return };
    if !["发起了", "发起成立了", "发起"].iter().any(|v| ends_with_at(chars, k, s.start, v)) {
        return;
    }
    let Some(&subject) = s.institutions.iter().find(|&&o| doc.mentions[o].start == s.start && doc.mentions[o].end <= k) else { return };
    let between: String = chars[doc.mentions[subject].end..k].iter().collect();
    let other_body = s.institutions.iter().any(|&o| o != subject && doc.mentions[o].start < k);
    if other_body || between.contains([',', '，', '。', ';']) || between.chars().count() > 30 {
        return;
    }
    if let Some(alliance) = doc.last_alliance_before(s.si, k) {
        out.push(Relation::new(doc.ent(subject), Predicate::FoundingMember, alliance, s.si, "founding_member.co-initiated-referred-alliance"));
    }
}

/// 加入联盟的外方成员单位还包括A、B: the bodies listed after 包括 joined the alliance; a
/// modifier before one (与东岭大学合作办学的南川学院) names another body, no joiner.
fn included_among_joiners(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let Some(v) = find_word(chars, s.start, s.end, "加入") else { return };
    let refers = ["该联盟", "本联盟", "联盟"].iter().any(|w| starts_with_at(chars, v + 2, s.end, w));
    let named = doc.in_sentence(s.si, &[EntityType::Alliance]).into_iter().find(|&a| doc.mentions[a].start == v + 2).map(|a| doc.ent(a));
    let Some(alliance) = named.or_else(|| refers.then(|| doc.last_alliance_before(s.si, v)).flatten()) else { return };
    let Some(incl) = find_word(chars, v + 2, s.end.min(v + 30), "包括") else { return };
    let between: String = chars[v + 2..incl].iter().collect();
    if !between.contains("的") || !between.contains("成员") || between.contains([',', '。', ';']) {
        return;
    }
    let items: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start > incl).collect();
    // (与X合作办学的Y: X sits in Y's description)
    let in_modifier = |o: usize| chars[doc.mentions[o].start - 1] == '与' && (doc.mentions[o].end..s.end.min(doc.mentions[o].end + 12)).any(|k| chars[k] == '的');
    let Some(run) = doc.list_runs(&items.into_iter().filter(|&o| !in_modifier(o)).collect::<Vec<_>>()).into_iter().next() else { return };
    let (p, rule) = if founded_just_now(doc, s, alliance) { (Predicate::FoundingMember, "founding_member.included-among-joiners") } else { (Predicate::Member, "member.included-among-joiners") };
    for &o in &run {
        out.push(Relation::new(doc.ent(o), p, alliance, s.si, rule));
    }
}

/// Verbs that close a founders' list after 由: the alliance was initiated or founded by them.
const INITIATING: &[&str] = &["倡导并发起", "倡议并发起", "共同发起成立", "发起并成立", "发起成立", "共同发起", "联合发起", "发起", "共同创立", "创立", "共同组建", "组建", "共同成立", "联合成立", "成立", "牵头", "提出倡议", "倡议", "倡导", "共建", "创办"];

fn alliance_by_list(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let mut from = s.start;
    while let Some(by) = find_word(chars, from, s.end, "由") {
        from = by + 1;
        let Some((founders, verb_end)) = founders_after(doc, s, by) else { continue };
        let Some(alliance) = alliance_of(doc, s, by, verb_end) else { continue };
        for &o in &founders {
            out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, alliance, s.si, "founding_member.alliance-by-list"));
        }
        if doc.entities[alliance].label.contains("智库") {
            for &o in &founders {
                set_think_tank(doc, doc.ent(o));
            }
        }
    }
}

/// After 由: lists of institutions, each closed by an initiating verb or by the next list
/// (由A倡议,B、C共同发起), up to the last initiating verb of the clause. Returns the
/// institutions and where the last verb ends.
fn founders_after(doc: &Doc, s: &Sent, by: usize) -> Option<(Vec<usize>, usize)> {
    let chars = doc.chars();
    let items: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start > by).collect();
    if items.first().is_none_or(|&o| doc.mentions[o].start != by + 1) {
        return None;
    }
    let mut founders = Vec::new();
    let mut verb_end = None;
    let mut expect = by + 1;
    // (由A号召B、C、联合、D…: items no rule names stay inside the list)
    for run in runs_past_unknown_items(doc, doc.list_runs(&items)) {
        if doc.mentions[run[0]].start != expect {
            break;
        }
        let after = doc.mentions[*run.last()?].end;
        // (X联盟由A指导,B、C等院校牵头: a body that guides or supports is no founder)
        if let Some(w) = ["指导", "支持", "主管"].iter().find(|w| starts_with_at(chars, after, s.end, w) && chars.get(after + 2) == Some(&',')) {
            expect = after + w.chars().count() + 1;
            continue;
        }
        // (由A号召B、C共同成立, 由A号召11所大学共同成立: A called the others in; all found it)
        let called = ["号召", "联合", "携手", "会同"].iter().find(|w| starts_with_at(chars, after, s.end, w)).map(|w| after + w.chars().count());
        if let Some(next) = called.filter(|&k| items.iter().any(|&o| doc.mentions[o].start == k)) {
            founders.extend(run);
            expect = next;
            continue;
        }
        let Some(verb) = initiating_verb_after(chars, called.filter(|&k| counted_bodies_at(chars, k, s.end)).unwrap_or(after), s.end) else { break };
        founders.extend(run);
        verb_end = Some(verb);
        // 由A提出倡议,B、C共同发起: another list after a comma carries on the founders
        match chars.get(verb) {
            // (由A倡议,联合B、C共同发起: a verb of joining may open the next list)
            Some(',') => expect = verb + 1 + crate::recognize::JOINING_VERBS.iter().find(|w| starts_with_at(chars, verb + 1, s.end, w)).map_or(0, |w| w.chars().count()),
            _ => break,
        }
    }
    Some((founders, verb_end?))
}

/// An initiating verb after a list: right after it, after adverbs (共同, 联合, 最先), or after
/// what the list is (等七家单位, 七家单位, 等五所…高校). Returns where the verb ends.
fn initiating_verb_after(chars: &[char], after: usize, end: usize) -> Option<usize> {
    // (由A联合各方发出成立倡议: A calls for the alliance together with parties it leaves unnamed)
    if starts_with_at(chars, after, end, "联合") {
        let window = end.min(after + 20);
        let call = (after + 2..window).take_while(|&k| !matches!(chars[k], '。' | ';' | ',' | ':')).find_map(|k| ["发出成立倡议", "发出倡议", "提出成立倡议"].iter().find(|w| starts_with_at(chars, k, end, w)).map(|w| k + w.chars().count()));
        if call.is_some() {
            return call;
        }
    }
    // (由A、B、东岭对话共同发起: a last item no rule names leaves the founders before it)
    let opens = |k: usize| ["共同", "联合"].iter().chain(INITIATING).any(|w| starts_with_at(chars, k, end, w));
    let after = super::unnamed_item_end(chars, after, end, opens).unwrap_or(after);
    // (由东岭社科联(社科院)发起: the body's other name in brackets is still the body)
    let after = crate::recognize::past_bracket(chars, after, end, 12);
    // (由A与B在东岭组织框架内共同发起: the framework they act in stands before the verb)
    let after = if chars.get(after) == Some(&'在') {
        (after..end.min(after + 40)).find(|&k| ["框架内", "框架下"].iter().any(|w| starts_with_at(chars, k, end, w))).map_or(after, |k| k + 3)
    } else {
        after
    };
    // (…框架下,联合120家伙伴共同发起: others joined in, counted, not named)
    let after = if chars.get(after) == Some(&',') && starts_with_at(chars, after + 1, end, "联合") && chars.get(after + 3).is_some_and(|&c| is_numeral(c)) { after + 3 } else { after };
    // (…及E共五所高校共同发起: 共 before the count describes the list too)
    let describes = chars.get(after).is_some_and(|&c| c == '等' || is_numeral(c)) || chars.get(after) == Some(&'共') && chars.get(after + 1).is_some_and(|&c| is_numeral(c));
    let limit = end.min(after + if describes { 40 } else { 8 });
    for k in after..limit {
        if matches!(chars[k], '。' | ';' | ',' | ':') {
            return None;
        }
        if let Some(v) = INITIATING.iter().find(|v| starts_with_at(chars, k, end, v)) {
            let gap: String = chars[after..k].iter().collect();
            let adverbs = gap.is_empty() || gap.chars().count() <= 4 && ["共同", "联合", "最先", "首先", "率先", "发出", "正式"].iter().any(|w| gap.starts_with(w));
            return (describes || adverbs).then_some(k + v.chars().count());
        }
    }
    None
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "一二三四五六七八九十两百".contains(c)
}

/// The alliance a 由-list founded: named before 由 in the sentence (X联盟由…), referred to
/// (该联盟由…), or named right after the verb (由A共同发起的X联盟).
fn alliance_of(doc: &Doc, s: &Sent, by: usize, verb_end: usize) -> Option<usize> {
    let chars = doc.chars();
    let alliances = doc.in_sentence(s.si, &[EntityType::Alliance]);
    let right_after = alliances.iter().copied().find(|&a| {
        let m = &doc.mentions[a];
        m.start >= verb_end && m.start <= verb_end + 4 && chars[verb_end..m.start].iter().all(|c| matches!(c, '的' | '“'))
    });
    // (共同发起的东岭联盟9所高校: the league's bodies, counted, initiated the alliance the
    // report founds; the league is what they belong to)
    let counted = chars.get(verb_end) == Some(&'的') && (verb_end + 1..s.end.min(verb_end + 14)).take_while(|&k| !matches!(chars[k], ',' | '。' | '、')).any(|k| counted_bodies_at(chars, k, s.end));
    if counted {
        return founded_alliance_before(doc, s.si, by, right_after.map_or(usize::MAX, |a| doc.ent(a)));
    }
    if let Some(a) = right_after {
        return Some(doc.ent(a));
    }
    if let Some(&a) = alliances.iter().rev().find(|&&a| doc.mentions[a].end <= by) {
        return Some(doc.ent(a));
    }
    // (联盟是在教育部支持下,由A牵头,联合B共同发起成立的平台: the sentence is about the alliance)
    // (联盟于2022年在首届东岭大会上,由A…发出成立倡议: or opens it, with when and where)
    let about_it = ["联盟是", "该联盟是", "联盟于", "该联盟于", "联盟在", "该联盟在"].iter().any(|w| starts_with_at(chars, s.start, by, w));
    let refers = about_it || ["该联盟", "联盟", "该平台", "该中心", "该网络"].iter().any(|w| ends_with_at(chars, by, s.start, w));
    if refers {
        return doc.last_alliance_before(s.si, by);
    }
    None
}

/// `9所高校`, `七家单位` (after a closing quote too): a count of bodies.
fn counted_bodies_at(chars: &[char], at: usize, end: usize) -> bool {
    let at = if chars.get(at) == Some(&'”') { at + 1 } else { at };
    let digits = (at..end).take_while(|&k| is_numeral(chars[k])).count();
    let k = at + digits;
    digits > 0 && k < end && matches!(chars[k], '所' | '家' | '个') && ["高校", "大学", "单位", "智库", "机构", "院校"].iter().any(|w| starts_with_at(chars, k + 1, end, w))
}

/// The alliance a sentence of the report founds, named last before `pos` of sentence `si`
/// (in it or before it), other than `besides`.
fn founded_alliance_before(doc: &Doc, si: usize, pos: usize, besides: usize) -> Option<usize> {
    let named_before = |m: &crate::recognize::Mention| m.sentence < si || m.sentence == si && m.end <= pos;
    let found = doc.mentions.iter().enumerate().filter(|(mi, m)| m.ty == EntityType::Alliance && named_before(m) && doc.ent(*mi) != besides);
    found.filter(|(mi, _)| founded_in_report(doc, doc.ent(*mi))).max_by_key(|(_, m)| (m.sentence, m.start)).map(|(mi, _)| doc.ent(mi))
}

/// Headings of a list of an alliance's institutions: founders first, then members.
const FOUNDER_HEADINGS: &[&str] = &["共同发起单位", "发起单位", "发起机构", "发起高校", "创始成员单位", "创始成员", "创始单位", "首批成员单位", "首批成员"];
const MEMBER_HEADINGS: &[&str] = &["成员单位", "成员高校", "成员机构"];

/// 联盟发起单位:A、B, or a heading line (发起机构) with the list on the lines below it: the
/// institutions listed found (or join) the alliance last named in the report.
fn listed_under_heading(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    // “东岭大学联盟”成员包括…: the alliance named at the start, then the heading
    let named = doc.in_sentence(s.si, &[EntityType::Alliance]).into_iter().find(|&a| doc.mentions[a].start <= s.start + 1);
    let from = named.map_or(s.start, |a| {
        let e = doc.mentions[a].end;
        let e = if chars.get(e) == Some(&'”') { e + 1 } else { e };
        if chars.get(e) == Some(&'的') { e + 1 } else { e }
    });
    if members_after_colon(doc, s, out) {
        return;
    }
    alliance_clause_lists(doc, s, out);
    one_of_its_members_named_after(doc, s, out);
    if listed_before_count(doc, s, out) || represented_members(doc, s, out) {
        return;
    }
    let text: String = chars[from..s.end].iter().collect();
    let (heading, list_from) = match counted_heading(&text).or_else(|| inline_heading(&text, named.is_some())) {
        Some((h, k)) => (h, from + k),
        None => match heading_above(doc, s) {
            Some(h) => (h, s.start),
            None => return,
        },
    };
    let run: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start >= list_from).collect();
    let Some(run) = past_unknown_items(doc, doc.list_runs(&run)).filter(|r| r.len() >= 2) else { return };
    let Some(alliance) = named.map(|a| doc.ent(a)).or_else(|| doc.last_alliance_before(s.si, list_from)) else { return };
    // members listed in the report that founds the alliance were there at its founding
    let founders = FOUNDER_HEADINGS.contains(&heading) || (heading == "成员" || MEMBER_HEADINGS.contains(&heading)) && founded_in_report(doc, alliance);
    let (p, rule) = if founders { (Predicate::FoundingMember, "founding_member.listed-under-heading") } else { (Predicate::Member, "member.listed-under-heading") };
    for &o in &run {
        out.push(Relation::new(doc.ent(o), p, alliance, s.si, rule));
    }
}

/// 北湖大学、西岭研究院等12家理事会成员单位代表参会: the bodies listed before 等, a count of
/// them and a word for the alliance's member units are its members (founders when 首批 or 创始
/// says so, or in the report that founds it).
fn listed_before_count(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) -> bool {
    static COUNTED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = COUNTED.get_or_init(|| regex::Regex::new(r"^等[0-9一二两三四五六七八九十百余多]+(家|个|所)(首批|创始)?(理事会|理事)?(成员单位|成员|会员单位)").expect("a valid pattern"));
    let chars = doc.chars();
    let window = |k: usize| chars[k..s.end.min(k + 16)].iter().collect::<String>();
    let Some((deng, words)) = (s.start..s.end).filter(|&k| chars[k] == '等').map(|k| (k, window(k))).find(|(_, w)| re.is_match(w)) else { return false };
    let Some((run, glue)) = doc.last_run_before(&s.institutions, deng) else { return false };
    if !glue.is_empty() || run.len() < 2 {
        return false;
    }
    let Some(alliance) = doc.last_alliance_before(s.si, doc.mentions[run[0]].start) else { return false };
    let founders = words.contains("首批") || words.contains("创始") || founded_in_report(doc, alliance);
    let (p, rule) = if founders { (Predicate::FoundingMember, "founding_member.listed-under-heading") } else { (Predicate::Member, "member.listed-before-count") };
    for &o in &run {
        out.push(Relation::new(doc.ent(o), p, alliance, s.si, rule));
    }
    true
}

/// 北湖大学、西岭研究院等10所高校,…约40个理事成员单位的代表出席了会议: the bodies whose
/// representatives attend as member units, listed before that count, are the alliance's
/// members (founders in the report that founds it).
fn represented_members(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) -> bool {
    static REPRESENTED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = REPRESENTED.get_or_init(|| regex::Regex::new(r"(约|共|近|逾)?[0-9一二两三四五六七八九十百]+[余多]?(家|个|所)(理事会|理事)?(成员单位|会员单位)的代表(出席|参加|参会|与会)").expect("a valid pattern"));
    let text: String = doc.chars()[s.start..s.end].iter().collect();
    let Some(m) = re.find(&text) else { return false };
    let at = s.start + text[..m.start()].chars().count();
    let bodies: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].end <= at).collect();
    if bodies.len() < 2 {
        return false;
    }
    let Some(alliance) = doc.last_alliance_before(s.si, doc.mentions[bodies[0]].start) else { return false };
    let (p, rule) = if founded_in_report(doc, alliance) { (Predicate::FoundingMember, "founding_member.listed-under-heading") } else { (Predicate::Member, "member.listed-before-count") };
    for &o in &bodies {
        out.push(Relation::new(doc.ent(o), p, alliance, s.si, rule));
    }
    true
}

/// How a clause that opens with an alliance's name lists its institutions.
const CLAUSE_LINKS: &[&str] = &["成员则为", "成员则包括", "成员为", "成员包括", "成员有", "包括"];

/// 西河大学联盟成员则为A、B及C; 东联大系统包括A、B: a clause that opens with an alliance (its
/// short form may be followed by the name's last word) lists its institutions: members, or
/// founders where the report founds it.
fn alliance_clause_lists(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for a in doc.in_sentence(s.si, &[EntityType::Alliance]) {
        let m = &doc.mentions[a];
        let opens_clause = m.start == s.start || matches!(chars[m.start - 1], ',' | ';' | '“' | '\n');
        if !opens_clause {
            continue;
        }
        let mut e = if chars.get(m.end) == Some(&'”') { m.end + 1 } else { m.end };
        // (东联大系统: the short form, then the word its full name ends with)
        let label = &doc.entities[doc.ent(a)].label;
        if let Some(head) = ["系统", "联盟"].iter().find(|h| label.ends_with(**h) && !m.surface.ends_with(**h) && starts_with_at(chars, e, s.end, h)) {
            e += head.chars().count();
        }
        if chars.get(e) == Some(&'的') {
            e += 1;
        }
        // (东岭联盟由12所大学组成,包括A、B: the count, then the list)
        let made_of = starts_with_at(chars, e, s.end, "由").then(|| (e..s.end.min(e + 16)).find(|&k| starts_with_at(chars, k, s.end, "组成"))).flatten().map(|k| if chars.get(k + 2) == Some(&',') { k + 3 } else { k + 2 });
        let e = made_of.unwrap_or(e);
        let Some(link) = CLAUSE_LINKS.iter().find(|l| starts_with_at(chars, e, s.end, l)) else { continue };
        let list_from = e + link.chars().count();
        let items: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start >= list_from).collect();
        let Some(run) = doc.list_runs(&items).into_iter().next().filter(|r| r.len() >= 2 && doc.mentions[r[0]].start == list_from) else { continue };
        let alliance = doc.ent(a);
        let (p, rule) = if founded_in_report(doc, alliance) { (Predicate::FoundingMember, "founding_member.listed-under-heading") } else { (Predicate::Member, "member.alliance-clause-lists") };
        for &o in &run {
            out.push(Relation::new(doc.ent(o), p, alliance, s.si, rule));
        }
    }
}

/// 东岭联盟的合作单位之一,西河研究所研究员X…: the body named right after the comma is one of the
/// alliance's members.
fn one_of_its_members_named_after(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const ONE_OF: &[&str] = &["成员单位之一,", "合作单位之一,", "理事单位之一,", "会员单位之一,", "成员机构之一,", "成员之一,"];
    let chars = doc.chars();
    for a in doc.in_sentence(s.si, &[EntityType::Alliance]) {
        let m = &doc.mentions[a];
        let e = if chars.get(m.end) == Some(&'”') { m.end + 1 } else { m.end };
        let e = if chars.get(e) == Some(&'的') { e + 1 } else { e };
        let Some(one_of) = ONE_OF.iter().find(|w| starts_with_at(chars, e, s.end, w)) else { continue };
        let at = e + one_of.chars().count();
        let Some(&body) = s.institutions.iter().find(|&&o| doc.mentions[o].start == at) else { continue };
        let alliance = doc.ent(a);
        let (p, rule) = if founded_in_report(doc, alliance) { (Predicate::FoundingMember, "founding_member.listed-under-heading") } else { (Predicate::Member, "member.alliance-clause-lists") };
        out.push(Relation::new(doc.ent(body), p, alliance, s.si, rule));
    }
}

/// The first list of `runs`, going on past items no recogniser named (A、B会、C: 、, a few
/// characters, 、).
fn past_unknown_items(doc: &Doc, runs: Vec<Vec<usize>>) -> Option<Vec<usize>> {
    let mut runs = runs.into_iter();
    let mut list = runs.next()?;
    for next in runs {
        let gap: String = doc.chars()[doc.mentions[*list.last()?].end..doc.mentions[next[0]].start].iter().collect();
        if !unknown_items_between(&gap) {
            break;
        }
        list.extend(next);
    }
    Some(list)
}

/// `、会、` or `、联合、暨南、` between two listed bodies: items no recogniser named.
fn unknown_items_between(gap: &str) -> bool {
    let items = gap.strip_prefix('、').and_then(|g| g.strip_suffix('、'));
    items.is_some_and(|i| i.split('、').all(|i| (1..=8).contains(&i.chars().count()) && i.chars().all(crate::scan::is_cjk)))
}

/// Lists joined again past the items no recogniser named between them.
fn runs_past_unknown_items(doc: &Doc, runs: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let mut joined: Vec<Vec<usize>> = Vec::new();
    for run in runs {
        let gap = |prev: &Vec<usize>| -> String { prev.last().map_or(String::new(), |&l| doc.chars()[doc.mentions[l].end..doc.mentions[run[0]].start.max(doc.mentions[l].end)].iter().collect()) };
        match joined.last_mut() {
            Some(prev) if unknown_items_between(&gap(prev)) => prev.extend(run),
            _ => joined.push(run),
        }
    }
    joined
}

/// The heading word a clause opens with (after 联盟/该联盟/X联盟 and 的), followed by a colon,
/// 为 or 包括; returns it and where the list starts (in chars). A clause starts the sentence
/// or follows a comma or semicolon: 联盟在会上成立,联盟首批成员包括A、B.
fn inline_heading(text: &str, after_name: bool) -> Option<(&'static str, usize)> {
    let mut skipped = 0;
    for (k, clause) in text.split_inclusive([',', ';']).enumerate() {
        // 成员 alone needs an alliance before it: named at the start, or earlier in the sentence
        let named = after_name && k == 0 || k > 0 && text.chars().take(skipped).collect::<String>().contains("联盟");
        if let Some((h, at)) = clause_heading(clause, named) {
            return Some((h, skipped + at));
        }
        skipped += clause.chars().count();
    }
    None
}

/// 东岭联盟首期共有12家成员单位,分别是:A、B: the members counted, then listed (the first
/// term's or batch's are its founders). The heading and where the list starts (chars into `text`).
fn counted_heading(text: &str) -> Option<(&'static str, usize)> {
    crate::counted::counted_list(text).map(|l| (l.heading, l.list_from))
}

/// The heading a clause opens with and where its list starts (chars into the clause).
fn clause_heading(clause: &str, after_name: bool) -> Option<(&'static str, usize)> {
    // (上述联盟的具体成员单位有: the alliance referred back to, and what describes the list)
    let referred = ["上述", "此"].iter().find_map(|w| clause.strip_prefix(w).filter(|r| r.starts_with("联盟"))).unwrap_or(clause);
    let rest = ["该联盟的", "该联盟", "联盟的", "联盟", "其"].iter().find_map(|w| referred.strip_prefix(w)).unwrap_or(referred);
    let rest = rest.strip_prefix("具体").unwrap_or(rest);
    let skipped = clause.chars().count() - rest.chars().count();
    if let Some(at) = first_joiners_heading(rest) {
        return Some(("首批成员", skipped + at));
    }
    let bare: &[&'static str] = if after_name { &["成员"] } else { &[] };
    let Some(heading) = FOUNDER_HEADINGS.iter().chain(MEMBER_HEADINGS).chain(bare).find(|h| rest.starts_with(*h)) else {
        return described_members(clause, after_name);
    };
    let after = &rest[heading.len()..];
    let links: &[&str] = if *heading == "成员" { &["包括"] } else { &[":", "为", "包括", "有", "是"] };
    let link = links.iter().find(|l| after.starts_with(*l))?;
    Some((heading, skipped + heading.chars().count() + link.chars().count()))
}

/// 首批加入联盟的(单位)包括A、B: those who joined in the first batch are founders; where the
/// list starts (in chars), when `rest` opens so.
fn first_joiners_heading(rest: &str) -> Option<usize> {
    let after = ["首批加入", "第一批加入"].iter().find_map(|w| rest.strip_prefix(w))?;
    let after = ["该联盟", "联盟"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let after = after.strip_prefix('的').unwrap_or(after);
    let after = ["成员单位", "单位", "高校", "院校", "机构", "成员"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let link = ["包括", "有", "为", "是", ":"].iter().find(|l| after.starts_with(*l))?;
    Some(rest.chars().count() - after.chars().count() + link.chars().count())
}

/// X联盟的民间组织包括A、B: a short description of what the alliance holds, then 包括 — its
/// members (成员). `after_name`: the clause starts right after the alliance's name and 的.
fn described_members(clause: &str, after_name: bool) -> Option<(&'static str, usize)> {
    let at = if after_name { 0 } else { clause.find("联盟的")? + "联盟的".len() };
    let (what, _) = clause[at..].split_once("包括")?;
    let plain = (1..=6).contains(&what.chars().count()) && !what.contains(['“', '”', '、', ':', ',']);
    plain.then(|| ("成员", clause[..at].chars().count() + what.chars().count() + 2))
}

/// 东岭大学联盟(E9):(按拼音排列)A、B、C: a colon right after an alliance's name (and its
/// abbreviation) opens the list of its members, up to the next alliance named. Whether any
/// list was read.
fn members_after_colon(doc: &Doc, s: &Sent, out: &mut Vec<Relation>) -> bool {
    fn skip_note(t: &str) -> &str {
        if t.starts_with('(') { t.find(')').map_or(t, |k| &t[k + 1..]) } else { t }
    }
    let chars = doc.chars();
    let alliances = doc.in_sentence(s.si, &[EntityType::Alliance]);
    let mut any = false;
    for (k, &a) in alliances.iter().enumerate() {
        let end = doc.mentions[a].end;
        let until = alliances.get(k + 1).map_or(s.end, |&b| doc.mentions[b].start);
        if until < end {
            continue; // (two alliances read over each other)
        }
        let text: String = chars[end..until].iter().collect();
        let Some(rest) = skip_note(&text).strip_prefix(':').map(skip_note) else { continue };
        let list_from = end + text.chars().count() - rest.chars().count();
        let run: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start >= list_from && doc.mentions[o].end <= until).collect();
        let Some(run) = doc.list_runs(&run).into_iter().next().filter(|r| r.len() >= 2) else { continue };
        for &o in &run {
            out.push(Relation::new(doc.ent(o), Predicate::Member, doc.ent(a), s.si, "member.listed-under-heading"));
        }
        any = true;
    }
    any
}

/// 成立东岭联盟专家顾问团: a unit of the alliance named right after it (at `end`), what a
/// founding verb before then founds.
fn unit_named_after(chars: &[char], end: usize, limit: usize) -> bool {
    ["专家顾问团", "顾问团", "专家委员会", "秘书处", "理事会", "工作组", "分会", "专委会", "委员会"].iter().any(|u| starts_with_at(chars, end, limit, u))
}

/// Whether a sentence of the article founds the alliance (names it with 成立 or 发起).
fn founded_in_report(doc: &Doc, alliance: usize) -> bool {
    let chars = doc.chars();
    // (A与东岭联盟共同成立的华语中心: the verb founds the body after 的, not the alliance)
    let founds_another = |si: usize, v: usize| chars.get(v + 2) == Some(&'的') && doc.by_sentence[si].iter().any(|&o| doc.mentions[o].start == v + 3 && doc.ent(o) != alliance);
    // (…华语中心,在东岭大学正式成立: nor a verb another body stands before, after the alliance)
    // (东岭联盟在南川成立: a place between is where, no body)
    let body_between = |si: usize, a: usize, b: usize| doc.by_sentence[si].iter().any(|&o| doc.mentions[o].start >= a && doc.mentions[o].end <= b && !matches!(doc.mentions[o].ty, EntityType::Country | EntityType::Place) && doc.ent(o) != alliance);
    doc.mentions.iter().enumerate().filter(|(mi, m)| m.ty == EntityType::Alliance && doc.ent(*mi) == alliance).any(|(_, m)| {
        let s = &doc.layout.sentences[m.sentence];
        if unit_named_after(chars, m.end, s.end) {
            return false;
        }
        let its_own = |k: usize| if k >= m.end { !body_between(m.sentence, m.end, k) } else { !body_between(m.sentence, k + 2, m.start) };
        ["成立", "发起"].iter().any(|v| (s.start..s.end.saturating_sub(1)).any(|k| starts_with_at(chars, k, s.end, v) && !founds_another(m.sentence, k) && its_own(k)))
    })
}

/// 此次签署仪式共有21所大学参与,包括A、B…: the bodies counted at the signing or founding
/// of the alliance the report founds, then listed, founded it.
fn counted_at_founding(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    static COUNTED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = COUNTED.get_or_init(|| regex::Regex::new(r"(签署|签约|成立)[^,。;]{0,10}?(共有|共)?[0-9一二三四五六七八九十]+(所|家|个)[^,。;]{0,6}?(参与|参加)[,:]?(包括|分别是|分别为|为)[:]?").expect("a valid pattern"));
    let text: String = doc.chars()[s.start..s.end].iter().collect();
    let Some(m) = re.find(&text) else { return };
    let list_from = s.start + text[..m.end()].chars().count();
    let items: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start >= list_from).collect();
    let Some(run) = past_unknown_items(doc, doc.list_runs(&items)).filter(|r| r.len() >= 2 && doc.mentions[r[0]].start == list_from) else { return };
    let Some(alliance) = doc.main_alliance_before(s.si, list_from).filter(|&a| founded_in_report(doc, a)) else { return };
    for &o in &run {
        out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, alliance, s.si, "founding_member.counted-at-founding"));
    }
}

/// A line above the sentence that is nothing but a heading word (发起机构, 成员单位:).
fn heading_above(doc: &Doc, s: &Sent) -> Option<&'static str> {
    let prev = doc.layout.sentences.get(s.si.checked_sub(1)?)?;
    let line: String = doc.chars()[prev.start..prev.end].iter().collect();
    let line = line.trim().trim_end_matches(':');
    FOUNDER_HEADINGS.iter().chain(MEMBER_HEADINGS).find(|h| line == **h || line.strip_prefix("联盟") == Some(**h)).copied()
}

/// A document that founds a body, by its title: 《关于成立X的谅解备忘录》 founds X.
fn founded_by_title(title: &str) -> Option<&str> {
    let rest = ["关于共同成立", "关于成立", "关于组建", "关于共建", "关于建立"].iter().find_map(|w| title.strip_prefix(w))?;
    rest.rfind('的').map(|k| &rest[..k])
}

fn signed_founding_memorandum(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    for di in doc.in_sentence(s.si, &[EntityType::Document]) {
        let label = doc.entities[doc.ent(di)].label.clone();
        let Some(founded) = founded_by_title(&label) else { continue };
        let Some(alliance) = doc.entities.iter().position(|e| e.ty == EntityType::Alliance && (e.label == founded || e.aliases.contains(founded))) else { continue };
        let start = doc.mentions[di].start.saturating_sub(1);
        let Some((run, gap)) = doc.last_run_before(&s.institutions, start) else { continue };
        let signs = gap.contains("签署") || gap.contains("签订");
        if !signs || gap.contains('。') || gap.chars().count() > 40 {
            continue;
        }
        for &o in &run {
            out.push(Relation::new(doc.ent(o), Predicate::FoundingMember, alliance, s.si, "founding_member.signed-founding-memorandum"));
        }
    }
}

const BATCH: [&str; 5] = ["首批", "第一批", "创始", "首届", "第一届"];

fn past_batch(chars: &[char], pos: usize, end: usize) -> (usize, bool) {
    match BATCH.into_iter().find(|w| starts_with_at(chars, pos, end, w)) {
        Some(w) => (pos + w.chars().count(), true),
        None => (pos, false),
    }
}

/// Verbs that make a body a member: 成为, and the passive of an election or an admission.
const BECOME: &[&str] = &["成为", "被选为", "当选为", "被吸收为", "被接纳为", "是", "为"];
/// What a member is called after the alliance: 成员(单位), or its seat on the council.
const MEMBER_SEATS: &[&str] = &["成员", "常务理事单位", "副理事长单位", "理事长单位", "理事单位", "会员单位"];

/// A、B(已)成为(该联盟 | ALLIANCE)(的)(首批)成员(单位): founders when a first batch,
/// members otherwise; X…,2017年被选为ALLIANCE副理事长单位, X是…之一,是ALLIANCE成员: the body
/// the sentence is about.
fn became_member(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for verb in BECOME {
        let mut from = s.start;
        while let Some(v) = find_word(chars, from, s.end, verb) {
            let ve = v + verb.chars().count();
            from = ve;
            let Some((alliance, after)) = alliance_after_become(doc, s, v, ve) else { continue };
            let after = if chars.get(after) == Some(&'的') { after + 1 } else { after };
            let (past, batch_after) = past_batch(chars, after, s.end);
            // (the first batch or term, before the alliance's name or after it)
            let first_batch = batch_after || past_batch(chars, ve, s.end).1;
            let Some(seat) = MEMBER_SEATS.iter().find(|w| starts_with_at(chars, past, s.end, w)) else { continue };
            // (首批副理事长单位: the first holders of a council seat, founders only when the
            // report founds the alliance; a first batch of members founds it)
            let council_seat = seat.contains("理事");
            // 已, 也, 正式 …; or what the list is: 等企业, 等12家机构
            let listed = doc.last_run_before(&s.institutions, v).filter(|(_, gap)| {
                let adverbs = gap.chars().count() <= 4 && gap.chars().all(|c| "已经也均都正式先后相继陆续将".contains(c));
                let described = gap.starts_with('等') && gap.chars().count() <= 10 && !gap.contains([',', '。', ';', ':']);
                // (南川研究院2017年被选为…: the time between the body and its verb)
                let timed = gap.chars().count() <= 10 && gap.chars().all(|c| c.is_ascii_digit() || "年月日".contains(c));
                adverbs || described || timed && passive_verb(verb)
            });
            let Some(run) = listed.map(|(run, _)| run).or_else(|| passive_verb(verb).then(|| topic_of_passive(doc, s, v)).flatten().map(|t| vec![t])) else { continue };
            let at_founding = first_batch && !council_seat || founded_just_now(doc, s, alliance);
            let (p, rule) = if at_founding { (Predicate::FoundingMember, "founding_member.became-member") } else { (Predicate::Member, "member.became-member") };
            for &o in &run {
                out.push(Relation::new(doc.ent(o), p, alliance, s.si, rule));
            }
            if doc.entities[alliance].label.contains("智库") {
                for &o in &run {
                    set_think_tank(doc, doc.ent(o));
                }
            }
        }
    }
}

/// ALLIANCE…接纳A、B成为理事单位: the bodies the alliance admits, listed right after the verb
/// and closed by 成为/为 and a member's seat.
fn admitted_by_alliance(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for verb in ["接纳", "吸纳"] {
        let Some(v) = find_word(chars, s.start, s.end, verb) else { continue };
        let ve = v + 2;
        let after: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start >= ve).collect();
        let Some(run) = doc.list_runs(&after).into_iter().next().filter(|r| doc.mentions[r[0]].start == ve) else { continue };
        let end = doc.mentions[*run.last().unwrap_or(&run[0])].end;
        let seat_at = ["成为其", "成为", "为"].iter().find(|w| starts_with_at(chars, end, s.end, w)).map(|w| end + w.chars().count());
        if !seat_at.is_some_and(|k| MEMBER_SEATS.iter().any(|w| starts_with_at(chars, k, s.end, w))) {
            continue;
        }
        let Some(alliance) = alliance_named_by(doc, s, v) else { continue };
        for &o in &run {
            out.push(Relation::new(doc.ent(o), Predicate::Member, alliance, s.si, "member.admitted-by-alliance"));
            if doc.entities[alliance].label.contains("智库") {
                set_think_tank(doc, doc.ent(o));
            }
        }
    }
}

/// 东岭大学系统去年新增西河大学、南川大学及北湖大学3校: the bodies an alliance adds, closed
/// by their count or by 为(新)成员, are its members.
fn added_by_alliance(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    let Some(v) = find_word(chars, s.start, s.end, "新增") else { return };
    let ve = v + 2;
    let after: Vec<usize> = s.institutions.iter().copied().filter(|&o| doc.mentions[o].start >= ve).collect();
    let Some(run) = doc.list_runs(&after).into_iter().next().filter(|r| doc.mentions[r[0]].start == ve) else { return };
    let end = doc.mentions[*run.last().unwrap_or(&run[0])].end;
    let counted = counted_schools_at(chars, end, s.end);
    let seat = ["为新成员", "为成员", "成为成员", "为会员"].iter().any(|w| starts_with_at(chars, end, s.end, w));
    if !(counted || seat) {
        return;
    }
    let Some(alliance) = alliance_named_by(doc, s, v) else { return };
    for &o in &run {
        out.push(Relation::new(doc.ent(o), Predicate::Member, alliance, s.si, "member.added-by-alliance"));
    }
}

/// The alliance that acts at the verb at `v`: the last one its sentence names before it, or
/// the one the report named last.
fn alliance_named_by(doc: &Doc, s: &Sent, v: usize) -> Option<usize> {
    let named = doc.in_sentence(s.si, &[EntityType::Alliance]).into_iter().filter(|&a| doc.mentions[a].end <= v).last().map(|a| doc.ent(a));
    named.or_else(|| doc.last_alliance_before(s.si, v))
}

/// `4校`, `3所大学`, `两家单位` (after 等 too): a count of the bodies just listed.
fn counted_schools_at(chars: &[char], at: usize, end: usize) -> bool {
    let at = if chars.get(at) == Some(&'等') { at + 1 } else { at };
    let digits = (at..end).take_while(|&k| is_numeral(chars[k])).count();
    let k = at + digits;
    digits > 0 && (starts_with_at(chars, k, end, "校") || counted_bodies_at(chars, at, end))
}

fn passive_verb(verb: &str) -> bool {
    verb != "成为"
}

/// 东岭研究中心成立于2011年,…,2017年1月被选为…: the body that opens the sentence, when the
/// clause of the passive verb at `v` holds nothing but its time.
fn topic_of_passive(doc: &Doc, s: &Sent, v: usize) -> Option<usize> {
    let chars = doc.chars();
    let clause_start = (s.start..v).rev().find(|&k| matches!(chars[k], ',' | ';')).map_or(s.start, |k| k + 1);
    let timed = chars[clause_start..v].iter().all(|c| c.is_ascii_digit() || "年月日初底".contains(*c));
    let topic = s.institutions.iter().copied().find(|&i| doc.mentions[i].start == s.start)?;
    (timed && clause_start > doc.mentions[topic].end).then_some(topic)
}

/// A、B作为(两地)发起单位(代表): the bodies listed right before 作为 founded the alliance the
/// report named last, when the words after 作为 call them its initiators.
fn as_initiators(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    const INITIATORS: &[&str] = &["发起单位", "发起方", "发起高校", "发起机构", "发起成员", "创始单位", "创始成员"];
    let chars = doc.chars();
    let mut from = s.start;
    while let Some(v) = find_word(chars, from, s.end, "作为") {
        from = v + 2;
        let clause_end = (v..s.end).find(|&k| matches!(chars[k], ',' | ';' | '。' | ':')).unwrap_or(s.end);
        let seat_at = |words: &[&str]| (v + 2..clause_end.min(v + 16)).any(|k| words.iter().any(|w| starts_with_at(chars, k, clause_end, w)));
        // (作为联盟理事长单位: a seat on its council, held by a member)
        let (predicate, rule) = match (seat_at(INITIATORS), seat_at(&["成员单位", "常务理事单位", "副理事长单位", "理事长单位", "理事单位", "会员单位"])) {
            (true, _) => (Predicate::FoundingMember, "founding_member.as-initiators"),
            (false, true) => (Predicate::Member, "member.as-seat-holder"),
            _ => continue,
        };
        let Some((run, _)) = doc.last_run_before(&s.institutions, v).filter(|(_, gap)| gap.is_empty()) else { continue };
        let named = doc.in_sentence(s.si, &[EntityType::Alliance]).into_iter().find(|&a| doc.mentions[a].start > v && doc.mentions[a].end <= clause_end).map(|a| doc.ent(a));
        let Some(alliance) = named.or_else(|| doc.last_alliance_before(s.si, v)) else { continue };
        for &o in &run {
            out.push(Relation::new(doc.ent(o), predicate, alliance, s.si, rule));
        }
    }
}

/// After 成为 at `v`: the alliance named there, 该联盟 (the alliance last named in the
/// report), or 首批成员 of the alliance named in this sentence or the one before.
fn alliance_after_become(doc: &Doc, s: &Sent, v: usize, ve: usize) -> Option<(usize, usize)> {
    let chars = doc.chars();
    let alliances = doc.in_sentence(s.si, &[EntityType::Alliance]);
    // (成为第一届东岭联盟理事单位: the term or batch may come before the alliance's name)
    let (named_at, _) = past_batch(chars, ve, s.end);
    // (成为东岭部领导的“西河智库联盟”的成员单位: past the body that leads the alliance)
    let led_by = s.institutions.iter().find(|&&o| doc.mentions[o].start == ve).and_then(|&o| {
        let e = doc.mentions[o].end;
        ["领导的", "主导的", "牵头的", "指导的", "主管的"].iter().find(|w| starts_with_at(chars, e, s.end, w)).map(|w| e + w.chars().count())
    });
    let at_alliance = |a: usize| {
        let st = doc.mentions[a].start;
        // (是“东岭联盟”成员: the name in quotes)
        st == ve || st == named_at || st == ve + 1 && chars[ve] == '“' || led_by.is_some_and(|k| st == k || st == k + 1 && chars[k] == '“')
    };
    if let Some(&a) = alliances.iter().find(|&&a| at_alliance(a)) {
        let end = doc.mentions[a].end;
        return Some((doc.ent(a), if chars.get(end) == Some(&'”') { end + 1 } else { end }));
    }
    if matches!(chars.get(ve), Some('该' | '本')) {
        let t = doc.tokens[s.si].starting_at(ve + 1).filter(|t| t.has(|g| matches!(g, Tag::AllianceHead)))?;
        return Some((doc.last_alliance_before(s.si, v)?, t.end));
    }
    let just_named = alliances.iter().any(|&a| doc.mentions[a].end <= v)
        || s.si > 0 && doc.layout.sentences[s.si - 1].section == s.section && !doc.in_sentence(s.si - 1, &[EntityType::Alliance]).is_empty();
    // (…为联盟第一届理事单位,东岭大学为理事长单位: a council seat right after the verb is one
    // on the alliance just named)
    let seat_now = MEMBER_SEATS.iter().any(|w| w.ends_with("单位") && starts_with_at(chars, ve, s.end, w));
    if (past_batch(chars, ve, s.end).1 || seat_now) && just_named {
        return Some((doc.last_alliance_before(s.si, v)?, ve));
    }
    // (东岭联盟在南川成立。西河日报社成为联盟成员单位: 联盟 alone is the alliance just named)
    let bare = doc.tokens[s.si].starting_at(ve).filter(|t| t.has(|g| matches!(g, Tag::AllianceHead)) && chars[ve..t.end] == ['联', '盟']);
    match bare {
        Some(t) if just_named => Some((doc.last_alliance_before(s.si, v)?, t.end)),
        _ => None,
    }
}

/// Whether the alliance is founded in this sentence or the one before it: a body that becomes
/// its member then is one of its first members.
fn founded_just_now(doc: &Doc, s: &Sent, alliance: usize) -> bool {
    let first = doc.mentions.iter().enumerate().find(|(mi, m)| m.ty == EntityType::Alliance && doc.ent(*mi) == alliance).map(|(_, m)| m.sentence);
    // (a seat given in a report of the meeting that founds the alliance is a founder's)
    let at_its_founding = own_founding_meeting(doc, alliance).is_some();
    first.is_some_and(|si| si + 1 >= s.si) && founded_in_report(doc, alliance) || at_its_founding
}

/// An alliance founded in this sentence (a founding verb after it, founders before it) was
/// founded at the event named in the sentence (在X上, X期间), else at the report's event.
fn established_at(doc: &mut Doc, s: &Sent, out: &mut Vec<Relation>) {
    let chars = doc.chars();
    for ai in doc.in_sentence(s.si, &[EntityType::Alliance]) {
        let a = &doc.mentions[ai];
        // (X联盟(简称“联盟”)成立大会: the bracket defining its short form stands before the verb)
        // (or the bracket of its other name: 东岭协会(西河联盟)成立)
        let tail: String = chars[a.end..s.end.min(a.end + 24)].iter().collect();
        let rest = past_other_name(without_definition(&tail));
        let a_end = a.end + tail.chars().count() - rest.chars().count();
        // X联盟在会上正式成立: the meeting just reported
        let at_meeting = ["在会上", "在大会上", "在论坛上", "于会上"].iter().find(|w| starts_with_at(chars, a_end, s.end, w)).map(|w| w.chars().count());
        // (将迎来成立五周年, 成立四年多来: how long ago it was founded, no founding now)
        let verb_at = |w: &str| find_word(chars, a_end + at_meeting.unwrap_or(0), (a_end + at_meeting.unwrap_or(0) + 6).min(s.end), w);
        let founding_now = |w: &&str| verb_at(w).is_some_and(|k| !years_since(chars, k + w.chars().count(), s.end));
        let after_verb = ["正式成立", "宣告成立", "成立", "揭牌", "启动"].iter().any(founding_now);
        let verb_before = FOUNDING_VERBS.iter().filter(|v| **v != "加入").any(|v| ends_with_at(chars, a.start.saturating_sub(1), s.start, v) || ends_with_at(chars, a.start, s.start, v));
        let founders = founding_list(doc, s, ai).is_some_and(|(_, gap)| !joins(&gap));
        // (倡议成立“X联盟”, X联盟将成立: proposed or planned, not founded at the meeting)
        let near = |w: &&str| find_word(chars, a.start.saturating_sub(8).max(s.start), (a.end + 8).min(s.end), w).is_some();
        // (发出了成立X的倡议: the call to found it)
        let proposed = ["倡议成立", "提议成立", "建议成立", "拟成立", "将成立", "筹备成立", "筹建", "倡议建立", "倡议组建"].iter().any(near) || starts_with_at(chars, a.end, s.end, "的倡议");
        // (B发起的X联盟等机制: a clause saying who started it, long before the report's meeting)
        // (A、B组成的“X联盟”: the name's opening mark stands after 的)
        let opening = if a.start > s.start && chars[a.start - 1] == '“' { a.start - 1 } else { a.start };
        let attributive = opening > s.start && chars[opening - 1] == '的' && !["新成立", "刚成立", "正式成立", "宣告成立"].iter().any(|w| ends_with_at(chars, opening - 1, s.start, w));
        let unit_founded = unit_named_after(chars, a.end, s.end);
        if proposed || attributive && !after_verb || unit_founded {
            continue;
        }
        if let Some(ev) = later_event_of_founding(doc, s, ai) {
            out.push(Relation::new(doc.ent(ai), Predicate::EstablishedAt, doc.ent(ev), s.si, "established_at.event-in-sentence"));
            continue;
        }
        if !(after_verb || verb_before || founders) {
            continue;
        }
        let (here, rule) = match event_of_founding(doc, s, ai, at_meeting.is_some()) {
            Some(e) => (Some(e), "established_at.event-in-sentence"),
            None if founded_before_the_meeting(doc, s) => (None, "established_at.report-event"),
            None => (own_founding_meeting(doc, doc.ent(ai)).or(s.main_event), "established_at.report-event"),
        };
        if let Some(ev) = here {
            out.push(Relation::new(doc.ent(ai), Predicate::EstablishedAt, ev, s.si, rule));
            if let Some(host) = meeting_hosting_ceremony(doc, s, ev) {
                out.push(Relation::new(doc.ent(ai), Predicate::EstablishedAt, host, s.si, "established_at.meeting-hosting-ceremony"));
            }
        }
    }
}

/// `五周年`, `四年多来`, `10年来`, `以来` right after a founding verb: a time since it, not the act.
fn years_since(chars: &[char], at: usize, end: usize) -> bool {
    let digits = (at..end).take_while(|&k| is_numeral(chars[k])).count();
    let k = at + digits;
    starts_with_at(chars, at, end, "以来") || digits > 0 && ["周年", "年"].iter().any(|w| starts_with_at(chars, k, end, w))
}

/// X联盟成立仪式在东岭大会开幕式上举行: the meeting a founding ceremony is held at founds the
/// alliance too.
fn meeting_hosting_ceremony(doc: &Doc, s: &Sent, ceremony: usize) -> Option<usize> {
    let chars = doc.chars();
    if !doc.entities[ceremony].label.ends_with("仪式") {
        return None;
    }
    let events = doc.in_sentence(s.si, &[EntityType::Event]);
    let ceremony_end = events.iter().filter(|&&e| doc.ent(e) == ceremony).map(|&e| doc.mentions[e].end).min()?;
    // (在东岭座谈会上的讲话精神 before the ceremony: another meeting's words, no host)
    events.into_iter().filter(|&e| doc.ent(e) != ceremony && doc.mentions[e].start > ceremony_end).find(|&e| {
        let m = &doc.mentions[e];
        let held = |w: &&str| starts_with_at(chars, m.end, s.end, w) && ["举行", "举办", "隆重举行", "召开"].iter().any(|v| starts_with_at(chars, m.end + w.chars().count(), s.end, v));
        chars[m.start - 1] == '在' && ["开幕式上", "闭幕式上", "上", "期间"].iter().any(held)
    }).map(|e| doc.ent(e))
}

/// X工作会议暨X联盟成立大会: of the report's meetings, the one named for founding the alliance.
fn own_founding_meeting(doc: &Doc, alliance: usize) -> Option<usize> {
    let a = &doc.entities[alliance];
    (0..doc.entities.len()).find(|&e| {
        let ev = &doc.entities[e];
        // (东岭协会(西河联盟)成立暨…: the bracket of its other name may stand between)
        let rest = ev.label.strip_prefix(a.label.as_str()).map(past_other_name);
        ev.ty == EntityType::Event && rest.is_some_and(|rest| ["成立", "揭牌", "启动"].iter().any(|w| rest.starts_with(w)))
    })
}

/// What follows a body's name past the bracket of its other name (`(西河联盟)成立…`).
fn past_other_name(rest: &str) -> &str {
    rest.strip_prefix('(').and_then(|b| b.split_once(')')).filter(|(inner, _)| inner.chars().count() <= 14).map_or(rest, |(_, after)| after)
}

/// X联盟,…21日在东岭举行的Y大会上正式成立: the alliance opens the clause, and the event
/// after it has the founding verb right after 上.
fn later_event_of_founding(doc: &Doc, s: &Sent, ai: usize) -> Option<usize> {
    let chars = doc.chars();
    let a = &doc.mentions[ai];
    if !matches!(chars.get(a.end), Some(',' | '在' | '于')) {
        return None;
    }
    doc.in_sentence(s.si, &[EntityType::Event]).into_iter().find(|&e| {
        let m = &doc.mentions[e];
        let founded = ["上正式成立", "上宣告成立", "上成立"].iter().any(|w| starts_with_at(chars, m.end, s.end, w));
        let between = doc.in_sentence(s.si, &[EntityType::Alliance, EntityType::Organization]).into_iter().any(|o| doc.mentions[o].start > a.end && doc.mentions[o].end <= m.start);
        m.start > a.end && founded && !between
    })
}

/// Whether sentence `s` tells of a founding before the report's meeting: years ago (十年前,
/// 早在), in a year the meeting's name does not carry (东大于2015年与…共同创立X, reported at the
/// 2023 forum), or at a meeting that marks an anniversary (…十周年大会).
fn founded_before_the_meeting(doc: &Doc, s: &Sent) -> bool {
    let chars = doc.chars();
    let long_ago = find_word(chars, s.start, s.end, "年前").is_some() || find_word(chars, s.start, s.end, "早在").is_some();
    let Some(meeting) = s.main_event.map(|e| doc.entities[e].label.as_str()) else { return long_ago };
    let sentence: String = chars[s.start..s.end].iter().collect();
    let (said, held) = (years_in(&sentence), years_in(meeting));
    let other_year = !said.is_empty() && !held.is_empty() && !said.iter().any(|y| held.contains(y));
    // (联盟成立于2019年5月: a founding dated in a year, told as background)
    let dated = held.is_empty() && !said.is_empty() && ["成立于", "创立于", "组建于"].iter().any(|w| sentence.contains(w));
    long_ago || other_year || dated || meeting.contains("周年")
}

/// The years (19xx, 20xx) written in `text`.
fn years_in(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|y| y.len() == 4 && (y.starts_with("19") || y.starts_with("20"))).collect()
}

/// The event an alliance of sentence `s` was founded at: one named before it with 上 or 期间
/// after it (在X上), else one the sentence says was held (召开了X,…决定成立), else — when the
/// alliance was founded 在会上 — the meeting last named before it in the report.
fn event_of_founding(doc: &Doc, s: &Sent, ai: usize, at_meeting: bool) -> Option<usize> {
    let chars = doc.chars();
    let a = &doc.mentions[ai];
    let before: Vec<usize> = doc.in_sentence(s.si, &[EntityType::Event]).into_iter().filter(|&e| doc.mentions[e].end <= a.start).collect();
    // (响应在X对话会上提出的倡议,Y对话会上发起成立了Z: the meeting nearest the alliance)
    let on = before.iter().copied().rfind(|&e| {
        let m = &doc.mentions[e];
        // (在X座谈会上的讲话精神: words said at another meeting, not a founding there)
        ["上", "期间"].iter().any(|w| find_word(chars, m.end, (m.end + 3).min(s.end), w).is_some_and(|k| chars.get(k + w.chars().count()) != Some(&'的')))
    });
    let held = || {
        before.iter().copied().rfind(|&e| {
            let st = doc.mentions[e].start;
            ["召开了", "举行了", "举办了", "召开", "举办"].iter().any(|w| ends_with_at(chars, st, s.start, w))
        })
    };
    let last_meeting = || if at_meeting { doc.last_event_before(s.si, a.start) } else { None };
    on.or_else(held).map(|e| doc.ent(e)).or_else(last_meeting)
}

#[cfg(test)]
mod tests {
    use super::super::{facts_of, holds};

    #[test]
    fn founders_led_listed_as_initiators_and_referred_back_and_a_selected_member_unit() {
        // (A牵头,会同B、C: the leader founds it too; a body inside the meeting's name does not)
        let text = "为落实在哈萨克斯坦阿拉木图“湖光+”对话会上达成的共识,首届“东岭”智库大会上,由西河大学牵头,会同北湖大学、南川大学共同发起成立了“东岭”智库合作联盟。海川研究中心作为智库合作联盟成员之一也发起了该联盟。";
        let f = facts_of(text);
        for o in ["西河大学", "北湖大学", "南川大学", "海川研究中心"] {
            assert!(f.iter().any(|r| r.0 == o && r.1 == "founding_member" && r.2.contains("智库合作联盟")), "{o}: {f:?}");
        }
        assert!(!f.iter().any(|r| r.0.contains("湖光") && r.1 == "founding_member"), "{f:?}");
        // (the meeting nearest the alliance founds it; the quoted grouping's meeting met in the city)
        assert!(f.iter().any(|r| r.1 == "established_at" && r.2.starts_with("首届")), "{f:?}");
        assert!(f.iter().any(|r| r.0 == "“湖光+”对话会" && r.1 == "held_at" && r.2 == "阿拉木图"), "{f:?}");
        // (共同作为发起方, after the alliance named before)
        let f = facts_of("第二届对话会上发起成立了东岭智库合作联盟。该联盟其中包括西河大学牵头,与北湖大学、南川大学等共同作为发起方。");
        for o in ["西河大学", "北湖大学", "南川大学"] {
            assert!(holds(&f, o, "founding_member", "东岭智库合作联盟"), "{o}: {f:?}");
        }
        // (a bare 中心 opening the clause is the centre named before)
        let f = facts_of("西河大学海洋研究中心成立于2019年,中心主任为李华教授。中心去年入选为“海川智库合作理事会理事单位”。");
        assert!(holds(&f, "李华", "position", "西河大学海洋研究中心"), "{f:?}");
        assert!(holds(&f, "西河大学海洋研究中心", "member", "海川智库合作理事会"), "{f:?}");
        // (an alliance named before 入选 is no unit's, and reading it breaks nothing)
        let f = facts_of("东岭智库联盟成立。西河大学2023年入选国家重点实验室。");
        assert!(!f.iter().any(|r| r.1 == "member"), "{f:?}");
        // (hosts listed with an alliance whose name holds another body's)
        let f = facts_of("首届“东岭”智库大会在杭州开幕。此次大会由西河大学、北湖大学和上合组织海川智库理事会联合主办。");
        assert!(f.iter().any(|r| r.1 == "organizer" && r.2 == "上合组织海川智库理事会"), "{f:?}");
        assert!(f.iter().any(|r| r.1 == "organizer" && r.2 == "西河大学"), "{f:?}");
    }

    #[test]
    fn a_founder_with_its_other_name_in_brackets_and_a_kind_of_alliance_that_names_none() {
        let f = facts_of("东岭自贸智库联盟由东岭省社科联(社科院)发起倡议,并联合其他11个省市社会科学机构共同成立。");
        assert!(holds(&f, "东岭省社科联", "founding_member", "东岭自贸智库联盟"), "{f:?}");
        // 建设新型智库联盟: a describing word before the members' sector names a kind of alliance
        let f = facts_of("建设新型智库联盟,是完善新型智库体系的需要。各地积极建设高端智库联盟。");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_joiner_whose_clause_counts_the_members_and_a_dated_founding_is_background() {
        let text = "11月25日,“数聚东岭·智创明天”东岭湾区高校联盟路演活动在南川科教城举行。东岭湾区高校联盟成立于2019年5月,成员包括东岭大学、西河大学和北湖大学3所高校。今年南川大学加入,联盟成员增至4家。";
        let f = facts_of(text);
        assert!(holds(&f, "南川大学", "member", "东岭湾区高校联盟"), "{f:?}");
        assert!(!f.iter().any(|r| r.1 == "established_at"), "{f:?}");
        // the slogan opens the meeting's name, not the alliance's
        assert!(f.iter().any(|r| r.0.starts_with("“数聚东岭·智创明天”") && r.1 == "held_at"), "{f:?}");
    }

    #[test]
    fn founders_counted_before_zu_cheng_and_a_founding_meeting_before_an_alliance() {
        let f = facts_of("东岭大学与南川科技大学、北湖医学大学及西河海洋大学四校于2014年组成东岭联合大学系统(ELU)。");
        for u in ["东岭大学", "南川科技大学", "北湖医学大学", "西河海洋大学"] {
            assert!(holds(&f, u, "founding_member", "东岭联合大学系统"), "{u} {f:?}");
        }
        // the institute's founding meeting, then the alliance's own meeting: no founder
        let f = facts_of("东岭大学区域研究院成立大会暨第七届“海川高校区域研究联盟”年会筹备会在南川举行。东岭大学区域研究院的成立是一件大事。");
        assert!(!f.iter().any(|r| r.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn founders_joined_by_xie_shou_and_a_founding_with_chuang_li() {
        let f = facts_of("2015年,东岭大学携手来自共建国家的47所高校在南川发起成立“东岭高校联盟”。");
        assert!(holds(&f, "东岭大学", "founding_member", "东岭高校联盟"), "{f:?}");
        let f = facts_of("东岭理工大学(东理大)代表出席论坛。东理大于 2015 年与西河大学共同创立东岭大学联盟。");
        assert!(holds(&f, "西河大学", "founding_member", "东岭大学联盟"), "{f:?}");
        assert!(holds(&f, "东岭理工大学", "founding_member", "东岭大学联盟"), "{f:?}");
        assert!(!f.iter().any(|r| r.0.starts_with("创立") || r.2.starts_with("创立")), "{f:?}");
    }

    #[test]
    fn a_body_that_brings_the_founders_together_with_lian_he_founds_too() {
        let f = facts_of("十年前,东岭大学联合西河大学、北湖国立经济大学等47所高校,在南川发起成立东岭高校联盟。");
        for u in ["东岭大学", "西河大学", "北湖国立经济大学"] {
            assert!(holds(&f, u, "founding_member", "东岭高校联盟"), "{u} {f:?}");
        }
        assert!(!f.iter().any(|r| r.0.starts_with("联合")), "{f:?}");
    }

    #[test]
    fn an_alliance_founded_years_ago_was_not_founded_at_its_anniversary() {
        let text = "东岭高校联盟十周年大会\n\n9月22日,由东岭大学主办的“2025‘丝路’高校联盟十周年大会暨合作论坛”举行。十年前,东岭大学联合西河大学、北湖大学等47所高校,在南川发起成立东岭高校联盟。";
        let f = facts_of(text);
        assert!(holds(&f, "西河大学", "founding_member", "东岭高校联盟"), "{f:?}");
        assert!(!f.iter().any(|r| r.1 == "established_at"), "{f:?}");
        // (founded in a year the meeting's name does not hold: not at it)
        let f = facts_of("“2023 东岭大学联盟论坛”在西安举行。东岭大学于 2015 年与西河大学共同创立东岭大学联盟。");
        assert!(holds(&f, "西河大学", "founding_member", "东岭大学联盟") && !f.iter().any(|r| r.1 == "established_at"), "{f:?}");
        // (founded now: at the report's meeting)
        let f = facts_of("东岭合作论坛9月22日在南川举行。论坛上,东岭大学、西河大学共同发起成立东岭高校联盟。");
        assert!(holds(&f, "东岭高校联盟", "established_at", "东岭合作论坛"), "{f:?}");
    }

    #[test]
    fn one_of_an_alliance_s_members_named_after_it() {
        let f = facts_of("东岭智库交流与合作网络举办培训班。东岭智库交流与合作网络的合作单位之一,西河世界经济研究所研究员李华发言。");
        assert!(holds(&f, "西河世界经济研究所", "member", "东岭智库交流与合作网络"), "{f:?}");
    }

    #[test]
    fn a_clause_opening_with_an_alliance_lists_its_members() {
        let f = facts_of("东岭联合大学系统(东联大)主席王明出席会议。东联大系统包括东岭科技大学、东岭医学大学及东岭海洋大学,西河六国立大学联盟成员则为北湖大学、南川大学及海川大学。");
        for u in ["东岭科技大学", "东岭医学大学", "东岭海洋大学"] {
            assert!(holds(&f, u, "member", "东岭联合大学系统"), "{u} {f:?}");
        }
        for u in ["北湖大学", "南川大学", "海川大学"] {
            assert!(holds(&f, u, "member", "西河六国立大学联盟"), "{u} {f:?}");
        }
        // in a report that founds the alliance the listed members are its founders
        let f = facts_of("西河大学联盟9日在东岭成立,西河大学联盟成员包括北湖大学、南川大学。");
        assert!(holds(&f, "北湖大学", "founding_member", "西河大学联盟"), "{f:?}");
        // representatives of members attending, a clause not opened by the alliance, no list
        for text in ["西河大学联盟成立三年。西河大学联盟成员单位代表出席,北湖大学、南川大学发言。", "会上,他说西河大学联盟成员包括北湖大学、南川大学。", "西河大学联盟成立三年。西河大学联盟包括三个层次。"] {
            let f = facts_of(text);
            assert!(!f.iter().any(|r| r.1 == "member" || r.1 == "founding_member"), "{text} {f:?}");
        }
    }

    #[test]
    fn an_alliance_its_founders_name_after_it_and_a_last_founder_no_rule_names() {
        // the alliance unquoted before 由 and its founders' verb
        let f = facts_of("东岭智库联盟由东岭研究院、西河大学和北湖研究中心共同发起成立。");
        for o in ["东岭研究院", "西河大学", "北湖研究中心"] {
            assert!(holds(&f, o, "founding_member", "东岭智库联盟"), "{o}: {f:?}");
        }
        // a last item no rule names leaves the founders before it
        let f = facts_of("东岭智库联盟由东岭研究院、西河大学、海川对话共同发起成立。");
        assert!(holds(&f, "东岭研究院", "founding_member", "东岭智库联盟") && holds(&f, "西河大学", "founding_member", "东岭智库联盟"), "{f:?}");
        // run by a body, founded by none
        let f = facts_of("东岭智库联盟由东岭研究院负责日常运营。");
        assert!(!f.iter().any(|x| x.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn members_listed_after_the_alliance_s_name_in_the_report_that_founds_it() {
        let f = facts_of("27日,七个国家的51所高校在南川成立“东岭国家大学联盟”。“东岭国家大学联盟”成员包括哈萨克斯坦北湖大学、西河大学、南川大学等国内外高校。");
        for u in ["哈萨克斯坦北湖大学", "西河大学", "南川大学"] {
            assert!(holds(&f, u, "founding_member", "东岭国家大学联盟"), "{u}: {f:?}");
        }
        // in a later report they are members
        let f = facts_of("“东岭国家大学联盟”成员包括西河大学、南川大学等高校。");
        assert!(holds(&f, "西河大学", "member", "东岭国家大学联盟"), "{f:?}");
    }

    #[test]
    fn first_joiners_found_an_alliance_and_a_body_that_is_a_member_joined_it() {
        // 首批加入联盟的包括: founders, over a count that closes one part of the list
        let f = facts_of("“东岭农业教育联盟”成立大会22日在西河农业大学举行。联盟由西河农业大学发起,首批加入联盟的包括西河农业大学、南川农林科技大学等中国40所农林院校及吉尔吉斯斯坦国立农业大学、北湖大学等沿线30所院校。");
        for u in ["西河农业大学", "南川农林科技大学", "吉尔吉斯斯坦国立农业大学", "北湖大学"] {
            assert!(holds(&f, u, "founding_member", "东岭农业教育联盟"), "{u}: {f:?}");
        }
        // X是…之一,是“ALLIANCE”成员: the body the sentence opens with is a member
        let f = facts_of("北湖大学是30个“东岭培训中心”之一,是“东岭10+3大学联盟”成员。");
        assert!(holds(&f, "北湖大学", "member", "东岭10+3大学联盟"), "{f:?}");
        // (a list of guests closed by a count is no list of members)
        let f = facts_of("“东岭农业教育联盟”成立大会22日举行。西河农业大学等3所院校及北湖大学代表出席大会。");
        assert!(!f.iter().any(|x| x.1 == "founding_member" || x.1 == "member"), "{f:?}");
    }

    #[test]
    fn bodies_that_sign_to_ally_found_the_alliance_named_next() {
        let f = facts_of("东岭大学、西河大学、南川科技大学7日签约结盟,“东岭大学联盟”由此正式成立。");
        for u in ["东岭大学", "西河大学", "南川科技大学"] {
            assert!(holds(&f, u, "founding_member", "东岭大学联盟"), "{u}: {f:?}");
        }
    }

    #[test]
    fn an_alliance_founded_at_the_meeting_just_reported() {
        let f = facts_of("5月2日,东岭大学在西安举办了“海川高校合作交流会”,近百所高校响应的海川大学合作联盟在会上正式成立。");
        assert!(holds(&f, "海川大学合作联盟", "established_at", "海川高校合作交流会"), "{f:?}");
        // the meeting the sentence says was held, not the report's first
        let f = facts_of("南川论坛在北京开幕。6日,40所高校在西宁召开了东岭高端学术研讨会,并决定成立“西河高校战略联盟”。");
        assert!(holds(&f, "西河高校战略联盟", "established_at", "东岭高端学术研讨会"), "{f:?}");
        assert!(!holds(&f, "西河高校战略联盟", "established_at", "南川论坛"), "{f:?}");
    }

    #[test]
    fn a_heading_after_a_comma_opens_the_list() {
        let f = facts_of("5日,由西河日报社发起的南川高校创新联盟在滨海论坛上成立,联盟首批成员包括东岭大学、北湖大学等6所高校。");
        for u in ["东岭大学", "北湖大学"] {
            assert!(holds(&f, u, "founding_member", "南川高校创新联盟"), "{u}: {f:?}");
        }
        // what the alliance holds, described before 包括: its members
        for text in ["“海川智库合作联盟”的民间组织包括东岭基金会、南川研究院、北湖协会等。", "东岭大学加入海川智库合作联盟。海川智库合作联盟的民间组织包括东岭基金会、南川研究院、北湖协会等。"] {
            let f = facts_of(text);
            for o in ["东岭基金会", "南川研究院", "北湖协会"] {
                assert!(holds(&f, o, "member", "海川智库合作联盟"), "{o}: {f:?}");
            }
        }
        // (past an item no recogniser names)
        let f = facts_of("“海川智库合作联盟”的民间组织包括东岭基金会、海艺会、南川研究院等。");
        assert!(holds(&f, "南川研究院", "member", "海川智库合作联盟"), "{f:?}");
        // a list of guests after a comma is no list of members
        let f = facts_of("南川高校创新联盟举行年会,出席嘉宾包括东岭大学、北湖大学代表。");
        assert!(!f.iter().any(|x| x.1 == "member" || x.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn a_league_s_counted_universities_initiated_the_alliance_the_report_founds() {
        let text = "海川高校智库联盟成立大会在北京举行。该联盟由东岭大学提出倡议,联合多所高校共同发起,旨在发挥海川大学联盟优势。\
                    东岭大学校长李华介绍,由东岭大学提出倡议,西河大学、南川大学、北湖大学共同发起的海川联盟4所高校将做好三方面工作。";
        let f = facts_of(text);
        for o in ["东岭大学", "西河大学", "南川大学", "北湖大学"] {
            assert!(holds(&f, o, "founding_member", "海川高校智库联盟"), "{o}: {f:?}");
        }
        // the league whose strengths the alliance draws on was founded by no one here
        assert!(!f.iter().any(|x| x.1 == "founding_member" && x.2 == "海川大学联盟"), "{f:?}");
    }

    #[test]
    fn a_body_that_guides_an_alliance_is_no_founder_the_bodies_that_lead_it_are() {
        let f = facts_of("会议现场,中国—蒙古产教融合联盟揭牌成立。该联盟由东岭教育国际交流协会指导,南川农业职业技术大学、北湖农业大学等院校牵头,70多家国内外高校和企业共同参与成立。");
        for o in ["南川农业职业技术大学", "北湖农业大学"] {
            assert!(holds(&f, o, "founding_member", "中国—蒙古产教融合联盟"), "{o}: {f:?}");
        }
        assert!(!holds(&f, "东岭教育国际交流协会", "founding_member", "中国—蒙古产教融合联盟"), "{f:?}");
        // 首届 opens a meeting's name as 第一届 does
        let x = crate::extract::extract_text("首届中国—蒙古教育部长会议在乌鲁木齐举行。");
        assert!(x.entities.iter().any(|e| e.label == "首届中国—蒙古教育部长会议"), "{:?}", x.entities);
    }

    #[test]
    fn the_body_the_clauses_are_about_founded_the_alliances_listed_after_cheng_li_le() {
        let f = facts_of("他指出东岭大学始终坚持开放办学,充分发挥学科优势,先后成立了“海川”大学智库联盟、南川智库联盟,并成立了研究中心。");
        assert!(holds(&f, "东岭大学", "founding_member", "“海川”大学智库联盟"), "{f:?}");
        assert!(holds(&f, "东岭大学", "founding_member", "南川智库联盟"), "{f:?}");
        // a person in between is the one who acted: no founder is guessed
        let f = facts_of("东岭大学始终支持合作,校长李华先后成立了南川智库联盟。");
        assert!(!f.iter().any(|x| x.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn an_alliance_founded_by_a_list_after_you() {
        let f = facts_of("本报讯 “沿海数据智库联盟”由北川研究院、南湖发展研究中心和西岭大学东方研究院七家单位共同发起成立。");
        for org in ["北川研究院", "南湖发展研究中心", "西岭大学东方研究院"] {
            assert!(holds(&f, org, "founding_member", "沿海数据智库联盟"), "{org}: {f:?}");
        }
    }

    #[test]
    fn an_initiator_and_the_co_founders_after_a_comma() {
        let f = facts_of("会议宣布,海川高校智库联盟成立。该联盟由东岭大学提出倡议,南川大学、北湖大学共同发起,面向全国开放。");
        for org in ["东岭大学", "南川大学", "北湖大学"] {
            assert!(holds(&f, org, "founding_member", "海川高校智库联盟"), "{org}: {f:?}");
        }
    }

    #[test]
    fn founded_and_created_by_with_the_alliance_first() {
        let f = facts_of("“滨江高校合作联盟”于去年正式成立,由东岭大学、南川大学及北湖大学共同创立。");
        for org in ["东岭大学", "南川大学", "北湖大学"] {
            assert!(holds(&f, org, "founding_member", "滨江高校合作联盟"), "{org}: {f:?}");
        }
    }

    #[test]
    fn a_later_member_is_no_founder_and_attendees_found_nothing() {
        let f = facts_of("日前,东岭大学海洋研究院正式加入“沿海数据智库联盟”。北川研究院、南湖发展研究中心代表出席会议。");
        assert!(holds(&f, "东岭大学海洋研究院", "member", "沿海数据智库联盟"), "{f:?}");
        assert!(!holds(&f, "东岭大学海洋研究院", "founding_member", "沿海数据智库联盟"));
        assert!(!f.iter().any(|x| x.0 == "北川研究院" && x.1.contains("member")), "{f:?}");
    }

    #[test]
    fn a_quoted_body_that_is_an_object_joins_nothing() {
        let f = facts_of("李华感谢东岭大学承办“西河培训中心”各类研修班,表示东岭大学加入了“沿海数据智库联盟”。");
        assert!(!holds(&f, "西河培训中心", "member", "沿海数据智库联盟"), "{f:?}");
    }

    #[test]
    fn a_list_of_hosts_is_not_a_list_of_founders() {
        let f = facts_of("论坛由北川研究院和南湖发展研究中心联合主办,会上“沿海数据智库联盟”成立。");
        assert!(!f.iter().any(|x| x.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn members_listed_after_an_alliance_and_a_colon_and_a_committee_bodies_found() {
        let f = facts_of("※南川高校交流联盟(S7):(依笔划排列)东岭外语大学、西河医学大学、北湖师范大学 ※北湖高校合作联盟(N9):(依拼音排列)东岭理工大学、南川工业大学");
        for (org, alliance) in [("东岭外语大学", "南川高校交流联盟"), ("北湖师范大学", "南川高校交流联盟"), ("东岭理工大学", "北湖高校合作联盟"), ("南川工业大学", "北湖高校合作联盟")] {
            assert!(holds(&f, org, "member", alliance), "{org}: {f:?}");
        }
        assert!(!holds(&f, "东岭理工大学", "member", "南川高校交流联盟"), "{f:?}");
        let f = facts_of("4月24日,由东岭研究院联合15家中外智库共同发起的“海川”智库交流委员会在北京宣告成立。");
        assert!(holds(&f, "东岭研究院", "founding_member", "“海川”智库交流委员会"), "{f:?}");
    }

    #[test]
    fn founders_listed_before_more_members_described_but_not_named() {
        let f = super::super::facts_of("东岭大学、西河大学和南川大学等国内211、985高校,以及俄罗斯、韩国、乌克兰、土耳其、马来西亚等国家的高校决定成立“海川”高校战略联盟。");
        for o in ["东岭大学", "西河大学", "南川大学"] {
            assert!(super::super::holds(&f, o, "founding_member", "“海川”高校战略联盟"), "{o}: {f:?}");
        }
        // a clause between the list and the verb still breaks it
        let f = super::super::facts_of("东岭大学、西河大学等国内高校,于会上讨论了问题。北湖大学等五所高校决定成立“海川”高校战略联盟。");
        assert!(!super::super::holds(&f, "东岭大学", "founding_member", "“海川”高校战略联盟"), "{f:?}");
        assert!(super::super::holds(&f, "北湖大学", "founding_member", "“海川”高校战略联盟"), "{f:?}");
    }

    #[test]
    fn bodies_that_sign_the_alliance_itself_found_it_not_a_charter_or_a_deal_under_it() {
        let f = super::super::facts_of("东岭大学、日本西河大学、韩国南川大学近日签署“三湖大学合作联盟”,未来将推动学生交流。");
        for o in ["东岭大学", "日本西河大学", "韩国南川大学"] {
            assert!(super::super::holds(&f, o, "founding_member", "三湖大学合作联盟"), "{o}: {f:?}");
        }
        let f = super::super::facts_of("东岭大学与西河大学签署“三湖大学合作联盟”框架下的协议。");
        assert!(!f.iter().any(|x| x.1 == "founding_member"), "{f:?}");
        let f = super::super::facts_of("东岭大学、西河大学签署“三湖大学合作联盟”章程。");
        assert!(!f.iter().any(|x| x.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn bodies_that_sign_as_initiators_founded_the_alliance_named_before() {
        let f = super::super::facts_of("东岭西河高校联盟今天成立。东岭大学、西河大学作为发起单位,在会上递交了倡议书。南川大学作为观察员出席。");
        assert!(super::super::holds(&f, "东岭大学", "founding_member", "东岭西河高校联盟"), "{f:?}");
        assert!(super::super::holds(&f, "西河大学", "founding_member", "东岭西河高校联盟"), "{f:?}");
        assert!(!f.iter().any(|x| x.0 == "南川大学" && x.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn tasks_listed_before_a_founding_verb_found_nothing() {
        let f = facts_of("东岭大学已完成组建东岭研究院、加入西河大学联盟等重点任务,在海川建有示范园,牵头成立南川高校联盟。");
        assert!(!f.iter().any(|x| x.1 == "founding_member" && x.0 != "东岭大学"), "{f:?}");
        // a list of bodies closed by 等 and a kind of body still founds
        let f = facts_of("东岭大学、西河研究院等单位共同成立“南川高校联盟”。");
        assert!(holds(&f, "西河研究院", "founding_member", "南川高校联盟"), "{f:?}");
    }

    #[test]
    fn members_counted_then_listed_by_short_forms_and_a_centre_the_alliance_co_founds() {
        let f = facts_of("美国东岭大学系统与台湾西河学术联盟共同成立的华语文中心,在东岭大学正式成立。东岭大学系统与台湾西河学术联盟去年签署协议。西河学术联盟由台湾12所大学组成,包括南大、北大、海大。");
        for u in ["南大", "北大", "海大"] {
            assert!(holds(&f, u, "member", "台湾西河学术联盟"), "{u}: {f:?}");
            // (the founding in the report is the centre's, not the alliance's)
            assert!(!holds(&f, u, "founding_member", "台湾西河学术联盟"), "{u}: {f:?}");
        }
        // (the university system is one institution here, not a part of the alliance's name)
        assert!(f.iter().all(|r| !r.0.contains("系统与") && !r.2.contains("系统与")), "{f:?}");
        // (a list of short forms that follows no word of listing names none)
        assert!(!facts_of("南大、北大、海大的学生参加活动。东岭联盟由3所大学组成。").iter().any(|r| r.1 == "member"));
    }

    #[test]
    fn an_alliance_proposed_at_a_meeting_was_not_founded_there() {
        let f = facts_of("东岭大学在本次东岭数字论坛中承办分论坛,倡议成立“东岭数字高校联盟”。");
        assert!(!f.iter().any(|r| r.1 == "established_at"), "{f:?}");
        let f = facts_of("东岭大学在本次东岭数字论坛上发起成立“东岭数字高校联盟”。");
        assert!(holds(&f, "东岭数字高校联盟", "established_at", "东岭数字论坛"), "{f:?}");
    }

    #[test]
    fn a_later_clause_with_partners_of_its_own_a_founding_at_a_later_event_and_a_call_to_found() {
        // A在2016年与B和C共同发起X,并与区内多所高校成立了Y: all three found X, only A founds Y
        let f = facts_of("东岭大学在2016年与西河大学和北湖大学共同发起“东岭高校联盟”,并与区内多所高校成立了“东岭高校图书馆联盟”。");
        for u in ["东岭大学", "西河大学", "北湖大学"] {
            assert!(holds(&f, u, "founding_member", "东岭高校联盟"), "{u} {f:?}");
        }
        assert!(holds(&f, "东岭大学", "founding_member", "东岭高校图书馆联盟"), "{f:?}");
        assert!(!holds(&f, "西河大学", "founding_member", "东岭高校图书馆联盟"), "{f:?}");
        // X联盟,…在P举行的EVENT上正式成立: founded at the event after it
        let f = facts_of("首个东岭职教合作组织——东岭职业技术教育发展联盟,21日在南川举行的2024年东岭职业技术教育大会上正式成立。");
        assert!(holds(&f, "东岭职业技术教育发展联盟", "established_at", "2024年东岭职业技术教育大会"), "{f:?}");
        // 发出了成立X的倡议: a call to found it, no founding at that meeting
        let f = facts_of("在2022年举办的首届东岭职业技术教育大会上,东岭教育协会发出了成立东岭职业技术教育发展联盟的倡议。");
        assert!(!f.iter().any(|r| r.1 == "established_at"), "{f:?}");
        // 热议东岭组织成立X联盟的倡议: a proposal told as a noun names no founder; the body that
        // issued the call (发出了成立X联盟的倡议) initiated the alliance
        let f = facts_of("专家热议东岭合作组织成立东岭经济智库联盟的倡议。");
        assert!(!f.iter().any(|r| r.1 == "founding_member"), "{f:?}");
        // (东岭组织成立X联盟意义重大: the act judged, a plan more than a deed)
        let f = facts_of("专家表示,东岭合作组织成立东岭经济智库联盟意义重大、正当其时。");
        assert!(!f.iter().any(|r| r.1 == "founding_member"), "{f:?}");
        let f = facts_of("东岭教育协会联合各方,发出了成立东岭职业教育联盟的倡议。");
        assert!(holds(&f, "东岭教育协会", "founding_member", "东岭职业教育联盟"), "{f:?}");
        // 在X座谈会上的讲话精神: another meeting's words, not the founding's meeting
        let f = facts_of("为贯彻李华在东岭工作座谈会上的讲话精神,9月20日,东岭智库联盟成立仪式在南川召开。");
        assert!(!holds(&f, "东岭智库联盟", "established_at", "东岭工作座谈会"), "{f:?}");
        // X…,2017年1月被选为ALLIANCE副理事长单位: the body the sentence opens with is a member
        let f = facts_of("东岭大学区域研究中心成立于2011年3月,2013年被吸收为东岭经济研究会副会长单位,2017年1月被选为东岭外事局海川国家智库合作中方理事会副理事长单位。");
        assert!(f.iter().any(|r| r.0 == "东岭大学区域研究中心" && r.1 == "member" && r.2.ends_with("海川国家智库合作中方理事会")), "{f:?}");
        // (a clause with more than its time before the verb says nothing of the sentence's body)
        let f = facts_of("东岭大学区域研究中心成立于2011年3月,南川研究院2017年被选为海川国家智库合作理事会理事单位。");
        assert!(!f.iter().any(|r| r.0 == "东岭大学区域研究中心" && r.1 == "member"), "{f:?}");
        assert!(f.iter().any(|r| r.0 == "南川研究院" && r.1 == "member"), "{f:?}");
    }

    #[test]
    fn an_alliance_one_body_advocated_and_one_that_admits_a_member() {
        // 由A倡导并发起的X: A founded it
        let f = facts_of("今天,由东岭大学倡导并发起的“西河大学联盟”在南川成立。");
        assert!(holds(&f, "东岭大学", "founding_member", "西河大学联盟"), "{f:?}");
        // X(理事会)接纳A成为理事单位: A is a later member
        let f = facts_of("东岭智库合作联盟理事会于2015年12月正式接纳西河大学东北研究中心成为理事单位。");
        assert!(holds(&f, "西河大学东北研究中心", "member", "东岭智库合作联盟"), "{f:?}");
        // (admitting students or ideas names no member)
        let f = facts_of("东岭大学联盟成立后,各校接纳西河大学学生交流。");
        assert!(!f.iter().any(|x| x.1 == "member"), "{f:?}");
    }

    #[test]
    fn members_counted_then_listed_a_list_under_the_alliance_referred_back_and_university_stems() {
        // the first term's members counted, then listed: its founders
        let f = facts_of("5月,东岭创新联盟在海口揭牌成立。据悉,东岭创新联盟首期共有3家成员单位,分别是:海口东岭研究院、西河大学发展研究院、北湖集团。");
        for o in ["海口东岭研究院", "西河大学发展研究院", "北湖集团"] {
            assert!(holds(&f, o, "founding_member", "东岭创新联盟"), "{o} {f:?}");
        }
        // members counted in a report that founds nothing: members
        let f = facts_of("去年南川大学加入东岭创新联盟。东岭创新联盟现有2家成员单位,分别是:海口东岭研究院、西河大学发展研究院。");
        assert!(holds(&f, "海口东岭研究院", "member", "东岭创新联盟") && !holds(&f, "海口东岭研究院", "founding_member", "东岭创新联盟"), "{f:?}");
        // 上述联盟的具体成员单位有: in the report that founds it; 西河 is the 西河大学 it names in full
        let f = facts_of("近日,港大、西河等多所高校联合发起成立了“东岭基地联盟”。上述联盟的具体成员单位有:港大经济研究中心、西河大学发展研究院等2家基地。");
        for o in ["港大", "西河大学", "港大经济研究中心", "西河大学发展研究院"] {
            assert!(holds(&f, o, "founding_member", "东岭基地联盟"), "{o} {f:?}");
        }
        // (a stem that is no list item, or a place's name, is no university)
        let f = facts_of("西河精神得到弘扬。海南、西河大学等发起成立了“东岭基地联盟”。");
        assert!(!f.iter().any(|r| r.0 == "海南" || r.0 == "西河"), "{f:?}");
    }

    #[test]
    fn a_verb_with_its_own_object_before_the_comma_founds_no_alliance_after_it() {
        let f = facts_of("东岭大学先后成立了东岭智库联盟,并成立了南川研究中心、北湖研究中心等专门机构,与多所大学建立有友好合作关系,东岭智库联盟不断发展壮大。");
        assert!(!holds(&f, "南川研究中心", "founding_member", "东岭智库联盟") && !holds(&f, "北湖研究中心", "founding_member", "东岭智库联盟"), "{f:?}");
        assert!(holds(&f, "东岭大学", "founding_member", "东岭智库联盟"), "{f:?}");
    }

    #[test]
    fn bodies_listed_before_a_count_of_member_units_are_members() {
        let f = facts_of("2020年5月1日,东岭绿色会展联盟在南川召开首届理事会第一次全体会议。北湖流通促进中心、东岭连锁经营协会、西河展览有限公司等3家理事会成员单位代表参加。");
        for o in ["北湖流通促进中心", "东岭连锁经营协会", "西河展览有限公司"] {
            assert!(holds(&f, o, "member", "东岭绿色会展联盟"), "{o} {f:?}");
        }
        // 首批 says they were there at the founding
        let f = facts_of("东岭绿色会展联盟在南川召开大会。北湖流通促进中心、东岭连锁经营协会等2家首批成员单位代表参加。");
        assert!(holds(&f, "北湖流通促进中心", "founding_member", "东岭绿色会展联盟"), "{f:?}");
        // a count of delegates names no members
        let f = facts_of("东岭绿色会展联盟在南川召开大会。北湖流通促进中心、东岭连锁经营协会等2家单位代表参加。");
        assert!(!f.iter().any(|r| r.1 == "member" || r.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn the_outlet_of_a_dateline_founds_nothing() {
        let f = facts_of("西河经济网10月18日杭州讯 东岭会展联盟于10月17日在杭州成立,东岭会展联盟由各城市的会展办公室共同发起。");
        assert!(!f.iter().any(|r| r.0 == "西河经济网" && r.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn bodies_that_build_a_research_body_together_found_it() {
        let f = facts_of("东湖交大协同外交部、商务部、东岭研究院,牵手成立“海川经济带研究协同创新中心”。");
        for o in ["外交部", "商务部", "东岭研究院"] {
            assert!(holds(&f, o, "founding_member", "海川经济带研究协同创新中心"), "{o} {f:?}");
        }
        let f = facts_of("东岭石油大学与西河市委宣传部,、北湖外国语大学联合共建天山研究院。");
        for o in ["东岭石油大学", "西河市委宣传部", "北湖外国语大学"] {
            assert!(holds(&f, o, "founding_member", "天山研究院"), "{o} {f:?}");
        }
        // one body building its own centre founds no body with others
        let f = facts_of("东岭大学于2014年组建成立了海川研究中心。");
        assert!(!f.iter().any(|r| r.1 == "founding_member"), "{f:?}");
    }

    #[test]
    fn a_body_and_its_unit_become_members_of_an_alliance_a_ministry_leads() {
        let f = facts_of("目前,东岭发展研究院及其“海川”研究协同中心已经成为中共中央对外联络部领导的“海川”智库联盟的成员单位。");
        assert!(f.iter().filter(|r| r.1 == "member" && r.2.contains("智库联盟")).count() == 2, "{f:?}");
    }

    #[test]
    fn universities_counted_at_an_alliance_s_signing_founded_it_and_an_origin_clause_founds_nothing_here() {
        let f = facts_of("东岭大学今日举办「海川大联盟成立大会」,完成联盟合作备忘录签署。此次签署仪式共有3所大学参与,包括东岭大学、西河大学、南川大学。");
        for u in ["东岭大学", "西河大学", "南川大学"] {
            assert!(holds(&f, u, "founding_member", "海川大联盟"), "{u}: {f:?}");
        }
        // (counted at a meeting of an alliance the report does not found: no founders)
        let f = facts_of("海川大联盟年会举行。此次签署仪式共有3所大学参与,包括东岭大学、西河大学、南川大学。");
        assert!(!f.iter().any(|r| r.1 == "founding_member"), "{f:?}");
        let f = facts_of("11月28日,东岭部海川问题研究中心举办第一届海川论坛。论坛以及海研中心发起的“海川”智库合作联盟等机制搭建了平台。");
        assert!(holds(&f, "东岭部海川问题研究中心", "founding_member", "“海川”智库合作联盟"), "{f:?}");
        assert!(!f.iter().any(|r| r.1 == "established_at"), "{f:?}");
    }

    #[test]
    fn founders_of_an_alliance_the_sentence_is_about() {
        let f = facts_of("东岭高校合作联盟于本月十六日在东岭大学举行成立大会。联盟是在教育部大力支持下,由东岭大学牵头,联合西河大学及北湖大学共同发起成立的高校合作平台。");
        for o in ["东岭大学", "西河大学", "北湖大学"] {
            assert!(holds(&f, o, "founding_member", "东岭高校合作联盟"), "{o} {f:?}");
        }
        assert!(!holds(&f, "教育部", "founding_member", "东岭高校合作联盟"), "{f:?}");
    }

    #[test]
    fn the_first_holders_of_a_council_seat_after_the_founding_are_members() {
        let f = facts_of("东岭产业技术创新联盟(以下简称“联盟”)于2015年9月在北京成立。会上选举产生第一届理事会。其中,李华当选为联盟理事长,北湖大学、南川大学等为首批副理事长单位。");
        for o in ["北湖大学", "南川大学"] {
            assert!(holds(&f, o, "member", "东岭产业技术创新联盟"), "{o} {f:?}");
            assert!(!holds(&f, o, "founding_member", "东岭产业技术创新联盟"), "{o} {f:?}");
        }
    }

    #[test]
    fn bodies_called_in_by_a_founder_and_bodies_an_alliance_adds() {
        // (由A号召B、C、an unnamed item…等N所大学共同成立: all found it)
        let f = facts_of("“东岭大学系统”由东岭大学号召西教大、北体大、南川、海川大学等5所大学于2021年共同成立。去年新增北湖大学、西河大学及南湖大学3校,系统成员校扩增至8所。");
        for u in ["东岭大学", "西教大", "北体大", "海川大学"] {
            assert!(holds(&f, u, "founding_member", "东岭大学系统"), "{u} {f:?}");
        }
        for u in ["北湖大学", "西河大学", "南湖大学"] {
            assert!(holds(&f, u, "member", "东岭大学系统"), "{u} {f:?}");
            assert!(!holds(&f, u, "founding_member", "东岭大学系统"), "{u} {f:?}");
        }
        // (a count of universities after 号召: the one that called them in founded it)
        let f = facts_of("“东岭大学系统”2021年由东岭大学号召11所大学共同成立。");
        assert!(holds(&f, "东岭大学", "founding_member", "东岭大学系统"), "{f:?}");
        // (新增 with no count or seat after the list adds no member)
        let f = facts_of("“东岭大学系统”成立多年。今年新增西河大学交流项目。");
        assert!(!f.iter().any(|r| r.1 == "member"), "{f:?}");
    }

    #[test]
    fn bodies_that_compose_an_alliance_found_it_but_not_at_the_meeting_they_attend() {
        let f = facts_of("东岭大学、西河大学与南川大学组成的“北湖大学联盟”于四日共同参加在昆明举行的海川高教峰会。");
        for u in ["东岭大学", "西河大学", "南川大学"] {
            assert!(holds(&f, u, "founding_member", "北湖大学联盟"), "{u} {f:?}");
        }
        assert!(!f.iter().any(|r| r.1 == "established_at"), "{f:?}");
    }

    #[test]
    fn a_council_seat_held_by_a_body_and_an_anniversary_that_founds_nothing() {
        let f = facts_of("9日,海川国际智库合作委员会2030年理事会会议在昆明召开。西河通讯社作为委员会理事单位发言。海川国际智库合作委员会今年迎来成立十周年。");
        assert!(holds(&f, "西河通讯社", "member", "海川国际智库合作委员会"), "{f:?}");
        assert!(!f.iter().any(|r| r.1 == "established_at"), "{f:?}");
        // (作为 a founding unit: a founder, as before)
        let f = facts_of("东岭大学联盟在昆明成立。东岭大学、西河大学作为发起单位递交倡议书。");
        assert!(holds(&f, "西河大学", "founding_member", "东岭大学联盟"), "{f:?}");
    }
}
