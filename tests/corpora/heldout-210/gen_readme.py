# Writes README.md from the message list built by gen.py.
import os

HEAD = """me: mireille.tanabe@posteo.net m.tanabe@kitakaze-sys.co.jp

# Blind corpus 210: Mireille Tanabe leaves an AWS Partner

The mailbox belongs to Mireille Tanabe. She sends from her personal address
(`mireille.tanabe@posteo.net`) and, until her last day on 31 Oct 2025, from her company address
(`m.tanabe@kitakaze-sys.co.jp`, Kitakaze Systems, an AWS Partner on Microsoft 365). Both
mailboxes are merged here in arrival order, 1 Oct to 12 Nov 2025. Run `python3 gen.py` to write
the files again. It uses only the standard library, and its output is the same on every run.

## Cases

| case | format | topic | course |
|---|---|---|---|
| 175970966304217 (A) | 15 digits, form | merge company account AWS03318472 into personal AWS09950126 | ack to company address, then a partner (APN) hold with a buried question, then support asks her to write from the personal address, then the hold continues and is lifted, then an Account #1/#2 confirmation, a closing notice, her "Confirmed" and the merge, then a survey |
| 175975482531876 (B) | 15 digits, form | the same merge, filed again from the Japanese form | Japanese ack (ISO-2022-JP), then closed as a duplicate of A |
| 11938274650 (C) | 11 digits, form, 2023 | old resolved Credly case | she replies to it in 2025; support cannot reopen it and opens D |
| 176031601158203 (D) | 15 digits, form | Security - Specialty badge never reached Credly | ack (second template, `RE: [CASE`), then an info request, a closed-for-no-answer notice, her late answer (reopens), passed to the Credly team, resolved, her thanks, "stays resolved" |
| 176110234400912 (E) | 15 digits, Support Center console | 50% voucher missing after the merge | console ack, then a Japanese keigo info request (answer only in the console), an auto-resolve warning, resolved in Japanese, console survey |

Look-alikes that are not Training and Certification cases: console billing case 176223675027741,
AWS Events form case 176265481069330, Microsoft case #2510070040012345, Zendesk request 48213, and
a spoofed "case" 176011428730055 and a phishing "ケース番号" 4471029385.

## Labelling decisions (judgement calls)

- **`case` only for Training and Certification cases.** I labelled the AWS billing console case
  (069, 070), the AWS Events form case (076) and other vendors' cases `case: null`, because the
  owner tracks only T&C cases. Suspicious mail is always `null`, even with a case-shaped number in
  the subject (041).
- **Thread first.** A message gets the case of the thread it belongs to. 030 sits on old case C and
  announces new case D, so it is labelled C. 014 names case A but belongs to B. The owner's mails
  carry the case they reply to or forward (011, 027, 046, 066). Her farewell to colleagues (065) is
  `user_reply` with `case: null`.
- **The bounce (067)** of her forward is `unrelated` with `case: null`. It comes from a mail
  system, not from support, although the returned headers hold case A's subject.
- **Candidate IDs in echoed form fields** (acknowledgements 010, 012, 050 repeat what she typed
  into the form) count as the message's own text, because they are not quoted history. IDs under
  `>`, under `-----Original Message-----` or Outlook/Thunderbird forward headers, or after
  "On ... wrote:" do not count.
- **A hold with a question (015)** is `on_hold` with `needs_reply: true`. The question about her
  last working day comes after three paragraphs about the hold. A later hold that says "nothing
  you need to do right now" (024) is `on_hold`, false.
- **020** asks her to write from the personal address and also says the hold continues. The ask is
  what matters to her, so it is `info_request`, true.
- **Console cases (052, 055)** cannot be answered by e-mail, but support is waiting for her in the
  Support Center. They are `needs_reply: true`.
- **Closing notices**: 040 quotes the earlier confirmation request, but its own news is the
  deadline, so it is `closing_notice`. 043 says the case *was* closed and that a reply reopens
  it, so it is `closing_notice`, true. 055 says the case will be "resolved automatically", which
  I treated as a closing notice.
- **018** is an automatic receipt for her reply, not for a new case, and it is labelled
  `acknowledgement`.
- **060**, "glad it's sorted, the case stays resolved, no need to reply", is `resolved`.
  **057** is a resolution with a rating footer, and it is `resolved`, not `survey`.
- **Resolutions that quote old requests** (045 quotes "Are both accounts yours...?", 061 quotes the
  Japanese ご教示いただけますでしょうか) are `resolved`, false. Their conditional offers ("reply
  within the next 7 days", 〜ございましたら) are not requests.
- **033**, "AWS Certification wants to hear from you", is a program survey about an exam, not
  about a support case, so it is `certification`. **025**, a Partner Central notice that explains
  why the hold ends, is `unrelated`.
- **Phishing that demands a reply** (008, 023, 041, 071, 075) is `suspicious`, false. 041 uses the
  real form address and the real subject shape, but its Authentication-Results say spf=fail,
  dkim=none, dmarc=fail.
- **Requests from non-support senders** (HR 004, colleagues 034 and 053, the Microsoft case 016,
  the AWS Events case 076, the billing console case 070, the new employer 068) are `unrelated`,
  false.

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def write(here, msgs):
    rows = []
    for i, m in enumerate(msgs, 1):
        lab = m["label"]
        what = m["what"] + ("" if not lab["case"] else " [case %s]" % lab["case"])
        rows.append("| %03d | %s | %s | %s | %s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no",
            what.replace("|", "/"), m["hard"].replace("|", "/")))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(HEAD + "\n".join(rows) + "\n")
