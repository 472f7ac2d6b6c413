//! A set of patterns that asks, for a piece of text, which of them match — at the cost of the
//! few that can.
//!
//! `regex::RegexSet` runs every pattern over every byte: with ~190 body-signal patterns its lazy
//! DFA builds a new, large state for nearly every byte of text it has not seen, so the first
//! mail after the caches were dropped (each sync pass starts with empty ones) cost ~4 ms per
//! 1,000 bytes, as slow as a PikeVM. Most patterns hold a literal that every match must
//! contain ("merged", "candidate", "保留"): one Aho-Corasick pass over the text names the
//! patterns whose literals occur (1–2 per sentence on the development corpora), and only those
//! are run, each alone, by one lazy DFA built over all of them with a start state per pattern.
//! Each search's states hold one pattern's NFA states, so they are small and cheap to build.
//! Patterns without such a literal are run on every text.
//!
//! The answers are exactly `RegexSet::matches`' (case-insensitive, multi-line patterns; the
//! text is NFKC-normalised, and a text holding one of the two non-ASCII letters that fold to
//! ASCII ones runs every pattern). A clone shares the automata and starts with no cache.

use aho_corasick::automaton::Automaton;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID};
use regex_syntax::hir::{Hir, HirKind};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// Literal sets larger than this are not worth a prefilter entry.
const MAX_LITERALS: usize = 64;

pub struct LiteralSet {
    dfa: DFA,
    /// The scanners this set's literals are in (its own, or shared with the other sets of a
    /// [`Hub`]); this set's patterns are numbered `base..base + len` there.
    scanners: Arc<OnceLock<Scanners>>,
    base: usize,
    /// Patterns with no required literal: run on every text.
    always: Vec<usize>,
    len: usize,
    /// Boxed: a search takes one out and puts it back, and a `Cache` is a few hundred bytes
    /// (moving it twice per search was ~3 % of classification's instructions).
    #[allow(clippy::vec_box)]
    caches: Mutex<Vec<Box<Cache>>>,
}

/// Every pattern's required literals, each once (ASCII case folded), in two scanners: the ASCII
/// ones, and those with other characters (only a text that is not all ASCII can hold them). One
/// automaton for both had ~170 byte classes (the UTF-8 bytes of the Japanese literals split the
/// alphabet), so its table was 1.7 MB for the body signals; split, the two are ~0.6 MB, and an
/// ASCII text is scanned once, by the ASCII one. The second is built on the first text that
/// can hold one of its literals: a mailbox without Japanese mail never holds its 1.3 MB.
struct Scanners {
    /// Tells one hub's scans from another's in the per-thread memo.
    id: u64,
    ascii: Scanner,
    wide: LazyScanner,
    /// Per literal, the patterns whose parts hold it; per pattern, its parts (see [`Hub`]).
    owners: Vec<Vec<usize>>,
    parts: Vec<Vec<Vec<usize>>>,
    /// The numbers of the two letters that fold to ASCII ones (`fold` and `fold + 1`).
    fold: usize,
}

/// Builds sets whose literals are scanned for in one pass per text, whichever set asks first:
/// a pack's ~20 sets are asked about the same sentences, and one scan over the union of their
/// literals costs about what one set's scan did. Call [`Hub::finish`] once every set is added.
#[derive(Default)]
pub struct Hub {
    scanners: Arc<OnceLock<Scanners>>,
    /// Every distinct literal (ASCII case folded) and its number.
    literals: std::collections::BTreeMap<Vec<u8>, usize>,
    /// Per literal: the patterns (numbered across the hub) one of whose parts holds it.
    owners: Vec<Vec<usize>>,
    /// Per pattern: its required parts, each the literals one of which every match holds.
    parts: Vec<Vec<Vec<usize>>>,
}

impl Hub {
    /// A set of `patterns` (see [`LiteralSet::new`]) whose literals join the hub's.
    pub fn add(
        &mut self,
        patterns: &[String],
        nfa_size_limit: usize,
    ) -> Result<LiteralSet, BuildError> {
        let base = self.parts.len();
        // each pattern's syntax tree, read once for both its anchoring and its literals
        let trees: Vec<Option<Hir>> = patterns.iter().map(|p| syntax_tree(p)).collect();
        let dfa = compile(patterns, &trees, nfa_size_limit)?;
        let mut always = Vec::new();
        for (i, tree) in trees.iter().enumerate() {
            let parts = tree.as_ref().map_or_else(Vec::new, required_parts_of);
            if parts.is_empty() {
                always.push(i);
            }
            // only the first part's literals name the pattern; the others confirm it
            let mut ids: Vec<Vec<usize>> = Vec::with_capacity(parts.len());
            for (k, part) in parts.into_iter().enumerate() {
                let owner = (k == 0).then_some(base + i);
                ids.push(part.into_iter().map(|l| self.literal(l, owner)).collect());
            }
            self.parts.push(ids);
        }
        Ok(LiteralSet {
            dfa,
            scanners: self.scanners.clone(),
            base,
            always,
            len: patterns.len(),
            caches: Mutex::new(Vec::new()),
        })
    }

    /// The number of `literal`, now owned by `pattern` too (if any).
    fn literal(&mut self, literal: Vec<u8>, pattern: Option<usize>) -> usize {
        let next = self.literals.len();
        let id = *self
            .literals
            .entry(literal.to_ascii_lowercase())
            .or_insert(next);
        if id == self.owners.len() {
            self.owners.push(Vec::new());
        }
        if let Some(p) = pattern.filter(|p| self.owners[id].last() != Some(p)) {
            self.owners[id].push(p);
        }
        id
    }

    /// Builds the shared scanners; the sets added answer from then on.
    pub fn finish(self) -> Result<(), BuildError> {
        let mut literals: Vec<(Vec<u8>, usize)> = self.literals.into_iter().collect();
        // ſ and K (Kelvin) fold to s and k: a literal "s" does not find them (NFKC text has
        // neither, but a caller may pass other text). Either in a text runs every pattern.
        let fold = literals.len();
        if !literals.is_empty() {
            for (i, c) in ["\u{17F}", "\u{212A}"].iter().enumerate() {
                literals.push((c.as_bytes().to_vec(), fold + i));
            }
        }
        let (ascii, wide): (Vec<_>, Vec<_>) = literals.into_iter().partition(|(l, _)| l.is_ascii());
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let scanners = Scanners {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            ascii: Scanner::new(ascii)?,
            wide: LazyScanner::new(wide),
            owners: self.owners,
            parts: self.parts,
            fold,
        };
        self.scanners
            .set(scanners)
            .map_err(|_| BuildError("the hub was finished twice".into()))
    }
}

/// Literals found in one overlapping scan.
struct Scanner {
    dfa: Option<aho_corasick::dfa::DFA>,
    /// `ids[i]` is the hub's number of the scanner's literal `i`.
    ids: Vec<usize>,
}

/// A [`Scanner`] built when first needed: on the first text holding the first two bytes of one
/// of its literals' first non-ASCII character (no other text can hold any of them; one byte
/// alone would not do: "’" and "–" start with the byte that starts the Kelvin sign).
struct LazyScanner {
    entries: Vec<(Vec<u8>, usize)>,
    /// A bit per byte pair: the first two bytes of each literal's first non-ASCII character.
    leads: Vec<u64>,
    /// `Err`: the automaton could not be built; every literal then counts as found (the
    /// patterns' own automaton still decides), so answers stay right, only slower.
    built: OnceLock<Result<Scanner, BuildError>>,
}

impl LazyScanner {
    fn new(entries: Vec<(Vec<u8>, usize)>) -> LazyScanner {
        let mut leads = vec![0u64; (1 << 16) / 64];
        for (l, _) in &entries {
            let pair = l
                .windows(2)
                .find(|w| !w[0].is_ascii())
                .map(|w| usize::from(w[0]) << 8 | usize::from(w[1]));
            match pair {
                Some(p) => leads[p / 64] |= 1 << (p % 64),
                // (the hub puts only literals with a non-ASCII character here)
                None => leads.iter_mut().for_each(|w| *w = u64::MAX),
            }
        }
        LazyScanner {
            entries,
            leads,
            built: OnceLock::new(),
        }
    }

    /// Whether `text` holds a byte pair that starts a literal.
    fn can_hold(&self, text: &str) -> bool {
        text.as_bytes().windows(2).any(|w| {
            let p = usize::from(w[0]) << 8 | usize::from(w[1]);
            !w[0].is_ascii() && self.leads[p / 64] & (1 << (p % 64)) != 0
        })
    }

    fn scan(&self, text: &str, mark: &mut impl FnMut(usize)) {
        if self.entries.is_empty() || text.is_ascii() || !self.can_hold(text) {
            return;
        }
        match self
            .built
            .get_or_init(|| Scanner::new(self.entries.clone()))
        {
            Ok(scanner) => scanner.scan(text, mark),
            Err(_) => self.entries.iter().for_each(|&(_, id)| mark(id)),
        }
    }
}

impl Scanner {
    fn new(entries: Vec<(Vec<u8>, usize)>) -> Result<Scanner, BuildError> {
        let (literals, ids): (Vec<Vec<u8>>, Vec<usize>) = entries.into_iter().unzip();
        let dfa = if literals.is_empty() {
            None
        } else {
            Some(
                aho_corasick::dfa::DFA::builder()
                    .ascii_case_insensitive(true)
                    // a few hundred short literals over a small alphabet: the DFA is small and
                    // the fastest to walk; every text is walked whole, so no prefilter
                    .prefilter(false)
                    .build(&literals)
                    .map_err(|e| BuildError(e.to_string()))?,
            )
        };
        Ok(Scanner { dfa, ids })
    }

    /// Calls `mark` with the number of every literal that occurs in `text`.
    fn scan(&self, text: &str, mark: &mut impl FnMut(usize)) {
        // The automaton is walked a byte at a time, and a match state's literals read off it:
        // what an overlapping search does, without its per-match call and bookkeeping (about
        // half the scan's cost on sentences, where short literals match every few bytes).
        let Some(dfa) = &self.dfa else { return };
        let Ok(mut sid) = dfa.start_state(aho_corasick::Anchored::No) else {
            return;
        };
        for &b in text.as_bytes() {
            sid = dfa.next_state(aho_corasick::Anchored::No, sid, b);
            if dfa.is_special(sid) && dfa.is_match(sid) {
                for i in 0..dfa.match_len(sid) {
                    mark(self.ids[dfa.match_pattern(sid, i).as_usize()]);
                }
            }
        }
    }
}

/// Why a set could not be built (the caller names the pattern at fault).
#[derive(Debug)]
pub struct BuildError(pub String);

impl LiteralSet {
    /// Compiles `patterns` (already in the regex crate's syntax) case-insensitively and
    /// multi-line. `nfa_size_limit` bounds the compiled automaton.
    pub fn new(patterns: &[String], nfa_size_limit: usize) -> Result<LiteralSet, BuildError> {
        let mut hub = Hub::default();
        let set = hub.add(patterns, nfa_size_limit)?;
        hub.finish()?;
        Ok(set)
    }

    /// The patterns that match somewhere in `text`, ascending.
    pub fn matches(&self, text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        self.matches_into(text, &mut out);
        out
    }

    /// [`LiteralSet::matches`] into `out` (cleared first), for a caller that asks about many
    /// texts in a row.
    pub fn matches_into(&self, text: &str, out: &mut Vec<usize>) {
        out.clear();
        self.search(text, |i| {
            out.push(i);
            true
        });
    }

    /// Whether any pattern matches in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let mut any = false;
        self.search(text, |_| {
            any = true;
            false
        });
        any
    }

    /// Calls `hit` with each matching pattern, ascending, while it returns true.
    fn search(&self, text: &str, mut hit: impl FnMut(usize) -> bool) {
        // A match cache is taken only for a text with candidates (most texts have none for
        // most sets).
        let mut cache: Option<Box<Cache>> = None;
        self.each_candidate(text, |i| {
            let c = cache.get_or_insert_with(|| {
                self.caches
                    .lock()
                    .ok()
                    .and_then(|mut c| c.pop())
                    .unwrap_or_else(|| Box::new(self.dfa.create_cache()))
            });
            !self.runs(c, text, i) || hit(i)
        });
        if let (Some(cache), Ok(mut c)) = (cache, self.caches.lock()) {
            c.push(cache);
        }
    }

    /// The patterns that can match `text`: those with a required literal in it, and those
    /// without one.
    #[cfg(test)]
    fn candidates(&self, text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        self.each_candidate(text, |i| {
            out.push(i);
            true
        });
        out
    }

    /// Calls `f` with each pattern that can match `text`, ascending, while it returns true.
    fn each_candidate(&self, text: &str, mut f: impl FnMut(usize) -> bool) {
        let Some(scanners) = self.scanners.get() else {
            // never finished: every pattern is a candidate
            for i in 0..self.len {
                if !f(i) {
                    return;
                }
            }
            return;
        };
        scanners.hits(text, |seen| {
            // the hub's bits in this set's range, merged with the patterns run on every text
            // (both ascending)
            let (lo, hi) = (self.base, self.base + self.len);
            let mut always = self.always.iter().copied().peekable();
            for w in lo / 64..hi.div_ceil(64) {
                let mut bits = seen.get(w).copied().unwrap_or(0);
                while bits != 0 {
                    let g = w * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    if !(lo..hi).contains(&g) {
                        continue;
                    }
                    while let Some(a) = always.next_if(|&a| a < g - lo) {
                        if !f(a) {
                            return;
                        }
                    }
                    always.next_if_eq(&(g - lo));
                    if !f(g - lo) {
                        return;
                    }
                }
            }
            for a in always {
                if !f(a) {
                    return;
                }
            }
        });
    }

    /// Whether pattern `i` matches somewhere in `text`.
    fn runs(&self, cache: &mut Cache, text: &str, i: usize) -> bool {
        let Some(pid) = PatternID::new(i).ok() else {
            return false;
        };
        let input = Input::new(text)
            .anchored(Anchored::Pattern(pid))
            .earliest(true);
        match self.dfa.try_search_fwd(cache, &input) {
            Ok(m) => m.is_some(),
            // The lazy DFA gives up only on a Unicode word boundary in non-ASCII text (packs
            // use ASCII ones); the PikeVM over the same NFA answers then.
            Err(_) => {
                let vm = thompson::pikevm::PikeVM::new_from_nfa(self.dfa.get_nfa().clone());
                match vm {
                    Ok(vm) => vm.is_match(&mut vm.create_cache(), input),
                    Err(_) => false,
                }
            }
        }
    }
}

impl Clone for LiteralSet {
    /// Shares the automata; the clone's cache starts empty (so a pass's match caches go with
    /// the pass).
    fn clone(&self) -> LiteralSet {
        LiteralSet {
            dfa: self.dfa.clone(),
            scanners: self.scanners.clone(),
            base: self.base,
            always: self.always.clone(),
            len: self.len,
            caches: Mutex::new(Vec::new()),
        }
    }
}

impl std::fmt::Debug for LiteralSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiteralSet")
            .field("patterns", &self.len)
            .field("without_literal", &self.always.len())
            .finish()
    }
}

/// Compiles `patterns` into one lazy DFA with a start state per pattern.
/// `trees[i]` is `patterns[i]`'s syntax tree, if it parsed ([`syntax_tree`]).
fn compile(
    patterns: &[String],
    trees: &[Option<Hir>],
    nfa_size_limit: usize,
) -> Result<DFA, BuildError> {
    // A leading lazy `.*` per pattern makes an anchored search for one pattern find it
    // anywhere, as an unanchored search would.
    // (Not for a pattern every match of which starts at the text's start, "\A…": the search
    // starts there, and without the prefix it ends after the few bytes that can match instead
    // of running on to the text's end.)
    let unanchored: Vec<String> = patterns
        .iter()
        .zip(trees)
        .map(|(p, tree)| {
            if tree.as_ref().is_some_and(at_start_only) {
                format!("(?:{p})")
            } else {
                format!("(?s:.)*?(?:{p})")
            }
        })
        .collect();
    let nfa = thompson::NFA::compiler()
        .syntax(
            syntax::Config::new()
                .case_insensitive(true)
                .multi_line(true),
        )
        .configure(
            thompson::Config::new()
                .which_captures(thompson::WhichCaptures::None)
                .nfa_size_limit(Some(nfa_size_limit)),
        )
        .build_many(&unanchored)
        .map_err(|e| BuildError(e.to_string()))?;
    DFA::builder()
        .configure(
            DFA::config()
                .starts_for_each_pattern(true)
                .match_kind(MatchKind::All)
                // Room for the states of every pattern a long import runs (the 2 MiB default
                // is cleared and rebuilt over and over there); only the states a pass builds
                // are allocated, and they go with the pass's clone.
                .cache_capacity(8 << 20)
                // A Unicode `\b` (packs use ASCII ones) makes the DFA give up on non-ASCII
                // text; the PikeVM answers then.
                .unicode_word_boundary(true),
        )
        .build_from_nfa(nfa)
        .map_err(|e| BuildError(e.to_string()))
}

/// A pattern's syntax tree (multi-line, as the sets compile it; case is folded by the scan),
/// or None when it does not parse (the compiler then names the error).
fn syntax_tree(pattern: &str) -> Option<Hir> {
    regex_syntax::ParserBuilder::new()
        .multi_line(true)
        .build()
        .parse(pattern)
        .ok()
}

/// Every match of the pattern starts at the start of the text (`\A`).
fn at_start_only(tree: &Hir) -> bool {
    tree.properties()
        .look_set_prefix()
        .contains(regex_syntax::hir::Look::Start)
}

/// The last texts scanned on this thread, with the hub patterns their literals name: the sets
/// of a hub are asked about the same sentence one after the other.
struct Memo {
    entries: Vec<(u64, String, Vec<u64>)>,
    /// The slot the next new text takes once the memo is full.
    next: usize,
    /// The slot asked last (asked first next time).
    last: usize,
}

const MEMO_ENTRIES: usize = 64;

thread_local! {
    static MEMO: std::cell::RefCell<Memo> = const {
        std::cell::RefCell::new(Memo { entries: Vec::new(), next: 0, last: 0 })
    };
}

impl Scanners {
    /// Calls `with` with the bitmap of hub patterns whose literals occur in `text`.
    fn hits(&self, text: &str, with: impl FnOnce(&[u64])) {
        let mut with = Some(with);
        let found = MEMO.try_with(|memo| {
            let Ok(mut memo) = memo.try_borrow_mut() else {
                return false;
            };
            let same = |(id, t, _): &(u64, String, Vec<u64>)| *id == self.id && t == text;
            let last = memo.last;
            let hit = match memo.entries.get(last) {
                Some(e) if same(e) => Some(last),
                _ => memo.entries.iter().position(same),
            };
            let slot = match hit {
                Some(i) => i,
                None => {
                    let slot = if memo.entries.len() < MEMO_ENTRIES {
                        memo.entries.push((0, String::new(), Vec::new()));
                        memo.entries.len() - 1
                    } else {
                        let s = memo.next;
                        memo.next = (s + 1) % MEMO_ENTRIES;
                        s
                    };
                    let (id, t, seen) = &mut memo.entries[slot];
                    *id = self.id;
                    t.clear();
                    t.push_str(text);
                    self.scan(text, seen);
                    slot
                }
            };
            memo.last = slot;
            if let Some(f) = with.take() {
                f(&memo.entries[slot].2);
            }
            true
        });
        if !found.unwrap_or(false) {
            if let Some(f) = with.take() {
                let mut seen = Vec::new();
                self.scan(text, &mut seen);
                f(&seen);
            }
        }
    }

    /// Marks in `seen` the patterns every part of which has a literal in `text`.
    fn scan(&self, text: &str, seen: &mut Vec<u64>) {
        thread_local! {
            static FOUND: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let scratch = FOUND.try_with(|f| f.try_borrow_mut().map(|mut f| std::mem::take(&mut *f)));
        let mut found = scratch.ok().and_then(Result::ok).unwrap_or_default();
        found.clear();
        found.resize((self.fold + 2).div_ceil(64), 0);
        self.mark_candidates(text, &mut found, seen);
        let _ = FOUND.try_with(|f| f.try_borrow_mut().map(|mut f| *f = found));
    }

    /// [`Scanners::scan`], with `found` (zeroed) for the literals found.
    fn mark_candidates(&self, text: &str, found: &mut [u64], seen: &mut Vec<u64>) {
        let mut mark = |i: usize| found[i / 64] |= 1 << (i % 64);
        self.ascii.scan(text, &mut mark);
        self.wide.scan(text, &mut mark);
        let has = |l: usize| found[l / 64] & (1 << (l % 64)) != 0;
        seen.clear();
        seen.resize(self.parts.len().div_ceil(64), 0);
        if has(self.fold) || has(self.fold + 1) {
            seen.iter_mut().for_each(|w| *w = u64::MAX);
            return;
        }
        for (w, &bits) in found.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let l = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                for &p in self.owners.get(l).into_iter().flatten() {
                    let done = seen[p / 64] & (1 << (p % 64)) != 0;
                    let confirmed = || {
                        self.parts[p][1..]
                            .iter()
                            .all(|part| part.iter().any(|&l| has(l)))
                    };
                    if !done && confirmed() {
                        seen[p / 64] |= 1 << (p % 64);
                    }
                }
            }
        }
    }
}

/// What every match of `pattern` contains: parts, each a set of literals one of which occurs
/// (compared ASCII-case-insensitively). A text lacking one part's literals cannot match. Parts
/// whose literals the scan could miss or would find everywhere are left out.
#[cfg(test)]
fn required_parts(pattern: &str) -> Vec<BTreeSet<Vec<u8>>> {
    syntax_tree(pattern).map_or_else(Vec::new, |h| required_parts_of(&h))
}

/// [`required_parts`] of a parsed pattern.
fn required_parts_of(hir: &Hir) -> Vec<BTreeSet<Vec<u8>>> {
    let usable = |l: &Vec<u8>| {
        // one character is too common to filter on, unless it is punctuation ("?"); a
        // non-ASCII letter with case has variants the ASCII-only folding would miss
        (l.len() >= 2 || l.first().is_some_and(u8::is_ascii_punctuation))
            && std::str::from_utf8(l).is_ok_and(|s| {
                s.chars()
                    .all(|c| c.is_ascii() || c.to_lowercase().eq(c.to_uppercase()))
            })
    };
    let mut parts: Vec<_> = parts(hir)
        .into_iter()
        .filter(|part| !part.is_empty() && part.iter().all(usable))
        .collect();
    // The most selective part first (the one whose shortest literal is longest): it alone
    // names the pattern as a candidate; the others confirm. Short words ("you", "if") are
    // everywhere: scanning for them to confirm costs more than the runs they would save.
    parts.sort_by_key(|s| std::cmp::Reverse(selectivity(s)));
    let mut parts = parts.into_iter();
    let first = parts.next();
    first
        .into_iter()
        .chain(parts.filter(|s| shortest(s) >= CONFIRMING))
        .collect()
}

/// The shortest literal a part other than the first must have to be scanned for.
const CONFIRMING: usize = 3;

/// The required parts of `h`: each element of a concatenation is one; an alternation is one
/// part, the union of each branch's most selective part.
fn parts(h: &Hir) -> Vec<BTreeSet<Vec<u8>>> {
    match h.kind() {
        HirKind::Literal(l) => vec![[l.0.to_vec()].into_iter().collect()],
        HirKind::Repetition(r) if r.min >= 1 => parts(&r.sub),
        HirKind::Capture(c) => parts(&c.sub),
        HirKind::Concat(elements) => elements.iter().flat_map(parts).collect(),
        HirKind::Alternation(_) => required(h).into_iter().collect(),
        _ => Vec::new(),
    }
}

fn required(h: &Hir) -> Option<BTreeSet<Vec<u8>>> {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) | HirKind::Class(_) => None,
        HirKind::Literal(l) => Some([l.0.to_vec()].into_iter().collect()),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Repetition(_) => None,
        HirKind::Capture(c) => required(&c.sub),
        // Any one part's literals will do: the part whose shortest literal is longest.
        HirKind::Concat(parts) => parts.iter().filter_map(required).max_by_key(selectivity),
        HirKind::Alternation(branches) => {
            let mut all = BTreeSet::new();
            for b in branches {
                all.extend(required(b)?);
            }
            (all.len() <= MAX_LITERALS).then_some(all)
        }
    }
}

/// How few texts a part's literals are likely to occur in, for picking the part that names a
/// pattern: no word of everyday prose ("your", "the": in nearly every sentence support writes)
/// first, then the longest shortest literal, then the fewest literals.
fn selectivity(s: &BTreeSet<Vec<u8>>) -> (bool, usize, std::cmp::Reverse<usize>) {
    const EVERYWHERE: &[&[u8]] = &[
        b"you", b"your", b"the", b"and", b"for", b"with", b"this", b"that", b"have", b"are",
        b"was", b"will", b"can", b"not", b"our", b"any", b"all", b"please", b"from", b"would",
        b"could", b"here", b"there", b"they", b"what", b"which", b"is", b"to", b"in", b"on", b"it",
        b"we", b"case", b"account", b"request", b"support",
    ];
    let common = s
        .iter()
        .any(|l| EVERYWHERE.iter().any(|w| l.eq_ignore_ascii_case(w)));
    (!common, shortest(s), std::cmp::Reverse(s.len()))
}

fn shortest(s: &BTreeSet<Vec<u8>>) -> usize {
    s.iter().map(Vec::len).min().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_pattern_anchored_at_the_start_in_every_branch_is_run_from_there_alone() {
        let anchored = |p: &str| syntax_tree(p).is_some_and(|h| at_start_only(&h));
        assert!(anchored(r"\A\s*(?:the\s+)?merge"));
        assert!(anchored(r"\A(?:done|merged)"));
        assert!(!anchored(r"\A\s*ok\b|\bfine\b"));
        assert!(!anchored(r"^\s*done"));
        assert!(!anchored(r"merged"));
    }

    fn set(patterns: &[&str]) -> LiteralSet {
        let p: Vec<String> = patterns.iter().map(|s| s.to_string()).collect();
        LiteralSet::new(&p, 1 << 24).unwrap()
    }

    #[test]
    fn answers_like_a_regex_set() {
        let patterns = [
            r"\bmerged\b",
            r"(?:we|I)\s+(?:need|require)\s+your",
            r"[0-9]{3}",
            r"保留",
            r"^\s*done\s*$",
            r"\bcase\s+(?:is|was)\s+closed\b",
            // (run without the search's leading `.*?`: only at the text's start)
            r"\A\s*(?:the\s+)?merge\s+is\s+done",
            r"\A\s*ok\b|\bfine\s+by\s+me\b",
        ];
        let ls = set(&patterns);
        let rs = regex::RegexSetBuilder::new(patterns)
            .case_insensitive(true)
            .multi_line(true)
            .build()
            .unwrap();
        for text in [
            "The accounts were MERGED today.",
            "We need your candidate ID 123.",
            "本件は保留となっております",
            "  Done  ",
            "merged\nDone",
            "The Case was closed",
            "nothing here",
            "unmerged",
            "ſome text with the Kelvin sign: K",
            // ASCII literals in text that is not all ASCII (both scanners run)
            "アカウントは MERGED されました",
            "保留: the case was closed",
            "保留",
            "  The merge is done.",
            "Yes: the merge is done.",
            "ok then",
            "that is fine by me",
            "Not ok",
        ] {
            let want: Vec<usize> = rs.matches(text).iter().collect();
            assert_eq!(ls.matches(text), want, "{text:?}");
            assert_eq!(ls.is_match(text), !want.is_empty(), "{text:?}");
        }
    }

    #[test]
    fn sets_of_one_hub_answer_as_they_would_alone() {
        let a = [r"\bmerged\b", r"保留", r"[0-9]{3}"];
        let b = [r"\bmerge\b", r"(?:on|put)\s+hold", r"\bcase\s+closed\b"];
        let owned = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let mut hub = Hub::default();
        let ha = hub.add(&owned(&a), 1 << 24).unwrap();
        let hb = hub.add(&owned(&b), 1 << 24).unwrap();
        hub.finish().unwrap();
        let (la, lb) = (set(&a), set(&b));
        // the same texts, asked of each set in turn (the second ask is answered from the scan
        // the first made), then again in another order
        let texts = [
            "merged and on hold: case closed",
            "merge 123",
            "保留",
            "nothing",
            "merged and on hold: case closed",
        ];
        for t in texts.iter().chain(texts.iter().rev()) {
            assert_eq!(ha.matches(t), la.matches(t), "{t:?}");
            assert_eq!(hb.matches(t), lb.matches(t), "{t:?}");
            assert_eq!(hb.is_match(t), lb.is_match(t), "{t:?}");
        }
        assert_eq!(hb.matches("merged and on hold: case closed"), vec![1, 2]);
        assert_eq!(ha.matches("merged and on hold: case closed"), vec![0]);
    }

    #[test]
    fn the_scanner_of_non_ascii_literals_is_built_only_for_text_that_can_hold_them() {
        let ls = set(&[r"\bmerged\b", r"保留", r"アカウント統合"]);
        let built = || {
            let scanners = ls.scanners.get().unwrap();
            scanners.wide.built.get().is_some()
        };
        // ASCII text, and text whose only non-ASCII characters start no literal (é, ’)
        assert_eq!(ls.matches("merged"), vec![0]);
        assert_eq!(ls.matches("café – it’s merged"), vec![0]);
        assert!(
            !built(),
            "built for text that cannot hold a Japanese literal"
        );
        assert_eq!(ls.matches("保留中です。merged"), vec![0, 1]);
        assert!(built());
        assert_eq!(ls.matches("アカウント統合の件"), vec![2]);
    }

    #[test]
    fn a_scanner_that_could_not_be_built_finds_every_literal() {
        let entries = vec![
            ("保留".as_bytes().to_vec(), 3),
            ("統合".as_bytes().to_vec(), 7),
        ];
        let lazy = LazyScanner::new(entries);
        let _ = lazy.built.set(Err(BuildError("too big".into())));
        let mut found = Vec::new();
        lazy.scan("保留中", &mut |i| found.push(i));
        assert_eq!(found, vec![3, 7], "every literal counts as found");
        found.clear();
        lazy.scan("café merged", &mut |i| found.push(i));
        assert!(
            found.is_empty(),
            "a text that cannot hold one still finds none"
        );
    }

    #[test]
    fn only_patterns_whose_literals_occur_are_candidates() {
        let ls = set(&[r"\bmerged\b", r"(?:on|put)\s+hold", r"[0-9]+"]);
        assert_eq!(ls.candidates("The merge is on HOLD"), vec![1, 2]);
        assert_eq!(ls.candidates("Merged."), vec![0, 2]);
        // the literals of other scripts are looked for only in text that holds other scripts
        let ls = set(&[r"\bmerged\b", r"保留", r"[0-9]+"]);
        assert_eq!(ls.candidates("merged 保留"), vec![0, 1, 2]);
        assert_eq!(ls.candidates("保留"), vec![1, 2]);
        assert_eq!(ls.candidates("merged"), vec![0, 2]);
    }

    #[test]
    fn every_required_part_is_kept_and_unusable_ones_dropped() {
        let parts = |p: &str| {
            required_parts(p)
                .into_iter()
                .map(|s| {
                    s.into_iter()
                        .map(|l| String::from_utf8(l).unwrap())
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        // "I" is one letter: its alternation is no part; the others all are
        assert_eq!(
            parts(r"\b(?:we|I)\s+(?:need|require)\s+you"),
            vec![
                vec!["need".to_string(), "require".into()],
                vec!["you".into()]
            ]
        );
        assert_eq!(parts(r"(?:foo)?bar"), vec![vec!["bar".to_string()]]);
        assert_eq!(parts(r"why\?"), vec![vec!["why?".to_string()]]);
        assert_eq!(parts(r"\?"), vec![vec!["?".to_string()]]);
        assert!(parts(r"[a-z]+\s*x?").is_empty());
        // one branch without a literal: no part
        assert!(parts(r"merged|\d+").is_empty());
        assert!(parts(r"Éclair").is_empty());
        // a text with one part's literal but not the other's is no candidate
        let ls = set(&[r"\bif\s+you\b[^.]*\bquestions?\b", r"\?"]);
        assert_eq!(ls.candidates("If you have questions, write."), vec![0]);
        assert_eq!(
            ls.candidates("If you are leaving, write."),
            Vec::<usize>::new()
        );
        assert_eq!(ls.candidates("Any questions?"), vec![1]);
    }
}
