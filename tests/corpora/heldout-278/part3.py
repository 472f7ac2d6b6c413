"""Messages 021-030: confirmation request, closing notice, the merge, badge and survey."""
from lib import *

TABLE_TXT = """Account #1
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s

Account #2
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s
""" % (OLD_ID, ME_C, ME_C, ME_C, NEW_ID, ME_P, ME_P, ME_P)


def msgs():
    out = []

    # 021 confirmation request, HTML only with a table
    rows = ""
    for n, cid, em in (("1", OLD_ID, ME_C), ("2", NEW_ID, ME_P)):
        rows += ("<tr><td rowspan=\"4\" style=\"background:#f3f3f3\"><b>Account #%s</b></td>"
                 "<td>Candidate ID</td><td>%s</td></tr><tr><td>Login email</td><td>%s</td></tr>"
                 "<tr><td>Training notification email</td><td>%s</td></tr>"
                 "<tr><td>Certification notification email</td><td>%s</td></tr>\n" % (n, cid, em, em, em))
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Haruka,</p>
<p>I'm Lukas and I'll be taking your case over from Devraj. I found the following two
certification accounts linked to the addresses you gave us:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
%s</table>
<p>Before anything is moved, I need your go-ahead. Please check that both accounts belong to you
and reply to this e-mail telling me which account should be kept. The other one will be
closed and its exam history, certifications and benefits will move across.</p>
<p>Regards,<br>Lukas<br>AWS Training and Certification</p>
<p style="color:#888;font-size:9pt">Case ID: %s</p>
</body></html>""" % (rows, CA)
    out.append((build(dt(9, 10, 5, 3, 27), "Amazon Web Services <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CA, SUBJ_MERGE), html(h), "A-conf",
                      authres=auth("amazon.com")),
                lab("confirmation_request", True, CA, [OLD_ID, NEW_ID])))
    TXT["A-conf"] = ("Hello Haruka,\n\nI'm Lukas and I'll be taking your case over from Devraj. I found the "
                     "following two\ncertification accounts linked to the addresses you gave us:\n\n" + TABLE_TXT +
                     "\nBefore anything is moved, I need your go-ahead. Please check that both accounts "
                     "belong to you\nand reply to this e-mail telling me which account should be kept.\n\n"
                     "Regards,\nLukas\nAWS Training and Certification\n")

    # 022 Pearson VUE after the exam
    t = """Dear Haruka Ishizaki,

Thank you for testing with Pearson VUE today. Your exam results will be sent
to you by AWS Certification. Most candidates see their result within five
business days in their AWS Certification Account.

Registration ID: 412733905

Tell us about your visit to the test center: https://pearsonvue.com/survey/r/412733905
(The survey takes three minutes.)

Pearson VUE
"""
    out.append((build(dt(9, 10, 1, 25, 40, CDT), "Pearson VUE <noreply@pearson.com>", ME_P,
                      "Thank you for testing with Pearson VUE", alt(t, p2html(t)), "c022",
                      style="pearson.com", authres=auth("pearson.com", spf_ip="159.182.1.22")),
                lab("unrelated", False, None)))

    # 023 another vendor's ticket solved
    t = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Aiko (Mokuroku Cloud Support)
Sep 11, 2025, 14:02 JST

Hello Haruka,

The export job was failing because the API token had expired. I generated a
new token and the nightly export ran fine last night, so I'm marking this as
solved. If it happens again, just write back and the ticket will reopen.

Aiko

[8QW2ZJ-LM0R]
"""
    out.append((build(dt(9, 11, 5, 2, 31), "Mokuroku Cloud Support <support@mokuroku.zendesk.com>", ME_C,
                      "[Mokuroku Cloud] Re: Nightly CSV export fails", alt(t, p2html(t)), "c023",
                      style="zendesk.com", authres=auth("mokuroku.zendesk.com", spf_ip="192.161.151.10")),
                lab("unrelated", False, None)))

    # 024 owner forwards the confirmation request to her manager
    new = """佐藤さん

APN の件、AWS 側でパートナー連携が外れたので認定アカウントの統合に進みます。
今夜確認して返信します。パートナー側の認定者数から私の分が減るので、念のため共有です。

石崎
"""
    fwd = ("---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\n"
           "Date: Wed, Sep 10, 2025 at 2:03 PM\nSubject: RE:[CASE %s] %s\nTo: <%s>\n\n\n%s"
           % (TC, CA, SUBJ_MERGE, ME_P, TXT["A-conf"]))
    t = new + "\n" + fwd
    out.append((build(dt(9, 12, 9, 14, 2, JST), me_p(), formataddr(("佐藤 有希", "y.sato@tsubame-works.co.jp"), charset="utf-8"),
                      "Fwd: RE:[CASE %s] %s" % (CA, SUBJ_MERGE), alt(t, p2html(t), cte="base64"), "A-fwd",
                      style="gmail", refs=["A-conf"]),
                lab("user_reply", False, CA)))

    # 025 manager's out-of-office auto reply
    t = """自動応答です。

9月12日(金)〜9月16日(火)は休暇のため不在にしております。
期間中はメールを確認できません。お急ぎの方は部の共有アドレス
infra-team@tsubame-works.co.jp までご連絡ください。

佐藤 有希
"""
    out.append((build(dt(9, 12, 9, 14, 5, JST), formataddr(("佐藤 有希", "y.sato@tsubame-works.co.jp"), charset="utf-8"),
                      me_p(), "自動応答: Fwd: RE:[CASE %s] %s" % (CA, SUBJ_MERGE),
                      part(t, charset="iso-2022-jp", cte="7bit"), "c025", style="outlook", irt="A-fwd",
                      subj_charset="iso-2022-jp", authres=auth("tsubame-works.co.jp", spf_ip="40.107.74.55"),
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
                lab("unrelated", False, CA)))

    # 026 closing notice
    t = """Hello,

This is a follow-up on case %s.

We wrote to you on 10 September with a summary of your two certification
accounts and have not heard back yet. If we do not receive your answer within
three business days, this case will be closed. A reply to this e-mail keeps it
open.

Regards,
Lukas
AWS Training and Certification
""" % CA
    out.append((build(dt(9, 15, 0, 30, 5), "Amazon Web Services <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CA, SUBJ_MERGE), part(t, charset="us-ascii", cte="7bit"),
                      "A-close", refs=["A-conf"], authres=auth("amazon.com")),
                lab("closing_notice", True, CA)))
    TXT["A-close"] = t

    # 027 owner confirms
    new = """Hi Lukas,

Sorry for the slow reply. Confirmed: both accounts are mine. Please keep
Account #2 (%s) and merge Account #1 into it.

Best regards,
Haruka Ishizaki
""" % ME_P
    q = gmail_q("Mon, 15 Sept 2025 at 09:30,", "Amazon Web Services <%s>" % TC, TXT["A-close"])
    out.append((build(dt(9, 15, 21, 47, 11, JST), me_p(), "Amazon Web Services <%s>" % TC,
                      "Re: RE:[CASE %s] %s" % (CA, SUBJ_MERGE),
                      multi("alternative", part(new + "\n" + q, cte="7bit"),
                            html(gmail_html(new, "On Mon, 15 Sept 2025 at 09:30, Amazon Web Services <%s> wrote:" % TC,
                                            TXT["A-close"]))),
                      "A-u3", style="gmail", irt="A-close", refs=["A-conf", "A-close"]),
                lab("user_reply", False, CA)))

    # 028 resolved, quoting the earlier confirmation request
    new = """Hello Haruka,

Thank you for confirming. I have merged the two accounts: the exam history,
the Solutions Architect - Associate certification and your unused 50%%
discount voucher now sit in the account %s (%s). The
company account has been closed.

Digital badges and partner records can take a few days to catch up. If you
have more questions about this case, you are welcome to reply to this e-mail.

Regards,
Lukas
AWS Training and Certification
""" % (NEW_ID, ME_P)
    sep = "\n________________________________\nFrom: Amazon Web Services <%s>\nSent: Wednesday, September 10, 2025 05:03 AM\nSubject: RE:[CASE %s] %s\n\n" % (TC, CA, SUBJ_MERGE)
    t = new + sep + TXT["A-conf"]
    TXT["A-done"] = new
    out.append((build(dt(9, 16, 2, 12, 48), "Amazon Web Services <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CA, SUBJ_MERGE), alt(t, p2html(t)), "A-done",
                      irt="A-u3", refs=["A-conf", "A-close", "A-u3"], authres=auth("amazon.com")),
                lab("resolved", False, CA, [NEW_ID])))

    # 029 Credly badge
    h = """<html><body style="font-family:Arial;background:#f6f6f6"><table width="560" align="center" style="background:#fff;padding:24px">
<tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f/aws-saa.png" width="110"></td></tr>
<tr><td><h2>Haruka, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/5b1e6c07-98d4-4f2a-a3d9-1f2c6b0e7a41/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="color:#777;font-size:12px">Share it on LinkedIn to show what you can do.</p></td></tr></table></body></html>"""
    out.append((build(dt(9, 16, 2, 40, 3), "Credly <admin@credly.com>", ME_P,
                      "Haruka, claim your AWS Certified Solutions Architect - Associate badge", html(h),
                      "c029", style="credly.com", authres=auth("credly.com", spf_ip="168.245.7.12")),
                lab("badge", False, None)))

    # 030 survey for case A
    h = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (%s) was marked as resolved.
How satisfied were you with the help you received?</p>
<p><a href="https://amazonaws.qualtrics.com/jfe/form/SV_3kTcQ9?case=%s&amp;r=5">Very satisfied</a> |
<a href="https://amazonaws.qualtrics.com/jfe/form/SV_3kTcQ9?case=%s&amp;r=3">Neutral</a> |
<a href="https://amazonaws.qualtrics.com/jfe/form/SV_3kTcQ9?case=%s&amp;r=1">Not satisfied</a></p>
<p>The survey is anonymous and takes under a minute. Replies to this e-mail are not read.</p>
<p>AWS Training and Certification</p></body></html>""" % (CA, CA, CA, CA)
    out.append((build(dt(9, 17, 3, 5, 0), "AWS Training and Certification <aws-tc-survey@amazon.com>", ME_P,
                      "Tell us about your support experience (case %s)" % CA, html(h), "A-survey",
                      authres=auth("amazon.com")),
                lab("survey", False, CA)))
    return out
