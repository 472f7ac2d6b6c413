"""Part 4: case A confirmation (two routes + owner forward + colleague forward), merge, after."""
from gen_lib import *

SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)

CONF = """Hello Haruka,

Thank you for your patience while the partner side was sorted out. I found these two
certification accounts for the addresses in your request:

Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: AWS03317265

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: AWS04417730

Merging moves the exam history, certifications and benefits of Account #2 into
Account #1, and Account #2 can no longer be signed in to afterwards. This cannot be
undone.

Reply to this message to confirm that both accounts are yours and that Account #1 is
the one to keep.

Priya S.
AWS Training and Certification
""" % (ME_PERSONAL, ME_PERSONAL, ME_PERSONAL, ME_COMPANY, ME_COMPANY, ALIAS)

def conf_html():
    rows = ""
    for blk in CONF.split("\n\n")[2:4]:
        lines = blk.split("\n")
        rows += "<tr><th colspan=2 align=left>%s</th></tr>" % lines[0]
        for l in lines[1:]:
            k, v = l.split(": ", 1)
            rows += "<tr><td>%s</td><td>%s</td></tr>" % (k, v)
    paras = CONF.split("\n\n")
    p = lambda s: "<p>%s</p>" % s.replace("\n", " ")
    return ("<html><body style=\"font-family:Arial;font-size:14px\">" + p(paras[0]) + p(paras[1]) +
            "<table border=1 cellpadding=4 style=\"border-collapse:collapse\">" + rows + "</table>" +
            "".join(p(x) for x in paras[4:6]) + p(paras[6].replace("\n", "<br>")) + "</body></html>")

# confirmation request, direct copy (To personal, Cc company + alias)
d = "Fri, 21 Mar 2025 06:45:02 +0000"
hd = ses_headers(TC_FORM, ME_PERSONAL, SA, d, "a-conf", cc="%s, %s" % (ME_COMPANY, ALIAS), irt=mid("a-lift", "ses"))
body = multipart("alternative", [text_part(CONF, "utf-8", "quoted-printable"),
                                 text_part(conf_html(), "utf-8", "quoted-printable", "html")], "=_b7f1c0a2e93d")
add(build(hd, body), "confirmation_request", True, CASE_A, ["AWS03317265", "AWS04417730"],
    "Case A: Account #1 / Account #2 listing, confirm which to keep - direct copy",
    "request is one imperative sentence without 'please'; HTML table in the alternative part")

# same, via Exchange rule (HTML forward)
d2 = "Fri, 21 Mar 2025 06:45:09 +0000"
fw_html = ("<html><body><div dir=\"ltr\"></div><hr style=\"display:inline-block;width:98%\">"
           "<div id=\"divRplyFwdMsg\"><b>From:</b> Amazon Web Services &lt;" + TC_FORM + "&gt;<br>"
           "<b>Sent:</b> Friday, March 21, 2025 3:45 PM<br><b>To:</b> " + ME_PERSONAL + "<br>"
           "<b>Cc:</b> Nishimura Haruka &lt;" + ME_COMPANY + "&gt;; " + ALIAS + "<br>"
           "<b>Subject:</b> " + SA + "</div><div>&nbsp;</div>" +
           conf_html().replace("<html><body style=\"font-family:Arial;font-size:14px\">", "<div>").replace("</body></html>", "</div>") +
           "</body></html>")
fw_text = "\n\n" + outlook_block("Amazon Web Services <%s>" % TC_FORM, "Friday, March 21, 2025 3:45 PM",
                                 ME_PERSONAL, SA, cc="Nishimura Haruka <%s>; %s" % (ME_COMPANY, ALIAS)) + CONF
hd = exch_rule_headers("FW: " + SA, d2, "a-conf-fwd")
body = multipart("alternative", [text_part(fw_text, "utf-8", "quoted-printable"),
                                 text_part(fw_html, "utf-8", "quoted-printable", "html")], "_000_TYCPR01MB7714_")
add(build(hd, body), "confirmation_request", True, CASE_A, ["AWS03317265", "AWS04417730"],
    "Same confirmation request again via the company mailbox's Exchange rule",
    "second copy of an open request; From is the owner; 'FW:' subject")

# owner forwards it by hand from Outlook (company) to personal with a note
d = "Fri, 21 Mar 2025 16:02:40 +0900"
t = "今夜 gmail から返信する。#1 が gmail のほうで合ってる。\n\n" + outlook_block(
    "Amazon Web Services <%s>" % TC_FORM, "Friday, March 21, 2025 3:45 PM", ME_PERSONAL, SA,
    cc="Nishimura Haruka <%s>; %s" % (ME_COMPANY, ALIAS)) + CONF
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Nishimura Haruka", ME_COMPANY)), ("To", ME_PERSONAL),
      ("Subject", "FW: " + SA), ("Thread-Topic", SA), ("Date", d), ("Message-ID", mid("a-conf-own", "outlook")),
      ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")]
add(build(hd, text_part(t, "utf-8", "base64")), "user_reply", False, CASE_A, [],
    "Owner's own hand forward of the request, with a note",
    "looks like the rule forward (same From, 'FW:') but has no rule headers and carries the owner's note")

# owner confirms
d = "Fri, 21 Mar 2025 21:30:15 +0900"
t = """Hi Priya,

Confirmed. Both accounts are mine - please merge Account #2 into Account #1
(AWS03317265) and keep Account #1.

Best regards,
Haruka Nishimura

On Fri, Mar 21, 2025 at 3:45 PM Amazon Web Services <%s> wrote:
""" % TC_FORM + quote_gt(CONF)
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Haruka Nishimura", ME_PERSONAL)), ("To", TC_FORM),
      ("Subject", SA), ("Date", d), ("Message-ID", mid("a-confirm", "gmail")),
      ("In-Reply-To", mid("a-conf", "ses")), ("References", mid("a-ack", "ses") + " " + mid("a-conf", "ses"))]
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "user_reply", False, CASE_A, ["AWS03317265"],
    "Owner confirms the merge", "quoted request with both IDs under the owner's text")

# colleague forwards the alias copy by hand, after the owner already confirmed
d = "Fri, 21 Mar 2025 23:10:51 +0900"
t = "西村さん\n\ncloud-cert にこれが届いてました。西村さんの件ですよね？何か返さないといけないやつなら対応お願いします。\n\n田中\n\n" + \
    outlook_block("Amazon Web Services <%s>" % TC_FORM, "Friday, March 21, 2025 3:45 PM", ME_PERSONAL, SA,
                  cc="Nishimura Haruka <%s>; %s" % (ME_COMPANY, ALIAS)) + CONF
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Tanaka Kenta", "k.tanaka@kitsune-sys.co.jp")), ("To", ME_PERSONAL),
      ("Subject", "FW: " + SA), ("Date", d), ("Message-ID", mid("tanaka-fw", "outlook")),
      ("Authentication-Results", "mx.google.com; dkim=pass header.i=@kitsune-sys.co.jp; spf=pass smtp.mailfrom=k.tanaka@kitsune-sys.co.jp; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=kitsune-sys.co.jp")]
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "confirmation_request", False, CASE_A,
    ["AWS03317265", "AWS04417730"],
    "Colleague forwards the alias copy of the confirmation request by hand - after the owner confirmed",
    "CLOSE CALL: an open-looking request, but the owner answered 2 h earlier; colleague's note asks the owner, not support")

# merged, direct, quoting the confirmation exchange
d = "Sat, 22 Mar 2025 01:55:20 +0000"
DONE = """Hi Haruka,

Thanks for confirming. I have merged Account #2 into Account #1 (AWS03317265). Your exam
history, all certifications and the 50%% exam discount benefit now sit on Account #1, and
Credly should pick up the change within a day.

If anything looks wrong when you sign in, reply here and we will take another look.

Priya S.
AWS Training and Certification

On Fri, Mar 21, 2025 at 12:30 PM, Haruka Nishimura <%s> wrote:
> Confirmed. Both accounts are mine - please merge Account #2 into Account #1
> (AWS03317265) and keep Account #1.
>
> On Fri, Mar 21, 2025 at 3:45 PM Amazon Web Services wrote:
""" % ME_PERSONAL + "\n".join("> " + l for l in quote_gt(CONF).split("\n"))
hd = ses_headers(TC_FORM, ME_PERSONAL, SA, d, "a-done", cc=ME_COMPANY, irt=mid("a-confirm", "gmail"))
add(build(hd, text_part(DONE, "utf-8", "quoted-printable")), "resolved", False, CASE_A, ["AWS03317265"],
    "Case A merged", "quotes the whole confirmation request (with its imperative) two levels deep; conditional invitation")

# same, via Exchange rule forwarded as attachment
d2 = "Sat, 22 Mar 2025 01:55:26 +0000"
inner = build(ses_headers(TC_FORM, ME_PERSONAL, SA, d, "a-done", cc=ME_COMPANY, irt=mid("a-confirm", "gmail"))[3:],
              text_part(DONE, "utf-8", "quoted-printable"))
hd = exch_rule_headers("FW: " + SA, d2, "a-done-fwd")
hd = [(k, "yes" if k == "X-MS-Has-Attach" else v) for k, v in hd]
body = multipart("mixed", [text_part("\n", "us-ascii", "7bit"),
                           raw_part([("Content-Type", 'message/rfc822; name="RE_[CASE %s].eml"' % CASE_A),
                                     ("Content-Disposition", "attachment")], inner)], "_005_TYCPR01MB7714_")
add(build(hd, body), "resolved", False, CASE_A, ["AWS03317265"],
    "Merge notice again, as an attachment of an Exchange rule forward", "content only inside message/rfc822")

# Credly
d = "Sat, 22 Mar 2025 02:07:44 +0000"
html = """<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification issued you a badge:
<b>AWS Certified Solutions Architect - Professional</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b1f0e2e-9a11-4c35-8d7f-2f6c0a9e41b3">Accept badge</a></p>
<p>Credly, Inc.</p></body></html>"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "o2.email.credly.com", "167.89.23.12"),
      gauth("credly.com", "bounces@email.credly.com", ip="167.89.23.12"),
      ("From", addr("Credly", "admin@credly.com")), ("To", ME_PERSONAL),
      ("Subject", "Accept your new badge from Amazon Web Services Training and Certification"),
      ("Date", d), ("Message-ID", mid("a-credly", "credly.com"))]
add(build(hd, text_part(html, "utf-8", "base64", "html")), "badge", False, None, [],
    "Credly badge right after the merge", "HTML only, base64")
