# Part 6: 2025 merge case - closing notice, confirmation, bounce, merge, badges, survey
from gen_lib import *
from gen_p4 import TC, C1, S1, GA

def run():
    # 037 other vendor's closing notice (Japanese)
    msg("unrelated", False, None, [], "2025-05-30 02:00:00", A("雲形ホスティング サポート", "support@kumogata-hosting.jp"),
        ME_P, "[#482131] お問い合わせのクローズについてのご案内", P("""石崎 健太 様

雲形ホスティング サポートセンターです。
お問い合わせ番号 #482131(DNS レコードの反映遅延)について、
前回のご案内以降ご返信をいただいておりません。

7日以内にご返信がない場合、本お問い合わせはクローズさせていただきます。
引き続きサポートが必要な場合は、本メールにご返信ください。

雲形ホスティング サポートセンター
""", cte="base64"), auth=AUTH_G("kumogata-hosting.jp", mailfrom="support@kumogata-hosting.jp", dmarc_p="NONE"), received=ME_P,
        what="other vendor's closing notice", note="same shape as an AWS closing notice but a different vendor")

    # 038 closing notice on the merge case
    msg("closing_notice", True, C1, [], "2025-06-02 01:15:39", A("Amazon Web Services", TC),
        ME_P, S1, P("""Hello Kenta,

I'm following up on my message of May 29. We still need your reply to go
ahead with the merge.

If we don't hear from you within the next 48 hours, this case will be
closed. You can reply at any time, though - a reply keeps the case open,
or reopens it if it has already been closed.

Best regards,
Siddharth P.
AWS Training and Certification Customer Service

________________________________
From: Amazon Web Services
Sent: 29 May 2025 06:58
Subject: %s

These are the two certification accounts I found for you:
Account #1 - Login email: kenta.ishizaki.jp@gmail.com
Account #2 - Login email: k-ishizaki@tsubame-sys.co.jp
Kindly reply to confirm that both accounts belong to you and that
Account #1 is the one to keep.
""" % S1, charset="us-ascii", cte="7bit"), tag="c1_close", irt="c1_conf", auth=GA, received=ME_P,
        what="closing notice with the confirmation request quoted", note="quoted confirmation request under a closing notice")

    # 039 owner confirms; top-post, cc to the closed company address
    msg("user_reply", False, C1, [], "2025-06-02 21:48:02", A(ME_NAME, ME_P), A("Amazon Web Services", TC),
        S1, P("""Confirmed. Please merge to Account #1.
Both accounts are mine. Sorry for the delay, I was moving house.

Kenta

2025年6月2日(月) 10:15 Amazon Web Services <%s>:

> Hello Kenta,
>
> I'm following up on my message of May 29. We still need your reply to go
> ahead with the merge.
>
> If we don't hear from you within the next 48 hours, this case will be
> closed. You can reply at any time, though - a reply keeps the case open,
> or reopens it if it has already been closed.
>
> Best regards,
> Siddharth P.
""" % TC, cte="8bit"), cc=ME_C, tag="c1_u3", irt="c1_close", refs=["c1_ack", "c1_conf", "c1_close"], tz="+0900",
        mid_domain="mail.gmail.com", what="owner confirms the merge", note="Japanese Gmail attribution line; owner cc'd his closed company address")

    # 040 bounce from the closed company mailbox
    rep = MP("report", [
        P("""** Message not delivered **

Your message couldn't be delivered to k-ishizaki@tsubame-sys.co.jp because
the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <k-ishizaki@tsubame-sys.co.jp>: Recipient address rejected: User unknown
""", charset="us-ascii", cte="7bit"),
        (["Content-Type: message/delivery-status"], b"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 02 Jun 2025 05:48:02 -0700

Final-Recipient: rfc822; k-ishizaki@tsubame-sys.co.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; tsubame-sys-co-jp.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.1 User unknown
"""),
        (["Content-Type: text/rfc822-headers"], ("From: Kenta Ishizaki <%s>\nTo: Amazon Web Services <%s>\nCc: %s\nSubject: %s\nDate: Mon, 2 Jun 2025 21:48:02 +0900\n" % (ME_P, TC, ME_C, S1)).encode())],
        "00000000000088a1f0063695aa01")
    rep = (['Content-Type: multipart/report; boundary="00000000000088a1f0063695aa01"; report-type=delivery-status'], rep[1])
    msg("unrelated", False, C1, [], "2025-06-02 12:48:05", A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        ME_P, "Delivery Status Notification (Failure)", rep, irt="c1_u3", received=ME_P,
        auth="mx.google.com;\n       dkim=pass header.i=@googlemail.com header.s=20230601", what="bounce of the owner's cc to his old address",
        note="bounce quoting the case subject; labelled with the case (it is about the case) but unrelated")

    # 041 resolved, with survey footer and conditional invitation
    t = """Hi Kenta,

Thank you for confirming. I have successfully merged all accounts: the
exam history, certifications and benefits that were on AWS01738264 are now
on your personal account AWS05520913. It can take up to 48 hours for
Credly and your AWS Partner Central profile to reflect the change.

If you have anything to add, you can reply to this email; otherwise no
further action is needed and this case is now resolved.

Best regards,
Siddharth P.
AWS Training and Certification Customer Service

We value your feedback. Please share your experience by rating this
correspondence using the links in the survey e-mail you will receive.
"""
    msg("resolved", False, C1, ["AWS01738264", "AWS05520913"], "2025-06-03 00:31:18", A("Amazon Web Services", TC),
        ME_P, S1, MP("alternative", [P(t, cte="quoted-printable"),
            P("<html><body>" + "".join("<p>%s</p>" % x.replace("\n", " ") for x in t.strip().split("\n\n")) + "</body></html>", sub="html", cte="quoted-printable")],
            "----=_Part_1200931_90411.1748910678"), tag="c1_res", irt="c1_u3", auth=GA, received=ME_P,
        what="merge completed", note="'If you have anything to add' + feedback footer; both ids in own text")

    # 042 Credly, several badges
    msg("badge", False, None, [], "2025-06-03 01:02:47", A("Credly", "admin@credly.com"),
        ME_P, "You've been issued 2 new badges by Amazon Web Services Training and Certification",
        MP("alternative", [P("""Hi Kenta,

Amazon Web Services Training and Certification has issued you 2 badges:

 * AWS Certified Solutions Architect - Professional
 * AWS Certified Developer - Associate

Claim your badges: https://www.credly.com/users/kenta-ishizaki/badges

Credly by Pearson
""", charset="us-ascii", cte="7bit"),
        P("""<html><body><p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has issued you 2 badges.</p><ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Developer &ndash; Associate</li></ul><p><a href="https://www.credly.com/users/kenta-ishizaki/badges">Claim your badges</a></p></body></html>""", sub="html", cte="quoted-printable")],
        "_=_credly_42a7f_=_"), auth=AUTH_G("credly.com", mailfrom="bounces@credly.com"), received=ME_P,
        what="Credly badges to personal address", note="arrives half an hour after the merge")

    # 043 survey for the merge case
    msg("survey", False, C1, [], "2025-06-04 02:11:50", A("Amazon Web Services", "aws-cs-survey@amazon.com"),
        ME_P, "How did we do? Case %s" % C1, P("""<html><body>
<p>Hello,</p>
<p>We recently worked with you on case %s. Would you take a minute to tell us how it went?</p>
<table><tr><td><a href="https://survey.aws-cs.amazon.com/s?c=%s&r=1">1</a></td><td><a href="https://survey.aws-cs.amazon.com/s?c=%s&r=2">2</a></td><td><a href="https://survey.aws-cs.amazon.com/s?c=%s&r=3">3</a></td><td><a href="https://survey.aws-cs.amazon.com/s?c=%s&r=4">4</a></td><td><a href="https://survey.aws-cs.amazon.com/s?c=%s&r=5">5</a></td></tr></table>
<p>Your answers help us improve AWS Training and Certification support.</p>
</body></html>""" % ((C1,) * 6), sub="html", cte="quoted-printable"), auth=GA, received=ME_P,
        what="CSAT survey for the merge case", note="question to the owner, but a survey")

    # 044 certification program survey (not about a case)
    msg("certification", False, None, [], "2025-06-04 08:30:00", A("AWS Certification", "do-not-reply@certmetrics.com"),
        ME_P, "AWS Certification wants to hear from you", P("""Hello Kenta,

As an AWS Certified individual, your opinion helps shape the future of
AWS Certification. Would you share your thoughts in a short survey about
the exams you have taken and the benefits you use?

Take the survey: https://www.certmetrics.com/amazon/survey/2025Q2

The survey closes June 30, 2025.

AWS Training and Certification
""", charset="us-ascii", cte="7bit"), auth=AUTH_G("certmetrics.com", mailfrom="bounce@certmetrics.com", dmarc_p="NONE"), received=ME_P,
        what="certification program feedback survey", note="a survey, but about the program, not a support case")

    # 045 owner forwards the result to his new manager
    msg("user_reply", False, C1, ["AWS05520913"], "2025-06-04 19:20:37", A(ME_NAME, ME_P), A("林 太郎", "t-hayashi@hoshizora-tech.jp"),
        "Fwd: " + S1, P("""林さん

AWS 認定アカウントの統合が完了しました。新しい候補IDは AWS05520913 です。
パートナー登録の際はこちらをお使いください。

石崎

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: 2025年6月3日(火) 9:31
Subject: %s
To: <%s>

Hi Kenta,

Thank you for confirming. I have successfully merged all accounts: the
exam history, certifications and benefits that were on AWS01738264 are now
on your personal account AWS05520913.
""" % (TC, S1, ME_P), cte="quoted-printable"), tag="c1_fwd", tz="+0900", mid_domain="mail.gmail.com",
        what="owner forwards completion to new manager", note="forwarded resolution; only the id in the owner's note counts")
