# Part 2: 2023 duplicate-account case (11-digit), Japanese ack, Outlook replies
from gen_lib import *

TC = "aws-cs-trainingcertification-form@amazon.com"
C3 = "13872046519"
SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3
SUBJ_SP = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3

def run():
    # 007 recertification notice
    msg("certification", False, None, [], "2023-03-01 12:02:44", A("AWS Certification", "do-not-reply@certmetrics.com"),
        ME_C, "Congratulations on recertifying your AWS Certification!",
        P("""Hello Kenta,

Congratulations on recertifying your AWS Certified Solutions Architect -
Associate certification. Your new expiration date is March 18, 2026.

Your updated certificate is available in your AWS Certification Account,
and an updated digital badge will be issued through Credly.

Thank you for your continued commitment to AWS Certification.

AWS Training and Certification
""", charset="us-ascii", cte="7bit"), auth=AUTH_M("certmetrics.com"),
        what="recertification notice", note="certification program mail, not a case")

    # 008 GitHub merged PR
    msg("unrelated", False, None, [], "2023-03-03 06:48:12", A("Sato Yui", "notifications@github.com"),
        ME_P, "Re: [tsubame-sys/infra-modules] Merge account baseline module (PR #412)",
        MP("alternative", [
            P("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sys/infra-modules/pull/412#event-8641190211
You are receiving this because you authored the thread.
""", charset="us-ascii", cte="7bit"),
            P("""<p>Merged <a href="https://github.com/tsubame-sys/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/tsubame-sys/infra-modules/pull/412#event-8641190211">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>""",
              sub="html", charset="us-ascii", cte="7bit")], "--==_mimepart_63ff6a7c8e1f2_3c9"),
        auth=AUTH_G("github.com", mailfrom="noreply@github.com", dmarc_p="REJECT"), received=ME_P,
        extra=["List-ID: tsubame-sys/infra-modules <infra-modules.tsubame-sys.github.com>",
               "X-GitHub-Reason: author"],
        what="GitHub PR merged", note="'merged' + 'account' wording and 'reply to this email' outside AWS")

    # 009 Japanese acknowledgement, ISO-2022-JP
    msg("acknowledgement", False, C3, [], "2023-03-08 04:17:30", A("Amazon Web Services", TC),
        ME_C, SUBJ,
        P("""石崎 健太 様

Amazon Web Services にお問い合わせいただきありがとうございます。
お客様のリクエストに対応するため、ケース %s を作成しました。
ケースの詳細は次のとおりです。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: 認定
その他の詳細: Account Merge
内容: 同じメールアドレスで認定アカウントが二つあるようです。再認定したのに
Credly にバッジが表示されません。統合をお願いします。

担当者より通常24時間以内にご連絡いたします。なお、最適な解決策をご案内する
ため、さらにお時間をいただく場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを
提起しないでください。

Amazon Web Services
""" % (C3, C3), charset="iso-2022-jp", cte="7bit"), tag="c3_ack", auth=AUTH_M("amazon.com"),
        what="ack (Japanese, ISO-2022-JP) of duplicate-account case", note="Japanese ack in JIS encoding; 11-digit case")

    # 010 info request, request buried after explanation, multipart QP
    t = """Hello Kenta,

Thank you for reaching out, and sorry about the trouble with your badges.

What you describe usually happens when a second certification account is
created while signing in through a different route - for example once with
an Amazon.com login and later through AWS Partner Central single sign-on.
Both accounts can end up with the same e-mail address, and Credly then
follows only one of them, which is why the recertification did not show.

To find both records on our side we'd need the candidate ID of each
account (it is shown at the top right once you are signed in, in the form
AWS followed by eight digits), together with the sign-in method you used
for each one.

Regards,
Aisha K.
AWS Training and Certification Customer Support
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in t.strip().split("\n\n")) + "</body></html>"
    msg("info_request", True, C3, [], "2023-03-09 01:55:18", A("Amazon Web Services", TC),
        ME_C, SUBJ, MP("alternative", [P(t, cte="quoted-printable"), P(html, sub="html", cte="quoted-printable")], "----=_Part_50213_1390225.1678326918"),
        tag="c3_req", irt="c3_ack", auth=AUTH_M("amazon.com"),
        what="asks for both candidate ids and sign-in method", note="request phrased as 'we'd need', after a long explanation; no question mark, no please")

    # 011 colleague mail
    msg("unrelated", False, None, [], "2023-03-10 09:12:00", A("中村 亮", "r-nakamura@tsubame-sys.co.jp"),
        ME_C, "Re: 3月定例の議事録", P("""石崎さん

議事録ありがとうございます。
2点だけ追記をお願いできますか。
・AWS アカウントの統合(組織移行)は4月第2週に実施
・請求アカウントの確認は経理に依頼済み

よろしくお願いします。
中村
""", charset="iso-2022-jp", cte="7bit"), auth=AUTH_M("tsubame-sys.co.jp"),
        what="colleague asks for minutes edits", note="colleague request mentioning AWS account merge (Organizations), not a support case")

    # 012 closing notice
    msg("closing_notice", True, C3, [], "2023-03-14 02:30:45", A("Amazon Web Services", TC),
        ME_C, SUBJ_SP, P("""Hello,

We're following up on case %s. We have not yet received the details
we asked for on March 9, and we can't look for the second account without
them.

If we don't hear back from you in the next three business days, this case
will be closed automatically. Replying to this message keeps it open; if it
has already closed by then, your reply will reopen it.

Regards,
AWS Training and Certification Customer Support
""" % C3, cte="7bit", charset="us-ascii"), tag="c3_close", irt="c3_req", refs=["c3_ack", "c3_req"], auth=AUTH_M("amazon.com"),
        what="no reply in 5 days -> will close", note="RE: [CASE with space; reply keeps it open")
