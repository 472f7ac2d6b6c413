//! Instruction counts of parse vs parse+classify (see benches/instructions.sh): repeatable under
//! valgrind whatever else the machine is doing. Usage: classify_instructions [parse|both] [LOOPS]
use casewatch::core::classify::{classify, Context};
use casewatch::core::mail::Mail;
use casewatch::core::rules::RuleSet;
fn main() {
    let both = std::env::args().nth(1).as_deref() == Some("both");
    let mut files: Vec<_> = ["tests/fixtures/core", "tests/fixtures/mail"]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap().map(|e| e.unwrap().path()))
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    let mails: Vec<Vec<u8>> = files.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let packs = vec![RuleSet::builtin()];
    let me = vec!["taro.yamada.dev@gmail.com".to_string()];
    let mut n = 0;
    let loops: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    for _ in 0..loops {
        for raw in &mails {
            if let Ok(m) = Mail::parse(raw) {
                if both {
                    n += classify(
                        &m,
                        &packs,
                        &Context {
                            me: &me,
                            thread_case: None,
                            recurring: None,
                        },
                    )
                    .why
                    .len();
                }
                n += m.text.len();
            }
        }
    }
    println!("{n}");
}
