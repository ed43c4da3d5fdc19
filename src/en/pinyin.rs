//! Chinese names written in pinyin (Wang Lei, Liu Xiaoming): a common family name, then a
//! given name of one or two syllables. English news runs such a name straight after the
//! body whose post it names (`Dean of the School of Marine Studies Zhou Ming`), so knowing its
//! shape tells where the body's name ends.

/// Common Chinese family names in pinyin (world knowledge: the most frequent surnames).
const SURNAMES: &[&str] = &[
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie",
    "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Su", "Wei", "Lyu",
    "Ding", "Ren", "Shen", "Yao", "Lu", "Jin", "Fu", "Zhong", "Cui", "Tan", "Liao", "Fan", "Wan", "Shi", "Qian", "Dai", "Xia", "Qiu", "Hou", "Zou", "Xiong", "Meng", "Qin",
    "Bai", "Jia", "Yan", "Xue", "Lei", "Long", "Duan", "Hao", "Kong", "Shao", "Mao", "Chang", "Wen", "Niu", "Fang", "Gu", "Qi", "Kang", "Lai", "Yin", "Hong", "Mo",
    "Gong", "Shang", "Ni", "Tao", "Jiao", "Zhai", "Qu", "Geng", "Bi", "Ouyang", "Sima", "Shangguan", "Zhuge", "Xiang", "Ge", "Guan", "Miao", "Lan", "Ji", "Ran", "Zuo",
    "Bao", "Chai", "Che", "Chu", "Dou", "Fei", "Gan", "Hua", "Huo", "Kou", "Lou", "Mu", "Nie", "Ning", "Ou", "Pang", "Pei", "Rao", "Sang", "Shan", "Tu", "Xin",
    "Yi", "Yue", "Zang", "Zhan", "Zhuang", "Zhuo", "Zong", "Xi",
];

const INITIALS: &[&str] = &["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""];

const FINALS: &[&str] = &[
    "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "van", "ai", "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui",
    "un", "ue", "ve", "yu", "a", "o", "e", "i", "u", "v",
];

/// Whether `word` (one capitalised word) is a Chinese family name in pinyin; written in
/// capitals too, as English pages set it before the given name (LIU Haiyan).
pub fn is_surname(word: &str) -> bool {
    let title_case = || word.chars().next().into_iter().chain(word.chars().skip(1).flat_map(char::to_lowercase)).collect::<String>();
    SURNAMES.contains(&word) || word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase()) && SURNAMES.contains(&title_case().as_str())
}

/// Whether `word` is a given name of one or two pinyin syllables (Lei, Xiaoming, Jin-hai).
pub fn is_given_name(word: &str) -> bool {
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_uppercase) || word.chars().count() > 12 {
        return false;
    }
    let lower = word.to_lowercase().replace(['-', '\''], "");
    lower.chars().all(|c| c.is_ascii_lowercase()) && (1..=2).contains(&syllable_count(&lower).unwrap_or(0))
}

/// `Wang Lei`, `Lyu Minghua`: a family name, then a given name.
pub fn is_chinese_name(family: &str, given: &str) -> bool {
    is_surname(family) && is_given_name(given)
}

/// The fewest syllables `s` splits into, if it splits at all.
fn syllable_count(s: &str) -> Option<usize> {
    let n = s.len();
    // best[k]: the fewest syllables that spell s[..k]
    let mut best: Vec<Option<usize>> = vec![None; n + 1];
    best[0] = Some(0);
    for k in 0..n {
        let Some(b) = best[k] else { continue };
        for len in 1..=6.min(n - k) {
            if is_syllable(&s[k..k + len]) && best[k + len].is_none_or(|x| x > b + 1) {
                best[k + len] = Some(b + 1);
            }
        }
    }
    best[n]
}

fn is_syllable(s: &str) -> bool {
    INITIALS.iter().any(|i| s.strip_prefix(i).is_some_and(|f| FINALS.contains(&f) && !(i.is_empty() && f.starts_with(['i', 'u', 'v'])))) || matches!(s, "zhi" | "chi" | "shi" | "ri" | "zi" | "ci" | "si")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pinyin_names() {
        assert!(is_chinese_name("Wang", "Lei"));
        assert!(is_chinese_name("Liu", "Xiaoming"));
        assert!(is_chinese_name("Zhou", "Ming"));
        assert!(is_chinese_name("Lyu", "Minghua"));
        assert!(is_chinese_name("Wang", "Jin-hai"));
    }

    #[test]
    fn other_words_are_no_pinyin_name() {
        // a field, an English word or a Kazakh name: no Chinese given name
        assert!(!is_chinese_name("Science", "Lei"));
        assert!(!is_chinese_name("Hu", "Exchanges"));
        assert!(!is_chinese_name("Li", "Technology"));
        assert!(!is_chinese_name("Kanat", "Tireuov"));
        // three syllables are more than a given name has
        assert!(!is_given_name("Xiaominghong"));
    }
}
