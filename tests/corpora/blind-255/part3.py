# part3.py - 12 March to 14 March 2025
from mk import M, ME_P, ME_C, TC
from part1 import CA, SUBJ_A
from part2 import CD, SUBJ_D

RE_A = "RE: [CASE %s] %s" % (CA, SUBJ_A)
SIG_C = """Best regards,
Kaito Mizusawa
Tsurugi Data Works Co., Ltd. | Cloud Integration Dept.
"""

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
       b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

MSGS = [
M("a_user2", "2025-03-12 08:50:03 +0900", ME_C, TC, "RE: " + RE_A, """Hi Hana,

Confirmed - both accounts are mine. Please merge Account #2 into Account #1 and keep Account #1.

""" + SIG_C + """
[[Q a_confirm ol]]
""", "user_reply", False, CA, parent="a_confirm", crlf=True,
  hdrs={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AduTc2k0Qm9yYXhXYmFtZ0xJbnQ="},
  note="Owner confirms the merge, but from the company address (the account to be closed); Outlook quoting, CRLF."),

M("d_user1", "2025-03-12 12:30:44 +0900", ME_P, TC, "Re: RE:[CASE %s] %s" % (CD, SUBJ_D), """Hello Colm,

The name on my passport is MIZUSAWA KAITO, so "Kaito Mizusawa" in the usual order.

Thank you,
Kaito

[[Q d_ask gt]]
""", "user_reply", False, CD, parent="d_ask", hdrs={"User-Agent": "Hoshimail Web 4.2"},
  note="Owner answers only the first of two asks (name, no candidate ID)."),

M("a_wrongaddr", "2025-03-12 05:00:12 +0000", TC, ME_P, RE_A, """Hello Kaito,

Thanks for the quick answer.

Your confirmation came from k-mizusawa@tsurugi-data.co.jp, which is the address of the account that
will be closed. For security reasons we can only accept the go-ahead for a merge from the address
of the account that is kept.

Could you send the same confirmation from kaito.mizusawa@hoshimail.jp? Replying to this email from
that mailbox is enough.

Best,
Hana L.
AWS Training and Certification - Account Services

[[Q a_user2 aws]]
""", "info_request", True, CA, parent="a_user2", cc=ME_C,
  note="Support acknowledges the owner's reply and asks him to write again from the personal address (info_request, not a fresh confirmation request)."),

M("a_user3", "2025-03-12 19:10:27 +0900", ME_P, TC, "Re: " + RE_A, """Hi Hana,

Writing from my personal address as asked: both accounts listed below are mine. Please merge
Account #2 into Account #1 (kaito.mizusawa@hoshimail.jp) and keep Account #1.

Kaito

[[Q a_wrongaddr gt]]
""", "user_reply", False, CA, parent="a_wrongaddr", hdrs={"User-Agent": "Hoshimail Web 4.2"},
  note="Owner re-sends the confirmation from the right address."),

M("spoof", "2025-03-12 22:30:51 +0000", TC, ME_P,
  "RE:[CASE 174112003300001] Action required: verify account ownership before merge", """Hello,

To finish your certification account merge we must verify that you own both accounts.

Sign in within 24 hours at the secure page below and enter your AWS Builder ID password together
with the one-time code we will send you:

https://aws-training-verify.support-portal.click/merge?c=174112003300001

If you cannot use the page, reply to this email with your Builder ID password and your candidate
ID. Cases that are not verified are closed and the certifications on them are permanently removed.

AWS Training and Certification
""", "suspicious", False, None, auth="fail", envfrom="bounce@tcf-mailer-notify.com", fmt="alt",
  note="Uses the real T&C sender address and a case-style subject, but DKIM/DMARC fail; asks for a password and threatens closure. Case number is invented by the sender, so case=null."),

M("d_second", "2025-03-13 02:20:35 +0000", TC, ME_P, "RE:[CASE %s] %s" % (CD, SUBJ_D), """Hi Kaito,

Thanks, I have noted Kaito Mizusawa as the spelling on your passport.

One thing is still missing: the candidate ID of the account that holds the certificates. The
records team will not accept the change without it. You will find it at the top right after
signing in to your certification account (AWS followed by eight digits).

Regards,
Colm B.

[[Q d_user1 aws]]
""", "info_request", True, CD, parent="d_user1",
  note="Second ask after the first was answered: thanks for the name, still needs the candidate ID (no question mark, no 'please')."),

M("a_ask_postal", "2025-03-13 05:00:48 +0000", TC, ME_P, RE_A, """Hello Kaito,

Thank you, the confirmation from the right address has arrived, so that part is settled.

One more point before I submit the merge. The two accounts have different mailing addresses on
file: Account #1 has your home address in Setagaya-ku, and Account #2 has the Tsurugi Data Works
office in Minato-ku. The merged account can keep only one. Which one should we keep?

Best,
Hana L.
AWS Training and Certification - Account Services
""", "info_request", True, CA, parent="a_user3",
  note="Acknowledges the confirmation, then asks one more thing (which postal address to keep)."),

M("d_user2", "2025-03-13 21:30:09 +0900", ME_P, TC, "Re: RE:[CASE %s] %s" % (CD, SUBJ_D), """Hi Colm,

Sorry, I missed that part. The candidate ID is AWS81249037.

Kaito

[[Q d_second gt]]
""", "user_reply", False, CD, parent="d_second", hdrs={"User-Agent": "Hoshimail Web 4.2"},
  note="Owner supplies the candidate ID in his own text."),

M("a_user4", "2025-03-14 10:02:37 +0900", ME_P, TC, "Re: " + RE_A, """Hana,

Please keep the Setagaya home address from Account #1. The office address will not be valid after
this month anyway.

Thanks,
Kaito

[[Q a_ask_postal gt]]
""", "user_reply", False, CA, parent="a_ask_postal", hdrs={"User-Agent": "Hoshimail Web 4.2"},
  note="Owner answers the postal-address question at 10:02 JST."),

M("a_cross", "2025-03-14 01:09:14 +0000", TC, ME_P, "RE:[CASE %s] %s" % (CA, SUBJ_A), """This is an automated reminder.

Case %s is waiting for your response to our most recent message. If we do not receive a
reply within 5 days, the case will be closed automatically.

To keep the case open, reply to this email with the requested information.

AWS Training and Certification
""" % CA, "closing_notice", False, CA, fmt="alt", hcte="base64",
  note="HARD: automated closing reminder sent 7 minutes AFTER the owner's answer (it crossed it). He already wrote back with what was asked, so no reply is owed."),

M("a_gotit", "2025-03-14 06:00:55 +0000", TC, ME_P, RE_A, """Hello Kaito,

Thank you, we will keep the Setagaya address.

We now have everything we need, and I have handed the merge to our operations team. Merges usually
complete within one or two business days, and you will get an email once it is done. You can
ignore the automated reminder sent this morning; it went out before your reply reached us.

No further action is required from you.

Best,
Hana L.
AWS Training and Certification - Account Services

[[Q a_user4 aws]]
""", "case_update", False, CA, parent="a_user4",
  note="'We have everything we need' + merge handed to operations; the quoted history holds the old question."),

M("sb_receipt", "2025-03-14 08:12:40 +0000", ("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
  "Your AWS Skill Builder receipt", """Hello Kaito,

Thanks for your purchase. Your receipt is attached.

  Order number:  SB-2025-0314-66180
  Plan:          Individual subscription (monthly)
  Amount:        USD 29.00
  Billing date:  March 14, 2025

Manage your subscription at https://skillbuilder.aws/account/subscription

AWS Skill Builder
""", "unrelated", fmt="mixed", att=("receipt-SB-2025-0314-66180.pdf", "application/pdf", PDF),
  note="Skill Builder receipt with a PDF attachment (multipart/mixed); AWS training mail but not a case."),
]
