"""Part 3: case A hold (two routes), duplicate C closed, owner answers, alias copy, hold lifted."""
from gen_lib import *

SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)
SC = "RE:[CASE %s] %s" % (CASE_C, SUBJ_FORM)

# on_hold with a question, direct copy (To personal, Cc company)
d = "Mon, 17 Mar 2025 02:14:31 +0000"
HOLD = """Hello Haruka,

I've started on your merge request. The certification account registered to
%s was created through AWS Partner Central and is still associated
with an AWS Partner Network organization (Kitsune Systems K.K.). Accounts tied to a
partner organization can't be merged into a personal account while that association
is active, so I have put this case on hold and brought in our partner team.

The partner team will want to know two things: are you still employed by Kitsune
Systems, and what is your last working day there?

Regards,
Tomas
AWS Training and Certification
""" % ME_COMPANY
hd = ses_headers(TC_FORM, ME_PERSONAL, SA, d, "a-hold1", cc=ME_COMPANY, irt=mid("a-ack", "ses"))
add(build(hd, text_part(HOLD, "utf-8", "quoted-printable")), "on_hold", True, CASE_A, [],
    "Case A on hold (APN partner) with a question about the last working day - direct copy",
    "hold plus a question phrased as the partner team's need, no 'please'")

# same, via Exchange inline rule forward (From: the owner's company address)
d2 = "Mon, 17 Mar 2025 02:14:36 +0000"
t = "\n\n" + outlook_block("Amazon Web Services <%s>" % TC_FORM, "Monday, March 17, 2025 11:14 AM",
                           ME_PERSONAL, SA, cc="Nishimura Haruka <%s>" % ME_COMPANY) + HOLD
hd = exch_rule_headers("FW: " + SA, d2, "a-hold1-fwd")
add(build(hd, text_part(t, "utf-8", "quoted-printable", crlf=True), crlf=True), "on_hold", True, CASE_A, [],
    "Same hold, second copy via the company mailbox's Exchange forwarding rule",
    "From is the owner (rule headers X-MS-Exchange-Inbox-Rules-Loop, Auto-Submitted), subject 'FW:'; support's text sits under an Outlook header block")

# duplicate case C closed, via Exchange inline rule (HTML)
d = "Mon, 17 Mar 2025 03:40:12 +0000"
c_text = """<p>Hello,</p>
<p>This case duplicates case %s, which a colleague is already working on for the same
merge request. So that the two cases do not make conflicting changes, I have closed this
one and linked it to %s. All further updates will arrive on that case.</p>
<p>No action is needed from you on this case.</p>
<p>Kind regards,<br>Aiko<br>AWS Training and Certification</p>""" % (CASE_A, CASE_A)
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        "<div dir=\"ltr\"></div><hr style=\"display:inline-block;width:98%%\" tabindex=\"-1\">"
        "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\">"
        "<b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Monday, March 17, 2025 12:40 PM<br>"
        "<b>To:</b> Nishimura Haruka &lt;%s&gt;<br><b>Subject:</b> %s</font><div>&nbsp;</div></div>"
        "<div>%s</div></body></html>") % (TC_FORM, ME_COMPANY, SC, c_text)
hd = exch_rule_headers("FW: " + SC, d, "c-dup-fwd")
add(build(hd, text_part(html, "utf-8", "base64", "html")), "case_update", False, CASE_C, [],
    "Duplicate case C closed and linked to A, via Exchange rule (HTML)",
    "mentions two case numbers; 'closed' but not a closing notice; From is the owner (rule)")

# owner answers the hold from the personal address
d = "Mon, 17 Mar 2025 21:05:48 +0900"
t = """Hi Tomas,

Yes, I'm still employed there until Monday, March 31 - that is my last working day,
and the company mailbox will be shut down right after. Please keep using this Gmail
address for the case.

I have also asked our alliance lead (Kenta Tanaka) to remove my user from Partner Central.

Thanks,
Haruka

On Mon, Mar 17, 2025 at 11:14 AM Amazon Web Services <%s> wrote:
""" % TC_FORM + quote_gt(HOLD)
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Haruka Nishimura", ME_PERSONAL)), ("To", TC_FORM),
      ("Subject", SA), ("Date", d), ("Message-ID", mid("a-rep-hold", "gmail")),
      ("In-Reply-To", mid("a-hold1", "ses")), ("References", mid("a-ack", "ses") + " " + mid("a-hold1", "ses"))]
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "user_reply", False, CASE_A, [],
    "Owner answers the hold question", "top-posted over the quoted hold with its question")

# phishing lookalike
d = "Tue, 18 Mar 2025 09:02:17 +0000"
html = """<html><body><p>Dear Certified Professional,</p>
<p>Your AWS Certification account merge request is <b>pending identity verification</b>.
Accounts not verified within 24 hours are permanently locked and all certifications revoked.</p>
<p><a href="https://aws-certification-support.com/verify?id=88213">Verify your account now</a></p>
<p>Reply to this email with your Builder ID password if the link does not work.</p>
<p>AWS Training &amp; Certification Support Team</p></body></html>"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "mail.aws-certification-support.com", "185.213.22.90"),
      ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@aws-certification-support.com;\n"
       "       spf=pass (google.com: domain of support@aws-certification-support.com designates 185.213.22.90 as permitted sender) smtp.mailfrom=support@aws-certification-support.com;\n"
       "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-support.com"),
      ("From", addr("AWS Training and Certification", "support@aws-certification-support.com")), ("To", ME_PERSONAL),
      ("Subject", "Action required: verify your certification account merge"), ("Date", d),
      ("Message-ID", mid("phish1", "aws-certification-support.com"))]
add(build(hd, text_part(html, "utf-8", "quoted-printable", "html")), "suspicious", False, None, [],
    "Phishing from a lookalike domain about an account merge",
    "DKIM/DMARC pass for the lookalike domain; demands a reply; timed to the real case")

# pure partner hold, reaching the personal address through the shared company alias
d = "Tue, 18 Mar 2025 23:50:26 +0000"
t = """Hello Kitsune Systems Partner Central team,

Haruka Nishimura has asked us to move her certification history to a personal account.
Her certification account (candidate ID AWS04417730) is linked to your partner
organization, and an alliance lead must remove her user from the organization in
Partner Central before we can continue.

Haruka, nothing is needed from you at this point. The case stays on hold until the
association is gone; we check it on our side and will write once it clears.

Regards,
Tomas
AWS Training and Certification
"""
hd = ses_headers(TC_FORM, ALIAS, SA, d, "a-hold2", dest=ME_PERSONAL, irt=mid("a-rep-hold", "gmail"))
hd[1] = ("Received", "from JPN01-TYC-obe.outbound.protection.outlook.com (mail-tycjpn01on2090.outbound.protection.outlook.com. [40.107.114.90])\n"
         "        by mx.google.com with ESMTPS id 98e67ed59e1d1-3012a2f1c55si1733201a91.88\n        for <%s>;\n        %s" % (ME_PERSONAL, d))
hd[2] = ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=jmlvn2pl5pmg3bz6wsrgh3ecdbnm3qmg;\n"
         "       arc=pass (i=1 spf=pass spfdomain=amazonses.com dkim=pass dkdomain=amazon.com dmarc=pass fromdomain=amazon.com);\n"
         "       spf=softfail (google.com: domain of transitioning 010001959b@amazonses.com does not designate 40.107.114.90 as permitted sender) smtp.mailfrom=010001959b@amazonses.com;\n"
         "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
add(build(hd, text_part(t, "us-ascii", "7bit")), "on_hold", False, CASE_A, ["AWS04417730"],
    "Case A hold for the partner to act, addressed to the shared alias cloud-cert@",
    "To: is the alias, not the owner; arrives by alias expansion (SPF softfail after relay, DKIM/DMARC pass); explicit 'nothing is needed from you'")

# colleague (partner admin) tells the owner he removed the association
d = "Wed, 19 Mar 2025 17:10:33 +0900"
t = """西村さん

Partner Central から西村さんのユーザーを外しました。AWS 側の反映には少し時間がかかるかもです。
ほかに必要なことがあれば言ってください。

田中
"""
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Tanaka Kenta", "k.tanaka@kitsune-sys.co.jp")),
      ("To", ME_PERSONAL), ("Cc", ME_COMPANY), ("Subject", h("Partner Central の件")), ("Date", d),
      ("Message-ID", mid("tanaka-pc", "outlook"))]
add(build(hd, text_part(t, "iso-2022-jp", "7bit")), "unrelated", False, None, [],
    "Colleague: removed you from Partner Central", "case-relevant news, but from a colleague, not support")

# hold lifted
d = "Thu, 20 Mar 2025 01:31:09 +0000"
t = """Hi Haruka,

Good news - the partner association on your company account has been removed, so the
hold is lifted. I'm preparing the merge now and will write again shortly with the two
accounts I found, for you to look over.

Tomas
AWS Training and Certification
"""
hd = ses_headers(TC_FORM, ME_PERSONAL, "RE: [CASE %s] %s" % (CASE_A, SUBJ_FORM), d, "a-lift",
                 irt=mid("a-hold2", "ses"))
add(build(hd, text_part(t, "utf-8", "7bit")), "case_update", False, CASE_A, [],
    "Case A hold lifted, merge being prepared", "announces a coming request ('for you to look over') but asks nothing yet")
