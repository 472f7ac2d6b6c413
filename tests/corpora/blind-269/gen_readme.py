"""Writes README.md (called by gen.py)."""
import os
from gen_lib import ME_PERSONAL, ME_COMPANY, ME_OLD, ALIAS

HEAD = """me: %s %s

# blind-269: support mail arriving by every route

One mailbox: the personal Gmail of Haruka Nishimura (西村 遥), who leaves Kitsune Systems
(an AWS Partner Network company) on 2025-03-31 and moves her certification history from the
company account to her personal one. 60 messages, Oct 2023 - Apr 2025, in arrival order.

Her addresses:
- `%s` - personal Gmail, the mailbox itself; she sends from it.
- `%s` - company (Exchange Online); she sends from it until 2025-03-31. An inbox rule
  forwards mail from amazon.com / certmetrics / credly to the Gmail (inline, or as an attachment).
- `%s` - an old Gmail she no longer writes from; Gmail's automatic forwarding sends
  everything to the personal Gmail (`X-Forwarded-To` / `X-Forwarded-For`). Not in the `me:` line.
- `%s` - shared company alias (distribution list); the owner's Gmail was added as an
  external member during the handover, so alias mail reaches her directly.

Colleague Kenta Tanaka (k.tanaka@kitsune-sys.co.jp) is the Partner Central alliance lead;
Daisuke Mori is an ex-colleague; the IT helpdesk redirects mail for the closed mailbox.

## Cases

| case | kind of case | story |
|---|---|---|
| 13748820561 (11 digits, 2023) | T&C form, Japanese agent + one English | two certification accounts on the old Gmail; support asks for candidate IDs, then insists on a reply from the registered (old) address, closing notice, merged into AWS03317265. All support mail arrives via Gmail forwarding. |
| 174198263500482 (15 digits) | T&C form | company -> personal merge. APN hold with a question (arrives twice), hold for the partner via the alias, hold lifted, Account #1/#2 confirmation (arrives direct, via Exchange rule, and via a colleague), merged (direct + rule attachment), later a follow-up question sent to the dead company address and redirected by IT, then done. |
| 174198410200317 (15 digits) | T&C form | duplicate opened from the company PC 25 minutes later; closed and linked to 174198263500482. |
| 174358021400911 (15 digits) | Support Center console | 50%% voucher missing after the merge; info request to answer in the console, the owner answers by e-mail (bounces), closing notice, passed to benefits team, resolved, survey. |
| 1613962541 | not hers | an ex-colleague's 2021 case forwarded as a how-to (case: null). |
| 174461902200158 | AWS Educate form | another program's case on the old Gmail (unrelated, case: null). |

In the message table below the cases are called D = 13748820561, A = 174198263500482,
C = 174198410200317, B = 174358021400911.

## Labelling decisions

- **Forwarded copies take the kind of the support mail they carry**, not of the forwarder,
  when the forward is mechanical (Exchange inbox rule inline or as attachment, Gmail
  auto-forwarding, IT's Resent-* redirect, alias expansion) or a colleague's hand forward.
  The Exchange rule copies have `From:` = the owner's company address and subject `FW:`, but
  carry `X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent`,
  `X-MS-Exchange-Inbox-Rules-Loop` and `Auto-Submitted: auto-generated`; they are NOT user_reply.
- **The owner's own hand forward (030) is user_reply**, needs_reply false: she wrote it (a note
  on top, no rule headers). The request it carries is flagged on 028/029. The same for her
  Gmail forward to Mori (058) and the notes to self (003, 018, 060).
- **Same request, two routes, both true**: 020/021 (hold with question) and 028/029
  (confirmation). Read alone each copy shows support waiting and the owner has not answered
  when either arrives; a de-duplicating reader should still say "reply needed" once.
- **032: colleague's hand forward of the confirmation request after the owner answered** -
  kind confirmation_request (that is what it carries), needs_reply **false**: at arrival she
  had confirmed 2 hours earlier (031), so support is not waiting. Tanaka's own question ("何か返さない
  といけないやつなら") is addressed to her, not from support. Hardest call in the set.
- **046: follow-up on a case already resolved**, sent to the closed company address and
  redirected by IT with Resent-* headers: info_request, true (a new question, answer wanted by a date).
- **025: partner hold addressed to the alias**: on_hold, false - the partner must act and the mail
  says nothing is needed from her. 020/021 are on_hold **true** because the hold carries a question.
- **048: console closing notice** is true although the owner thinks she answered: her e-mail
  answer (043) went to no-reply-aws@amazon.com and bounced (044); support never got it.
- **040: the owner's out-of-office** from the company address is user_reply (text she wrote,
  sent from her address), needs_reply false, case null.
- **055: "AWS Certification wants to hear from you"** is certification, not survey: it is about
  the program, not a support case. 037/054/011 are support-case surveys. 053 is resolved although
  it ends with the console rating footer.
- **051: spoof of the real support address** with the real case number and subject; only
  `dmarc=fail` / `spf=fail` shows it. suspicious, case null (it does not belong to the case).
- **057: AWS Educate form case** asks a real question but is not Training and Certification:
  unrelated, false.
- **case**: set for mail of the owner's own T&C / console cases (including her replies and
  forwards); null for unrelated/suspicious mail even when a case number appears (013, 044, 051,
  057, 059), and for notes to self.
- **candidate_ids**: IDs in the message's own new text. For mechanical and colleague forwards the
  carried support text counts as the message's text (032 lists both IDs); the owner's own
  forwards (030, 058) list none because she wrote no ID in her note; quoted history never counts (006, 033's quote).

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def write(here, rows):
    s = HEAD % (ME_PERSONAL, ME_COMPANY, ME_PERSONAL, ME_COMPANY, ME_OLD, ALIAS)
    for n, m in rows:
        lab = m["label"]
        s += "| %s | %s | %s | %s | %s |\n" % (
            n, lab["kind"], "yes" if lab["needs_reply"] else "no",
            m["what"].replace("|", "/"), m["hard"].replace("|", "/"))
    with open(os.path.join(here, "README.md"), "w") as f:
        f.write(s)
