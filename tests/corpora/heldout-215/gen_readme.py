# Writes README.md from the registry (called by gen.py).
import os
from collections import Counter
import gen_part0 as P

HEAD = """me: {me_p} {me_c}

# Blind corpus blind-215 - Khoa Tran's mailbox, Nov 2023 and Feb-May 2025

80 messages in arrival order (`NNN-msg.eml` + `NNN-msg.json`), written by `python3 gen.py`
(standard library only; `gen.py` imports `gen_part0.py` ... `gen_part6.py` and this file's generator
`gen_readme.py`). The owner is Tran Minh Khoa ("Khoa Tran", チャン ミン コア), a Vietnamese cloud engineer in
Fukuoka who leaves Tenjin Cloudworks (an APN partner) on 31 March 2025 and joins Hakata Bitworks on 1 April.
He writes English and Japanese. Personal address {me_p} (Gmail; the one he keeps); company address
{me_c} (Microsoft 365; switched off 31 March 18:00). Mail to both addresses is in the set; the company
mail carries M365 `Authentication-Results`, the Gmail mail Google's.

Candidate IDs: {old} (company certification account), {new} (personal account, created Feb 2025),
{dup} (empty duplicate profile merged away in 2023).

## Cases

| case | format | topic | path through the mailbox |
|---|---|---|---|
| {c0} | 11 digits (2023) | merge an empty duplicate profile (same company address) into the main one | ack 001 -> confirm request 002 -> resolved 003 (quotes the request and the owner's "yes") |
| {c1} | 15 digits | merge company account into personal; APN hold; reopened for a lost voucher | ack in Japanese to the company address 019 -> "write from the address you keep" 021 -> owner forwards to himself 022 -> owner answers from Gmail by replying to his forward 024 -> APN hold with a buried question 027 -> owner answers 028 -> hold, nothing asked 030 -> hold lifted 033 -> Account #1/#2 confirm request (HTML table) 034 -> closing reminder 039 -> owner "Confirmed" 041 -> merged 043 -> survey 045 -> owner reports missing voucher 049 -> reopened 050 -> voucher reissued 052 |
| {c2} | 15 digits | duplicate form the owner filed from Gmail by mistake | ack 023 (its echo names {c1}) -> closed as duplicate 026 |
| {c3} | 15 digits | ESL +30 exam accommodation, Japanese thread | ack ISO-2022-JP 061 -> keigo info request 062 -> owner's Japanese answer 063 -> resolved in English with an instruction to rebook (not to reply) 064 -> Japanese survey 065 |
| {c4} | 15 digits, AWS Support Center (console) | MLA-C01 Credly badge stuck on the closed company address | "New Support case" 070 -> info request answerable only in the console 071 -> owner answers by e-mail anyway 072 -> bounce 073 -> auto-resolve warning 074 -> resolved with feedback footer 076 |

Other AWS support cases present on purpose (not Training and Certification, labelled `unrelated`):
{ce} (AWS Educate form case, asks a question, 011) and {cb} (console billing case, 046/047).
{cf} in 029 is an invented number in a spoofed mail.

## Labelling decisions (judgement calls)

- `needs_reply` is judged at the moment each message arrives: "must I write back to AWS T&C support now?"
  002, 021, 027, 034, 039, 062, 071, 074 are true. Later mails do not change an earlier label.
- 027 (APN hold) is `on_hold` with `needs_reply` true because the question about the last working day is buried
  in it; 030 is the same hold with nothing asked (false).
- 033 (hold lifted, "they will write to you ... to check") is `case_update`: the request is announced, not made.
- 026 (duplicate closed) is `case_update`, not `resolved`: the request continues under {c1}.
- 050 (case reopened and handed to the benefits team) is `case_update`; 052 (voucher issued) is `resolved`.
- 064 tells the owner to cancel and rebook his exam at Pearson VUE and says he need not write back: `resolved`, false.
- 076 and 071 carry the console "We value your feedback ... rating this correspondence" footer; they are
  `resolved` / `info_request`, not `survey`. 045 and 065 are whole-mail surveys about a case: `survey`.
- 051 "AWS Certification wants to hear from you" is a certification-program survey, not about a support case:
  `certification`.
- 071 and 074 are console mails that cannot be answered by e-mail; they still need an answer (in the Support
  Center), so `needs_reply` true.
- 073 (Gmail bounce of the owner's e-mail to no-reply-aws) is `unrelated`, false: a bounce is not support asking;
  074 carries the open request. Its `case` is {c4} because it is on that thread (the returned headers carry the
  `[CASE]` subject). Judgement call; the other bounce (042) has no case.
- `case` is filled for any AWS support case mail, including non-T&C cases labelled `unrelated` (011, 046, 047);
  other vendors' ticket numbers (048, 057) and numbers in phishing (029, 067) give `null`. Colleague mail about
  the case without a case number (014, 031) is `null`. The owner's forward 022 and replies carry their case.
- Acknowledgements echo the submitted form; that echo is the mail's own text, so its candidate IDs count
  (001, 019, 023, 061, 070). IDs only in quoted or forwarded history do not (003, 021, 022, 024, 028, 049).
  Each ID is listed once, at its first appearance in the new text.
- 022 (owner forwards the support request to himself with a memo) and 037 (owner's farewell mail) are
  `user_reply`: written by the owner.
- 029 uses the real T&C From address and a [CASE] subject but fails DMARC for amazon.com and asks for a password:
  `suspicious`, case null. 013, 056, 067, 078 are lookalike domains whose own SPF/DKIM pass.
- Company and new-employer mail that asks for a reply (005, 020, 035), the friend's question (054), and other
  AWS requests (011, 047) are `unrelated` with `needs_reply` false.

## Messages

| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
"""


def write(here, rows):
    c = Counter(m['label']['kind'] for _, m in rows)
    txt = HEAD.format(me_p=P.ME_P, me_c=P.ME_C, old=P.OLD, new=P.NEW, dup=P.DUP, c0=P.C0, c1=P.C1,
                      c2=P.C2, c3=P.C3, c4=P.C4, ce=P.CE, cb=P.CB, cf=P.CF)
    for i, m in rows:
        lab = m['label']
        txt += '| %03d | %s | %s | %s | %s |\n' % (i, lab['kind'], 'yes' if lab['needs_reply'] else 'no',
                                                  lab['case'] or '-', m['note'].replace('|', '/'))
    txt += '\n## Counts\n\n| kind | n |\n|---|---|\n'
    for k in sorted(c):
        txt += '| %s | %d |\n' % (k, c[k])
    txt += '| total | %d |\n\n`needs_reply` true: %d\n' % (sum(c.values()), sum(1 for _, m in rows if m['label']['needs_reply']))
    case_msgs = sum(1 for _, m in rows if m['label']['case'] in (P.C0, P.C1, P.C2, P.C3, P.C4)
                    and m['label']['kind'] != 'unrelated')
    txt += 'Messages on the Training and Certification cases (excluding the bounce): %d of %d.\n' % (case_msgs, len(rows))
    with open(os.path.join(here, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(txt)
