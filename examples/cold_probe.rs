//! What classifying one new mail costs the daemon: each sync pass classifies with a fresh clone
//! of the rules (empty match caches), so the first mail after a quiet spell pays for building
//! the caches. Prints the median and mean time of a cold classification (a fresh clone per mail)
//! and of a warm one (the same clone for every mail) over the fixture and corpus mails.
//! Run: `cargo run --release --example cold_probe [DIR...]`
use casewatch::core::classify::{classify, Context};
use casewatch::core::mail::Mail;
use casewatch::core::rules::RuleSet;
use std::time::Instant;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    if dirs.is_empty() {
        dirs.push(root.join("tests/fixtures/mail"));
    }
    let mut raws = Vec::new();
    for d in &dirs {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "eml") {
                raws.push(std::fs::read(p).unwrap());
            }
        }
    }
    let mails: Vec<Mail> = raws.iter().filter_map(|r| Mail::parse(r).ok()).collect();
    let base = RuleSet::builtin();
    let me = vec!["taro.yamada.dev@gmail.com".to_string()];
    let ctx = Context {
        me: &me,
        thread_case: None,
        recurring: None,
    };
    // Statics built on first use (quote patterns and the like) live as long as the process, as
    // in the daemon: build them once with a clone that is then dropped.
    {
        let packs = vec![base.clone()];
        for m in &mails {
            classify(m, &packs, &ctx);
        }
    }
    let mut cold = Vec::new();
    // COLD_REPEAT=N repeats the cold round (for a profiler).
    let repeat: usize = std::env::var("COLD_REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    for m in mails.iter().cycle().take(mails.len() * repeat) {
        let packs = vec![base.clone()];
        let t = Instant::now();
        std::hint::black_box(classify(m, &packs, &ctx));
        cold.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let packs = vec![base.clone()];
    for m in &mails {
        classify(m, &packs, &ctx);
    }
    let mut warm = Vec::new();
    for m in &mails {
        let t = Instant::now();
        std::hint::black_box(classify(m, &packs, &ctx));
        warm.push(t.elapsed().as_secs_f64() * 1e3);
    }
    for (name, mut v) in [("cold", cold), ("warm", warm)] {
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!(
            "{name}: {} mails, median {:.2} ms, p90 {:.2} ms, mean {:.2} ms",
            v.len(),
            v[v.len() / 2],
            v[v.len() * 9 / 10],
            mean
        );
    }
}
