//! Where the resident memory goes: RSS after each stage (Linux /proc/self/status).
use casewatch::core::rules::RuleSet;

fn rss() -> String {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    s.lines()
        .filter(|l| l.starts_with("RssAnon") || l.starts_with("RssFile"))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}

fn main() {
    println!("start: {}", rss());
    let rs = RuleSet::builtin();
    println!("rule pack compiled: {}", rss());
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail");
    let mut raws = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "eml") {
            raws.push(std::fs::read(p).unwrap());
        }
    }
    let packs = vec![rs];
    let me = vec!["taro.yamada.dev@gmail.com".to_string()];
    for raw in &raws {
        if let Ok(m) = casewatch::core::mail::Mail::parse(raw) {
            let ctx = casewatch::core::classify::Context {
                me: &me,
                thread_case: None,
                recurring: None,
            };
            let _ = casewatch::core::classify::classify(&m, &packs, &ctx);
        }
    }
    println!("after classifying {}: {}", raws.len(), rss());
}
