//! Parse-only vs parse+classify over the fixture corpus (tests/fixtures/mail) and the example
//! thread. Issue #2's target: classifying adds at most 50% to parse-only time.
//! Run: `cargo bench --bench classify`; messages/second = corpus size / time per iteration.

use casewatch::core::classify::{classify, Context};
use casewatch::core::mail::Mail;
use casewatch::core::rules::RuleSet;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;

fn corpus() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let suites = std::fs::read_dir(root.join("tests/fixtures"))
        .into_iter()
        .flatten()
        .map(|e| e.unwrap().path());
    let mut files: Vec<PathBuf> = suites
        .chain([root.join("config/examples/aws-merge-thread")])
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn bench(c: &mut Criterion) {
    let mails = corpus();
    assert!(!mails.is_empty(), "no corpus");
    let packs = vec![RuleSet::builtin()];
    let me = vec!["taro.yamada.dev@gmail.com".to_string()];
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Elements(mails.len() as u64));
    g.bench_function("parse", |b| {
        b.iter(|| {
            for raw in &mails {
                std::hint::black_box(Mail::parse(raw).ok());
            }
        })
    });
    g.bench_function("parse+classify", |b| {
        b.iter(|| {
            for raw in &mails {
                if let Ok(m) = Mail::parse(raw) {
                    std::hint::black_box(classify(
                        &m,
                        &packs,
                        &Context {
                            me: &me,
                            thread_case: None,
                            recurring: None,
                        },
                    ));
                }
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
