"""2023: billing, GitHub, recertification, the Japanese name-correction case (11 digits)."""
from common import *

SUBJ_J = "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_J
JP_NAME = "AWS トレーニングと認定"


def messages():
    out = []
    # 11 billing from the same sender as console cases
    t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: USD 3.42

Account ID: 480219337561
Billing period: January 1 - January 31, 2023

You can see a complete break-down of all charges on the Billing & Cost
Management Dashboard:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210
"""
    out.append((build(when=dt("2023-02-03 00:52:18"), key="m011",
        frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
        subject="Amazon Web Services Billing Statement Available [Account: 480219337561]",
        body=part(t, cte="7bit")), L("unrelated", False)))

    # 12 expiry reminder
    t = """Hello Haruka,

Your AWS Certified Solutions Architect - Associate certification expires on
February 26, 2024.

To keep your certification active, pass the current version of the exam or a
higher-level exam in the same path before that date. As a reminder, the 50%
discount in your Benefits section can be used for a recertification exam.

Plan your recertification: https://aws.amazon.com/certification/recertification/

AWS Certification
You are receiving this e-mail because you hold an active AWS Certification.
"""
    out.append((build(when=dt("2023-04-18 17:05:40"), key="m012",
        frm=addr("AWS Certification", CERTM), to=ME_C,
        subject="Your AWS Certification expires in 10 months - plan ahead",
        body=("alternative", [part(t), part(html(text_to_html(t)), "html")])),
        L("certification", False)))

    # 13 GitHub merged
    t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitebridge/infra-templates/pull/412#event-9182736451
You are receiving this because you authored the thread.
"""
    out.append((build(when=dt("2023-05-08 06:31:09"), key="m013",
        frm=addr("Kenta Ono", "notifications@github.com"), to=addr("kitebridge/infra-templates", "infra-templates@noreply.github.com"),
        cc=addr("Haruka Mizuno", ME_C) + ", " + addr("Author", "author@noreply.github.com"),
        subject="Re: [kitebridge/infra-templates] Add CloudFront origin access control module (PR #412)",
        msgid="<kitebridge/infra-templates/pull/412/issue_event/9182736451@github.com>",
        irt="<kitebridge/infra-templates/pull/412@github.com>",
        refs=["<kitebridge/infra-templates/pull/412@github.com>"],
        extra=[("X-GitHub-Reason", "author"), ("List-ID", "kitebridge/infra-templates <infra-templates.kitebridge.github.com>")],
        body=("alternative", [part(t, cte="7bit"), part(html("<p><b>Merged</b> #412 into main.</p>"), "html", cte="7bit")])),
        L("unrelated", False)))

    # 14 recertified
    h = html("""<div style="max-width:600px">
<h1 style="color:#232f3e">You did it, Haruka.</h1>
<p>You have recertified <b>AWS Certified Solutions Architect &ndash; Associate</b>.
Your new expiration date is <b>June 17, 2026</b>.</p>
<p>Your updated certificate is in your AWS Certification Account, and a new
digital badge is on its way.</p>
<p><a href="https://www.aws.training/Certification">Go to your account</a></p>
<p style="font-size:11px;color:#687078">AWS Certification | Amazon Web Services, Inc.</p>
</div>""")
    out.append((build(when=dt("2023-06-20 22:10:55"), key="m014",
        frm=addr("AWS Certification", CERTM), to=ME_C,
        subject="Recertification complete: AWS Certified Solutions Architect - Associate",
        body=part(h, "html")), L("certification", False)))

    # 15 Credly badge
    h = html("""<p>Hi Haruka,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:
AWS Certified Solutions Architect &ndash; Associate.</p>
<p><a href="https://www.credly.com/badges/7d1e33b0-9a41-4c0f-8b52-61f2a0c9e4d8">View and share your badge</a></p>
<p>Share it on LinkedIn to let your network know.</p>
<p style="font-size:11px">Credly, Inc. &middot; You received this because an issuer awarded you a badge.</p>""")
    out.append((build(when=dt("2023-06-21 03:44:12"), key="m015",
        frm=addr("Credly", "admin@credly.com"), to=ME_C,
        subject="Your new badge from Amazon Web Services Training and Certification",
        body=part(h, "html")), L("badge", False)))

    # 16 Japanese acknowledgement, ISO-2022-JP
    ack = """水野 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

担当者より、通常 1 営業日以内にご連絡いたします。
同じ内容のお問い合わせを新たに送信されますと、かえってご案内が遅れる
場合がございます。追加のご連絡は、本メールへの返信でお寄せください。

■ お問い合わせ内容
ケース ID: %s
件名: 認定証の氏名表記の修正
お問い合わせタイプ: 認定

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_J, CASE_J)
    out.append((build(when=dt("2023-09-04 13:20:07", JST), key="m016",
        frm=addr(JP_NAME, TC_FORM, "iso-2022-jp"), to=ME_C, subject=SUBJ_J,
        body=part(ack, charset="iso-2022-jp", cte="7bit")),
        L("acknowledgement", False, CASE_J)))

    # 17 Japanese request, Shift_JIS 8bit, keigo
    rq = """水野 遥 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
担当の高橋と申します。

認定証のお名前が「Haruka Mizuo」と登録されている件、承知いたしました。
記録の修正にあたり、次の 2 点を確認させていただきたく存じます。

・認定証に記載するお名前（ローマ字、姓と名の順序を含む）
・修正の対象となる認定アカウントの AWS 候補 ID

お手数ではございますが、上記を本メールにご返信いただけますでしょうか。
ご確認のほど、よろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサービス
"""
    out.append((build(when=dt("2023-09-05 09:41:26", JST), key="m017",
        frm=addr(JP_NAME, TC_FORM, "iso-2022-jp"), to=ME_C, subject=SUBJ_J,
        irt=mid("m016", "ses"), refs=[mid("m016", "ses")],
        body=part(rq, charset="shift_jis", cte="8bit")),
        L("info_request", True, CASE_J)))

    # 18 the owner's Japanese answer, quoted below
    r = """高橋様

ご連絡ありがとうございます。水野です。

・お名前: Haruka Mizuno（名・姓の順でお願いします）
・AWS 候補 ID: %s

以上、よろしくお願いいたします。

水野 遥

2023年9月5日(火) 9:41 AWS トレーニングと認定 <%s>より:
%s
""" % (OLD_CID, TC_FORM, quote(rq))
    out.append((build(when=dt("2023-09-05 10:15:48", JST), key="m018", incoming=False,
        frm=addr("水野 遥", ME_C), to=addr(JP_NAME, TC_FORM), subject=SUBJ_J,
        msgid=mid("m018", "outlook"), irt=mid("m017", "ses"),
        refs=[mid("m016", "ses"), mid("m017", "ses")],
        body=part(r)), L("user_reply", False, CASE_J, [OLD_CID])))

    # 19 resolved, HTML-only base64, conditional invitation
    body = """<p>水野 遥 様</p>
<p>お待たせいたしました。ご依頼いただいた氏名表記の修正が完了いたしました。
新しい表記「Haruka Mizuno」は、認定アカウントおよび認定証に最大 48 時間以内に反映されます。</p>
<p>本件について、お客様に追加でご対応いただくことはございません。
反映後の表示に相違がございましたら、本メールにご返信ください。</p>
<p>高橋<br>AWS トレーニングと認定 カスタマーサービス</p>
<div style="border-left:3px solid #aab7b8;padding-left:10px;color:#545b64">
<p>2023/09/05 10:15 水野 遥 &lt;%s&gt;:</p>
<p>・お名前: Haruka Mizuno（名・姓の順でお願いします）<br>・AWS 候補 ID: %s</p>
</div>""" % (ME_C, OLD_CID)
    out.append((build(when=dt("2023-09-07 16:02:33", JST), key="m019",
        frm=addr(JP_NAME, TC_FORM), to=ME_C, subject=SUBJ_J,
        irt=mid("m018", "outlook"), refs=[mid("m016", "ses"), mid("m018", "outlook")],
        body=part(html(body), "html", cte="base64")),
        L("resolved", False, CASE_J)))

    # 20 Japanese survey
    t = """水野 遥 様

先日はAWS トレーニングと認定カスタマーサービスをご利用いただき、
ありがとうございました。

ケース %s の対応について、1 分ほどのアンケートにご協力ください。
いただいたご意見は、今後のサービス改善に活用させていただきます。

アンケートに回答する:
https://survey.aws-tc.amazon.com/s/ja/%s

※本メールは送信専用アドレスからお送りしています。
""" % (CASE_J, CASE_J)
    out.append((build(when=dt("2023-09-08 11:00:00", JST), key="m020",
        frm=addr(JP_NAME, "aws-tc-survey@amazon.com"), to=ME_C,
        subject="アンケートのお願い: AWS トレーニングと認定サポート",
        body=("alternative", [part(t, cte="base64"), part(html(text_to_html(t)), "html", cte="base64")])),
        L("survey", False, CASE_J)))

    # 21 another vendor's support case, solved / will close
    t = """##- Please type your reply above this line -##

Your request (#118452) has been solved. To reopen it, reply to this email.
If we don't hear from you, the request will close automatically in 4 days.

Dana (Nimbus Monitoring Support)
Nov 13, 2023, 02:11 PST

Hi Haruka, the agent on i-0a7c quit reporting because its API key was
rotated. Once the new key was in agent.yaml the host came back. Is there
anything else you need from us?

Haruka Mizuno
Nov 12, 2023, 18:40 PST

Our agent stopped sending metrics from one EC2 host since yesterday.
"""
    out.append((build(when=dt("2023-11-13 02:12:40", PDT), key="m021",
        frm=addr("Nimbus Monitoring Support", "support@nimbusmon.zendesk.com"), to=ME_C,
        subject="[Nimbus Monitoring] Re: Agent stopped reporting from one host",
        msgid="<8RKP2Q9V4J_6551e3a8_118452@nimbusmon.zendesk.com>",
        body=part(t)), L("unrelated", False)))

    # 22 phishing from a lookalike domain
    h = html("""<div style="max-width:560px;border:1px solid #ddd;padding:20px">
<img src="https://aws-certmetrics-portal.com/img/aws.png" alt="AWS" width="80">
<h2>Action required: verify your certification record</h2>
<p>Dear candidate,</p>
<p>Our records show a mismatch between your AWS Certification profile and your
AWS Builder ID. Unless you verify your identity within <b>48 hours</b>, your
certifications will be suspended and your badges revoked.</p>
<p><a href="https://aws-certmetrics-portal.com/verify?u=h-mizuno" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify now</a></p>
<p>Alternatively, reply to this message with your sign-in e-mail and password.</p>
<p>AWS Certification Compliance Team</p></div>""")
    out.append((build(when=dt("2023-12-01 04:18:27"), key="m022",
        frm=addr("AWS Certification", "notice@aws-certmetrics-portal.com"), to=ME_C,
        subject="Action required: your AWS Certification record will be suspended",
        msgid=mid("m022", "aws-certmetrics-portal.com"),
        body=part(h, "html")), L("suspicious", False)))
    return out
