"""README.md for the corpus (rendered by gen.py)."""
from lib import ME_P, ME_C

HEAD = """me: ME_P ME_C

# blind-247: ticketing-template mail around AWS Training and Certification cases

Mailbox of Tomoya Kurebayashi (暮林 智也), who leaves Sorano Systems (an AWS Partner) on 31 March
2025 and moves his certifications to his personal address. The mailbox receives mail for both
addresses; the company one dies on 1 April. Everything here is invented (people, companies, case
numbers, helpdesk products, the AWS template layout); `python3 gen.py` rewrites all files.

Emphasis of this set: AWS case mail rendered by an HTML ticketing template (case table, status
badge, orange reply button, hidden preheader, "Case history" with earlier messages and their old
badges under a short new message), plain-text mails from the same cases, digests and
notifications from other helpdesks (Jira SM, Freshdesk-like, Zendesk-like, ServiceNow, a side-project
helpdesk), and several mails whose only text/plain part is a bad rendering of the HTML (cells run
together, entity debris, or just "open this in an HTML client"). In several mails the badge or the
preheader is stale and contradicts the new text: **the new text decides**.

## Cases

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| 174182476000318 (A) | 15 digits | T&C form, by e-mail | merge company account AWS08816342 into personal AWS21370458 | reply-from-personal request, APN partner hold (with a buried question), hold lifted, Account #1/#2 confirmation, reminder, confirmation from the wrong address, re-ask, a third 2019 profile AWS03390517, merged, survey |
| 174182519500562 (B) | 15 digits | T&C form | duplicate form sent 7 minutes after A | acknowledged, closed as duplicate of A |
| 13518840275 (D) | 11 digits (2023) | T&C form | 50% exam benefit missing after the merge; the owner replies on his old 2023 case | reopened, questions, passed to benefits team, "Solved" mail that still asks for a check, closed |
| 174409087000127 (C) | 15 digits | AWS Support Center (console) | Cloud Practitioner exam record missing | request answerable only in the console; owner e-mails the no-reply address (bounces); auto-resolve warning; resolved for no reply; reopened; on hold at Pearson VUE; resolved; survey |
| 174467900700844 (E) | 15 digits | T&C form, Japanese | misspelt name on the certificate | Japanese ack, keigo request, closing notice (Shift_JIS), Japanese reply, passed on, resolved, survey |

Not T&C cases (labelled `unrelated`, `case` null): billing console case 174409112300774, AWS Educate
form case 174511440000213, Pearson VUE case 03318874, Jira ITSD-2291, Netmoor #88412, Kumonet
#48213, ServiceNow INC numbers. Fake case numbers in phishing (1741999120-4471, 174201133700459,
174498210055031) are also `case` null.

## Labelling decisions for judgement calls

- **Stale badges and preheaders.** 023 (on hold, badge "Awaiting your response", preheader "Action
  required"), 038 (resolved, preheader "Action may be needed"), 052 (update, preheader "We need a few
  more details") are labelled by the new text: no reply needed. 059 is the reverse: badge "Solved"
  and the news is good, but the agent keeps the case open until the owner checks the Benefits page
  and reports back, so it is `info_request` with `needs_reply` true.
- **Wrong-address re-ask (034).** The owner confirmed from the address being retired; support asks
  for the same go-ahead from Account #1's address. It is both "write from another address" and a
  merge go-ahead; labelled `confirmation_request` because what is missing is the confirmation itself.
  012 (write from the personal address before any merge question) is `info_request`.
- **Question inside a hold (017)** is `on_hold` with `needs_reply` true; 023 and 065 (holds that ask
  nothing) are false.
- **Console case closing mails (062, 064).** 064 says the case "has been resolved" but only because
  nobody answered, and it can be reopened: `closing_notice`, needs reply. The owner did answer by e-mail
  (057) but that never reached support (058), so both still need a reply *in the Support Center*.
- **Reopen notice (047)** is `acknowledgement` (the system says the request was received / the case is
  open again, asks nothing).
- **Duplicate closed (010)** is `case_update`, case B, even though its badge says "Closed".
- **Delivery reports (043, 058)** are `unrelated`, but `case` is set to the case of the returned
  message (A, C): the owner would file them there. 058 matters: it is the only sign that the
  answer in 057 was lost.
- **Candidate IDs in echoed form text** (acks 008, 053) count as the message's own text: the system
  wrote them into this mail, they are not a quoted reply. Forwarded or quoted material (013, 081,
  history blocks in the HTML template) never counts.
- **Owner's mail to third parties** (006 note to self, 013 forward to himself, 081 forward to the new
  employer) is `user_reply`; 081 keeps case A because it forwards A's resolution.
- **046**: the owner's new text names case A, but he is writing on the 2023 thread, so `case` is D.
- **AWS Educate (075) and the billing console case (054)** ask real questions through the same AWS
  machinery, but they are other programs: `unrelated`, no reply flagged.
- **Surveys**: only surveys about a support case are `survey` (041, 070, 077). The CertMetrics
  program survey (025) is `certification`; Pearson VUE's test-centre survey (082) and the ISP's rating
  links (026) are `unrelated`. The rating footer in the console resolution (069) does not make it a survey.
- **Suspicious**: 021 (lookalike domain that passes its own DMARC), 044 (exact genuine From address,
  DKIM/SPF/DMARC fail), 068 (Credly lookalike), 080 (Japanese, lookalike, softfail).

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
""".replace("ME_P ME_C", ME_P + " " + ME_C, 1)


def render(rows):
    out = [HEAD]
    for n, m in rows:
        lab = m["label"]
        out.append("| %s | %s | %s | %s | %s | %s |\n" % (
            n, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    return "".join(out)
